"""Work a report says a meeting or a leader gave to units: ``会议明确，由A牵头，B、C负责，…``.

A news report of a meeting says who does the work after the words that report the decision
(``会议明确，`` ``会议确定，`` ``县长要求，``), often after a clause saying what the work is for
(``为顺利完成…目标任务，曲道凯要求，由A牵头，B配合，在9月底前完成…``). The lead-in is no part of the task:
the task starts at its ``由``. The leader put in charge may be named by a bare name (``由马娜牵头，A、B负责``):
a person, not a unit (:func:`zygraph.names.people.personal_name`); the units after them carry the work.
A leader's requirement may instead name its units as the subject of a clause inside it, before 要
(``在听取完A汇报后，县长要求：要抓住…，A、B等部门要分工协作，做好…``): the task is the requirement, after its lead-in.
A speaker closing a meeting may give each unit its own requirement, the unit right after the verb of requiring
(``他希望A以自身为主，…；他要求B利用…；他要求C会同D、E等职能单位开展…``): one task each, from its unit.
A meeting's requirements may run together in one sentence after the words reporting them, each clause opening
with its units and 要 (``会议要求，A要…；B要…；A要会同C、D对…开展…``): one task a clause, from its units.
A speaker's requirements may run on sentence by sentence, some opening with units and 要, others with none
(``王华指出，要做细…。要重视…。A要主动与B对接，…。B要协调落实…。``): one task a sentence naming units, from its units
(:mod:`zygraph.sentences.required_sentences`).
Minutes may settle specific matters one a numbered item, each opening with its run-in heading
(``1.关于迎复审经费问题。县财政安排县卫计局经费50万元。``, ``…设备配备由A提出具体方案后另行研究确定``): the item is
a task of the body that acts on the matter, the subject of its decision or the one after its 由.
A speech may number its requirements inside a paragraph (``一要细化方案。…二要加快进度。A、B要…。三要…``): each
naming units as the subject of a sentence is a task of them, from after its ordinal.
"""

from __future__ import annotations

import re

from zygraph.names.bodies import Bodies
from zygraph.sentences.clause_requirements import required_with_helpers
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import GENERAL_NAME, in_general, opens_in_general, refers_elsewhere
from zygraph.sentences.grammar import CLAUSE_AFTER, Item, SENTENCE_AFTER, officials
from zygraph.names.verb_manner import HELP_MANNER
from zygraph.sentences.role_words import HELP_VERB
from zygraph.names.numerals import chinese_number
from zygraph.names.people import cadres, personal_name
from zygraph.sentences.speakers import DOCUMENT_SPEAKER, SPEAKS
from zygraph.sentences.statements import clause_units
from zygraph.sentences.subject_units import duty_subject_units, subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["MATTER_WORD", "REQUIREMENTS_SAID", "SPEAKER", "decision_start", "decided_work", "decided_matter", "required_work", "required_of_units", "required_clauses",
           "ordinal_requirements", "ordinals_in_sequence", "CLAUSE_END", "FEWEST_REQUIREMENTS", "REQUIREMENT_LEAD_IN",
           "from_first_requirement"]

#: The words reporting a decision, after a clause of purpose (为…，) and before the 由 that opens the work:
#: 会议明确，由…; 为顺利完成…任务，曲道凯要求，由…. The speaker is a short phrase (会议, 县长, a name).
_DECISION = re.compile("(?:^|(?<=[。；;！!]))\\s*(?:(?:为了|为|根据|按照|围绕)[^。；;：:，,]{2,80}[，,])?"
                       "[^，,。；;：:“”\"]{1,12}?(?:研究决定|明确|确定|决定|议定|商定|要求|强调|指出|提出)[，,：:]\\s*(?=由)")
#: Who speaks a requirement, before the word saying it: a meeting, a leader by name or post, a pronoun (会议, 县长,
#: 他), at most a short phrase with no mark in it.
SPEAKER = "(?P<speaker>[^，,。；;：:“”\"]{1,12}?)"
#: The words reporting a leader's requirement, after a clause of time (在听取…汇报后，) or purpose (为…，):
#: 周建平要求：要…; 县长强调，…. The speaker is a short phrase (会议, 县长, a name).
REQUIREMENT_LEAD_IN = re.compile("(?:^|(?<=[。；;！!]))\\s*(?:(?:在[^。；;：:，,]{2,80}?(?:后|时|上|中)|(?:为了|为|根据|按照|围绕)"
                                 f"[^。；;：:，,]{{2,80}})[，,])?{SPEAKER}(?:要求|强调|指出)[，,：:]\\s*")
