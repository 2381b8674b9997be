"""Duties a news report of a notice or a meeting runs together in its sentences: who opens each, read in place.

A report rarely keeps a notice's labels, brackets or numbers; it says who does what in running text. The
wordings of :mod:`zygraph.sentences.prose` and :mod:`zygraph.sentences.decisions` are read there; those read here are:

* a speaker's requirements numbered 一是, 二是 … inside one paragraph after the words reporting them
  (``提出了四点要求：一是A、B要…；二是要下发通知要求C6月5日前上报…；三是D、E6月10日前要…。四是由F制定…``):
  :func:`ordinal_points`, or numbered 第一、, 第二、 after the words dividing the work (``对与会单位作了分工：第一、A作为…
  牵头单位，负责…；第二、B负责…``); a point's units open it (before 要 or a date, with a role verb, or named as what
  they are for the work), follow its 由, or are the units it requires to act with a verb of their own (``要求C…上报``);
* duties whose units open a clause inside a sentence (``…国情国力调查，各乡镇人民政府要按照…``,
  ``…领导小组，领导小组办公室设在县统计局，负责…``, ``县财政局除负责…外，还要…；宣传部门负责…``):
  :func:`clause_duties`, one task a duty, from its units;
* after a division of duties by role verbs (``A负责…；B负责…``), a sentence opening with its own units and a
  verb of work (``各乡镇组织…深入农户``) or saying they take the main responsibility (``乡（镇）村靠实主体责任，…``):
  :func:`later_duty_units`.

A clause of setting before a duty's units (``行动中，A负责…``) is read past by :func:`without_setting`, and so are
the words reporting what a document or a meeting lays down before its division of duties (``《制度》明确，A负责…；
B依法查处…``) by :func:`reported_lead_in`. Units
named in general (各部门, 有关单位, 各地) are never a duty's own. Every function runs in time linear in its input.
"""

from __future__ import annotations

import re

from zygraph.sentences.decisions import REQUIREMENTS_SAID, ordinals_in_sequence
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import Item, split_clauses
from zygraph.sentences.set_up_body import SET_IN, SET_IN_WORD
from zygraph.sentences.subject_units import MODAL_INSIDE, designated_units, subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["ORDINAL_POINT", "ordinal_points", "numbered_points", "clause_duties", "own_clauses", "later_duty_units", "without_setting", "reported_lead_in", "POINT_WORD",
           "MAIN_WORD"]

#: The role verbs by which a later clause's subject takes a duty of its own: …，B负责…, …，B牵头….
_OWN_VERBS = ("负责", "負責", "牵头", "牽頭")
#: A clause of setting before a sentence's subject, with no verb of its own: 行动中，, 整治期间，, 在实施过程中，, or of
#: the event the duty answers: 地震灾害发生后，.
_SETTING = re.compile("^在?(?:(?!在)[\u4e00-\u9fff]){1,8}?(?:过程中|期间|中|发生后|后)[，,]")
#: The words a report opens a division of duties with, saying what a document or meeting lays down, up to the comma
#: before the first duty's units: 《制度》明确，, 《办法》规定，, 会议确定，. The speaker is a short phrase, no clause.
_REPORTED = re.compile("^[^，,。；;：:“”\"]{1,12}?(?:明确|规定|确定|要求|提出)[，,]")
#: A word of time a report opens a sentence with, which no unit's name begins with: 今年县农业局负责… names 县农业局.
_TIME_WORD = re.compile("^(?:今年|明年|去年|目前|近日|近期|当前|同时|此外|\\d{4}年)")
#: A point's ordinal inside a paragraph: 一是, 二是 … (the requirement after it has no subject of its own yet).
ORDINAL_POINT = re.compile("(?:^|(?<=[：:。；;，,\\s]))(?P<ordinal>[一二三四五六七八九十])是")
#: The same points numbered 第一、, 第二、 … (``作了分工：第一、A作为…牵头单位，负责…；第二、B负责…``).
_ORDINAL_TH = re.compile("(?:^|(?<=[：:。；;，,\\s]))第(?P<ordinal>[一二三四五六七八九十])[、，,：:]")
#: The words before the first point reporting what a speaker or meeting requires: 提出了四点要求：, 会议强调：,
#: 对与会单位作了分工：.
_POINTS_LEAD_IN = re.compile(f"(?:{REQUIREMENTS_SAID})[：:，,]?\\s*$")
#: A date a unit opening a point must meet, right after its name: 6月10前, 5月31日前, 年底前.
_DATE = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}日?)?|年底|年内|上半年|下半年"
#: A point's units before its modal verb or its date: 市发改委、市供电公司要在5月31日前…, 市住建局、市城管局6月10前要….
_POINT_SUBJECT = re.compile(f"^(?P<units>[^，,。；;：:]{{2,40}}?)(?:(?P<verb>要|须|应|将)(?!求|点|素|闻)|(?:在|于)?(?={_DATE}))")
#: A point giving its work after 由, before what the units do: 由市双代办制定全市推进方案….
_GIVEN = re.compile("^由(?P<units>[^，,。；;]{2,40}?)"
                    f"(?=(?:牵头|负责|制定|制订|起草|编制|拟定|组织|研究|统筹|做好|开展|落实|实施){VERB_NOT_NAME})")
