"""Reader for numbered task paragraphs that name their units inline: ``3.建设……。（牵头单位：市科技局）``.

Layout, as notices and implementation plans write it: section headings
(``一、`` ``（一）``) set the area; each numbered paragraph (``1.`` ``（1）``) is a
task, and its units follow it in one of these forms:

* labels in brackets: ``（牵头单位：市科技局，配合单位：市科协、市教育局）``, with
  ``（）`` ``()`` ``[]`` ``〔〕`` or ``【】``, or without brackets at the end of the task;
* labels on lines of their own under the task, blank lines between allowed:
  ``牵头单位：市科技局`` then ``责任单位：市科协``, or both on one line split by 。;
* units before a verb: ``（市发展改革委、市财政局负责）``,
  ``（由市科协牵头，市教育局、团市委参与）``, ``（市科协会同市教育局负责）``.

What a group of units means is read by :mod:`zygraph.sentences.grammar`. A paragraph
holding several sentences each closed by its own group (``……（A指导）……（B负责）``)
gives one task per group (a bracket of bare units closing a sentence counts: ``……（A、B）。……（C）。``);
a paragraph without a number whose sentences each open with their units (``A牵头，组织…。B牵头，督促…。``)
gives one task per sentence; a paragraph of a news report's own words gives one task per task it names
(:mod:`zygraph.sentences.prose`: ``A、B工作分别由X、Y承担``, ``第1项任务“……”，主责单位是A``, ``有3项由A牵头，分别是X；Y；Z``,
``A要在8月底完成……``), or a speaker's requirements to units by name (``他希望A…；他要求B…``: one task each; ``王华指出，要…。A要…。B要…``: one
task a sentence naming units); numbered matters of minutes (``1.关于…问题。县财政安排…``) are tasks of the body acting
on each; tasks numbered ``一是`` ``二是`` after a title (``抓好……。一是……（A）。二是……（B）``) start at their ordinals,
under the title; numbered tasks run on in one line (``……。7.……（…）8.……``) are read apart; a heading broken off after
a comma goes on over the lines below it; a paragraph without a number that closes with its own units is a task under
the heading above, and so are the paragraphs before it when each of them opens with a target's name and a colon
(``百个大空间：…`` / ``万个微基建：…（牵头单位：A）``: one bracket for the heading's targets, :mod:`zygraph.readers.target_paragraphs`). A heading that names units is a task, unless numbered items under it name none: then they take its
units (a heading may name a department and the word for its duties, ``（七）卫生部门职责、任务``); a paragraph under it
announcing the items below (``……部门职责和任务如下：``) is their lead-in, no task; under a heading of a unit's duties (``二、各成员单位共同职责``:
the duties every member shares), each paragraph ending its sentence is one duty, and so under a member's cell of a duties
table copied one cell a paragraph (``成员单位`` / ``党政办`` / its duties: :mod:`zygraph.readers.unitcells`); an
``附件：`` line ends the body, and the hold of every heading above. Items naming no units otherwise, each opening
with its own department and 要 (``（一）公安部门要…；（二）供销社要…``; beside two such, without 要: ``2、水务局加强…``),
are that department's duties, and so are numbered items opening with their department set off by a colon or a full
stop (``15、市卫生局：负责…``), and lines
without a number, two or more in a row, each opening so (``县水利局：负责…`` / ``县气象局：负责…``, or run together
with spaces, ``……险情。 市水务局:负责……``); after such a numbered duty, a sentence opening with other units
(``市森林防火指挥部其他成员随时听候调遣…``) is theirs (:mod:`zygraph.readers.opened_sections`). Before any heading,
a paragraph giving the work just described to its units (``此项工作由A负责牵头，会同B…``) is their task, and so is a news paragraph's one sentence
dividing work by role verbs (``…各级各部门要…。A牵头，B、C等部门密切配合，…``), whole in its line. A sentence naming
units for every task (``以下均需试点城市政府落实，不再列出``) adds them to every later task, in the role they have where named.
Sections of running text under headings name their units in sentences (``A为该项工作的牵头单位……。B、C为协办单位``,
``A作为全市招商牵头责任部门，要……``), or give them targets (``2009年，A、B引进外资各1亿美元``: a ``target_subject`` finding);
after such a section, the next one opened by a unit with a duty (``县督查室要……``) is that unit's task; after
an arrangement naming its units in its own sentence (``二、A牵头并协调B…``), so is one its units open with 要.
A short notice naming nothing so, whose sentences give its addressees their shares by name (``各乡镇、街道：`` /
``……。各乡镇要…。各成员单位依据职能…``), is one task a share (:mod:`zygraph.readers.addressed`); one naming nothing
but the rules it has units draw up (``实施办法由A会同B制定``), one task each such sentence (:mod:`zygraph.readers.drafted`), or
the tasks it quotes (``针对“…”，要求A负责``: :mod:`zygraph.readers.quoted`). A group's ``主要职责：`` is its task's, a report's
lead-in none (:mod:`zygraph.readers.taskbounds`). A line naming who answers for a measure and leading in to its items
(``8.实时工作报告。`` / ``A会同B负责，具体工作是：`` / ``（1）…``: :mod:`zygraph.sentences.office_lines`) makes the measure, the line and the items
one task of those units; a numbered line naming only its units (``4、A负责：``) heads the items numbered otherwise below it
(:mod:`zygraph.readers.ownerlines`). Before any task, a cover letter's sentence in which named units lead work
(``根据…要求，A、B牵头制定…``) is their task (:mod:`zygraph.readers.opening`). Minutes' requirements after ``会议要求：``
are read by :mod:`zygraph.readers.minutes`. A label line closing a run of items naming no units is each item's, or,
under a bare name whose items are one sentence's clauses (``1. 城北车站`` / ``（1）…；`` / ``整改责任单位：A``), one task
with the name (:mod:`zygraph.readers.item_runs`).
"""