#: A speaker requiring a unit by name, the unit right after the verb (no colon): 他要求各区执法大队利用…, 他希望A以…,
#: 王局长要求市支队会同…. The speaker is a pronoun, a name or a post, at most a short phrase.
_REQUIRES_UNIT = re.compile("^\\s*(?P<speaker>[^，,。；;：:“”\"\\s]{1,12}?)(?:要求|希望|责成)(?![，,：:])")
#: How many requirements naming units make a speaker's division of the work: one alone is often a report's aside.
FEWEST_REQUIREMENTS = 2
#: The clauses of a speech: its sentences and the ；-clauses a speaker runs requirements together with.
CLAUSE_END = re.compile("(?<=[。；;！!])")
#: A clause calling on everyone to act (各级各部门要…, …，各级各部门要强化协作): a requirement of no unit.
_CALLS_EVERYONE = re.compile(f"(?:^|[，,]){GENERAL_NAME}(?:都|均|也)?要")
#: A requirement a unit only helps with opens with its verb: 他要求A积极配合B…. Taking part (参加/参与宣传活动) is no
#: help to another: a unit required to take part does its own task, responsible for it.
_HELPS = re.compile(f"(?:{HELP_MANNER})?(?:{HELP_VERB})")
#: The clauses a meeting runs its requirements together with in one sentence: 会议要求，A要…；B要….
_REQUIREMENT_CLAUSE = re.compile("(?<=[；;])")
#: A sentence of a call on all the units opening a meeting's requirements before their clauses (秦胜军要求，赛事组委会成员单位
#: 要抓住关键，…。A要…；B要…): the members of a body named as one (成员单位) or units in general, then 要.
_OPENING_CALL = re.compile(f"^(?:[^，,。；;：:！!]{{0,20}}?(?:成员|成員)(?:单位|單位)|{GENERAL_NAME})(?:都|均|也)?要[^。；;！!]*[。！!]")
#: Partners a unit required to act works with, after its 要 and before what they do together:
#: 区委改革办要会同区委督查室、区政府督查室对…开展督察检查 (the partners support the unit).
_WITH_PARTNERS = re.compile("(?:会同|會同|联合|聯合)(?P<units>[^，,。；;：:对對就在]{2,60}?)(?:等(?:有关|相关)?(?:部门|单位))?"
                            f"(?=(?:对|對|就|在|围绕|圍繞|开展|開展|共同|做好|加强|推进|组织|，|,){VERB_NOT_NAME})")
#: A kind of body a bracket adds beside the kind before it, as a collective names both: 各村（社区）, 各乡镇（街道）.
_KIND_BESIDE = re.compile("[（(](?:社区|街道|居委会|場|场|社區|居委會)[）)]")
#: The words reporting what a speaker, a meeting or a text requires or settles (会议要求, 县长强调, 会议明确, 他表示,
#: 作了分工), in Simplified and Traditional, the one list every reader of requirements and points uses. Each is two
#: characters, so a lookbehind may hold them.
REQUIREMENTS_SAID = ("要求|强调|指出|提出|明确|部署|安排|确定|决定|议定|认为|表示|意见|措施|分工"
                     "|強調|明確|確定|決定|議定|認為|意見")
#: A requirement's ordinal opening a sentence inside a paragraph: 一要, 二要 (the 要 is the requirement's own); it
#: may run on after the words reporting the requirements and their comma or colon (会议要求，一要…, 会议明确：一要…),
#: not after any comma (工作中做到，一要快: no one reports requirements there).
_ORDINAL_REQUIREMENT = re.compile(f"(?:^|(?<=[。！!；;\\s])|(?<=(?:{REQUIREMENTS_SAID})[，,：:]))"
                                  "(?P<ordinal>[一二三四五六七八九十])(?=要)")
