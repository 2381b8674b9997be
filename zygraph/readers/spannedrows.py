"""Rows of a table copied one row a line whose header cell spans several columns and whose cells span rows.

A web table of targets broken down (项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人, 分解情况 over an
indicator, its total and its shares) copied one row a line writes the group's first row whole, more cells than
the header has (the spanning header cell covers three), and each later row of the group with only its own cells:
the cells spanning the group's rows (its 项目 and 目标 on the left, its people and unit on the right) are written
once, on the first row. Which columns a later row's cells fill is read from the first row: the run of its cells
whose kinds (text, figure, name, units) match, found in one place only. That run is the part that varies from
row to row; the columns on either side of it span the rows, and the header cells left between them span the run.
"""

from __future__ import annotations

from zygraph.findings import Finding
from zygraph.readers.rowfit import cell_kind

__all__ = ["spanned_rows"]

_KINDS_OF_AN_ITEM = ("text", "name")  # a row's own first cell naming its item (城镇新增就业人数(人))
_RUN_JOINT = "；"  # between the cells read under one header cell (1300；元坝镇280 …), as a note's cells are joined


def _kind(text):
    """The kind of a cell read without its spaces (刘 强 is a name, 就 业 促 进 工 程 a text)."""
    return cell_kind(_words(text))


def _words(text):
    """A header cell's text without the spaces a copy put between its characters (分 解 情 况)."""
    return "".join(text.split())


def _window(full, row):
    """Where ``row``'s cells stand among the first row's (``full``): the one offset at which each cell is of the kind
    of the cell it stands under; None when none or several match."""
    kinds = [_kind(text) for _, text in row]
    above = [_kind(text) for _, text in full]
    found = [at for at in range(len(full) - len(row) + 1) if above[at: at + len(row)] == kinds]
    return found[0] if len(found) == 1 else None


def spanned_rows(cells, header, columns, findings: list[Finding]):
    """(rows, areas) of a table copied one row a line whose first row is wider than the header and whose later
    rows write only the cells that vary; or None when the lines are not so.

    ``cells`` are the body's (line, text) cells, ``header`` the header's and ``columns`` their columns (``task``,
    ``lead`` …). A group opens with a row of every cell; a later, shorter row's cells fill the run of columns
    whose cells in the group's first row are of their kinds, found in one place only, and its other cells are the
    first row's, merged over it. The header cells not matched one to one on either side of that run span it: the
    run's cells are read under the one header cell left. Where the task column lies outside the run (its cell
    spanning the group's rows), each row's own first cell names its task and the cells spanning the rows on the
    left (项目, 目标) its area. Each decision is a finding.

    Examples
    --------
    >>> header = [(1, "项目"), (1, "目标"), (1, "分解情况"), (1, "责任单位")]
    >>> cells = [(2, "就业工程"), (2, "促进就业"), (2, "新增就业(人)"), (2, "1300"), (2, "元坝镇280 白果乡15"), (2, "区人社局"),
    ...          (3, "再就业(人)"), (3, "250"), (3, "白果乡8")]
    >>> findings = []
    >>> rows, areas = spanned_rows(cells, header, ["area", "task", "note", "lead"], findings)
    >>> [[text for _, text in row] for row in rows], areas
    ([['', '新增就业(人)', '1300；元坝镇280 白果乡15', '区人社局'], ['', '再就业(人)', '250；白果乡8', '区人社局']], \
['就业工程：促进就业', '就业工程：促进就业'])
    >>> [[line for line, _ in row] for row in rows]  # the second row starts on its own line, its unit merged above
    [[2, 2, 2, 2], [3, 3, 3, 2]]
    >>> [f.code for f in findings]
    ['rows_with_spanning_cells', 'merged_cells_filled', 'spanned_task_as_area']
    """
    lines: dict[int, list] = {}
    for line, text in cells:
        lines.setdefault(line, []).append((line, text))
    groups = list(lines.values())
    width = len(groups[0]) if groups else 0
    if len(groups) < 2 or width <= len(header) or any(len(group) > width for group in groups):
        return None
    full, filled, runs = groups[0], [], []
    for group in groups:
        if len(group) == width:
            full = group
            filled.append(group)
            runs.append(None)
            continue
        at = _window(full, group)
        if at is None:
            return None
        merged = [*full[:at], *group, *full[at + len(group):]]
        filled.append([(group[0][0], merged[0][1]), *merged[1:]])  # the row starts on its own line
        runs.append((at, len(group)))
    known = [run for run in runs if run is not None]
    if not known or len(set(known)) > 1:
        return None
    start, size = known[0]
    right = width - start - size
    if len(header) - start - right != 1:
        return None  # the header cells left over the run are not one: which spans which is not known
    task_at = columns.index("task") if "task" in columns else None
    spanned_task = task_at is not None and task_at < start and _kind(full[start][1]) in _KINDS_OF_AN_ITEM
    area_at = columns.index("area") if "area" in columns and columns.index("area") < start else None
    rows, areas = [], []
    for row in filled:
        own = row[start: start + size]
        spanning = (row[start][0], _RUN_JOINT.join(text for _, text in own))
        out = [*row[:start], spanning, *row[start + size:]]
        area = ""
        if spanned_task:
            shared = [text for at, (_, text) in enumerate(row[:start]) if at in (task_at, area_at) and text]
            area = "：".join(shared)
            out[task_at] = own[0]
            out[start] = (own[0][0], _RUN_JOINT.join(text for _, text in own[1:]))
            if area_at is not None:
                out[area_at] = (out[area_at][0], "")  # its area given whole by ``areas``
        rows.append(out)
        areas.append(area)
    first = groups[0][0][0]
    findings.append(Finding(first, "info", "rows_with_spanning_cells", f"the first row holds {width} cells under "
                            f"a header of {len(header)}, and later rows fewer", f"read the header cell "
                            f"{_words(header[start][1])} as spanning {size} columns, the cells on either side of them as "
                            "spanning the rows below"))
    findings += [Finding(group[0][0], "info", "merged_cells_filled", f"the row writes {len(group)} of {width} "
                         "cells", "gave its other columns the cells of the row above, merged over it")
                 for group, run in zip(groups, runs) if run is not None]
    if spanned_task:
        findings.append(Finding(first, "info", "spanned_task_as_area", f"the cell of {_words(header[task_at][1])} "
                                f"spans rows that each name their own item under {_words(header[start][1])}",
                                "read each row's first own cell as its task, the cells spanning the rows on the "
                                "left as its area"))
    return rows, areas
