"""The readings of running text a paragraph notice falls back on where few tasks name their units by label or bracket."""

from __future__ import annotations

from zygraph.sentences.everyone import concerned_bodies, in_general
from zygraph.findings import Finding
from zygraph.readers.addressed import addressed_duties
from zygraph.readers.divided_sentences import divided_sentences
from zygraph.readers.drafted import drafted_rules
from zygraph.readers.glued_headings import subject_run_into
from zygraph.readers.minutes import minutes_requirements
from zygraph.readers.quoted import quoted_tasks
from zygraph.readers.raw import RawRow
from zygraph.readers.replies import request_replies
from zygraph.readers.subject_sentences import mixed_sections, subject_sentences
from zygraph.readers.subjects import subject_sections
from zygraph.readers.suggestion_replies import suggestion_replies

__all__ = ["running_text_rows"]

#: Tasks a read may find and still give way to sections naming their units as subjects.
FEW_ROWS = 2
#: Tasks a read by labels and brackets may find and still give way to sentences naming their units as subjects,
#: and the fewest such sentences a document of running sentences holds.
MANY_ROWS = 6
#: The findings of measures read whole as duties of the bodies they open with (blockrows): a reading by subjects.
_MEASURE_SUBJECTS = ("measure_subject", "modal_duty")
#: The findings of points and paragraphs divided by the subjects of their sentences (subject_splits): their tasks are
#: a reading by subjects, which does not stand against the running-sentence reading's count.
_SPLIT_SUBJECTS = ("heading_subject_split", "later_subject_split")
#: The word a clause names who holds its duty after (…损失均由A负责): a name read with it is a clause read whole.
_BY = "由"
#: The fewest subject sentences a notice must hold for them to be read where no label or bracket names a unit at all
#: (the points of a short notice, each saying in running text what one body is to do).
UNLABELLED_ROWS = 3


def running_text_rows(logical: list, rows: list[RawRow], read: list[Finding], findings: list[Finding]) -> list[RawRow]:
    """The rows of the reading that finds most: ``rows`` (read by labels and brackets, with their findings ``read``),
    sections naming their units as subjects, or a meeting's minutes; where none finds a task, a short notice giving
    its addressees their shares by name, rules a sentence has named units draft, or tasks a report quotes. The chosen reading's findings
    are added to ``findings``.

    Parameters
    ----------
    logical : list of (line number, text)
        The notice's logical lines, as the paragraph reader read them.
    rows, read : list
        What the labels and brackets gave, and the findings of that reading.
    findings : list of Finding
        The document's findings so far; extended in place.

    Examples
    --------
    >>> found = []
    >>> rows = running_text_rows([(1, "会议要求："), (2, "一、加快项目建设，由市发改局牵头，市财政局配合。"),
    ...                           (3, "二、做好资金保障，市财政局要及时拨付资金。")], [], [], found)
    >>> [(row.lead, row.support) for row in rows]
    [('市发改局', '市财政局'), ('市财政局', '')]
    >>> sorted({f.code for f in found})
    ['minutes_requirement', 'reading_replaced', 'role_rule']
    """
    # the fewest subject sentences that make a document of them: more beside rows some label or bracket names units
    # in, fewer where every row was itself read by the subjects of its measures (一、…。A要…: measure_subject; not a
    # paragraph's department clauses, modal_sentences, which read one paragraph's calls as a division of its own)
    by_subjects = {finding.line for finding in read if finding.code in _MEASURE_SUBJECTS}
    labelled = [row for row in rows if row.line not in by_subjects]
    fewest = MANY_ROWS if labelled else UNLABELLED_ROWS
    by_subject: list[Finding] = []
    reading = "labels and brackets"  # the reading whose rows are kept so far
    sections = subject_sections(logical, by_subject) if len(rows) <= FEW_ROWS else []
    if len(sections) > len(rows) and _names(rows) <= _names(sections):
        # no label, bracket or role word names a unit, or only a clause inside one section (由A组织…复验) does:
        # the sections name their units as their subjects
        _replaced(rows, sections, "sections naming their units as subjects", "labels and brackets", read)
        rows, read, reading = sections, by_subject, "sections naming their units as subjects"
    by_sentence: list[Finding] = []  # 一、… / A部门应…。B要…: a decision's duties, one a sentence with a body as subject
    # sections, one task a section, read the same running text more coarsely: where a section's sentences name
    # different bodies as their subjects, each sentence is a task (a section of one body stays whole, and so does a
    # notice of fewer such sentences than ``fewest``: six beside labelled rows, three where no label names a unit)
    # 环境保护部门要…。发展改革、财政等综合部门要…: rows read from a paragraph's clauses each opening with its department
    # and 要 are subject sentences too, read paragraph by paragraph: the sentence reading reads them document-wide
    by_modal = any(finding.code == "modal_sentences" for finding in read)
    # 一、… / （一）…。A要…: measures read whole as duties of the bodies they open with; their sentences may name others
    by_measure = any(finding.code in _MEASURE_SUBJECTS for finding in read)
    # measures so read whose later sentences open with other bodies (（四）A…。B要…) mix bodies as sections do
    mixed = mixed_sections(logical) if reading != "labels and brackets" or by_measure else 0
    split = {finding.line for finding in read if finding.code in _SPLIT_SUBJECTS}
    counted = [row for row in rows if row.line not in split]  # the rows read by labels, brackets or whole paragraphs
    sentences = subject_sentences(logical, by_sentence) \
        if len(counted) <= MANY_ROWS or mixed or by_modal or by_measure else []
    # a document of running sentences (``fewest`` at least: MANY_ROWS beside labelled rows, UNLABELLED_ROWS where the
    # labels and brackets found none): they replace labels and brackets finding less than half as many
    # tasks, and sections wherever they find more and some section mixes bodies; never brackets naming partners the
    # sentences do not (（A牵头，B配合）: the bracket says who helps, where B is a sentence's subject too)
    # calls on everyone (各地要…, 各部门要…) are tasks in such a document, but do not make one: the fewest count
    # sentences naming bodies of their own
    # the bodies one point's matter concerns (有关部门要抓紧处置…) are no call on everyone: they count
    particular = [row for row in sentences
                  if not all(in_general(name) and not concerned_bodies(name) for name in _names([row]))]
    if len(particular) >= fewest and len(sentences) > (1 if mixed or by_modal else 2) * len(counted) \
            and _named_among(counted, sentences) and _helping_among(counted, sentences):
        if mixed:
            by_sentence.append(Finding(rows[0].line, "info", "sections_split", f"{mixed} section(s) hold sentences "
                                       "whose subjects are different bodies", "read one task a subject sentence"))
        _replaced(rows, sentences, "sentences naming their units as subjects", reading, by_sentence)
        rows, read, reading = sentences, by_sentence, "sentences naming their units as subjects"
    by_minutes: list[Finding] = []  # 会议要求： / 一、…，A要… / 二、…，由B…: the minutes' requirements in running text
    minutes = minutes_requirements(logical, by_minutes)
    if (len(minutes), _assigned(minutes)) > (len(rows), _assigned(rows)) and _names(rows) <= _names(minutes):
        # more tasks than any other reading finds, or as many naming more units (由A牵头，B配合: B too), and every
        # unit the labels and brackets name among them: the minutes read the same notice, more fully
        _replaced(rows, minutes, "the minutes' requirements", reading, by_minutes)
        rows, read = minutes, by_minutes
    elif minutes and rows:  # （牵头单位：县发改局） above, 会议要求：由县交通局… below: the labels name units the minutes do not
        missing = "、".join(sorted(_names(rows) - _names(minutes)))
        why = f"leave out units the {reading} name ({missing})" if missing else "find fewer"
        read.append(Finding(minutes[0].line, "warning", "reading_set_aside", f"the minutes' requirements give "
                            f"{len(minutes)} tasks but {why}",
                            f"kept the tasks read by {reading}; the minutes' requirements are not read"))
    by_replies: list[Finding] = []  # 一、关于…问题。你省请求，… / A会同B研究提出了办理意见：…: a reply letter's requests
    # 您提出的“关于…的建议”…答复如下：一、关于…我部会同A…。下一步，B将…: a reply to a suggestion, one task a sentence
    replies = request_replies(logical, by_replies)
    answered = "the reply letter's answered requests" if replies else "the reply's sentences naming bodies"
    replies = replies or suggestion_replies(logical, by_replies)
    if len(replies) > len(rows) and _assigned(replies) > _assigned(rows):
        # a reply letter answering numbered requests: each item's answer names its bodies as subjects, which the
        # other readings take only where a sub-item glues its heading to its answer
        _replaced(rows, replies, answered, reading, by_replies)
        rows, read = replies, by_replies
    findings += read
    # 各乡镇要…。各成员单位依据职能…: a short notice giving its addressees their shares by name; 办法由A会同B制定; 针对“…”;
    # A组织…；B落实…；C联合…开展…: a report's sentence dividing work one ；-clause a body
    return rows or addressed_duties(logical, findings) or drafted_rules(logical, findings) \
        or quoted_tasks(logical, findings) or divided_sentences(logical, findings)


