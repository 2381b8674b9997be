"""The tasks one paragraph names and the units of each: a closing group, labels, sentences, duties.

A task paragraph names its units in a group closing it (``（牵头单位：A；配合单位：B）``), in labels
after it, in a closing sentence or clauses, as the subjects of its duties (``A负责…；B负责…``) or
of the targets it gives (``A、B引进外资各1亿美元``); a paragraph holding several sentences each
closed by its own group is one task a group. :mod:`zygraph.readers.paragraph` builds a notice's
tasks from these readings.
"""

from __future__ import annotations

import re

from zygraph.sentences.decisions import (decided_matter, decided_work, ordinal_requirements, required_clauses,
                                         required_of_units)
from zygraph.sentences.required_sentences import required_sentences
from zygraph.sentences.duties import carried_out_units, sentence_shares
from zygraph.sentences.modal_duties import modal_sentences
from zygraph.sentences.duty_sections import fielded_duties, named_duties
from zygraph.sentences.grammar import Item, SENTENCE_MARK, names_units, parse_group
from zygraph.sentences.later_subjects import own_duty_subjects
from zygraph.sentences.role_words import label_start, starts_with_label
from zygraph.sentences.inner_duties import inner_duty_units
from zygraph.sentences.lone_requirements import lone_requirements
from zygraph.sentences.prose import prose_tasks
from zygraph.sentences.running_requirements import matter_requirement
from zygraph.sentences.reported_sentences import reported_sentences
from zygraph.sentences.report_duties import clause_duties, ordinal_points
from zygraph.sentences.statements import bare_units, clause_units, closing_sentence_units, sentence_units
from zygraph.sentences.composed_members import composed_members, group_members, members_and_duties, people_then_duties
from zygraph.sentences.divided_clauses import DIVIDED_WORD, divided_clauses
from zygraph.sentences.subject_units import CONNECTIVE, designated_units, sentence_subjects, subject_units
from zygraph.sentences.schedules import schedule_units
from zygraph.sentences.steps import step_units
from zygraph.sentences.set_up_body import opening_set_in_body
from zygraph.sentences.territory import territorial_units
from zygraph.sentences.targets import target_units
from zygraph.readers.duty_lists import listed_duties

__all__ = ["find_assignment", "task_sentences", "spoken_requirements", "closing_group", "has_unit_group", "units_sentence", "this_work_units", "PREAMBLE", "END",
           "LEAD_AFTER_LABEL"]

OPEN, CLOSE = "（([【［〔", "）)]】］〕"
#: What a notice's opening says of itself: 现将…印发给你们, 通知如下, 提出以下意见, an addressee line ending in ：.
PREAMBLE = re.compile("印发给你们|通知如下|意见如下|如下[：:]|提出以下|现就|[：:]$")
END = "。；;，,：: "
#: A list of things counted, opened by its count and a colon, in the sentence a bracket closes: its last
#: item's bracket is part of that item's name, no unit (竣工项目(1个)：14家五星级酒店琼海项目(博鳌国宾馆)).
_COUNTED_LIST = re.compile(r"[（(][0-9一二三四五六七八九十]{1,3}[个项家座条所][）)][：:][^。；;]*$")
#: A sentence giving the work just described to its units: 此项工作由A负责牵头…, 该项任务由A、B负责.
_THIS_WORK = re.compile("^(?:此项|该项|这项|本项|此|该)(?:工作|任务)由")
#: The verb setting up the bodies a sentence lists with their units: 办公室下设A组（B牵头），C组（D牵头）.
_SET_UP = re.compile("下设|下設|分设|分設")
#: The word a lead named by a sentence after a label carries (责任单位：A。该点由B牵头…: A supports beside B), for the
#: reader's finding and the role rule's words.
LEAD_AFTER_LABEL = "由…牵头（标签后）"
#: The word a body a later clause gives its own 负责 carries (A负责X，B负责Y: B), for the reader's finding.
OWN_DUTY_WORD = "负责（分句主语）"


