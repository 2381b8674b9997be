"""Reader for a transposed table copied as text: its tasks are the column headings, a row names their units.

Lists of 民生实事 and 目标任务分解 often turn the table over: each column is an indicator or project, one row,
headed 责任单位 (牵头单位, 责任部门), names the unit of each column, and the other rows give places' targets (figures).
Copied as text the table comes one cell a line (rows parted by a longer run of blank lines than cells) or a row a
line with bars between its cells (``地区 | 指标A | 指标B |``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from zygraph.findings import Finding
from zygraph.readers.columns import column_for
from zygraph.readers.notice import parse_notice
from zygraph.readers.raw import RawDocument, RawRow
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["ColumnTasks", "column_tasks", "column_tasks_document"]

_LONGEST_LABEL = 6  # 责任单位, 牵头部门: a row's label, never a sentence
#: The corner cell over the rows' labels, when the heading row holds it: 地区, 项目, 县（市、区）, 指标/地区.
_CORNER = re.compile(r"^(?:地区|区域|区县|县[（(]市、?区[)）]|单位|项目|指标|类别|名称|内容|序号|.{1,6}/.{1,6})$")
#: A heading ending with its measure in brackets: 农村青年技能培训(人), 补贴性职业技能培训(万人次).
_MEASURE = re.compile(r"[（(][^（()）]{1,6}[)）]$")
_TAIL = 6  # longest piece of a heading its cell wrapped: 劳务品牌 / 培训(人)
_BAR = "|"


class ColumnTasks(NamedTuple):
    """Tasks read from transposed tables: (line, heading, units, role) each, and the findings of how.

    Examples
    --------
    >>> found = column_tasks(["地区 | 修路(公里) | 建校(所) |", "责任单位 | 市交通局 | 市教育局 |", "全市 | 10 | 2 |"])
    >>> [(task, units, role) for _, task, units, role in found.tasks]
    [('修路(公里)', ['市交通局'], 'lead'), ('建校(所)', ['市教育局'], 'lead')]
    """

    tasks: list  # (line, heading, units, role) of each column
    findings: list[Finding]


def column_tasks(lines: list[str]) -> ColumnTasks | None:
    """The column tasks of the transposed tables in ``lines``, or None when there is none.

    A row whose first cell (or first two, a label its cell broke: 责任 / 单位) is a unit-role label and whose
    other cells each name units is a unit row; the row above it heads the columns, each heading a task (a corner
    cell such as 地区 left out). When the unit row has as many cells as there are columns, each column gets its
    cell; with fewer (merged cells the copy does not show), a column gets a cell only where every cell that could
    span it names the same units (the first column the first cell, the last the last), and a finding says which
    are left without. A unit row right under it labelled for partners (配合单位) gives their supports the same way.

    Examples
    --------
    >>> found = column_tasks(["地区", "修路(公里)", "建校(所)", "", "责任单位", "市交通局", "市教育局", "",
    ...                       "全市", "10", "2"])
    >>> [(line, task, units) for line, task, units, _ in found.tasks]
    [(2, '修路(公里)', ['市交通局']), (3, '建校(所)', ['市教育局'])]
    >>> column_tasks(["序号", "工作任务", "责任单位", "", "1", "修路", "市交通局"]) is None
    True
    """
    rows = _rows(lines)
    tasks: list = []
    findings: list[Finding] = []
    for at in range(1, len(rows)):
        label, cells = _unit_row(rows[at])
        if label is None or column_for(label) == "support" and _unit_row(rows[at - 1])[0] is not None:
            continue  # 配合单位 under 牵头单位: read with the row above
        headings = _headings(rows[at - 1], findings)
        if len(headings) < 2:
            continue
        role_rows = [(cells, "lead")]
        partners = _unit_row(rows[at + 1]) if at + 1 < len(rows) else (None, [])
        if partners[0] is not None and column_for(partners[0]) == "support" and column_for(label) == "lead":
            role_rows.append((partners[1], "support"))
        placed = [_placed(headings, unit_cells, findings) for unit_cells, _ in role_rows]
        for index, (line, heading) in enumerate(headings):
            units = {role: placed_units[index] for placed_units, (_, role) in zip(placed, role_rows)}
            tasks += [(line, heading, units.get("lead", []), "lead")]
            if units.get("support"):
                tasks += [(line, heading, units["support"], "support")]
        findings.append(Finding(headings[0][0], "info", "column_tasks", f"a table whose {len(headings)} columns are "
                                f"its tasks, the row {label} naming their units", "read each column heading as a task; "
                                "the rows of places' figures below it as targets, not tasks"))
    findings += _labels_inside_rows(rows)
    return ColumnTasks(tasks, findings) if tasks else None


def column_tasks_document(lines: list[str], found: ColumnTasks, path) -> RawDocument:
    """The RawDocument of the transposed tables :func:`column_tasks` found in ``lines``.

    Examples
    --------
    >>> lines = ["地区 | 修路(公里) | 建校(所) |", "责任单位 | 市交通局 | 市教育局、市财政局 |"]
    >>> [(r.task, r.lead) for r in column_tasks_document(lines, column_tasks(lines), "t.txt").rows]
    [('修路(公里)', '市交通局'), ('建校(所)', '市教育局、市财政局')]
    """
    rows = []
    for line, heading, units, role in found.tasks:
        if role == "support" and rows and rows[-1].task == heading:
            rows[-1] = RawRow.of_units(line, heading, list(rows[-1].names["lead"]), units)
        else:
            rows.append(RawRow.of_units(line, heading, units, []))
    first = min(line for line, *_ in found.tasks)
    meta = parse_notice(lines[: first - 1], after=lines[first - 1:])
    return RawDocument(str(path), "piped", meta, rows, list(found.findings))


def _rows(lines: list[str]) -> list[list[tuple[int, str]]]:
    """The rows of (line, text) cells in ``lines``: a row a line where bars part the cells, else a cell a line, a
    row ending where more blank lines follow a cell than the most common run between cells."""
    if sum(line.strip().strip(_BAR).count(_BAR) >= 1 for line in lines) >= 2:
        return [[(number, cell.strip()) for cell in line.strip().strip(_BAR).split(_BAR)]
                for number, line in enumerate(lines, start=1) if line.strip().strip(_BAR).count(_BAR) >= 1]
    cells, gaps, blank = [], [], 0
    for number, line in enumerate(lines, start=1):
        text = line.strip().rstrip(_BAR).strip()
        if not text:
            blank += 1
            continue
        cells.append((number, text))
        gaps.append(blank)
        blank = 0
    if not cells:
        return []
    common = Counter(gaps[1:] or [0]).most_common(1)[0][0]
    rows: list = [[]]
    for cell, gap in zip(cells, gaps):
        if gap > common and rows[-1]:
            rows.append([])
        rows[-1].append(cell)
    return rows


def _unit_row(row: list[tuple[int, str]]) -> tuple[str | None, list[tuple[int, str]]]:
    """The label of ``row`` and its unit cells when it is a row naming units (责任单位 | A | B, or 责任 / 单位 / A),
    else (None, [])."""
    for size in (1, 2):
        label = "".join(text for _, text in row[:size]).replace(" ", "")
        cells = [cell for cell in row[size:] if cell[1]]
        if (len(label) <= _LONGEST_LABEL and column_for(label) in ("lead", "support") and cells
                and all(looks_like_unit_list(text) for _, text in cells)):
            return label, cells
    return None, []


def _headings(row: list[tuple[int, str]], findings: list[Finding]) -> list[tuple[int, str]]:
    """The column headings of ``row``: its cells, a corner cell (地区) left out, a heading's wrapped tail
    (劳务品牌 / 培训(人)) joined to it when the other headings end with their measure."""
    cells = [cell for cell in row if cell[1]]
    if cells and _CORNER.match(cells[0][1]):
        cells = cells[1:]
    measured = sum(bool(_MEASURE.search(text)) for _, text in cells)
    out: list[tuple[int, str]] = []
    for line, text in cells:
        if (out and measured * 2 > len(cells) and len(text) <= _TAIL and _MEASURE.search(text)
                and not _MEASURE.search(out[-1][1]) and len(out[-1][1]) <= _TAIL):
            findings.append(Finding(line, "info", "heading_joined", f"the heading {out[-1][1]}{text} was wrapped in "
                                    "its cell", "read its pieces as one heading"))
            out[-1] = (out[-1][0], out[-1][1] + text)
            continue
        out.append((line, text))
    return out


def _placed(headings: list, cells: list[tuple[int, str]], findings: list[Finding]) -> list[list[str]]:
    """The units of each column: a cell each when there are as many as columns; with fewer (merged cells), only
    where every cell that could span the column names the same units; with more, none.

    Examples
    --------
    >>> _placed([(1, "a"), (2, "b"), (3, "c")], [(5, "甲局"), (6, "乙局")], [])
    [['甲局'], [], ['乙局']]
    >>> _placed([(1, "a"), (2, "b"), (3, "c")], [(5, "甲局"), (6, "甲局")], [])
    [['甲局'], ['甲局'], ['甲局']]
    """
    columns, count = len(headings), len(cells)
    texts = [text for _, text in cells]
    if count == columns:
        return [[text] for text in texts]
    line = cells[0][0]
    if count > columns:
        findings.append(Finding(line, "warning", "unit_cells_unplaced", f"the unit row has {count} cells for "
                                f"{columns} columns", "gave no column its units: which cell is whose is not shown"))
        return [[] for _ in headings]
    spare = columns - count  # columns a merged cell spans beyond its own
    placed = []
    for column in range(columns):
        could = set(texts[max(0, column - spare): min(count, column + 1)])
        placed.append([could.pop()] if len(could) == 1 else [])
    left = [headings[column][1][:12] for column in range(columns) if not placed[column]]
    findings.append(Finding(line, "warning", "merged_unit_cells", f"the unit row has {count} cells for {columns} "
                            "columns: merged cells the copy does not show", "gave a column a cell only where no other "
                            f"could span it; left without units: {' | '.join(left)}"))
    return placed


def _labels_inside_rows(rows: list) -> list[Finding]:
    """Warnings for unit labels (责任单位) standing inside a row: a copy that does not show where that row ends."""
    out = []
    for row in rows:
        for at in range(1, len(row)):
            if _unit_row(row[at:at + 3])[0] is not None and _unit_row(row[at - 1:at + 2])[0] is None:
                out.append(Finding(row[at][0], "warning", "unit_row_unseen", "a unit label inside a run of cells "
                                   "whose row ends the copy does not show", "not read: which cells head its columns "
                                   "is not shown"))
                break
    return out
