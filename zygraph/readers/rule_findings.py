"""The findings for the rules that chose a subject sentence's units: one a rule its reading records, on its line."""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.findings import Finding
from zygraph.names.class_bodies import class_body
from zygraph.names.unitlist import places_of_a_kind
from zygraph.sentences.kinds_after_etc import body_and_its_kind
from zygraph.sentences.restructured_enterprises import restructured_enterprises

__all__ = ["rule_findings", "body_rules"]

#: For each rule a reading records (:class:`zygraph.readers.subject_sentences.Reading`): the finding's code, what it
#: says ({task}: the task's opening) and what was done.
_RULES = {
    "defined": ("defined_subject",
               "the sentence opens with a body defining its short name: {task}",
               "read the body as the subject of what the sentence says it does"),
    "asked": ("asked_subject",
               "the sentence asks bodies to do the work with 请: {task}",
               "read the bodies asked as the subject of the duty, responsible; those after 会同 "
               "support"),
    "set_off": ("subject_set_off",
               "the subject is set off by a comma before its modal verb: {task}",
               "read the bodies before the comma as the subject of the duty"),
    "designated": ("designated_subject",
               "the sentence names the body carrying the project or duty, its 主体: {task}",
               "read the body named as the subject of the duty, responsible"),
    "opening": ("opening_collective",
               "a collective of places opens the sentence with its verb and no modal: {task}",
               "read the collective as the subject of the duty (each of its places does the "
               "work)"),
    "form": ("subject_form",
               "the subject is written with how often it acts, set off by a comma, on the basis "
               "it acts on, with what it does before (…前，必须), after 由 with that basis, or "
               "forbidden to act (不得, 不予): {task}",
               "read the bodies as the subject of the duty"),
    "parties": ("bound_party",
               "the subject joins a body to a party the rule binds (项目单位, 建设单位): {task}",
               "read the body alone as the subject of the duty"),
    "described": ("described_subject",
               "the subject is a body described by the work it is charged with (负责编制规划的A部门应…; a body's "
               "organ, A承担…的职能机构负责…): {task}",
               "read the body as the subject of the duty, its name with its description as written"),
    "guided": ("guided_subject",
               "the subject does its work under another body's guidance, with no modal verb (A在B指导下做好…, "
               "A在B和C业务指导下…): {task}",
               "read the body and its guide as the subject of the duty, both lead (指导 is a lead's word)"),
    "surveyed": ("surveyed_parties",
               "the subject lists the kinds of parties a regulation binds, perhaps with people "
               "(国家机关、企业事业单位和个人等调查对象，应当…): {task}",
               "read each kind of body as a unit, the subject of the duty; the people in the list are no unit"),
    "set_up_group": ("set_up_group_subject",
               "the sentence opens with a group the text set up before, and its modal verb: {task}",
               "read the group as a subject of the duty, a body the text made"),
    "organised_parts": ("organised_parts",
               "the sentence gives one work its parts by body (由A统一组织，B具体实施，C参与): {task}",
               "read the organiser and the body carrying it out as responsible, those taking part as support"),
    "own_case": ("own_case_subject",
               "the subject stands in the case its duty is for, the case its own act (A发现…的，要…; "
               "A及其人员…的，必须…): {task}",
               "read the body as the subject of the modal after the case; its staff are people, no unit"),
    "organised": ("organised_helpers",
               "the subject organises bodies who work together on its task with a verb of their own "
               "(组织B、C等有关部门，分工协作，密切配合): {task}",
               "read the bodies organised as supporting the subject"),
    "helps_only": ("helping_duty",
               "the subject's duty is only to help with the work (配合, 协助): {task}",
               "read its bodies as supporting the task"),
    "dated": ("dated_subject",
               "the sentence sets its units a deadline as their subject, with no modal: {task}",
               "read the units as the subject of the duty"),
    "pays": ("cost_bearers",
               "the sentence names who bears the cost: {task}",
               "read the bodies paying as responsible for the task"),
    "permitted": ("permitted_subject",
               "the sentence gives its subject leave to act (可以, 可): {task}",
               "read the bodies given leave as the subject of the duty, responsible"),
    "required": ("required_by",
               "the sentence requires the work of the bodies after 应当由 or 分别由: {task}",
               "read them as the subject of the duty, responsible"),
    "holders": ("clause_holders",
               "the sentence names who holds its duty after 由, whose approval it needs after 经, "
               "or bodies sharing it out (分别): {task}",
               "read them as responsible; those after 会同 or 商 support, and helpers after 协助 "
               "support the body they help"),
    "held_by": ("held_by",
               "the sentence names who holds its duty after 由 or with 以…为主: {task}",
               "read those bodies as the subject of the duty, responsible"),
    "held": ("held_role_subject",
               "the subject is the holders of a role in a field (…的牵头部门): {task}",
               "read them as one collective, the subject of the duty"),
    "fields": ("listed_subject",
               "the subject is a list of fields sharing one kind noun: {task}",
               "read each field as a unit, the subject of the duty"),
    "comma_joined": ("comma_joined",
               "bodies opening the sentence alone, set off by a comma, share the verb of the subject "
               "after them: {task}",
               "read them as the subject of the duty beside the bodies after the comma"),
    "with_its_own": ("with_its_own",
               "the subject names a body and its own organ (A与其工会): {task}",
               "read each as a unit, the subject of the duty, before 与 could split the organ from "
               "its body"),
    "authorised": ("authorised_subject",
               "the subject is a body another authorises or entrusts to do the duty (A授权B负责…): {task}",
               "read the body authorised as the subject of the duty; the one authorising is no unit of it"),
    "kind_places": ("places_of_a_kind",
               "named places share the kind after their 等 (吉林、河南等省): {task}",
               "read the places with their kind as one collective, the subject of the duty"),
    "merger_party": ("merger_party",
               "enterprises named by their part in a merger or restructuring are the subject: {task}",
               "read them as one body, the subject of the duty"),
    "kind_after_etc": ("body_and_its_kind",
               "a body is named with the kind of bodies it heads after 等 (A协会等行业组织): {task}",
               "read the name whole as one class of bodies, the subject of the duty"),
    "bare_clause": ("bare_clause_subject",
               "a ；-clause opens with its body and the verb of its work, with no modal, after a clause giving "
               "its body a share with one (A要…；B做好…；): {task}",
               "read the body as the subject of its clause's duty, a share of the same division"),
    "class_body": ("class_body",
               "the subject is a class of bodies named by what they do (新闻单位, 各级抗旱服务组织): {task}",
               "read the class as one collective, the subject of the duty"),
    "sent_up": ("sent_up_for_approval",
               "the holder sends the matter up for approval (由A报请B批准): {task}",
               "read the holder as responsible; the body the matter is sent to holds no share"),
    "run_in_measure": ("run_in_measure",
               "an unnumbered run-in heading opens a paragraph under the heading, a measure of its "
               "own: {task}",
               "start the task at that heading, closing the task before"),
}


