"""Rows of a table flattened one cell a line whose rows were padded to the header's width: merged cells filled in.

A web table with row-spanning (merged) cells, copied one cell a line, writes a merged cell on
the first row it covers only; each later row writes its own cells and ends in as many empty
cells as it left out (``区级发起,区级检查 | ||||``). Every row is then the header's width of cells,
so the rows are cut by count; which columns a padded row's cells fill is read from the full
rows: each cell goes to the column whose cells in the full rows it resembles (the same text,
a numbered item, a figure, the same kind), in order, and the columns it leaves take the cells
of the row above, merged over it.

A copy that writes each row's padding on the line of its last cell (``市发改委 | ||``) or on a line of bars
alone (``| |||``) shows where each row ends even where its empty cells inside the row were lost: its rows
are cut at those lines (:func:`closed_rows`), and their cells fitted to the columns by what they hold.
"""

from __future__ import annotations

import bisect
import re

from zygraph.findings import Finding
from zygraph.readers.lines import TASK
from zygraph.readers.rowfit import cell_kind

__all__ = ["padded_rows", "closing_lines", "closed_rows"]

_SAME_TEXT = 4  # a cell written as a cell of the column in a full row: the column's (区级发起,区级检查 in 实施层级)
_ITEM_WEIGHT = 2  # a numbered item (3.学校食堂…检查) in the column of numbered items, or none in one without
_NEXT_COLUMN = 0.5  # cells in neighbouring columns: a merged cell spans a block of rows, its row's cells stay together
_DIGIT = re.compile(r"\d")
#: A line closing a row with its padding: a cell's bar then more bars, empty cells (市发改委 | ||, 考核责任单位 | |), or
#: bars alone after a cell ended by its own (| |||).
_CLOSING = re.compile(r"\|[ \u3000\u00a0]*\|[ \u3000\u00a0]*$")
_CLOSED_ROWS = 3  # fewest rows closed so for the table to be cut at them
#: Longest short word naming a measure of an indicator (总量, 比重, 增速) in a sub-row under it.
_MEASURE = 4
#: A unit of measure (亿元, 万人, %, 公里): a column of the row's figures, never a measure word of its indicator.
_UNIT_OF_MEASURE = re.compile("^[万亿千百十]?(?:元|人|人次|个|家|吨|亩|户|项|公里|千米|米|平方米|立方米|辆|座|所|张|台|套|"
                              "次|件|千瓦|千瓦时|吨标准煤)$|^[%％‰]$|^个?百分点$")


def padded_rows(cells: list[tuple[int, str]], width: int, task_at: int, findings: list[Finding]) -> list | None:
    """Rows of ``cells`` (one cell a line) when each row is ``width`` cells, padded with empty cells; else None.

    The cells are cut every ``width`` cells; a cut row must start on a new line, hold its written
    cells one a line (a table one row a line is cut by its lines), and its empty cells only at its
    end, all on its last line (a copy's padding, ``… | ||||``); at least one row must be padded,
    the first full. A padded row's cells go to the columns they resemble (see the module); the
    other columns take the row above's cells, with their lines (but the first column's, at the line
    where the row starts). A padded row that writes no cell in the task column (``task_at``) names
    no task of its own: its cells are more of the row above's (中小学、幼儿园 | 50% under 高校 | 30%),
    joined to them. Each row so filled and each row so joined is a finding.

    Examples
    --------
    >>> findings = []
    >>> rows = padded_rows([(1, "1"), (2, "1.查招生"), (3, "教育局"), (4, "区级"), (5, "2.查装备"), (5, ""),
    ...                     (5, ""), (5, "")], 4, 1, findings)
    >>> [[text for _, text in row] for row in rows], [f.code for f in findings]
    ([['1', '1.查招生', '教育局', '区级'], ['1', '2.查装备', '教育局', '区级']], ['merged_cells_filled'])
    """
    runs = [cells[at: at + width] for at in range(0, len(cells), width)]
    if len(runs) < 2 or len(cells) % width or not all(_padded_or_full(run) for run in runs) \
            or any(after[0][0] <= before[-1][0] for before, after in zip(runs, runs[1:])) \
            or len(runs[0]) != len(_written(runs[0])) or all(len(_written(run)) == width for run in runs):
        return None
    full = [run for run in runs if len(_written(run)) == width]
    rows: list[list[tuple[int, str]]] = []
    for run in runs:
        written = _written(run)
        if len(written) == width:
            rows.append(list(run))
            continue
        at = _columns_of(written, full, width)
        if task_at not in at:  # no task of its own: more cells of the row above
            rows[-1] = [_joined(cell, written[at.index(j)]) if j in at else cell for j, cell in enumerate(rows[-1])]
            findings.append(Finding(written[0][0], "info", "merged_row_joined", f"the row writes {len(written)} cells "
                                    "and none in the task column, which is merged over it from the row above",
                                    "read its cells as more of the row above's"))
            continue
        row = [written[at.index(j)] if j in at else cell for j, cell in enumerate(rows[-1])]
        rows.append([(written[0][0], row[0][1]), *row[1:]])  # the row starts where it writes its first cell
        findings.append(Finding(written[0][0], "info", "merged_cells_filled", f"the row writes {len(written)} of "
                                f"{width} cells, padded with empty ones: the others are merged over it from the row "
                                "above", "gave each of its cells the column it resembles, the others the row above's"))
    return rows


