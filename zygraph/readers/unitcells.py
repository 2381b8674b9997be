"""Unit cells of a duties table copied one cell a paragraph: ``成员单位`` / ``党政办`` / its duties, one a paragraph.

A notice dividing a body's work among its members often attaches a table of the members and their duties
(``成员单位职责分工表``: 成员单位 | 职责). A web page copied as text gives it one cell a paragraph, blank lines between:
the header's cells (the unit column's, ``成员单位``; the duty column's may be lost), then each member's name alone
on its line, then its duties, each a paragraph ending with 。. Such a member's line owns the duties below it, as a
heading naming a unit alone (``（二）公安部门``) owns the duties under it; :mod:`zygraph.readers.paragraph` reads it so.
A unit alone on its line anywhere else (a signature, ``长沙市开福区四方坪街道办事处``) is no cell: only the lines after
a header cell naming the unit column are read, and only those a duty follows. A copy that lost its line breaks keeps
a space between the cells (``成员单位 党政办 贯彻落实…。 财政所 保障…``): :func:`cells_apart` gives them back.
A header may name the unit column by the bare word ``单位`` or ``部门`` (``单位`` / ``职责分工``), which alone names no
column (a column of measures is headed ``单位`` too): it is the unit column where the header cell after it names the
duty column.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.grammar import SENTENCE_MARK
from zygraph.readers.columns import column_for
from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["unit_cells", "cells_apart"]

_UNIT_COLUMNS = ("lead", "support", "responsible")  # a header cell naming who: 成员单位, 责任单位
_LONGEST_HEADER = 8  # characters of a header cell alone on its line (成员单位, 主要责任单位)
_CELL = re.compile("[\u4e00-\u9fff（）()]+")  # a cell of names: no figure, no mark but a bracket
_DUTY_ENDS = ("。", "；", ";")  # a duty is a sentence: it ends so
#: Bare words heading a column of who (单位 / 职责分工): the unit column only where a duty column's header follows.
_BARE_UNIT_HEADERS = ("单位", "部门", "单位名称", "部门名称")
_SPACE = re.compile("[ \t\u3000\u00a0]+")
#: A header cell between spaces in a line that lost its breaks: …分工表 成员单位 党政办 ….
_SPACED_HEADER = re.compile("(?<=\\S)[ \t\u3000\u00a0]+(?P<header>[\u4e00-\u9fff]{2,8})(?=[ \t\u3000\u00a0]+\\S)")


def _header_cell(text: str) -> str | None:
    """The column ``text`` names when it is a table's header cell alone on its line (成员单位 -> support), or None."""
    if len(text) > _LONGEST_HEADER or not _CELL.fullmatch(text):
        return None
    return column_for(text)


def _unit_column(text: str, after: str) -> bool:
    """Whether ``text`` is a header cell naming the unit column, ``after`` being the cell after it (单位 / 职责分工)."""
    column = _header_cell(text)
    return column in _UNIT_COLUMNS or (column is None and text in _BARE_UNIT_HEADERS and _header_cell(after) == "task")


def cells_apart(text: str, findings: list[Finding]) -> str:
    """``text`` with :data:`~zygraph.readers.lines.PARAGRAPH_BREAK` between the cells of a duties table that a copy ran
    together with spaces: from a header cell naming the unit column, each space parts two cells, where that gives a
    member's cell with a duty after it; other lines stay as they are. Each line so cut is a ``cells_apart`` finding
    in ``findings``.

    Examples
    --------
    >>> cells_apart("附件： 分工表 成员单位 党政办 负责宣传。 财政所 保障经费。", []).split(PARAGRAPH_BREAK)
    ['附件： 分工表', '成员单位', '党政办', '负责宣传。', '财政所', '保障经费。']
    >>> cells_apart("分工 单位 职责分工 区财政局 保障经费。", []).split(PARAGRAPH_BREAK)
    ['分工', '单位', '职责分工', '区财政局', '保障经费。']
    >>> cells_apart("某某街道办事处 2020年8月10日", [])
    '某某街道办事处 2020年8月10日'
    """
    out = []
    for number, line in enumerate(text.split("\n"), start=1):
        header = next((found for found in _SPACED_HEADER.finditer(line)
                       if _unit_column(found.group("header"), _SPACE.split(line[found.end():].strip())[0])), None)
        if header is not None:
            cells = [line[: header.start()], *_SPACE.split(line[header.start():].strip())]
            if unit_cells(cells):
                line = PARAGRAPH_BREAK.join(cells)
                findings.append(Finding(number, "info", "cells_apart", f"a table of units and their duties run "
                                        f"together with spaces between its cells, from {header.group('header')} on",
                                        "read each cell between spaces as a paragraph of its own"))
        out.append(line)
    return "\n".join(out)


def unit_cells(lines: list[str], findings: list[Finding] | None = None) -> list[tuple[int, str]]:
    """The unit cells of a duties table copied one cell a paragraph: (line number, 1-based, and text) of each.

    A unit cell follows a header cell naming the unit column (``成员单位``, with only other header cells between),
    names nothing but units, and has a duty (a paragraph ending with 。 or ；) as the next line that is not blank.

    Parameters
    ----------
    lines : list of str
        The document's lines, as the paragraph reader numbers them; a line may hold paragraphs parted by
        :data:`~zygraph.readers.lines.PARAGRAPH_BREAK`, each read as a line of its own.
    findings : list of Finding, optional
        Where a bare ``单位`` read as the unit column's header is recorded (a ``bare_unit_header`` finding).

    Returns
    -------
    list of (int, str)
        The unit cells' line numbers and texts, in order; empty where no such table stands.

    Examples
    --------
    >>> unit_cells(["附件：职责分工表", "", "成员单位", "", "党政办", "", "负责宣传。", "", "财政所", "", "保障经费。"])
    [(5, '党政办'), (9, '财政所')]
    >>> unit_cells(["长沙市开福区四方坪街道办事处", "2020年8月10日", "党政办", "负责宣传。"])  # no header cell: no table
    []
    >>> unit_cells(["单位", "", "职责分工", "", "区财政局", "", "保障经费。"])  # 单位 over a duty column's header
    [(5, '区财政局')]
    >>> unit_cells(["单位", "", "万元", "", "区财政局", "", "保障经费。"])  # 单位 alone: a measure's column, no table
    []
    """
    written = [(number, part.strip()) for number, line in enumerate(lines, start=1)
               for part in line.split(PARAGRAPH_BREAK) if part.strip()]
    cells, in_table = [], False
    for at, (number, text) in enumerate(written):
        column = _header_cell(text)
        if column is None and _unit_column(text, written[at + 1][1] if at + 1 < len(written) else ""):
            column = "responsible"  # 单位 / 职责分工: the bare word heads the units beside the duties
            if not in_table and findings is not None:
                findings.append(Finding(number, "info", "bare_unit_header", f"the header cell {text} stands before the "
                                        f"duty column's {written[at + 1][1]}: the column of units",
                                        "read the cells below it that a duty follows as units' cells"))
        if column in _UNIT_COLUMNS and not in_table:
            in_table = True  # 成员单位: the header of a table of units and their duties
            continue
        if not in_table or column is not None or SENTENCE_MARK.search(text):
            continue  # before the table; another header cell (工作职责); or a duty
        after = written[at + 1][1] if at + 1 < len(written) else ""
        if _CELL.fullmatch(text) and looks_like_unit_list(text) and after.rstrip().endswith(_DUTY_ENDS):
            cells.append((number, text))
    return cells
