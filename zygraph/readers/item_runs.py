"""Which tasks a label line on its own closes: the last item, a run of items, or a named place with its matters.

The paragraph reader (:mod:`zygraph.readers.paragraph`) gathers blocks (a heading or a task, its text, the label
lines under it); a label line under a task closes it. Where it follows a run of items none of which names units,
it closes them all (``1.完善预案体系`` / ``（1）…`` ``（2）…`` / ``（责任单位：A）``: each item A's); where the run's
opener is only a name (``1. 东门菜市场``, no sentence, no verb a task opens with) and its items are the clauses of one
sentence (each but the last ending with ；), the items are that place's matters: the name, the items and the label
line are one task (an inspection's problems by place, ``问题整改责任单位：A``).
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.grammar import parse_group
from zygraph.readers.assignment import find_assignment
from zygraph.sentences.duties import unit_heading
from zygraph.sentences.statements import heading_units
from zygraph.names.unitname import VERB_STARTS, looks_like_unit

__all__ = ["close_items_above", "named_place"]

#: The marks of a sentence or a clause: a name holds none.
_CLAUSE_MARKS = re.compile("[。；;，,：:！!？?]")
#: The longest a name over its matters runs (市第二人民医院, 城东农贸市场北区): longer is a title or a sentence.
_NAME_LENGTH = 20
#: The endings of a place an inspection names (北湖公园, 人民路农贸市场, 幸福小区, 解放路, 城东农贸市场北区): with a
#: body's name by its form (市科技馆, 市第二人民医院), what a place heading must be; a task's title (推进河道综合治理)
#: is neither.
_PLACE_END = re.compile("(?:公园|市场|小区|广场|社区|车站|商场|超市|宾馆|酒店|大厦|景区|码头|[路街巷村区])$")
#: No registry here: a body is known by its form alone.
_nothing_known = frozenset().__contains__
#: Marks that end a clause of a sentence listing matters (（1）…；（2）…；（3）…。): the items of one list.
_CLAUSE_END = ("；", ";")


def close_items_above(blocks: list, number: int, line: str, findings: list) -> None:
    """Give the label ``line`` (at ``number``) to the task(s) it closes, the last of ``blocks`` first, with a finding
    for each reading beyond the last task alone.

    Examples
    --------
    >>> def block(text, style=None, number=None):
    ...     return {"text": text, "heading": False, "closed": False, "labels": [], "style": style, "number": number}
    >>> blocks = [block("城东菜市场", "n.", 1), block("摊位占道经营；", "(n)", 1), block("垃圾未清运。", "(n)", 2)]
    >>> findings = []
    >>> close_items_above(blocks, 9, "整改责任单位：区市场监管局", findings)
    >>> [(b["text"], b["labels"]) for b in blocks]
    [('城东菜市场（1）摊位占道经营；（2）垃圾未清运。', [(9, '整改责任单位：区市场监管局')])]
    >>> findings[0].code
    'matters_of_named_place'
    """
    last = blocks[-1]
    helpers = _helpers_line(line)
    siblings = _open_siblings(blocks, helpers)
    place = named_place(blocks, siblings)
    if place is not None:
        opener = blocks[place]
        name = opener["text"].strip()
        for item in blocks[place + 1:]:
            opener["text"] += f"（{item['number']}）{item['text']}" if item["number"] is not None else item["text"]
        del blocks[place + 1:]
        opener["labels"].append((number, line))
        findings.append(Finding(number, "info", "matters_of_named_place",
                                f"{line[:40]} closes the {len(siblings) + 1} items under the name {name[:20]}, "
                                "clauses of one sentence naming no units", "read the name and its items as one task "
                                "of those units: the items are the named place's matters, not tasks of their own"))
        return
    for block in [*siblings, last]:
        block["labels"].append((number, line))
    if siblings and helpers and _owned_run(blocks, siblings):
        findings.append(Finding(number, "info", "helpers_of_department",
                                f"{line[:40]} closes the {len(siblings) + 1} tasks under a heading naming "
                                "their department", "gave them all those units as helpers"))
    elif siblings:
        findings.append(Finding(number, "info", "units_for_items_above",
                                f"{line[:40]} follows {len(siblings) + 1} items of one kind, none naming "
                                "its units", "gave them all those units"))


def named_place(blocks: list, siblings: list) -> int | None:
    """The index in ``blocks`` of the item opening the run ``siblings`` and the last block make, when it is only the
    name of a place or of a body inspected as a place is (no clause mark, no verb a task opens with, no role words)
    and the run's items are the clauses of one sentence (each but the last ending with ；): the place whose matters
    they are. Else None.

    Examples
    --------
    >>> def block(text, style=None, number=None):
    ...     return {"text": text, "heading": False, "closed": False, "labels": [], "style": style, "number": number}
    >>> items = [block("河道有垃圾；", "(n)", 1), block("护栏破损。", "(n)", 2)]
    >>> named_place([block("北湖公园", "n.", 3), *items], items[:1])
    0
    >>> named_place([block("完善河道管护", "n.", 3), *items], items[:1])  # a task's title: the items are tasks
    >>> named_place([block("推进河道综合治理", "n.", 3), *items], items[:1])  # no place, no body: a title
    >>> sentences = [block("河道有垃圾。", "(n)", 1), block("护栏破损。", "(n)", 2)]  # sentences of their own: tasks
    >>> named_place([block("北湖公园", "n.", 3), *sentences], sentences[:1])
    """
    if not siblings:
        return None
    at = next(index for index, block in enumerate(blocks) if block is siblings[0]) - 1
    if at < 0:
        return None
    opener, run = blocks[at], blocks[at + 1:]
    name = opener["text"].strip()
    if opener["heading"] or opener["number"] is None or opener["labels"] or opener["closed"] \
            or opener.get("style") == run[-1].get("style") or not name or len(name) > _NAME_LENGTH \
            or _CLAUSE_MARKS.search(name) or name.startswith(VERB_STARTS) \
            or not (_PLACE_END.search(name) or looks_like_unit(name, _nothing_known)) \
            or find_assignment(name) is not None or heading_units(name):  # a body's name (市科技馆) is a place too
        return None
    if not all(item["text"].rstrip().endswith(_CLAUSE_END) for item in run[:-1]) \
            or run[-1]["text"].rstrip().endswith(_CLAUSE_END):
        return None
    return at


def _helpers_line(line):
    """True when a label line names only helping units (协助单位：交通局、县城管监察大队。, 工作协助部门：水务局)."""
    items = parse_group(line)
    return bool(items) and all(item.role == "support" for item in items)


def _owned_run(blocks, siblings):
    """True when the block before ``siblings`` is a heading naming its department (（九）县公安局主要工作任务)."""
    at = blocks.index(siblings[0]) - 1
    return at >= 0 and blocks[at]["heading"] and bool(unit_heading(blocks[at]["text"]))


def _open_siblings(blocks, helpers=False):
    """The items before the last one numbered as it is ((1)…(3) before (4)) when none of them, nor the last,
    names units, and a heading naming none or an item numbered otherwise (1.完善预案体系) opens their run;
    else none.

    Under a heading naming the department whose tasks they are (（九）县公安局主要工作任务), a line naming only
    ``helpers`` after them (协助单位：交通局) closes the department's tasks: it is every item's.
    """
    last = blocks[-1]
    if last["heading"] or last["closed"] or last["labels"] or not last.get("style"):
        return []
    siblings = []
    for block in reversed(blocks[:-1]):
        if block["heading"] and helpers and not heading_units(block["text"]) and unit_heading(block["text"]):
            return siblings[::-1]  # （九）县公安局主要工作任务 / 1、… 3、… / 协助单位：A、B: the department's helpers
        if block["heading"] and (heading_units(block["text"]) or unit_heading(block["text"])):
            return []  # （三）省编办牵头的工作: the items have their lead; the label line is the last item's
        if block["heading"] or block.get("style") != last["style"]:
            break
        if block["closed"] or block["labels"]:
            return []  # an item of the run names its own units: the label line is the last item's alone
        siblings.append(block)
    return siblings[::-1]
