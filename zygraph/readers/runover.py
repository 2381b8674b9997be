"""The last cell of rows copied one cell a line, a blank line after each row, run over several lines: joined."""

from __future__ import annotations

from zygraph.findings import Finding
from zygraph.readers.rowfit import cell_kind

__all__ = ["last_cells_joined"]

_NARROWEST = 3  # fewest header cells for the rows' own width to show where their last cell starts


def last_cells_joined(rows: list, width: int, last_holds_units: bool, findings: list[Finding]) -> list:
    """``rows`` with the lines a row has beyond ``width`` joined into its last cell, where the rows show the cells'
    width: each row's cells on lines in a row, a blank line before the next row, none narrower than the header and
    one at least as wide as it. A power list (权责清单) writes its last cell, the duty, over one to four lines
    (``序号 / 名称 / 行使主体 / … / 权力事项`` then ``1 / … / 区交通部门应当… / 县道的…``): the cells after the
    header's width-1st are all that cell's. Not where the last column holds units (``last_holds_units``), nor where
    a line of a run-over last cell holds units (a unit cell wrapped before it): the row is then fitted by what its cells hold.
    Each row joined is a finding.

    Examples
    --------
    >>> rows = [[(1, "1"), (2, "公路管理"), (3, "区交通部门"), (4, "负责县道。"), (5, "负责乡道。")],
    ...         [(7, "2"), (8, "公路养护"), (9, "镇人民政府"), (10, "负责养护。")]]
    >>> found = []
    >>> [[text for _, text in row] for row in last_cells_joined(rows, 4, False, found)]
    [['1', '公路管理', '区交通部门', '负责县道。负责乡道。'], ['2', '公路养护', '镇人民政府', '负责养护。']]
    >>> found[0].code, found[0].line
    ('last_cell_run_over', 1)
    """
    if width < _NARROWEST or last_holds_units or not rows or any(len(row) < width for row in rows) \
            or all(len(row) == width for row in rows) or not any(len(row) == width for row in rows):
        return rows
    lines = [[line for line, _ in row] for row in rows]
    if any(b != a + 1 for row in lines for a, b in zip(row, row[1:])) \
            or any(after[0] <= before[-1] + 1 for before, after in zip(lines, lines[1:])):
        return rows  # cells a paragraph each, or rows not parted by blank lines: no line shows a cell's end
    if any(cell_kind(text) == "units" for row in rows if len(row) > width for _, text in row[width - 1:]):
        return rows
    out = []
    for row in rows:
        if len(row) > width:
            findings.append(Finding(row[0][0], "info", "last_cell_run_over", f"the row has {len(row)} lines of cells "
                                    f"before the blank line closing it, the header {width} cells",
                                    f"read its last {len(row) - width + 1} lines as its last cell"))
            row = [*row[:width - 1], (row[width - 1][0], "".join(text for _, text in row[width - 1:]))]
        out.append(row)
    return out
