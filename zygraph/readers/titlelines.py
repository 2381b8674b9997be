"""A numbered line that is only a title ending at its colon, over items numbered otherwise, is their heading.

Plans listing a department's work put a numbered title of the kind of work over the items, numbered in another
style, none naming a unit::

    （一）综合办公室（党群工作部、监察室）
    （1）年度主要任务与要求：
    ①积极宣传推介园区；②负责党建工作；…

The paragraph reader reads ``（1）`` as a task of its own, which the department's heading then gives its units;
:func:`title_lines_as_headings` makes such a line a heading under the one above it, so the items take that
heading's units and the title is no task.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.assignment import find_assignment
from zygraph.readers.ownerlines import over_items_numbered_otherwise

__all__ = ["is_title_line", "title_lines_as_headings"]

#: A title of the work listed below it: one short clause ending at its colon, no sentence or clause mark before
#: it (年度主要任务与要求：, 主要职责：); a longer line is a task's own lead-in sentence.
_TITLE = re.compile("^[^。；;，,：:！？!?、]{2,20}[：:]$")
#: How deep the title sits: under a part (一、), a section (（一）) and a numbered title (1、), as an item's heading.
_LEVEL = 4


def is_title_line(text: str) -> bool:
    """True when ``text``, a numbered line's text after its number, is only a short title ending at its colon and
    names no units.

    Parameters
    ----------
    text : str
        The line after its number, as the paragraph reader keeps it (full-width colon).

    Returns
    -------
    bool
        False for a line saying more than a title (a duty after the colon, a clause before it) or naming units
        (``市建设局负责：`` is an owner line, :mod:`zygraph.readers.ownerlines`).

    Examples
    --------
    >>> is_title_line("年度主要任务与要求："), is_title_line("主要职责：")
    (True, True)
    >>> is_title_line("市建设局负责："), is_title_line("加强管理：对企业开展检查。"), is_title_line("加强领导，具体如下：")
    (False, False, False)
    """
    text = text.strip()
    return bool(_TITLE.match(text)) and find_assignment(text) is None


def title_lines_as_headings(blocks: list[dict], findings: list) -> list[dict]:
    """Return ``blocks`` with each numbered title line over items numbered otherwise made their heading.

    A block is such a line when :func:`is_title_line` reads its text and the block right after it is a task
    numbered in another style (``①`` under ``（1）``) naming no units of its own: the line becomes a heading one
    level under the numbered title (so its items keep the units of the heading above, and it is no task), each
    one a ``title_line`` finding. ``blocks`` is left untouched.

    Examples
    --------
    >>> def block(text, style):
    ...     return {"line": 1, "text": text, "labels": [], "closed": False, "heading": False, "number": 1,
    ...             "style": style, "level": None}
    >>> findings = []
    >>> read = title_lines_as_headings([block("年度主要任务与要求：", "(n)"), block("宣传推介园区；", "n"),
    ...                                 block("主要职责：", "(n)"), block("加强管理。", "(n)")], findings)
    >>> [(b["heading"], b["level"]) for b in read], [f.code for f in findings]
    ([(True, 4), (False, None), (False, None), (False, None)], ['title_line'])
    """
    read = []
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if after is not None and over_items_numbered_otherwise(block, after) and is_title_line(block["text"]):
            block = {**block, "heading": True, "level": _LEVEL}
            findings.append(Finding(block["line"], "info", "title_line", f"a numbered line is only a title ending at "
                                    f"its colon over items numbered otherwise: {block['text'][:30]}",
                                    "read it as their heading, no task; the items keep the units of the heading "
                                    "above it"))
        read.append(block)
    return read
