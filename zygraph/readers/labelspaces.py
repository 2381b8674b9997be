"""Spaces where a copy ran a task's label line onto the sentence above it: ``……一个等级的目标。 责任单位：县农业局``.

A notice whose tasks each close with a label line (``责任单位：A、B。`` on a line of its own) loses those lines when a
crawl runs the page together, a space left where each break was. A space after a sentence's end and before a role
label is such a break: no sentence goes on after its full stop with a space and a label, and a PDF's word gap never
falls there. :func:`zygraph.readers.lines.paragraphs_by_space` counts these spaces with the others that show a page
was run together, so a short page of two tasks, one item heading and two label lines, is cut as its lines were.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.role_words import starts_with_label

__all__ = ["label_line_spaces", "label_lines_apart"]

#: A space after a sentence's end (。！？), before the text that follows it: where a label line may open.
_AFTER_SENTENCE = re.compile(r"(?<=[。！？])[ \t\u3000\u00a0]+(?=\S)")
_LINE_RUN = re.compile(r"[^ \t\u3000\u00a0]*")  # the text from where it starts to the next space
_SENTENCE_END = re.compile("[。！？]")  # a sentence's end; a semicolon may part two labels


def label_line_spaces(line: str) -> int:
    """How many spaces in ``line`` stand after a sentence's end and before a role label (``。 责任单位：``): the breaks
    before label lines that a copy run together on one line left as spaces.

    Parameters
    ----------
    line : str
        One line of a text; left untouched.

    Returns
    -------
    int
        The number of such spaces; 0 for a line with none (a label glued to its sentence, ``。责任单位：``, was
        written so and counts not).

    Examples
    --------
    >>> label_line_spaces("增加绿肥种植的目标。 责任单位:县农业局。 (七)抓好培训 开展培训。 责任单位:县农业局。")
    2
    >>> label_line_spaces("增加绿肥种植的目标。责任单位:县农业局。"), label_line_spaces("办科技周。 办科普日。")
    (0, 0)
    >>> label_line_spaces("办科技周。 配合单位：商务处“互联网+”林业。实施监管。")  # the label runs on into the next task
    0
    """
    return sum(1 for found in _AFTER_SENTENCE.finditer(line) if _label_line(_LINE_RUN.match(line, found.end()).group()))


def _label_line(run: str) -> bool:
    """True when ``run``, the text between a space and the next space (or the line's end), is a label line: a role
    label and its units in one sentence, closing with it or with nothing (``责任单位:县农业局、各乡镇人民政府。``). A label
    whose sentence runs on into the next task's words with no space (``配合单位：商务处“互联网+”林业。实施…``) is a
    label glued to what follows, which :mod:`zygraph.readers.labelends` cuts: no break a space left."""
    return starts_with_label(run) and not _SENTENCE_END.search(run.rstrip("。；;"))


def label_lines_apart(line: int, spaces: int) -> list[Finding]:
    """The finding of ``spaces`` label lines (:func:`label_line_spaces`) read apart on line ``line`` of a page a copy
    ran together, or none when there are none.

    Examples
    --------
    >>> [(f.line, f.code) for f in label_lines_apart(1, 2)], label_lines_apart(1, 0)
    ([(1, 'label_lines_run_on')], [])
    """
    if not spaces:
        return []
    return [Finding(line, "info", "label_lines_run_on", f"{spaces} role label(s) follow a sentence's end after a "
                    "space, as label lines a copy ran onto the sentence above", "read each label as a line of its own, "
                    "closing the task above it")]