def _replaced(rows: list[RawRow], by: list[RawRow], reading: str, lost: str, findings: list[Finding]) -> None:
    """A ``reading_replaced`` finding in ``findings`` when ``by`` (the reading named ``reading``) replaces ``rows``
    (read by ``lost``)."""
    if rows:
        findings.append(Finding(rows[0].line, "warning", "reading_replaced", f"{reading} give {len(by)} tasks "
                                f"naming every unit the {len(rows)} tasks read by {lost} name",
                                f"read {reading} in place of the tasks read by {lost}"))


def _named_among(rows: list[RawRow], by: list[RawRow]) -> bool:
    """Whether every unit ``rows`` name is, or holds, a unit ``by`` names (国家环保局会同有关部门 holds 国家环保局), or is
    part of one (自治区、直辖市人民政府 of 各省、自治区、直辖市人民政府), or a clause read whole as a name whose words
    after 由 are part of one (损失均由越权审批单位, of 越权审批单位和有关企业), or is a heading's words run on into the
    opening of one (确保各项措施落到实处各省, a copy's heading glued to 各省、自治区、直辖市人民政府)."""
    names = _names(by)
    return all(any(other in name or name in other or (_BY in said and said.split(_BY)[-1] in other)
                   or (glued and other.startswith(glued)) for other in names)
               for name in _names(rows) for glued, said in [(subject_run_into(name), name.rstrip(_BY))])


def _helping_among(rows: list[RawRow], by: list[RawRow]) -> bool:
    """Whether every partner ``rows`` name is, or holds, a partner ``by`` names: a reading that makes a bracket's
    partner (（A牵头，B配合）) a subject of its own does not replace the bracket."""
    helping = {name for row in by for name in row.names.get("support", ())}
    return all(any(other in name for other in helping) for row in rows for name in row.names.get("support", ()))


def _assigned(rows: list[RawRow]) -> int:
    """How many (task, unit) pairs the rows give."""
    return sum(len(names) for row in rows for names in row.names.values())


def _names(rows: list[RawRow]) -> set[str]:
    """Every unit name the rows give, lead or support."""
    return {name for row in rows for names in row.names.values() for name in names}
