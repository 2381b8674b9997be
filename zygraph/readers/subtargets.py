"""Numbered goals over their ``——`` sub-targets in a table copied one cell a paragraph: the goal heads their rows.

A plan's table of targets (主要目标 | 主要责任单位 | 责任单位) writes a goal, numbered, in a row of its own whose unit
cells are empty (``1.妇女在整个生命周期享有良好的基本卫生服务。``), then its sub-targets, each opening with a dash
(``——女性人均预期寿命延长。``), in the rows that carry the units; a cell may hold several sub-targets, one a
paragraph. Copied one cell a paragraph, the empty cells are lost: the goal stands before its first sub-target as a
text cell the units do not follow, and the sub-targets of one cell stand as cells of their own. Here the dashed
paragraphs that run on with no other cell between are given back as one cell (the row's task), and a numbered goal
right before a dashed cell is marked as the heading of the rows below it, not a task sharing the units above.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding

__all__ = ["sub_target_cells"]

#: A sub-target's dash opening its paragraph: ——女性人均预期寿命延长。 (two em dashes, or their full-width or ASCII
#: stand-ins as copies write them).
_DASH = re.compile("^(?:——|－－|--|—)(?=[\u4e00-\u9fff])")  # its words after it: no empty cell's ——, no —1— page mark
#: A goal's number opening its cell: 1.妇女… 2、提高… (not 1.5%, a figure).
_GOAL = re.compile(r"^\d{1,2}[.．、](?!\d)")


def sub_target_cells(cells: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], frozenset, list[Finding]]:
    """The cells with each run of dashed sub-targets joined into one cell, the lines of the numbered goals heading
    them, and a finding for each run joined and each goal so read.

    Parameters
    ----------
    cells : list of (int, str)
        (line, text) of each cell of a table's rows, one cell a paragraph; left untouched.

    Returns
    -------
    cells : list of (int, str)
        The cells, each run of two or more dashed cells with no other cell between them one cell at the first one's
        line, their texts joined as written.
    goals : frozenset of int
        The lines of the numbered cells right before a dashed cell: goals heading the sub-target rows below them.
    findings : list of Finding
        ``sub_targets_joined`` for each run joined, ``goal_over_sub_targets`` for each goal.

    Examples
    --------
    >>> cells = [(1, "1.妇女享有基本卫生服务。"), (3, "——寿命延长。"), (5, "——建立健康档案。"), (7, "省卫生厅"),
    ...          (9, "——贫血患病率降低。"), (11, "省卫生厅")]
    >>> joined, goals, findings = sub_target_cells(cells)
    >>> joined
    [(1, '1.妇女享有基本卫生服务。'), (3, '——寿命延长。——建立健康档案。'), (7, '省卫生厅'), (9, '——贫血患病率降低。'), (11, '省卫生厅')]
    >>> goals, [(f.line, f.code) for f in findings]
    (frozenset({1}), [(3, 'sub_targets_joined'), (1, 'goal_over_sub_targets')])
    """
    joined, findings = [], []
    for line, text in cells:
        if joined and _DASH.match(text) and _DASH.match(joined[-1][1]):
            if joined[-1][0] not in {f.line for f in findings}:
                findings.append(Finding(joined[-1][0], "info", "sub_targets_joined", "dashed sub-targets (——…) stand "
                                        "one a paragraph with no unit cell between them", "read them as one cell "
                                        "of sub-targets, one row's task"))
            joined[-1] = (joined[-1][0], joined[-1][1] + text)
        else:
            joined.append((line, text))
    goals = frozenset(line for (line, text), (_, below) in zip(joined, joined[1:])
                      if _GOAL.match(text) and _DASH.match(below))
    findings += [Finding(line, "info", "goal_over_sub_targets", "a numbered goal stands right before dashed "
                         "sub-targets, no unit cell after it", "read it as the heading (area) of the sub-target rows "
                         "below it, not as a task") for line in sorted(goals)]
    return joined, goals, findings
