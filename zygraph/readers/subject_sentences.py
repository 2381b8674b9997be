"""Documents of running sentences (a decision, an opinion, a regulation): one task a sentence whose subject is a body.

A State Council decision or a joint opinion divides no work by labels, brackets or numbered tasks: under each
heading its sentences say what each body is to do, the body the subject of a modal or duty verb
(``A部门应…``, ``B要…``, ``C必须…``, ``D负责…``, ``E承担…责任``), partners after 会同 (``A应会同有关部门…``: support),
sometimes after a clause that sets what the duty is about (``对违法的，A必须…``), or a collective of places
opening a sentence with its verb and no modal (``各省、自治区根据…，进行…``; with 可, leave to act, it is
:mod:`zygraph.sentences.permitted_subjects`' reading). Each such sentence, or ；-clause
with a subject of its own, starts a task that runs on over the sentences with no subject after it, up to the next
such sentence or heading; a short sentence opening a section (its run-in heading, ``加强督办考核。``) is the area,
and the sentences after it before the measure's first subject open that subject's task (``加强督办。完善制度。A要…``;
under a heading of its own a task starts at its subject).
The reading is taken only where it finds more tasks than the labels and brackets, naming every unit they name
(:mod:`zygraph.readers.running_text`).
"""

from __future__ import annotations

import re

from zygraph.sentences.bare_clauses import bare_clause_subjects
from zygraph.sentences.described_subjects import described_partners, group_subject, set_up_groups
from zygraph.sentences.clause_subjects import clause_findings
from zygraph.readers.forwarding_cover import cover_text
from zygraph.readers.glued_headings import (defined_short_names, frame_cut, glued_heading, lost_breaks,
                                            runs_into_subject, short_name_cut)
from zygraph.readers.rule_findings import rule_findings
from zygraph.findings import Finding
from zygraph.sentences.grammar import Item, assign_roles
from zygraph.sentences.helped_bodies import HELPING_VERBS, helps_before
from zygraph.sentences.modal_partners import duty_partners
from zygraph.readers.raw import RawRow
from zygraph.readers.subjects import section_texts
from zygraph.sentences.subject_units import MODAL_INSIDE
from zygraph.readers.piece_readings import Reading, is_body, piece_subjects, read_piece

__all__ = ["subject_sentences", "mixed_sections"]

#: Where a piece of running text ends: a sentence's full stop, or a ；between duties with subjects of their own.
_PIECE_END = re.compile("(?<=[。！？；;])")
#: A section's run-in heading, a short sentence of its own with no comma (``加强督办考核。``): the task's area.
_RUN_IN_HEADING = re.compile("^[^，,；;：:、]{2,20}。$")
#: The fewest paragraphs under one heading opening with run-in headings that make them measures with no number.
_UNNUMBERED_MEASURES = 2
#: Words linking a sentence to the one before, which no heading opens with.
_LINKING = ("同时", "并", "另外", "此外", "还要", "同時", "並")
#: A modal verb, not the 应 of 应急 (市卫生应急办公室要…): subject_units.MODAL_INSIDE.
_MODAL = MODAL_INSIDE.pattern


