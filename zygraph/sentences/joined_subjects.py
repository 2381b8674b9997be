"""Subjects of one duty joined otherwise than by 、: set off by a comma (A，B要…) or a body with an organ of its own (A与其工会)."""

from __future__ import annotations

import re

from zygraph.names.unitlist import split_units

__all__ = ["bodies_before", "with_its_own"]

#: A body and an organ of its own as one subject (本区环卫企业与其工会: the companies and their unions): 其 is the body's.
_ITS_OWN = re.compile("^(?P<body>[^、，,；;]{2,30}?)[与和及](?:其|其各自的?)(?P<organ>工会|党组织|党委|主管部门|职工代表大会)$")


def with_its_own(name: str, is_body) -> list[str]:
    """``name`` split into a body and the organ of its own it names after 与其 (``本区环卫企业与其工会``: the companies
    and 工会, their unions), each a subject; ``[name]`` when it names no such pair or ``is_body`` rejects the body.

    Examples
    --------
    >>> with_its_own("市属国有企业与其工会", lambda name: name.endswith("企业")), with_its_own("区财政局", bool)
    (['市属国有企业', '工会'], ['区财政局'])
    """
    found = _ITS_OWN.match(name)
    return [found.group("body"), found.group("organ")] if found and is_body(found.group("body")) else [name]


def bodies_before(clauses: list[str], at: int, is_body) -> list[str]:
    """The bodies of a sentence's first clause when it is only their names and the subject stands in the clause
    after it (``区规划局，各街镇要…``: two subjects of one verb joined by a comma); [] otherwise.

    Examples
    --------
    >>> is_body = lambda name: name.endswith(("局", "镇"))
    >>> bodies_before(["区规划局", "各街镇要优先考虑"], 1, is_body), bodies_before(["年内", "各街镇要优先考虑"], 1, is_body)
    (['区规划局'], [])
    """
    names = split_units(clauses[0]) if at == 1 else []
    return names if names and all(map(is_body, names)) else []
