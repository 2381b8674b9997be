"""The units a body's work is carried on with, after 由: ``A由B、C两家副主任单位协同开展工作`` (B and C support).

A heading's body may open its duty by saying who carries its work on together with it (``区更新办由区建设管理委、
区住房保障房屋管理局、区规划资源局三家副主任单位协同开展工作，负责…``): the body does the duty, the units after 由 help
with it (协同, 配合, 协助: support, the README's role words), a count and the post they hold (三家副主任单位) no part of
their names.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.names.verb_manner import HELP_MANNER
from zygraph.sentences.role_words import HELP_VERB
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["worked_with"]

#: The body (or none, its subject left out), 由, the units, a count and their post, then a helping verb and the work.
_WORKED_WITH = re.compile(f"^(?P<owner>[^，,。；;由]{{0,20}}?)由(?P<units>[^，,。；;由]{{2,80}}?)"
                          "(?:[一二三四五六七八九十两\\d]{1,2}[家个](?:[\u4e00-\u9fff]{0,5}?(?:单位|部门))?)?"
                          f"(?:共同)?(?:{HELP_MANNER})?(?P<verb>{HELP_VERB})(?:开展|推进|做好|负责)")


def worked_with(clause: str, known=None) -> list[Item]:
    """The units ``clause`` says carry its body's work on with it after 由 (support); [] otherwise.

    Examples
    --------
    >>> [(i.text, i.role) for i in worked_with("区协调办由区财政局、区统计局两家副主任单位协同开展工作")]
    [('区财政局', 'support'), ('区统计局', 'support')]
    >>> worked_with("由区财政局负责资金保障"), worked_with("由区财政局牵头开展工作")
    ([], [])
    >>> worked_with("加强监管由各方协同推进")  # the work, not a body, before 由
    []
    """
    found = _WORKED_WITH.match(clause.strip())
    if found is None or (found.group("owner") and not looks_like_unit_list(found.group("owner"), known)) \
            or not looks_like_unit_list(found.group("units"), known):
        return []
    return [Item(name, "support", found.group("verb")) for name in split_units(found.group("units"), known)]
