"""Meeting minutes' numbered requirements after their lead-in (会议要求：): one task each, of its clauses' subjects.

Minutes of a meeting (a site meeting, an executive meeting) report what it asked, after words of their own on a line,
then number the requirements, each naming who is to do it in its running text, with no label or bracket::

    会议要求：
    一、由市环保局牵头，全力以赴配合企业协调省环保厅，尽快办理…手续。
    二、针对某公司擅自生产的情况，…，建议市环保局按照低线给予企业处罚。
    三、…，市供排水公司要积极协调北控水务公司，…。维护费用由某公司按照实际发生及时支付。
    四、对于…污水，市环保局和市供排水公司要实时监测，并及时向某公司反馈情况。
    五、针对…的问题，由县国土、规划部门按照各自的审批权限，采取上门服务的方式，…。同时，希望某公司…。

Each requirement is a task of the units its clauses make their subjects (:func:`requirement_units`): after 由
(``由A牵头``, ``由A从…出发``, ``费用由A…支付``), before 要 (``A和B要…``), after the meeting's 建议 or 请, or before a
role verb (``A负责…``); units a later clause helps that have a verb of their own (``同时，协助B完成…``: B) are units
too, as the README's role conventions say. What a clause opens with to say what it is about (``针对…的情况，``
``对于…，``), whom the units coordinate, help with no verb of their own or report to (``协调B``, ``配合企业``, ``向C反馈``)
and whom the meeting only wishes well (``希望D…``) are no units.
"""

from __future__ import annotations

import re

from zygraph.sentences.asked_units import asked_units
from zygraph.sentences.everyone import in_general, role_holders
from zygraph.findings import Finding
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.grammar import SENTENCE_AFTER, Item, assign_roles, officials, split_clauses
from zygraph.names.people import cadres, personal_name
from zygraph.readers.lines import HEADING, TASK, labels_on_own_lines, logical_lines
from zygraph.readers.run_on_lines import split_run_on
from zygraph.readers.raw import RawRow
from zygraph.sentences.subject_units import helped_units, subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import BY, VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["minutes_requirements", "has_minutes_requirements", "requirement_units"]

#: The words of minutes leading in to the requirements, closing their line with a colon, alone on it or after the
#: sentences before it (a copy run together on one line): 会议要求：, 会议议定：, 会议研究决定如下：, 二、会议决定：;
#: a later matter's, the meeting asking again: 会议还要求：, 会议同时要求：, 会议并强调：.
_LEAD_IN = re.compile("(?:^|(?<=[。！；;]))\\s*(?:[一二三四五六七八九十]{1,3}、)?(?:会议|會議)(?:还|還|同时|同時|并|並|另外)?"
                      "(?:研究|研究并)?"
                      "(?:要求|议定|决定|明确|确定|商定|強調|强调|議定|決定|明確|確定)(?:如下|以下事项|事项如下)?[：:]$")
#: A clause saying what the requirement is about, before who is to act on it: 针对…的情况, 对于…污水, 关于…问题.
_ABOUT = re.compile("^(?:针对|針對|对于|對於|关于|關於|就)")
#: A clause the meeting only wishes (希望A公司积极响应…): a hope, no duty.
_WISH = re.compile("^(?:同时|同時|并|並)?[，,]?(?:希望|期望|期待)")
#: The meeting's recommendation to a unit, the unit right after it: 建议市环保局按照低线给予处罚.
_RECOMMENDS = re.compile("^(?:同时|同時|并|並)?[，,]?(?:建议|建議)")
#: The words that may follow the units after 由, ending them: a preposition of manner or a verb of the work
#: (由A从…出发, 由A按照各自的权限, 由A协调B, 费用由A及时支付).
_AFTER_BY_UNITS = re.compile("从|按照|按|依照|依据|根据|结合|會同|会同|对|在|于|向|采取|进一步|尽快|及时|抓紧|切实|认真|全面|"
                             "积极|主动|具体|统一|(?:协调|组织|负责|牵头|统筹|做好|开展|落实|实施|提出|制定|办理|支付|承担)"
                             + VERB_NOT_NAME)
