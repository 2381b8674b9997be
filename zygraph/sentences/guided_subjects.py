"""A body doing its work under another's guidance, with no modal verb: A在B指导下做好…; A and B both lead.

A State Council opinion may give a body its work by saying whom it works under (``煤炭工业协会在发展改革委指导下做好
衔接协调…工作``): no modal verb, the sentence's subject the body doing the work, the one after 在 guiding it. The
body doing the work is the subject of the duty; the guiding body is named for its part in it, and 指导 is a lead's
word (README: 牵头, 主责, 指导 -> lead), so both lead. A sentence whose opening is no body (``需要在…规划指导下适度
加快…``: a need, no subject) is no such sentence; nor one with a modal before 在 (``A要在B指导下…``), which the
modal subject's reading owns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.names.unitlist import split_units
from zygraph.sentences.grammar import Item

__all__ = ["guided_subject"]

#: The body, then 在 and its guide, perhaps with 的 and the support it also gives (的支持、指导下), then the verb.
_GUIDED = re.compile("^(?P<units>[^，,。；;：:的由对在要应须]{2,30}?)在(?P<guides>[^，,。；;：:在]{2,30}?)的?"
                     "(?:支持、|统筹|統籌)?(?:指导|指導)下(?:[，,]?(?=[\u4e00-\u9fff]{2})|$)")


def guided_subject(clause: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The body ``clause`` opens with, working under another's guidance with no modal verb (``A在B指导下做好…``),
    and the guiding bodies: all responsible (the guide's word 指导); [] where the clause opens otherwise or either
    side names what is no body by ``is_body``.

    >>> body = lambda name: name.endswith(("协会", "委", "部门"))
    >>> [(i.text, i.role, i.word) for i in guided_subject("行业协会在发展改革委指导下做好协调工作", body)]
    [('行业协会', 'responsible', '指导下'), ('发展改革委', 'responsible', '指导')]
    >>> [i.text for i in guided_subject("行业协会在发展改革委的支持、指导下", body)]  # the verb in the next clause
    ['行业协会', '发展改革委']
    >>> guided_subject("需要在国家规划指导下加快建设", body), guided_subject("行业协会要在发展改革委指导下做好协调", body)
    ([], [])
    """
    found = _GUIDED.match(clause.strip())
    if found is None:
        return []
    subjects, guides = split_units(found.group("units")), split_units(found.group("guides"))
    if not subjects or not guides or not all(map(is_body, subjects + guides)):
        return []
    return [Item(name, "responsible", "指导下") for name in subjects] + \
        [Item(name, "responsible", "指导") for name in guides if name not in subjects]
