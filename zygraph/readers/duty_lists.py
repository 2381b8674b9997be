"""A paragraph dividing work into duties, each opening with its units (A负责…；B负责…): one task a duty."""

from __future__ import annotations

import re

from zygraph.names.unitform import opens_with_level
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.verb_manner import manner_free
from zygraph.sentences.area_shares import area_units, sector_units
from zygraph.sentences.decisions import decision_start
from zygraph.sentences.duties import later_subject_units, sentence_duties
from zygraph.sentences.everyone import in_general, members_as_one
from zygraph.sentences.grammar import Item
from zygraph.sentences.kind_subjects import kind_subject_units
from zygraph.sentences.report_duties import later_duty_units, own_clauses, reported_lead_in, without_setting
from zygraph.sentences.role_words import starts_with_label
from zygraph.sentences.subject_forms import designating_subjects
from zygraph.sentences.subject_units import CONNECTIVE, duty_subject_units, subject_units

__all__ = ["listed_duties", "leads_and_supports"]


#: The word the units opening a ；-clause of a division with no role word carry, for the role finding (分句: clause).
DIVISION_CLAUSE_WORD = "分工分句"
#: The words by which a division sentence names its lead: 县国土资源局牵头，B、C配合.
_LEADS = ("牵头", "牽頭")
#: The marks and spaces a part of a paragraph may hold alone: such a part is no duty.
_MARKS = "。；;，,：: "


def _a_unit(name):
    """True when ``name`` looks like a unit's name (区政府, 各乡镇): a body opening a sentence of designation."""
    return looks_like_unit_list(name)


