"""Group cells a table copied one cell a paragraph writes once, after the number of their first row, over its rows."""

from __future__ import annotations

from zygraph.findings import Finding
from zygraph.readers.pipedrows import is_group

__all__ = ["groups_after_numbers"]

_TEXT_COLUMNS = ("task", "note", None)  # the column after a group column: the rows' own text


def groups_after_numbers(columns: list, header: list, rows: list, findings: list) -> tuple[list, list]:
    """(columns, rows) with a column of groups written once over their rows read as the rows' area.

    序号 | 任务名称 | 任务内容 | 牵头部门 over ``1 / 加强组织领导 / 召开动员大会。 / 区政府办公室`` then
    ``2 / 纳入督查。 / 区委组织部``: the second column's cell is a group (short, no sentence) merged over its rows,
    copied on the first of them only (and again where a page broke the group); a row opening with its text after
    its number lost that cell. The column is the area, the one after it the task; each row that lost its group's
    cell is given the group above it. A row short of the header whose cell after its number is a group's name
(3 / 整治背街小巷 / 区城管局) lost its text, not its group: its name is its group and its task. Read so when the first row and one more write a group, most of them
    full-width, and most of the others, short of the header, open with their text (a sentence, no group's name). The decision is a finding.

    Examples
    --------
    >>> header = [(1, "序号"), (2, "任务名称"), (3, "任务内容"), (4, "牵头部门")]
    >>> rows = [[(5, "1"), (6, "加强组织领导"), (7, "召开动员大会。"), (8, "区政府办公室")],
    ...         [(9, "2"), (10, "纳入专项督查。"), (11, "区委组织部")],
    ...         [(12, "3"), (13, "推进基层建设"), (14, "发挥居民自治能力。"), (15, "区民政局")]]
    >>> findings = []
    >>> columns, rows = groups_after_numbers(["seq", "task", "note", "lead"], header, rows, findings)
    >>> columns, [[text for _, text in row] for row in rows][1], [f.code for f in findings]
    (['seq', 'area', 'task', 'lead'], ['2', '加强组织领导', '纳入专项督查。', '区委组织部'], ['groups_after_numbers'])
    """
    width = len(header)
    if width < 4 or columns[:2] != ["seq", "task"] or columns[2] not in _TEXT_COLUMNS:
        return columns, rows
    grouped = [_opens_with_group(row) for row in rows]
    short = [_lost_group(row, width) for row, group in zip(rows, grouped) if not group]
    full = [len(row) >= width for row, group in zip(rows, grouped) if group]
    if len(full) < 2 or not grouped[0] or not short or sum(short) * 2 <= len(short) or sum(full) * 2 <= len(full):
        return columns, rows
    out, group = [], ""
    for row, has_group in zip(rows, grouped):
        if has_group:
            group = row[1][1]
            out.append(row)
        elif len(row) > 1 and is_group("".join(row[1][1].split())):
            group = row[1][1]
            out.append([row[0], row[1], *row[1:]])  # 3 / 整治背街小巷 / 区城管局: its group, no text but the name
        else:
            out.append([row[0], (row[0][0], group), *row[1:]])
    findings.append(Finding(header[1][0], "info", "groups_after_numbers", f"the column {header[1][1]} holds groups "
                            f"(short, no sentence) written after the number of their first row only, {sum(grouped)} "
                            f"of {len(rows)} rows", f"read {header[1][1]} as the area of the rows, each row without "
                            f"its cell in the group above it, and {header[2][1]} as their tasks"))
    return ["seq", "area", "task", *columns[3:]], out


def _lost_group(row, width):
    """True when a row short of the header lost its group's cell: the cell after its number is a sentence, not a
    group's name (2 / 纳入专项督查。, not 3 / 整治背街小巷 / 区城管局, a row whose text cell was empty and dropped)."""
    return len(row) < width and len(row) > 1 and not is_group("".join(row[1][1].split()))


def _opens_with_group(row):
    """True when the cell after a row's number names a group and a longer cell, its text, follows."""
    return len(row) > 2 and is_group("".join(row[1][1].split())) and len(row[2][1]) > len(row[1][1])
