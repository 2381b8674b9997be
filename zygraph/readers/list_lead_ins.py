"""Headings and items closing with words that lead in to a list (具体内容如下：) whose items name their own units.

A notice hands a part of the work to a body in general words and then lists it, each line naming its own unit::

    （一）市统计局有关单位负责结合本专业撰写经济社会发展成就系列专题分析。具体内容如下：
    综合核算科：十八大以来全市经济社会发展成就综述
    工业科：工业经济发展情况

The sentence closing with ``如下：`` / ``以下：`` / ``下列…：`` only opens the list: the tasks are its items, and the
units it names (``有关单位``) are theirs said once more. It is no task of its own; reading it so is a finding.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding

__all__ = ["list_lead_in", "owner_lead_in"]

#: Words closing a text that lead in to a list after its colon: 具体内容如下：, 分工如下：, 做好以下工作：.
_CLOSING_LEAD_IN = re.compile("(?:以下|下列|如下)[^。；;：:，,]{0,6}[：:]\\s*$")
_ITEMS = 2  # fewest items under the lead-in, each naming its own units, for it to open a list


def list_lead_in(parsed: list[tuple[dict, list]], index: int) -> Finding | None:
    """The finding of ``parsed[index]`` (a block and its [(text, units)]) read as a list's lead-in, or None.

    The block is a heading, or a numbered item followed by unnumbered lines, whose text closes with a lead-in's
    colon; the blocks under it, up to the next heading (for a numbered item, up to the next numbered block), are two
    or more and every one names units of its own.

    >>> from zygraph.sentences.grammar import Item
    >>> def block(text, heading=False, number=None):
    ...     return {"line": 1, "text": text, "heading": heading, "number": number}
    >>> units = [Item("综合核算科", "lead", "")]
    >>> parsed = [(block("（一）有关单位负责撰写分析。具体内容如下：", heading=True), [("…", [Item("有关单位", "lead", "负责")])]),
    ...           (block("综合核算科：成就综述"), [("…", units)]), (block("工业科：工业经济"), [("…", units)])]
    >>> list_lead_in(parsed, 0).code, list_lead_in(parsed, 1)
    ('list_lead_in_heading', None)
    >>> parsed[2] = (block("工业科：工业经济"), [("…", [])])  # an item naming no units: the lead-in's units are its own
    >>> list_lead_in(parsed, 0) is None
    True
    """
    block = parsed[index][0]
    if not (block["heading"] or block["number"] is not None) or not _CLOSING_LEAD_IN.search(block["text"]):
        return None
    under = []
    for later, tasks in parsed[index + 1:]:
        if later["heading"] or (not block["heading"] and later["number"] is not None):
            break
        under.append(any(items for _, items in tasks))
    if len(under) < _ITEMS or not all(under):
        return None
    return Finding(block["line"], "info", "list_lead_in_heading", "the paragraph closes with words leading in to a "
                   f"list ({block['text'][-12:]}), and each of the {len(under)} lines under it names its own units",
                   "not read as a task: the lines under it are the tasks, its units theirs said once more")


def owner_lead_in(blocks: list[dict], owner: dict | None) -> bool:
    """True when the last of ``blocks``, an unnumbered paragraph right under ``owner`` (a heading naming a unit),
    closes with words leading in to a list (主要履行以下职责：): read when a numbered item comes next, it is the items'
    lead-in, what the body is and that its duties follow, no task of its own.

    >>> owner = {"heading": True, "number": None, "labels": [], "text": "（一）东城区文化局"}
    >>> lead = {"heading": False, "number": None, "labels": [], "text": "区文化局是主管部门，负责文化管理，主要履行以下职责："}
    >>> owner_lead_in([owner, lead], owner), owner_lead_in([owner, lead | {"text": "区文化局负责文化管理。"}], owner)
    (True, False)
    """
    if owner is None or len(blocks) < 2 or blocks[-2] is not owner:
        return False
    last = blocks[-1]
    return not last["heading"] and last["number"] is None and not last["labels"] \
        and bool(_CLOSING_LEAD_IN.search(last["text"]))