def rule_findings(line: int, task: str, rules: tuple[str, ...]) -> list[Finding]:
    """A finding for each rule in ``rules`` that chose the units of ``task`` (read at ``line``), in the table's order.

    >>> [f.code for f in rule_findings(3, "县财政局，县审计局要…", ("comma_joined", "set_off"))]
    ['subject_set_off', 'comma_joined']
    """
    return [Finding(line, "info", code, what.format(task=task[:30]), action)
            for rule, (code, what, action) in _RULES.items() if rule in rules]


#: A matter sent up by its holder (A报请B批准, A报经B同意, A报送B): the body after it is no holder (clause_holders).
_SENT_UP = "(?:报请|報請|报经|報經|报送|報送)"


def body_rules(names: list[str], piece: str, is_body: Callable[[str], bool]) -> tuple[str, ...]:
    """The rules beyond a name's form that made ``names`` (the units ``piece`` was read to) bodies, or cut a body off
    after them: named places sharing a kind (``kind_places``), a merger's parties (``merger_party``), a body with its
    kind after 等 (``kind_after_etc``, by ``is_body``), a class of bodies named by what they do (``class_body``), a
    holder sending the matter up (``sent_up``).

    >>> body = lambda name: name.endswith(("协会", "局"))
    >>> body_rules(["吉林、河南等产粮省"], "", body), body_rules(["兼并重组主体企业"], "", body)
    (('kind_places',), ('merger_party',))
    >>> body_rules(["县餐饮协会等行业组织"], "", body), body_rules(["甲局"], "由甲局报请县政府批准。", body)
    (('kind_after_etc',), ('sent_up',))
    >>> body_rules(["甲局"], "甲局要加强协调。", body), body_rules(["新闻单位"], "新闻单位要做好报道。", body)
    ((), ('class_body',))
    """
    tests = (("kind_places", places_of_a_kind), ("merger_party", restructured_enterprises),
             ("kind_after_etc", lambda name: body_and_its_kind(name, is_body)), ("class_body", class_body),
             ("sent_up", lambda name: re.search(re.escape(name) + _SENT_UP, piece) is not None))
    return tuple(rule for rule, test in tests if any(map(test, names)))