from __future__ import annotations

import re
from pathlib import Path

from zygraph.sentences.decisions import decided_work
from zygraph.sentences.duties import headed_duties, headed_duty_units, unit_heading
from zygraph.sentences.duty_sections import kind_heading, divides_duties
from zygraph.sentences.heading_bodies import section_duty_units
from zygraph.errors import LayoutError
from zygraph.findings import Finding
from zygraph.sentences.grammar import Item
from zygraph.sentences.role_words import label_start, names_a_person, starts_with_label
from zygraph.sentences.office_lines import office_line
from zygraph.readers.assignment import (END, PREAMBLE, find_assignment, spoken_requirements, task_sentences,
                                       this_work_units, units_sentence)
from zygraph.readers.blockrows import area_of, block_rows
from zygraph.readers.copies import without_copy_marks
from zygraph.readers.docx import document_text
from zygraph.readers.group_leaders import leader_line
from zygraph.readers.groupheads import split_group_headings
from zygraph.readers.group_titles import group_titles_joined
from zygraph.readers.item_runs import close_items_above
from zygraph.readers.lostmarks import lost_marks_apart
from zygraph.readers.list_lead_ins import owner_lead_in
from zygraph.readers.lines import (HEADING, PARAGRAPH_BREAK, continues_units, joint, labels_on_own_lines, logical_lines,
                                  number_of, paragraphs_by_space, task_number)
from zygraph.readers.members import members_apart
from zygraph.readers.normalize import Normalizer
from zygraph.readers.notice import parse_notice
from zygraph.readers.opened_sections import after_headed_duty, next_section
from zygraph.readers.opening import cover_work, led_by
from zygraph.readers.ownerlines import owner_lines_as_headings
from zygraph.readers.points import speaker_lead_in
from zygraph.readers.raw import RawDocument
from zygraph.readers.run_on_lines import split_run_on
from zygraph.readers.running_text import running_text_rows
from zygraph.readers.sibling_duties import RUN_IN, next_duty
from zygraph.readers.taskbounds import task_bounds
from zygraph.readers.target_paragraphs import shared_bracket
from zygraph.readers.unitcells import cells_apart, unit_cells
from zygraph.sentences.document_wide import aside_said, document_wide, said_below, wide_role_said
from zygraph.names.part_collectives import wholes_read
from zygraph.sentences.statements import clause_units, heading_units, units_for_preceding
from zygraph.names.list_marks import FIRST_LEADS

_MARK_DIGITS = re.compile("[0-9①-⑳]+")  # the number of a task's mark, for its kind: (n), n., n、
_HALF = str.maketrans("（）．﹒", "()..")
__all__ = ["read_paragraphs", "parse_paragraphs", "find_assignment", "with_notes", "FIRST_LEADS"]

_NOTE = re.compile(r"^(注|备注|说明)[：:0-9一]")
_REQUIREMENT = re.compile(r"^(?:工作|具体|完成)?要求[：:]")  # 工作要求：由A牵头… under a task's label lines
_LABEL_OF = {"lead": "牵头单位", "support": "配合单位", "responsible": "责任单位"}  # a unit's role, said as a label
_BROKEN = ("，", ",", "、")  # a line that breaks off inside its sentence: the next line goes on with it
_SENTENCE_ENDS = ("。", "；", ";", "！")  # a line ending so has said all it says
#: Units told to act as another document divides their duties (A、B按照《…办法》职责分工执行。): the duties are there, no
#: task here.
#: Only a referral to that document's division (职责分工执行, 各自职责执行): A依照《…方案》履行职责 is a duty of A's own.
_BY_OTHER_DOCUMENT = re.compile("^[^，,。；;《]{2,60}?(?:按照|依照|根据|按)《[^》]{2,60}》(?:的|中|规定的)?"
                                "(?:(?:各自)?(?:职责分工|分工)|各自(?:的)?职责)(?:执行|履行职责|履职|落实)[。；;]?$")