def subject_sentences(pairs, findings: list) -> list[RawRow]:
    """One row for each sentence (or ；-clause) of running text whose subject is a body with a modal or duty verb,
    running on over the sentences after it that name no body; the body is responsible, one after 会同 supports.

    ``pairs`` are the notice's logical lines, (line number, text); the lines before the first heading are no
    section, except the own sentences of a notice forwarding a document (:mod:`zygraph.readers.forwarding_cover`).
    Each task read is a ``subject_sentence`` finding.

    Examples
    --------
    >>> pairs = [(1, "决定如下："), (2, "一、加强管理"), (3, "渔业部门应加强巡查，会同海事部门制定办法。"
    ...          "巡查结果应公开。对违规的，执法部门必须依法处罚。")]
    >>> [(r.task, r.lead, r.support) for r in subject_sentences(pairs, [])]
    [('渔业部门应加强巡查，会同海事部门制定办法。巡查结果应公开。', '渔业部门', '海事部门'), ('对违规的，执法部门必须依法处罚。', '执法部门', '')]
    """
    rows = []
    cover = cover_text(pairs)  # …现转发给你们，请认真贯彻执行。A要…: the forwarding notice's own duties, before its headings
    if cover:
        findings.append(Finding(cover[0], "info", "forwarding_cover", f"a notice forwarding a document gives duties "
                                f"in its own words after its forwarding sentence: {cover[1][:30]}",
                                "read its sentences before the forwarded document's headings as a section"))
    sections = [(line, area, [piece for piece in _PIECE_END.split(text) if piece.strip()], run_in)
                for line, area, text, run_in in ([(cover[0], "", cover[1], False)] if cover else []) + list(section_texts(pairs))]
    short_names = defined_short_names("".join(text for _, text in pairs))  # A（以下简称B）: B a heading may run into
    cuts = [_glued_cut(pieces, short_names) if run_in else None for _, _, pieces, run_in in sections]
    # the copy lost the breaks after its headings: each heads its text (a heading found glued to its subject, or
    # headings and their text cut out of one line of the copy)
    lost = lost_breaks(sections)
    glued = any(cut is not None for cut in cuts) or lost
    openings = {_PIECE_END.split(text)[0].strip() for _, text in pairs}  # the first sentence of each paragraph
    groups = set_up_groups("".join(text for _, text in pairs))  # …组成审查小组: groups the text sets up
    for (line, area, pieces, run_in), cut in zip(sections, cuts):
        heading, task, items, reading = "", "", [], Reading([], [])
        lead_in = ""  # the section's sentences before its first subject: the start of that subject's task
        # paragraphs under the heading, two at least, each opening with a run-in heading: measures with no number
        measures = not run_in and sum(piece.strip() in openings and _paragraph_heading(piece)
                                      for piece in pieces) >= _UNNUMBERED_MEASURES
        previous = ""
        if run_in and cut is None and lost:
            area = ""  # no heading cut off: the area read from the glued text above (its heading and sentences) is none
            # until its own opening sentence, the heading glued to it, proves to name no subject (below)
        if cut is not None:  # 七、加强问题排查和整改各省（…）要…: the heading ran on into its sentence
            heading, pieces = pieces[0][:cut].strip(), [pieces[0][cut:], *pieces[1:]]
            area = heading  # the area of each task of the section
            findings.append(Finding(line, "info", "glued_heading", f"a heading runs on into the sentence under it "
                                    f"with no mark between: {heading}|{pieces[0][:20]}",
                                    "read the heading as the task's area, the sentence from its subject; in a copy "
                                    "so glued, a section's task starts at its subject's sentence"))
        for at, piece in enumerate(pieces):
            read, group = read_piece(piece), group_subject(piece, groups)  # 审查小组应当…: a group the text set up
            if group and group[0] not in {item.text for item in read.first + read.later}:
                read = read._replace(first=[Item(group[0], "responsible", group[1])] + read.first,
                                     rules=read.rules + ("set_up_group",))
            found = read.first + read.later
            if not found and items and (bare := bare_clause_subjects(piece, previous, is_body)):
                read, found = Reading(bare, [], ("bare_clause",)), bare  # A要…；B做好…；: a clause's 要 left out
            if glued and run_in and not found and items and _measure_heading(piece, pieces[at + 1:at + 2]):
                # …。加大移峰填谷力度。在…。各地区要…: a copy that lost its breaks runs a measure's heading on after
                # the task before; the measure starts there, its first subject's task with it
                rows.append(_row(line, area, heading, task, items, reading, findings))
                findings += rule_findings(line, piece, ("run_in_measure",))
                heading, task, items, reading, lead_in = "", "", [], Reading([], []), piece
                previous = piece
                continue
            if measures and not found and piece.strip() in openings and _opens_subject(piece, pieces[at + 1:at + 2]):
                # 聚焦主业。A、B机构要… / 坚持微利。C要…: paragraphs under a heading each open with a run-in heading of
                # their own, unnumbered measures; a paragraph's task starts at that heading, closing the task before
                if items:
                    rows.append(_row(line, area, heading, task, items, reading, findings))
                findings += rule_findings(line, piece, ("run_in_measure",))
                heading, task, items, reading, lead_in = "", "", [], Reading([], []), piece
                previous = piece
                continue
            if found and items and helps_before(previous, piece, [item.text for item in found]):
                # …；乡镇政府要协助做好相关工作: they help with the clause before's task
                items = items + [Item(item.text, "support", item.word) for item in found
                                 if item.text not in {i.text for i in items}]
                task += piece
                findings.append(Finding(line, "info", "helpers_joined", f"a ；-clause names only who helps with the "
                                        f"work before it: {piece[:30]}", "read its subjects as supporting that task"))
            elif found:
                if items:
                    rows.append(_row(line, area, heading, task, items, reading, findings))
                    heading = ""
                task, items, lead_in, reading = lead_in + piece, found, "", read
            elif items:
                task += piece
            elif run_in and not heading and not lead_in and _RUN_IN_HEADING.match(piece.strip()):
                heading = piece.strip().rstrip("。")
            elif run_in and (heading or lead_in or not glued):  # a measure glued to its heading: its task starts there
                lead_in += piece  # (under a heading, or a heading a copy glued to its sentence, at its subject)
            elif run_in and lost and at == 0 and cut is None:  # 一、进一步提高…的认识随着…。: the heading, glued to
                area = piece.strip().rstrip("。")  # a sentence where no subject shows its end, is the section's area
            previous = piece
        if items:
            rows.append(_row(line, area, heading, task, items, reading, findings))
    return rows


