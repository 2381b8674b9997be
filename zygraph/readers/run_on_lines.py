"""Lines a copy ran together: cut one where a numbered task, heading, label or sub-item starts after the one before ended."""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.names.list_marks import CLOSING, OPENING
from zygraph.readers.labelends import label_units_apart
from zygraph.readers.lines import GLUED_LINE, HEADING, NUMERALS, PARAGRAPH_BREAK, TASK, labels_on_own_lines
from zygraph.readers.numbering import at_next_numbers
from zygraph.readers.runheadings import run_headings_apart
from zygraph.sentences.role_words import label_start, starts_with_label

__all__ = ["split_run_on", "paragraphs_of"]

#: A numbered task or a heading starting inside a line, after the full stop, bracket or ；closing the one before (…；②…);
#: or a numbered task after a short heading and a space (……落实。 一、主要目标 1、地区生产总值……).
_RUN_ON = re.compile(r"(?<=[。）)】〕；;])\s*(?=\d{1,3}[.．﹒、](?!\d)\D|[一二三四五六七八九十]{1,3}、|[①-⑳](?=[^\d]))"
                     r"|(?<=[：:])\s*(?=一、|1[.．、](?!\d)\D)")  # 提出以下意见：一、… / 会议确定：1.由A负责…: the first
#                                                                     heading or item after the lead-in
_SUB_ITEM = re.compile(r"^[（(](\d{1,2})[）)]")
_HEADING_THEN_TASK = re.compile(rf"^([{NUMERALS}]{{1,3}}、[^。，,；;\s\d]{{2,30}})\s*(\d{{1,3}}[.．﹒、](?!\d)\D.*)$")
#: The longest title a part heading glued to its first sub-heading may have: a part's title is a phrase
#: without punctuation, up to 二、进一步简化企业生产经营审批和条件 (16 characters) and a little more.
_PART_TITLE = 20
#: A part heading glued to its first sub-heading: 三、保障措施（一）夯实网络基础….
_HEADING_THEN_SUB = re.compile(rf"^([{NUMERALS}]{{1,3}}、[^。，,；;\s\d（(]{{2,{_PART_TITLE}}})([（(][{NUMERALS}]{{1,3}}[）)].*)$")
#: Numbers in sequence such a line must hold to be cut at them: two, as a one-task excerpt run together holds a part
#: heading and its first item (……通知如下。一、主要目标1.地区生产总值增长7%。责任单位：区发改局) and no more.
_GLUED_CUTS = 2
#: A person's label after a sentence's end inside an item: 。牵头领导：, 。责任人：.
_PERSON_LABEL = re.compile("(?<=[。；;])[^：:，,；;。]{0,6}(?:领导|領導|责任人|責任人|联系人|聯繫人)\\s*[：:]")
_SENTENCE_MARKS = "。；;，,：:！？ \u2029"  # what a label written inline after its task's text follows


def split_run_on(logical_lines, findings):
    """Yield (line number, text), cutting a line where a numbered task starts after the one before ended.

    >>> list(split_run_on([(1, "1.办科技周。（市科协负责）2.办科普日。")], []))
    [(1, '1.办科技周。（市科协负责）'), (1, '2.办科普日。')]
    >>> [part for _, part in split_run_on([(1, "现提出以下意见：一、加强领导建立机制。（A局负责）二、强化保障")], [])]
    ['现提出以下意见：', '一、加强领导建立机制。（A局负责）', '二、强化保障']

    A line long enough to hold a whole copy run together, or the one line of a text, is cut at the numbers going
    on its sequences too (:func:`zygraph.readers.numbering.at_next_numbers`).
    """
    logical_lines = [(number, line) for number, line in logical_lines if line]
    for number, line in logical_lines:
        glued = at_next_numbers(line, _GLUED_CUTS) if len(line) >= GLUED_LINE or len(logical_lines) == 1 else [line]
        if len(line) < GLUED_LINE and len(glued) <= len(_RUN_ON.split(line)):
            glued = [line]  # a short text's one line its full stops cut as well: its tasks merely run on
        if len(glued) > 1:
            findings.append(Finding(number, "warning", "numbers_glued", f"the line runs {len(glued)} headings and "
                                    "numbered items together with nothing between them (…中心2.《宪法》…)",
                                    "cut before each number that goes on its line's sequence (1, 2, 3 …; 一、二、…)"))
            line = PARAGRAPH_BREAK.join(glued)
        runs = run_headings_apart([part.strip() for paragraph in line.split(PARAGRAPH_BREAK) for part in
                                   _RUN_ON.split(paragraph) if part.strip()], len(line) >= GLUED_LINE, number, findings)
        labelled = [apart for part in runs for apart in label_units_apart(part, len(line) >= GLUED_LINE)]
        if len(labelled) > len(runs):
            findings.append(Finding(number, "info", "label_units_glued", f"{len(labelled) - len(runs)} label(s) run "
                                    "their units into the next item or task with nothing between (…财政经管办3.5G…)",
                                    "ended each label's list where its names stop reading as units"))
        if len(line) >= GLUED_LINE or PARAGRAPH_BREAK in line:  # a copy run together: its labels lost their lines
            apart = [piece for part in labelled for piece in _label_apart(part)]
            if len(apart) > len(labelled):
                findings.append(Finding(number, "info", "label_apart", f"{len(apart) - len(labelled)} label(s) glued "
                                        "to the text of their task (…增长7%以上责任单位：区发改局)",
                                        "read each label on a line of its own under its task"))
            labelled = apart
        pieces = [piece for apart in labelled for piece in _heading_apart(apart)]
        if len(pieces) > len(labelled):
            findings.append(Finding(number, "info", "heading_glued", f"{len(pieces) - len(labelled)} part heading(s) "
                                    "glued to their first item or sub-heading (…三、保障措施（一）夯实…)",
                                    "cut the part heading from the item after it"))
        parts = _first_sub_items_apart(pieces)
        if len(parts) > len(pieces):
            findings.append(Finding(number, "info", "sub_items_apart", f"{len(parts) - len(pieces)} first sub-item(s) "
                                    "glued to their item's text, each sub-item closed by its own label",
                                    "read each sub-item as a task of its own"))
        if PARAGRAPH_BREAK in line:  # 二、整改责任单位 / A: a label alone in its paragraph takes the one after, as a line
            parts = [part for _, part in labels_on_own_lines([(number, part) for part in parts], findings)]
            findings.append(Finding(number, "info", "paragraphs_by_space", f"the line runs {len(parts)} paragraphs "
                                    "together, a space before each heading, task number or new sentence", "read as separate paragraphs"))
        elif len(parts) > 1:
            findings.append(Finding(number, "info", "tasks_run_on", f"{len(parts)} numbered tasks follow each other "
                                    "on one line", "read as separate tasks"))
        yield from ((number, part.strip()) for part in parts)


