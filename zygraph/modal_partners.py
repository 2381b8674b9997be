"""The units a duty's subject works with, named after its modal verb and 会同: A要会同B等有关部门立即开展… (B supports)."""

from __future__ import annotations

import re

from zygraph.grammar import Item
from zygraph.unitlist import looks_like_unit_list, split_units

__all__ = ["modal_partners"]

#: The partners after 会同, up to the work, which an adverb of time or manner may open (立即开展, 尽快制定), or a comma.
_PARTNERS = re.compile("(?:并|同时)?(?:会同|會同|汇同)(?P<units>[^，,。；;]{2,40}?)"
                       "(?=(?:立即|尽快|盡快|抓紧|抓緊|及时|及時|共同|联合|聯合|认真|認真|切实|切實|进一步|進一步)?"
                       "(?:落实|研究|制订|制定|起草|做好|组织|开展|推进|负责|实施|加强|抓好|督促|指导|建立|完善|出台)"
                       "|[，,]|$)")


def modal_partners(text: str, at: int, known=None) -> list[Item]:
    """The units after 会同 right at ``at`` in ``text`` (just after a subject's 要, 将 or 应), as support; else [].

    Examples
    --------
    >>> text = "海关总署要会同商务部等有关部门立即开展专项整治行动"
    >>> [(i.text, i.role, i.word) for i in modal_partners(text, text.index("会同"))]
    [('商务部', 'support', '会同')]
    >>> [i.text for i in modal_partners("县工信局要会同有关部门，尽快制定方案", 5)]
    ['有关部门']
    >>> modal_partners("县工信局要会同研究制定方案", 5), modal_partners("县工信局要加强领导", 5)
    ([], [])
    """
    found = _PARTNERS.match(text, at)
    if found is None or not looks_like_unit_list(found.group("units"), known):
        return []
    return [Item(name, "support", "会同") for name in split_units(found.group("units"), known)]
