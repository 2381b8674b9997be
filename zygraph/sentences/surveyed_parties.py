"""The kinds of parties a regulation binds, listed as the subject of a duty: 国家机关、企业事业单位和个人等调查对象，应当….

A regulation (a statistics or a licensing measure) puts a duty on every party of its regime by listing the kinds of
them the law names (``国家机关、企业事业单位、其他生产经营者和个人等统计调查对象，应当…提供资料``), or by what they
are before the list (``作为统计调查对象的国家机关、企业事业单位应当…``). Each kind of body in such a list is a
subject of the duty, a unit as written (README: the unit as the text names it); the people in it (个人, 公民) are no
unit; the words after 等 (``等统计调查对象``) say what they all are, no unit of their own. A list is read only when
every part is a kind of the law's vocabulary and at least one is a body: a list with anything else is another
reading's.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import MODAL_INSIDE

__all__ = ["surveyed_parties"]

#: The kinds of bodies the laws list as the parties of a regime: state organs, enterprises and public institutions,
#: social organisations, other organisations, other producers and business operators.
_BODY_KINDS = ("国家机关", "企业事业单位", "企业", "事业单位", "社会团体", "社会组织", "其他组织", "其他生产经营者",
               "生产经营单位", "法人", "國家機關", "企業事業單位", "企業", "事業單位", "社會團體", "社會組織", "其他組織",
               "其他生產經營者", "生產經營單位")
#: The people the same lists name beside them: no unit.
_PEOPLE_KINDS = ("个人", "公民", "自然人", "个体工商户", "個人", "個體工商戶")
#: What the parties are, before the list (作为统计调查对象的) or after its 等 (等统计调查对象), then the modal verb.
_LISTED = re.compile("^(?:(?:作为|作為)[^，,。；;：:的]{2,20}的)?(?P<list>[^，,。；;：:的等]{4,80}?)"
                     "(?:等[^，,。；;：:的]{0,16}?(?:对象|對象|单位|單位|主体|主體))?[，,]?(?:都|均|也)?"
                     f"(?P<verb>必须|必需|应当|應當|{MODAL_INSIDE.pattern})")
#: What joins the kinds in the list.
_JOINS = re.compile("、|以及|和|及|与|與")


def surveyed_parties(clause: str) -> list[Item]:
    """The kinds of bodies ``clause`` opens with as the parties its duty binds, each responsible; [] where it opens
    otherwise, lists anything but the law's kinds of parties, or names people only.

    >>> [(i.text, i.role) for i in surveyed_parties("国家机关、企业事业单位和个人等统计调查对象，应当如实提供资料")]
    [('国家机关', 'responsible'), ('企业事业单位', 'responsible')]
    >>> [i.text for i in surveyed_parties("作为调查对象的企业、社会团体应当履行报送义务")]
    ['企业', '社会团体']
    >>> surveyed_parties("公民和个体工商户应当如实申报"), surveyed_parties("县统计局、企业应当加强协作")
    ([], [])
    """
    found = _LISTED.match(clause.strip())
    if found is None:
        return []
    parts = _JOINS.split(found.group("list"))
    if len(parts) < 2 or not all(part in _BODY_KINDS or part in _PEOPLE_KINDS for part in parts):
        return []
    return [Item(part, "responsible", found.group("verb")) for part in parts if part in _BODY_KINDS]
