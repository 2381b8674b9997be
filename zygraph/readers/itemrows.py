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
from zygraph.sentences.role_words import VERBS
from zygraph.readers.rowfit import cell_kind
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
#: The longest cell read as a group's cell (做好市场规则标准和监管执法信息公开): a title, no sentence.
_GROUP_CELL = 30
_SENTENCE_END = re.compile("[。；;！!]$")


def item_rows(cells: list[tuple[int, str]], findings: list[Finding],
              group: tuple[int, str] | None = None) -> tuple[list, list[str]] | None:
    """(rows, the area of each row) of a table's ``cells`` (line, text), a cell a line after its header, cut at
    the item numbers opening their task cells; None when fewer than ``_ITEMS`` items go on in sequence from 1 or a
    cell comes before the first item that is no heading. ``group`` is the (line, text) of a group's cell the header's
    reading found before the first item (做好各类规划主动公开), the area of the rows below it. Reports the cut as a
    finding.

    A group's cell (a title, no sentence) standing between a row's unit cell and the next item is the area of the
    rows below it; rows opening a group with no unit cell, up to the group's first row with one, share that row's
    unit cells (:func:`_shared_units`).

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
    if group is not None:
        findings.append(_group_finding(*group))
    rows, areas, opens = [], [], []
    area, opening = _last_area(cells[:starts[0]], area_text(group[1]) if group else ""), True
    for start, end in zip(starts, [*starts[1:], len(cells)]):
        row = []
        areas.append(area)  # the heading read last before the row starts
        opens.append(opening)  # the row opens its group: the first under its heading or group's cell
        opening = False
        for at, (line, text) in enumerate(cells[start:end], start):
            if _HEADING.match(text):
                area, opening = area_text(text), True  # the next part's heading, over the rows below it
            elif at == end - 1 < len(cells) - 1 and _is_group(text) \
                    and any(cell_kind(cell) == "units" for _, cell in row[1:]):
                area, opening = area_text(text), True  # 办公室 / 做好市场规则…公开 / 3.…: the next group's cell
                findings.append(_group_finding(line, text))
            elif (_BRACKETED.match(text) or _ROLE_VERB.match(text)) and len(row) > 1:
                row[-1] = (row[-1][0], row[-1][1] + text)  # 区党工委办公室 / （政策法规处）; 水利处 / 牵头落实
            else:
                row.append((line, text))
        rows.append(row)
    _shared_units(rows, opens, findings)
    findings.append(Finding(cells[starts[0]][0], "info", "rows_by_item_number", f"the table has no 序号 column; its "
                            f"{len(rows)} rows cut at the item numbers opening their task cells (1.… 2.…), the "
                            "headings between them read as their areas",
                            "check each row's cells against the table as published"))
    return rows, areas


def _last_area(cells: list[tuple[int, str]], area: str) -> str:
    """The area the last heading among ``cells`` names, or ``area`` when none does."""
    headings = [text for _, text in cells if _HEADING.match(text)]
    return area_text(headings[-1]) if headings else area


def _is_group(text: str) -> bool:
    """True when ``text`` may be a group's cell: a short title naming no units, no item and no sentence."""
    return len(text) <= _GROUP_CELL and not _ITEM.match(text) and not _SENTENCE_END.search(text) \
        and cell_kind(text) == "text"


def _group_finding(line: int, text: str) -> Finding:
    """The finding of a cell read as the group (area) of the rows below it."""
    return Finding(line, "info", "group_cell_as_area", f"the cell {text} stands before an item's number, after the "
                   "header or a row's units: a group's cell merged over the rows below it, written once",
                   "read as the area of the rows below it")


def _shared_units(rows: list[list[tuple[int, str]]], opens: list[bool], findings: list[Finding]) -> None:
    """Give the rows opening a group with no unit cell the unit cells of the group's first row that has one.

    做好市场规则…公开 / 3.… / 4.… / 5.… / 法规科、医药科按职责分工落实: the requirements of a group written one after
    another, one unit cell after the last, are one cell's paragraphs (or rows under a merged unit cell written at
    their end); the cell is every one's. A row without units after a row of its group that has some is left as it
    is (its units merged with the row above's, as a web table writes a merged cell on its first row). Each sharing
    is a finding naming the shared cell and its line.

    >>> rows = [[(1, "1.公开规划"), (2, "办公室")], [(4, "2.公开清单")], [(5, "3.公开名单")], [(6, "4.公开结果"),
    ...         (7, "法规科、医药科按职责分工落实")]]
    >>> findings = []
    >>> _shared_units(rows, [True, True, False, False], findings)
    >>> [[text for _, text in row] for row in rows][1:3], [(f.line, f.code) for f in findings]
    ([['2.公开清单', '法规科、医药科按职责分工落实'], ['3.公开名单', '法规科、医药科按职责分工落实']], [(4, 'shared_unit_cell'), (5, 'shared_unit_cell')])
    """
    def units(row):
        return [cell for cell in row[1:] if cell_kind(cell[1]) == "units"]

    at = 0
    while at < len(rows):
        end = at + 1
        while end < len(rows) and not opens[end] and not units(rows[end - 1]):
            end += 1
        closing = units(rows[end - 1])
        if opens[at] and not units(rows[at]) and end - at > 1 and closing:
            for row in rows[at:end - 1]:
                row.extend(closing)
                findings.append(Finding(row[0][0], "info", "shared_unit_cell", f"the item names no units and opens "
                                        f"its group; the unit cell {closing[0][1][:30]} (line {closing[0][0]}) "
                                        "closes the group's run of items with none", "read the cell as the "
                                        "units of every item since the group's start (one cell's paragraphs, "
                                        "or rows under a unit cell merged over them)"))
        at = end if end > at + 1 and closing else at + 1
