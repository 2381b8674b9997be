"""The finding that says how a paragraph's tasks were read: one table of the readings, each with its mark, code,
message and action, so every reader's decision is said the same way."""

from __future__ import annotations

from zygraph.sentences.area_shares import AREA_WORD, SECTOR_WORD
from zygraph.sentences.composed_members import GROUP_WORD, MEMBERS_WORD, joined_spellings
from zygraph.sentences.divided_clauses import DIVIDED_WORD
from zygraph.sentences.decisions import MATTER_WORD
from zygraph.sentences.duties import SHARE_WORD
from zygraph.findings import Finding
from zygraph.sentences.inner_duties import INNER_WORD
from zygraph.sentences.holders import SHARED_WORD
from zygraph.readers.assignment import LEAD_AFTER_LABEL, OWN_DUTY_WORD
from zygraph.sentences.running_requirements import TOPIC_WORD
from zygraph.sentences.schedules import STAGE_WORD
from zygraph.sentences.set_up_body import SEATED_WORD
from zygraph.sentences.steps import STEP_WORD
from zygraph.sentences.targets import TARGET_WORD
from zygraph.sentences.territory import TERRITORY_WORD

__all__ = ["reading_findings"]

#: How a paragraph's tasks were read, the first mark that applies: (the block's mark, or a role word some unit of
#: it came with; the finding's code; what was found; what was done). ``{n}`` is the number of tasks, ``{first}``
#: the first task's opening, ``{text}`` the paragraph's, ``{tail}`` its end, ``{lead_in}`` a title before 一是.
_READINGS = (
    ("prose", "prose_tasks", "the paragraph names {n} task(s) in a report's own words ({words})",
     "read each task with the units its sentence gives it"),
    ("required", "required_of_units", "the paragraph gives units requirements by name, {n} naming units (他要求A…; "
     "会议要求，A要…；B要…): {first}", "read one task each, from its unit; a requirement of everyone (各相关单位, "
     "全县各级各部门; a body's members as one opening them, 组委会成员单位要…。) is no task, whom a unit works with (与B联系) no unit of it, and people named by their post "
     "beside its units (包保干部) no unit; a unit only to help (E要全力配合…) supports, and the words reporting "
     "the requirements (该市要求，) stay in the first one's text when it opens right after them"),
    ("ordinal_requirements", "ordinal_requirements", "the paragraph numbers requirements 一要, 二要 …; {n} name units "
     "as the subject of a sentence: {first}", "read each as a task of those units, from after its ordinal; "
     "requirements naming no unit, or units in general (相关单位), are no task, nor what leads in to 一要"),
    (TOPIC_WORD, "requirements_on_matter", "a speaker's requirements open with the matter they are on (会议要求，对于…"
     "工作，); {n} name units as the subject before 要: {first}", "read each as a task of those units (one alone too), "
     "the matter kept where it opens the sentence; the units it concerns (各有关单位) are its units"),
    ("required_sentences", "required_sentences", "a speaker's requirements run on sentence by sentence; {n} name "
     "units as the subject before 要: {first}", "read each as a task of those units, from its units; sentences "
     "naming no subject go on the task before, units in general (各级各部门) and people by their post (负责人) are "
     "no units, and the departments concerned (有关部门) count only after a unit named in full; a second subject "
     "inside a sentence (A要…，B要…) opens a task of its own, but units after a preposition (对A要…, 与B要…) are the "
     "duty's objects and a later subject only to help (B等部门要积极配合) supports the task before; a link before the "
     "units (同时，) stays in the text, and a sentence opening with its matter (关于…，X要求，) is a task from the matter"),
    ("reported_sentences", "reported_sentences", "a meeting's decisions and requirements run sentence by sentence; "
     "{n} name their units (X由A牵头，B配合; A应…; …，B将…; A 7月15日前…): {first}", "read each as a task of those units, "
     "from the sentence's start after its lead-in (会议明确，), a topic kept; sentences naming none go on the task "
     "before, units in general (各级各部门务必…) and work reported done are no task"),
    ("matter_requirement", "matter_requirement", "a paragraph opens with the matter a speaker's requirement is on "
     "(关于…工作，X要求，): {first}", "read the paragraph as one task of the units its requirement opens with, from the "
     "matter, cut where a later clause opens with units of its own (A要…，B要…), each matter (关于…，X要求，) read on "
     "its own; the units the matter concerns (涉及单位) are its units"),
    ("lone_requirements", "lone_requirements", "a meeting's requirements name units only once, in one numbered point "
     "(一是…；二是…) or as the departments concerned alone (会议要求：各有关部门要…): {first}", "read a task of those "
     "units, from after its ordinal or from their sentence; a body it urges to act (督促有关部门要…) is a unit of it, "
     "units in general (各部门) and people no units, and points naming none no task"),
    ("lead_in", "ordinal_tasks", "the paragraph numbers {n} tasks 一是, 二是 … after a title: {lead_in}",
     "read one task each, the title as their area"),
    ("ordinal_points", "ordinal_points", "the paragraph numbers a speaker's requirements 一是, 二是 … (or 第一、, 第二、 …) "
     "after the words reporting them; {n} name units: {first}", "read each as a task of the units opening it (before "
     "要 or a date, named with a role verb or as what they are for the work: A作为…牵头单位), after its 由, or required "
     "by it to act (要求A…上报); whom a plan goes up to is no unit"),
    ("clause_duties", "clause_duties", "the paragraph runs {n} duties together, each opening a clause with its units "
     "(A要…, A负责…, A除负责…外, A设在B，负责…): {first}", "read one task each, from its units; the clauses leading "
     "in to a duty are no task, a body a unit is set in is no unit, nor are units listed as members"),
    (DIVIDED_WORD, "divided_clauses", "the numbered item divides its work among {n} subjects clause by clause, its "
     "；-parts each opening with their own (A承担…的职责；B负责…；C负责…，D要…): {first}", "read one task a clause its "
     "units open, the first from the item's heading (the subjects of a general call before the duties, A、B要各司其职, "
     "are its units: a reading could take them as no task); a ，-clause opening with a subject of its own (…，D要…) is a task "
     "too (a reading could join it to the clause before), and whom a duty guides or oversees is no unit of it"),
    ("own_clauses", "own_clause_duties", "a sentence gives bodies their own duties clause by clause, each opening "
     "with its subject and 负责 or 牵头 (A负责…，B负责…): {first}", "read one task a clause, as ；-clauses with subjects of "
     "their own are read; a later subject acting by its remit with no role verb (B，依照各自职责，…) shares the "
     "sentence's task"),
    ("later_duties", "later_duties", "after duties named by role verbs, a sentence opens with its own units and no "
     "role word: {later}", "read its units as responsible for it (a local collective and a verb of work, or 主体责任 "
     "taken: levels named together, 乡（镇）村, one collective)"),
    ("fielded_duties", "fielded_duties", "a sentence names departments by field (A、B等部门负责…), then each in full "
     "as the subject of its share: {text}", "read one task of the departments named in full; the fields name the "
     "same departments and are not counted again"),
    ("division_sentence", "division_sentence", "a sentence of running text divides work by role verbs, a lead and "
     "its partners (A牵头，B、C配合): {first}", "read it as a task, from its first unit; the sentences around it name "
     "no unit's own work"),
    ("divided_measure", "divided_measure", "a measure titled as the division of duties gives {n} units or lists "
     "their share one sentence each: {first}", "read one task a sentence, from its units; the sentences before the "
     "first (a call on units in general) are no task"),
    ("named_duties", "named_duties", "a list of {n} duties, each led by a sentence naming only its units (A。负责…): "
     "{first}", "read one task each, its units responsible"),
    ("modal_sentences", "modal_sentences", "a paragraph of {n} clauses, each opening with its own department and 要 "
     "(no role word): {first}", "read one task each, its department responsible; a lead-in naming a collective "
     "(有关部门要…) is no task"),
    (MATTER_WORD, "decided_matter", "minutes settle a specific matter after its heading (关于…问题。): {first}",
     "read it as a task of the body acting on it, after 由 or as the decision's subject (县财政, a level and a body's "
     "name); units it gives something to are no units of it"),
    (INNER_WORD, "inner_duty", "a point names its bodies with 负责 inside its clauses (…，A负责X; 委托A负责; A、B三方"
     "负责): {text}", "read those bodies as responsible for the point; people, and shares that are no body, are none"),
    (AREA_WORD, "area_shares", "clauses give areas to units after 由 (X范围由A负责清扫；…场所，由管理单位负责): {first}",
     "read one task a clause, from its area, the units after 由 responsible (a body named by how it holds the place, "
     "管理单位, counts); a sector opening a later sentence with 要 (公安交警部门要…) is responsible for that one"),
    (SECTOR_WORD, "sector_shares", "after duties given by name, sentences open with their sectors and 要: {first}",
     "read one task a sentence, its sector responsible; units in general (各级各部门要…) are a call on everyone"),
    (STEP_WORD, "procedure_step", "the sentence puts a step of a procedure, or the work on a matter, on a unit with 由 "
     "(…后，由A提出…; 对于…，先期由A进行监管…): {text}", "read the unit after 由 as responsible for it; who approves the "
     "step after it (分管副部长审核) is no unit, nor a body the work is handed to later (后续…交由B…)"),
    (TERRITORY_WORD, "territorial_duty", "localities are given their share by the territorial principle "
     "(各地要按照属地管理原则负责…): {text}", "read the collective before the principle as one unit, responsible"),
    (TARGET_WORD, "target_subject", "the sentence gives the units opening it a target: {text}",
     "read those units as responsible for the target"),
    (STAGE_WORD, "schedule_stage", "a timetable names the units doing its stages: {text}",
     "read those units as responsible for the work it times; stages naming no one give no unit"),
    ("carried", "carried_out", "after the task's units, a sentence names who answers for it and who carries it out: "
     "{tail}", "added the units carrying it out; people are no units"),
    (SHARE_WORD, "sentence_shares", "the paragraph's sentences each name their units, one a lead: {text}",
     "read the roles sentence by sentence: units of a sentence naming no lead lead"),
    ("groups_set_up", "groups_set_up", "the paragraph sets up {n} bodies, each with its own units: {first}",
     "read one task each, from its body's name on"),
    ("titled_subjects", "titled_subjects", "the numbered measure is titled in a short sentence, then names its "
     "units as the subjects of the sentences doing it, the bodies it sets up for it (A下设B，负责…) or those it names "
     "for it (明确A为责任主体): {text}", "read those units as doing it, each in the role its own sentence gives "
     "(responsible unless it helps); a body's seat and the people named for it (第一责任人) are no units"),
    ("titled_duty", "titled_duty", "the numbered item (or a point with no item under it) opens with a run-in title "
     "naming no unit, then a sentence naming its units as the subject of a role word: {text}", "read the whole item, title and all, as one task of "
     "those units, in the roles their sentence gives"),
    ("whole_item", "label_over_item", "the numbered item's sentences open with units of their own, and a label closes "
     "it: {first}", "read the item as one task, of the label's units (the units of its sentences, and whom they "
     "help, say how the work is done)"),
    ("members_duties", "members_then_duties", "a paragraph lists a body's members with their lead (由A、B、C组成，"
     "A为牵头单位), then gives bodies duties of their own in later sentences (B设在C，承担…; D负责…): {first}",
     "read the members as one task, the one named lead leading and the others supporting, and each later duty as a "
     "task of its body; the unit an office sits in is no unit of it, and the people named (召集人, 联络员) are none"),
    ("modal_later", "later_modal_duty", "in a list of duties one of which has a role verb, a later sentence opens "
     "with units of its own and 要 (…；各成员单位要…。联席会议办公室要…): {first}", "read one task each, its units "
     "responsible; a sentence whose units only help (B要积极配合…) stays with the duty before, and units in general "
     "(各部门要…) open none"),
    (MEMBERS_WORD, "members_with_lead", "a sentence lists a body's members (由A、B、C组成, 成员单位包括…) and a clause "
     "after names which of them leads (A为牵头单位, 由A牵头): {text}", "read it as a task of the members: the one named "
     "lead leads, the other members support, as units beside a named lead do"),
    (GROUP_WORD, "group_members", "a working group's duty comes first, then the bodies it is made of with no lead "
     "named (救援组负责…。由A、B及有关单位组成。): {text}", "read it as a task of the members, all responsible: they "
     "answer for the group's duty together"),
    (LEAD_AFTER_LABEL, "label_lead_after", "a sentence after the label names a lead with 由…牵头: {tail}",
     "read that unit as the lead; the label's units (责任单位) support beside it, as beside a 牵头单位"),
    (SEATED_WORD, "office_seat_not_counted", "the paragraph opens with a body set in a unit and given work (办公室设在A，"
     "承担…): {text}", "read it as a task of that body, responsible; the unit it sits in (A) is not counted as a unit "
     "of it"),
    (SHARED_WORD, "trade_name_shares_work", "a business named by its trade name does the work together (共同) with "
     "the units beside it after 由: {text}", "read it as a unit of the task, in the role the verb gives them all"),
    (OWN_DUTY_WORD, "clause_subjects_own_duty", "one sentence gives several bodies each its own 负责, clause by clause "
     "(A负责X，B负责Y): {text}", "read every body so named as responsible for the one task; a partner with no 负责 of "
     "its own (B配合) keeps its role, and a body the duty is put on (A负责督促B) is no unit"),
)