def _measure_heading(piece: str, after: list[str]) -> bool:
    """Whether ``piece``, a sentence with no subject inside a section of a copy that lost its breaks, is the run-in
    heading of the next measure (``加大移峰填谷力度。``): short, with no comma, not opening with a word that links it to
    the sentence before (同时, 并), and followed by text, not by another such sentence (``…另行下达。逐步理顺…关系。``:
    the first closes the measure before).

    >>> _measure_heading("加大移峰填谷力度。", ["在普遍实行峰谷电价的基础上，…"])
    True
    >>> _measure_heading("同时尽快实施联动机制。", ["甲局要…"]), _measure_heading("具体方案另行下达。", ["理顺价格关系。"])
    (False, False)
    """
    if not _RUN_IN_HEADING.match(piece.strip()) or piece.strip().startswith(_LINKING):
        return False
    return bool(after) and not (_RUN_IN_HEADING.match(after[0].strip()) and not read_piece(after[0]).first)


def _paragraph_heading(piece: str) -> bool:
    """Whether ``piece`` reads as a paragraph's run-in heading (``聚焦支小支农主业。``): a short sentence with no comma,
    not linked to the one before (同时, 并), and with no modal verb (a rule, ``考核结果应公开。``, is no heading).

    >>> _paragraph_heading("聚焦支小支农主业。"), _paragraph_heading("考核结果应公开。"), _paragraph_heading("同时加强督查。")
    (True, False, False)
    """
    return bool(_RUN_IN_HEADING.match(piece.strip())) and not piece.strip().startswith(_LINKING) \
        and not re.search(_MODAL, piece)


def _opens_subject(piece: str, after: list[str]) -> bool:
    """Whether ``piece``, a sentence with no subject, is the run-in heading of a paragraph whose next sentence opens
    with a subject (``聚焦支小支农主业。`` before ``A机构要…``).

    >>> _opens_subject("聚焦支小支农主业。", ["担保机构要严格以支小支农为主业。"])
    True
    >>> _opens_subject("聚焦支小支农主业。", ["严格以支小支农为主业。"]), _opens_subject("同时加强督查。", ["甲局要督查。"])
    (False, False)
    """
    return _paragraph_heading(piece) and bool(after) and bool(read_piece(after[0]).first)


