"""A speaker's requirements run on sentence by sentence after a lead-in: one task a sentence naming units."""

from __future__ import annotations

import re

from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.people import cadres, personal_name
from zygraph.names.unitlist import split_units
from zygraph.sentences.emphasised_duties import emphasised_subject
from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import Item
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.running_requirements import TOPIC_WORD, by_subject, concerned, linked_start, matter_requirement, on_matter
from zygraph.sentences.shared_requirements import is_shared, shared_task
from zygraph.sentences.speakers import BASIS, DOCUMENT_SPEAKER
from zygraph.sentences.decisions import CLAUSE_END, FEWEST_REQUIREMENTS, REQUIREMENT_LEAD_IN, from_first_requirement

__all__ = ["required_sentences"]


#: The departments a matter concerns, named so alone: 有关部门, 相关单位 (no 各, no area: not everyone).
_CONCERNED = re.compile("^(?:有关|相关|有關|相關)(?:部门|单位|部門|單位)$")
#: A unit, then a clause of time, then its 要: 办公室在修改《报告》过程中，要… (the unit is still the subject).
_SETTING_BEFORE_MODAL = re.compile("^(?P<units>[^，,。；;：:“”《》在]{2,20}?)在[^，,。；;]{2,40}?"
                                   "(?:过程中|期间|工作中|中|时|后)[，,]\\s*(?=要(?!求))")
#: The subject of a requirement before its 要, as a whole: 各战线领导及相关部门负责人要… (people by their post).
_PEOPLE_REQUIRED = re.compile("^(?P<people>[^，,。；;：:]{2,30}?)要(?!求)")