def _written(run):
    """The cells of a cut row before its padding."""
    end = len(run)
    while end and not run[end - 1][1].strip():
        end -= 1
    return run[:end]


def _padded_or_full(run):
    """True when a cut row's written cells stand one a line, its empty cells only at its end, all on the line of
    its last written cell."""
    written = _written(run)
    return bool(written) and all(text.strip() for _, text in written) \
        and all(before[0] < after[0] for before, after in zip(written, written[1:])) \
        and all(line == written[-1][0] for line, _ in run[len(written):])


def _columns_of(written, full, width):
    """The column of each written cell of a padded row, in order: the best sum of resemblances, neighbours kept."""
    score = [[_resemblance(text, [row[j][1] for row in full]) for j in range(width)] for _, text in written]
    worst = float("-inf")
    best = [[worst] * width for _ in written]  # best[i][j]: cells up to i placed, cell i in column j
    came = [[0] * width for _ in written]
    best[0] = list(score[0])
    for i in range(1, len(written)):
        for j in range(i, width):
            options = [(best[i - 1][k] + (_NEXT_COLUMN if k == j - 1 else 0), k) for k in range(j)]
            value, came[i][j] = max(options)
            best[i][j] = value + score[i][j]
    j = max(range(width), key=lambda k: best[-1][k])
    out = [j]
    for i in range(len(written) - 1, 0, -1):
        j = came[i][j]
        out.append(j)
    return out[::-1]


def _resemblance(text, column):
    """How much a cell resembles the cells of a column in the full rows: the same text, and the shares of them that
    are a numbered item as it is (or is not), hold a figure as it does (or does not), and are of its kind."""
    flags = _flags(text)
    others = [_flags(cell) for cell in column]
    item, figure, kind = (sum(other[k] == flags[k] for other in others) / len(others) for k in range(3))
    return _SAME_TEXT * (text in column) + _ITEM_WEIGHT * item + figure + kind


def _flags(text):
    """(a numbered item, a figure after its number, its kind) of a cell: 3.学校食堂… is an item with no figure."""
    item = TASK.match(text)
    rest = text[item.end():] if item else text
    return item is not None, _DIGIT.search(rest) is not None, cell_kind(text)


def _joined(cell, more):
    """A cell of the row above with a cell of the row below it joined (高校 and 中小学、幼儿园: 高校；中小学、幼儿园)."""
    return cell[0], f"{cell[1]}；{more[1]}" if cell[1] else more[1]


def closing_lines(lines: list[str]) -> frozenset:
    """The numbers of the lines of ``lines`` that close a row with its padding (see :func:`closed_rows`).

    >>> sorted(closing_lines(["指标 |", "单位 | |", "|", "增加值 |", "市发改委 | ||", "|", "比重 |", "| |||"]))
    [2, 5, 8]
    """
    return frozenset(number for number, line in enumerate(lines, start=1) if _CLOSING.search(line))


