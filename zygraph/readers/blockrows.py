"""Turn the blocks the paragraph reader gathered (headings, tasks and the label lines under them) into rows.

A heading's units go to the items under it that name none, in the roles their duty's words give; duties
that open with their department, numbered or not, are that department's; each task's units get their
roles by the grammar's rules, each decision a finding (:mod:`zygraph.readers.paragraph` gathers the blocks).
"""

from __future__ import annotations

import re

from zygraph.sentences.division_measure import divided_measure
from zygraph.sentences.duties import headed_duty_units, owned_duty_units, unit_heading
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general
from zygraph.findings import Finding
from zygraph.sentences.grammar import Item, assign_roles, parse_group
from zygraph.sentences.role_words import label_start
from zygraph.sentences.inner_partners import JOINED_WORD
from zygraph.sentences.helper_clauses import HELPER_CLAUSE
from zygraph.sentences.heading_bodies import heading_bodies, section_duty_units
from zygraph.sentences.kind_subjects import kind_label_units, kind_subject_units
from zygraph.readers.assignment import find_assignment, has_unit_group, task_sentences
from zygraph.sentences.measures import measure_units
from zygraph.sentences.member_inner_groups import member_duty_items
from zygraph.sentences.modal_partners import later_by_units
from zygraph.names.people import post_holders
from zygraph.names.rated_units import rated_label
from zygraph.readers.groupoffice import group_office
from zygraph.readers.lines import ordinal_lead_in
from zygraph.readers.list_lead_ins import list_lead_in
from zygraph.readers.points import point_units
from zygraph.readers.raw import RawRow
from zygraph.readers.readings import reading_findings
from zygraph.sentences.report_duties import without_setting
from zygraph.readers.subject_findings import subject_form_findings
from zygraph.readers.subject_splits import heading_subject_split, subject_split
from zygraph.readers.titlelines import title_lines_as_headings
from zygraph.sentences.statements import heading_units, unit_descriptors
from zygraph.sentences.stopped_members import stopped_label_units, stopped_member_at, stopped_member_units
from zygraph.sentences.subject_units import MODALS
from zygraph.sentences.titled_subjects import titled_subjects
from zygraph.sentences.titled_duties import titled_duty_units
from zygraph.sentences.set_up_body import set_up_body
from zygraph.sentences.with_partners import WITH_AFTER_BASIS
from zygraph.readers.titled_tasks import title_cut, titled_subject_units
from zygraph.readers.sibling_duties import (RUN_IN, beside_duties, colonless_member, headed_runs, headed_siblings,
                                            measure_subject, next_duty, numbered_after_duty, requirement_units,
                                            sibling_modal_duties)

__all__ = ["block_rows", "area_of"]

_MODAL_AFTER = re.compile(f"[{MODALS}]")  # the modal verb after a lead-in's units: what follows says how they work
#: A clause handing the items after its colon to its subject: 片区各相关处室要积极配合B落实以下工作：（1）….
#: The marks a label's colon is mistyped as (责任单位；A、B): a unit's role word ending in one was read so by the grammar.
_SLIP_MARKS = "；;，,"
_LIST_LEAD_IN = re.compile("(?:^|[。；;])(?P<clause>[^。；;：:]{2,80}?(?:以下|下列|如下)[^。；;：:]{0,6}[：:])")


def area_of(heading: str) -> str:
    """The area a heading names: its text before its units, up to its first full stop or colon."""
    found = find_assignment(heading)
    text = found[0] if found else heading
    return re.split(r"[。：:]", text)[0].strip()


#: The mark of a report's measures numbered 一是, 二是 … one a line (a block's style), whose units are the subjects of
#: the sentences after each measure's title (:func:`zygraph.sentences.subject_units.titled_subjects`).
_ORDINAL_MEASURE = re.compile("^[一二三四五六七八九十]{1,2}是$")


