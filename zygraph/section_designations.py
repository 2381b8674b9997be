"""Units a clause of running text designates by a role label, one or more (A为…总牵头单位, C为…牵头单位、D为责任单位)."""

from __future__ import annotations

import re

from zygraph.grammar import LABELS, Item, role_of
from zygraph.unitlist import looks_like_unit_list, split_units

__all__ = ["clause_designations"]

#: One designation: the units, 为, what the label is for (ending in 的, optional), an overall 总 (the overall lead of a
#: work shared by levels: 总牵头单位 leads as 牵头单位 does) and the role label, closing the clause or before 、.
_DESIGNATION = re.compile("(?:^|(?<=、))(?P<units>[^，,。；;：:、]{2,40}?)(?:为|為)(?:[^，,。；;：:、]{1,30}?的)?总?"
                          f"(?P<label>{'|'.join(sorted(LABELS, key=len, reverse=True))})(?=、|$)")


def clause_designations(clause: str, known=None) -> list[Item] | None:
    """The units ``clause`` designates, each with the role its label gives (a 责任单位 beside a named lead then
    supports, as :func:`zygraph.grammar.assign_roles` reads every label), when the whole clause is designations
    joined by 、; else None.

    >>> [(i.text, i.role) for i in clause_designations("市商务局和市财政局为全市项目建设的总牵头单位")]
    [('市商务局', 'lead'), ('市财政局', 'lead')]
    >>> [(i.text, i.role) for i in clause_designations("各区商务部门为辖区项目的牵头单位、各区财政局为责任单位")]
    [('各区商务部门', 'lead'), ('各区财政局', 'responsible')]
    >>> clause_designations("各区财政局要做好资金保障") is None
    True
    """
    clause = clause.strip().rstrip("。；;，,")
    found = list(_DESIGNATION.finditer(clause))
    if not found or "、".join(match.group(0) for match in found) != clause:
        return None
    if not all(looks_like_unit_list(match.group("units"), known) for match in found):
        return None
    items = [Item(name, role_of(match.group("label")), match.group("label"))
             for match in found for name in split_units(match.group("units"), known)]
    return items or None
