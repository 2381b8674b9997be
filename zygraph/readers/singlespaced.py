"""Rows without numbers of a table flattened with single spaces: each line's cells one to one under the header's.

A web page's table copied as text may keep one row a line, a single space between its cells, and have no number
column (``项目名称 服务对象 服务内容 服务标准 支出责任 牵头负责单位`` / ``优待抚恤 本市符合条件的优抚对象 提供… 按照… 市与区财政分别
负担(按照事项) 市退役军人事务局``). With no number to start a row, a row is a line split by single spaces into as
many cells as the header has, its unit cells (where the header's unit columns stand) reading as unit lists: the
cells hold no space of their own, so each lines up with its column. The task is every cell before the first unit
column (a column of people left out), joined: the row's text kept whole, as the numbered rows of
:mod:`zygraph.readers.spaced` keep everything between their number and their units. Prose is no table here: the
header must be the whole line, its unit column a label the grammar knows (牵头单位, 责任单位, 牵头负责单位). A copy that
ran such a table onto one line is given back a row a line, cut after every header's width of cells
(:func:`single_spaced_lines`).
"""

from __future__ import annotations

import re

from zygraph.sentences.role_words import label_role
from zygraph.readers.columns import column_for, names_people
from zygraph.readers.lines import heading_area
from zygraph.readers.normalize import simplified
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["single_spaced_header", "single_spaced_lines", "single_spaced_rows"]

_SPACE = re.compile(r"[ \u3000\u00a0]")  # one space between two cells; two in a row are no such copy
_UNIT_COLUMNS = ("lead", "support")
_MIN_ROWS = 2  # fewer rows cut from a line run on are no table's
_LONGEST_WORD = 6  # longest header cell naming no column of ours (服务对象, 支出责任), as the spaced reader's
_NUMBER = re.compile(r"\d{1,4}(?:[.、．]|$)")  # a row's number opening it: a numbered table, its rows cut at their numbers


def single_spaced_header(line: str, header: list[str]) -> bool:
    """True when ``line`` is ``header`` and nothing else, its cells parted by single spaces, and a cell of it names
    a unit column with a role label the grammar knows.

    ``header`` is the header the spaced reader found at the end of ``line``; the line is left untouched.

    Examples
    --------
    >>> line = "项目名称 服务对象 服务内容 服务标准 支出责任 牵头负责单位"
    >>> single_spaced_header(line, line.split(" "))
    True
    >>> single_spaced_header("附件 项目名称 服务内容 牵头负责单位", ["项目名称", "服务内容", "牵头负责单位"])  # more before it
    False
    >>> single_spaced_header("项目名称  服务内容  牵头负责单位", ["项目名称", "服务内容", "牵头负责单位"])  # runs of spaces
    False
    >>> single_spaced_header("项目名称 服务内容 成员单位", ["项目名称", "服务内容", "成员单位"])  # a column, no role label
    False
    """
    return _SPACE.split(line.strip()) == header and any(
        column_for(cell) in _UNIT_COLUMNS and label_role(cell) is not None for cell in header)