def block_rows(blocks, first_leads, findings):
    """Turn headings and numbered paragraphs into rows; a heading's units go to items naming none."""
    blocks = title_lines_as_headings(blocks, findings)  # （1）年度主要任务与要求： / ①…: the items' title, no task
    # 1.规范资金使用 / 县发展改革局负责…: no unit read across the end of a title on a line of its own
    parsed = [(block, _group_offices(block, title_cut(block, _assignments(block), findings), findings)) for block in blocks]
    modal, beside_named = sibling_modal_duties(parsed)
    headed = headed_runs(parsed)  # each run of sibling headings read once: are they members' duties set off by colons
    rows, heading_items, inherited, owner = [], None, set(), None
    owners = []  # (index, items, level) of the headings above that name units, outermost first
    bracketed = any(has_unit_group(block["text"]) or block["labels"] for block, _ in parsed)  # the bracket decides
    for index, (block, tasks) in enumerate(parsed):
        if (rated := rated_label(block["text"])) and not any(items for _, items in tasks):  # 表现较差的单位：A、B
            findings.append(Finding(block["line"], "info", "rated_units", f"the paragraph names units by their record "
                                    f"({rated}): {block['text'][:20]}", "not read as a task: a rating gives no work"))
        measured = _measure(parsed, index, findings)
        if measured is not None:
            # 三、保障措施（一）加强组织领导。A要…。B、C负责…；D落实…, after tasks closed by brackets: one measure
            tasks = [(block["text"], measured)]
        elif not any(items for _, items in tasks) and modal[index]:
            # （一）公安部门要…；（二）供销社要…: each department's duty, and a share it gives by 并由C办理…
            tasks = [(block["text"], modal[index] + later_by_units(block["text"]))]
            why = ("beside items that name their units in their own sentences (由A负责…, 请A…), an item opens with "
                   "its units and 要/将/应" if beside_named[index]
                   else "in a list of duties each opening with its units (two or more with 要/将/应)")
            findings.append(Finding(block["line"], "info", "modal_duty", f"{why}: {block['text'][:20]}",
                                    "read the units it opens with as responsible, those after its 会同 as support "
                                    "and those a later clause gives a share by 由 (并由C办理…) as responsible"))
        elif block["heading"] and any(items for _, items in tasks) and headed_siblings(parsed, index):
            # （四）A：负责…；会同B牵头负责…: the groups inside a member's duty are its own clauses
            tasks = _member_groups(block, tasks, findings)
        elif block["heading"] and not any(items for _, items in tasks) and headed_siblings(parsed, index):
            # 四、职责分工（一）各村：负责…（二）县交通局：负责…: members' duties numbered as sub-headings
            tasks = _headed_duty(block, findings)
        elif block["heading"] and not any(items for _, items in tasks) and index \
                and (after := "duty" if next_duty(parsed[index - 1][0], block["text"], siblings=True)
                     else "member" if colonless_member(parsed, index) else ""):
            tasks = _verbless_duty(block, findings)  # （十一）A和B依法开展…, after （十）C负责…: headings as duties
            if after == "member":  # （二十八）B和C根据需要，担负…, after （二十七）A公司：负责…
                findings.append(Finding(block["line"], "info", "colonless_member", "a heading after a member's duty "
                                        "set off by its colon opens with units doing a duty, with no colon: "
                                        f"{block['text'][:20]}", "read it as the list's last member, its units "
                                        "those it opens with"))
        elif block["heading"] and not any(items for _, items in tasks) and beside_duties(parsed, index) \
                and requirement_units(block["text"]):
            # 一、加强统筹。各参建乡镇要…, beside 二、明确责任。A负责…；B负责…: the requirement names who meets it
            tasks = [(block["text"], requirement_units(block["text"]))]  # 三、各有关部门，要…, after 二、A牵头…
            findings.append(Finding(block["line"], "info", "requirement_subject",
                                    f"a requirement beside duties or arrangements names who meets it: {block['text'][:20]}",
                                    "read the units before 要/将/应 as responsible"))
        elif block["heading"] and not any(items for _, items in tasks) and (intro := _intro_units(parsed, index)):
            # （一）打通消防通道。…，各行业主管部门要督促… / 1.…（A负责）: the group's introduction is work of its own
            tasks = [(block["text"], intro)]
            findings.append(Finding(block["line"], "info", "heading_intro_duty", "a heading's run-in text gives work "
                                    f"to units as its subject ({'、'.join(i.text for i in intro)}), and the items "
                                    f"under it each name their own: {block['text'][:20]}",
                                    "read the heading as a task of those units, responsible"))
        elif block["heading"] and not any(items for _, items in tasks) \
                and (own := measure_subject(parsed, modal, index)):
            # （十四）深入推进整合。A要会同有关部门…, in part 四, after 三's （十）B要…（十一）C要…: a measure of A
            tasks = [(block["text"], own)]
            findings.append(Finding(block["line"], "info", "measure_subject", "a measure among measures of the notice "
                                    "read as duties of the ministry they open with names its own unit before 要, or "
                                    "a body it sets up in a unit to do the work "
                                    f"({'、'.join(i.text for i in own if i.role != 'support')}): {block['text'][:20]}",
                                    "read those units as responsible, the units after 会同 as support"))
        if block["heading"] and not any(items for _, items in tasks) and headed[index]:
            if label := stopped_label_units(block["text"]):  # （四）A、B、C。按照…, beside （一）D。负责…
                findings.append(Finding(block["line"], "info", "stopped_member", "among members' duties numbered as "
                                        "sub-headings, one names its offices closed by 。 with no role verb: "
                                        f"{block['text'][:20]}",
                                        "read the offices as responsible, with the roles the duty's words give"))
                tasks = _group_offices(block, [(block["text"], label)], findings)
            if not any(items for _, items in tasks) and (kind := kind_label_units(block["text"])):
                # （二）联席议事机构：…, beside （一）试点工作小组：…
                findings.append(Finding(block["line"], "info", "kind_label", "among members' duties numbered as sub-"
                                        "headings, one is labelled by an organ named by its kind: "
                                        f"{kind[0].text}", "read the organ as responsible, with the roles the duty's "
                                        "words give (配合 opening it: support)"))
                tasks = [(block["text"], kind)]
            if not any(items for _, items in tasks):
                findings.append(Finding(block["line"], "warning", "headed_duty_skipped", "a heading among members' "
                                        "duties numbered as sub-headings names no unit before its colon: "
                                        f"{block['text'][:20]}", "not read as a task; check whether it names a unit"))
        if block["heading"] and _alone(parsed, index) and _own_line(parsed, index) \
                and (split := heading_subject_split(block["text"])) \
                and (not any(items for _, items in tasks) or _first_of(split, tasks)):
            # （一）组织申报。A会同B发布…。鼓励…。A组织评审…: a point whose sentences name bodies as their subjects
            tasks = split
            findings.append(Finding(block["line"], "info", "heading_subject_split", "a point with a run-in heading and "
                                    f"no item under it names bodies as the subjects of its sentences: {block['text'][:20]}",
                                    "read one task a subject sentence, the first from the heading"))
        if not any(items for _, items in tasks) and (titled := _titled_duty(parsed, index, bracketed, findings)):
            block["titled_duty"], tasks = True, [(block["text"], titled)]  # 1.加强组织领导。A负责统筹协调。
        if block["heading"]:
            parsed[index] = (block, tasks)
            level = block.get("level") or 1
            owners = [(at, items, depth) for at, items, depth in owners if depth < level]
            if tasks and any(items for _, items in tasks):
                owners.append((index, tasks[-1][1], level))
            # 三、儋州市政府 / （一）重点项目。 / 1.…: a heading naming no units leaves its items to the one above
            owner, heading_items = (owners[-1][0], owners[-1][1]) if owners else (index, None)
            continue
        if block.get("closes_owner"):  # 1、A负责： / （1）… / 2、加强监督检查。: a sibling of the owner line ends its hold
            owners = [(at, items, depth) for at, items, depth in owners if depth < block["closes_owner"]]
            owner, heading_items = (owners[-1][0], owners[-1][1]) if owners else (index, None)
        if not block["heading"] and block["number"] is None and post_holders(block["text"]):
            # （一）领导小组 / 组长：文斌 / 副组长：马传壮: who sits in the group, people, no task of the heading's units
            findings.append(Finding(block["line"], "info", "post_holders", "a paragraph names a group's members by "
                                    f"post and name: {block['text'][:20]}", "not read as a task: people, no unit"))
            parsed[index] = (block, [])
            continue
        if not any(items for _, items in tasks) and (block["member"] or (block["number"] is not None
                                                                          and headed_duty_units(block["text"]))):
            # 15、市卫生局：负责…；…, or 县水利局：负责… one a line: the department set off before its duties
            tasks = _headed_duty(block, findings)
        elif not any(items for _, items in tasks) and stopped_member_at([block for block, _ in parsed], index):
            # 2.派出所。配合开展…, 5.管理办。协调指导…, beside 1.街道消委办。牵头开展…: a member closed by 。, no role verb
            findings.append(Finding(block["line"], "info", "stopped_member", "among members' duties opening with "
                                    "their office, one names a short office closed by 。 and opens its duty with no "
                                    f"role verb: {block['text'][:20]}", "read the office as responsible, with the "
                                    "roles the duty's words give (会同B: B supports)"))
            tasks = _group_offices(block, [(block["text"], stopped_member_units(block["text"]))], findings)
        if not any(items for _, items in tasks) and block["number"] is not None and not heading_items \
                and (body := set_up_body(block["text"])):
            # 第三条小组下设办公室，办公室设在A，承担…: the body set up does the work; where it sits is no unit
            tasks = [(block["text"], body)]
            findings.append(Finding(block["line"], "info", "set_up_body", "a numbered paragraph naming no units "
                                    f"otherwise sets up a body and gives it work ({body[0].text}): {block['text'][:20]}",
                                    "read the body as responsible; the unit it is set up in or sits in is no unit of it"))
        if not any(items for _, items in tasks) and block["number"] is not None and not heading_items \
                and block.get("joins") and (titled := titled_subject_units(block["text"], block["joins"])):
            # 2.明确资金列支途径 / 区交通委…，负责编制…: a title over a paragraph whose subject does the work, no bracket
            tasks = [(block["text"], titled)]
            findings.append(Finding(block["line"], "info", "titled_subject", "a numbered title with no stop stands "
                                    f"over a paragraph opening with a body doing a duty, and no bracket names its "
                                    f"units: {'、'.join(i.text for i in titled)}", "read that body as responsible, "
                                    "from the paragraph, never with the title glued to its name"))
        if heading_items and not any(items for _, items in tasks):
            owned = unit_heading(parsed[owner][0]["text"]) or parsed[owner][0].get("led_group")  # （二）公安部门 over 2.配合…
            tasks = [(text, owned_duty_units(heading_items, text) if owned else list(heading_items)) for text, _ in tasks]
            inherited.add(owner)
            findings.append(Finding(block["line"], "info", "units_from_heading",
                                    "the numbered item names no units; its heading does",
                                    "gave it the heading's units" + (", with the roles the duty's words give "
                                                                     "(配合…: support, and whom it helps is no unit of it; 会同B: B supports)" if owned else "")))
        elif heading_items and parsed[owner][0]["names_owner"] and not any(
                item.role in ("lead", "responsible") for _, items in tasks for item in items):
            # （一）省编办牵头的工作 … 协同单位：…: the heading's unit leads, the item's units support
            tasks = [(text, list(heading_items) + items) for text, items in tasks]
            findings.append(Finding(block["line"], "info", "units_from_heading",
                                    "the item names only supporting units; its heading names the lead",
                                    "gave it the heading's lead too"))
        if not block["heading"] and block["number"] is not None and not any(items for _, items in tasks) \
                and (lead_in := _lead_in_units(block["text"])):
            # 1.高层建筑整治。…片区各相关处室要积极配合B落实以下工作：（1）…（5）…: the items after the colon are theirs
            tasks = [(block["text"], lead_in)]
            findings.append(Finding(block["line"], "info", "list_lead_in_units", "the item hands the work listed "
                                    f"after its colon to units as its subject: {block['text'][:20]}",
                                    "read them as the item's units, in the role its words give (配合: support; "
                                    "whom they help is no unit)"))
        if block["point"] and not block["heading"] and not any(items for _, items in tasks) \
                and (opening := point_units(block["text"])):
            # 甄贵福指出： / 2、商务局抓紧推进…: a leader's point opening with the units that are to do it
            tasks = [(block["text"], opening)]
            findings.append(Finding(block["line"], "info", "speech_point", f"a leader's point or a meeting's decision "
                                    f"opens with the units to do it: {block['text'][:20]}", "read those units as "
                                    "responsible, after any run-in title (要强化督查。) or approval (原则同意该《方案》，)"))
        elif not block["heading"] and not any(items for _, items in tasks) and index \
                and (block["section_duty"] or next_duty(parsed[index - 1][0], block["text"])
                     or numbered_after_duty(parsed, index)):
            # 市电业局在保证供电前提下，优先安排…, after 市统计局负责…: the unit opening a duty in a list of them
            tasks = _verbless_duty(block, findings)
        if not block["heading"] and block["number"] is None and len(tasks) == 1 and tasks[0][1] \
                and _own_line(parsed, index) and (split := subject_split(*tasks[0])):
            # 市经信委支持推广…。市经信委和市环保局联合推进…: a later sentence opening with other bodies is their task
            tasks = split
            findings.append(Finding(block["line"], "info", "later_subject_split", "a later sentence of the paragraph "
                                    f"opens with other bodies as its subject: {'; '.join(t[:12] for t, _ in split[1:])}",
                                    "read it, and the sentences after it naming no body, as their own task"))
        parsed[index] = (block, tasks)
    for index, (block, tasks) in enumerate(parsed):
        if index in inherited and (owned := unit_heading(block["text"])):  # (一)区体育局 over 1.负责…: no task of its own
            findings.append(Finding(block["line"], "info", "heading_names_units", "the heading names units alone over "
                                    f"duties naming none: {'、'.join(item.text for item in owned)}",
                                    "read as no task; its units do the duties under it"))
        if block["heading"] and (index in inherited or block["names_owner"]
                                 or not any(items for _, items in tasks)):
            continue
        if (lead_in := list_lead_in(parsed, index)) is not None:  # （一）…。具体内容如下： / A：… / B：…
            findings.append(lead_in)
            continue
        findings += reading_findings(block, tasks)
        if partners := [item.text for _, items in tasks for item in items if item.word == JOINED_WORD]:
            findings.append(Finding(block["line"], "info", "joined_partners", "a clause of the duty names bodies its "
                                    f"unit joins in the work (联合B…开展): {'、'.join(partners)}",
                                    "read them as support, as the units after 会同; whom a duty helps (协助B…) is no unit"))
        if helpers := [item.text for _, items in tasks for item in items if item.word.endswith(HELPER_CLAUSE)]:
            findings.append(Finding(block["line"], "info", "helper_clause", "a later clause of the duty names units "
                                    f"that help with it as its subject (A负责…，B、C配合): {'、'.join(helpers)}",
                                    "read them as support; a clause of the work itself (确保…, …前完成) names none"))
        if based := [item.text for _, items in tasks for item in items if item.word == WITH_AFTER_BASIS]:
            findings.append(Finding(block["line"], "info", "with_after_basis", "a clause of the duty opens with its basis "
                                    f"or occasion before 会同 (根据…会同B…): {'、'.join(based)}",
                                    "read the units after 会同 as supporting the duty's unit"))
        if block.get("setting"):
            findings.append(Finding(block["line"], "info", "setting_clause",
                                    f"a clause of setting opens the first duty before its units: {block['setting']}",
                                    "read the units after it as the duty's subject; the clause stays in the task's text"))
        if block.get("division_lead_in"):
            lead_in = block["division_lead_in"][:30]
            findings.append(Finding(block["line"], "info", "division_lead_in",
                                    f"words leading in to a division of work end at a colon: {lead_in}",
                                    "read the duties from the units after the colon; the lead-in is no task's text"))
        if block.get("reported_lead_in"):
            findings.append(Finding(block["line"], "info", "reported_lead_in",
                                    "words reporting what a document or meeting lays down open a division of duties: "
                                    f"{block['reported_lead_in'][:30]}", "read the duties from the units after them; "
                                    "the words stay in the first duty's text"))
        if block.get("members_call"):
            findings.append(Finding(block["line"], "info", "members_call", "a sentence opens with a body's members as "
                                    f"one before the duties given by name: {block['members_call'][:30]}",
                                    "read as a call on them all, no task"))
        findings += subject_form_findings(block, tasks)
        for clause in block.get("division_clauses") or ():
            findings.append(Finding(block["line"], "info", "division_clause",
                                    f"a ；-clause of a division of duties opens with its units and no role word: "
                                    f"{clause[:20]}", "read its units as the clause's subject, responsible (supporting "
                                    "where its verb helps: 参加, 协助)"))
        wide = block["wide"]
        for text, items in tasks:
            origin = wide["origin"] == index
            carried = [] if origin and wide.get("below") else wide["items"]
            row, leads = _row(block, text, items + carried, first_leads, findings)
            if row is not None:
                rows.append(row)
            if origin and row is not None:
                # from here on the units keep the role they have here: supporting, or leading with the
                # responsible units of each task (a unit named as 牵头 there still leads alone); a unit
                # the task does not name keeps its own. A responsible unit in a ；-clause of its own
                # (A牵头，B按职责分工负责；C组织落实) is a layer of its own, supporting here only beside this
                # task's leads: it stays responsible, leading where a task names no lead
                supports = set(row.names.get("support", ()))
                responsible = {i.text for i in items if i.role == "responsible" and _own_clause(block["text"], i.text)}
                wide["items"] = [Item(i.text, "support" if i.text in supports - responsible and i.text not in leads
                                      else "responsible", i.word) for i in wide["items"]]
                wide["origin"] = None
    return rows