#: A point with no subject that requires units to act (要下发通知要求各县区6月5日前上报…): the units after 要求.
_REQUIRES = re.compile("^要?[^，,。；;]{0,20}?要求")
#: What units a point requires do first, with a verb of their own: a date, then 上报; or the verb at once.
_ACTS = re.compile(f"(?:在|于)?(?:{_DATE})|上报|报送|提交|完成|制定|制订|做好|开展|落实|组织|编制")
_REQUIRED_LONGEST = 40  # characters after 要求 tried as the units' names
_ACTS_LONGEST = 8  # characters of a date or verb read after them (在12月31日前)
#: Points naming units a paragraph must hold to be read so: one alone may be a subject by chance.
_FEWEST_POINTS = 2
#: The word the units opening a numbered point before its date carry, for the reader's finding (市住建局6月10前要…).
POINT_WORD = "一是…(日期)"
#: A duty said besides another: 县财政局除负责本级调查经费预算的落实外，还要对….
_BESIDES = re.compile("^(?P<units>[^，,。；;]{2,30}?)除(?:负责|承担|做好)[^。；;]{2,80}?外[，,]")
#: Characters of a sentence from a clause's start read for the duty it opens (its units, role words and partners).
_CLAUSE_WINDOW = 300
#: Duties a paragraph must hold, their units opening clauses, to be read so; as many with a role verb (负责, 设在…负责,
#: 除负责…外): a paragraph of 要 is how a notice opens or closes, and one role verb may be a chance subject.
_FEWEST_DUTIES = 2
#: Units taking the main responsibility for the work: 乡（镇）村靠实主体责任, 各乡镇落实属地主体责任.
_MAIN = re.compile("^(?P<units>[^，,。；;：:]{1,20}?)(?:靠实|压实|落实|履行|承担|扛起|担负|负起)(?:属地|工作)?主体责任")
#: Levels of government named together as one collective, with a bracket for an alternative level: 乡（镇）村, 镇村, 县乡.
_LEVELS = re.compile("^(?:[省市县区乡镇村]|街道|社区|[（(](?:[乡镇村]|街道|社区)[）)]){2,6}$")
#: A collective of the local governments of one level: 各乡镇, 各县（市、区）, 各街道, 各村（社区）.
#: It opens a sentence with a verb of work right after it, no modal verb: 各乡镇组织…, 各县区开展….
_LOCAL_COLLECTIVE = re.compile("^(?P<units>各(?:省|市|县|区|乡镇|乡|镇|街道|村|社区|县区|县市区)(?:[（(][^（()）]{1,8}[）)])?"
                               "(?:人民政府|政府|党委)?)"
                               f"(?P<verb>组织|开展|落实|推进|实施|建立|做好|抓好|督促|深入|完成){VERB_NOT_NAME}")
