"""Tasks and their units in running prose: news reports of a division of work, in their own words.

A report quoting a notice rarely keeps its brackets and labels; it says who does what in sentences.
Each wording read here is common in such reports and in the notices they quote:

* tasks paired with units by position: ``A、B和C具体工作分别由X、Y、Z承担`` (A -> X, B -> Y, C -> Z);
* a quoted task and its label phrases: ``第1项任务“……”，牵头领导是<people>，主责单位是A、B`` (or a numbered
  task without quotes: ``第21项，……，主责单位是A``);
* tasks listed after their units: ``有3项由A牵头，分别是X；Y；Z``, ``A牵头的有2项：X；Y``, ``A、B等分工负责X；Y；Z``;
* a unit as the subject of a sentence that gives a deadline: ``A要在8月底完成……。9月底完成……。``
  (a later sentence without a subject goes on the task before it);
* sentences each closed by their units: ``X，由A、B等分工负责。Y，由C负责。``, or one sentence of such matters
  split by ； (``其中，涉及X的事项，由A负责；涉及Y的事项，由B负责``: :func:`zygraph.sentences.duties.matter_shares`);
* a sentence naming a lead and the units it requires to help (``……由A牵头，……的机制，要求B、C等部门密切配合``:
  :func:`led_with_help`);
* a meeting's decisions run together with ；, each giving its work to a leader by name and the unit carrying it
  out (``X由王某牵头，A镇落实；Y由B局负责；督导组负责…``: :func:`decision_shares`);

:func:`prose_tasks` splits a paragraph into such tasks; the words come from :mod:`zygraph.sentences.grammar`
and the unit lists from :mod:`zygraph.names.unitlist`. Every function runs in time linear in its input.
"""

from __future__ import annotations

import re

from zygraph.sentences.duties import matter_shares
from zygraph.sentences.everyone import refers_elsewhere
from zygraph.sentences.grammar import Item, parse_group, split_clauses
from zygraph.sentences.role_words import role_of
from zygraph.names.people import personal_name
from zygraph.sentences.speakers import DOCUMENT_SAYS
from zygraph.sentences.acting_units import REQUIRED_HELP_WORD
from zygraph.sentences.statements import clause_units, sentence_units
from zygraph.sentences.subject_units import CONNECTIVE, subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import BY_WORD, VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.verb_manner import BASIS_WORDS

__all__ = ["prose_tasks", "paired_tasks", "quoted_task", "listed_tasks", "news_subject_units", "decision_shares",
           "led_with_help"]

#: Tasks and units paired by position: 集体林权制度改革、国有林场改革和国有林区改革具体工作分别由林改司、场圃总站、资源司承担.
_PAIRED = re.compile("分别由(?P<units>[^，,。；;：:]{2,200}?)(?P<verb>牵头负责|具体负责|负责|牵头|承担|主抓|组织实施)")
#: The tasks before 分别由, back to the clause's start, without the noun closing them (具体工作).
_PAIRED_TASKS = re.compile("(?P<tasks>[^，,。；;：:]{2,200}?)(?:的)?(?:具体工作|具体任务|工作|任务)?$")
_TASK_JOINER = re.compile("[和及与]")
#: A quoted task after its number: 第1项任务“地区生产总值增长6.5%左右”，主责单位是….
_QUOTED = re.compile("(?:第[0-9一二三四五六七八九十百零]{1,5}项(?:重点)?(?:任务|工作)?|任务)[，,：:]?"
                     "[“\"「](?P<task>[^”\"」]{2,300})[”\"」][，,：:]?(?P<rest>.+)$")
#: A numbered task written out without quotes: 第21项，启动……建设，牵头领导是…，主责单位是….
_NUMBERED = re.compile("第[0-9一二三四五六七八九十百零]{1,5}项(?:重点)?(?:任务|工作)?[，,：:]")
#: Tasks listed after the unit that leads them: 有3项由A牵头，分别是X；Y；Z.
_COUNTED_LIST = re.compile("(?:有|其中)?(?P<count>\\d{1,2}|[一二三四五六七八九十]{1,3})项(?:任务|工作)?由"
                           "(?P<units>[^，,。；;]{2,120}?)(?P<verb>牵头负责|牵头|负责|主责)[，,：:]?"
                           "(?:分别|具体)?(?:是|为|包括)[：:]?(?P<list>.+)$")
