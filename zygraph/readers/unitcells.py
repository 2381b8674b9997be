"""Unit cells of a duties table copied one cell a paragraph: ``成员单位`` / ``党政办`` / its duties, one a paragraph.

A notice dividing a body's work among its members often attaches a table of the members and their duties
(``成员单位职责分工表``: 成员单位 | 职责). A web page copied as text gives it one cell a paragraph, blank lines between:
the header's cells (the unit column's, ``成员单位``; the duty column's may be lost), then each member's name alone
on its line, then its duties, each a paragraph ending with 。. Such a member's line owns the duties below it, as a
heading naming a unit alone (``（二）公安部门``) owns the duties under it; :mod:`zygraph.readers.paragraph` reads it so.
A unit alone on its line anywhere else (a signature, ``长沙市开福区四方坪街道办事处``) is no cell: only the lines after
a header cell naming the unit column are read, and only those a duty follows.
"""

from __future__ import annotations

import re

from zygraph.grammar import SENTENCE_MARK
from zygraph.readers.columns import column_for
from zygraph.unitlist import looks_like_unit_list

__all__ = ["unit_cells"]

_UNIT_COLUMNS = ("lead", "support", "responsible")  # a header cell naming who: 成员单位, 责任单位
_LONGEST_HEADER = 8  # characters of a header cell alone on its line (成员单位, 主要责任单位)
_CELL = re.compile("[\u4e00-\u9fff（）()]+")  # a cell of names: no figure, no mark but a bracket
_DUTY_ENDS = ("。", "；", ";")  # a duty is a sentence: it ends so


def _header_cell(text: str) -> str | None:
    """The column ``text`` names when it is a table's header cell alone on its line (成员单位 -> support), or None."""
    if len(text) > _LONGEST_HEADER or not _CELL.fullmatch(text):
        return None
    return column_for(text)


def unit_cells(lines: list[str]) -> list[int]:
    """The line numbers (1-based) of the unit cells of a duties table copied one cell a paragraph.

    A unit cell follows a header cell naming the unit column (``成员单位``, with only other header cells between),
    names nothing but units, and has a duty (a paragraph ending with 。 or ；) as the next line that is not blank.

    Parameters
    ----------
    lines : list of str
        The document's lines, as the paragraph reader numbers them.

    Returns
    -------
    list of int
        The unit cells' line numbers, in order; empty where no such table stands.

    Examples
    --------
    >>> unit_cells(["附件：职责分工表", "", "成员单位", "", "党政办", "", "负责宣传。", "", "财政所", "", "保障经费。"])
    [5, 9]
    >>> unit_cells(["长沙市开福区四方坪街道办事处", "2020年8月10日", "党政办", "负责宣传。"])  # no header cell: no table
    []
    """
    written = [(number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]
    cells, in_table = [], False
    for at, (number, text) in enumerate(written):
        column = _header_cell(text)
        if column in _UNIT_COLUMNS and not in_table:
            in_table = True  # 成员单位: the header of a table of units and their duties
            continue
        if not in_table or column is not None or SENTENCE_MARK.search(text):
            continue  # before the table; another header cell (工作职责); or a duty
        after = written[at + 1][1] if at + 1 < len(written) else ""
        if _CELL.fullmatch(text) and looks_like_unit_list(text) and after.rstrip().endswith(_DUTY_ENDS):
            cells.append(number)
    return cells
