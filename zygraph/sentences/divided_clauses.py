"""A numbered item dividing its work among subjects clause by clause (A承担…的职责；B负责…；C负责…，D要…): one task a clause."""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.report_duties import clause_duties

__all__ = ["DIVIDED_WORD", "divided_clauses"]

#: The reading's mark, for the findings.
DIVIDED_WORD = "divided_clauses"
#: Where a ；-part of the item ends: its ； and the spaces after it.
_PART_END = re.compile("[；;]\\s*")
#: How many ；-parts, each opening with its own subject, the item must hold to divide its work so.
_FEWEST_PARTS = 2


def divided_clauses(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The duties of a numbered item whose ；-parts each open with their own subject (``A负责…；B负责…``), one task a
    clause its units open (:func:`zygraph.sentences.report_duties.clause_duties`: by a role verb or 要, a later ，-clause too);
    or None.

    The item's first task keeps the run-in heading and the words leading in to it (``明确分工。为…，A、B要…``), as
    a task opening its paragraph after a heading does. Every ；-part after the first must open with its own subject, two parts
    at least, so an item whose sentences only share one piece of work (``A负责甲镇，B负责乙镇``) stays whole, and so does
    one with a part no subject opens by a role verb or 要 (``…；A、B等部门按照职责，协同做好…``), read by its ；-parts.

    Examples
    --------
    >>> text = ("落实部门责任。为推进改革，文旅、体育部门要密切协作。市文旅局承担制定规划的职责；"
    ...         "各区体育部门负责组织赛事；市场监管局负责检查，各街道要做好宣传。")
    >>> [(task[:6], [i.text for i in items]) for task, items in divided_clauses(text)]
    [('落实部门责任', ['文旅', '体育部门']), ('市文旅局承担', ['市文旅局']), ('各区体育部门', ['各区体育部门']), ('市场监管局负', ['市场监管局']), ('各街道要做好', ['各街道'])]
    >>> [[i.text for i in items] for _, items in divided_clauses("分工。甲局负责治安；乙局负责交通，各乡镇要积极配合。")]
    [['甲局'], ['乙局', '各乡镇']]
    >>> divided_clauses("统筹推进。县消防大队负责甲镇，县文体局负责乙街道。") is None  # no ；-part of its own
    True
    >>> divided_clauses("明确分工。市发改委负责规划；市经贸委负责工业；市科技、财政等部门按照职责，协同做好工作。") is None
    True
    """
    duties = clause_duties(text, known)
    if not duties:
        return None
    opened = [text.find(task) for task, _ in duties]
    cuts = [found.end() for found in _PART_END.finditer(text) if found.end() < len(text)]
    # every ；-part opens with its own subject, the first with a duty in it: a part none opens (…；A、B等部门协同做好…)
    # is a share clause_duties would leave to the duty before, which the reading of ；-parts gives its own units
    if len(cuts) + 1 < _FEWEST_PARTS or opened[0] >= cuts[0] or any(cut not in opened for cut in cuts):
        return None
    first, items = duties[0]
    return [(text[:opened[0]] + first, items), *_without_helpers(duties)[1:]]


def _without_helpers(duties):
    """The duties without a ，-clause whose units all help the duty before it (…，各乡镇要积极配合): read there already."""
    kept = duties[:1]
    for task, items in duties[1:]:
        helping = {item.text for item in kept[-1][1] if item.role == "support"}
        if not (items and {item.text for item in items} <= helping):
            kept.append((task, items))
    return kept