def listed_duties(text, numbered=True, how=None):
    """A paragraph of duties, each opening with its units (市发改委负责…；市经贸委负责…), or None.

    A numbered paragraph is split at ； only: its first duty may follow a run-in heading
    (明确分工，责任到人。市发改委负责…), and its later sentences stay with the duty before them.
    A paragraph without a number is split at 。 too, one sentence a duty (县水务局牵头，组织…。
    县环保局牵头，督促…。), after the sentences that lead in to them (要求县级部门实施好八大行动。).
    Every other part opens with its units; a part naming none goes on the duty before it. Two
    duties at least, or it is one task; then a numbered part's sentences that open with their own
    units are duties of their own (:func:`zygraph.sentences.duties.sentence_duties`). In a numbered paragraph a
    part after a duty with a role verb may open with units and none (B等有关部门要切实做好…); in one
    without a number, a later clause giving another subject its share adds it, and such a sentence
    alone is a list of duties (:func:`zygraph.sentences.duties.later_subject_units`). In one without a number, a clause of
    setting may open the first duty (行动中，A负责…: ``how["setting"]`` holds it); after the duties, a sentence
    opening with its own units and a verb of work or the main responsibility (各乡镇组织…, 乡（镇）村靠实主体责任) is
    theirs (:func:`zygraph.sentences.report_duties.later_duty_units`): then ``how["later_duties"]`` lists those sentences.
    In one without a number, words leading in to the division up to a colon (…的区域帮扶：A负责…) are no part of the
    first duty (a numbered item's colon follows its own unit: 16.市社会办：指导…): then ``how["division_lead_in"]`` holds them;
    words reporting what a document lays down (《制度》明确，A负责…, :func:`zygraph.sentences.report_duties.reported_lead_in`)
    stay in the first duty's text: then ``how["reported_lead_in"]`` holds them. In one without a number, a ；-clause
    after a duty with a role verb, opening with units named by their level or 各 and no role word (…；各级农业农村部门
    依法查处…；), is theirs (:func:`_division_clause_units`): then ``how["division_clauses"]`` lists those clauses.
    In one without a number, a sentence opening with a body's members as one (``领导小组成员单位按照各自职能，…``) before
    the duties is a call on them all, no duty: then ``how["members_call"]`` holds it. After a duty with a role verb, a part
    opening with a body named by its kind that oversees a field (``…。保险监管机构负责…``,
    :func:`zygraph.sentences.kind_subjects.kind_subject_units`) is its own: then ``how["kind_subjects"]`` lists those parts; so is
    a sentence opening with a body designating something for a function (``区政府明确某地块为…场所``,
    :func:`zygraph.sentences.subject_forms.designating_subjects`): then ``how["designating_subjects"]`` lists them. After a duty its units open, a clause
    giving an area to units after 由 (``老城区范围由A负责清扫；``, :func:`zygraph.sentences.area_shares.area_units`) is theirs; after duties a
    sentence opening with a sector and 要 (``公安交警部门要…``, :func:`zygraph.sentences.area_shares.sector_units`) is its share.
    One without a number whose only duty gives a lead and its partners their roles (``…各级各部门要…。A牵头，B、C等部门
    密切配合，全力推进…``, :func:`leads_and_supports`) is that one task: then ``how["division_sentence"]`` is set.

    >>> [(text, [(i.text, i.role) for i in items]) for text, items in listed_duties("市发改委负责规划；市经贸委负责协调。")]
    [('市发改委负责规划；', [('市发改委', 'responsible')]), ('市经贸委负责协调。', [('市经贸委', 'responsible')])]
    >>> listed_duties("加强领导，落实责任。") is None
    True
    """
    parts = [part for part in re.split(r"(?<=[；;])" if numbered else r"(?<=[；;。])", text) if part.strip(_MARKS)]
    out, notes = [], []  # the clause of setting read past and the later sentences no role word names, for findings
    for index, part in enumerate(parts):
        sentence = part[part.rfind("。", 0, len(part.rstrip("。；; "))) + 1:] if index == 0 else part
        # A负责…；老城区范围由B负责清扫；: after a duty its units open, an area given to units after 由
        items = subject_units(part) or subject_units(sentence) or (area_units(part) if out else None)
        setting = subject_units(without_setting(sentence)) if not items and not out and not numbered else None
        if setting:  # …记者获悉，…。行动中，A负责…: the duties start at the sentence a clause of setting opens
            part, items = sentence, setting
            notes.append(("setting", sentence[: len(sentence) - len(without_setting(sentence))].strip()))
        lead_in = _division_lead_in(sentence) if not items and not out and not numbered else None
        if lead_in:  # 帮扶工作将采取三级联合的区域帮扶：A负责…；B负责…: the division starts after its colon
            part, items = sentence[len(lead_in):], subject_units(sentence[len(lead_in):])
            notes.append(("lead_in", lead_in))
        decided = decision_start(sentence) if not items and not out else None
        if decided is not None:  # 为…，县长要求，由A牵头，B配合，…；由C牵头…: the first duty starts at its 由
            part = sentence[decided:]
            items = subject_units(part)
        reported = reported_lead_in(sentence) if not items and not out and not numbered and decided is None else ""
        if reported and subject_units(sentence[len(reported):]):
            # 《制度》明确，A负责…；B负责…: the division follows the words reporting it, which stay in the first duty's text
            part, items = sentence, subject_units(sentence[len(reported):])
            notes.append(("reported", reported))
        if not items and out and any(item.word for item in out[-1][1]) and (items := kind_subject_units(part)):
            notes.append(("kind", part.strip()))  # 市地震局负责…。保险监管机构负责…: a member named by its kind
        elif not items and out and parts[index - 1].rstrip().endswith("。") and any(item.word for item in out[-1][1]) \
                and (items := [Item(name, "responsible", verb) for name, verb in designating_subjects(part, _a_unit)]):
            notes.append(("designating", part.strip()))  # A负责…。区政府明确某地块为…场所: the body designating
        elif not items and numbered and out and any(item.word for item in out[-1][1]):
            items = duty_subject_units(part)  # A负责…；B等有关部门要切实做好…: a verbless duty after A's
        elif not items and not numbered and out and parts[index - 1].rstrip().endswith(("；", ";")) \
                and any(item.word for item in out[-1][1]) and (items := _division_clause_units(part)):
            notes.append(("division_clause", part.strip()))  # A负责…；B依法查处…；: the ；-clause its units open
        elif not items and not numbered and any(item.word for _, named in out for item in named) \
                and part.rstrip().endswith("。"):
            # A负责…；B负责…。各乡镇组织…。: a sentence its units open, no role word; 公安交警部门要…。: a sector's share
            items = later_duty_units(part)
            notes += [("later", part.strip())] if items else []
            items = items or sector_units(part)
        if items and not out and not numbered and all(members_as_one(item.text) for item in items):
            notes.append(("members", part.strip()))  # 领导小组成员单位按照各自职能，各负其责。…由A负责…；: a call on them all
            continue
        if items:
            out.append((CONNECTIVE.sub("", part.strip()) if not out and not numbered else part.strip(), items))
        elif out:
            out[-1] = (out[-1][0] + part.strip(), out[-1][1])
        elif numbered:
            return None
    later = [later_subject_units(text) or [] for text, _ in out] if not numbered else []
    if later:  # 各县区负责…，市直有关部门，依照各自职责，…: a later clause's subject has a share too
        clauses = [own_clauses(text, items, more) for (text, items), more in zip(out, later)]
        if how is not None and any(clauses):  # A负责…，B负责…: each clause its subject's own duty
            how["own_clauses"] = True
        out = [pair for (text, items), more, own in zip(out, later, clauses) for pair in own or [(text, items + more)]]
        if len(out) == 1 and later[0]:
            return out  # one sentence sharing the work out is a list of duties too
    if len(out) == 1 and not numbered and leads_and_supports(out[0][1]):
        if how is not None:  # …，各级各部门要…。A牵头，B、C等部门密切配合，全力推进…: one sentence dividing the work
            how["division_sentence"] = True
        return out
    if len(out) < 2:
        return None
    if notes and how is not None:
        how["setting"] = next((text for kind, text in notes if kind == "setting"), None)
        how["later_duties"] = [text for kind, text in notes if kind == "later"]
        how["division_lead_in"] = next((text for kind, text in notes if kind == "lead_in"), None)
        how["reported_lead_in"] = next((text for kind, text in notes if kind == "reported"), None)
        how["division_clauses"] = [text for kind, text in notes if kind == "division_clause"]
        how["members_call"] = next((text for kind, text in notes if kind == "members"), None)
        how["kind_subjects"] = [text for kind, text in notes if kind == "kind"]
        how["designating_subjects"] = [text for kind, text in notes if kind == "designating"]
    # in a list of duties, a later sentence of a numbered part that opens with its own units is a duty too
    # after a duty with a role verb, a later sentence opening with its own units and 要 is a duty too (…。B要…)
    roled = any(item.word for _, named in out for item in named)
    split = [(numbered and sentence_duties(text, opening=items if roled else None)) or [(text, items)]
             for text, items in out]
    if how is not None and any(len(duties) > len((numbered and sentence_duties(text)) or [text])
                               for duties, (text, _) in zip(split, out)):
        how["modal_later"] = True
    return [duty for duties in split for duty in duties]