def closed_rows(cells: list[tuple[int, str]], closings: frozenset, width: int, findings: list[Finding]) -> list | None:
    """Rows of ``cells`` (one cell a line, each ending in its bar) cut after each line of ``closings``, where every
    row ends in its padding (a web table copied one cell a line, ``… | 市发改委 | ||`` then ``|`` opening the next
    row); else None.

    The rows' written cells are kept, their padding dropped; a row narrower than the header lost merged cells
    (its group's, copied on the group's first row only) or empty ones inside it (an empty figure), and is fitted
    to the columns by what its cells hold when the table is built. A row that writes no units and only short
    words and figures (比重 | % | 50 | 51) under a row writing a short word after its task (服务业税收 | 总量 | 亿元
    | … | 市国税局) is a sub-row of that row's indicator, its measures (总量, 比重) spanned by the indicator and
    its units: no task of its own; both measures are kept out of the cells, a finding. A unit of measure there
    (增加值 | 亿元 | 36 over 税收 | 亿元 | 40) is a column, not a measure: the row below is a task whose units cell was
    merged with the row above's. There must be
    ``_CLOSED_ROWS`` rows, one narrower than the header, none wider than it by more than one cell (a measure).

    Examples
    --------
    >>> lines = ["类别 |", "指标 |", "单位 |", "2015年 |", "责任单位 | |", "|", "总体 |", "增加值 |", "亿元 |", "36 |",
    ...          "市发改委 | |", "|", "比重 |", "% |", "56 |", "|", "市发改委 | ||", "|", "服务业税收 |", "总量 |", "亿元 |",
    ...          "40 |", "市国税局 | |", "|", "比重 |", "% |", "55 |", "| |||"]
    >>> cells = [(n, line.strip(" |")) for n, line in enumerate(lines, start=1) if line.strip(" |")][5:]
    >>> findings = []
    >>> rows = closed_rows(cells, closing_lines(lines), 5, findings)
    >>> [[text for _, text in row] for row in rows], [f.code for f in findings]
    ([['总体', '增加值', '亿元', '36', '市发改委'], ['比重', '%', '56', '市发改委'], ['服务业税收', '亿元', '40', \
'市国税局']], ['rows_closed_by_padding', 'measure_sub_row'])
    """
    ends = sorted(closings)
    rows: list[list[tuple[int, str]]] = []
    row: list[tuple[int, str]] = []
    for index, cell in enumerate(cells):
        row.append(cell)
        following = cells[index + 1][0] if index + 1 < len(cells) else None
        at = bisect.bisect_left(ends, cell[0])
        if following is None or (at < len(ends) and ends[at] < following):
            rows.append(_written(row))
            row = []
    rows = [written for written in rows if written]
    if len(rows) < _CLOSED_ROWS or all(len(written) >= width for written in rows) \
            or any(len(written) > width + 1 or not _one_a_line(written) for written in rows):
        return None
    findings.append(Finding(rows[0][0][0], "info", "rows_closed_by_padding", f"{len(rows)} rows each end on a line "
                            "of empty cells (… | ||), the copy's padding", "cut the rows there, each row's cells "
                            "fitted to the columns by what they hold"))
    out: list[list[tuple[int, str]]] = []
    for written in rows:
        measure = _measure_of(out[-1], written) if out else None
        if measure is None:
            out.append(written)
            continue
        above = out[-1]
        out[-1] = above[:measure] + above[measure + 1:]
        cells_written = " | ".join(text for _, text in written)
        findings.append(Finding(written[0][0], "info", "measure_sub_row", f"the row ({cells_written[:40]}) writes "
                                "no units and no task, only a measure and its figures, as "
                                f"{above[measure][1]} after the task of the row above", f"read {written[0][1]} and "
                                f"{above[measure][1]} as measures of {above[0][1]}, spanned by its cell and its "
                                "units: no task of their own, their figures not read"))
    return out


def _one_a_line(written):
    """True when a row's written cells stand one a line."""
    return all(before[0] < after[0] for before, after in zip(written, written[1:]))


def _measure_of(above, row):
    """Where in the row ``above`` its measure stands (总量 after 服务业税收) when ``row`` is a sub-row of it (比重 | % |
    50 …: no units, only a short word and figures), else None.

    A unit of measure (亿元 after 增加值), or a word the row writes again at the same place (亿元 | 亿元: a column), is
    no measure: the row is a row of its own whose units cell was merged with the row above's."""
    kinds = [cell_kind(text) for _, text in row]
    if kinds[0] != "name" or len(row[0][1]) > _MEASURE or any(kind not in ("number", "name") for kind in kinds[1:]) \
            or sum(kind == "number" for kind in kinds) < len(kinds) // 2:
        return None
    measure = next((at for at, (_, text) in enumerate(above[1:-1], start=1)
                    if cell_kind(text) == "name" and len(text) <= _MEASURE
                    and cell_kind(above[at - 1][1]) in ("text", "name")),
                   None)
    if measure is None or _UNIT_OF_MEASURE.match(above[measure][1]) \
            or (measure < len(row) and row[measure][1] == above[measure][1]):
        return None
    return measure