#: The same with the count after the unit: 其中，A牵头的有3项，分别是X；Y；Z.
_COUNT_AFTER = re.compile("(?:^|[，,：:])(?:其中[，,]?)?(?P<units>[^，,。；;：:]{2,60}?)(?P<verb>牵头负责|牵头|负责|主责)的?"
                          "(?:有|共有|共)?(?P<count>\\d{1,2}|[一二三四五六七八九十]{1,3})项(?:任务|工作)?[，,：:]"
                          "(?:分别|具体)?(?:是|为|包括)?[：:]?(?P<list>.+)$")
#: Tasks listed after units that share them: A、B等分工负责X；Y；Z.
_SHARED_LIST = re.compile("^(?P<units>[^，,。；;：:]{2,200}?)(?P<verb>分工负责|分别负责|分别牵头)(?P<list>[^；;]{2,}[；;].+)$")
#: A clause of time or basis opening a sentence: 今年，, 3月16日，, 根据目标任务要求，.
_LEAD_CLAUSE = re.compile("^(?:(?:今年|明年|近日|目前|同时|此外|另外|其中|例如|比如|"
                          "\\d{4}年|\\d{1,2}月\\d{1,2}日|(?:根据|按照|依据|为了|为|围绕)[^，,。；;]*)[，,])+")
#: A deadline: 8月底, 12月中旬, 年底前, 上半年.
_DEADLINE = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|中旬|下旬|上旬|初|前|份)|年底|年内|上半年|下半年"
#: A unit opening a sentence with its duty: 市住建局要在8月底完成…, 赛罕区政府11月底启动…, 市教育局要新建….
_NEWS_SUBJECT = re.compile(f"^(?P<units>[^，,。；;：:“”\"《》（）()\\s]{{2,40}}?)"
                           f"(?:(?:要|须|需要|需|应|将)(?!求|点|素|闻)(?:在|于)?|(?:在|于)?(?={_DEADLINE}))")
_WHEN = re.compile(_DEADLINE)
#: A phrase naming units or leaders with a label: 主责单位是, 牵头领导是, 责任单位为.
_LABEL_OR_PERSON = re.compile("^[\u4e00-\u9fff]{0,8}(?:单位|部门|领导|责任人)(?:是|为|：|:)")
_LABEL_PHRASE = re.compile("[，,][\u4e00-\u9fff]{0,8}(?:单位|部门|领导|责任人)(?:是|为|：|:)")
_SENTENCE = re.compile("(?<=[。！？!?])")
#: A decision's work given to whom after 由 (not 理由, 经由): 九重区域环境整治由王光玲牵头, 污水处理厂由住建局派驻专人督导.
_GIVEN_BY = re.compile(f"{BY_WORD}(?=[\u4e00-\u9fff]{{2}})")
#: A leader put in charge by a bare name: 由王光玲牵头.
_LEADER = re.compile("^(?P<name>[\u4e00-\u9fff]{2,3})(?:牵头|负责|挂帅|牽頭|負責)$")
#: What units given a decision's work do first (any may be in a name too: 督导组): 派驻专人督导, 负责, 落实.
_DOES = re.compile(f"(?:派驻|派出|抽调|安排|组织|负责|牵头|落实|实施|指导|督导|做好|开展|推进|牽頭|負責){VERB_NOT_NAME}|{BASIS_WORDS}")
_GIVEN_LONGEST = 30  # characters after 由 tried as the units' names
#: Decisions a sentence must give to units to be read as a meeting's decisions (one may be chance).
_FEWEST_DECISIONS = 2


