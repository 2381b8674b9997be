"""Bodies a duty's unit joins in a clause of its duty, doing the work with it: 联合各部门定期…开展宣传告知 (support).

A member's duty with its subject left out (``街道消委办。牵头开展…。…，联合各部门定期对…开展宣传告知``) may name in a
clause the bodies it works jointly with, followed by the work. They join the duty's unit in its work, as the units
after 会同 do, and support. The departments concerned (``联合各相关职能部门负责…取缔``) are an unnamed collective the
unit acts with, no unit of it (blind37's gold, as blind34's left out 相关部门). The bodies a duty helps
(``协助居委…开展``, ``配合国网龙岩供电公司制定…``) are not read here: twelve golds of member duties leave them out.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.with_partners import opening_names

__all__ = ["inner_partners", "JOINED_WORD"]

#: The word such units carry, for the reader's findings.
JOINED_WORD = "联合B…"
#: A clause opening with a link or the duty's own charge, then 联合 before the bodies joined.
_OPENING = re.compile("^(?:并|并且|同时|還|还)?(?:负责|負責)?(?:积极|積極|主动|主動)?(?:联合|聯合)")
#: Units named elsewhere: the departments concerned (联合各相关职能部门…).
_CONCERNED = re.compile("有关|相关|有關|相關")
#: The shortest work the body must go on to do after its name, a verb of its own (开展…, 推动…).
_MIN_WORK = 2


def inner_partners(clause: str, known=None) -> list[Item]:
    """The bodies a duty's clause joins (support) that go on to do its work with it; [] otherwise.

    Examples
    --------
    >>> [(i.text, i.role) for i in inner_partners("联合各部门定期对独居老人开展宣传告知")]
    [('各部门', 'support')]
    >>> inner_partners("联合各相关职能部门负责对非法经营的站点进行取缔"), inner_partners("联合开展宣传")
    ([], [])
    >>> inner_partners("协助居委针对独居老人开展消防安全风险评估")  # whom it helps: no unit of it
    []
    """
    clause = clause.strip()
    found = _OPENING.match(clause)
    if found is None:
        return []
    rest = clause[found.end():]
    names = opening_names(rest, known)
    if not names or len(rest) - rest.rfind(names[-1]) - len(names[-1]) < _MIN_WORK \
            or any(_CONCERNED.search(name) for name in names):
        return []  # 联合各部门: no work follows; 联合各相关职能部门: the departments concerned
    return [Item(name, "support", JOINED_WORD) for name in names]
