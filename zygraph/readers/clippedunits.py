"""Units a table clipped to a short name (省人口计生, 人口计生), standing among a row's unit cells: read as units.

A table copied one cell a paragraph lists a row's units one a paragraph (省卫生厅 / 省发改委 / 省人口计生 / 省妇联).
Some names a narrow column or a hurried clerk cut short of their kind (省人口计生 for 省人口和计划生育委员会,
省新闻出版 for 省新闻出版局), so they no longer read as units by their form and would start a row of their own, as a
task's text. A short name, words only, between two cells of units is one more unit of the same list: no task's text
stands between two of a row's units. In a table with a column of people (责任领导) a person may stand so; there it is
left as it is.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.rowfit import cell_kind

__all__ = ["clipped_units"]

#: A clipped name: two to eight characters, words only (no stop, comma or figure, as a task's text has).
_CLIPPED = re.compile("^[\u4e00-\u9fff]{2,8}$")


def clipped_units(cells: list[tuple[int, str]]) -> tuple[frozenset, list[Finding]]:
    """The lines of the cells of ``cells`` that are units clipped to a short name, and a finding for each.

    Parameters
    ----------
    cells : list of (int, str)
        (line, text) of each cell of a table's rows, one cell a paragraph, in a table with no column of people;
        left untouched.

    Returns
    -------
    lines : frozenset of int
        The lines of the cells, not reading as units by their form, made of two to eight characters with no stop
        or figure, whose cells before and after both hold units.
    findings : list of Finding
        ``clipped_unit`` for each.

    Examples
    --------
    >>> lines, findings = clipped_units([(1, "办科技周。"), (2, "省卫生厅"), (3, "人口计生"), (4, "省公安厅"),
    ...                                  (5, "办科普日。"), (6, "省科协")])
    >>> lines, [(f.line, f.code) for f in findings]
    (frozenset({3}), [(3, 'clipped_unit')])

    After a cell joining its units by 、, a short name is the next row's task, written without a stop:

    >>> clipped_units([(1, "办科技周。"), (2, "市科协、市科技局"), (3, "落实场所备案"), (4, "市文旅局")])[0]
    frozenset()
    """
    kinds = [cell_kind(text) for _, text in cells]
    found = [line for at, (line, text) in enumerate(cells)
             if 0 < at < len(cells) - 1 and kinds[at] in ("text", "name") and _CLIPPED.match(text)
             and kinds[at - 1] == "units" and kinds[at + 1] == "units" and not _joins_units(cells[at - 1][1])]
    return frozenset(found), [Finding(line, "info", "clipped_unit", f"the cell {text} stands between two cells of "
                                      "units, a short name that does not read as a unit by its form",
                                      "read it as one more unit of the row, its name clipped")
                              for line, text in cells if line in found]


def _joins_units(text):
    """True when a cell of units joins two or more by 、 (属地街镇、区属企业): its table writes a row's units in one
    cell, not one a paragraph, so a short name after it opens the next row (落实消纳场所备案), no clipped unit."""
    return "、" in text
