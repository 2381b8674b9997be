"""A numbered title on a line of its own over its paragraphs and the bracket closing them: one task, and its units.

Implementation plans number their tasks with a short title with no stop on a line of its own, then the task in one
or more paragraphs (sub-items ``（1）`` ``（2）`` among them), then the bracket naming its units, a paragraph of its
own or closing the last one::

    1.强化区级主体责任
    区交通委是本区农村公路的行政主管部门，负责……。
    按照……要求，区发展改革委等部门应同步制定相关配套政策。
    （责任单位：区发展改革委、区交通委）

The title, its paragraphs and the bracket are one task (:func:`titled_tasks_joined`): the bodies the paragraphs
make their subjects do the work the bracket gives them, no task of their own, and the sub-items are the task's
parts. Where no bracket closes such a task before the next one, the body its first paragraph opens with doing a
duty is its unit (:func:`titled_subject_units`: ``2.明确资金列支途径`` / ``区交通委……，负责编制……``), read from
the paragraph, never with the title glued to its name; a unit read across the title's end
(``规范资金使用县发展改革局`` from ``1.规范资金使用`` / ``县发展改革局负责…``) has the title cut off
(:func:`title_cut`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zygraph.findings import Finding
from zygraph.readers.assignment import closing_group, find_assignment
from zygraph.readers.lines import HEADING, PARAGRAPH_BREAK, TASK
from zygraph.sentences.role_words import starts_with_label
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["titled_tasks_joined", "titled_subject_units", "title_cut", "task_title"]

#: A task's title: a few words with no stop, comma, colon or bracket (强化区级主体责任, 全面推行公路“路长制”工作).
_TITLE = re.compile("[^。；;，,：:！!？?（）()【】〔〕\\[\\]]{2,25}")
#: The most paragraphs a title holds up to its bracket: more is a section, not a task.
_MOST_PARAGRAPHS = 12
_DIGITS = re.compile("[0-9]+")
_SENTENCE_ENDS = ("。", "；", ";")  # a paragraph ending so is a sentence


def task_title(line: str) -> re.Match | None:
    """The task number of ``line`` when all after it is a title with no stop naming no units, or None.

    Examples
    --------
    >>> task_title("1.强化区级主体责任").group(0), task_title("1.强化区级主体责任。区交通委负责…")
    ('1.', None)
    >>> task_title("（一）完善管理体制"), task_title("2.加强监管（区财政局负责）")
    (None, None)
    """
    mark = TASK.match(line.strip())
    if mark is None or HEADING.match(line.strip()):
        return None
    rest = line.strip()[mark.end():]
    return mark if _TITLE.fullmatch(rest) and find_assignment(rest) is None else None


def titled_tasks_joined(lines: list[str], findings: list) -> list[str]:
    """``lines`` with each numbered title's paragraphs, up to the bracket naming the task's units, joined onto it.

    A title (:func:`task_title`) takes the lines below it (blank lines between allowed) while they open with no
    heading (``（二）`` ``二、``) and no number of its own kind or of a kind the notice used first, a level above
    (``2.`` after ``1.``, or after ``（2）`` under ``1.``; ``（1）`` under ``1.`` goes in), up to the
    first that is a bracket opening with a role label (``（责任单位：…）``) or closes with one; at least one
    paragraph must stand between, and one without a number: items alone under the title (``（1）…`` / ``（2）…`` /
    ``（责任单位：…）``) are tasks each, the bracket theirs. A sub-item closing with its own bracket names its own
    units: nothing is joined.
    Joined lines are left blank, so the lines keep their numbers; a ``titled_task`` finding says where.

    Examples
    --------
    >>> lines = ["1.强化区级主体责任", "", "区交通委负责全区规划。", "区财政局应保障资金。", "（责任单位：区交通委、区财政局）",
    ...          "2.落实属地责任", "各街镇负责乡道。", "（1）配备监管员。", "（责任单位：各街镇）"]
    >>> found = []
    >>> joined = titled_tasks_joined(lines, found)
    >>> joined[0]
    '1.强化区级主体责任区交通委负责全区规划。区财政局应保障资金。（责任单位：区交通委、区财政局）'
    >>> joined[5], joined[1:5] + joined[6:], [f.line for f in found]
    ('2.落实属地责任各街镇负责乡道。（1）配备监管员。（责任单位：各街镇）', ['', '', '', '', '', '', ''], [1, 6])
    >>> titled_tasks_joined(["1.加强监管", "A局负责监管。", "2.强化保障", "B局负责保障。"], [])  # no bracket
    ['1.加强监管', 'A局负责监管。', '2.强化保障', 'B局负责保障。']
    """
    out, outline = list(lines), {}  # outline: each kind of task number -> where the notice first used it
    for index, line in enumerate(lines):
        if (found := TASK.match(line.strip())) is not None and not HEADING.match(line.strip()):
            outline.setdefault(_kind(found.group(0)), index)
    for index, line in enumerate(lines):
        mark = task_title(line) if out[index] == line and PARAGRAPH_BREAK not in line else None
        taken = _taken(lines, index, _kind(mark.group(0)), outline) if mark else None
        if not taken:
            continue
        findings.append(Finding(index + 1, "info", "titled_task", f"a numbered title with no stop heads the "
                                f"{len(taken)} line(s) below it up to the bracket naming its units: {line.strip()}",
                                "read the title, its paragraphs and the bracket as one task; the bodies its sentences "
                                "open with are how the work is done, the bracket names its units"))
        out[index] = line.strip() + "".join(lines[at].strip() for at in taken)
        for at in taken:
            out[at] = ""
    return out


def titled_subject_units(text: str, joins: list[int]) -> list | None:
    """The units of a task whose title (``text`` up to ``joins[0]``, a few words with no stop) stands over a
    paragraph (up to ``joins[1]``, if any: where each line taken in starts) that ends its sentence and opens with a
    body doing a duty, as its subject, or None.

    Examples
    --------
    >>> text = "明确资金列支途径区交通委根据相关规定，负责编制全区养护计划，报区财政局审核。"
    >>> [(i.text, i.role) for i in titled_subject_units(text, [8])]
    [('区交通委', 'responsible')]
    >>> titled_subject_units("加强监管做好资金的使用监管。", [4]), titled_subject_units("加强监管。区交通委负责监管。", [5])
    (None, None)
    >>> titled_subject_units("民生实事责任分解县政府办公室2020年5月22日", [8, 15])  # a signature, no sentence
    """
    paragraph = text[joins[0]: joins[1] if len(joins) > 1 else None]
    if not _TITLE.fullmatch(text[:joins[0]]) or not paragraph.rstrip().endswith(_SENTENCE_ENDS):
        return None
    return duty_subject_units(paragraph) or None


def title_cut(block: dict, tasks: list, findings: list) -> list:
    """``tasks`` ([(text, items)]) of a numbered ``block`` whose title, a line of its own with no stop, the reader
    joined to the paragraph under it, with the title cut off each unit read across its end.

    Examples
    --------
    >>> from zygraph.sentences.grammar import Item
    >>> block = {"line": 5, "heading": False, "number": 1, "joins": [6], "text": "规范资金使用县发展改革局负责编制计划。"}
    >>> found = []
    >>> title_cut(block, [(block["text"], [Item("规范资金使用县发展改革局", "responsible", "负责")])], found)[0][1]
    [Item(text='县发展改革局', role='responsible', word='负责')]
    >>> [f.code for f in found]
    ['title_cut']
    """
    joins = block.get("joins")
    title = block["text"][:joins[0]] if joins and not block["heading"] and block["number"] is not None else ""
    if not _TITLE.fullmatch(title):
        return tasks
    out = []
    for text, items in tasks:
        glued = [item for item in items if item.text.startswith(title) and len(item.text) > len(title) + 1]
        if glued:
            findings.append(Finding(block["line"], "info", "title_cut", f"a unit read across the end of the task's "
                                    f"title, a line of its own with no stop: {'、'.join(i.text for i in glued)}",
                                    f"cut the title {title} off: the unit is named in the paragraph under it"))
        out.append((text, [replace(item, text=item.text[len(title):]) if item in glued else item for item in items]))
    return out


def _kind(mark: str) -> str:
    """A task number's kind: ``n.`` ``（n）`` ``n、`` (its digits left out, brackets half-width)."""
    return _DIGITS.sub("n", mark.strip()).translate(str.maketrans("（）．", "().")).strip()


def _taken(lines, index, kind, outline):
    """The indices of the lines under the title at ``index`` up to the bracket naming its units, or None."""
    taken = []
    for at in range(index + 1, len(lines)):
        text = lines[at].strip()
        if not text:
            continue
        mark = TASK.match(text)
        if PARAGRAPH_BREAK in text or HEADING.match(text) \
                or (mark and outline.get(_kind(mark.group(0)), index) <= outline[kind]) \
                or len(taken) == _MOST_PARAGRAPHS:
            return None
        taken.append(at)
        closer = _closer(text)
        if closer is None:
            continue
        if (mark and closer > 0) or (closer == 0 and len(taken) == 1):
            return None  # a sub-item naming its own units; a bracket right under the title (a label line)
        if all(TASK.match(lines[at].strip()) for at in taken[:-1]) and (closer == 0 or mark):
            return None  # 1.完善预案 / （1）… / （2）… / （责任单位：…）: items alone under the title, each a task
        return taken
    return None


def _closer(text):
    """Where the bracket closing ``text`` opens, when it names units with a role label (（责任单位：…）), or None."""
    group = closing_group(text)
    return group[0] if group is not None and starts_with_label(group[1]) else None
