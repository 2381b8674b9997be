"""A numbered line naming only its units and 负责： (or the word for their duties) over items numbered otherwise heads them.

Lists of duties by department set each department off on a numbered line of its own, its duties numbered
below it in another style, none naming a unit::

    4、茄子河区政府负责：
    （1）对……集中整治。
    （2）加强农村环境保护。
    5、市经委负责：对焦化……实施相应管理。

The paragraph reader reads ``4、`` as a task of its own and each ``（n）`` as a task naming no units;
:func:`owner_lines_as_headings` makes such a line the heading whose units the items below it take (a line with
its duty after the colon, as ``5、``, stays a task). A numbered line naming a unit and the word for its duties
(``1.乡镇安全委员会职责`` over ``（1）…；``, :func:`zygraph.sentences.duty_titles.duties_of_heading`) heads its items
the same way.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.grammar import parse_group
from zygraph.readers.assignment import find_assignment
from zygraph.names.unitname import VERB_STARTS, looks_like_unit
from zygraph.sentences.duties import duties_of_heading, unit_heading

__all__ = ["owner_line_units", "owner_lines_as_headings", "over_items_numbered_otherwise"]

#: A line that is one clause ending at its colon: no sentence or clause mark before it (茄子河区政府负责：).
_ONE_CLAUSE = re.compile("^[^。；;，,：:！？!?]{2,60}[：:]$")
#: The roles of units that own the duties listed under them (负责, 牵头负责): not those that only help (配合：).
_OWNING = ("lead", "responsible")
#: How deep the heading sits: as a numbered title (1、成员单位职责) does, under a part (一、) and a section (（一）).
_LEVEL = 3


def owner_line_units(text: str) -> list:
    """The units of ``text``, a numbered line's text after its number, when it is only units and the verb that
    makes them own what follows (``A、B负责：``), else an empty list.

    Parameters
    ----------
    text : str
        The line after its number, as the paragraph reader keeps it (full-width colon).

    Returns
    -------
    list of zygraph.sentences.grammar.Item
        The units, each with the role its verb gives; empty when the line says more than who (a duty after the
        colon), names no unit, or names only helpers.

    Examples
    --------
    >>> [(i.text, i.role) for i in owner_line_units("市建设局、市财政局负责：")]
    [('市建设局', 'responsible'), ('市财政局', 'responsible')]
    >>> owner_line_units("市经委负责：对焦化企业实施管理。"), owner_line_units("加强农村环境保护：")
    ([], [])
    """
    text = text.strip()
    if not _ONE_CLAUSE.match(text) or find_assignment(text) is None:
        return []  # 加强农村环境保护负责： reads as no units (not unit-like), 具体工作如下： as none at all
    items = parse_group(text[:-1]) or []
    if not items or any(item.role not in _OWNING for item in items) or not text[:-1].endswith(items[-1].word):
        return []
    return items

#: What opens or fills a heading saying work on duties, no unit's title (切实履行好属地政府职责, 依法履行县级部门职责,
#: 全面压实安全生产职责): an adverb of how, or a verb taking the duties as its object.
_DUTY_WORK = re.compile("^(?:切实|切實|依法|认真|認真|全面|严格|嚴格|积极|積極|进一步|進一步|坚决|堅決)"
                        "|履行|承担|承擔|落实|落實|压实|壓實|担负|擔負|扛起|负起|負起")



def _known_nowhere(name: str) -> bool:
    """No name is known here: a unit by its form alone."""
    return False


def owner_lines_as_headings(blocks: list[dict], findings: list) -> list[dict]:
    """Return ``blocks`` with each numbered line naming only its units and 负责： made the heading of the items below.

    A block is such a line when :func:`owner_line_units` reads its text and the block right after it is a task
    numbered in another style (``（1）`` under ``4、``) naming no units of its own: the line becomes a heading
    (so the items take its units, and it is no task), each one an ``owner_line`` finding. Its hold ends at the next
    task numbered in its own style (``5、`` after ``4、A负责：`` and its ``（n）``): that block is marked
    ``closes_owner`` with the owner line's level, an ``owner_line_end`` finding, so neither it nor its items take the
    owner's units. ``blocks`` is left untouched.

    Examples
    --------
    >>> def block(text, style):
    ...     return {"line": 1, "text": text, "labels": [], "closed": False, "heading": False, "number": 1,
    ...             "style": style, "level": None}
    >>> findings = []
    >>> read = owner_lines_as_headings([block("市建设局负责：", "n、"), block("加强工程质量管理。", "(n)"),
    ...                                 block("加强监督检查。", "n、")], findings)
    >>> [(b["heading"], b["level"], b.get("closes_owner")) for b in read], [f.code for f in findings]
    ([(True, 3, None), (False, None, None), (False, None, 3)], ['owner_line', 'owner_line_end'])
    """
    read, ends = [], set()
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if after is not None and over_items_numbered_otherwise(block, after) \
                and (owner_line_units(block["text"]) or _duties_title(block["text"])):
            block = {**block, "heading": True, "level": _LEVEL}
            findings.append(Finding(block["line"], "info", "owner_line", f"a numbered line names only its units "
                                    f"and the verb giving them what follows: {block['text'][:30]}",
                                    "read it as the heading of the items numbered otherwise below it, each a task "
                                    "of its units; the line itself is no task"))
            ends.add(_sibling_after(blocks, index))
        elif index in ends:
            # 1、A负责： / （1）… / 2、加强监督检查。: the next line numbered as the owner line is its sibling, not its item
            block = {**block, "closes_owner": _LEVEL}
            findings.append(Finding(block["line"], "info", "owner_line_end", f"a line numbered as the owner line "
                                    f"above it is its sibling: {block['text'][:30]}", "the owner line's units end "
                                    "here: this line and the items under it are not given them"))
        read.append(block)
    return read


def _duties_title(text: str) -> bool:
    """True when ``text`` names a unit and the word for its duties, nothing else (``村委会职责``, ``县公安局主要职责``):
    a unit by its form, not work on duties (``切实履行好属地政府职责``: an adverb and a verb before them).

    >>> _duties_title("村委会职责"), _duties_title("主要职责"), _duties_title("加强农村环境保护。")
    (True, False, False)
    >>> _duties_title("切实履行好属地政府职责"), _duties_title("依法履行县级部门职责")
    (False, False)
    """
    text = text.strip().rstrip("。：:")
    unit = duties_of_heading(text)
    return unit is not None and bool(unit_heading(text)) and looks_like_unit(unit, _known_nowhere) \
        and not unit.startswith(VERB_STARTS) and not _DUTY_WORK.search(unit)


def _sibling_after(blocks, index):
    """The index of the first task after ``blocks[index]`` numbered in its style (its sibling), or None when a
    heading or the end comes first."""
    for at in range(index + 1, len(blocks)):
        if blocks[at]["heading"]:
            return None
        if blocks[at].get("style") == blocks[index].get("style") and blocks[at]["number"] is not None:
            return at
    return None


def over_items_numbered_otherwise(block: dict, after: dict) -> bool:
    """True when ``block`` is a numbered task and ``after`` an item numbered in another style naming no units: the
    shape of a line heading the items below it (an owner line here, a title line in :mod:`zygraph.readers.titlelines`).

    >>> line = {"heading": False, "number": "1", "labels": [], "style": "n、", "text": "市建设局负责："}
    >>> over_items_numbered_otherwise(line, {**line, "style": "(n)", "text": "加强工程质量管理。"})
    True
    >>> over_items_numbered_otherwise(line, {**line, "text": "加强监督检查。"})  # numbered alike: a sibling
    False
    """
    return not block["heading"] and block["number"] is not None and not block["labels"] \
        and not after["heading"] and after["number"] is not None and after.get("style") != block.get("style") \
        and not after["labels"] and find_assignment(after["text"]) is None