_TITLE_LEVEL = 3  # a numbered title (1、成员单位职责) heads what is under a part's (一、) and a section's (（一）)
#: What a bracket holding only a document-wide rule leaves once the rule is taken out (……县城。[以下任务均需A落实]).
_EMPTIED_BRACKETS = ("[]", "（）", "()", "【】", "〔〕", "［］")
#: A sentence saying what the work is (开展“国民休闲汇”活动，是…的群众性休闲文化活动。), before one dividing it.
_WHAT_IT_IS = re.compile("^[^。；;，,]{2,40}[，,]是[^。；;]+。")
#: A line listing a notice's attachments (附件：, 附件1：…表) after its body: no heading above owns what follows.
_ATTACHMENT = re.compile("^附件[0-9一二三四五六七八九十]*(?:[：:]|$)")


def read_paragraphs(path: str | Path) -> RawDocument:
    """Read numbered task paragraphs from a text file or a Word document's paragraphs.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.txt"
    >>> _ = path.write_text("一、科普\\n1.办科技周。（牵头单位：市科技局，配合单位：市科协）\\n", encoding="utf-8")
    >>> row = read_paragraphs(path).rows[0]
    >>> row.area, row.task, row.lead, row.support
    ('科普', '办科技周。', '市科技局', '市科协')
    """
    text, encoding, notes = document_text(path)
    return with_notes(parse_paragraphs(text, path), encoding, notes)


def with_notes(document: RawDocument, encoding: str, notes) -> RawDocument:
    """Return ``document`` with its encoding in meta and the loader's notes as findings first.

    Examples
    --------
    >>> document = with_notes(parse_paragraphs("1.办科技周（市科协负责）"), "gb18030", [("encoding", "read as GB18030")])
    >>> document.meta["encoding"], [f.code for f in document.findings][:2]
    ('gb18030', ['encoding', 'role_rule'])
    """
    document.meta["encoding"] = encoding
    notes = [Finding(None, "info", code, message, "none needed") for code, message in notes]
    return RawDocument(document.path, document.layout, document.meta, document.rows, notes + document.findings)


