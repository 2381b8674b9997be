"""A meeting's decisions and requirements a report runs sentence by sentence, each naming its units its own way.

A news report of a meeting may give the work after the words reporting the decision or the requirement
(``会议明确，`` ``会议要求，`` ``会议强调，``), one sentence a piece of work, each naming its units in the way that
suits it: the work, then its units with role verbs (``X工作由A牵头负责，B配合，C、D具体落实。``), the units as the
subject before a modal verb, after a condition or a topic (``符合条件的，A、B应及时…``, ``…，C将全程跟踪``), a unit
acting inside a clause with 由 (``X方面，要落实…，每日由A负责统计…``), or the units opening the sentence before their
deadline or their matter (``A 7月15日前建立…``, ``各县区对整改工作要…``). Each sentence naming units so is a task
from where it starts after its lead-in, a topic kept; a sentence with no units of its own goes on the task before it.
Units in general (``各级各部门务必…``) and units named elsewhere (``各牵头单位``) are a call on everyone, no task,
and a sentence reporting work done names none. Read only where two sentences at least name units, after a lead-in of
a meeting or a leader (:data:`zygraph.sentences.speakers.SPEAKS`), not a document's words nor a basis (``根据…要求，``).
"""

from __future__ import annotations

import re

from zygraph.sentences.decisions import REQUIREMENTS_SAID, SPEAKER
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general, role_holders
from zygraph.sentences.finished import reports_finished
from zygraph.sentences.grammar import SENTENCE_AFTER, Item
from zygraph.names.people import cadres, personal_name
from zygraph.sentences.running_requirements import MEETING_REPORTED
from zygraph.sentences.speakers import BASIS, SPEAKS
from zygraph.sentences.statements import clause_units
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["reported_sentences", "REPORTED_WORD"]

#: The words reporting a meeting's or a leader's decision or requirement, opening a sentence: 会议明确，, 县长强调：.
_LEAD_IN = re.compile(f"^\\s*{SPEAKER}(?:{REQUIREMENTS_SAID})[，,：:]\\s*")
#: What a sentence its units only open must say to give them work: a modal, a role verb or a deadline (县住建局8月底前
#: 建立…); a report's account (县教育局今年投入资金…) says none.
_WORK_SAID = re.compile("要|应|将|须|务必|负责|牵头|[日月底]前")
#: How many sentences must name units: one alone is often a report's aside.
_FEWEST = 2
#: The word the units of a sentence's subject carry when it names no verb of its own, for the role finding.
REPORTED_WORD = "会议报道句"


def reported_sentences(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The sentences after a meeting's or a leader's lead-in that name their units, one task each: [(task, units)],
    or None.

    Examples
    --------
    >>> text = ("会议明确，道路整治工作由县交通局牵头负责，县财政局配合，各乡镇具体落实。"
    ...         "河道清理工作由县水利局牵头负责，其他相关单位配合。")
    >>> [(task[:6], [(i.text, i.role) for i in items]) for task, items in reported_sentences(text)]
    [('道路整治工作', [('县交通局', 'lead'), ('县财政局', 'support'), ('各乡镇', 'responsible')]), \
('河道清理工作', [('县水利局', 'lead'), ('其他相关单位', 'support')])]
    >>> text = ("县长强调，各级各部门务必高度重视。符合申报条件的，县民政局、各街道应及时审核。要加强宣传。"
    ...         "全面压实责任，县审计局将跟踪审计。")
    >>> [(task, [i.text for i in items]) for task, items in reported_sentences(text)]
    [('符合申报条件的，县民政局、各街道应及时审核。要加强宣传。', ['县民政局', '各街道']), ('全面压实责任，县审计局将跟踪审计。', ['县审计局'])]
    >>> reported_sentences("会议要求，县民政局应及时审核。要加强宣传。") is None  # one sentence naming units
    True
    >>> reported_sentences("《方案》要求，县民政局应及时审核。县审计局将跟踪审计。") is None  # a document's words
    True
    >>> reported_sentences("根据省领导同志要求，县民政局应及时审核。县审计局将跟踪审计。") is None  # a basis
    True
    """
    tasks: list[tuple[str, list[Item]]] = []
    heard = going_on = False  # heard: after a lead-in of a meeting or a leader
    for sentence in (part.strip() for part in SENTENCE_AFTER.split(text) if part.strip("。！! ")):
        lead_in = _LEAD_IN.match(sentence)
        if lead_in is not None:
            speaker = lead_in.group("speaker")  # 会议明确，; not 根据…领导同志要求，(what the work follows)
            heard = SPEAKS.search(speaker) is not None and BASIS.match(speaker) is None
            sentence = sentence[lead_in.end():]
            going_on = False
        if not heard:
            continue
        items = reported_units(sentence, known)
        if items:
            tasks.append((sentence, items))
        elif going_on and items is None:
            tasks[-1] = (tasks[-1][0] + sentence, tasks[-1][1])
        going_on = bool(items) or (going_on and items is None)
    return tasks if len(tasks) >= _FEWEST else None


def reported_units(sentence: str, known=None) -> list[Item] | None:
    """The units one reported sentence names (:func:`reported_sentences`): ``[]`` for units in general or named
    elsewhere and for work reported done, None for a sentence with no units of its own.

    >>> [(i.text, i.role) for i in reported_units("X方面，要落实日报制，每日由县农业局负责统计数据。")]
    [('县农业局', 'responsible')]
    >>> [(i.text, i.role) for i in reported_units("各区县对整改工作要提高站位，全力整改。")]
    [('各区县', 'responsible')]
    >>> [i.text for i in reported_units("县住建局8月底前建立巡查制度，细化工作流程。")]
    ['县住建局']
    >>> reported_units("各级各部门务必严格履职。"), reported_units("要加强宣传。")
    ([], None)
    >>> reported_units("县住建局已建立巡查制度。"), reported_units("副县长张三主持会议。")
    ([], [])
    >>> reported_units("县教育局今年投入资金5000万元。")  # an account, no work given
    []
    """
    if MEETING_REPORTED.search(sentence):
        return []  # 县委常委、副县长张三出席会议: who attended or chaired the meeting
    items = clause_units(sentence, known) or modal_subject_units(sentence, known)
    opened = not items and _opening_subject(sentence, known)
    items = items or opened
    if not items:
        return None
    if reports_finished(sentence) or (opened and not _WORK_SAID.search(sentence)):
        return []  # 县住建局已建立…, 县教育局今年投入资金…: what was done or spent, no work given
    if all(item.role not in ("lead", "responsible") or in_general(item.text) or role_holders(item.text)
           for item in items):
        return []  # 各级各部门务必…: a call on everyone
    if any(personal_name(item.text, known) or cadres(item.text) for item in items if item.role != "person"):
        return []  # 各村干部…: people by their post
    return items


def _opening_subject(sentence: str, known=None) -> list[Item] | None:
    """The units opening ``sentence`` as the subject of its first clause (``A 7月15日前建立…``, ``A对…要…``,
    :func:`zygraph.sentences.subject_units.duty_subject_units`), responsible; or None."""
    items = duty_subject_units(sentence, known)
    if not items or any(item.role != "responsible" for item in items):
        return None
    return [Item(item.text, item.role, item.word or REPORTED_WORD) for item in items]
