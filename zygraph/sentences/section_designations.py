"""Units a clause of running text designates by a role label, one or more (A为…总牵头单位, C为…牵头单位、D为责任单位)."""

from __future__ import annotations

import re

from zygraph.sentences.designated_clauses import FIXES, LABEL_WORDS, NAMED_AS
from zygraph.sentences.grammar import Item
from zygraph.sentences.role_words import role_of
from zygraph.sentences.subject_units import CONNECTIVE
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["clause_designations"]

#: One designation (the words of every ``A为<label>`` reading, :data:`zygraph.sentences.designated_clauses.NAMED_AS`): the
#: units, 为, what the label is for, an overall 总 and the role label, closing the designation.
_DESIGNATION = re.compile(f"^(?P<units>[^，,。；;：:]{{2,40}}?){NAMED_AS}(?P<label>{LABEL_WORDS})$")
#: The 、 after a label, between two designations (A为牵头单位、B为责任单位); a 、 elsewhere joins units (A、B为…).
_BETWEEN = re.compile(f"(?:{LABEL_WORDS})(?P<mark>、)")
#: Words opening a clause before the units it designates, no part of their names: the verb fixing them (确定, 指定),
#: a connective (其中), how far or when it holds (原则上, 今年), or asking (请).
_OPENER = re.compile("^(?:原则上|原則上|今年|明年|请|請)")


def clause_designations(clause: str, known=None) -> list[Item] | None:
    """The units ``clause`` designates, each with the role its label gives (a 责任单位 beside a named lead then
    supports, as :func:`zygraph.sentences.grammar.assign_roles` reads every label), when the whole clause is designations
    joined by 、; else None.

    >>> [(i.text, i.role) for i in clause_designations("市商务局和市财政局为全市项目建设的总牵头单位")]
    [('市商务局', 'lead'), ('市财政局', 'lead')]
    >>> [(i.text, i.role) for i in clause_designations("各区商务部门为辖区项目的牵头单位、各区财政局为责任单位")]
    [('各区商务部门', 'lead'), ('各区财政局', 'responsible')]
    >>> [(i.text, i.role) for i in clause_designations("确定区商务局、区财政局为牵头单位")]
    [('区商务局', 'lead'), ('区财政局', 'lead')]
    >>> clause_designations("各区财政局要做好资金保障") is None
    True
    """
    clause = clause.strip().rstrip("。；;，,")
    for opener in (FIXES, CONNECTIVE, _OPENER):
        clause = opener.sub("", clause, count=1)
    cuts = [0] + [mark for between in _BETWEEN.finditer(clause) for mark in (between.start("mark"), between.end("mark"))]
    found = [_DESIGNATION.match(clause[start:end]) for start, end in zip(cuts[::2], cuts[1::2] + [len(clause)])]
    if not all(found) or not all(looks_like_unit_list(match.group("units"), known) for match in found):
        return None
    items = [Item(name, role_of(match.group("label")), match.group("label"))
             for match in found for name in split_units(match.group("units"), known)]
    return items or None
