"""The unit a heading of duties names before the word for them: （七）卫生部门职责、任务, （一）各乡镇工作责任."""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general, refers_elsewhere, with_roles_held_in_a_field
from zygraph.sentences.grammar import SENTENCE_MARK
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["duties_of_heading"]

_MEMBERS = ("成员单位", "成員單位")  # a body's members, a collective of the units named below
#: The word for a unit's duties closing a heading that names it: 卫生部门职责、任务, 县教育局的主要职责和任务, 工作职责,
#: or its tasks alone: 县公安局主要工作任务, 县交通局工作任务; or its 责任 after 工作 (各县区政府工作责任; not 主体责任).
_DUTIES_TITLE = re.compile("(?P<paired>及其?)?(?:的)?(?P<common>共同)?(?:(?:主要|工作|具体)*(?:(?:职责|職責)(?:[、和及与與]?(?:任务|任務))?"
                           "|任务|任務)|(?:主要|具体)?工作(?:责任|責任))$")
#: The body a notice sets up to run its work, named bare: (二)领导小组主要职责 under 一、组织领导 says what that
#: body is for, beside its members (组成人员) and its office (领导小组办公室), not a department's share of the work.
#: A bare 办公室职责 is an office as written (局办公室 beside 信息中心职责); under 领导小组及其办公室职责, the group's (readers.groupoffice).
_OWN_BODY = re.compile("^(?:工作)?(?:领导小组|領導小組|指挥部|指揮部|工作小组|工作组|工作組|专班|專班|委员会|委員會)"
                       "(?:办公室|辦公室)?$")


def duties_of_heading(text: str, known=None) -> str | None:
    """The unit a heading names before the word for its duties (``卫生部门职责、任务``, ``县教育局主要职责``), or None.

    A duty list under such a heading gives the unit the duties below it, as a heading naming the unit alone
    does. A collective of units named elsewhere (``各成员单位职责``, ``有关部门职责``) is no unit of its own:
    the duties below it name their own units; a collective of one level's bodies (``各乡镇工作责任``,
    ``各县（区）政府职责``) names who does them, as any unit does; nor is the body the notice sets up, named bare
    (``领导小组主要职责`` beside ``领导小组组成人员``): its duties say what that body is for; unless a part pairs the body
    with its duties
    (``一、领导小组及职责``): the notice then divides its work between that body and others, each a part of its own.
    Whoever holds a role in a field (``政府信息公开责任处室及其职责``) is named by the headings below it.

    Examples
    --------
    >>> duties_of_heading("卫生部门职责、任务"), duties_of_heading("县教育局的主要职责和任务"), duties_of_heading("各乡镇工作责任")
    ('卫生部门', '县教育局', '各乡镇')
    >>> duties_of_heading("县公安局主要工作任务："), duties_of_heading("主要任务"), duties_of_heading("重点任务")
    ('县公安局', None, None)
    >>> duties_of_heading("各成员单位职责"), duties_of_heading("部门职责"), duties_of_heading("卫生部门")
    (None, None, None)
    >>> duties_of_heading("市有关部门工作责任"), duties_of_heading("落实工作责任"), duties_of_heading("企业主体责任")
    (None, None, None)
    >>> duties_of_heading("各成员单位共同职责")  # the duties every member shares: the collective's own
    '各成员单位'
    >>> duties_of_heading("镇防汛抗旱应急成员单位的主要职责") is None
    True
    >>> duties_of_heading("领导小组主要职责"), duties_of_heading("县防汛指挥部职责")
    (None, '县防汛指挥部')
    >>> duties_of_heading("领导小组及职责"), duties_of_heading("办公室职责"), duties_of_heading("政府信息公开责任处室及其职责")
    ('领导小组', '办公室', None)
    >>> duties_of_heading("A局为总协调机构。负责督促落实各责任部门的工作职责")  # a sentence, not a heading
    """
    text = text.strip().rstrip("。：:")
    found = _DUTIES_TITLE.search(text)
    if found is None or not found.start():
        return None
    units = text[: found.start()]
    # （一）A和B为…机构。负责…督促落实各责任部门的工作职责: a run-in sentence ending so names no heading's unit
    # 各成员单位共同职责: the duties every member shares, the collective's own (各成员单位职责 lists each member's);
    # 镇防汛抗旱应急成员单位的主要职责: a body's members, each named with its duties below, no unit of their own
    common, paired = found.group("common"), found.group("paired")
    # 一、领导小组及职责: the body and its duties, a part of its own; 责任处室及其职责: whoever holds the role, named below
    if ((_elsewhere(units) or units.endswith(_MEMBERS)) and not common) or (_OWN_BODY.match(units) and not paired) \
            or SENTENCE_MARK.search(units) or not looks_like_unit_list(units, known) \
            or with_roles_held_in_a_field()(units):
        return None
    return units


def _elsewhere(units: str) -> bool:
    """True when ``units`` point to units named elsewhere (该局, 各成员单位, 有关部门), not a collective of one level's
    bodies (各乡镇, 各县（区）政府: :func:`zygraph.sentences.everyone.in_general`), which names who acts."""
    return in_general(units) or (refers_elsewhere(units) and not units.startswith("各"))
