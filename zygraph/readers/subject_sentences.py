"""Documents of running sentences (a decision, an opinion, a regulation): one task a sentence whose subject is a body.

A State Council decision or a joint opinion divides no work by labels, brackets or numbered tasks: under each
heading its sentences say what each body is to do, the body the subject of a modal or duty verb
(``A部门应…``, ``B要…``, ``C必须…``, ``D负责…``, ``E承担…责任``), partners after 会同 (``A应会同有关部门…``: support),
sometimes after a clause that sets what the duty is about (``对违法的，A必须…``). Each such sentence, or ；-clause
with a subject of its own, starts a task that runs on over the sentences with no subject after it, up to the next
such sentence or heading; a short sentence opening a section (its run-in heading, ``加强督办考核。``) is the area.
The reading is taken only where it finds more tasks than the labels and brackets, naming every unit they name
(:mod:`zygraph.readers.running_text`).
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.grammar import Item, assign_roles
from zygraph.modal_partners import duty_partners
from zygraph.people import cadres
from zygraph.readers.raw import RawRow
from zygraph.readers.subjects import section_texts
from zygraph.subject_units import MODALS, duty_subject_units
from zygraph.unitlist import BY_WORD, split_units
from zygraph.unitname import looks_like_unit

__all__ = ["subject_sentences"]

#: Where a piece of running text ends: a sentence's full stop, or a ；between duties with subjects of their own.
_PIECE_END = re.compile("(?<=[。！？；;])")
#: A section's run-in heading, a short sentence of its own with no comma (``加强督办考核。``): the task's area.
_RUN_IN_HEADING = re.compile("^[^，,；;：:、]{2,20}。$")
#: The clauses a subject may stand in: the first, or the second after one saying what the duty is about.
_SUBJECT_CLAUSES = 2
#: A body as the subject of a modal or duty verb, perhaps after the time or matter it acts on
#: (A应…, A必须…, A负责…, A承担…责任, A在…时，应当…, A对…实施…).
_SUBJECT = re.compile(f"^(?P<units>[^，,。；;：:的由对在]{{2,40}}?)(?:在[^，,。；;]{{1,30}}?时[，,]?)?(?:对[^，,。；;]{{1,40}}?[，,]?)?"
                      f"(?P<verb>必须|必需|应当|[{MODALS}]|负责|負責|承担|承擔|实施|實施)")
#: A body after 由 that does what the clause names (考核办法由A会同B组织制定, 结果由A核定后公布).
_BY_SUBJECT = re.compile(f"{BY_WORD}(?P<units>[^，,。；;由]{{2,30}}?)(?:(?:会同|會同)[^，,。；;]{{2,30}}?)?"
                         "(?P<verb>组织|組織|核定|审定|審定|制定|负责|負責)")
#: A clause before the subject that says what the duty is about or when it applies (``对违法的，``, ``…的资金，``).
_CLAUSE = re.compile("[，,]")

#: No registry here: a subject is taken as a unit by its form alone (局, 部门, 政府 …).
_unknown = lambda name: False  # noqa: E731


def subject_sentences(pairs, findings: list) -> list[RawRow]:
    """One row for each sentence (or ；-clause) of running text whose subject is a body with a modal or duty verb,
    running on over the sentences after it that name no body; the body is responsible, one after 会同 supports.

    ``pairs`` are the notice's logical lines, (line number, text); the lines before the first heading are no
    section. Each task read is a ``subject_sentence`` finding.

    Examples
    --------
    >>> pairs = [(1, "决定如下："), (2, "一、加强管理"), (3, "渔业部门应加强巡查，会同海事部门制定办法。"
    ...          "巡查结果应公开。对违规的，执法部门必须依法处罚。")]
    >>> [(r.task, r.lead, r.support) for r in subject_sentences(pairs, [])]
    [('渔业部门应加强巡查，会同海事部门制定办法。巡查结果应公开。', '渔业部门', '海事部门'), ('对违规的，执法部门必须依法处罚。', '执法部门', '')]
    """
    rows = []
    for line, area, text, run_in in section_texts(pairs):
        heading, task, items = "", "", []
        for piece in (piece for piece in _PIECE_END.split(text) if piece.strip()):
            found = piece_subjects(piece)
            if found:
                if items:
                    rows.append(_row(line, area, heading, task, items, findings))
                    heading = ""
                task, items = piece, found
            elif items:
                task += piece
            elif run_in and not heading and not task and _RUN_IN_HEADING.match(piece.strip()):
                heading = piece.strip().rstrip("。")
        if items:
            rows.append(_row(line, area, heading, task, items, findings))
    return rows


def piece_subjects(piece: str) -> list[Item]:
    """The bodies a sentence or ；-clause makes its subject, before a modal or duty verb, in its first clause or
    after a clause saying what the duty is about, or after 由; with the partners after 会同, who support.

    >>> [(i.text, i.role) for i in piece_subjects("卫生部门应会同教育部门做好检查。")]
    [('卫生部门', 'responsible'), ('教育部门', 'support')]
    >>> [(i.text, i.role) for i in piece_subjects("对违规的，执法部门必须依法处罚。")]
    [('执法部门', 'responsible')]
    >>> [(i.text, i.role) for i in piece_subjects("市港务局承担安全主体责任。")]
    [('市港务局', 'responsible')]
    >>> [(i.text, i.role) for i in piece_subjects("评比结果由省体育局核定后公布。")]
    [('省体育局', 'responsible')]
    >>> piece_subjects("巡查结果应公开。"), piece_subjects("对违规的企业，必须关停；")
    ([], [])
    """
    clauses = _CLAUSE.split(piece)
    for at in range(min(len(clauses), _SUBJECT_CLAUSES)):
        rest = "，".join(clauses[at:])
        found = _SUBJECT.match(rest) or _BY_SUBJECT.search(clauses[at])
        if found is None:
            continue
        names = split_units(found.group("units"))
        if names and all(looks_like_unit(name, _unknown) and not cadres(name) for name in names):
            return _with_partners([Item(name, "responsible", found.group("verb")) for name in names], rest)
    return []


def _with_partners(modal: list[Item], rest: str) -> list[Item]:
    """The modal subject ``modal`` with the partners the duty names after 会同 (``A应…，会同B…``), who support."""
    partners = [item for item in duty_subject_units(rest) or [] if item.role == "support"]
    return modal + [item for item in partners if item.text not in {unit.text for unit in modal}]


def _row(line: int, area: str, heading: str, task: str, items: list[Item], findings: list) -> RawRow:
    """The task of one subject sentence, with its ``subject_sentence`` and ``role_rule`` findings; partners after 会同
    anywhere in the task (its subject's own clause, 由A会同B…, a later clause or sentence of the duty) support it."""
    named = {item.text for item in items}
    partners = [item for item in duty_partners(task) if item.text not in named]
    if partners:
        items = items + partners
        findings.append(Finding(line, "info", "duty_partners",
                                f"the duty names its partners after 会同: {'、'.join(i.text for i in partners)}",
                                "read them as supporting the duty's subject (the unit after 会同 supports)"))
    leads, supports, rule = assign_roles(items, False)
    findings.append(Finding(line, "info", "subject_sentence",
                            f"a sentence of running text makes its units the subject of a duty: {task[:30]}",
                            "read the sentence, and those after it naming no unit, as one task of its units "
                            "(no label, bracket or numbered task names them)"))
    findings.append(Finding(line, "info", "role_rule", rule, "roles assigned as the rule says"))
    return RawRow.of_units(line, task, leads, supports, heading or area)