def _own_clause(text: str, name: str) -> bool:
    """True when ``name`` opens a ；-clause of ``text`` (……负责；C组织落实), a clause of its own.

    >>> _own_clause("（A处牵头，B处负责；区局组织落实。）", "区局"), _own_clause("（A部指导，区局负责落实。）", "区局")
    (True, False)
    """
    return any(mark + name in text for mark in "；;")


def _titled_duty(parsed, index, bracketed, findings):
    """The units of a numbered item, or of a point with no item under it, titled in a short sentence and then given
    to its units (``1.加强组织领导。A负责统筹协调。``: :func:`zygraph.sentences.titled_duties.titled_duty_units`), or
    None. Where brackets or labels divide the notice's work (``bracketed``), running text so is no task: a finding."""
    block = parsed[index][0]
    item = block["number"] is not None and not block["heading"] and not block["labels"]
    point = block["heading"] and _alone(parsed, index) and _own_line(parsed, index)
    units = titled_duty_units(block["text"]) if item or point else None
    if units and bracketed:
        findings.append(Finding(block["line"], "info", "titled_duty_left", "a titled item names its units as the "
                                f"subject of its sentence, but brackets or labels divide the notice's work: "
                                f"{block['text'][:20]}", "not read as a task: where brackets divide the work, "
                                "running text names none"))
        return None
    return units