def paired_tasks(sentence: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """Tasks and units paired by position with 分别: ``A、B和C工作分别由X、Y、Z承担`` -> [(A, X), (B, Y), (C, Z)].

    The tasks are split at 、 and at the last 和/及/与; there must be as many tasks as units, and the
    units must look like units, or None.

    Examples
    --------
    >>> [(task, [(i.text, i.role) for i in items]) for task, items in paired_tasks(
    ...     "通知明确，水利改革和林业改革具体工作分别由水利司、林业司承担。")]
    [('水利改革', [('水利司', 'responsible')]), ('林业改革', [('林业司', 'responsible')])]
    >>> paired_tasks("两项工作分别由水利司、林业司承担。") is None
    True
    """
    found = _PAIRED.search(sentence)
    if found is None or not looks_like_unit_list(found.group("units"), known):
        return None
    before = _PAIRED_TASKS.search(sentence, max(found.start() - 220, 0), found.start())
    if before is None:
        return None
    units = split_units(found.group("units"), known)
    tasks = [part.strip() for part in before.group("tasks").split("、")]
    if len(tasks) + 1 == len(units) and len(_TASK_JOINER.findall(tasks[-1])) == 1:
        tasks[-1:] = [part.strip() for part in _TASK_JOINER.split(tasks[-1])]  # ……、B和C: the last two
    if len(units) < 2 or len(tasks) != len(units) or not all(len(task) >= 2 for task in tasks):
        return None
    role = role_of(found.group("verb")) if found.group("verb") != "承担" else "responsible"
    return [(task, [Item(unit, role, "分别由")]) for task, unit in zip(tasks, units)]


def quoted_task(sentence: str, known=None) -> tuple[str, list[Item]] | None:
    """A quoted task and the label phrases after it: ``第1项任务“……”，牵头领导是张某，主责单位是A、B``.

    A numbered task written out without quotes (``第6项，新建绿道，主责单位为A``) runs to its first label phrase.

    The phrases are read by :func:`zygraph.sentences.grammar.parse_group` (``主责单位是`` as ``主责单位：``; the
    leaders are people); None when they name no unit.

    Examples
    --------
    >>> task, items = quoted_task("例如，第3项任务“建设智慧城市”，牵头领导是副市长李某，主责单位是市经信局、各区政府。")
    >>> task, [(i.text, i.role) for i in items]
    ('建设智慧城市', [('市经信局', 'lead'), ('各区政府', 'lead')])
    >>> quoted_task("第5项，推进“放管服”改革，牵头领导是副市长李某。") is None
    True
    >>> quoted_task("第6项，新建绿道，完善设施，主责单位为市园林局。")[0]
    '新建绿道，完善设施'
    """
    found = _QUOTED.search(sentence)
    if found is not None:
        task, rest = found.group("task").strip(), found.group("rest").strip().rstrip("。；;")
    else:  # 第21项，启动……建设，主责单位是A: the task runs to the first label phrase
        numbered = _NUMBERED.search(sentence)
        label = _LABEL_PHRASE.search(sentence, numbered.end()) if numbered else None
        if label is None:
            return None
        task, rest = sentence[numbered.end(): label.start()].strip(" ，,"), sentence[label.start() + 1:].rstrip("。；; ")
    if not task or not _LABEL_OR_PERSON.match(rest):
        return None
    items = parse_group(rest, known)
    units = [item for item in items or [] if item.role != "person"]
    if not units or not all(looks_like_unit_list(item.text, known) for item in units):
        return None
    return task, units


def listed_tasks(sentence: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """Tasks listed after their units: ``有3项由A牵头，分别是X；Y；Z`` (``A牵头的有3项：X；Y；Z``) or ``A、B等分工负责X；Y；Z``.

    The items are split at ；. With a count (有3项), there must be as many items. None otherwise.

    Examples
    --------
    >>> [(task, [i.text for i in items]) for task, items in listed_tasks(
    ...     "需要市卫健委参加的工作有2项由市卫健委牵头，分别是加强疾病防治；推进医联体建设。")]
    [('加强疾病防治', ['市卫健委']), ('推进医联体建设', ['市卫健委'])]
    >>> [(task, [i.text for i in items]) for task, items in listed_tasks("文件明确，市财政局、市卫健委等分工负责深化医改；促进社会办医；")]
    [('深化医改', ['市财政局', '市卫健委']), ('促进社会办医', ['市财政局', '市卫健委'])]
    >>> listed_tasks("有3项由市卫健委牵头，分别是加强疾病防治；推进医联体建设。") is None
    True
    """
    text = DOCUMENT_SAYS.sub("", CONNECTIVE.sub("", sentence.strip()))
    found = _COUNTED_LIST.search(text) or _COUNT_AFTER.search(text) or _SHARED_LIST.match(text)
    if found is None or not looks_like_unit_list(found.group("units"), known):
        return None
    tasks = [part.strip(" 。，,") for part in re.split("[；;]", found.group("list").rstrip("。"))]
    tasks = [task for task in tasks if len(task) >= 2]
    count = found.groupdict().get("count")
    if count is not None and len(tasks) != (int(count) if count.isdigit() else "一二三四五六七八九十".find(count) + 1):
        return None
    if len(tasks) < 2:
        return None
    verb = found.group("verb")
    role = "responsible" if verb.startswith("分") else role_of(verb)
    return [(task, [Item(name, role, verb) for name in split_units(found.group("units"), known)]) for task in tasks]


def news_subject_units(sentence: str, known=None) -> list[Item] | None:
    """Units that are the subject of a sentence naming their duty by 要 or a deadline, or None.

    ``市住建局要在8月底完成……``, ``赛罕区政府11月底启动……``, ``市教育局要新建……，10月底完成``: the
    units are responsible. The sentence must hold a deadline: a report of targets gives each one, while
    a notice's opening (``市政府将定期听取汇报``, ``督查室要加强督查``) gives none. Names standing for
    every unit (各地各部门要…) are no subject of a task.

    Examples
    --------
    >>> [(i.text, i.role) for i in news_subject_units("今年，市住建局要在8月底完成改造任务。")]
    [('市住建局', 'responsible')]
    >>> [i.text for i in news_subject_units("区政府11月底启动项目建设。")]
    ['区政府']
    >>> news_subject_units("各地各部门要同心协力抓好落实。"), news_subject_units("9月底完成管网改造。")
    (None, None)
    >>> news_subject_units("市政府将定期听取实施情况汇报。") is None
    True
    """
    text = _LEAD_CLAUSE.sub("", sentence.strip())
    found = _NEWS_SUBJECT.match(text)
    if found is None or _WHEN.search(text, found.end()) is None:
        return None  # 市政府将定期听取汇报: a duty with no deadline is how notices open, not a task
    units = found.group("units")
    if refers_elsewhere(units) or not looks_like_unit_list(units, known):
        return None
    return [Item(name, "responsible", "sentence subject") for name in split_units(units, known)]


def led_with_help(sentence: str, known=None) -> tuple[str, list[Item]] | None:
    """A sentence naming the lead of its work after 由 and the units it requires to help: (the sentence, units), or None.

    ``为了…，翼城县确立了由县国土资源部门牵头，相关部门联合执法的机制，要求县纪检委、监察、公安等部门密切配合，…``: a
    report of how a county divides a campaign's work says it in one sentence (the units after 要求 with 配合
    support; :func:`zygraph.sentences.statements.clause_units`). The sentence is the task, from its clause of purpose on.

    Examples
    --------
    >>> task, items = led_with_help("为查处违法用地，县里确立了由县国土资源局牵头的机制，要求县监察局、公安等部门密切配合。")
    >>> task[:5], [(i.text, i.role) for i in items]
    ('为查处违法', [('县国土资源局', 'lead'), ('县监察局', 'support'), ('公安', 'support')])
    >>> led_with_help("由县国土资源局牵头，加强执法。") is None
    True
    """
    items = clause_units(sentence, known)
    if not items or not any(item.word == REQUIRED_HELP_WORD for item in items):
        return None
    return sentence.strip(), items


def decision_shares(sentence: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """A meeting's decisions run together with ；, each giving its work to whom it names; or None.

    ``九重区域环境整治由王光玲牵头，九重镇落实；干渠绿化由顾理牵头，林业局落实；督导组负责每天报送进度。``: each part
    gives its work after 由 to a leader by name (a person, no unit) and the unit carrying it out (``A落实``), or
    to units (``由A负责``, ``由A派驻专人督导``), or names its unit as its subject (``督导组负责…``). A later clause
    giving other work after its own 由 (``…，住建局落实，污水处理厂由住建局派驻专人督导``) is a decision of its own.
    Every part must give its work so, and two at least to units; a decision given to a person alone is
    kept with no unit (the reader reports it). The units carrying the work out are responsible; a unit said to
    help (``B配合``) supports.

    Examples
    --------
    >>> shares = decision_shares("甲区整治由王光玲牵头，九重镇落实；两场建设由辛泽涛牵头，住建局落实，污水处理厂由住建局"
    ...                          "派驻专人督导；小镇提升由陈太良牵头，连夜开会；督导组负责每天报送进度。")
    >>> for task, items in shares:
    ...     print(task[:6], [(i.text, i.role) for i in items])
    甲区整治由王 [('王光玲', 'person'), ('九重镇', 'responsible')]
    两场建设由辛 [('辛泽涛', 'person'), ('住建局', 'responsible')]
    污水处理厂由 [('住建局', 'responsible')]
    小镇提升由陈 []
    督导组负责每 [('督导组', 'responsible')]
    >>> decision_shares("甲区整治由王光玲牵头；加强宣传。") is None
    True
    """
    parts = [part.strip() for part in re.split("(?<=[；;])", sentence.strip()) if part.strip("。；; ")]
    if len(parts) < _FEWEST_DECISIONS:
        return None
    decisions: list[tuple[str, list[Item]]] = []
    for part in parts:
        read = _decision(part.rstrip("。；; "), known)
        if read is None:
            return None
        decisions += read
    if sum(bool(_units_of(items)) for _, items in decisions) < _FEWEST_DECISIONS:
        return None
    return [(task, items if _units_of(items) else []) for task, items in decisions]  # a person alone: no unit


def _decision(part: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The decisions of one part (:func:`decision_shares`): [(work, items)], a new one at each clause giving its
    own work after 由 once the one before has units; None when the part gives its work to no one."""
    out: list[tuple[str, list[Item]]] = []
    for clause, _ in split_clauses(part):
        given = _given(clause, known)
        if given is not None and (not out or _units_of(out[-1][1])):
            out.append((clause, given))
            continue
        group = parse_group(clause, known) if out and given is None else None
        if group and all(looks_like_unit_list(item.text, known) for item in group):
            out[-1] = (out[-1][0] + "，" + clause, out[-1][1] + group)  # 九重镇落实 (responsible), B配合 (support)
        elif out:
            out[-1] = (out[-1][0] + "，" + clause, out[-1][1] + (given or []))
        else:
            items = subject_units(part, known)  # 督导组负责每天向市里报送进度: the unit is its subject
            return [(part, items)] if items and all(i.role in ("lead", "responsible") for i in items) else None
    return out or None


def _given(clause: str, known=None) -> list[Item] | None:
    """Whom a clause gives its work to after 由: a leader by name (a person) or units, before what they do."""
    found = _GIVEN_BY.search(clause)
    if found is None:
        return None
    after = clause[found.end():]
    leader = _LEADER.match(after)
    if leader is not None and personal_name(leader.group("name"), known):
        return [Item(leader.group("name"), "person", "")]
    ends = [does.start() for does in _DOES.finditer(after, 0, _GIVEN_LONGEST + 2) if does.start() >= 2]
    names = [after[:end] for end in reversed(ends) if looks_like_unit_list(after[:end], known)]
    if not names:
        return None
    verb = _DOES.match(after, len(names[0])).group(0)
    return [Item(name, "responsible", verb) for name in split_units(names[0], known)]


def _units_of(items: list[Item]) -> list[Item]:
    """The items that are units, not people."""
    return [item for item in items if item.role != "person"]


def prose_tasks(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """Split a paragraph of prose into tasks with their units, or None when it names none so.

    Each sentence (split at 。) is read, in order, as tasks paired by position (:func:`paired_tasks`),
    a quoted task (:func:`quoted_task`), a list of tasks (:func:`listed_tasks`), a task its units
    close (``X，由A等分工负责``: :func:`zygraph.sentences.statements.sentence_units`) or a task its unit opens
    (:func:`news_subject_units`). A sentence naming no unit goes on the task before it, and sentences
    before the first task lead in to the paragraph and are no task. Sentences closed or opened by
    their units are common in prose that names no task, so they count only two or more together.

    Examples
    --------
    >>> [(task, [i.text for i in items]) for task, items in prose_tasks(
    ...     "今年，市住建局要在8月底完成改造。9月底完成管网。市教育局要在年底新建幼儿园9所。")]
    [('市住建局要在8月底完成改造。9月底完成管网。', ['市住建局']), ('市教育局要在年底新建幼儿园9所。', ['市教育局'])]
    >>> [(task, [i.text for i in items]) for task, items in prose_tasks(
    ...     "两局还参与多项工作。例如，完善集中采购，由市医保局等分工负责。加强监管，由市药监局负责。")]
    [('完善集中采购', ['市医保局']), ('加强监管', ['市药监局'])]
    >>> prose_tasks("市住建局要在8月底完成改造。") is None
    True
    """
    tasks: list[tuple[str, list[Item]]] = []
    strong, weak, subject = 0, 0, False  # subject: the last task is a sentence its unit opens
    for sentence in (part for part in _SENTENCE.split(text) if part.strip()):
        found = paired_tasks(sentence, known) or listed_tasks(sentence, known) or matter_shares(sentence, known) \
            or decision_shares(sentence, known)
        helped = led_with_help(sentence, known) if found is None else None
        found = found or ([helped] if helped else None)
        quoted = quoted_task(sentence, known) if found is None else None
        closed = sentence_units(sentence.rstrip(), known) if found is None and quoted is None else None
        items = None if found or quoted or closed else news_subject_units(sentence, known)
        if found:
            tasks += found
            strong += 1
        elif quoted:
            tasks.append(quoted)
            strong += 1
        elif closed and closed[0].strip():
            tasks.append((_LEAD_CLAUSE.sub("", closed[0].strip()), closed[1]))
            weak += 1
        elif items:
            tasks.append((_LEAD_CLAUSE.sub("", sentence.strip()), items))
            weak += 1
        elif subject:
            tasks[-1] = (tasks[-1][0] + sentence.strip(), tasks[-1][1])  # no subject: it goes on the task before
            continue
        subject = bool(items)
    return tasks if strong or weak > 1 else None