def reading_findings(block: dict, tasks: list) -> list[Finding]:
    """The finding saying how a paragraph's tasks were read (one per sentence for later duties), or none.

    ``block`` is a paragraph as :mod:`zygraph.readers.paragraph` gathers it (``line``, ``text`` and the marks its
    readings set); ``tasks`` its tasks as (text, items) pairs.

    >>> from zygraph.sentences.grammar import Item
    >>> prose = {"line": 3, "text": "甲", "prose": True}
    >>> [f.code for f in reading_findings(prose, [("修路", [Item("市交通局", "lead", "牵头")])])]
    ['prose_tasks']
    >>> [f.code for f in reading_findings({"line": 3, "text": "甲"}, [("修路", []), ("架桥", [])])]
    ['task_split']
    """
    words = [item.word for _, items in tasks for item in items]
    return _reading(block, tasks, words) + (_spellings(block) if MEMBERS_WORD in words else [])


def _spellings(block):
    """The findings of members taken as the lead its clause names though the list writes them otherwise."""
    return [Finding(block["line"], "warning", "member_spellings_joined", f"the members' list writes {listed} and the "
                    f"clause naming the lead writes {lead}: two spellings taken as one body", f"read {listed} as {lead}, "
                    "the lead") for listed, lead in joined_spellings(block["text"])]


def _reading(block, tasks, words):
    """The finding of the first reading of ``_READINGS`` that applies to the paragraph, in a list; else []."""
    for mark, code, found, done in _READINGS:
        if not (block.get(mark) or mark in words):
            continue
        values = {"n": len(tasks), "first": (tasks[0][0] if tasks else block["text"])[:20],
                  "text": block["text"][:30], "tail": block["text"][-30:], "lead_in": (block.get("lead_in") or "")[:30],
                  "words": "、".join(dict.fromkeys(word for word in words if word))}
        if mark == "later_duties":
            return [Finding(block["line"], "info", code, found.format(later=text[:20], **values), done)
                    for text in block[mark]]
        return [Finding(block["line"], "info", code, found.format(**values), done)]
    if len(tasks) > 1:
        return [Finding(block["line"], "info", "task_split",
                        f"the paragraph holds {len(tasks)} sentences each closed by its own units", "read as one task each")]
    return []