def task_sentences(text, in_body=True, numbered=True, how=None):
    """Split text at each bracketed role group: ``……（A负责）……（B负责）`` -> two tasks.

    Without a group, duties that open with their units are one task each (:func:`zygraph.readers.duty_lists.listed_duties`); outside
    the body (``in_body`` False) only where no sentence of the paragraph introduces the notice. A
    paragraph without a number may name its tasks in a report's own words (:func:`zygraph.sentences.prose.prose_tasks`):
    then ``how["prose"]`` is set, for the finding. A sentence after the last group naming the person in charge
    and the units carrying the task out (:func:`zygraph.sentences.duties.carried_out_units`) adds them to its task:
    then ``how["carried"]`` is set. A paragraph without a number giving units requirements by name, one each
    (:func:`zygraph.sentences.decisions.required_of_units`: ``他要求A…；他要求B…``; :func:`zygraph.sentences.decisions.required_clauses`:
    ``会议要求，A要…；B要…``), is one task a requirement: then ``how["required"]`` is set. One numbering its
    requirements 一要…二要… (:func:`zygraph.sentences.decisions.ordinal_requirements`) is one task each requirement naming
    units: then ``how["ordinal_requirements"]``; one whose requirements run on sentence by sentence, some naming units
    before 要 (:func:`zygraph.sentences.required_sentences.required_sentences`), is one task each of those: then
    ``how["required_sentences"]``. One opening with the matter a speaker's requirement is on (``关于…工作，徐声军要求，
    涉及单位要…``, :func:`zygraph.sentences.running_requirements.matter_requirement`) is one task from the matter: then
    ``how["matter_requirement"]``. One naming units only once, in one numbered point of several or as the departments
    concerned alone (:func:`zygraph.sentences.lone_requirements.lone_requirements`), is one task of them: then
    ``how["lone_requirements"]``. A paragraph without a number whose clauses each open with their own
    department and 要 (:func:`zygraph.sentences.modal_duties.modal_sentences`) is one task a clause: then ``how["modal_sentences"]``.
    A news report's 一是…二是… points after the words reporting them (:func:`zygraph.sentences.report_duties.ordinal_points`)
    are one task each point naming units: then ``how["ordinal_points"]``; one whose duties open clauses inside its
    sentences, named by role verbs (``…调查，各乡镇人民政府要…。…，办公室设在县统计局，负责…``), read by nothing
    else, is one task a duty (:func:`zygraph.sentences.report_duties.clause_duties`): then ``how["clause_duties"]``. A paragraph
    naming departments by field, then each in full as the subject of its share (``卫生、执法等部门负责…。卫生局要…；
    执法局要…``, :func:`zygraph.sentences.duty_sections.fielded_duties`), is one task of those departments: then
    ``how["fielded_duties"]``. A numbered point of one sentence naming no units otherwise, whose bodies are named with
    负责 inside its clauses (``成立…小组，A负责X，B负责Y``, ``委托A负责…``: :func:`zygraph.sentences.inner_duties.inner_duty_units`),
    is a task of those bodies. A meeting's decisions and requirements run sentence by sentence, each naming its units
    its own way (:func:`zygraph.sentences.reported_sentences.reported_sentences`), are one task a sentence: then
    ``how["reported_sentences"]``.
    """
    out, start = [], 0
    for open_at, close_at in _groups(text):
        items = parse_group(text[open_at + 1 : close_at])
        closes = text[close_at + 1 : close_at + 2] in ("。", "；", ";", "") or text[open_at - 1 : open_at] in ("。", "；", ";")
        if not items and closes and not _COUNTED_LIST.search(text[start:open_at]):
            # ……实力（省发改委、交通厅）。加快…, or ……情况。（大气司、水司）加强…: the bracket closes its sentence
            items = bare_units(text[open_at + 1 : close_at])
        if items:
            out.append((text[start:open_at].lstrip(END).rstrip(), items))
            start = close_at + 1
    if len(out) > 1 and _set_up_start(out[0][0]):
        out[0] = (out[0][0][_set_up_start(out[0][0]):], out[0][1])  # 办公室下设A组（B牵头），C组（D牵头）
        if how is not None:
            how["groups_set_up"] = True
    rest = text[start:].lstrip(END) if out else text
    carried = carried_out_units(rest) if out else None
    if carried:  # （牵头单位：A）。由某总工负责，B处落实。: who carries the task out is the task's too
        out[-1], rest = (out[-1][0], out[-1][1] + carried), ""
        if how is not None:
            how["carried"] = True
    fielded = fielded_duties(rest) if not out else None
    if fielded:
        if how is not None:
            how["fielded_duties"] = True
        return [(rest, fielded)]  # 卫生、执法等部门负责…。卫生局要…；执法局要…: the departments named in full
    named = named_duties(rest) if not out and (in_body or not PREAMBLE.search(rest)) else None
    if named:
        if how is not None:
            how["named_duties"] = True
        return named  # 县环保局。负责…。县农委。负责…: each unit named alone, then its duty
    divided = divided_clauses(rest) if not out and numbered and in_body else None
    if divided:  # （四）明确职责。…A、B要…。C承担…的职责；D负责…；E负责…，F要…: one task a subject's clause
        if how is not None:
            how[DIVIDED_WORD] = True
        return divided
    composed = members_and_duties(rest) if not out and in_body else None
    # 召集人：张三 A局局长成员：…联席会议办公室设在A，承担日常工作: members as people, the office's duty the first
    composed = composed or (people_then_duties(rest) if not out and in_body else None)
    if composed:  # 联席会议由A、B、C组成，A为牵头单位。…联席会议办公室设在B，承担日常工作: the members, then the office
        if how is not None:
            how["members_duties"] = True
        return composed
    duties = listed_duties(rest, numbered, how) if not out and (in_body or not PREAMBLE.search(rest)) else None
    if duties:
        return duties  # 市发改委负责…；市经贸委负责…: one task a duty
    points = ordinal_points(rest) if not out and not numbered and not PREAMBLE.search(rest) else None
    if points:
        if how is not None:
            how["ordinal_points"] = True
        return points  # 提出了四点要求：一是A、B要…；二是要…要求C…上报…: one task a point naming units
    required = (required_of_units(rest) or required_clauses(rest)) \
        if not out and not numbered and not PREAMBLE.search(rest) else None
    if required:
        if how is not None:
            how["required"] = True
        return required  # 他希望A以自身为主…；他要求B利用…: a speaker's requirement to each unit
    ordinal = ordinal_requirements(rest) if not out and not numbered and not PREAMBLE.search(rest) else None
    if ordinal:
        if how is not None:
            how["ordinal_requirements"] = True
        return ordinal  # 一要…。二要…。A、B要…。三要…: the requirements naming units, from after their ordinal
    spoken = required_sentences(rest) if not out and not numbered and not PREAMBLE.search(rest) else None
    if spoken:
        if how is not None:
            how["required_sentences"] = True
        return spoken  # 王华指出，要…。A要…。B要…: a speaker's requirements, one task a sentence naming units
    matter = matter_requirement(rest) if not out and not numbered else None
    if matter:
        if how is not None:
            how["matter_requirement"] = True
        return matter  # 关于…工作，徐声军要求，涉及单位要…: the requirement on a matter, from the matter
    lone = lone_requirements(rest) if not out and not numbered and not PREAMBLE.search(rest) else None
    if lone:
        if how is not None:
            how["lone_requirements"] = True
        return lone  # 会议提出几点要求，一是A及各相关部门要…；二是要…; 会议要求：各有关部门要…: units named once
    prose = prose_tasks(rest) if not out and not numbered and not PREAMBLE.search(rest) else None
    if prose:
        if how is not None:
            how["prose"] = True
        return prose  # 分别由X、Y承担; 主责单位是A; 有3项由A牵头，分别是…; A要在8月底…: a report's own words
    reported = reported_sentences(rest) if not out and not numbered and not PREAMBLE.search(rest) else None
    if reported:
        if how is not None:
            how["reported_sentences"] = True
        return reported  # 会议明确，X由A牵头，B配合。Y由C牵头…; A应…。B将…: one task a sentence naming units
    labelled = label_start(rest) is not None and find_assignment(rest, in_body) is not None
    # 宣传部门要…。推进部门要…。牵头单位：A，配合单位：B: the label names the paragraph's units, not its subjects
    shares = modal_sentences(rest) if not out and not numbered and in_body and not labelled else None
    if shares:
        if how is not None:
            how["modal_sentences"] = True
        return shares  # 统计部门要…；公安部门要…: one task a department's clause
    if rest.strip(END) or not out:
        found = find_assignment(rest, in_body)
        inner = inner_duty_units(rest) if found is None and not out and numbered else None
        found = (rest, inner) if inner else found  # 2、成立…，A负责X，B负责Y: a point names its bodies inside it
        clauses = clause_duties(rest) if found is None and not out and not numbered and not PREAMBLE.search(rest) \
            else None
        if clauses:
            if how is not None:
                how["clause_duties"] = True
            return clauses  # …调查，各乡镇人民政府要…。…，办公室设在县统计局，负责…: one task a duty, from its units
        if found is not None:
            out.append(found)
        elif out and len(rest) <= 2:
            pass  # a full stop or a quotation mark after the last group
        else:
            out.append((rest, []))
    return out