def _alone(parsed, index):
    """True when no paragraph or numbered item stands under the heading ``parsed[index]`` before the next heading."""
    return index + 1 == len(parsed) or parsed[index + 1][0]["heading"]


def _own_line(parsed, index):
    """True when the block ``parsed[index]`` has its line to itself: not cut out of a copy run together on one line,
    whose sentences the running-sentence reader divides (:mod:`zygraph.readers.subject_sentences`)."""
    return sum(block["line"] == parsed[index][0]["line"] for block, _ in parsed) == 1


def _first_of(split, tasks):
    """True when ``tasks``, one task read from a heading's text, names the units of the first of the tasks ``split``
    reads there, and ``split`` finds more (纳入名单的园区应…。A会同B跟进…: the later subject was read past)."""
    return len(tasks) == 1 and len(split) > 1 and {i.text for i in tasks[0][1]} <= {i.text for i in split[0][1]}


def _measure(parsed, index, findings):
    """The units of the heading ``parsed[index]`` when it is a measure dividing its work in running text (see
    :mod:`zygraph.sentences.measures`) after tasks each closed by a bracket of units, with no item under it; else None.
    Reading it so is a finding."""
    block = parsed[index][0]
    title = RUN_IN.search(block["text"]) if block["heading"] else None
    after = parsed[index + 1][0] if index + 1 < len(parsed) else None
    if title is None or (after is not None and not after["heading"]) or block["labels"] \
            or has_unit_group(block["text"]) or not any(has_unit_group(other["text"]) for other, _ in parsed[:index]):
        return None
    units = measure_units(block["text"][title.start() + 1:])
    if units is None:
        return None
    findings.append(Finding(block["line"], "info", "measure_units", "after tasks closed by brackets of units, a "
                            f"heading's running text divides its work among units: {block['text'][:20]}",
                            "read the heading as one task of every unit its clauses give work to, in the role each "
                            "clause gives (units in general, 相关部门, are none)"))
    return units


