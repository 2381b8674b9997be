"""A member named by its kind, not its office, as the subject of its duty in a list of members' duties: 保险监管机构负责….

An emergency plan's members are mostly a city's offices (``市地震局负责…``), but a regulator with no office of the
city's own is named by its kind (``保险监管机构负责…``, ``民航监管机构负责…``). Such a name is no unit by its form
alone (:func:`zygraph.names.unitname.body_by_kind`: a unit beside units): ``医疗机构``, ``用人单位`` and ``排污单位`` are
what duties are about. It is one here, where it opens a duty with a role verb in a list of members' duties (the
reader asks this only for a line after a duty its units open) and its words say it oversees a field
(:func:`overseeing_body`). A pilot's or campaign's own organ named by its kind (``联络协调机构``, ``区联席议事机制``)
labels its duty as the units beside it do (``（二）联络协调机构：按照…`` among ``（一）试点工作小组：…``): such a label is
one where its siblings' labels are units (the reader asks this only then, :func:`kind_label_units`).
"""

from __future__ import annotations

import re

from zygraph.sentences.duties import headed_duty_units
from zygraph.sentences.everyone import role_holders
from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import subject_units

__all__ = ["overseeing_body", "research_body", "kind_subject_units", "kind_label_units"]

#: A body named by its kind (机构, 部门, 单位), perhaps 各级 of them, with what it does or the field it is in before.
_KIND_NAME = re.compile("^(?:各级|各級)?(?P<qualifier>[\u4e00-\u9fff]{2,8})(?:机构|機構|部门|部門|单位|單位)$")
#: Words saying a body oversees or administers a field: 保险监管机构, 气象主管机构, 物业管理单位, 行政执法部门.
_OVERSEES = re.compile("监管|監管|主管|管理|监督|監督|执法|執法|监察|監察")
#: The role verbs a member's duty opens with after its name: 负责, 承担, 牵头, or 会同 its partners.
_DUTY_VERBS = ("负责", "負責", "承担", "承擔", "牵头", "牽頭", "会同", "會同")


def overseeing_body(name: str) -> bool:
    """True when ``name`` names a body by its kind whose words say it oversees a field (``保险监管机构``).

    A role label (``有关主管部门``, ``牵头单位``) names units said elsewhere, and a body by its kind that oversees
    nothing (``医疗机构``, ``用人单位``, ``排污单位``) is what a duty is about: neither is such a body.

    Examples
    --------
    >>> [overseeing_body(n) for n in ("保险监管机构", "民航监管机构", "各级气象主管机构", "物业管理单位")]
    [True, True, True, True]
    >>> [overseeing_body(n) for n in ("医疗机构", "用人单位", "排污单位", "有关主管部门", "市地震局")]
    [False, False, False, False, False]
    """
    found = _KIND_NAME.match(name)
    return found is not None and _OVERSEES.search(found.group("qualifier")) is not None and not role_holders(name)


#: Bodies named by their kind that do research (科研单位, 科研机构, 研究机构), perhaps as a collective (各科研单位).
_RESEARCH = re.compile("^(?:各有关|各相关|有关|相关|各)?(?:科研|研究|科學研究|科学研究)(?:单位|單位|机构|機構)$")


def research_body(name: str) -> bool:
    """True when ``name`` names research bodies by their kind (``科研单位``, ``各科研机构``): a notice on research makes
    them the subject of their duty (``科研单位要健全内部管理制度``) as it does 高校 and 科研院所, which are bodies by
    their form; what a research body holds or does (``科研单位管理的事项``, ``科研项目``) is none.

    >>> [research_body(n) for n in ("科研单位", "各科研机构", "有关研究机构", "科研项目", "科研单位管理部门")]
    [True, True, True, False, False]
    """
    return _RESEARCH.match(name) is not None