#: The word a unit acting on a matter minutes settle carries, for the role and reading findings (议定: settled).
MATTER_WORD = "议定"
#: A specific matter minutes settle, opening with its run-in heading: 关于迎复审工作经费问题。 (议定事项, 具体事项).
_MATTER = re.compile("^关于[^。；;：:]{2,60}?(?:问题|事项|事宜)[。：:]")
#: What the body acting on a matter does, the verb after its name: 县财政安排…经费, 由A提出具体方案, 由A负责解决.
_ACTS = "(?:提出|制定|拟定|制订|安排|拨付|筹措|落实|负责|牵头|组织|承担|办理|研究|协调|解决|审核|编制|实施|抓好|做好)"
#: The body acting on a matter after 由, inside the sentence: 设备配备由迎复审领导小组提出具体方案后另行研究确定.
_MATTER_BY = re.compile(f"由(?P<units>[^，,。；;：:由]{{2,40}}?){_ACTS}(?!的){VERB_NOT_NAME}")
#: The body acting on a matter as the subject of the decision (县财政安排县卫计局经费50万元), or after the meeting's
#: word settling it (会议同意县财政局安排…, 请县交通局负责…). A verb before 的 names a thing, what was done before
#: (原则同意县卫健局提出的方案): no act the matter is given.
_MATTER_SUBJECT = re.compile(f"^(?:会议)?(?:原则)?(?:同意|决定|明确|责成|请)?(?P<units>[^，,。；;：:由]{{2,30}}?){_ACTS}(?!的){VERB_NOT_NAME}")
#: A level and a body's own name with no kind of office, as minutes say the county's finance: 县财政, 市公安.
_LEVEL_BODY = re.compile("^(?:省|市|县|区|州|旗|镇|乡|縣|區|鎮|鄉)(?P<body>[\u4e00-\u9fff]{2,4})$")
#: A leader named by a bare name as the one in charge: 由马娜牵头，.
_PERSON_IN_CHARGE = re.compile("^由(?P<person>[\u4e00-\u9fff]{2,3})(?:牵头|负责|牽頭|負責|挂帅|掛帥)[，,]")


def decision_start(text: str) -> int | None:
    """Where the work starts (at its 由) when ``text`` opens with a decision's lead-in; else None.

    Examples
    --------
    >>> text = "为完成处置任务，县长要求，由县发改局牵头，县自然资源局配合，在9月底前完成供地工作"
    >>> text[decision_start(text):][:8]
    '由县发改局牵头，'
    >>> decision_start("由县发改局牵头，县自然资源局配合") is None, decision_start("会议强调，要抓好落实") is None
    (True, True)
    """
    found = _DECISION.match(text)
    return found.end() if found else None


def decided_work(text: str, known=None) -> tuple[str, list[Item]] | None:
    """The first sentence of ``text`` that reports a decision giving work to units: (its work from 由, units), or None;
    without one, a requirement naming units as its clause's subject (:func:`required_work`) or after a 要求 inside it.

    The units are read as :func:`zygraph.sentences.statements.clause_units` reads ``由A牵头，B配合``; a leader in charge
    named by a bare name is a person (role ``person``), and the units after them are the subject of the work.

    Examples
    --------
    >>> task, items = decided_work("会议听取了汇报。会议明确，由马娜牵头，区收储办、区规划分局负责，及时收集需求。")
    >>> task[:6], [(i.text, i.role) for i in items]
    ('由马娜牵头，', [('马娜', 'person'), ('区收储办', 'responsible'), ('区规划分局', 'responsible')])
    >>> decided_work("会议明确，要加强领导。") is None
    True
    """
    for found in _DECISION.finditer(text):
        work = _first_sentence(text[found.end():])
        person = _PERSON_IN_CHARGE.match(work)
        if person is not None and personal_name(person.group("person"), known):
            items = subject_units(work[person.end():], known)
            items = [Item(person.group("person"), "person", ""), *items] if items else None
        else:
            items = clause_units(work, known)
        if items:
            return work, items
    return required_work(text, known) or required_with_helpers(text, known)  # …，要求A做好…，B配合


