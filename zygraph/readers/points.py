"""A leader's numbered points, as news of an inspection or an on-site office reports them: the units opening each.

A report of a leader's visit quotes the points they made after the words that report them, one a line::

    针对现场存在的问题，甄贵福指出：
    1、依法取缔城区内活禽宰杀经营。
    2、商务局抓紧推进紫玉街市场改造提升，同时加强日常管理。
    3、住建局、城管大队加强对流动商贩的日常巡查监管。

No label, bracket or role word names a unit: a point opening with units and a verb (``商务局抓紧推进…``) gives
them the work, responsible, as do units after the point's run-in title (``要强化督查。A、B要对…``) or
after the approval of a plan they carry out (``原则同意该《方案》，A要修改完善后印发实施``); a point opening
with none (``依法取缔…``) or with what the work is on (``商贸城垃圾中转站及公厕项目要加快推进``) names no unit.
A meeting's numbered decisions (``会议确定：`` / ``1、…``) are read so too.
"""

from __future__ import annotations

import re

from zygraph.sentences.decisions import REQUIREMENTS_SAID
from zygraph.sentences.everyone import refers_elsewhere
from zygraph.sentences.grammar import Item
from zygraph.readers.lines import TASK
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["speaker_lead_in", "point_units", "has_speech_points"]

#: The words reporting a leader's points, closing their line with a colon: 针对现场存在的问题，甄贵福指出：,
#: 县长强调：, 他要求：, or a meeting's decisions: 会议确定：; also after a sentence or a title run on before them
#: (…（征求意见稿）》会议确定：), as a copy losing its line breaks runs them. The speaker is a short phrase after any clause of time or purpose.
_LEAD_IN = re.compile(f"(?:^|[，,。；;》”\\s])[^，,。；;：:]{{1,12}}?(?:{REQUIREMENTS_SAID})[：:]\\s*$")
#: What a point's units do first: a verb of work (抓紧推进, 加强, 负责), or a modal verb (要).
_VERB = re.compile("^(?:要|须|应|将|抓紧|加快|加强|尽快|立即|切实|全力|认真|继续|进一步|负责|牵头|做好|抓好|开展|推进|落实|"
                   "组织|完善|建立|督促|指导|对|在|按照|依法|严格|及时)")
#: What a point may open with before the units that do it: a run-in title (要强化督查。) or the approval of a
#: document the units are to carry out (原则同意该《方案》，政府办公室要…).
_POINT_LEAD = re.compile("^(?:[^，,。；;：:]{2,20}。|(?:原则)?(?:同意|通过|批准)[^，,。；;：:]{1,40}[，,])")
#: Points with units a run under a speaker's words must hold to be read so: one alone may be a subject by chance.
_FEWEST_POINTS = 2


def speaker_lead_in(line: str) -> bool:
    """True when ``line`` is the words reporting a leader's points, ending in a colon (``…，甄贵福指出：``).

    Examples
    --------
    >>> speaker_lead_in("针对现场存在的问题，甄贵福指出："), speaker_lead_in("县长强调：")
    (True, True)
    >>> speaker_lead_in("会议听取了：关于《方案》 会议确定："), speaker_lead_in("会议听取了：关于《方案》会议确定：")
    (True, True)
    >>> speaker_lead_in("现将有关事项通知如下："), speaker_lead_in("甄贵福指出，要加强管理。")
    (False, False)
    """
    return _LEAD_IN.search(line.strip()) is not None


def point_units(text: str, known=None) -> list[Item] | None:
    """The units a leader's point opens with, before a verb of work (``A、B加强…``), or None.

    Examples
    --------
    >>> [(i.text, i.role) for i in point_units("住建局、城管大队加强对流动商贩的日常巡查监管。")]
    [('住建局', 'responsible'), ('城管大队', 'responsible')]
    >>> point_units("商贸城垃圾中转站及公厕项目要加快推进。"), point_units("依法取缔活禽宰杀经营。")
    (None, None)
    >>> point_units("各部门要加强配合。") is None
    True
    >>> [i.text for i in point_units("要强化督查。区委督委办、区政府督查室要对落实情况实行调度。")]
    ['区委督委办', '区政府督查室']
    >>> [i.text for i in point_units("原则同意该《方案》，政府办公室要修改完善后印发实施。")]
    ['政府办公室']
    >>> point_units("要抓到实处。要坚持目标引领，牵头领导带头。") is None
    True
    """
    text = text.strip()
    lead = _POINT_LEAD.match(text)
    if lead and not _opening_units(text, known):
        text = text[lead.end():]  # 要强化督查。A、B要对…: the units after the point's title
    return _opening_units(text, known)


def _opening_units(text: str, known=None) -> list[Item] | None:
    """The units opening ``text`` before a verb of work, not units in general (各部门), or None."""
    items = duty_subject_units(text, known)
    if not items or any(refers_elsewhere(item.text) for item in items) or not text.startswith(items[0].text):
        return None
    end = text.find(items[-1].text) + len(items[-1].text)
    return items if _VERB.match(text[end:].lstrip("，, ")) else None


def has_speech_points(lines: list[str], known=None) -> bool:
    """True when numbered lines after a speaker's words (:func:`speaker_lead_in`) hold two points or more
    opening with their units (:func:`point_units`): a report of a leader's points.

    Examples
    --------
    >>> has_speech_points(["甄贵福指出：", "1、依法取缔。", "2、商务局抓紧推进。", "3、住建局加强监管。"])
    True
    >>> has_speech_points(["1、依法取缔。", "2、商务局抓紧推进。", "3、住建局加强监管。"])
    False
    """
    named, after = 0, False
    for line in (line.strip() for line in lines):
        number = TASK.match(line)
        if number is None:
            after = speaker_lead_in(line) if line else after
            continue
        named += after and point_units(line[number.end():], known) is not None
    return named >= _FEWEST_POINTS
