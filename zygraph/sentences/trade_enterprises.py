"""Enterprises named as a class by the trade a government field oversees (铁路运输企业, 供电企业): a duty's subject."""

from __future__ import annotations

import re
from functools import lru_cache

from zygraph.names.bodies import bundled_fields

__all__ = ["trade_enterprises"]

#: The most characters between the field and 企业 (铁路 + 运输 + 企业), and the words of a collective before it.
_TRADE_WORDS = 4
#: The enterprises of the notice's own area (本区环卫企业: this district's) are the class there, as 各 makes it.
_COLLECTIVE = "(?:各有关|各相关|有关|相关|各|(?:本|全)(?:省|市|县|区|镇))?"
#: Trades of energy a government field oversees with no body of bodies.csv named by them (the energy and coal
#: administrations are named otherwise): the enterprises of coal, power and oil, alone or run together (煤电油运).
_ENERGY_TRADES = ("煤炭", "电力", "发电", "电网", "石油", "石化", "燃气", "煤电油运", "煤电油气运")
#: Trades of city services a government field oversees under another name (环卫 under 绿化市容 or 城管): street cleaning.
_SERVICE_TRADES = ("环卫", "环境卫生")


@lru_cache(maxsize=1)
def _class_of_trade() -> re.Pattern:
    """A class of enterprises named by a field of government (a body of bodies.csv, 人民政府 and the like apart)."""
    trades = set(_ENERGY_TRADES) | set(_SERVICE_TRADES)
    fields = sorted({body for body in bundled_fields() if 2 <= len(body) <= 4 and body != "人民政府"} | trades,
                    key=len, reverse=True)
    return re.compile(f"^{_COLLECTIVE}(?:{'|'.join(map(re.escape, fields))})[\u4e00-\u9fff]{{0,{_TRADE_WORDS}}}?(?:企业|企業)$")


def trade_enterprises(name: str) -> bool:
    """True when ``name`` is a class of enterprises named by the trade a field of government oversees, which a
    notice of running sentences makes a duty's subject as it does the field's department (铁路监管部门、铁路运输企业要…);
    enterprises named by what they do wrong or where they are (重点排污企业, 园区外的企业) or bare (企业) are the
    parties a rule binds, no such class.

    Examples
    --------
    >>> trade_enterprises("铁路运输企业"), trade_enterprises("有关供电企业"), trade_enterprises("民航企业")
    (True, True, True)
    >>> trade_enterprises("煤炭企业"), trade_enterprises("发电企业"), trade_enterprises("煤电油运企业")
    (True, True, True)

    The sanitation trade, and the class in the notice's own area (本区, 全市):

    >>> trade_enterprises("环卫企业"), trade_enterprises("本区环卫企业"), trade_enterprises("全市燃气企业")
    (True, True, True)
    >>> trade_enterprises("本区企业"), trade_enterprises("本溪市企业")
    (False, False)
    >>> trade_enterprises("企业"), trade_enterprises("重点排污企业"), trade_enterprises("化工园区外的企业")
    (False, False, False)
    """
    return "的" not in name and _class_of_trade().match(name) is not None
