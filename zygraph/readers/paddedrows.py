"""Rows of a table flattened one cell a line whose rows were padded to the header's width: merged cells filled in.

A web table with row-spanning (merged) cells, copied one cell a line, writes a merged cell on
the first row it covers only; each later row writes its own cells and ends in as many empty
cells as it left out (``区级发起,区级检查 | ||||``). Every row is then the header's width of cells,
so the rows are cut by count; which columns a padded row's cells fill is read from the full
rows: each cell goes to the column whose cells in the full rows it resembles (the same text,
a numbered item, a figure, the same kind), in order, and the columns it leaves take the cells
of the row above, merged over it.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.lines import TASK
from zygraph.readers.rowfit import cell_kind

__all__ = ["padded_rows"]

_SAME_TEXT = 4  # a cell written as a cell of the column in a full row: the column's (区级发起,区级检查 in 实施层级)
_ITEM_WEIGHT = 2  # a numbered item (3.学校食堂…检查) in the column of numbered items, or none in one without
_NEXT_COLUMN = 0.5  # cells in neighbouring columns: a merged cell spans a block of rows, its row's cells stay together
_DIGIT = re.compile(r"\d")


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