#: The most characters the units after 由 may run (a long name and two more).
_LONGEST_UNITS = 40
#: The word the units a requirement names as its subject carry, for the role finding (会议要求: the meeting asks).
_REQUIRED = "会议要求"


def minutes_requirements(pairs, findings: list) -> list[RawRow]:
    """One row for each numbered requirement after the minutes' lead-in (``会议要求：``) that names units.

    ``pairs`` are the notice's logical lines, (line number, text). The requirements are the numbered lines right
    after the lead-in, numbered as the first of them is (``一、`` or ``1.``), up to the first line that is not; each
    is read by :func:`requirement_units`. Minutes taking several matters in turn (an executive meeting's) give each
    its own lead-in (``会议要求：`` … ``会议还要求：``): every block is read. Each row is a ``minutes_requirement`` finding and a ``role_rule`` one;
    a requirement naming no unit is a ``minutes_requirement_without_units`` finding.

    Examples
    --------
    >>> pairs = [(1, "会议认为，项目进展顺利。"), (2, "会议要求："), (3, "一、由县环保局牵头，尽快办理手续。"),
    ...          (4, "二、对于企业的污水，县环保局和县水务公司要实时监测。"), (5, "会议还研究了其他事项。")]
    >>> [(r.line, r.task[:4], r.lead) for r in minutes_requirements(pairs, [])]
    [(3, '由县环保', '县环保局'), (4, '对于企业', '县环保局、县水务公司')]
    >>> pairs += [(6, "会议还要求："), (7, "一、由县水利局按照要求保护水源。")]
    >>> [(r.line, r.lead) for r in minutes_requirements(pairs, [])][2:]
    [(7, '县水利局')]
    """
    rows = []
    for line, text in _requirements(pairs):
        items = requirement_units(text)
        if not items:
            findings.append(Finding(line, "info", "minutes_requirement_without_units", f"a requirement of the minutes "
                                    f"names no unit as its subject: {text[:30]}", "not read as a task"))
            continue
        leads, supports, rule = assign_roles(items, False)
        findings.append(Finding(line, "info", "minutes_requirement", f"a numbered requirement after the minutes' "
                                f"lead-in names its units as the subjects of its clauses: {text[:30]}",
                                "read the requirement as one task of those units"))
        findings.append(Finding(line, "info", "role_rule", rule, "roles assigned as the rule says"))
        rows.append(RawRow.of_units(line, text, leads, supports))
    return rows


def has_minutes_requirements(lines: list[str]) -> bool:
    """True when the normalised ``lines`` of a notice hold requirements :func:`minutes_requirements` reads.

    >>> has_minutes_requirements(["会议要求：", "一、针对上访问题，由某镇政府从大局出发，加大力度。"])
    True
    >>> has_minutes_requirements(["一、针对上访问题，由某镇政府从大局出发，加大力度。"])
    False
    """
    pairs = split_run_on(labels_on_own_lines(logical_lines(lines, []), []), [])
    return bool(minutes_requirements(pairs, []))


def _requirements(pairs):
    """Yield (line, text after its number) for the numbered lines right after each of the minutes' lead-ins."""
    style = None
    after_lead_in = False
    for line, text in pairs:
        text = text.strip()
        if _LEAD_IN.search(text) is not None:  # 会议要求： / 会议还要求：: a block of requirements starts
            style, after_lead_in = None, True
            continue
        if not after_lead_in:
            continue
        mark = HEADING.match(text) or TASK.match(text)
        if mark is None or (style is not None and _style(mark.group(0)) != style):
            style, after_lead_in = None, False  # 会议听取了…: the block ends; a later lead-in starts the next
            continue
        style = _style(mark.group(0))
        yield line, text[mark.end():]