def spoken_requirements(text):
    """True when ``text``, a paragraph without a number, is a speaker's requirements read sentence by sentence
    (:func:`zygraph.sentences.required_sentences.required_sentences`) or naming units once
    (:func:`zygraph.sentences.lone_requirements.lone_requirements`): its tasks say all it says.

    >>> spoken_requirements("会议要求：各有关部门要认真梳理意见。"), spoken_requirements("会议听取了汇报。")
    (True, False)
    """
    return required_sentences(text) is not None or lone_requirements(text) is not None


def _set_up_start(text):
    """Where the first of the bodies a sentence sets up begins (``…。办公室下设农产品整治组``: at 农产品), or 0.

    In a paragraph naming several bodies each with its own unit (``办公室下设A组（B牵头），C组（D牵头）``),
    the first body's task is its name: the sentences before it say what sets them up, not what A does.

    >>> _set_up_start("办公室设在县质监局。办公室下设农产品整治组"), _set_up_start("下设机构")
    (15, 0)
    """
    sentence = max(text.rfind(mark) for mark in "。；;") + 1
    found = _SET_UP.search(text, sentence)
    return found.end() if found and found.start() > sentence and found.end() < len(text) else 0


def _groups(text):
    """(open, close) index of each top-level bracket pair, in order; linear."""
    depth, open_at = 0, 0
    for index, char in enumerate(text):
        if char in OPEN:
            if depth == 0:
                open_at = index
            depth += 1
        elif char in CLOSE and depth:
            depth -= 1
            if depth == 0:
                yield open_at, index


