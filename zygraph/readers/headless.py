"""A table copied as text without its header row: numbered rows whose columns are read by what their cells hold."""

from __future__ import annotations

from zygraph.findings import Finding
from zygraph.readers.lines import heading_area
from zygraph.readers.pipedrows import ROW_NUMBER, row_number
from zygraph.readers.rowfit import cell_kind
from zygraph.readers.segment import area_text
from zygraph.readers.textcells import barred_cells

__all__ = ["headless_table", "HEADLESS_HEADER"]

#: The columns given to a table whose header row the copy lost: 责任单位, as the only unit column, leads.
HEADLESS_HEADER = ("序号", "工作任务", "责任单位", "备注")
_MIN_ROWS = 3  # numbered rows in a run, fewer being a list of figures, not a table
_MISFIT_SHARE = 0.25  # share of the rows that may lack a task or a unit cell before the cells are no table


def headless_table(lines: list[str]):
    """``(header, rows, areas, findings)`` of a table whose cells end in ``|`` and whose copy has no header row.

    The rows are cut at their numbers, running 1, 2, 3 … (or from any number on, in an excerpt), each
    number a cell of its own. In a row, a heading cell (一、…) is the area of the rows from it on, the
    cell of text before the first cell of units is the task, that cell of units the responsible units
    (责任单位: without a header no lead is named, so they lead), and the cells after it (people,
    deadlines, phone numbers) the row's note. ``None`` unless three rows or more, almost all with a
    task and units, are found: a column's meaning read from its cells is a finding.

    Examples
    --------
    >>> cells = "1 | 办科技周。 | 市科协 | 张三 | 年底前 | 2 | 办科普日。 | 市科技局 | | 3 | 二、宣传 | 建科普馆。 | 市科协 市教育局 | 李四 |"
    >>> lines = [line for cell in cells.split(" | ") for line in (cell.strip(" |"), "|")]  # one cell a line, then |
    >>> header, rows, areas, findings = headless_table(lines)
    >>> [[text for _, text in row] for row in rows]
    [['1', '办科技周。', '市科协', '张三；年底前'], ['2', '办科普日。', '市科技局', ''], ['3', '建科普馆。', '市科协 市教育局', '李四']]
    >>> areas, [text for _, text in header]
    (['', '', '宣传'], ['序号', '工作任务', '责任单位', '备注'])
    """
    if not any("|" in line for line in lines):
        return None
    cells = barred_cells(lines)
    runs = _numbered_runs(cells)
    if len(runs) < _MIN_ROWS:
        return None
    rows, areas, findings, area, misfits = [], [], [], "", 0
    for number, body in runs:
        headings = [(line, text) for line, text in body if heading_area(text) is not None]
        if headings:
            area = area_text(headings[-1][1])
        cells_left = [(line, text) for line, text in body if heading_area(text) is None]
        row = _row(number, cells_left)
        if row is None:
            misfits += 1
            findings.append(Finding(number[0], "warning", "headless_row_without_units", f"row {number[1]} has no "
                                    "cell of text followed by a cell of units", "read with no task or no units: "
                                    "check the row against the table"))
            row = [number, *(cells_left[:1] or [(number[0], "")]), (number[0], ""), (number[0], "")]
        rows.append(row)
        areas.append(area)
    if misfits > _MISFIT_SHARE * len(rows):
        return None
    first = rows[0][0][0]
    header = [(first, text) for text in HEADLESS_HEADER]
    findings.insert(0, Finding(first, "warning", "headless_table", f"the table's copy has no header row: its "
                               f"{len(rows)} numbered rows were read by what their cells hold",
                               "read the text before each row's first cell of units as its task, that cell as its "
                               "responsible units (责任单位, leading), the cells after it (people, deadlines, "
                               "phones) as its note, and headings (一、…) as areas; check against the table's header"))
    return header, rows, areas, findings


def _numbered_runs(cells):
    """The cells cut into rows at number cells running on from the first (1, 2, 3 …): (number cell, cells)."""
    runs, expected = [], None
    for line, text in cells:
        if ROW_NUMBER.match(text) and (expected is None or row_number(text) == expected):
            runs.append(((line, text), []))
            expected = row_number(text) + 1
        elif runs:
            runs[-1][1].append((line, text))
    return runs


def _row(number, cells):
    """The row ``[number, task, units, note]`` of a numbered row's cells (headings taken out), or None."""
    kinds = [cell_kind(text) for _, text in cells]
    if "units" not in kinds:
        return None
    at = kinds.index("units")
    texts = [text for (_, text), kind in zip(cells[:at], kinds[:at]) if kind in ("text", "name")]
    if not texts:
        return None
    note = "；".join(text for _, text in cells[at + 1:] if text)  # 潘某；2024年底前；5555309: the cells kept apart
    return [number, (cells[0][0], " ".join(texts)), cells[at], (cells[at][0], note)]