def parse_paragraphs(text: str, path: str | Path = "<text>", layout: str = "paragraph") -> RawDocument:
    """Read numbered task paragraphs from ``text`` (see the module docstring for the layout).

    Raises
    ------
    LayoutError
        When no numbered paragraph names its units.

    Examples
    --------
    >>> doc = parse_paragraphs("（一）科普\\n1.办科普日（由市科协牵头，市科技局参与）")
    >>> [(r.area, r.task, r.lead, r.support) for r in doc.rows]
    [('科普', '办科普日', '市科协', '市科技局')]
    >>> [f.message for f in doc.findings if f.code == "role_rule"]
    ['roles from the words 牵头 (lead) and 参与 (support): lead 市科协; support 市科技局']

    Notes
    -----
    The area of a task is the nearest heading above it; that of a heading
    read as a task is the heading one level up (``一、`` above ``（一）``). A paragraph goes on
    over the lines below it until its units are named. Roles follow :func:`zygraph.sentences.grammar.assign_roles`
    (the first unit listed leads where the notice says so: :data:`FIRST_LEADS`); each task gets a
    ``role_rule`` finding saying which rule applied. Units no sentence, bracket or label names are not guessed.
    """
    normalise, tables, marks = Normalizer(), [], []
    text = without_copy_marks(text, marks)  # 第2页共4页, a preview's 2、, a printed page's wraps: the copy's marks
    text = members_apart(text, tables)  # 。区公安局：负责…。区财政局：负责…: members' duties run on without spaces
    text = cells_apart(text, tables)  # 成员单位 党政办 贯彻落实…: a duties table's cells run on with spaces
    lines = task_bounds(normalise.text(paragraphs_by_space(text, tables)).split("\n"), tables)  # run-on paragraphs; a task's bounds
    first_leads = any(FIRST_LEADS.search(line) for line in lines)
    members = _member_lines(lines)
    cells = set(unit_cells(lines, tables))  # 成员单位 / 党政办 / its duties: a duties table copied one cell a paragraph
    findings = marks + normalise.findings() + tables
    lines, broken = lost_marks_apart(lines, findings)  # …工作市爱卫办统筹…: a copy that lost its marks, broken again
    lines = group_titles_joined(lines, findings)  # 4.3.4救援组 / 负责…。由A、B组成。: the group's name opens its duty
    blocks, heads, notice_end, seen_task = [], {}, None, False  # heads: heading level -> its area
    previous = None  # the number of the last numbered task
    ordinal = 0  # the last 是-ordinal task's number under this heading; None after a task numbered otherwise (1、)
    wide = {"items": [], "origin": None}  # units named once for every later task, and the block naming them
    plain = None  # the last paragraph without a number after a closed task or a heading: (line, text, finding)
    owner = None  # the heading above that names who does its tasks (（一）省监察厅牵头的工作)
    logical = []  # the logical lines as read, for sections naming their units as subjects (subject_sections)
    targets = (None, [])  # the heading last read and the paragraphs without units under it: (line, text, finding)
    speaker = False  # under a leader's words (甄贵福指出：), numbered items are their points (zygraph.readers.points)
    attached = []  # where in ``blocks`` each 附件： line stands: the first block after it is out of every heading's hold
    for number, line in split_run_on(labels_on_own_lines(logical_lines(lines, findings), findings), findings):
        logical.append((number, line))
        heading, task = HEADING.match(line), task_number(line, previous, ordinal)
        titled = bool(task) and not heading and _dividing_title(line[task.end():])
        if titled:  # 1、XX镇成员单位的主要职责 / 镇党政办：…: a numbered title over the members' duties heads them
            findings.append(Finding(number, "info", "dividing_title", f"a numbered line is a title dividing the "
                                    f"duties below it: {line[:30]}", "read as a heading, not a task"))
            heading, task = task, None
        if task and not heading and owner_lead_in(blocks, owner):  # （一）A局 / A局…主要履行以下职责： / 1.…
            findings.append(Finding(blocks[-1]["line"], "info", "list_lead_in", "a paragraph right under a heading "
                                    f"naming a unit leads in to its numbered duties: {blocks.pop()['text'][-20:]}",
                                    "not read as a task: the items under it are the heading's unit's duties"))
        mark = heading or task
        if mark and (starts_with_label(line[mark.end():]) or names_a_person(line[mark.end():])):
            line, heading, task = line[mark.end():], None, None  # （二）责任单位：… numbers a label line
        label = starts_with_label(line)
        if (heading or task) and notice_end is None:
            notice_end = number
        rest, units, role = document_wide(line)
        units = wholes_read(units, number, findings)  # 均涉及四市或部分市人民政府: the four cities' governments
        new_wide = None
        # ……卫星县城。[以下任务均需A落实，不再列出]: the rule in a bracket closing a paragraph, where its units stand
        closing_rule = bool(units) and bool(blocks) and rest.rstrip(END).endswith(_EMPTIED_BRACKETS)
        if units:
            # 以下事项均需县级政府负责: the tasks below; ……不再做分工，下同: this task too
            below = said_below(line) and not closing_rule
            new_wide = {"items": [Item(name, role, "不再列出") for name in units], "origin": None,
                        "below": below}
            how = wide_role_said(line, role)
            findings.append(Finding(number, "info", "document_wide_units",
                                    f"{'、'.join(units)} are named once for every task from here on: {line[:40]}"
                                    f"{aside_said(line)}",
                                    f"added to every task from this line on, {how}"))
            if not rest.strip(END + "（）()〔〕[]【】") or not (blocks or task or heading or label):
                # a sentence of its own (以下均需……), or one in the notice before any task: the tasks below
                # carry the units
                wide, new_wide = new_wide, None
                if not rest.strip(END + "（）()〔〕[]【】"):
                    continue
            line = rest.rstrip(END)[: -len(_EMPTIED_BRACKETS[0])] if closing_rule else rest
        if names_a_person(line):
            at = label_start(line)
            if at is None:
                findings.append(Finding(number, "info", "person_line", f"a line naming a person: {line[:30]}",
                                        "ignored: zygraph reads units, not people"))
                continue
            # 责任领导：张三；责任单位：…: the person goes, the units stay
            findings.append(Finding(number, "info", "person_line", f"the line names a person first: {line[:at][:30]}",
                                    "ignored the person; read the units after it"))
            line = line[at:]
            label = True
        last = blocks[-1] if blocks and not blocks[-1].get("cover") else None  # a cover lead: still the opening
        if not (task or heading or label) and leader_line(line, number, last, findings):
            owner = last if last is not None and last.get("led_group") else owner  # （二）宣传组 / 组长：A（…） / 负责…
            continue
        if _ATTACHMENT.match(line):
            owner, heads = None, {}  # 附件：成员单位职责分工表: the body ends, and with it its headings' hold
            attached.append(len(blocks))  # … and the units of the headings above it: the blocks after it own none
        if (number, line.strip()) in cells:
            # 成员单位 / 党政办 / 贯彻落实…。: a member's cell owns its duties below, as a heading naming a unit does
            blocks.append(_block(number, _area_above(heads, None), line, wide, heading=True))
            owner, plain = blocks[-1], None
            findings.append(Finding(number, "info", "unit_cell", f"a unit's cell, a paragraph of its own, in a table of "
                                    f"units and duties copied one cell a paragraph: {line[:20]}",
                                    "read the paragraphs below it, up to the next unit's cell, as its duties"))
            continue
        if plain is not None and (task or heading) and units_sentence(line[(task or heading).end():]):
            # 某区…工作分工 / 1.A牵头，B配合。: a numbered item naming only its units is its own task, never the
            # closing sentence of the paragraph above (nor its number part of a unit's name)
            findings.append(Finding(number, "info", "numbered_units_item", f"a numbered item naming only its units "
                                    f"follows a paragraph without a number: {line[:40]}", "read as a task of its own, "
                                    "not as the sentence closing the paragraph above"))
        preceding = None if (task or heading or label) else units_for_preceding(line)
        if preceding is not None:
            count, label_line = preceding
            open_tasks = []
            for block in reversed(blocks):
                if block["heading"] or block["labels"] or block["closed"] or (count and len(open_tasks) == count):
                    break
                open_tasks.append(block)
            for block in open_tasks:
                block["labels"].append((number, label_line))
            findings.append(Finding(number, "info", "units_for_preceding",
                                    f"{line[:40]} names the units of the {len(open_tasks)} task(s) above it",
                                    "gave them those units"))
        elif plain is not None and (label or not (task or heading) and units_sentence(line)):
            # a paragraph without a number, then its labels on the next line: that paragraph is the task
            plain_line, plain_text, stray = plain
            if not label:  # 一、主要目标 / 今年…。 / 由A，B负责落实。: the paragraph's closing sentence on its own line
                findings.append(Finding(number, "info", "units_sentence", f"a sentence of its own naming only "
                                        f"units closes the paragraph above it: {line[:40]}",
                                        "read the paragraph as a task with those units"))
            if stray in findings:
                findings.remove(stray)
            blocks.append(_block(plain_line, _area_above(heads, None), plain_text, wide))
            blocks[-1]["labels"].append((number, line))
            seen_task, plain = True, None
        elif label and last is not None:  # 牵头单位：… on a line of its own: the units of the task above (or of a run)
            if len(blocks) > 1 and targets[0] is blocks[-2] and not last["heading"] and not last["labels"] \
                    and last["number"] is None and targets[1]:
                # （一）… / 以…。(no units) / …由A组织B确认。 / 相关部门：…: the label closes every paragraph under the
                # heading, the one without units too, not the last alone
                findings[:] = [f for f in findings if all(f is not stray for _, _, stray in targets[1])]
                last["text"] = "".join(text for _, text, _ in targets[1]) + last["text"]
                last["line"] = targets[1][0][0]
                findings.append(Finding(number, "info", "label_closes_paragraphs", f"{line[:40]} closes the "
                                        f"{len(targets[1]) + 1} paragraphs under the heading above it",
                                        "read them as one task with those units"))
            close_items_above(blocks, number, line, findings)
        elif label:
            findings.append(Finding(number, "warning", "label_without_task", f"units named before any task: {line[:40]}",
                                    "ignored: no numbered task or heading above them"))
        elif last is not None and last["labels"] and _REQUIREMENT.match(line) \
                and clause_units(line[_REQUIREMENT.match(line).end():]):
            # 责任单位：A B C / 工作要求：由A牵头，并负责报进度。: the requirement names the lead among the units
            named = [item for item in clause_units(line[_REQUIREMENT.match(line).end():]) if item.role in _LABEL_OF]
            last["labels"].append((number, "；".join(f"{_LABEL_OF[item.role]}：{item.text}" for item in named)))
            findings.append(Finding(number, "info", "requirement_names_lead", f"{line[:40]} names who leads the "
                                    "task above", "read with the task's labels"))
        elif heading and last is not None and last["article"] and not last["closed"] and not last["labels"] \
                and line[0] in "（(" and not (find_assignment(line[heading.end():]) or headed_duty_units(line[heading.end():])):
            last["text"] += line  # （一）… inside 第一条: the article's items, not a heading, unless it names its units (（一）A部门：…)
        elif not (task or heading or label) and (office := office_line(line)) is not None:
            # 8.实时工作报告。 / A会同B负责，具体工作是： / （1）…: the line names who answers for the measure its number
            # opens above it (or, with none open, for itself) and for the items below
            if not (last is not None and last["number"] is not None and not (last["heading"] or last["labels"]
                                                                             or last["closed"])):
                blocks.append(_block(number, _area_above(heads, None), "", wide))
            blocks[-1]["text"] += line
            blocks[-1].update(office=office, closed=True)
            findings.append(Finding(number, "info", "office_line", f"a line names who answers for the measure and "
                                    f"leads in to its items: {line[:30]}", "read the measure, the line and the "
                                    "numbered items below it as one task of those units (会同B: B supports)"))
            seen_task = True
        elif task and not heading and _office_item(last, task, line):
            last["text"] += line  # （1）…；（2）…: the items an office line handed over, the measure's own work
            last["item_style"] = _style(task)
        elif task or heading:
            start = (task or heading).end()
            closed = find_assignment(line[start:]) is not None
            level = None if task else _TITLE_LEVEL if titled else 2 if line[0] in "（(" else 1
            blocks.append(_block(number, _area_above(heads, level), line[start:], wide, closed=closed,
                                 heading=not task, number=number_of(task.group(0)) if task else None,
                                 article=bool(task) and task.group(0).startswith("第")))
            blocks[-1]["style"] = _style(task) if task else None
            blocks[-1]["point"] = speaker = speaker and bool(task)
            blocks[-1]["level"] = level
            previous = blocks[-1]["number"] if task else previous
            ordinal = 0 if heading else (blocks[-1]["number"] if task.group(0).strip().endswith("是") else None)
            if heading:
                named = heading_units(line[start:]) or unit_heading(line[start:])
                after_unit = owner is not None and owner["heading"] and owner.get("level") == level
                if not named and (kind := kind_heading(line[start:], heads.get(level - 1, ""), after_unit)):
                    named = blocks[-1]["led_group"] = kind  # （七）各街道办事处 …（八）物业服务企业: a kind of body
                    findings.append(Finding(number, "info", "kind_heading", f"after a heading naming a unit, a heading "
                                            f"names a kind of body: {line[start:]}", "read it as the unit of the duties "
                                            "under it"))
                # 三、儋州市政府 over （一）重点项目。: a deeper heading naming no units keeps the owner above it
                keep = owner is not None and not named and level > (owner.get("level") or 1)
                owner = blocks[-1] if named else owner if keep else None
            if heading:
                heads = {k: v for k, v in heads.items() if k < level} | {level: area_of(line[start:])}
            seen_task = seen_task or closed or not heading
        elif last is not None and last["labels"] and continues_units(last["labels"][-1][1], line):
            label_line, label_text = last["labels"][-1]
            last["labels"][-1] = (label_line, label_text + joint(label_text, line) + line)
            findings.append(Finding(number, "info", "line_joined", f"the unit list of line {label_line} goes on "
                                    f"on line {number}: {line[:30]}", "read the lines as one list"))
        elif after_headed_duty(last, line):
            # （11）A、B。 / 负责…。 / C其他成员随时听候调遣…: after a duty its department heads, a sentence opening with
            # other units is theirs, not more of that duty
            blocks.append(_block(number, _area_above(heads, None), line, wide, closed=True))
            blocks[-1]["section_duty"] = True
            findings.append(Finding(number, "info", "duty_after_headed_duty", f"after a duty its department heads, "
                                    f"a sentence opens with other units: {line[:20]}",
                                    "read as a task of the units it opens with, not more of the duty above"))
            seen_task = True
        elif last is not None and not last["labels"] and not last["closed"] and not _NOTE.match(line) \
                and (not last["heading"] or RUN_IN.search(last["text"]) or last["text"].endswith(_BROKEN)):
            # a task goes on until its units; so does a run-in heading with a sentence (（一）畅通工程。加快…)
            # and a heading broken off inside its sentence (（一）以……为指导， / 推动……)
            last.setdefault("joins", []).append(len(last["text"]))  # where each line taken in starts
            last["text"] += line
            last["closed"] = find_assignment(line) is not None  # the units close the line that names them
        elif (last is None or last["closed"] or last["heading"] or last["labels"]) \
                and (_names_units(line, in_body=last is not None or led_by(line)) or next_duty(last, line) or closing_rule
                     or (number, line.strip()) in broken):
            # a paragraph without a number that closes with its own units: a task under the heading above
            # 市科协协调…。, after 市外办协助…: a duty ending its sentence ends its line (a PDF line breaks off before)
            duty = not _names_units(line, in_body=last is not None or led_by(line)) and line.rstrip().endswith(_SENTENCE_ENDS)
            shared = shared_bracket([(n, t) for n, t, _ in targets[1]], line) if last is targets[0] else []
            if shared:  # 百个大空间：… / 千个链接点：… / 万个微基建：…（牵头单位：A）: one bracket for the heading's targets
                findings[:] = [f for f in findings if all(f is not stray for _, _, stray in targets[1])]
                findings.append(Finding(shared[0][0], "info", "targets_share_bracket", f"{len(shared) + 1} paragraphs "
                                        f"under a heading each name a target, the units closing the last: "
                                        f"{shared[0][1][:20]}", "read them as one task with those units"))
                number, line = shared[0][0], "".join(text for _, text in shared) + line
            if last is None and led_by(line) and not _names_units(line, in_body=False):
                findings.append(Finding(number, "info", "led_by", f"before any heading or task, a sentence gives an "
                                        f"event to its host with 由…主办: {line[-30:]}", "read the paragraph as a task of "
                                        "the units it names"))
            said = _WHAT_IT_IS.match(line)
            if said and not duty and _names_units(line[said.end():]) and not _names_units(said.group(0)):
                # 开展“休闲汇”活动，是…活动。根据…，由A主办，B承办: what the work is, before the sentence dividing it
                findings.append(Finding(number, "info", "what_it_is", f"the paragraph opens by saying what the work "
                                        f"is: {said.group(0)[:30]}", "read the task from the sentence after it"))
                line = line[said.end():]
            # …。A牵头，B、C等部门密切配合，全力推进…。: a sentence dividing the work says all it says, and so do a
            # speaker's requirements read sentence by sentence (王华指出，要…。A要…。B要…), their finding their reading's
            spoken = spoken_requirements(line)
            blocks.append(_block(number, _area_above(heads, None), line, wide,
                                 closed=duty or closing_rule or find_assignment(line) is not None
                                 or _divides_work(line, in_body=last is not None or led_by(line))
                                 or spoken))
            blocks[-1]["duty"] = duty
            if (number, line.strip()) in broken:  # the unit it was broken off at does it, and it ends there
                blocks[-1].update(section_duty=True, closed=True)
            if last is None and this_work_units(line):
                findings.append(Finding(number, "info", "this_work", f"before any heading or task, a paragraph gives "
                                        f"the work just described to its units: {line[:20]}",
                                        "read the paragraph as a task of those units"))
            elif not spoken and (decided := decided_work(line)) is not None:
                findings.append(Finding(number, "info", "decided_work", f"a report of a decision or a requirement "
                                        f"gives work to units: {decided[0][:20]}", "read the work (from its 由, or "
                                        "the requirement whose clause they open with 要) as a task of those units; "
                                        "the words reporting it are no part of it"))
            seen_task = True
        elif _duty_in_section(heads, last, line) and _BY_OTHER_DOCUMENT.match(line.strip()):
            findings.append(Finding(number, "info", "duties_in_other_document", f"a paragraph under the heading "
                                    f"{_area_above(heads, None)[:12]} refers its units to another document's division "
                                    f"of duties: {line[:24]}", "no task here: the duties are in that document"))
        elif _duty_in_section(heads, last, line):
            # 三、职责分工 / 各村是…责任主体…。 / 农业办积极开展…: under a heading dividing duties, each paragraph
            # opening with its units is their duty
            blocks.append(_block(number, _area_above(heads, None), line, wide, closed=True))
            blocks[-1]["section_duty"] = True
            blocks[-1]["member"] = members.get((number, line.strip()), False)  # 区公安局：负责…: up to its colon
            findings.append(Finding(number, "info", "duty_in_section", f"a paragraph under the heading "
                                    f"{_area_above(heads, None)[:12]} opens with its units: {line[:20]}",
                                    "read as a task of the units it opens with"))
            seen_task = True
        elif (last is None or last["closed"] or last["heading"] or last["labels"]) and (number, line.strip()) in members:
            # 县水利局：负责…；负责…。 one a line, no number, in a run of them: a member's duties
            blocks.append(_block(number, _area_above(heads, None), line, wide, closed=True))
            blocks[-1]["member"] = members[number, line.strip()]
            seen_task = True
        elif next_section(blocks, line):
            # 三、跟踪督办 / 县督查室要……, after a section whose running text named its units: the unit's task
            blocks.append(_block(number, _area_above(heads, None), line, wide, closed=True))
            blocks[-1]["section_duty"] = True
            seen_task = True
        elif owner is not None and last is not None and (last is owner or last["closed"] or last["labels"]) \
                and PREAMBLE.search(line):
            # （一）区级部门 / 各部门要……。部门职责和任务如下： / 1.A负责…: the items' lead-in, not a task of the heading's
            findings.append(Finding(number, "info", "list_lead_in",
                                    f"a paragraph announcing the items below it: {line[-30:]}",
                                    "not read as a task of the heading's units"))
            continue
        elif owner is not None and last is not None and (last is owner or last["closed"] or last["labels"]
                                                         or last["heading"]) \
                and not _NOTE.match(line) and not FIRST_LEADS.search(line):
            # a paragraph under a heading that names who does its tasks (（一）省监察厅牵头的工作): a task; under one
            # naming a unit's duties (各成员单位共同职责, a member's cell), a paragraph ending its sentence is one duty
            blocks.append(_block(number, _area_above(heads, None), line, wide,
                                 closed=line.rstrip().endswith(_SENTENCE_ENDS) and bool(unit_heading(owner["text"]))))
            seen_task = True
        elif last is None and (cover := cover_work(line, findings, number)) is not None:
            # 近日，…印发《意见》。根据…要求，A、B牵头制定具体办法。请各部门…: a cover letter's own lead, before any task
            blocks.append(_block(number, _area_above(heads, None), cover, wide, closed=True) | {"cover": True})
            findings.append(Finding(number, "info", "cover_work", f"before any task, a sentence gives named units "
                                    f"work they lead: {cover[:30]}", "read that sentence as a task of those units; the "
                                    "rest of the paragraph (what is forwarded, a request to everyone) is none"))
            seen_task = True
        elif not _NOTE.match(line) and not FIRST_LEADS.search(line):
            speaker = speaker_lead_in(line)
            stray = Finding(number, "info", "stray_text", f"text between tasks: {line[:40]}",
                            "ignored: it is not a numbered task or a unit label")
            if seen_task:
                findings.append(stray)
            if (last is None and not PREAMBLE.search(line)) \
                    or (last is not None and (last["closed"] or last["heading"] or last["labels"])):
                plain = (number, line, stray)  # a task if its labels follow on the next line
            if last is not None and last["heading"] and not last["closed"]:
                targets = (last, targets[1] + [(number, line, stray)]) if targets[0] is last else (last, [(number, line, stray)])
            continue
        plain = None
        if new_wide is not None and blocks:
            # said with the units of a task (……，下同): that task carries them too, in the role they have there
            wide = blocks[-1]["wide"] = new_wide
            wide["origin"] = len(blocks) - 1
    for at in attached:  # 附件： / 1.…条件: the attachments' list, no item of the heading above
        if at < len(blocks):
            blocks[at] = {**blocks[at], "closes_owner": 1}
    read = []
    rows = block_rows(split_group_headings(owner_lines_as_headings(blocks, findings), findings), first_leads, read)
    rows = running_text_rows(logical, rows, read, findings)  # subjects, minutes, addressees, drafted rules, quoted
    if not rows:
        raise LayoutError(
            "no numbered task names its units: looked for paragraphs such as "
            "3.建设……（牵头单位：市科技局，配合单位：市科协） or （市发展改革委负责）, "
            "or 牵头单位：/责任单位： lines under a numbered task",
            path=path,
        )
    meta = parse_notice(lines[: (notice_end or 1) - 1], after=lines[(notice_end or 1) - 1 :])
    return RawDocument(path=str(path), layout=layout, meta=meta, rows=rows, findings=findings)