def has_unit_group(text: str) -> bool:
    """True when a bracket in ``text`` names units with their roles (``……（A负责）……``), as a task's group does.

    >>> has_unit_group("加强管理（市公安局牵头）。推进改革"), has_unit_group("整治“五小车辆”（二轮摩托车、拖拉机）")
    (True, False)
    """
    return any(parse_group(text[open_at + 1 : close_at]) for open_at, close_at in _groups(text))


def find_assignment(text: str, in_body: bool = True):
    """Split the units off a task paragraph: return ``(task text, [Item, ...])`` or None.

    The units are a bracketed group closing the text, or labels after it (with the lead a sentence after the
    labels names by 由A牵头, beside whom the label's units support); :func:`zygraph.sentences.grammar.parse_group` reads them. In the body of a notice
    (``in_body``; not its opening paragraphs, which say who does what in
    general), units named in a closing sentence or in clauses count too, and so does the body acting on a
    matter minutes settle (``关于…经费问题。县财政安排…``: :func:`zygraph.sentences.decisions.decided_matter`).

    Examples
    --------
    >>> text, items = find_assignment("办科技周。[牵头单位：市科技局；配合单位：市科协]")
    >>> text, [(i.text, i.role, i.word) for i in items]
    ('办科技周。', [('市科技局', 'lead', '牵头单位'), ('市科协', 'support', '配合单位')])
    >>> text, items = find_assignment("办科普日（市科协会同市科技局负责）")
    >>> [(i.text, i.role, i.word) for i in items]
    [('市科协', 'responsible', '负责'), ('市科技局', 'support', '会同')]
    >>> find_assignment("各牵头单位要加强统筹（2023年底前完成）") is None
    True
    >>> text, items = find_assignment("补种树苗。责任单位：县财政局。该点由县建设局牵头组织植树。")
    >>> text, [(i.text, i.role) for i in items]
    ('补种树苗。', [('县财政局', 'responsible'), ('县建设局', 'lead')])
    """
    group = closing_group(text)
    if group is not None:
        start, inner = group
        listed = _COUNTED_LIST.search(text[:start]) is not None  # 竣工项目(1个)：琼海项目(博鳌国宾馆): a name's part
        items = parse_group(inner) or (None if listed else bare_units(inner))
        if items:
            return text[:start].rstrip(), items
    label = label_start(text)
    if label is not None:
        labelled = _label_sentences(text[label:])
        items = parse_group(labelled)
        if items:
            # 补充责任单位：财政局。该绿化点由建设局牵头组织…: a lead the sentence after the label names leads beside it
            leads = [Item(item.text, "lead", LEAD_AFTER_LABEL) for item in clause_units(text[label + len(labelled):]) or []
                     if item.role == "lead"]
            return text[:label].rstrip("（([【〔 "), items + leads
    found = sentence_units(text)
    if found is not None:
        return found
    if not in_body:  # before any heading or task: only a duty its units open (市水务局负责…), never the notice's own
        # (此项工作由A负责牵头，会同B…: the work just described given to its units, as a news report says it)
        items = None if PREAMBLE.search(text) else subject_units(text) or this_work_units(text) \
            or territorial_units(text)  # 各地要按照属地管理原则负责…: the localities' share of a division
        # 会议明确，由马娜牵头，A、B负责，…: the work a report says the meeting gave, from its 由
        return (text, items) if items else None if PREAMBLE.search(text) else decided_work(text)
    found = closing_sentence_units(text)  # ……落细。A、B、各街道按职责分工负责
    if found is not None:
        return found
    items = sentence_shares(text)  # A负责…。B为牵头责任部门，…，C负责…: each sentence's roles are its own
    if items:
        return text, items
    items = sentence_subjects(text)  # 公安部负责维护……。B负责……: the units are the subjects of the duties
    if items:
        return text, _with_own_duties(text, items)  # A负责X，B负责Y: B's clause is its own share
    items = _headed_own_duties(text)  # 加强监督。A负责X，B负责Y。: a run-in heading, then bodies each with its 负责
    if items:
        return text, items
    items = composed_members(text)  # 联席会议由A、B、C组成，A为牵头单位: the members, their lead named after them
    if items:
        return text, items
    items = group_members(text)  # 救援组负责…。由A、B及有关单位组成。: the members answer for the group's duty
    if items:
        return text, items
    items = designated_units(text)  # A为该项工作的牵头单位，……。B、C为协办单位: units named as what they are
    if items:
        return text, items
    items = opening_set_in_body(text)  # 联席会议办公室设在A，承担日常工作。: the office does it; its seat is no unit
    if items:
        return text, items
    items = target_units(text)  # 2009年，A、B引进外资各1亿美元: the units given a target
    if items:
        return text, items
    items = schedule_units(text)  # 9月25日-27日为各乡镇、各单位自检自查阶段: the units doing a timetable's stages
    if items:
        return text, items
    items = clause_units(text)  # 由某副市长负责，A牵头，B配合，尽快…: the units named inside the paragraph
    # ……。A、B要牵头对…进行督促检查: the closing sentence names who leads the work
    items = items or _closing_leads(text)
    items = items or decided_matter(text)  # 关于…经费问题。县财政安排…: minutes' matter, of the body acting on it
    items = items or step_units(text)  # …后，由A提出…建议，分管副部长审核后…: the unit a procedure's step is put on
    items = items or territorial_units(text)  # 各地要按照属地管理原则负责…: the localities' share of a division
    return (text, items) if items else decided_work(text)  # 会议明确，由马娜牵头，A、B负责: from its 由


