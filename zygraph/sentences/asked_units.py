"""Units a clause asks to act with 请 (请A派出…), and units it puts in touch with a unit that helps them (A可与B联系)."""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general, refers_elsewhere, role_holders, with_roles_held_in_a_field
from zygraph.sentences.grammar import Item
from zygraph.sentences.role_words import LABELS, role_of
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["asked_units", "contacting_units", "attending_units"]

#: A role label inside a name: 各牵头单位, 各责任单位 refer to the units a notice names elsewhere.
#: (主管部门 is a label too, but also a kind of body: 行业主管部门 names one.)
_LABEL_NAME = re.compile("|".join(sorted((label for label in LABELS if not label.startswith("主管")), key=len,
                                         reverse=True)))
#: The verbs after the units a notice asks to do the work with 请: 请A派出记者…, 请A按会议讨论意见修改完善…, 请A于3月底前…, 请A落实…,
#: 请A将回执报送… (将乐县, 将军: names, no verb).
#: 派出所 is a unit's name, never the verb 派出.
_ASKED_VERB = re.compile("按照|按|根据|依据|结合|抓紧|尽快|进一步|作|做|牵头|负责|会同|派出(?!所)|派(?![出驻])|安排|组织|协助|配合"
                         "|督促|落实|于|在|将(?![乐樂军軍])")
#: 请 asking a unit: not 请示 (to ask a superior for instructions), 请求, 请假, 请教 (the notice's own asking).
_ASKING = re.compile("^请(?![示求假教])")
#: Verbs the units are asked with that give their role: 请A牵头 (lead), 请A配合, 请A协助 (support), 请A负责.
_ROLE_ASKED = ("牵头", "配合", "协助", "负责")
#: The units asked, written in a bracket after the words for what they are: 请该绿化点的九个责任区牵头单位（A、B…）派….
_DESCRIBED_IN_BRACKET = re.compile("^(?P<words>[^（(]{0,30}?(?:单位|部门|單位|部門))[（(](?P<units>[^（()）]{2,200})[）)]$")
#: Words putting a clause's subject in touch with a unit that helps it: 保洁责任单位可与县环卫大队联系.
#: Units a meeting notice names by their part in the meeting, where they sit or what they attend (在主会场参会的单位,
#: 出席会议的单位): the units it asks to reply, each a body by what it does there, its name as written.
_ATTENDING = re.compile("^(?:各)?(?:在[^，,。；;：:的、]{1,12})?(?:参会|參會|参加|參加|出席|列席)[^，,。；;：:的、]{0,12}的"
                        "(?:单位|部门|單位|部門)$")
_IN_TOUCH = re.compile("(?:可以?|要|应|须)?(?:与|向|同)[^，,。；;：:]{2,40}?(?:联系|联络|申请|求助)")
_IN_TOUCH_LONGEST_SUBJECT = 40  # how far the units before the words may run