def kind_subject_units(text: str) -> list[Item] | None:
    """The units of a duty whose subject is a body named by its kind that oversees a field, opening it with a role
    verb (``保险监管机构负责…``, ``民航监管机构会同B…``), or None.

    Read as :func:`zygraph.sentences.subject_units.subject_units` reads an office opening its duty: the body is responsible
    (leads with 牵头 or 会同), those after its 会同 support. ``text`` is left untouched.

    Examples
    --------
    >>> text = "保险监管机构负责指导和协助做好灾区保险理赔服务工作，为灾后重建提供资金支持。"
    >>> [(i.text, i.role) for i in kind_subject_units(text)]
    [('保险监管机构', 'responsible')]
    >>> [(i.text, i.role) for i in kind_subject_units("民航监管机构会同市交通局研究运力调配方案。")]
    [('民航监管机构', 'lead'), ('市交通局', 'support')]
    >>> kind_subject_units("医疗机构负责救治伤员。"), kind_subject_units("保险监管机构要做好理赔。")
    (None, None)
    """
    items = subject_units(text, overseeing_body)
    if not items or items[0].word not in _DUTY_VERBS or not any(overseeing_body(item.text) for item in items):
        return None
    return items


#: An organ named by its kind before the colon labelling its duty: 联络协调机构：, 区整治工作联席议事机制：. What it
#: does stands before 机构 in four characters or more (联络协调): 组织机构, 工作机构, 监管机构 alone name no organ.
_KIND_LABEL = re.compile("^(?P<qualifier>[\u4e00-\u9fff]{4,12})(?P<kind>机构|機構|机制|機制)[：:]")
#: A 机制 or 机构 is an organ, not a way of working (考核评价机制, 信用监管机制) nor a class of bodies the duties are
#: about (医疗卫生机构, 金融服务机构), where its words say it coordinates or deliberates.
_ORGAN_MECHANISM = re.compile("协调|協調|联席|聯席|联动|聯動|联络|聯絡|议事|議事")
#: What a run-in title of a measure opens its text with: it sets the 机构 or 机制 up (健全工作机制：建立…), no organ's duty.
_SETTING_UP = re.compile("^(?:建立|健全|完善|构建|構建|形成|成立|组建|組建|设立|設立|明确|明確)")
#: Words opening a measure's run-in title, not an organ's name (建立联络协调机构：, 健全联席会议机制：).
_TITLE_VERB = re.compile("^(?:建立|健全|完善|构建|構建|成立|组建|組建|设立|設立|加强|加強|强化|強化|明确|明確|落实|落實)")


def kind_label_units(text: str) -> list[Item] | None:
    """The units of a duty labelled by an organ named by its kind (``联络协调机构：按照…，建立…；制定…``), or None.

    A label paragraph among labelled siblings whose labels are units (``（一）试点工作小组：…``, ``（三）项目专班：…``)
    names a pilot's or campaign's organ by what it is (…机构 or …机制 where its words say it coordinates or deliberates),
    a duty after its colon. Read as :func:`zygraph.sentences.duties.headed_duty_units` reads a unit's label: the organ
    is responsible (support where its duty opens with 配合); no other 机构 word of the text becomes a unit. A run-in
    title setting such a body up (``建立联络协调机构：…``, ``考核评价机制：建立…``) is none.

    Examples
    --------
    >>> [(i.text, i.role) for i in kind_label_units("联络协调机构：按照试点要求，建立联络制度；制定工作规则。")]
    [('联络协调机构', 'responsible')]
    >>> [(i.text, i.role) for i in kind_label_units("区联席会议机制：配合市场监管部门研究办法。")]
    [('区联席会议机制', 'support')]
    >>> kind_label_units("考核评价机制：建立考核制度。"), kind_label_units("组织机构：成立领导小组。")
    (None, None)
    >>> kind_label_units("信用监管机制：实行分级监管。"), kind_label_units("医疗卫生机构：做好救治。")
    (None, None)
    >>> kind_label_units("建立联络协调机构：明确职责。"), kind_label_units("联络协调机构：完善联络制度。") is None
    (None, False)
    """
    text = text.strip()
    found = _KIND_LABEL.match(text)
    if found is None or _TITLE_VERB.match(text) or role_holders(text[: found.end() - 1]):
        return None
    name, rest = text[: found.end() - 1], text[found.end():].strip()
    if not _ORGAN_MECHANISM.search(found.group("qualifier")) or (found.group("kind") in ("机制", "機制")
                                                                  and _SETTING_UP.match(rest)):
        return None
    if not rest.strip("。；; "):
        return None
    return headed_duty_units(text, lambda other: other == name)
