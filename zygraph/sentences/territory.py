"""Localities answering for their own ground by the territorial principle: ``各地要按照属地管理原则负责统筹…``.

A division of duties often gives the places their share by the territorial principle (属地管理原则): each locality
answers for the work inside its own bounds, beside the departments answering for their trades. Said so, a
collective that elsewhere names no one in particular (各地, the localities) is the unit doing that share: the
principle names who answers, as a role verb does. Said without the principle (``各地要加强领导``), it stays a call
on everyone (:mod:`zygraph.sentences.everyone`).
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["territorial_units", "TERRITORY_WORD", "LOCALITIES"]

#: The word the localities carry, for the role and reading findings.
TERRITORY_WORD = "属地"
#: The localities said in general, which the list grammar reads as no one in particular (:mod:`zygraph.sentences.everyone`).
LOCALITIES = ("各地", "各地方", "各地区")
#: A collective (各地, 各乡镇, 各县区) then the territorial principle and its duty's verb: 各地要按照属地管理原则负责…,
#: 各乡镇应依照“属地管理”的原则，负责…. The collective opens with 各, wherever its clause starts (a copy may have
#: lost the mark before it: …压实工作责任各地要按照…).
_TERRITORIAL = re.compile("(?P<units>各[\u4e00-\u9fff、（）()]{1,12}?)(?:要|应|须|均)?(?:按照?|依照?|依据|根据|坚持)"
                          "[“\"]?属地(?:管理)?[”\"]?(?:的)?原则[，,]?(?:负责|負責|牵头|牽頭|抓好|做好)")


def territorial_units(text: str, known=None) -> list[Item] | None:
    """The localities ``text`` gives a duty by the territorial principle, responsible; None when it gives none.

    Parameters
    ----------
    text : str
        A paragraph or a sentence.
    known : callable, optional
        ``known(name)`` is true for a registry name.

    Returns
    -------
    list of Item or None
        The collective before the principle (各地, 各乡镇), as one unit (a 各 runs over the levels after it), with
        the role ``responsible``; None when no clause gives a duty so.

    Examples
    --------
    >>> [(i.text, i.role) for i in territorial_units("通知指出要压实工作责任各地要按照属地管理原则负责统筹辖区内的消杀工作")]
    [('各地', 'responsible')]
    >>> [(i.text, i.role) for i in territorial_units("各乡镇（街道）要按照“属地管理”的原则，负责辖区巡查。")]
    [('各乡镇（街道）', 'responsible')]
    >>> territorial_units("各地要加强领导，压实责任。") is None
    True
    """
    found = _TERRITORIAL.search(text)
    if found is None:
        return None
    units = found.group("units")
    if units in LOCALITIES:
        return [Item(units, "responsible", TERRITORY_WORD)]
    if not looks_like_unit_list(units, known):
        return None
    return [Item(name, "responsible", TERRITORY_WORD) for name in split_units(units, known)]