def asked_units(clause: str, known=None) -> list[Item] | None:
    """The units a clause asks to do its work with 请 (``请县广播电视台派出记者做好采访报道工作``), or None.

    A notice asks the units it has no authority over, or the bodies it hands a part of the work to, as a
    request: the units asked answer for their item (responsible), or take the role of the verb they are asked
    with (``请A牵头``: lead; ``请A配合``, ``请A协助``: support). 请示, 请求, 请假 and 请教 ask no unit (``请示县政府…``:
    the notice asks its superior). Where they are written in a bracket after
    the words for what they are (``请该绿化点的九个责任区牵头单位（A、B）派负责人…``), those words give their role
    (牵头单位: lead); a role holder named alone (``请各责任单位…``, :func:`zygraph.sentences.everyone.role_holders`) refers
    to units named elsewhere, one held in a field (``请保洁责任单位…``) is a collective asked, and units in
    general (``请各有关单位…``) are everyone asked, no unit named.

    Examples
    --------
    >>> [(i.text, i.role) for i in asked_units("请县作风办和县创卫办派出工作人员进行督查")]
    [('县作风办', 'responsible'), ('县创卫办', 'responsible')]
    >>> [(i.text, i.role) for i in asked_units("请该点的两个牵头单位（县委办、县林业局）派负责人1名")]
    [('县委办', 'lead'), ('县林业局', 'lead')]
    >>> asked_units("请各责任单位于3月底前报送"), asked_units("请镇派出所加强巡逻"), asked_units("请大家注意安全")
    (None, None, None)
    >>> asked_units("请各有关单位按照职责做好准备") is None
    True
    >>> [i.text for i in asked_units("请在分会场参会的单位将回执报送县政府办")]  # units by their part in a meeting
    ['在分会场参会的单位']
    >>> [(i.text, i.role) for i in asked_units("请县公安局配合做好交通疏导")], asked_units("请示县政府按程序办理")
    ([('县公安局', 'support')], None)
    """
    clause = clause.strip()
    if not _ASKING.match(clause):
        return None  # 请示县政府…, 请求市政府协助…: the notice asks, no unit is asked
    for verb in _ASKED_VERB.finditer(clause, 3):
        units = clause[1 : verb.start()]
        by_verb = verb.group(0) in _ROLE_ASKED  # 请A配合…: the word, for the role finding, says so (请…配合)
        role, word = (role_of(verb.group(0)), f"请…{verb.group(0)}") if by_verb else ("responsible", "请")
        described = _DESCRIBED_IN_BRACKET.match(units)
        if described is not None:
            label = _LABEL_NAME.search(described.group("words"))
            units, role = described.group("units"), role_of(label.group(0)) if label else role
            word = "请" if label else word
        elif role_holders(units):
            return None  # 请各责任单位…: the units a notice names elsewhere
        if attending_units(units):  # 请在主会场参会的单位将…: the units asked, by their part in the meeting
            return [Item(units, role, word)]
        if looks_like_unit_list(units, with_roles_held_in_a_field(known)):
            names = split_units(units, known)
            # 请各有关单位按照职责做好准备: asked of everyone, the notice names no unit
            return None if any(in_general(name) for name in names) else [Item(name, role, word) for name in names]
    return None


def contacting_units(clause: str, known=None) -> list[Item] | None:
    """The units a clause puts in touch with a unit that helps them (``保洁责任单位可与县环卫大队联系``), or None.

    Read only before a clause giving the help with 由 (``由县环卫大队帮助清除``): the units helped are the subject
    of the work, responsible, and the helper supports them. The subject is read as any unit list is: a name of
    no unit by its form (``施工单位``), units in general (``各单位``) and whoever holds a role (``各责任单位``) are none;
    a role held in a field (``保洁责任单位``) is a collective (:func:`zygraph.sentences.everyone.role_holders`).

    >>> [(i.text, i.role) for i in contacting_units("保洁责任单位可与县环卫大队联系")]
    [('保洁责任单位', 'responsible')]
    >>> contacting_units("要与县环卫大队联系"), contacting_units("各单位可与县环卫大队联系")
    (None, None)
    """
    clause = clause.strip()
    found = _IN_TOUCH.search(clause)
    units = clause[: found.start()] if found else ""
    if len(units) < 2 or len(units) > _IN_TOUCH_LONGEST_SUBJECT or refers_elsewhere(units) or role_holders(units) \
            or not looks_like_unit_list(units, with_roles_held_in_a_field(known)):
        return None
    names = split_units(units, known)
    return None if any(in_general(name) for name in names) else [Item(name, "responsible", "与…联系") for name in names]


def attending_units(name: str) -> bool:
    """True when ``name`` names units by their part in a meeting, where they sit or what they attend, with 的
    (``在主会场参会的单位``, ``出席会议的部门``): the units a meeting notice asks to reply, a body as written.

    >>> attending_units("在主会场参会的单位"), attending_units("出席培训班的部门"), attending_units("参会人员")
    (True, True, False)
    """
    return _ATTENDING.match(name) is not None