def _intro_units(parsed, index):
    """The units the run-in text of the heading ``parsed[index]`` gives work to as its subject (…，A要督促…), where
    numbered items stand under it and each names its own units; else None. Units in general (各部门) are none."""
    block = parsed[index][0]
    title = RUN_IN.search(block["text"])
    if title is None:
        return None
    below = []
    for other, tasks in parsed[index + 1:]:
        if other["heading"] and (other.get("level") or 1) <= (block.get("level") or 1):
            break
        below.append(any(items for _, items in tasks))
    if not below or not all(below):
        return None
    units = modal_subject_units(block["text"][title.start() + 1:])
    return units if units and not any(in_general(item.text) for item in units) else None


def _lead_in_units(text):
    """The units of a clause handing the items after its colon to its subject (A要积极配合B落实以下工作：), in the
    role its words give (:func:`zygraph.sentences.duties.owned_duty_units`: 配合, support; whom they help is no unit), or None."""
    found = _LIST_LEAD_IN.search(text)
    clause = found.group("clause") if found else ""
    units = modal_subject_units(clause, opening=True) if found else None
    if not units or any(in_general(item.text) for item in units):
        return None
    found = _MODAL_AFTER.search(clause, max(clause.find(units[-1].text), 0) + len(units[-1].text))
    return owned_duty_units(units, clause[found.end():] if found else clause)


