"""Rows of a table of levels copied one cell a line (一级指标 … 五级指标 | 责任科室): merged levels, scores, the item.

An assessment's indicators (or a catalog's items) nest in levels, one column each; the deepest level names
the item, the task, and the unit columns after it say who answers for it. A level's cell is merged over the
rows of its group, so a copy writes it once, on its group's first row; and a row that opens a group at one
level opens one at every level below it. The level cells a row writes are therefore its deepest ones, in order
just before its item, and the shallower levels carry down from the row above. An assessment writes each
level's score beside it, as a cell of its own (``23``) or glued after an open bracket (``养老服务(2``); a
score is no cell of the table's columns.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.columns import columns_for, deepest_level
from zygraph.readers.rowfit import cell_kind

__all__ = ["segment_levels", "levels_header_end", "levels_then_units"]

_SCORE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")  # a score in a cell of its own: 23, 0.75
#: A score glued to the end of a level's cell: after an open bracket (养老服务(2, …相关政策(0.25), or a decimal
#: right after the text (…处理信息等0.5) where the table gives scores
_GLUED_SCORE = re.compile(r"(?:[（(]\d{1,3}(?:\.\d{1,2})?|(?<=[\u4e00-\u9fff])\d{1,3}\.\d{1,2})$")
_HEADING = 24  # longest level cell that is a name (重点领域信息(基层政务公开标准化规范化)): a longer one is a sentence
_SENTENCE_MARK = re.compile("[，,。；;]")
_STOPS = ("。", "；", ";")  # a sentence ending so is whole: the cell after it is none of its pieces


def levels_header_end(texts: list[str]) -> int:
    """How many of the cells ``texts`` that open a table make its header, where it is one of levels (一级指标 …
    五级指标 | 责任科室): up to the first cell naming no column after its unit columns, the first row's level cell
    (rows of levels carry no number to end the header at); else all of them.

    Examples
    --------
    >>> levels_header_end(["一级指标", "二级指标", "三级指标", "责任科室", "主动公开", "养老服务"])
    4
    >>> levels_header_end(["工作任务", "责任单位", "主动公开"])
    3
    """
    columns = columns_for(texts)
    level = deepest_level(texts)
    named = columns.index(None) if None in columns else len(columns)
    if level is None or "seq" in columns or not level < named < len(columns) \
            or not levels_then_units(columns[:named], level):
        return len(texts)
    return named


def levels_then_units(columns: list[str | None], level: int) -> bool:
    """True when ``columns`` are levels (areas) up to the deepest, at ``level``, then unit columns only.

    >>> levels_then_units(["area", "area", "task", "lead"], 2), levels_then_units(["area", "task", "lead", "note"], 1)
    (True, False)
    """
    return level > 0 and all(column == "area" for column in columns[:level]) and len(columns) > level + 1 \
        and all(column in ("lead", "support") for column in columns[level + 1:])


def segment_levels(cells: list[tuple[int, str]], task_at: int, unit_columns: int = 1):
    """Rows of a table of levels whose rows carry no number: each row's level cells, its item, its units.

    Parameters
    ----------
    cells : list of (line, text)
        The table's cells under its header, in order.
    task_at : int
        How many level columns stand before the item's (the deepest level's index in the header).
    unit_columns : int
        How many unit columns follow the item. Where there is one, a row's unit cells (one a line, as a
        copy writes the names of one cell) are joined into it with 、.

    Returns
    -------
    rows, findings
        Each row ``task_at`` level cells (carried down where the row writes none), the item, its units;
        each decision of how a cell was read is a finding.

    Notes
    -----
    A cell reads as an item, not a level's name, when it is a sentence (longer than a name, or with a comma
    or a stop); so does the last cell before the units, unless it is the only cell after a sentence that
    does not end in a stop: then it is that sentence's end, which a narrow column broke off (the two are
    joined). A short item followed by no units is therefore not told from a level's name: it is read as
    one. A score (a figure in a cell of its own, or glued after an open bracket) is left out. An item with
    no units after it before the next item shares the units of the row above (a unit cell merged over
    both, written once).

    Examples
    --------
    >>> cells = [(1, "主动公开"), (2, "养老服务(2"), (3, "0.75"), (4, "是否公开本地区老年人养老保障、补贴相关政策(0.25"),
    ...          (5, "中医科"), (6, "医疗服务"), (7, "2"), (8, "是否公开本地区对公共场所的监督检查情况,包括检查结"),
    ...          (9, "果(0.5"), (10, "医政科"), (11, "监督执法大队")]
    >>> rows, findings = segment_levels(cells, task_at=2)
    >>> [[text for _, text in row] for row in rows]
    [['主动公开', '养老服务', '是否公开本地区老年人养老保障、补贴相关政策', '中医科'], ['主动公开', '医疗服务', '是否公开本地区对公共场所的监督检查情况,包括检查结果', '医政科、监督执法大队']]
    >>> sorted({f.code for f in findings})
    ['cell_joined', 'levels_carried', 'score_glued', 'scores_left_out', 'units_one_a_line']
    """
    scored = any(_SCORE.match(text) for _, text in cells)
    rows, findings, pending, levels, units = [], [], [], [""] * task_at, []
    scores = [line for line, text in cells if _SCORE.match(text)]
    for line, text in [*cells, (None, None)]:
        if text is not None and _SCORE.match(text):
            continue
        if text is not None and cell_kind(text) == "units":
            units.append((line, text))
            continue
        if units and pending:  # the units close the row(s) of the cells before them
            for row_cells, row_units in _items(pending, units, rows, task_at):
                rows.append(_row(row_cells, row_units, levels, (task_at, unit_columns, scored), findings))
            pending, units = [], []
        elif units:
            findings.append(Finding(units[0][0], "warning", "units_without_item", "unit cells stand before any "
                                    "item of the table's deepest level", "left out; check the table's first rows"))
            units = []
        if text is not None and cell_kind(text) != "empty":
            pending.append((line, text))
    if pending:
        findings.append(Finding(pending[0][0], "warning", "item_without_units", "the table ends in cells no unit "
                                f"follows ({' | '.join(text[:12] for _, text in pending)})", "left out: the copy "
                                "may be cut before the item's units"))
    if scores:
        findings.append(Finding(scores[0], "info", "scores_left_out", f"{len(scores)} figures stand in cells of "
                                "their own beside the levels' cells", "read them as the levels' scores, in no "
                                "column of the table"))
    return rows, findings


def _items(pending, units, rows, task_at):
    """(cells, units) of each item among the text cells ``pending`` before ``units``: each sentence opens an item,
    the cells before it its level cells; the last item has ``units``, the others those of the row above."""
    starts = [at for at, (_, text) in enumerate(pending) if _is_item(text)]
    broken = bool(starts) and starts[-1] == len(pending) - 2 and not pending[starts[-1]][1].endswith(_STOPS)
    if not broken and (not starts or starts[-1] < len(pending) - 1):
        starts.append(len(pending) - 1)  # the last cell before the units is an item, the cells between its levels
    out = []
    for index, start in enumerate(starts):
        begin = starts[index - 1] + 1 if index else 0
        last = index == len(starts) - 1
        end = len(pending) if last else start + 1
        above = units if last else (rows[-1][task_at + 1:] if rows else [])
        out.append((pending[begin:start] + [pending[start:end]], above))
    return out


def _is_item(text):
    """True when a cell reads as an item's sentence, not a level's name: long, or with a comma or a stop."""
    return len(text) > _HEADING or _SENTENCE_MARK.search(text) is not None


def _row(row_cells, units, levels, shape, findings):
    """One row: its level cells right before its item (those it does not write carried down), item, units.
    ``shape`` is (levels before the item, unit columns, whether the table gives scores in cells of their own)."""
    task_at, unit_columns, scored = shape
    *written, pieces = row_cells
    written = [_without_glued_score(cell, scored, findings) for cell in written]
    start = (written or pieces)[0][0]
    if len(written) > task_at:
        findings.append(Finding(written[0][0], "warning", "cells_beyond_levels", f"the row writes {len(written)} "
                                f"cells before its item, the table has {task_at} levels", "kept the last "
                                f"{task_at}; check the row"))
        written = written[-task_at:] if task_at else []
    first = task_at - len(written)
    levels[first:] = [text for _, text in written]
    if first:
        findings.append(Finding(start, "info", "levels_carried", f"the row writes {len(written)} of the {task_at} "
                                "levels before its item: the others are merged cells written on a row above",
                                f"carried them down: {' / '.join(text[:12] for text in levels[:first])}"))
    _, item = _without_glued_score((pieces[0][0], "".join(text for _, text in pieces)), scored, findings)
    if len(pieces) > 1:
        findings.append(Finding(pieces[0][0], "info", "cell_joined", f"the item {item[:40]} is broken over "
                                f"{len(pieces)} cells before its units", "read the pieces as one cell a narrow "
                                "column broke"))
    if unit_columns == 1 and len(units) > 1:
        findings.append(Finding(units[0][0], "info", "units_one_a_line", f"the row's unit cell names "
                                f"{len(units)} units one a line", "read them as one list"))
        units = [(units[0][0], "、".join(text for _, text in units))]
    return [(start, text) for text in levels[:first]] + written + [(pieces[0][0], item), *units]


def _without_glued_score(cell, scored, findings):
    """The (line, text) of a level's or an item's cell without a score glued to its end, a finding if there was
    one: after an open bracket always, a bare decimal only where the table gives scores in cells of their own."""
    line, text = cell
    found = _GLUED_SCORE.search(text)
    if not found or not (scored or found.group(0)[0] in "（("):
        return cell
    findings.append(Finding(line, "info", "score_glued", f"the cell {text[:30]} ends in its score {found.group(0)}",
                            "read the cell without it"))
    return line, text[:found.start()]