def decided_matter(text: str, known=None) -> list[Item] | None:
    """The body acting on a specific matter minutes settle, the matter opening with its run-in heading
    (``关于…问题。``): the units after 由 in its decision (``设备配备由A提出具体方案``), else those opening the
    decision before a verb of acting on it (``县财政安排县卫计局经费``), responsible; or None.

    The body may be named by its level and its own name with no kind of office (``县财政``, a body of
    ``bodies.csv``). Units the decision gives something to (``县卫计局``, funds) have no verb of their own: no units
    of it. A heading alone, a decision naming no body (``原则同意该方案``) or people by their post name none.

    Examples
    --------
    >>> [(i.text, i.role) for i in decided_matter("关于迎复审工作经费问题。县财政安排县卫计局迎复审工作经费50万元。")]
    [('县财政', 'responsible')]
    >>> text = "关于相关单位设备配备问题。相关单位设备配备由创卫工作领导小组提出具体方案后另行研究确定。"
    >>> [(i.text, i.role) for i in decided_matter(text)]
    [('创卫工作领导小组', 'responsible')]
    >>> [i.text for i in decided_matter("关于道路维修问题。会议同意县交通局安排维修经费。")]
    ['县交通局']
    >>> decided_matter("关于工作经费问题。原则同意该方案。"), decided_matter("县财政安排县卫计局经费50万元。")
    (None, None)
    >>> decided_matter("关于创卫方案问题。原则同意县卫健局提出的方案。") is None  # what the bureau did before
    True
    """
    heading = _MATTER.match(text.strip())
    if heading is None:
        return None
    decision = _first_sentence(text.strip()[heading.end():])
    found = _MATTER_BY.search(decision) or _MATTER_SUBJECT.match(decision)
    if found is None:
        return None
    units = found.group("units")
    if looks_like_unit_list(units, known) and not cadres(units) and not officials(units, known):
        names = split_units(units, known)
    elif (body := _LEVEL_BODY.match(units)) and body.group("body") in Bodies.bundled():
        names = [units]  # 县财政: the county's finance
    else:
        return None
    if any(in_general(name) or personal_name(name, known) for name in names):
        return None  # 由有关部门研究解决: units in general
    return [Item(name, "responsible", MATTER_WORD) for name in names]


def required_work(text: str, known=None) -> tuple[str, list[Item]] | None:
    """The first requirement a report quotes whose clause names units as its subject before 要: (the requirement
    after its lead-in, units), or None. The units are responsible. A document's words (《方案》指出，) are not
    such a report, and subjects in general (有关部门, 各单位) name no units.

    Examples
    --------
    >>> task, items = required_work("在听取完县水务局汇报后，县长要求：要抓住机遇，县水务局、县住建局等部门要分工协作，做好争取工作。")
    >>> task[:5], [(i.text, i.role) for i in items]
    ('要抓住机遇', [('县水务局', 'responsible'), ('县住建局', 'responsible')])
    >>> required_work("县长要求：要抓住机遇，全力做好争取工作。") is None
    True
    >>> required_work("县长指出，各部门提出了很好的意见，县政府办公室要认真梳理，抓紧修改。")[0][:6]  # what others did
    '县政府办公室'
    >>> required_work("《方案》指出，县水务局要做好争取工作。"), required_work("县长强调，有关部门要通力合作。")
    (None, None)
    """
    for found in REQUIREMENT_LEAD_IN.finditer(text):
        if DOCUMENT_SPEAKER.search(found.group("speaker")):
            continue
        work = _first_sentence(text[found.end():])
        items = modal_subject_units(work, known)
        if items and all(item.word == "要" and not refers_elsewhere(item.text) for item in items):
            return from_first_requirement(work), items
    return None


