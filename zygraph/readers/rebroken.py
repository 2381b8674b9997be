"""Recover the lines of a table a copy ran together on one line: from its header's column words on, a cell a line.

A crawl's copy of a page may lose every line break, a space left where each was: a table copied one cell a
line (or one row a line, spaces between its cells) becomes one run, ``附件 序号 工作任务 牵头单位 1 办科技周 市科协
2 …``. What still shows the table is its header, column words standing between spaces on a line that goes on
with the rows; from there on each space is where a cell ended, so the table is given back one cell a line,
as the readers of a table copied one cell a line read it (:mod:`zygraph.readers.textcells`), its rows then cut
at their numbers and its cells fitted to the header as in any such copy.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.columns import column_for

__all__ = ["table_lines"]

_GAP = re.compile(r"[ \u3000\u00a0]+")  # what a copy left where a line break was (and between a row's cells)
_CELL = re.compile(r"[^ \u3000\u00a0]+")
_HEADER_CELLS = 2  # fewest column words in a row that make a header (工作任务 牵头单位)
#: Cells after a header on its line that show the rows ran on after it: a header ending its line, or followed
#: by a few words only (序号 工作任务 牵头单位 备注), is a table's header line as published.
_ROWS_AFTER = 6
_UNIT_COLUMNS = frozenset({"lead", "support"})


def table_lines(text: str) -> tuple[str, list[Finding]]:
    """``text`` with each line that holds a table's header and its rows run on after it cut into a cell a line,
    from the header on; and a finding for each line so cut.

    A header is a run of cells between spaces each naming a column (:func:`~zygraph.readers.columns.column_for`),
    one of them a unit column (牵头单位, 责任单位), followed on its line by at least ``_ROWS_AFTER`` more cells.
    The text before the header stays one line (a title, a notice). A line with a ``|`` after its header is left
    whole: the bars still part its cells (:func:`~zygraph.readers.textcells.barred_cells`). Other lines are kept
    as they are; a text without such a line comes back unchanged, with no finding. Line numbers after a cut line
    count the recovered lines, as the finding says.

    Examples
    --------
    >>> text, findings = table_lines("附件 序号 工作任务 牵头单位 配合单位 1 办科技周 市科协 市科技局 2 办科普日 市科协 市教育局")
    >>> text.split("\\n")
    ['附件', '序号', '工作任务', '牵头单位', '配合单位', '1', '办科技周', '市科协', '市科技局', '2', '办科普日', '市科协', '市教育局']
    >>> [(f.line, f.code) for f in findings]
    [(1, 'lines_recovered')]
    >>> table_lines("序号 工作任务 牵头单位\\n1 办科技周 市科协")  # a header line as published: kept
    ('序号 工作任务 牵头单位\\n1 办科技周 市科协', [])
    """
    out, findings = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        header = _run_on_header(line)
        if header is None or "|" in line[header[0]:]:
            out.append(line)
            continue
        start, words = header
        before = line[:start].strip()
        cells = _GAP.split(line[start:].strip())
        out += ([before] if before else []) + cells
        findings.append(Finding(number, "info", "lines_recovered",
                                f"line {number} holds a table's header ({' '.join(words)}) with {len(cells) - len(words)}"
                                " cells run on after it, a copy that lost its line breaks: each space from the header "
                                "on read as a cell's end, one cell a line; later line numbers count these lines",
                                "check the rows against the table as published"))
    return "\n".join(out), findings


def _run_on_header(line: str) -> tuple[int, list[str]] | None:
    """(where it starts, its words) of the first header in ``line`` with ``_ROWS_AFTER`` cells or more after it,
    or None. One pass over the line's cells, each looked up once."""
    cells = [(found.start(), found.group(0)) for found in _CELL.finditer(line)]
    columns = [column_for(cell) if len(cell) > 1 else None for _, cell in cells]
    run = 0
    for index, column in enumerate([*columns, None]):
        if column is not None:
            run += 1
            continue
        named = columns[index - run:index]
        if run >= _HEADER_CELLS and _UNIT_COLUMNS & set(named) and len(cells) - index >= _ROWS_AFTER:
            return cells[index - run][0], [cell for _, cell in cells[index - run:index]]
        run = 0
    return None
