"""Bodies a duty's unit works with inside its duty, each doing the work by a verb of its own: 协助居委…开展, 联合各部门…开展.

A member's duty with its subject left out (``街道消委办。牵头开展…，协助居委针对独居老人开展风险评估``) may name in a
clause the body it helps or works beside, followed by that body's own work. The README's role conventions: helped
units with a verb of their own are units, as the verb says (``A协助B负责…``, ``A配合B落实``), so the body after
协助, 配合 or 协同 is responsible; the units after 联合 join the duty's unit in its work, as those after 会同 do, and
support. The departments concerned (``配合有关部门研究…``) are what the duty is about, no unit of it (README).
"""

from __future__ import annotations

import re

from zygraph.grammar import Item
from zygraph.with_partners import opening_names

__all__ = ["inner_partners", "HELPED_WORD", "JOINED_WORD"]

#: The words such units carry, for the reader's findings.
HELPED_WORD = "协助B…自行"
JOINED_WORD = "联合B…"
#: A clause opening with a link or the duty's own charge, then the verb naming the body helped or joined.
_OPENING = re.compile("^(?:并|并且|同时|還|还)?(?:负责|負責)?(?:积极|積極|主动|主動)?"
                      "(?:(?P<help>协助|協助|协同|協同|配合)|(?P<join>联合|聯合))")
#: Units named elsewhere: the departments concerned, which a helping duty is about (配合有关部门研究…).
_CONCERNED = re.compile("有关|相关|有關|相關")
#: The shortest work the body must go on to do after its name, a verb of its own (开展…, 推动…).
_MIN_WORK = 2


def inner_partners(clause: str, known=None) -> list[Item]:
    """The bodies a duty's clause helps (responsible) or joins (support) that go on to do its work; [] otherwise.

    Examples
    --------
    >>> [(i.text, i.role) for i in inner_partners("协助居委针对独居老人开展消防安全风险评估")]
    [('居委', 'responsible')]
    >>> [(i.text, i.role) for i in inner_partners("协同建管中心（房办）推动增设电动自行车集中充电场所")]
    [('建管中心（房办）', 'responsible')]
    >>> [(i.text, i.role) for i in inner_partners("联合各部门定期对独居老人开展宣传告知")]
    [('各部门', 'support')]
    >>> inner_partners("配合有关部门研究起草规范性文件"), inner_partners("协同开展社区关爱工作")
    ([], [])
    """
    clause = clause.strip()
    found = _OPENING.match(clause)
    if found is None:
        return []
    rest = clause[found.end():]
    names = opening_names(rest, known)
    if not names or len(rest) - rest.rfind(names[-1]) - len(names[-1]) < _MIN_WORK:
        return []  # 协助居委: no work of the body's own follows
    if found.group("join"):
        return [Item(name, "support", JOINED_WORD) for name in names]
    if any(_CONCERNED.search(name) for name in names):
        return []
    return [Item(name, "responsible", HELPED_WORD) for name in names]