def _style(mark: str) -> str:
    """The kind of a number (一、 and 二、 are one kind, 1. another): the mark with its numerals left out."""
    return re.sub("[0-9一二三四五六七八九十百]+", "n", mark.strip())


def requirement_units(text: str, known=None) -> list[Item] | None:
    """The units a requirement of minutes names as the subjects of its clauses, each once, in order; or None.

    A clause's subject is read after 由 (``由A牵头``: lead; ``由A从…出发``, ``费用由A按…支付``: responsible), before
    要 or a role verb (``A和B要…``, ``A负责…``), or after the meeting's 建议 or 请 (``建议A按照…``); units a clause with
    its subject left out helps do work of their own (``同时，协助B完成…``) are B. A clause saying what
    the requirement is about (``针对…的情况``), a wish (``希望A…``), units in general (``各部门``), role holders and
    people (``村干部``, a bare name) give none.

    Examples
    --------
    >>> text = "针对企业的问题，由县国土局从大局出发，加大力度。同时，希望某公司积极响应。"
    >>> [(i.text, i.role) for i in requirement_units(text)]
    [('县国土局', 'responsible')]
    >>> text = "违反了规定，建议县环保局按照低线给予处罚。维护费用由县水务公司按照实际发生及时支付。"
    >>> [i.text for i in requirement_units(text)]
    ['县环保局', '县水务公司']
    >>> [(i.text, i.role) for i in requirement_units("由县环保局牵头，配合企业协调省环保厅，尽快办理。")]
    [('县环保局', 'lead')]
    >>> requirement_units("对于企业的污水，要实时监测，并及时向县环保局反馈。") is None
    True
    """
    items: list[Item] = []
    for sentence in (part for part in SENTENCE_AFTER.split(text) if part.strip()):
        for clause, _ in split_clauses(sentence):
            for item in _clause_subjects(clause.strip(), known) or []:
                if item.text not in {named.text for named in items} and _a_unit(item.text, known):
                    items.append(item)
    return items or None


def _clause_subjects(clause: str, known=None) -> list[Item] | None:
    """The units one clause of a requirement makes its subject, or None (see :func:`requirement_units`)."""
    if _ABOUT.match(clause) or _WISH.match(clause):
        return None  # 针对…的情况: what it is about; 希望A…: a hope
    recommended = _RECOMMENDS.match(clause)
    if recommended:  # 建议A按照…: the meeting recommends that A act
        return _units_before_work(clause[recommended.end():], known)
    named = asked_units(clause, known) or subject_units(clause, known) \
        or modal_subject_units(clause, known, opening=True) or helped_units(clause, known)  # 同时，协助B完成…: B acts
    if named:
        return [Item(item.text, item.role, item.word or _REQUIRED) for item in named]
    by = BY.search(clause)
    return _units_before_work(clause[by.end():], known) if by else None


def _units_before_work(text: str, known=None) -> list[Item] | None:
    """The units opening ``text`` up to the first word of their work (``A从…``, ``A按照…``, ``A协调B``), responsible.

    >>> [i.text for i in _units_before_work("县国土局、县规划局按照各自的审批权限")]
    ['县国土局', '县规划局']
    >>> _units_before_work("企业按期完成"), _units_before_work("及时支付")
    (None, None)
    """
    for found in _AFTER_BY_UNITS.finditer(text, 2, _LONGEST_UNITS + 1):
        units = text[: found.start()]
        if looks_like_unit_list(units, known) and not officials(units, known):
            return [Item(name, "responsible", _REQUIRED) for name in split_units(units, known)]
    return None


def _a_unit(name: str, known=None) -> bool:
    """Whether a subject read is a unit of the requirement: not units in general, role holders or people."""
    return not (in_general(name) or role_holders(name) or cadres(name) or personal_name(name, known)
                or officials(name, known))