def _glued_cut(pieces: list[str], short_names: dict[str, str] | None = None) -> int | None:
    """Where the first sentence of a run-in section starts when a copy glued its heading to it with no mark between
    (:func:`zygraph.readers.glued_headings.glued_heading`), or to a clause setting its frame before its subject
    (:func:`zygraph.readers.glued_headings.frame_cut`); None for a run-in heading of its own (``加强督办。``), a
    sentence opening with its subject, or no heading so found; a subject read that runs a heading into a short name
    the text defined (``short_names``, :func:`zygraph.readers.glued_headings.short_name_cut`) is cut before it."""
    first = pieces[0] if pieces else ""
    read = read_piece(first)
    if not first or _RUN_IN_HEADING.match(first.strip()) or "holders" in read.rules:  # …项目经A认定后: holders inside
        return None
    subject = (read.first or read.later or [Item("", "", "")])[0].text
    short = short_name_cut(first.lstrip(), subject, short_names or {}) if read.first else None
    if short is not None:  # 规范日常管理监测总站统一负责…: the heading, then the short name defined above
        return short + len(first) - len(first.lstrip())
    framed = frame_cut(first, subject) if subject and not runs_into_subject(subject) else None
    if framed is not None or (read.first and not runs_into_subject(subject)):  # …的前提下，A要…: a frame clause
        return framed
    return glued_heading(first, lambda rest: [item.text for item in read_piece(rest).first], is_body)


def mixed_sections(pairs) -> int:
    """How many sections of ``pairs`` hold subject sentences (:func:`piece_subjects`) naming different bodies: sections
    that are no one body's task, but one task a subject sentence.

    >>> mixed_sections([(1, "意见如下："), (2, "（一）加强巡护。林草部门要巡护。林草部门要防火。"),
    ...                 (3, "（二）加强协作。水务部门要节水。交通部门要护路。")])
    1
    """
    mixed = 0
    for _, _, text, _ in section_texts(pairs):
        bodies = {tuple(item.text for item in found) for found in map(piece_subjects, _PIECE_END.split(text)) if found}
        mixed += len(bodies) > 1
    return mixed


def _row(line: int, area: str, heading: str, task: str, items: list[Item], reading: Reading,
         findings: list) -> RawRow:
    """The task of one subject sentence, with its ``subject_sentence`` and ``role_rule`` findings and a finding for
    each rule that chose its subject, as ``reading`` (the reading of its subject's sentence) records it; partners
    after 会同 anywhere in the task (its subject's own clause, 由A会同B…, a later clause or sentence of the duty)
    support it."""
    rules = reading.rules
    findings += rule_findings(line, task, rules)
    if reading.later:
        findings.append(Finding(line, "info", "later_subject", f"a later clause of the sentence opens with its own "
                                f"subject: {'、'.join(i.text for i in reading.later)}",
                                "read them as responsible for their share of the sentence's task"))
    subject_piece = next((piece for piece in _PIECE_END.split(task) if piece_subjects(piece)), "")
    findings += clause_findings(line, subject_piece, items, is_body)  # 凡…的地方，A要…; A是…主体，要…; B给予支援
    if "helping" in rules:
        helped = [item.text for item in reading.first if item.role == "responsible"]
        findings.append(Finding(line, "info", "helped_body", f"the sentence's subjects help {'、'.join(helped)} do "
                                f"its own work: {task[:30]}", "read the subjects as supporting and the body helped "
                                "as responsible"))
    guided = [item.text for item in items if item.role == "support" and item.word in HELPING_VERBS]
    if guided and "helping" not in rules:
        findings.append(Finding(line, "info", "guided_helpers", f"the subject guides or coordinates bodies to help with "
                                f"a verb of their own: {'、'.join(guided)}", "read them as supporting the subject"))
    named = {item.text for item in items}
    # 会同负责审批规划的A部门召集…: a partner described by its work, its name ending at its kind, not at the clause's end
    described = [item for item in described_partners(task, is_body) if item.text not in named]
    partners = described + [item for item in duty_partners(task) if item.text not in named
                            and not any(item.text.startswith(other.text) for other in described)]
    if partners:
        items = items + partners
        findings.append(Finding(line, "info", "duty_partners",
                                f"the duty names its partners after 会同: {'、'.join(i.text for i in partners)}",
                                "read them as supporting the duty's subject (the unit after 会同 supports)"))
    leads, supports, rule = assign_roles(items, False)
    findings.append(Finding(line, "info", "subject_sentence",
                            f"a sentence of running text makes its units the subject of a duty: {task[:30]}",
                            "read the sentence, and those after it naming no unit (the first in a measure run on from "
                            "its heading also those before it), as one task of its units "
                            "(no label, bracket or numbered task names them)"))
    findings.append(Finding(line, "info", "role_rule", rule, "roles assigned as the rule says"))
    return RawRow.of_units(line, task, leads, supports, heading or area)
