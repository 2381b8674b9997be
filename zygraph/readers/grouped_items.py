"""A table's first column of headings or groups over a second of numbered items: read as the rows' area and task."""

from __future__ import annotations

from zygraph.findings import Finding
from zygraph.readers.lines import TASK, heading_area, headings_over_items
from zygraph.readers.pipedrows import is_group
from zygraph.readers.segment import area_text

__all__ = ["groups_over_items"]


def groups_over_items(columns, header, rows, findings):
    """(columns, rows) with a first column of headings over a column of numbered items read as area and task.

    工作任务 | 具体要求 | 责任部门 with 一、做好财政信息公开。 | 1.积极推进…公开。 | 财务科: the first column's cells
    are headings (一、…), merged over their group's rows and copied on its first row only; the second's
    are the numbered items, the tasks. A row opening with an item has no group cell: its cells move one
    column right. The decision is a finding.

    Examples
    --------
    >>> header = [(1, "工作任务"), (2, "具体要求"), (3, "责任部门")]
    >>> rows = [[(4, "一、做好财政信息公开。"), (5, "1.推进预算公开。"), (6, "财务科")],
    ...         [(7, "2.推进决算公开。"), (8, "财务科")],
    ...         [(9, "二、做好网站公开。"), (10, "3.更新信息。"), (11, "办公室")]]
    >>> findings = []
    >>> columns, read = groups_over_items(["task", "note", "lead"], header, rows, findings)
    >>> columns, [[text for _, text in row] for row in read]
    (['area', 'task', 'lead'], [['做好财政信息公开', '1.推进预算公开。', '财务科'], ['', '2.推进决算公开。', '财务科'], ['做好网站公开', '3.更新信息。', '办公室']])
    >>> [f.code for f in findings]
    ['groups_over_items']
    """
    if len(columns) < 3 or columns[0] not in ("task", "area") or columns[1] not in ("task", "note", None):
        return columns, rows
    shifted = [_item_first(row, len(columns)) for row in rows]
    firsts, seconds = [row[0][1] for row in shifted if row], [row[1][1] for row in shifted if len(row) > 1]
    if headings_over_items(firsts, seconds):
        how = "headings (一、…)"
    elif _groups_written_once(rows, shifted, firsts, seconds):
        how = "groups written once, on the first of their rows (生态环境: the rows below open with their item)"
    else:
        return columns, rows
    findings.append(Finding(header[0][0], "info", "groups_over_items", f"the column {header[0][1]} holds {how} "
                            f"over the numbered items of {header[1][1]}", f"read {header[0][1]} as the area "
                            f"of the rows, {header[1][1]} as their tasks"))
    return ["area", "task", *columns[2:]], [[(row[0][0], area_text(row[0][1])), *row[1:]] if row[0][1] else row
                                           for row in shifted]


def _groups_written_once(rows, shifted, firsts, seconds):
    """True when the first column's cells are short groups (生态环境), each merged over its rows and written on the
    first only, over numbered items in the second (1、… / 2、…): every row's second cell an item, every first cell
    written a group, and some row opening with its item, its group's cell not copied on it."""
    return len(rows) >= 2 and any(new is not row for new, row in zip(shifted, rows)) \
        and len(seconds) == len(rows) and all(TASK.match(text) for text in seconds) \
        and all(is_group("".join(text.split())) for text in firsts if text)


def _item_first(row, width):
    """A row opening with a numbered item, with no group cell of its own: its cells moved one column right (its
    empty last cell dropped, or the row, one a line, shorter than the header); any other row unchanged."""
    if not row or not TASK.match(row[0][1]) or heading_area(row[0][1]) is not None:
        return row
    if len(row) < width:
        return [(row[0][0], ""), *row]
    return [(row[0][0], ""), *row[:-1]] if not row[-1][1] else row