def _verbless_duty(block, findings):
    """[(text, items)] for a duty in a list of them that names its units with no role verb."""
    findings.append(Finding(block["line"], "info", "duty_without_verb",
                            f"the duty names its units with no role verb: {block['text'][:20]}",
                            "read the units it opens with, as the duties above it are read"))
    if kinds := kind_subject_units(block["text"]):  # 保险监管机构负责…, after 市地震局负责…: a member named by its kind
        findings.append(Finding(block["line"], "info", "kind_subject", "the duty opens with a body named by its kind "
                                f"that oversees a field, doing it with a role verb: {'、'.join(i.text for i in kinds)}",
                                "read it as the duty's unit, as the members' offices above it are read"))
        return [(block["text"], kinds)]
    items = section_duty_units(without_setting(block["text"]), block["area"])  # 灾害发生后，A、B立即组织…
    if items and items[0].text in heading_bodies(block["area"]):
        # （四）A、B和C工作职责 / A组织实施…: a body named by its kind is a unit where the heading over it names it
        findings.append(Finding(block["line"], "info", "heading_body", f"the duty opens with a body the heading "
                                f"over it names: {items[0].text}", "read it as the duty's unit"))
    return [(block["text"], items)]


def _headed_duty(block, findings):
    """[(text, items)] for a numbered duty opening with its department set off by a colon or a full stop."""
    findings.append(Finding(block["line"], "info", "headed_duty",
                            f"the duty opens with its units set off by ：or 。 (or ； among members set off by ：): "
                            f"{block['text'][:20]}",
                            "read those units as responsible, with the roles the duty's words give (会同B: B supports)"))
    return _group_offices(block, [(block["text"], block["member"] or headed_duty_units(block["text"]))], findings)