def paragraphs_of(line: str) -> list[str]:
    """The paragraphs ``line`` holds when a copy ran a page together on it, cut as :func:`split_run_on` cuts them;
    any other line whole.

    A line is run together when it holds a :data:`PARAGRAPH_BREAK` (:func:`zygraph.readers.lines.paragraphs_by_space` found spaces
    between paragraphs) or is long enough to hold a whole copy (:data:`zygraph.readers.lines.GLUED_LINE` characters).

    Examples
    --------
    >>> paragraphs_of("一、科普" + PARAGRAPH_BREAK + "1.办科技周。（市科协负责）2.办科普日。")
    ['一、科普', '1.办科技周。（市科协负责）', '2.办科普日。']
    >>> paragraphs_of("1.办科技周。（市科协负责）2.办科普日。")
    ['1.办科技周。（市科协负责）2.办科普日。']
    """
    if len(line) < GLUED_LINE and PARAGRAPH_BREAK not in line:
        return [line]
    return [part for _, part in split_run_on([(1, line)], [])]


def _first_sub_items_apart(parts):
    """``parts`` with the sub-item before one that starts a part cut from the text before it, when that text ends a
    sentence: ``1.呵护生态环境……幸福感。（1）提升水体质量。…`` / ``责任处室：A`` / ``（2）推进…``. Sub-items that each close
    with their own label are tasks of their own, the first glued to its parent item's text; sub-items sharing one
    label at the end (no part starts with ``（2）``) stay in their parent.

    >>> _first_sub_items_apart(["1.呵护环境。（1）提升水质。", "责任处室：农业农村处", "（2）治理大气。"])
    ['1.呵护环境。', '（1）提升水质。', '责任处室：农业农村处', '（2）治理大气。']
    """
    out = []
    for part in parts:
        mark = _SUB_ITEM.match(part)
        back = len(out) - 1 - (1 if out and starts_with_label(out[-1]) else 0)
        if mark and int(mark.group(1)) >= 2 and back >= 0:
            before = out[back]
            at = max(before.rfind(f"（{int(mark.group(1)) - 1}）"), before.rfind(f"({int(mark.group(1)) - 1})"))
            if at > 0 and before[at - 1] in "。；;":
                out[back:back + 1] = [before[:at], before[at:]]
        out.append(part)
    return out


def _label_apart(part):
    """``part``, a heading, cut before a role label glued to its text outside any bracket, as the line it stood on
    before a copy ran the page together: ``（一）地区生产总值增长7%以上责任单位：区发改局`` -> the task and the label.
    A person's label after a sentence's end (``1.……以上。牵头领导：刘某牵头单位：A``) opens the label lines of a heading
    or an item alike. A label after a sentence's end (``……资源化利用。责任处室：A``) was written so; only one glued to the text, nothing
    between, lost its line. A numbered item keeps a label glued to it: the paragraph reader reads an item's labels
    inside it.

    >>> _label_apart("（一）地区生产总值增长7%以上责任单位：区发展和改革局")
    ['（一）地区生产总值增长7%以上', '责任单位：区发展和改革局']
    >>> _label_apart("1.增长8%。牵头领导：刘某牵头单位：市财政局")
    ['1.增长8%。', '牵头领导：刘某牵头单位：市财政局']
    >>> _label_apart("1.办科技周（牵头单位：市科协）")
    ['1.办科技周（牵头单位：市科协）']
    """
    person = _PERSON_LABEL.search(part)
    if person and (HEADING.match(part) or TASK.match(part)):
        return [part[:person.start()], part[person.start():]]  # 1.…以上。牵头领导：刘某牵头单位：…: the person's line
    heading = HEADING.match(part)
    at = label_start(part) if heading else None
    if not at or at <= heading.end() or part[at - 1] in _SENTENCE_MARKS:  # （二）协办单位：…: a numbered label
        return [part]
    before = part[:at]
    if sum(before.count(c) for c in OPENING) > sum(before.count(c) for c in CLOSING):
        return [part]  # （牵头单位：…）: a bracket of labels closes the task's own text
    return [before, part[at:]]


def _heading_apart(part):
    """``一、主要目标 1、地区生产总值……`` (or ``三、保障措施（一）夯实…``) -> the heading and the task; any other text whole.

    >>> _heading_apart("二、进一步简化企业生产经营审批和条件（四）降低市场准入门槛。")
    ['二、进一步简化企业生产经营审批和条件', '（四）降低市场准入门槛。']
    """
    found = _HEADING_THEN_TASK.match(part) or _HEADING_THEN_SUB.match(part)
    return [found.group(1), found.group(2)] if found else [part]