#: The word the units taking the main responsibility carry, for the reader's finding.
MAIN_WORD = "主体责任"


def without_setting(text: str) -> str:
    """``text`` without a clause of setting that opens it before its subject (``行动中，A负责…`` -> ``A负责…``).

    >>> without_setting("行动中，县农业农村局负责完善规划。"), without_setting("县农业局负责完善规划。")
    ('县农业农村局负责完善规划。', '县农业局负责完善规划。')
    >>> without_setting("灾害发生后，县民政局立即组织救助。")
    '县民政局立即组织救助。'
    """
    found = _SETTING.match(text.strip())
    return text.strip()[found.end():] if found else text


def reported_lead_in(text: str) -> str:
    """The words opening ``text`` that report what a document or meeting lays down, up to their comma, or ``""``.

    A report gives a notice's division of duties after them (``《制度》明确，各级水行政主管部门负责…；…``): the duty's
    units follow, and the words stay in the first duty's text as written, as a clause of setting does
    (:func:`without_setting`). Whether units follow is the caller's to read.

    >>> reported_lead_in("《制度》明确，县水利局负责河道管理；"), reported_lead_in("县水利局负责河道管理，明确分工。")
    ('《制度》明确，', '')
    """
    found = _REPORTED.match(text.strip())
    return found.group(0) if found else ""


def _own(items: list[Item] | None) -> list[Item] | None:
    """``items`` when every one is a unit of its own (not 各部门, 有关单位, nor a name a word of time opens), else None."""
    if not items or any(item.role == "person" or _TIME_WORD.match(item.text)
                        or any(in_general(piece) for piece in re.split("[、，,]", item.text))
                        for item in items):  # 各相关部门、单位: a collective of units in general
        return None
    return items