def _member_groups(block, tasks, findings):
    """[(text, items)] for a member's duty among members' duties that closes groups of units inside it
    (:func:`zygraph.sentences.member_inner_groups.member_duty_items`)."""
    items, dropped = member_duty_items(block["text"], [item for _, found in tasks for item in found])
    findings.append(Finding(block["line"], "info", "member_inner_groups", f"a member's duty set off by its department "
                            f"closes groups of units inside it: {block['text'][:20]}", "read the department as "
                            "responsible and the groups as its own clauses (会同B: B supports; 接受B指导: B no unit)"
                            + (f"; not units: {'、'.join(i.text for i in dropped)}" if dropped else "")))
    return [(block["text"], items)]


def _group_offices(block, tasks, findings):
    """``tasks`` with a bare office (办公室职责) under a heading naming a leading group and its office read as the
    group's office (:func:`zygraph.readers.groupoffice.group_office`)."""
    return [(text, group_office(items, (block["text"], block["area"]), block["line"], findings)) for text, items in tasks]


def _assignments(block):
    """[(task text, items)] for one block: one pair per sentence closed by its own group."""
    if block.get("office"):  # 8.实时工作报告。 / A会同B负责，具体工作是： / （1）…: the office line's units, for all of it
        return [(block["text"], block["office"])]
    if block["heading"]:
        items = heading_units(block["text"]) or unit_heading(block["text"]) or block.get("led_group")  # （二）宣传组 / 组长：…
        if items:  # 一、县示范区管委会牵头工作: the units of the tasks below, never a task itself
            block["names_owner"] = True
            return [(block["text"], items)]
    divided = divided_measure(block["text"]) if (block["number"] is not None or block["heading"]) and not has_unit_group(block["text"]) \
        and label_start(block["text"]) is None and not block["labels"] else None
    if divided:  # （二十一）明确责任和分工。…A负责…。B、C牵头…: one task a sentence opening with its units
        block["divided_measure"] = True
        return divided
    tasks = task_sentences(block["text"], numbered=block["number"] is not None or block["heading"], how=block)
    titled = titled_subjects(block["text"]) if _ORDINAL_MEASURE.match(block.get("style") or "") \
        and tasks == [(block["text"], [])] else None
    if titled:  # 一是搞好秸秆还田。农办向群众发放…。农机站负责…: a report's measure, titled, then who does it
        block["titled_subjects"], tasks = True, [(block["text"], titled)]
    closing = _closing_label(block) if len(tasks) > 1 else None
    if closing is not None:
        # 4.加强监管。A要配合B…；配合B加强…。责任处室：A、C: the label closing the item names the units of all of
        # it; the units its sentences open with, and whom they help, are how the work is done
        block["whole_item"], tasks = True, [closing]
    at = ordinal_lead_in(tasks[0][0], tasks[1][0]) if len(tasks) > 1 else None
    if at is not None:  # 抓好基地建设。一是……（A）。二是……（B）: the title of the group is the area of its tasks
        block["lead_in"], block["area"] = tasks[0][0][:at], area_of(tasks[0][0][:at])
        tasks[0] = (tasks[0][0][at:], tasks[0][1])
    for number, label_line in block["labels"]:
        # 责任单位：A。该点由B牵头组织…: a label line a copy run together cut from its task, a sentence after it
        items = _label_line_items(label_line) or parse_group(label_line)
        if items:
            block["item_lines"].update((item.text, number) for item in items if item.text not in block["item_lines"])
            text, before = tasks[-1] if tasks else (block["text"], [])
            tasks[-1:] = [(text, before + items)]
    return tasks


