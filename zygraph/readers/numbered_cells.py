"""A table copied one cell a paragraph with no header row: numbered rows of as many cells each, one column of units.

A web page's table copied as text gives each cell a paragraph of its own, blank lines between. Where the copy lost
the header row (an indicator table: ``*1`` / ``千人社区养老服务设施面积`` / its definition / ``㎡/千人`` / ``区民政局`` /
its note), no column is named: the rows are found by their number cells, running 1, 2, 3 … (a ``*`` may mark one),
each followed by the same count of cells, and the unit column by what its cells hold: the one position whose cell
names units in every row. A short cell after a row's last (``品质宜居``) is the area of the rows below it.
"""

from __future__ import annotations

import re
from collections import Counter

from zygraph.findings import Finding
from zygraph.readers.rowfit import cell_kind

__all__ = ["numbered_cells_table", "CELLS_HEADER"]

#: The columns given to the rows: the unit column, the only one naming units, leads (责任单位, no lead named).
CELLS_HEADER = ("序号", "工作任务", "责任单位", "备注")
#: A row's number alone in its cell: 3, *1 (a mark the table puts on some rows), 1*.
_NUMBER = re.compile(r"^[*＊★]?(\d{1,3})[*＊★]?$")
_MIN_ROWS = 5  # numbered rows in a run, fewer being a list, not a table
_MIN_CELLS = 3  # cells a row holds after its number: a task, its units and one more (no table has fewer)
#: An area's cell between rows: a few words alone (品质宜居, 安全韧性), no figure, no mark.
_AREA = re.compile("^[\u4e00-\u9fff]{2,10}$")
_BLANK = re.compile(r"\n[ \t\u3000]*\n")


def numbered_cells_table(lines: list[str]):
    """``(header, rows, areas, findings)`` of a table copied one cell a paragraph whose copy has no header row, or None.

    Each row is its number cell and the same count of cells after it (three or more); the unit column is the
    one position whose cells name units (:func:`zygraph.readers.rowfit.cell_kind`) in every row, after a cell
    of text; the cells before it are the row's task, the cells after it its note. A short cell of words after
    a row's last is the area of the rows from it on. None unless five rows or more run on so, every one of
    them fitting: a table's columns read from their cells alone are a finding.

    Examples
    --------
    >>> cells = ["品质宜居", "*1", "人均体育场地面积", "㎡/人", "区体育局", "—", "2", "公共厕所服务优良率", "%",
    ...          "区绿化市容局", "请提供公厕点位清单", "安全韧性", "3", "城市常年积水内涝点数量", "个",
    ...          "区水务局、区房管局、\\n区交通委", "请提供积水点清单", "4", "公共供水管网漏损率", "%", "区水务局", "—",
    ...          "*5", "燃气管道外损事故发生量", "起", "区建设管理委", "—"]
    >>> header, rows, areas, findings = numbered_cells_table("\\n\\n".join(cells).split("\\n"))
    >>> [[text for _, text in row] for row in rows[1:3]]
    [['2', '公共厕所服务优良率 %', '区绿化市容局', '请提供公厕点位清单'], ['3', '城市常年积水内涝点数量 个', '区水务局、区房管局、区交通委', '请提供积水点清单']]
    >>> areas, findings[0].code
    (['品质宜居', '品质宜居', '安全韧性', '安全韧性', '安全韧性'], 'headless_cells_table')
    >>> numbered_cells_table("\\n\\n".join(cells[:17]).split("\\n")) is None  # three rows: a list, not a table
    True
    """
    cells = _paragraph_cells(lines)
    runs = _numbered_runs(cells)
    if len(runs) < _MIN_ROWS:
        return None
    count = Counter(len(body) for _, body in runs).most_common(1)[0][0]
    if count < _MIN_CELLS:
        return None
    rows, areas, area, findings = [], [], _area_before(cells, runs[0][0]), []
    for index, (number, body) in enumerate(runs):
        extra = body[count:]
        last = index == len(runs) - 1
        if len(body) < count or (not last and not all(_AREA.match(text) for _, text in extra)):
            return None  # a row of another count of cells: no table of this shape
        rows.append([number, *body[:count]])
        areas.append(area)
        if extra and not last:
            area = extra[-1][1]
    at = _unit_column(rows, count)
    if at is None:
        return None
    table = [[row[0], (row[1][0], " ".join(text for _, text in row[1:at])), row[at],
              (row[0][0], "；".join(text for _, text in row[at + 1:] if text))] for row in rows]
    first = rows[0][0][0]
    findings.append(Finding(first, "warning", "headless_cells_table", f"the table's copy has no header row: its "
                            f"{len(rows)} numbered rows of {count + 1} cells, one a paragraph, were read by what their "
                            f"cells hold; column {at + 1}, naming units in every row, was inferred to name who "
                            "answers for each row", "read the cells before it as the row's task, its units as "
                            "responsible (责任单位: no lead named, so they lead), the cells after it as the note and "
                            "short cells between rows as areas; check against the table's header"))
    return [(first, text) for text in CELLS_HEADER], table, areas, findings


def _paragraph_cells(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, text) of each paragraph of ``lines``, blank lines parting them; a paragraph's lines joined
    (区水务局、区房管局、 / 区交通委: a cell broken after its 、)."""
    cells, start, parts = [], None, []
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip():
            start = start or number
            parts.append(line.strip())
        elif parts:
            cells.append((start, "".join(parts)))
            start, parts = None, []
    return cells


def _numbered_runs(cells):
    """The cells cut into rows at number cells running on from the first (1, 2, 3 …): (number cell, cells)."""
    runs, expected = [], None
    for line, text in cells:
        found = _NUMBER.match(text)
        if found and (expected is None or int(found.group(1)) == expected):
            runs.append(((line, text), []))
            expected = int(found.group(1)) + 1
        elif runs:
            runs[-1][1].append((line, text))
    return runs


def _area_before(cells, number) -> str:
    """The area cell straight before the first row's number (品质宜居), or ''."""
    at = cells.index(number)
    return cells[at - 1][1] if at and _AREA.match(cells[at - 1][1]) and cell_kind(cells[at - 1][1]) != "units" \
        else ""


def _unit_column(rows, count) -> int | None:
    """The first position (after the number and a cell of text) whose cell names units in every row, or None."""
    for at in range(2, count + 1):
        if all(cell_kind(row[at][1].rstrip("、")) == "units" for row in rows) \
                and all(cell_kind(row[1][1]) in ("text", "name") for row in rows):
            return at
    return None
