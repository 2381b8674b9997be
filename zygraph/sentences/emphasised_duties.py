"""Units a speaker's requirement gives their work with no 要, a word of emphasis before it: 畜牧部门重点抓好….

In a run of requirements (``林业部门要抓好…；畜牧部门重点抓好奶牛技术指导工作；水务部门要…``) a clause may drop
its 要 and put a word of emphasis before the work instead (``重点抓好``, ``着力推进``, ``全力做好``): the units opening
it are its subject as much as the ones before 要. Read only inside a speaker's requirements
(:func:`zygraph.sentences.required_sentences.required_sentences`); a clause reporting the work finished (``重点抓好了…``) sets none.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general
from zygraph.sentences.finished import reports_finished
from zygraph.sentences.grammar import Item, officials
from zygraph.names.people import cadres, personal_name
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["EMPHASIS_WORD", "emphasised_subject"]

#: The word the units of such a clause carry, for the role and reading findings (emphasis before the work, no 要).
EMPHASIS_WORD = "重点…"
#: Units, then a word of emphasis and a verb setting work, opening a clause: 畜牧部门重点抓好…, 县林业局着力推进…,
#: 县财政局全力做好…. The emphasis says the work is required of them (a plain 畜牧部门抓好… may report it).
_EMPHASISED = re.compile("^(?P<units>[^，,。；;：:“”\"]{2,40}?)(?P<word>重点|着力|全力|集中力量)"
                         "(?P<verb>抓好|做好|抓|做|推进|推动|落实|加强|开展|解决|完成|实施|搞好)")


def emphasised_subject(clause: str, known=None) -> list[Item] | None:
    """The units ``clause`` opens with before a word of emphasis and its work (``重点抓好``), responsible; or None.

    Units in general (``各部门重点抓好…``), people by their post or name, and a clause reporting work finished
    (``…重点抓好了…``) give None.

    Examples
    --------
    >>> [(i.text, i.role, i.word) for i in emphasised_subject("畜牧部门重点抓好奶牛技术指导工作，下基层包扶。")]
    [('畜牧部门', 'responsible', '重点…')]
    >>> [i.text for i in emphasised_subject("县林业局、县水务局着力推进造林工作。")]
    ['县林业局', '县水务局']
    >>> emphasised_subject("畜牧部门重点抓好了奶牛技术指导工作。") is None  # reported finished
    True
    >>> emphasised_subject("各部门重点抓好安全生产。") is None  # everyone
    True
    >>> emphasised_subject("畜牧部门要抓好奶牛技术指导工作。") is None  # a plain 要: read elsewhere
    True
    >>> emphasised_subject("今年重点抓好奶牛技术指导工作。") is None  # no units before the emphasis
    True
    """
    found = _EMPHASISED.match(clause)
    if found is None or reports_finished(re.split("[，,。；;]", clause)[0]):
        return None
    units = found.group("units")
    if not looks_like_unit_list(units, known) or cadres(units) or officials(units, known or (lambda name: False)):
        return None
    names = split_units(units, known)
    if not names or any(in_general(name) or personal_name(name, known) for name in names):
        return None
    return [Item(name, "responsible", EMPHASIS_WORD) for name in names]
