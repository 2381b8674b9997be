"""Rows of a table copied a cell a line with no 序号 column, each row opened by its task cell's own item number.

A table whose task cells carry their items' numbers (``1.全面公开权力清单``, ``2.…``) has no column of numbers to cut
its rows at: a crawl's copy that lost the table's rules gives it back a cell a line (:mod:`zygraph.readers.rebroken`),
its empty cells dropped, so rows hold fewer cells than the header has columns, and headings of the table's parts
(``一、…``, ``（一）…``) stand between them::

    工作任务 / 党工委管委会牵头部门 / 本局责任处（单位） / 工作要求 /
    一、围绕深化改革推进公开 / （一）推进权力清单公开 / 1.全面公开权力清单 / 区行政审批局 / 综合处牵头 / 及时更新。 /
    2.公开审批事项 / 重点公开许可清单。 / 3.公开抽查事项 / 综合处牵头 / …

Each row starts at an item number going on in sequence (1, 2, 3 … across the headings) and runs to the next; the
headings are the areas of the rows below them; a cell wholly in brackets after a cell of the row (``区党工委管委会办公室
/ （政策法规处）``) is that cell's division, wrapped onto a line of its own, joined to it. The row's cells are then fitted
to the header by what they hold, as any row that lost cells is (:func:`zygraph.readers.rowfit.fit_row`).
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.grammar import VERBS
from zygraph.readers.segment import area_text

__all__ = ["item_rows"]

#: A task cell opening with its item's own number: 1.全面公开…, 12、推进… (not 1.5万元, a figure).
_ITEM = re.compile(r"^(\d{1,3})[.．、](?!\d)\S")
#: A heading of the table's parts standing between rows: 一、…, （一）….
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\S")
#: A cell wholly in brackets: a division of the unit in the cell before it (（政策法规处）).
_BRACKETED = re.compile(r"^[（(][^（()）]{1,20}[）)]$")
_ITEMS = 3  # fewest items numbered in sequence for the rows to be cut at them
#: A role verb on a cell of its own: the end of the cell of units before it, a space before it in the copy
#: (水利处、海洋与渔业处 牵头落实).
_ROLE_VERB = re.compile(f"^(?:{'|'.join(sorted(VERBS, key=len, reverse=True))})(?:落实|实施)?$")
#: The web page going on after the table's last row: its source, editor, date or download links (来源：X, 附件下载).
_PAGE_END = re.compile(r"^(?:(?:信息|文章)?来源|责任编辑|发布(?:时间|日期))[：:]|^(?:附件下载|打印本页|关闭窗口)")


def item_rows(cells: list[tuple[int, str]], findings: list[Finding]) -> tuple[list, list[str]] | None:
    """(rows, the area of each row) of a table's ``cells`` (line, text), a cell a line after its header, cut at
    the item numbers opening their task cells; None when fewer than ``_ITEMS`` items go on in sequence from 1 or a
    cell comes before the first item that is no heading. Reports the cut as a finding.

    Examples
    --------
    >>> findings = []
    >>> rows, areas = item_rows([(1, "一、推进公开"), (2, "1.公开权力清单"), (3, "区审批局"), (4, "综合处牵头"),
    ...     (5, "及时更新。"), (6, "2.公开审批事项"), (7, "重点公开许可清单。"), (8, "（二）推进监管公开"),
    ...     (9, "3.公开抽查事项"), (10, "区党工委办公室"), (11, "（政策法规处）"), (12, "水利处"), (13, "牵头落实"),
    ...     (14, "来源：区农业局"), (15, "附件下载")], findings)
    >>> [[text for _, text in row] for row in rows]
    [['1.公开权力清单', '区审批局', '综合处牵头', '及时更新。'], ['2.公开审批事项', '重点公开许可清单。'], \
['3.公开抽查事项', '区党工委办公室（政策法规处）', '水利处牵头落实']]
    >>> areas, [f.code for f in findings]
    (['推进公开', '推进公开', '推进监管公开'], ['table_ends_at_page', 'rows_by_item_number'])

    Items not numbered in sequence from 1, or text before the first, are not such a table:

    >>> item_rows([(1, "1.公开清单"), (2, "区审批局"), (3, "3.公开事项"), (4, "综合处"), (5, "4.公开")], [])
    >>> item_rows([(1, "办科技周"), (2, "1.公开清单"), (3, "2.公开事项"), (4, "3.公开")], [])
    """
    end = next((at for at, (_, text) in enumerate(cells) if _PAGE_END.match(text)), len(cells))
    if end < len(cells):
        findings.append(Finding(cells[end][0], "info", "table_ends_at_page", f"the cell {cells[end][1][:20]} after "
                                "the table's last row is the web page's, not the table's", "read the table as ending "
                                "before it"))
        cells = cells[:end]
    starts, expected = [], 1
    for at, (_, text) in enumerate(cells):
        found = _ITEM.match(text)
        if found and int(found.group(1)) == expected:
            starts.append(at)
            expected += 1
    if len(starts) < _ITEMS or not all(_HEADING.match(text) for _, text in cells[:starts[0]]):
        return None
    rows, areas, area = [], [], _last_area(cells[:starts[0]], "")
    for start, end in zip(starts, [*starts[1:], len(cells)]):
        row = []
        areas.append(area)  # the heading read last before the row starts
        for line, text in cells[start:end]:
            if _HEADING.match(text):
                area = area_text(text)  # the next part's heading, over the rows below it
            elif (_BRACKETED.match(text) or _ROLE_VERB.match(text)) and len(row) > 1:
                row[-1] = (row[-1][0], row[-1][1] + text)  # 区党工委办公室 / （政策法规处）; 水利处 / 牵头落实
            else:
                row.append((line, text))
        rows.append(row)
    findings.append(Finding(cells[starts[0]][0], "info", "rows_by_item_number", f"the table has no 序号 column; its "
                            f"{len(rows)} rows cut at the item numbers opening their task cells (1.… 2.…), the "
                            "headings between them read as their areas",
                            "check each row's cells against the table as published"))
    return rows, areas


def _last_area(cells: list[tuple[int, str]], area: str) -> str:
    """The area the last heading among ``cells`` names, or ``area`` when none does."""
    headings = [text for _, text in cells if _HEADING.match(text)]
    return area_text(headings[-1]) if headings else area