def _label_line_items(line):
    """The units of a label line that goes on past its label's sentences (责任单位：A。该点由B牵头组织…), read as the
    label inside a task's text is (:func:`zygraph.readers.assignment.find_assignment`), or None."""
    if label_start(line) != 0 or "。" not in line.rstrip("。； "):
        return None  # 牵头单位：A、B: a label line of one sentence, read whole
    found = find_assignment(line)
    return found[1] if found is not None and not found[0] else None


def _closing_label(block):
    """``(text, items)`` of a numbered item a label closes (in its line, or on lines after it), or None; a heading,
    or an item whose brackets name units of their own sentences (……（A负责）……), is no such item."""
    if block["heading"] or block["number"] is None or has_unit_group(block["text"]):
        return None
    if any(parse_group(line) for _, line in block["labels"]):
        return block["text"], []  # the label lines add their units below
    at = label_start(block["text"])
    found = find_assignment(block["text"]) if at is not None else None
    if found is None or not found[1] or len(found[0].rstrip()) > at:
        return None
    return found


def _row(block, text, items, first_leads, findings):
    if not items:
        findings.append(Finding(block["line"], "warning", "no_assignment",
                                f"the numbered paragraph {text[:30]} names no units",
                                "not read as a task; add （牵头单位：…） if it is one"))
        return None, []
    leads, supports, rule = assign_roles(items, first_leads)
    leads = list(dict.fromkeys(leads))  # a document-wide unit also named on the task is named once
    supports = [name for name in dict.fromkeys(supports) if name not in leads]
    findings.append(Finding(block["line"], "info", "role_rule", rule, "roles assigned as the rule says"))
    for word in dict.fromkeys(i.word for i in items if i.word[-1:] and i.word[-1] in _SLIP_MARKS):  # 责任单位；A、B: the colon slipped
        findings.append(Finding(block["line"], "info", "label_mark", f"the label {word[:-1]} is closed by {word[-1]} "
                                "where a colon belongs, and units follow it", "read the units after it as the label's"))
    # 由包片单位县气象局负责, 市住建局所属的市住房保障办公室负责: what the unit is, or whose, no name of it
    for words, name in unit_descriptors(text, leads + supports):
        findings.append(Finding(block["line"], "info", "unit_descriptor", f"{words} before {name} says what the "
                                "unit is in the work or the body it belongs to", f"read the unit as {name}"))
    where = block["item_lines"]
    lines = {"task": block["line"], "lead": where.get(leads[0]) if leads else None,
             "support": where.get(supports[0]) if supports else None}
    return RawRow(line=block["line"], area=block["area"], task=text.strip(" "), lead="、".join(leads),
                  support="、".join(supports), lines={k: v for k, v in lines.items() if v},
                  names={"lead": tuple(leads), "support": tuple(supports)}), leads