def _member_lines(lines):
    """The paragraphs in a run of two or more, blank lines between allowed, that each open with their department and
    a colon (县水利局：负责… / 县气象局：负责…): the members' duties of a list without numbers, as (line number, text)
    -> their units; a line a copy ran paragraphs together in (:data:`PARAGRAPH_BREAK`) gives each of them."""
    written = [(number, part.strip()) for number, line in enumerate(lines, start=1)
               for part in line.split(PARAGRAPH_BREAK) if part.strip()]
    return {key: items for key, items in zip(written, headed_duties([text for _, text in written])) if items}


def _block(line, area, text, wide, *, closed=False, heading=False, number=None, article=False) -> dict:
    """A heading or a task as the reader gathers it: its text, the label lines under it, its units' lines."""
    return {"line": line, "area": area, "text": text, "labels": [], "closed": closed, "heading": heading,
            "wide": wide, "item_lines": {}, "number": number, "article": article, "names_owner": False,
            "prose": False, "lead_in": None, "section_duty": False, "duty": False,
            "member": False, "point": False}


def _area_above(heads, level):
    """The area of a task (``level`` None: the deepest heading) or of a heading (the nearest one above its level)."""
    above = [k for k in heads if level is None or k < level]
    return heads[max(above)] if above else ""


def _duty_in_section(heads, last, text):
    """True when ``text``, a paragraph after a heading or a closed task, opens with its units (各村是…, 农业办积极开展…)
    under a heading that divides duties (三、职责分工): the units of the paragraph's duty. A duty is a sentence: a
    line naming a unit and ending without a full stop (a signature, 联系人：…) is none."""
    return last is not None and (last["heading"] or last["closed"]) and text.rstrip().endswith(_SENTENCE_ENDS) \
        and divides_duties(area := _area_above(heads, None)) and bool(section_duty_units(text, area))