def ordinal_points(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """A speaker's requirements numbered 一是, 二是 … after the words reporting them, one task each; or None.

    ``赵强提出了四点要求：一是市发改委、市供电公司要在5月31日前完成…；二是要下发通知要求各县区6月5日前上报…；
    三是市住建局、市城管局6月10前要制定…。四是由市双代办制定…上报市政府审定。``: the ordinals, in sequence from 一,
    cut the points, and the text before 一是 must end with the words reporting them (要求, 强调, 作了分工 …, then a colon
    or a comma). Points may be numbered 第一、, 第二、 instead. A point's units open it before 要 or a date, or with a
    role verb (``B负责…``) or as what they are for the work (``A作为…牵头单位，负责…``: lead), or follow its 由, or,
    when it has no subject, are the units it requires to act
    with a verb of their own (``要求各县区6月5日前上报``; whom a plan goes up to, ``上报市政府``, is no unit). The units
    are responsible; a point naming none, or units in general (各部门), is no task. None unless two points name units.

    Examples
    --------
    >>> text = ("赵强提出了三点要求：一是市发改委要在5月31日前完成方案；二是要下发通知要求各县区6月5日前上报方案；"
    ...         "三是由市双代办制定全市方案上报市政府审定。")
    >>> [(task[:5], [(i.text, i.role) for i in items]) for task, items in ordinal_points(text)]
    [('市发改委要', [('市发改委', 'responsible')]), ('要下发通知', [('各县区', 'responsible')]), ('由市双代办', [('市双代办', 'responsible')])]
    >>> text = "县长对与会单位作了分工：第一、县农业局作为示范区牵头单位，负责管理；第二、县财政局负责经费保障。"
    >>> [(task[:5], [(i.text, i.role) for i in items]) for task, items in ordinal_points(text)]
    [('县农业局作', [('县农业局', 'lead')]), ('县财政局负', [('县财政局', 'responsible')])]
    >>> ordinal_points("会议要求：一是各部门要加强领导；二是市发改委要完成方案。") is None  # one point names its own units
    True
    >>> ordinal_points("抓好建设。一是市发改委要完成方案；二是市财政局要保障经费。") is None  # no words reporting them
    True
    """
    return numbered_points(text, _POINTS_LEAD_IN, lambda point: _point_units(point, known), _FEWEST_POINTS)


def numbered_points(text: str, said: re.Pattern, units_of, fewest_named: int) -> list[tuple[str, list[Item]]] | None:
    """The points of ``text`` numbered 一是, 二是 … (or 第一、, 第二、 …) in sequence from 一, after words ``said``
    finds reporting them, each naming units (``units_of(point)``) one task; None unless ``fewest_named`` do.

    Shared by :func:`ordinal_points` (two points naming units) and :func:`zygraph.sentences.lone_requirements.named_points`
    (one is enough where the words count the points).

    >>> numbered_points("会议要求：一是县财政局要保障经费；二是要加强领导。", re.compile("要求：$"),
    ...                 lambda point: ["县财政局"] if point.startswith("县财政局") else [], 1)
    [('县财政局要保障经费；', ['县财政局'])]
    """
    cuts = ordinals_in_sequence(ORDINAL_POINT, text)  # 一是, 二是 in order
    if len(cuts) < _FEWEST_POINTS:
        cuts = ordinals_in_sequence(_ORDINAL_TH, text)  # 第一、, 第二、 in order
    if len(cuts) < _FEWEST_POINTS or not said.search(text[: cuts[0].start()]):
        return None
    ends = [cut.start() for cut in cuts[1:]] + [len(text)]
    tasks = []
    for cut, end in zip(cuts, ends):
        point = text[cut.end(): end].strip()
        items = units_of(point)
        if items:
            tasks.append((point, items))
    return tasks if len(tasks) >= fewest_named else None


def _point_units(point: str, known=None) -> list[Item] | None:
    """The units of one numbered point (:func:`ordinal_points`), or None."""
    for found in (_POINT_SUBJECT.match(point), _GIVEN.match(point)):
        if found is not None and looks_like_unit_list(found.group("units"), known):
            word = found.groupdict().get("verb") or ("由" if point.startswith("由") else POINT_WORD)
            return _own([Item(name, "responsible", word) for name in split_units(found.group("units"), known)])
    named = _named_point(point, known)
    if named:
        return named
    required = _REQUIRES.match(point)
    if required is None:
        return None
    after = point[required.end(): required.end() + _REQUIRED_LONGEST + _ACTS_LONGEST]
    ends = [end for end in range(min(len(after), _REQUIRED_LONGEST), 1, -1)
            if _ACTS.match(after, end) and looks_like_unit_list(after[:end], known)]
    if not ends:
        return None
    return _own([Item(name, "responsible", "要求") for name in split_units(after[: ends[0]], known)])


def _named_point(point: str, known=None) -> list[Item] | None:
    """The units opening a point as what they are for the work (``A作为…牵头单位，负责…``: lead) or as the subject of
    a role verb (``B负责…``), or None (:func:`ordinal_points`)."""
    items = designated_units(point, known)
    if not items:
        items = subject_units(point, known)
        if not items or items[0].role not in ("lead", "responsible") or not point.startswith(items[0].text):
            return None  # not 根据…，A负责… nor a point whose units come late
    return _own(items)


def clause_duties(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """Duties whose units open clauses inside a paragraph's sentences, one task each from its units; or None.

    A report summarising a notice runs its duties together: ``《通知》指出：…是一次国情国力调查，各乡镇人民政府要按照…，
    做好…。为加强领导，成立…领导小组，领导小组办公室设在县统计局，负责…。县财政局除负责…外，还要…；宣传部门负责…。``
    A clause opens a duty when its units are the subject of a role verb (:func:`zygraph.sentences.subject_units.subject_units`),
    of 要 (``各乡镇人民政府要…``), of a duty said besides another (``A除负责…外，还要…``), or are set in another body and
    do the work (``A设在B，负责…``: A answers; B is where it sits). The clauses before the first duty lead in to
    them (no task); a clause naming no units goes on the duty before it; units named in general (各部门要…) open no
    duty. None unless two duties at least are named by a role verb: a paragraph of 要 is how a notice opens or
    closes (``各有关部门要…。国务院办公厅将会同…``).

    Examples
    --------
    >>> text = ("通知指出：普查是一次国情调查，各乡镇人民政府要做好组织工作。成立领导小组，领导小组办公室设在县统计局，"
    ...         "负责日常工作。县财政局除负责经费落实外，还要督促检查；宣传部门负责新闻宣传。")
    >>> [(task[:6], [i.text for i in items]) for task, items in clause_duties(text)]
    [('各乡镇人民政', ['各乡镇人民政府']), ('领导小组办公', ['领导小组办公室']), ('县财政局除负', ['县财政局']), ('宣传部门负责', ['宣传部门'])]
    >>> clause_duties("各部门要加强领导，县财政局要保障经费。") is None  # no role verb: a notice's opening
    True
    >>> clause_duties("根据《方案》，为支持发展，市发改委负责规划。市财政局要保障经费。") is None  # one role verb
    True
    """
    starts = []  # (where the duty starts, where its sentence starts, its units, whether a role verb names them)
    sentence_at = 0
    for sentence in re.split("(?<=[。；;！!])", text):
        at = 0
        for clause, _ in split_clauses(sentence):
            start = sentence.find(clause, at)
            if start < 0:
                continue
            at = start + len(clause)
            # the units and their role words open the clause: a window of the sentence keeps the reading linear
            items, worded = _clause_duty(sentence[start: start + _CLAUSE_WINDOW], known)
            if items:
                starts.append((sentence_at + start, sentence_at, items, worded))
        sentence_at += len(sentence)
    if len(starts) < _FEWEST_DUTIES or sum(worded for *_, worded in starts) < _FEWEST_DUTIES:
        return None
    tasks = []
    for (start, sentence, items, _), after in zip(starts, starts[1:] + [(len(text), len(text), None, False)]):
        # the next duty's sentence opens with clauses leading in to it (为加强领导，成立…领导小组，): not this duty's
        end = after[0] if after[1] == sentence else after[1]
        tasks.append((text[start:end].strip(), items))
    return tasks


def own_clauses(text: str, items: list[Item], later: list[Item], known=None) -> list[tuple[str, list[Item]]] | None:
    """``text``, one sentence of duties, cut into a task a clause when each later subject ``later`` opens its clause
    with a role verb of its own (``A负责…，B负责…``); None otherwise.

    ``items`` are the units the sentence opens with, ``later`` those later clauses give a share
    (:func:`zygraph.sentences.duties.later_subject_units`). A clause opening with a body and 负责 or 牵头 is a duty as a ；-clause
    is: the body does its own work, not the first body's. A later subject acting by its remit with no role verb
    (``市直有关部门，依照各自职责，…``) shares the sentence's task. The words before the first subject stay in the first
    task's text.

    Examples
    --------
    >>> text = "市大数据推进小组负责总体指导和重大问题决策，市大数据推进小组办公室负责组织推进相关决策落实。"
    >>> first, later = [Item("市大数据推进小组", "responsible", "负责")], [Item("市大数据推进小组办公室", "responsible", "负责")]
    >>> [(task[:12], [i.text for i in units]) for task, units in own_clauses(text, first, later)]
    [('市大数据推进小组负责总体', ['市大数据推进小组']), ('市大数据推进小组办公室负', ['市大数据推进小组办公室'])]
    >>> text = "各县区负责组织整治，市直有关部门，依照各自职责，加强日常排查。"
    >>> own_clauses(text, [Item("各县区", "responsible", "负责")], [Item("市直有关部门", "responsible", "依照各自职责")])
    """
    if not later or any(item.word not in _OWN_VERBS or item.role not in ("lead", "responsible") for item in later):
        return None
    duties = clause_duties(text, known)
    names = {item.text for item in items + later}
    if not duties or len(duties) < 2 or any(not units or units[0].text not in names for _, units in duties):
        return None
    before = text[: text.find(duties[0][0])]  # 按照要求，A负责…: the words before the first subject
    return [(before + duties[0][0], duties[0][1]), *duties[1:]]


def _clause_duty(text: str, known=None) -> tuple[list[Item] | None, bool]:
    """The units opening ``text`` (a clause and the rest of its sentence) as a duty's, and whether a role verb names
    them (:func:`clause_duties`); (None, False) when it opens no duty."""
    items = subject_units(text, known)
    if items and items[0].role in ("lead", "responsible") and text.startswith(items[0].text) \
            and not any(MODAL_INSIDE.search(item.text) for item in items):
        return _own(items), True  # not 根据《方案》，A负责… (the clause is the basis) nor A要建立B牵头… (no name)
    for pattern, word in ((_BESIDES, "除负责…外"), (SET_IN, SET_IN_WORD)):
        found = pattern.match(text)  # SET_IN: 领导小组办公室设在县统计局，负责… (the office answers)
        if found is not None and looks_like_unit_list(found.group("units"), known):
            return _own([Item(name, "responsible", word) for name in split_units(found.group("units"), known)]), True
    return _own(modal_subject_units(text, known, opening=True)), False


def later_duty_units(sentence: str, known=None) -> list[Item] | None:
    """The units of a sentence after a division of duties by role verbs that opens with its own units and no role
    word: a verb of work (``各乡镇组织…深入农户``) or the main responsibility taken (``乡（镇）村靠实主体责任，…``); or None.

    Read only after duties named with role verbs (``A负责…；B负责…``), where each sentence's subject is the unit
    doing it. The units are responsible; levels of government named together (``乡（镇）村``, ``镇村``) are one
    collective when they take the main responsibility. With a verb of work, only a collective of the local
    governments of one level (各乡镇, 各县区) is read: a department opening a sentence may be what the work is
    about, and a sentence of 要 (``各省（区、市）政府要…``) closes a notice with what every place must do. Units
    named in general (各部门) are none.

    Examples
    --------
    >>> [(i.text, i.role) for i in later_duty_units("各乡镇组织辅导员深入农户，及时解读政策。")]
    [('各乡镇', 'responsible')]
    >>> [(i.text, i.role, i.word) for i in later_duty_units("乡（镇）村靠实主体责任，分片包干，进村入户。")]
    [('乡（镇）村', 'responsible', '主体责任')]
    >>> later_duty_units("同时，认真分析撂荒原因。"), later_duty_units("此次行动实行日报告、周通报。")
    (None, None)
    >>> later_duty_units("各部门要加强配合。"), later_duty_units("各省（区、市）政府要建立工作机制。")
    (None, None)
    >>> later_duty_units("领导小组成员单位分头组织实施。") is None
    True
    """
    sentence = sentence.strip()
    main = _MAIN.match(sentence)
    if main is not None and (_LEVELS.match(main.group("units")) or looks_like_unit_list(main.group("units"), known)):
        names = [main.group("units")] if _LEVELS.match(main.group("units")) else split_units(main.group("units"), known)
        return _own([Item(name, "responsible", MAIN_WORD) for name in names])
    found = _LOCAL_COLLECTIVE.match(sentence)  # not 各省（区、市）政府要…: every place's requirement, as notices close
    return [Item(found.group("units"), "responsible", found.group("verb"))] if found else None
