"""Telling a list of unit names from other text: whether every name in it looks like a unit, and is a plausible name."""

from __future__ import annotations

import re

from zygraph.names.rated_units import RATED_LABEL
from zygraph.names.unitname import body_by_kind, looks_like_unit
from zygraph.names.unitlist import MAX_NAME, PLACE_END, split_units, without_described_kind

__all__ = ["LEAD_SYMBOLS", "balanced", "looks_like_unit_list", "plausible_name", "units_by_space"]


#: Short department names sharing a kind after the last: 人保、财政、审计等部门; 市发改、经贸等局; 公安、交通部门; 教育、税务等
#: 市场监管领域有关部门 (the field); 财政、水利等国务院有关职能部门 (whose departments); 区大队、市政、人防等职能单位
#: (职能: functional bodies, not businesses or places).
_DEPARTMENTS_OF = re.compile("等(?:国务院|國務院|中央|省级|市级|县级|区级|地方)?(?:[\u4e00-\u9fff]{2,8}(?:领域|領域))?(有关|相关)?"
                             "(职能|行政|主管)?(部门|局)$|等(有关|相关)?职能单位$|、[\u4e00-\u9fff]{2,6}部门$")
#: A department's short name in such a list, with the field it also covers in brackets: 文化（广电）, 交通（公路）, 人力资源社会保障.
_SHORT_NAME = re.compile("^[\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{1,6}[）)])?$")
_PREPOSITIONS = ("以", "把", "将", "按照", "根据", "通过", "围绕", "坚持", "依托", "依据", "结合", "针对", "对于", "关于",
                 "由于", "由於", "由此")  # 由于县财政局牵头不力: a cause, not 由 giving work (BY)
_SPACES = re.compile("[ \t\u3000\u00a0]+")
#: A space after a separator (各县市区政府、 开发区管委会), or before one none follows (各地(市)委 、行署), is the list's.
_SPACE_AFTER_SEPARATOR = re.compile("[ \t\u3000\u00a0]+(?=[、，,][^ \t\u3000\u00a0])|(?<=[、，,])[ \t\u3000\u00a0]+")
_LISTED = re.compile("[、，,]")
#: Symbols a table puts before or after its lead unit's name (★区发改委; 区财政局*).
LEAD_SYMBOLS = "★☆▲△◆※*＊"
_LEAD_SYMBOLS = re.compile(f"[{re.escape(LEAD_SYMBOLS)}]")
_DATE_LIKE = re.compile(r"\d{4}年|\d+月|\d+日|年底|年前|月底|长期|持续")


def looks_like_unit_list(text: str, known=None) -> bool:
    """True when ``text`` is a list of unit names: each, split as :func:`zygraph.names.unitlist.split_units` does, looks like a unit.

    A table cell that lost its rules is told from the task text beside it this way.

    Examples
    --------
    >>> looks_like_unit_list("发改委、经信委、科技局"), looks_like_unit_list("人力资源社会保障部")
    (True, True)
    >>> looks_like_unit_list("赤字率提高到3%"), looks_like_unit_list("2023年底前"), looks_like_unit_list("区财政局*、区科技局")
    (False, False, True)
    """
    if len(text) > 4 * MAX_NAME or _DATE_LIKE.search(text) or RATED_LABEL.search(text):
        return False  # 表现较差的单位：A、B: units named by their record, no list of a task's units
    text = without_described_kind(_LEAD_SYMBOLS.sub("", text), known)  # ★区发改委、统计局: a mark on the lead
    test = known or (lambda name: False)
    names = split_units(text, known)
    if not names or not all(plausible_name(name) for name in names):
        return False
    departments = _DEPARTMENTS_OF.search(text) is not None  # 人保、财政、审计等部门: each a department's short name
    units = [looks_like_unit(name, test) or (departments and _SHORT_NAME.match(name) is not None) for name in names]
    # a zone beside units is a unit too (市政局、崇川经济开发区); alone it may be a place
    return all(unit or PLACE_END.search(name) is not None for name, unit in zip(names, units)) and any(units)


def units_by_space(text: str) -> str:
    """``text`` with 、 between names that only spaces separate, when every part looks like a unit.

    Web pages and PDFs often list units with spaces (``市科技局 市科协``); a
    line of prose is left as it is.

    Examples
    --------
    >>> units_by_space("市科技局 市科协\u3000团市委"), units_by_space("建设 科普基地")
    ('市科技局、市科协、团市委', '建设 科普基地')
    >>> units_by_space("责任单位：市科技局 市科协")
    '责任单位：市科技局、市科协'
    >>> units_by_space("市财政局 各县市区政府、 开发区管委会"), units_by_space("各市(州)委 、行署 市水利局")
    ('市财政局、各县市区政府、开发区管委会', '各市(州)委、行署、市水利局')
    >>> units_by_space("卫生健康、市场监管部门 消防救援机构"), units_by_space("培训机构 检验机构")
    ('卫生健康、市场监管部门、消防救援机构', '培训机构 检验机构')
    """
    parts = _SPACES.split(_SPACE_AFTER_SEPARATOR.sub("", text.strip()))
    units = [looks_like_unit(part, lambda name: False) or bool(_LISTED.search(part) and looks_like_unit_list(part))
             for part in parts]
    # 消防救援机构 after units: a body named by its kind, a unit in a list whose other parts are units
    if len(parts) < 2 or not any(units) or not all(unit or body_by_kind(part) for part, unit in zip(parts, units)):
        return text
    return "、".join(parts)


def plausible_name(name):
    """A unit name is short, names no date and starts with no preposition.

    ``2023年底前`` before 完成, ``以……为`` before 指导, or the matter a sentence opens with (``针对A公司…的情况，``,
    ``对于…，``) is no unit.

    >>> plausible_name("市环保局"), plausible_name("针对中烟公司"), plausible_name("对于企业"), plausible_name("由于县财政局")
    (True, False, False, False)
    """
    return len(name) <= MAX_NAME and _DATE_LIKE.search(name) is None and not name.startswith(_PREPOSITIONS)


def balanced(text: str) -> bool:
    """True when every round bracket opened in ``text`` is closed in it (依托…系统（部门 is cut inside one).

    >>> balanced("高新园(邹区镇)"), balanced("依托系统（部门")
    (True, False)
    """
    return sum(text.count(c) for c in "（(") == sum(text.count(c) for c in "）)")