def _division_clause_units(clause):
    """The units opening a ；-clause of a division of duties with no role word (``B依法查处…；`` after ``A负责…；``), or
    None: in a sentence dividing the work, each clause's subject is the unit doing it. The units must open with the
    level or the 各 they are named by (县交通局, 各级农业农村部门): a clause of a unit's own duties opens with a verb
    (负责市政府会议…；联系市政府…；), which no such name does. Units in general (各部门, 其他有关部门) are no clause's own.

    >>> [(i.text, i.role) for i in _division_clause_units("各级农业农村部门依法查处非法捕捞船舶；")]
    [('各级农业农村部门', 'responsible')]
    >>> _division_clause_units("其他各部门积极响应；"), _division_clause_units("联系市政府驻外办事处有关工作；")
    (None, None)
    """
    items = duty_subject_units(clause)
    # the subject is named by its level or its 各 (县交通局, 各级农业农村部门), as a clause with no role word names it
    if not items or any(in_general(item.text) for item in items) \
            or not (items[0].text.startswith("各") or opens_with_level(items[0].text)):
        return None
    return [Item(item.text, item.role, item.word or DIVISION_CLAUSE_WORD) for item in items]


def leads_and_supports(items):
    """True when a duty's units divide its work by role verbs, one leading by 牵头 and others supporting (A牵头，B配合).

    A sentence of running text opening with one unit's duty (A负责…) may only report what it does; one giving a lead
    and its partners their roles is a division of work, a task even alone in a paragraph without a number. (A unit
    doing work 会同 others, 他要求A会同B…, may be a speaker's requirement: read as such, not here.)

    >>> from zygraph.sentences.grammar import Item
    >>> leads_and_supports([Item("县国土局", "lead", "牵头"), Item("县发改局", "support", "配合")])
    True
    >>> leads_and_supports([Item("县国土局", "responsible", "负责")])
    False
    """
    return any(item.role == "lead" and manner_free(item.word) in _LEADS for item in items) \
        and any(item.role == "support" for item in items)


def _division_lead_in(sentence):
    """The words leading in to a division of work up to its colon, when the units of its first duty follow it; or None.

    ``帮扶工作将采取三级联合的区域帮扶：A负责规划；B负责协调`` -> ``帮扶工作将采取三级联合的区域帮扶：``: the lead-in
    covers every duty after it and is no part of the first. A role label (``部门分工：A牵头，B配合``) leads in to nothing:
    it names the units of the task before it.

    >>> _division_lead_in("帮扶：县农业局负责规划；县财政局负责资金"), _division_lead_in("部门分工：县农业局牵头，县财政局配合")
    ('帮扶：', None)
    """
    colon = max(sentence.rfind("："), sentence.rfind(":"))
    if colon < 0 or not sentence[:colon].strip() or starts_with_label(sentence.strip()):
        return None
    return sentence[: colon + 1] if subject_units(sentence[colon + 1 :]) else None