def _with_own_duties(text: str, items: list[Item]) -> list[Item]:
    """``items`` with the bodies later clauses of ``text``'s sentences open with their own 负责
    (:func:`zygraph.sentences.later_subjects.own_duty_subjects`): each leads its share of the one task.

    >>> [i.text for i in _with_own_duties("甲局负责规划，乙局负责资金。", [Item("甲局", "responsible", "负责")])]
    ['甲局', '乙局']
    """
    names = {item.text for item in items}
    more = [item for sentence in re.split("(?<=[。；;])", text) for item in own_duty_subjects(sentence)]
    for item in more:
        if item.text not in names:
            names.add(item.text)
            items = items + [Item(item.text, item.role, OWN_DUTY_WORD)]
    return items


def _headed_own_duties(text: str) -> list[Item] | None:
    """The bodies of a paragraph whose run-in heading names none, then a sentence giving several bodies each its own
    负责 (``加强监督检查。县财政局负责资金监管，县审计局负责审计监督。``): all of them, each responsible; None otherwise
    (a heading, then one body's duty, is left as it was read).

    >>> [i.text for i in _headed_own_duties("加强监督。甲局负责资金监管，乙局负责审计。")]
    ['甲局', '乙局']
    >>> _headed_own_duties("加强监督。甲局负责资金监管。") is None
    True
    """
    sentences = [part for part in re.split("(?<=[。])", text) if part.strip("。；; ")]
    if len(sentences) < 2 or subject_units(sentences[0]):
        return None
    rest = "".join(sentences[1:])
    items = sentence_subjects(rest)
    if not items or not own_duty_subjects(sentences[1]):
        return None
    return _with_own_duties(rest, items)


