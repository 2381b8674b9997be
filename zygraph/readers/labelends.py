"""Where a label's unit list ends when a copy glued the next item or task to it: ``责任处室：A3.下一项…``.

A crawler's copy that lost a page's line breaks runs the units closing a label (``牵头单位：A，配合单位：B、C``) straight
into what follows: the next item's number or heading (``…财政经管办3.5G重点区域…``, ``…农业农村处（2）推进…``,
``…区经发局经信处三、保障措施``), or, in a line holding a whole copy, the next task's own words
(``…配合单位：区党群工作部、通管办“互联网+”医疗卫生：积极…``, ``…区农村发展局等加大人才引进力度。``). The label's
list ends where its names stop reading as units; the rest starts a paragraph of its own.
"""

from __future__ import annotations

import re

from zygraph.sentences.role_words import VERBS, label_role, label_start
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import looks_like_unit

__all__ = ["label_units_apart"]

#: The mark of the next item or heading glued to the units closing a label: …财政经管办3.5G…, …农业农村处（2）…,
#: …区经发局经信处三、保障措施.
_NEXT_MARK = re.compile(r"\d{1,3}[.．、]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、")
_SENTENCE_BREAK = re.compile("[。；;]")
#: What ends one name of a label's list, or the list: 、，, between names; 。；: after the list; ： before the next label.
_NAME_END = re.compile("[、，,；;。：:]")
_LABEL_COLON = re.compile("[：:]")
_ETC = "等"
_SEVERALLY = "分别"  # before a role verb closing a list: 分别牵头
_SHORTEST_NAME = 2
#: Marks no unit's name holds: the quoted name of the next task opens after them (通管办“互联网+”医疗卫生：…).
_QUOTES = re.compile("[“”\"《》]")
_OPENING, _CLOSING = "（([【［〔", "）)]】］〕"


def label_units_apart(part: str, glued: bool = False) -> list[str]:
    """``part`` cut where the units closing a label run into what follows it with nothing between.

    Into the next item's number or heading always; into the next task's words only in a line a copy ran a
    whole page together on (``glued``), where nothing else can end the list.

    Examples
    --------
    >>> label_units_apart("2.改革试点。责任处室：财政经管办3.5G重点区域覆盖。责任处室：经济发展处（四）激发活力")
    ['2.改革试点。责任处室：财政经管办', '3.5G重点区域覆盖。责任处室：经济发展处', '（四）激发活力']
    >>> label_units_apart("1.办科技周。责任单位：各县（市）、区政府")
    ['1.办科技周。责任单位：各县（市）、区政府']
    >>> label_units_apart("2.办教育。牵头单位：区教育局，配合单位：区财政局等加大人才引进力度。牵头单位：区人社局", glued=True)
    ['2.办教育。牵头单位：区教育局，配合单位：区财政局等', '加大人才引进力度。牵头单位：区人社局']
    >>> label_units_apart("2.办教育。责任单位：区教育局牵头，区财政局配合", glued=True)
    ['2.办教育。责任单位：区教育局牵头，区财政局配合']
    >>> label_units_apart("（一）增长11%。（责任领导：张某；牵头单位：市发改局）", glued=True)
    ['（一）增长11%。（责任领导：张某；牵头单位：市发改局）']
    """
    pieces = []
    while True:
        cut = _mark_after_units(part)
        cut = _words_after_units(part) if cut is None and glued else cut
        if cut is None:
            return [*pieces, part]
        pieces.append(part[:cut])
        part = part[cut:]


def _units_from(part: str) -> int | None:
    """Where the units of the first label in ``part`` start (after its colon), or None."""
    at = label_start(part)
    colon = _LABEL_COLON.search(part, at) if at is not None else None
    return colon.end() if colon else None


def _mark_after_units(part: str) -> int | None:
    """Where the next item's mark glued to a label's units starts in ``part``, or None."""
    start = _units_from(part)
    if start is None:
        return None
    for mark in _NEXT_MARK.finditer(part, start):
        units = part[start:mark.start()]
        if _SENTENCE_BREAK.search(units):
            return None  # the label's sentence ended before: a number inside the text after it
        if mark.start() > start and all(looks_like_unit_list(name.strip().removesuffix(_ETC))
                                        for name in _names(units)):
            return mark.start()
    return None


def _names(units: str) -> list[str]:
    """The unit lists of a label's text, the labels after the first dropped: ``A，配合单位：B、C`` -> A, B、C."""
    names = []
    for piece in re.split("[，,]", units):
        colon = _LABEL_COLON.search(piece)
        names.append(piece[colon.end():] if colon and label_role(piece[:colon.start()]) else piece)
    return names


def _words_after_units(part: str) -> int | None:
    """Where the next task's words glued to the last name of a label's list start in ``part``, or None. A label
    inside a bracket (``（责任领导：张某；牵头单位：市发改局）``) ends its list with the bracket: nothing to cut."""
    position = _units_from(part)
    before = part[:label_start(part) or 0]
    if sum(before.count(c) for c in _OPENING) > sum(before.count(c) for c in _CLOSING):
        return None
    while position is not None and position < len(part):
        end = _NAME_END.search(part, position)
        end = end.start() if end else len(part)
        name = part[position:end]
        if end < len(part) and part[end] in "：:" and label_role(name):
            position = end + 1  # 配合单位： the next label of the list
            continue
        if looks_like_unit(name.removesuffix(_ETC), _unknown):
            if end == len(part) or part[end] in "。；;：:":
                return None  # the list ends as lists do
            position = end + 1
            continue
        cut = _longest_unit(name)
        if cut and (name[cut] in _OPENING or not name[cut:].strip(_CLOSING)):
            return None  # 市财政局（第一责任单位为牵头单位，下同）: a note on the list; 镇（街道）: a name's own bracket
        return position + cut if cut else None
    return None


def _longest_unit(text: str) -> int | None:
    """The length of the longest unit name opening ``text`` (with its 等) that task words follow, not a role verb."""
    for length in range(len(text) - 1, _SHORTEST_NAME - 1, -1):
        rest = text[length:]
        if _QUOTES.search(text[:length]):
            continue
        verb = rest.removeprefix(_SEVERALLY)  # 市人力社保局、市农业农村局分别牵头: each leads its own part
        if looks_like_unit(text[:length].removesuffix(_ETC), _unknown) and not rest.startswith(_ETC) \
                and not verb.startswith(tuple(VERBS)):
            return length
    return None


def _unknown(name: str) -> bool:
    """No registry here: a name reads as a unit by its form alone."""
    return False