def single_spaced_rows(lines: list[str], start: int, header: list[str]) -> list[tuple]:
    """The rows without numbers under a single-spaced header ending on line ``start`` (1-based) of ``lines``.

    Each row is ``(line, area, number, task, unit cells, note, remark)`` as :func:`zygraph.readers.spaced.spaced_table`
    gives them: ``number`` the row's place among the rows (the table has none of its own), ``remark`` what was
    guessed in reading it, or empty. A line with more cells than the header is a row when its last cells still
    line up with the unit columns (and those after them): the extra spaces are taken to stand inside its text cells,
    which are all its task (a guess, said in its remark). A line that is no row between two rows (a row broken over
    lines, a cell holding a space where the unit cell is) is said in the remark of the row after it. A heading
    (``一、…``) between rows sets their area. ``lines`` is left untouched.

    Examples
    --------
    >>> header = ["项目名称", "服务内容", "支出责任", "牵头负责单位"]
    >>> lines = ["项目名称 服务内容 支出责任 牵头负责单位",
    ...          "优待抚恤 提供伤残抚恤、定期定量补助。 市与区财政分别负担(按照事项) 市退役军人事务局",
    ...          "退役军人就业创业服务 提供退役军人专场招聘活动服务。 市与区财政分别负担 市退役军人事务局、市人力资源社会保障局",
    ...          "分享:"]
    >>> [(row[0], row[2], row[3], row[4]) for row in single_spaced_rows(lines, 1, header)]  # doctest: +NORMALIZE_WHITESPACE
    [(2, '1', '优待抚恤 提供伤残抚恤、定期定量补助。 市与区财政分别负担(按照事项)', ['市退役军人事务局']),
     (3, '2', '退役军人就业创业服务 提供退役军人专场招聘活动服务。 市与区财政分别负担', ['市退役军人事务局、市人力资源社会保障局'])]
    """
    columns = [column_for(cell) for cell in header]
    first_unit = min(index for index, column in enumerate(columns) if column in _UNIT_COLUMNS)
    last_unit = max(index for index, column in enumerate(columns) if column in _UNIT_COLUMNS)
    people = {index for index, cell in enumerate(header[:first_unit]) if names_people(cell)}
    rows: list[tuple] = []
    area, passed = "", []
    for number, line in enumerate(lines[start:], start=start + 1):
        text = line.strip()
        if not text:
            continue
        if (heading := heading_area(text)) is not None:
            area, passed = heading, []
            continue
        cells = _SPACE.split(text)
        extra = len(cells) - len(header)
        trailing = cells[first_unit + max(extra, 0):]  # the unit cells on, lined up from the line's end
        units = [trailing[index - first_unit] for index in range(first_unit, last_unit + 1)
                 if columns[index] in _UNIT_COLUMNS] if extra >= 0 else []
        if not units or "" in cells or not all(looks_like_unit_list(unit) for unit in units):
            passed.append((number, len(cells)))
            continue
        text_cells = [cell for index, cell in enumerate(cells[: first_unit + extra]) if index not in people or extra]
        remark = "; ".join(
            [f"line {line_no} ({count} part(s) for {len(header)} columns) between rows read as no row"
             for line_no, count in passed]
            + ([f"{len(cells)} parts for {len(header)} columns: the {extra} space(s) too many read as inside the "
                "text cells before the units, all the task's"] if extra else []))
        note = " ".join(trailing[last_unit - first_unit + 1:]) if columns[-1] == "note" else ""
        rows.append((number, area, str(len(rows) + 1), " ".join(text_cells), units, note, remark))
        passed = []
    return rows


def single_spaced_lines(table: str) -> list[str] | None:
    """The lines of ``table``, a single-spaced header with its unnumbered rows run on after it on one line (a copy
    that lost its line breaks, a space left where each was): the header, then a row a line, cut after every header's
    width of cells, while each row's unit cells read as unit lists; what follows the last row is one line. None where
    ``table`` does not start with such a header (see :func:`single_spaced_header`), a row opens with a number or a
    heading (一、…), fewer than ``_MIN_ROWS`` rows are cut, or a cell after the last reads as units (rows of other
    widths, out of step with the header). ``table`` is left untouched.

    Examples
    --------
    >>> single_spaced_lines("项目名称 服务内容 牵头负责单位 优待抚恤 提供伤残抚恤。 市退役军人事务局 "
    ...                     "退役军人安置 转业军官按规定予以安置。 市退役军人事务局 分享:")
    ['项目名称 服务内容 牵头负责单位', '优待抚恤 提供伤残抚恤。 市退役军人事务局', '退役军人安置 转业军官按规定予以安置。 市退役军人事务局', '分享:']
    >>> single_spaced_lines("序号 工作任务 牵头单位 1 办科技周 市科协 2 办科普日 市科协") is None  # numbered: cut at numbers
    True
    """
    cells = _SPACE.split(table.strip())
    width = next((index for index, cell in enumerate(cells) if column_for(cell) is None and len(cell) > _LONGEST_WORD),
                 len(cells))
    while width and column_for(cells[width - 1]) is None:
        width -= 1  # 牵头负责单位 优待抚恤: a short word after the last column named is row 1's first cell
    header = cells[:width]
    if not header or column_for(header[0]) != "task" or "" in cells \
            or not single_spaced_header(" ".join(header), header):
        return None
    columns = [column_for(cell) for cell in header]
    lines, at = [" ".join(header)], width
    while at + width <= len(cells):
        row = cells[at:at + width]
        if _NUMBER.match(row[0]) or heading_area(row[0]) is not None:
            return None  # 1.积极推进…, 一、做好…: rows numbered, or groups' headings among them: not this table
        if not all(looks_like_unit_list(simplified(cell)) for cell, column in zip(row, columns)
                   if column in _UNIT_COLUMNS):
            break
        lines.append(" ".join(row))
        at += width
    if len(lines) - 1 < _MIN_ROWS or any(looks_like_unit_list(simplified(cell)) for cell in cells[at:]):
        return None  # units after the last row cut: the rows went out of step with the header (cells merged, lost)
    return lines + ([" ".join(cells[at:])] if at < len(cells) else [])