def this_work_units(text: str):
    """The units of a paragraph opening by giving the work just described to them (``此项工作由A负责牵头，会同B…``).

    Outside a notice's body (a news report, an opening paragraph) a paragraph names its own units only
    this way or as the subjects of its duties: the units a sentence so opened names (:func:`clause_units`),
    or None.

    Examples
    --------
    >>> [(i.text, i.role) for i in this_work_units("此项工作由市发改委负责牵头，会同市财政局等共同完成。目前已启动。")]
    [('市发改委', 'lead'), ('市财政局', 'support')]
    >>> this_work_units("此项工作意义重大，由市发改委负责牵头。") is None
    True
    """
    text = CONNECTIVE.sub("", text.strip())
    return clause_units(re.split("[。；;]", text, maxsplit=1)[0]) if _THIS_WORK.match(text) else None


def _closing_leads(text):
    """The units a paragraph's last sentence opens with when they lead (``……。A、B要牵头对…进行督促检查。``), or None.

    A closing requirement of a plan names who leads the checking of the work the paragraph sets out; a
    sentence giving its units any other role (``A要加强…``) is read as a duty elsewhere, not here.

    >>> [(i.text, i.role) for i in _closing_leads("要细化落实。区经发局、区数字办要牵头对实施情况进行督促检查。")]
    [('区经发局', 'lead'), ('区数字办', 'lead')]
    >>> _closing_leads("要细化落实。区经发局要加强督查。"), _closing_leads("区经发局要牵头督查。")
    (None, None)
    """
    body = text.rstrip("。；; ")
    cut = body.rfind("。")
    if cut < 0:
        return None
    items = subject_units(body[cut + 1:])
    return items if items and all(item.role == "lead" for item in items) else None


def _label_sentences(text):
    """The sentences of ``text`` that labels open, from its first: ``牵头部门：A。进度较慢的县区为B。`` -> the first."""
    sentences = [part for part in re.split(r"(?<=[。])", text) if part.strip()]
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if not starts_with_label(sentence.strip()):
            break
        kept.append(sentence)
    return "".join(kept)


def closing_group(text):
    """The bracketed group that ends ``text`` (nested brackets allowed): (start, inner text).

    >>> closing_group("加强管理。（A局牵头）"), closing_group("加强管理。[A局牵头，B局配合)]")
    ((5, 'A局牵头'), (5, 'A局牵头，B局配合'))
    """
    end = len(text.rstrip(END))
    if not end or text[end - 1] not in CLOSE:
        return None
    depth = 0
    for index in range(end - 1, -1, -1):
        depth += (text[index] in CLOSE) - (text[index] in OPEN)
        if depth == 0:
            return index, text[index + 1 : end - 1].strip()
    if end >= 2 and text[end - 2] in CLOSE:  # 〔A牵头…不再列出)〕: a stray closer before the group's own
        return closing_group(text[: end - 2] + text[end - 1:])
    return None


def units_sentence(line: str):
    """The units of a line that is one sentence naming only units with their role (``由A、B负责落实。``), or None.

    Copies that break a paragraph's closing sentence onto a line of its own leave such a line under
    the text it closes (``今年主要目标是…。`` / ``由市发改委，各县（市）、区人民政府负责落实。``).

    Examples
    --------
    >>> [(i.text, i.role) for i in units_sentence("由市人民政府各相关部门，各县（市）、区人民政府负责落实。")]
    [('市人民政府各相关部门', 'responsible'), ('各县（市）、区人民政府', 'responsible')]
    >>> units_sentence("各部门要抓好落实。"), units_sentence("市财政局负责。加强督查。")
    (None, None)
    """
    body = line.strip().rstrip(END)
    if not body or SENTENCE_MARK.search(body):
        return None
    items = parse_group(body)
    return items if items and names_units(items) else None