def from_first_requirement(work: str) -> str:
    """``work`` from its first clause holding 要: the clauses before it say what others did (各部门提出了…意见，), no
    part of what is required.

    >>> from_first_requirement("各部门提出了意见，县政府办公室要认真梳理。"), from_first_requirement("要抓住机遇，A要分工。")
    ('县政府办公室要认真梳理。', '要抓住机遇，A要分工。')
    """
    start = 0
    for clause in CLAUSE_AFTER.split(work):
        if "要" in clause:
            return work[start:]
        start += len(clause)
    return work


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` (up to its 。 or ！), stripped: the work a decision or requirement gives."""
    return SENTENCE_AFTER.split(text, maxsplit=1)[0].strip()


def required_of_units(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The requirements a speaker gives units by name, one task each: ``他希望A以自身为主，…；他要求B利用…``, or None.

    Each sentence or ；-clause opening with a speaker and 要求, 希望 or 责成, the unit right after it, is a
    task from its unit on; its units are those of a duty opening the clause (:func:`zygraph.sentences.subject_units.subject_units`:
    ``C会同D、E等职能单位开展…``, C lead and D, E support), else the unit opening it, responsible
    (:func:`zygraph.sentences.subject_units.duty_subject_units`). A requirement of everyone (``他要求各相关单位高度重视…``)
    names no unit; a clause without a speaker goes on the task before it, and clauses before the first task lead
    in to them. The speaker is a pronoun, a meeting or a post (``他``, ``会议``, ``吴建荣副局长``): a document's words
    (``《方案》要求``) are no speech, nor is a clause of basis (``按照上级要求``). None unless two requirements name units.

    Examples
    --------
    >>> text = ("他要求各相关单位相互配合。他希望市政工程处以自身为主，加大管理力度；"
    ...         "他要求各区执法大队利用巡查力量，加大巡查密度；他要求市支队会同区大队、人防等职能单位开展专项治理。")
    >>> tasks = required_of_units(text)
    >>> [task[:7] for task, _ in tasks]
    ['市政工程处以自', '各区执法大队利', '市支队会同区大']
    >>> [[(i.text, i.role) for i in items] for _, items in tasks][2]
    [('市支队', 'lead'), ('区大队', 'support'), ('人防', 'support')]
    >>> text = "会议要求县交通局加快道路建设，相互协调配合；会议要求县公安局配合县交通局做好疏导。"
    >>> [[(i.text, i.role) for i in items] for _, items in required_of_units(text)]
    [[('县交通局', 'responsible')], [('县公安局', 'support')]]
    >>> required_of_units("他要求市支队开展专项治理。") is None  # one requirement alone: a report's aside
    True
    >>> required_of_units("《方案》要求市支队开展治理；按照上级要求区大队加强巡查。") is None
    True
    """
    tasks: list[tuple[str, list[Item]]] = []
    for clause in (part for part in CLAUSE_END.split(text) if part.strip()):
        found = _REQUIRES_UNIT.match(clause)
        if found is None:
            if tasks:  # no speaker: the requirement before goes on
                tasks[-1] = (tasks[-1][0] + clause.strip(), tasks[-1][1])
            continue
        work = clause[found.end():].strip()
        if not SPEAKS.search(found.group("speaker")) or opens_in_general(work):
            continue  # 《方案》要求…, 按照上级要求…: no speech; 他要求各相关单位高度重视…: no unit named
        items = subject_units(work, known) or _required_units(work, known)
        if items and not any(personal_name(item.text, known) for item in items):
            tasks.append((work, items))
    return tasks if len(tasks) >= FEWEST_REQUIREMENTS else None


def _required_units(work: str, known=None) -> list[Item] | None:
    """The units opening a requirement with no role verb (``市政工程处以自身为主，…，相互协调配合``), or None:
    responsible for it, unless it opens with a helping verb (``积极配合B…``: support); how they work with others
    later in it (``相互协调配合``) is part of the requirement."""
    items = duty_subject_units(work, known)
    if not items:
        return None
    end = work.find(items[-1].text) + len(items[-1].text)
    role = "support" if _HELPS.match(work, end) else "responsible"
    return [Item(item.text, role, "要求") for item in items]


def required_clauses(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """A meeting's requirements run together with ； after the words reporting them, one task a clause; or None.

    ``会议要求，区委改革办要主动思考，…；各专项协调推进小组要尽心履职…；区委改革办要会同区委督查室、区政府督查室对…开展…``:
    after the first meeting's or speaker's lead-in so followed (``会议要求，`` ``县长强调：``; not a document's
    ``《方案》要求``), each
    clause opening with its own units and 要 (:func:`zygraph.sentences.modal_duties.modal_subject_units`) is a task from its
    units, responsible; the first keeps the words reporting them (``会议要求，``) when it opens right after them, as
    written. Units it is to work with (``要会同C、D对…``) support, the units it opens with then lead; units whose
    only duty is to help (``E要全力配合…``) support.
    A clause may open with its units and their verb, no 要 (``各村（社区）提前掌握…``): the bracket adding a kind is
    part of the name, and people named by their post beside the units (``镇村两级包保干部``) are no unit. A requirement of everyone (``各级各部门要…``,
    ``有关部门要…``, ``全县各级各部门要…``) names no unit: opening them, it is a requirement but no task; a clause naming
    none goes on the task before it. None unless two requirements, one naming units at least. A first sentence calling on
    a body's members as one (``组委会成员单位要抓住关键，…。A要…；B要…``) or on units in general is such a call, and a
    lead-in whose words divide nothing before the next one (``X指出，市委…重视。X要求，A要…；``) gives way to it.

    Examples
    --------
    >>> text = ("会议要求，县发改局要做好规划；县财政局要保障经费，加强监管；"
    ...         "县发改局要会同县统计局、县审计局对项目开展检查。")
    >>> tasks = required_clauses(text)
    >>> [task[:9] for task, _ in tasks]
    ['会议要求，县发改局', '县财政局要保障经费', '县发改局要会同县统']
    >>> [[(i.text, i.role) for i in items] for _, items in tasks][2]
    [('县发改局', 'lead'), ('县统计局', 'support'), ('县审计局', 'support')]
    >>> [(i.text, i.role) for i in tasks[1][1]]
    [('县财政局', 'responsible')]
    >>> tasks = required_clauses("会议要求，镇巡查队、镇村两级包保干部严格执行值班巡查；各村（社区）做好秸秆还田工作；")
    >>> [[i.text for i in items] for _, items in tasks]
    [['镇巡查队'], ['各村（社区）']]
    >>> [[i.text for i in items] for _, items in required_clauses("会议要求，各部门要加强领导；县财政局要保障经费。")]
    [['县财政局']]
    >>> required_clauses("会议要求，县财政局要保障经费。") is None  # one requirement alone: a report's aside
    True
    >>> required_clauses("会议要求，要加强领导；县财政局要保障经费。") is None  # a requirement of no one opens them
    True
    >>> required_clauses("《方案》要求，县发改局要做好规划；县财政局要保障经费。") is None
    True
    """
    lead_ins = [found for found in REQUIREMENT_LEAD_IN.finditer(text) if not DOCUMENT_SPEAKER.search(found.group("speaker"))]
    for found, after in zip(lead_ins, [*lead_ins[1:], None]):
        if after is not None and _required_clauses(text[found.end():after.start()], known) is None:
            continue  # 秦胜军指出，市委…重视。秦胜军要求，A要…；B要…: a lead-in dividing nothing before the next one
        tasks = _required_clauses(text[found.end():], known)
        if tasks and text[found.end():].strip().startswith(tasks[0][0]):
            # 该市要求，A要…；: the words reporting them stay in the first requirement's text, as written
            tasks[0] = (text[found.start("speaker"): found.end()].strip() + tasks[0][0], tasks[0][1])
        if tasks:
            return tasks  # what comes before the lead-in (会议审议了…。会议指出，…) is no task
    return None


def _required_clauses(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The ；-clauses after a requirement's lead-in, one task each from its units (:func:`required_clauses`), or None."""
    tasks: list[tuple[str, list[Item]]] = []
    calls = 0  # the calls on everyone opening them: requirements too, of no unit
    if (opening := _OPENING_CALL.match(text.strip())) is not None:
        text = text.strip()[opening.end():]  # 成员单位要抓住关键。A要…；B要…: a call on them all, leading in to each
    for clause in (part.strip() for part in _REQUIREMENT_CLAUSE.split(text) if part.strip("。；; ")):
        items = _clause_units(clause, known)
        if items:
            tasks.append((clause, items))
        elif tasks:  # no units of its own: the requirement before goes on
            tasks[-1] = (tasks[-1][0] + clause, tasks[-1][1])
        elif _CALLS_EVERYONE.search(clause):
            calls += 1  # 会议要求，各级各部门要…；A、B要…: a call on everyone opens them, no task
        else:
            return None  # 会议要求，要加强领导；A要…: a requirement of no unit opens them
    return tasks if tasks and len(tasks) + calls >= FEWEST_REQUIREMENTS else None


def _clause_units(clause: str, known=None) -> list[Item] | None:
    """The units a required clause opens with before 要 (responsible; lead beside the partners after 要会同, who
    support), or None."""
    items = modal_subject_units(clause, known, opening=True)
    if not items:  # 各村（社区）提前掌握…: units and their verb, no 要
        items = _opening_units(clause, known)
    if not items or any(item.word not in ("要", "要求") or opens_in_general(item.text) for item in items):
        return None
    after = clause.find(items[-1].text) + len(items[-1].text) + len(items[-1].word)
    helps = _HELPS.match(clause, after)
    if helps:  # 供电部门要全力配合整治行动: its only duty is to help
        return [Item(item.text, "support", helps.group()) for item in items]
    partners = _WITH_PARTNERS.match(clause, after)
    others = [Item(name, "support", "会同") for name in split_units(partners.group("units"), known)] \
        if partners and looks_like_unit_list(partners.group("units"), known) else []
    if not others:
        return items
    return [Item(item.text, "lead", "会同") for item in items] + others


def _opening_units(clause: str, known=None) -> list[Item] | None:
    """The units a clause opens with before its verb, no 要 (``A、B严格按照…执行…``), the kind a bracket adds kept
    in the name (``各村（社区）提前掌握…``), people by their post beside them (``镇村两级包保干部``) left out; or None."""
    kind = _KIND_BESIDE.search(clause.split("，")[0])
    plain = clause[:kind.start()] + clause[kind.end():] if kind else clause
    items = duty_subject_units(plain, known)
    if not items or items[0].role != "responsible":
        return None
    if kind:  # 各村（社区）: the bracket belongs to the name it follows
        items = [Item(item.text + kind.group(), item.role, item.word) if plain.find(item.text) + len(item.text)
                 == kind.start() else item for item in items]
    return [Item(item.text, item.role, "要求") for item in items if not cadres(item.text)] or None


def ordinals_in_sequence(pattern: re.Pattern, text: str) -> list[re.Match]:
    """Return the matches of ``pattern`` in ``text`` whose group ``ordinal`` goes on 一, 二, 三 … in order.

    An ordinal out of sequence (a 二是 inside the first point's text before any 一是) is part of the text.

    >>> marks = re.compile("(?P<ordinal>[一二三四五六七八九十])是")
    >>> [m.group(0) for m in ordinals_in_sequence(marks, "一是建站。二是培训，三是考核。二是又一句")]
    ['一是', '二是', '三是']
    """
    cuts: list[re.Match] = []
    for match in pattern.finditer(text):
        if chinese_number(match.group("ordinal")) == len(cuts) + 1:
            cuts.append(match)
    return cuts


def ordinal_requirements(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The requirements a paragraph numbers 一要, 二要, … that name units as a sentence's subject before 要, or None.

    ``会议强调，相关单位要…。一要细化安置方案。要参照…。二要加快工作进度。A、B要理清责任…。三要依法有序推进。…``:
    the ordinals, in sequence from 一, cut the requirements (what comes before 一要 leads in to them); each
    requirement whose sentence opens with its own units and 要 (:func:`zygraph.sentences.modal_duties.modal_subject_units`) is a
    task from after its ordinal, its units responsible. A requirement naming none, or units in general (相关单位),
    is no task. None unless two ordinals in sequence are found and one requirement names units.

    Examples
    --------
    >>> text = "会议强调，相关单位要提高站位。一要细化方案。要参照前期做法。二要加快进度。县住建局、某某镇要明确分工，加速安置。三要依法推进。"
    >>> [(task, [(i.text, i.role) for i in items]) for task, items in ordinal_requirements(text)]
    [('要加快进度。县住建局、某某镇要明确分工，加速安置。', [('县住建局', 'responsible'), ('某某镇', 'responsible')])]
    >>> ordinal_requirements("一要细化方案。县住建局要明确分工。") is None  # one ordinal: no sequence
    True
    """
    cuts = ordinals_in_sequence(_ORDINAL_REQUIREMENT, text)  # 一要, 二要, 三要
    if len(cuts) < 2:
        return None
    ends = [cut.start() for cut in cuts[1:]] + [len(text)]
    tasks = []
    for cut, end in zip(cuts, ends):
        part = text[cut.end():end].strip()
        items = _subject_units(part, known)
        if items:
            tasks.append((part, items))
    return tasks or None


def _subject_units(requirement: str, known=None) -> list[Item] | None:
    """The units of the first sentence of ``requirement`` opening with its own units and 要, or None."""
    for sentence in SENTENCE_AFTER.split(requirement):
        items = modal_subject_units(sentence, known, opening=True)
        # 有关部门要…, 各乡镇要…: a call on everyone; 镇级政法单位和各村（社区）要…: a collective beside a body of its own
        if items and all(item.word == "要" and not in_general(item.text) for item in items) \
                and not all(refers_elsewhere(item.text) for item in items):
            return items
    return None