def required_sentences(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """A speaker's requirements run on sentence by sentence after the words reporting them, one task a sentence
    naming its units; or None.

    ``王华指出，要做细…。要重视粮食安全。…很重要。A要主动与B对接，…。B要协调落实…。``: after the first lead-in
    of a speaker or a meeting (``王华指出，`` ``会议要求，``; not a document's ``《方案》要求``), each sentence (or
    ；-clause) whose subject is units before 要 (:func:`zygraph.sentences.modal_duties.modal_subject_units`) is a task from its units,
    responsible. The subject may follow what others did (``各部门提出了意见，A要认真梳理``) or stand before a clause of
    time (``办公室在修改报告过程中，要…``); a later lead-in (``梁庆民强调，``) is no part of its sentence. A sentence
    with no subject of its own goes on the task before it, and before the first task leads in to them. Units in
    general (``各级各部门要…``) and people by their post (``各战线领导及相关部门负责人要…``) are no units: such a
    sentence is a requirement of everyone, no task, and what follows it is not the task before. The departments
    concerned (``有关部门``, ``相关单位``: no 各, no area), after a unit named in full was given its requirement, are
    the ones the matter concerns: a task of theirs. A second subject inside a sentence (``A要…，及时…，B要…``) opens a
    task of its own, a word linking a requirement to those before (``同时，A要…``) is part of its text, and a sentence
    opening with the matter it is on (``关于…工作，X要求，涉及单位要…``) is a task from the matter
    (:mod:`zygraph.sentences.running_requirements`). A clause putting a word of emphasis for its 要 (``畜牧部门重点抓好…``,
    :mod:`zygraph.sentences.emphasised_duties`) names its subject too, and a sentence whose subjects share one work by duty
    words (``A要扛起主体责任，B要发挥牵头抓总作用，C要齐心协力，…``, :mod:`zygraph.sentences.shared_requirements`) is one task
    with their roles, which divides the work on its own. None unless two sentences name units, or the requirements open with the
    matter they are on (``会议要求，对于秋季开学工作，教育部门要…``): then one is a task, its matter kept where it opens
    the sentence, and the units the matter concerns (``各有关单位``) are its units.

    Examples
    --------
    >>> text = ("县长指出，要做细巩固成果工作。要重视粮食安全。各乡镇（街道）、部门要主动与县自然资源局对接，弄清需求。"
    ...         "县自然资源局要协调落实好方案。要用心。")
    >>> [(task[:6], [(i.text, i.role) for i in items]) for task, items in required_sentences(text)]
    [('各乡镇（街道', [('各乡镇（街道）、部门', 'responsible')]), ('县自然资源局', [('县自然资源局', 'responsible')])]
    >>> text = ("县长指出，各部门提出了意见，县政府办公室要认真梳理。县长强调，各战线领导及相关部门负责人要认真核对。"
    ...         "办公室在修改报告过程中，要客观反映成果。要用实在的语言。")
    >>> [(task, [i.text for i in items]) for task, items in required_sentences(text)]
    [('县政府办公室要认真梳理。', ['县政府办公室']), ('办公室在修改报告过程中，要客观反映成果。要用实在的语言。', ['办公室'])]
    >>> text = "县长要求，县林草部门要统筹好限采工作。有关部门要各司其职，推进水库项目。"
    >>> [[i.text for i in items] for _, items in required_sentences(text)]
    [['县林草部门'], ['有关部门']]
    >>> text = "会议要求：一是要认清形势。同时，执法部门要加大执法，各乡镇、部门务必要压实责任。"
    >>> [(task, [i.text for i in items]) for task, items in required_sentences(text)]
    [('同时，执法部门要加大执法，', ['执法部门']), ('各乡镇、部门务必要压实责任。', ['各乡镇、部门'])]
    >>> text = "会议要求，针对疫情防控工作，要严格做好防控。各有关单位要充分发挥作用，做好疫苗接种等工作。"
    >>> [(task[:7], [i.text for i in items]) for task, items in required_sentences(text)]
    [('各有关单位要充', ['各有关单位'])]
    >>> required_sentences("县长要求，有关部门要各司其职。县林草部门要统筹好限采工作。") is None  # a call on everyone first
    True
    >>> required_sentences("会议要求，各级各部门要高度重视。县财政局要保障经费。") is None  # one sentence naming units
    True
    >>> required_sentences("《方案》要求，县发改局要做好规划。县财政局要保障经费。") is None  # a document's words
    True
    >>> required_sentences("根据任务要求，县发改局要做好规划。县财政局要保障经费。") is None  # a basis, no speaker
    True
    """
    for found in REQUIREMENT_LEAD_IN.finditer(text):
        if not DOCUMENT_SPEAKER.search(found.group("speaker")) and not BASIS.match(found.group("speaker")):
            topic = on_matter(text[found.end():])  # 会议要求，对于X工作，A要…: one requirement on a matter is a task
            tasks = _required_sentences(text[found.end():], known, topic)
            if topic:  # the units carry the matter's word, for the finding saying so
                tasks = [(task, [Item(i.text, i.role, TOPIC_WORD) for i in items]) for task, items in tasks]
            divided = len(tasks) >= FEWEST_REQUIREMENTS or any(is_shared(items) for _, items in tasks)
            return tasks if tasks and (divided or topic) else None
    return None


def _required_sentences(text: str, known=None, topic: bool = False) -> list[tuple[str, list[Item]]]:
    """The sentences after a speaker's lead-in naming units as their subject, each with the sentences after it
    that name no subject of their own (:func:`required_sentences`); ``topic`` when they open with their matter."""
    tasks: list[tuple[str, list[Item]]] = []
    going_on = False  # whether a sentence naming no subject goes on the task before it
    for sentence in (part.strip() for part in CLAUSE_END.split(text) if part.strip("。；;！! ")):
        lead_in = REQUIREMENT_LEAD_IN.match(sentence)  # 梁庆民强调，…: the speaker again, no part of the requirement
        if lead_in and not DOCUMENT_SPEAKER.search(lead_in.group("speaker")):
            sentence = sentence[lead_in.end():]
        matter = matter_requirement(sentence, known)  # 关于…工作，徐声军要求，涉及单位要…: from the matter
        if matter:
            tasks.extend(matter)
            going_on = True
            continue
        shared = shared_task(sentence, known)  # A要扛起主体责任，B要发挥牵头抓总作用，C要齐心协力，…: one task
        if shared:
            tasks.append(shared)
            going_on = True
            continue
        subject = _sentence_subject(sentence, known, topic)
        if subject is None:
            if going_on:
                tasks[-1] = (tasks[-1][0] + sentence, tasks[-1][1])
            continue
        start, items = subject
        if items and all(_CONCERNED.match(item.text) for item in items) and not tasks and not topic:
            items = []  # 有关部门要…, before any unit named in full: a call on everyone
        if items:  # 县财政局要…，县自然资源局要…: a second subject in the sentence has its own task
            tasks.extend(by_subject(sentence[start:], items, known))
        going_on = bool(items)
    return tasks


def _sentence_subject(sentence: str, known=None, topic: bool = False) -> tuple[int, list[Item]] | None:
    """Where the requirement in ``sentence`` starts and its units (``[]`` for a subject that names none: units in
    general, people by their post), or None when the sentence has no subject of its own before 要. On a matter
    (``topic``), the units it concerns (各有关单位) are its units."""
    people = _PEOPLE_REQUIRED.match(sentence)
    if people and cadres(people.group("people")):
        return 0, []  # 各战线领导及相关部门负责人要…: people, no unit
    opens = len(sentence) - len(from_first_requirement(sentence))
    items = modal_subject_units(sentence[opens:], known, opening=True)
    start = linked_start(sentence, opens)  # 同时，A要…: the link is part of the requirement as written
    if items is None and not topic:  # 畜牧部门重点抓好…: no 要, a word of emphasis before the work
        emphasised = emphasised_subject(sentence, known)
        if emphasised:
            return 0, emphasised
    if items is None:
        setting = _SETTING_BEFORE_MODAL.match(sentence)  # 办公室在修改报告过程中，要…
        if setting is None or not looks_like_unit_list(setting.group("units"), known):
            return None
        start, items = 0, [Item(name, "responsible", "要") for name in split_units(setting.group("units"), known)]
    if any(item.word != "要" or personal_name(item.text, known) for item in items):
        return None
    if any(in_general(item.text) and not _CONCERNED.match(item.text) and not (topic and concerned(item.text))
           for item in items):
        return start, []  # 各级各部门要…: a requirement of everyone
    return start, items
