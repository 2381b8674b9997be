"""A body doing its work under another's guidance, with no modal verb: A在B指导下做好…; A and B both lead.

A State Council opinion may give a body its work by saying whom it works under (``煤炭工业协会在发展改革委指导下做好
衔接协调…工作``): no modal verb, the sentence's subject the body doing the work, the one after 在 guiding it. The
body doing the work is the subject of the duty; the guiding body is named for its part in it, and 指导 is a lead's
word (README: 牵头, 主责, 指导 -> lead), so both lead. A sentence whose opening is no body (``需要在…规划指导下适度
加快…``: a need, no subject) is no such sentence; nor one with a modal before 在 (``A要在B指导下…``), which the
modal subject's reading owns.

A regulation writes the guide's part more closely: the guidance is in the field's work (``A在B业务指导下…``: B guides
A's work, as 指导 alone says), and a body at a level may work under two guides joined by 和 or 及 (``A在上级主管部门
和本级人民政府统计机构指导下…``: the body above it in its field and its government's organ). Each guide is read
apart where every part is a body; a name that is one body with 和 inside (``工业和信息化部``) stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.names.unitlist import split_units
from zygraph.sentences.grammar import Item

__all__ = ["guided_subject"]

#: The body, then 在 and its guide, perhaps with 的 and the support it also gives (的支持、指导下), or the field of work it
#: guides (业务指导下), then the verb.
_GUIDED = re.compile("^(?P<units>[^，,。；;：:的由对在要应须]{2,30}?)在(?P<guides>[^，,。；;：:在]{2,30}?)的?"
                     "(?:支持、|统筹|統籌)?(?:业务|業務)?(?:指导|指導)下(?:[，,]?(?=[\u4e00-\u9fff]{2})|$)")


def guided_subject(clause: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The body ``clause`` opens with, working under another's guidance with no modal verb (``A在B指导下做好…``),
    and the guiding bodies: all responsible (the guide's word 指导); [] where the clause opens otherwise or either
    side names what is no body by ``is_body``.

    >>> body = lambda name: name.endswith(("协会", "委", "部门"))
    >>> [(i.text, i.role, i.word) for i in guided_subject("行业协会在发展改革委指导下做好协调工作", body)]
    [('行业协会', 'responsible', '指导下'), ('发展改革委', 'responsible', '指导')]
    >>> [i.text for i in guided_subject("行业协会在发展改革委的支持、指导下", body)]  # the verb in the next clause
    ['行业协会', '发展改革委']
    >>> [i.text for i in guided_subject("行业协会在上级主管部门和县发展改革委业务指导下，组织实施", body)]
    ['行业协会', '上级主管部门', '县发展改革委']
    >>> guided_subject("需要在国家规划指导下加快建设", body), guided_subject("行业协会要在发展改革委指导下做好协调", body)
    ([], [])
    """
    found = _GUIDED.match(clause.strip())
    if found is None:
        return []
    subjects, guides = split_units(found.group("units")), _guides(found.group("guides"), is_body)
    if not subjects or not guides or not all(map(is_body, subjects + guides)):
        return []
    return [Item(name, "responsible", "指导下") for name in subjects] + \
        [Item(name, "responsible", "指导") for name in guides if name not in subjects]


def _guides(text: str, is_body: Callable[[str], bool]) -> list[str]:
    """The guides ``text`` names, split at 和, 及 or 以及 where every part is a body by ``is_body`` (a name with 和
    inside that is one body, 工业和信息化部, stays whole).

    >>> _guides("上级主管部门和县统计局", lambda name: name.endswith(("部门", "局")))
    ['上级主管部门', '县统计局']
    >>> _guides("工业和信息化部", lambda name: name.endswith("部"))
    ['工业和信息化部']
    """
    names = split_units(text)
    if len(names) == 1 and not is_body(names[0]):
        parts = re.split("以及|和|及", names[0])
        if len(parts) > 1 and all(is_body(part) for part in parts):
            return parts
    return names
