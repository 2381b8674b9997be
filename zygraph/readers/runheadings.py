"""An unnumbered heading a copy glued between a sentence or a label's units and the first item under it.

A crawler's copy that ran a page together on one line leaves a heading with no number of its own stuck to what
comes before it and to the first item it heads: after a sentence's end (``…督查工作。实施专项整治工作（一）建筑…``)
or after the unit closing a label (``…责任部门：园林局配合做好专项整治工作（一）配合区执法局…``). The heading is
short, has no punctuation, and the item after it opens a new sequence (``（一）``, ``一、``, ``1.``): a heading
over items, not the text of the item before it. Cut it out as a paragraph of its own.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.role_words import VERBS, label_start
from zygraph.names.unitname import looks_like_unit

__all__ = ["headings_apart", "run_headings_apart"]

#: The first item of a new sequence, which a heading opens: （一） (一) 一、 （1） 1. 1、 (not 1.5, a number).
_FIRST_ITEM = re.compile(r"[（(]一[）)]|(?<![一二三四五六七八九十])一、|[（(]1[）)]|(?<!\d)1[.．、](?!\d)")
#: A heading's words just before the item: Chinese characters only, no mark (实施专项整治工作).
_HEADING_WORDS = re.compile(r"[\u4e00-\u9fff]+$")
_SHORTEST_HEADING, _LONGEST_HEADING = 4, 16  # characters of a heading over items: 实施专项整治工作
_SENTENCE_END = "。；;！!"
#: What stands before the last name of a label's list: the label's colon or the mark between names.
_NAME_BEFORE = "：:、，,"
_ETC = "等"
_SHORTEST_NAME = 2


def headings_apart(part: str) -> list[str]:
    """``part`` cut before and after each unnumbered heading glued between a sentence's end or a label's last unit
    and the first item under it; ``part`` whole when it holds none.

    Examples
    --------
    >>> headings_apart("负责日常督查工作。实施专项整治工作（一）整治工地。责任部门：建工科（二）整治小街巷。")
    ['负责日常督查工作。', '实施专项整治工作', '（一）整治工地。责任部门：建工科（二）整治小街巷。']
    >>> headings_apart("（三）整治绿化。责任部门：园林局配合做好专项整治工作（一）配合区执法局做好保洁")
    ['（三）整治绿化。责任部门：园林局', '配合做好专项整治工作', '（一）配合区执法局做好保洁']

    An item going on (``（二）``), a role verb closing the list (``区财政局配合``), or words too long for a heading
    are no heading:

    >>> headings_apart("整治工地。责任部门：建工科加强日常管理（二）整治小街巷。")
    ['整治工地。责任部门：建工科加强日常管理（二）整治小街巷。']
    >>> headings_apart("整治工地。责任单位：区教育局牵头，区财政局配合（一）整治小街巷。")
    ['整治工地。责任单位：区教育局牵头，区财政局配合（一）整治小街巷。']
    >>> headings_apart("整治工地。各单位要按照方案的要求认真抓好落实并及时报送（一）整治小街巷。")
    ['整治工地。各单位要按照方案的要求认真抓好落实并及时报送（一）整治小街巷。']
    """
    for item in _FIRST_ITEM.finditer(part):
        words = _HEADING_WORDS.search(part, 0, item.start())
        if not words:
            continue
        start = _heading_start(part, words.start(), item.start())
        if start is not None:
            return [part[:start], part[start:item.start()], *headings_apart(part[item.start():])]
    return [part]


def _heading_start(part: str, words: int, item: int) -> int | None:
    """Where a heading ending at ``item`` starts in ``part``, its words starting at ``words``; None if no heading."""
    before = part[words - 1] if words else ""
    if before in _SENTENCE_END:
        return words if _SHORTEST_HEADING <= item - words <= _LONGEST_HEADING else None
    label = label_start(part[:words])
    if before not in _NAME_BEFORE or label is None:
        return None
    for length in range(item - words - _SHORTEST_HEADING, _SHORTEST_NAME - 1, -1):
        name, heading = part[words:words + length], part[words + length:item]
        if looks_like_unit(name, _unknown) and not heading.startswith(_ETC) and heading not in VERBS:
            return words + length if len(heading) <= _LONGEST_HEADING else None
    return None


def run_headings_apart(parts: list[str], glued: bool, number: int, findings: list) -> list[str]:
    """``parts`` with each heading glued before its first item cut out (:func:`headings_apart`), in a line a copy
    ran a page together on (``glued``); ``parts`` as they are otherwise. Reports what it cut as a finding.

    Examples
    --------
    >>> findings = []
    >>> run_headings_apart(["督查工作。实施专项整治工作（一）整治工地。"], True, 1, findings)
    ['督查工作。', '实施专项整治工作', '（一）整治工地。']
    >>> findings[0].code
    'heading_before_item'
    >>> run_headings_apart(["督查工作。实施专项整治工作（一）整治工地。"], False, 1, [])
    ['督查工作。实施专项整治工作（一）整治工地。']
    """
    if not glued:
        return parts
    apart = [piece for part in parts for piece in headings_apart(part) if piece.strip()]
    if len(apart) > len(parts):
        findings.append(Finding(number, "info", "heading_before_item", f"{len(apart) - len(parts)} heading(s) with "
                                "no number glued between a sentence or a label's units and the first item under them "
                                "(…督查工作。实施专项整治工作（一）…)", "read each heading as a paragraph of its own"))
    return apart


def _unknown(name: str) -> bool:
    """No registry here: a name reads as a unit by its form alone."""
    return False