def _dividing_title(text):
    """True when ``text``, after a task's number, is only a title dividing duties (``成员单位的主要职责``): no
    sentence, no units of its own, as 1、XX镇成员单位的主要职责 heads the members' lines under it."""
    return not re.search("[。；;，,！]", text) and divides_duties(text) and find_assignment(text) is None


def _style(task):
    """The kind of a task's number: ``(n)``, ``n.``, ``n、`` (its digits left out)."""
    return _MARK_DIGITS.sub("n", task.group(0).strip()).translate(_HALF)


def _office_item(last, task, line):
    """True when ``line``, numbered by ``task``, is an item an office line above it handed over (A负责，具体工作是： /
    （1）…): numbered as the first item was, otherwise than the measure (8. above, （1） below; 9. ends them), and
    naming no units of its own."""
    if last is None or not last.get("office"):
        return False
    style = _style(task)
    kind = style == last["item_style"] if last.get("item_style") else style != last.get("style")
    return kind and find_assignment(line[task.end():]) is None


def _names_units(text, in_body=True):
    """True when a bracketed group in ``text`` (or labels after it) names units."""
    return any(items for _, items in task_sentences(text, in_body, numbered=False))


def _divides_work(text, in_body):
    """True when ``text``, a paragraph without a number, is read as one sentence dividing work by role verbs
    (``…各级各部门要…。A牵头，B、C等部门密切配合，…``): a task whole in its line, as one closed by its units is."""
    how = {}
    task_sentences(text, in_body, numbered=False, how=how)
    return bool(how.get("division_sentence"))
