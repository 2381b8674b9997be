"""Cells a table copied one cell a paragraph writes once over their rows: a group, or the units, of the first row."""

from __future__ import annotations

from zygraph.findings import Finding
from zygraph.readers.pipedrows import ROW_NUMBER, is_group
from zygraph.readers.rowfit import cell_kind

__all__ = ["groups_after_numbers", "units_after_first_rows", "units_beside_groups"]

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


def units_after_first_rows(columns: list, rows: list, findings: list) -> list:
    """The rows with the unit cell written once, after the text of the first row of its merged span, given to the
    rows of the span that lost it.

    序号 | 工作任务 | 推进单位 over ``4 / 完成旧里改造。 / 区房管局、区旧改总办`` then ``5 / 推进成套改造。`` then
    ``6 / 加装电梯。`` then ``7 / 建美丽家园。 / 区规划资源局``: the unit column, the header's last, is merged over
    rows 4-6 and the copy wrote it once, in row 4; rows 5 and 6, a number and a text only, take it (its cells keep
    their lines, so each such row is a ``merged_cell`` finding of the reader), up to the next row writing a unit
    cell, whatever groups stand between. Read so when the first row and one more write their units and every other
    row is its number and its text alone (one cell, or more where a copy broke it at its spaces, the last no name: a
    row as wide as the header ending in 物业企业 writes its own unit, a body named by kind); each span is a finding.

    Examples
    --------
    >>> rows = [[(1, "4"), (2, "完成旧里改造。"), (3, "区房管局、区旧改总办")], [(4, "5"), (5, "推进成套改造。")],
    ...         [(6, "6"), (7, "加装电梯。")], [(8, "7"), (9, "建美丽家园。"), (10, "区规划资源局")]]
    >>> findings = []
    >>> out = units_after_first_rows(["seq", "task", "lead"], rows, findings)
    >>> [[text for _, text in row] for row in out][1:3], [(f.line, f.code) for f in findings]
    ([['5', '推进成套改造。', '区房管局、区旧改总办'], ['6', '加装电梯。', '区房管局、区旧改总办']], [(3, 'units_written_once')])
    """
    width = len(columns)
    if width < 3 or columns[0] != "seq" or columns[-1] not in ("lead", "support") \
            or sum(column in ("lead", "support") for column in columns) != 1:
        return rows
    full = [len(row) >= width and ROW_NUMBER.match(row[0][1]) and cell_kind(row[-1][1]) == "units" for row in rows]
    short = [len(row) >= 2 and ROW_NUMBER.match(row[0][1]) and all(cell_kind(text) != "units" for _, text in row[1:])
             and (len(row) < width or cell_kind(row[-1][1]) != "name")
             for row in rows]  # 5 / 推进成套改造。重点推进 / ：彭一小区…: a text a copy broke at its spaces, no units
    # 2 / 督促落实维修养护。 / 物业企业: as wide as the header, its last cell a name (a body by kind), its own units
    if not rows or not full[0] or sum(full) < 2 or not any(short) or not all(a or b for a, b in zip(full, short)):
        return rows
    return _carry_units(rows, full, findings, "after the text of the first row of its span", "write no unit cell")


def units_beside_groups(columns: list, rows: list, findings: list) -> list:
    """The rows with the unit cell written once over a merged span given to the rows of the span that lost it, in a
    table whose group columns before the task are merged too, written once on their own spans.

    序号 | 事项 | 工作措施 | 责任单位 over ``1 / 光伏+地铁 / 利用车站屋顶。 / 地铁集团`` then ``2 / 新建车站覆盖光伏。``
    then ``3 / 推进基地建设。`` then ``4 / 光伏+港口 / 利用码头屋顶。 / 港务集团`` then ``5 / 推进船体试点。 / 市交通委``: a
    row opens with its group's cell only where its group starts (a short name before a longer cell), then its
    task; a row whose task is its last cell lost its unit cell and takes the one above it (its cells keep their
    lines, so each such row is a ``merged_cell`` finding of the reader), up to the next row writing one; a row
    with a cell after its task wrote its own, whether or not it reads as units. Read so when the first row and
    one more write units that read as such and every row either writes a unit cell or lost it; each span is a
    ``units_written_once`` finding.

    Examples
    --------
    >>> rows = [[(1, "1"), (2, "光伏+地铁"), (3, "利用车站屋顶。"), (4, "地铁集团")], [(5, "2"), (6, "新建车站覆盖光伏。")],
    ...         [(7, "3"), (8, "光伏+铁路"), (9, "推进站房建设。")], [(10, "4"), (11, "利用码头屋顶。"), (12, "港务集团")],
    ...         [(13, "5"), (14, "推进船体试点。"), (15, "市交通委")]]
    >>> findings = []
    >>> out = units_beside_groups(["seq", "area", "task", "lead"], rows, findings)
    >>> [[text for _, text in row] for row in out][1:3], [(f.line, f.code) for f in findings]
    ([['2', '新建车站覆盖光伏。', '地铁集团'], ['3', '光伏+铁路', '推进站房建设。', '地铁集团']], [(4, 'units_written_once')])
    """
    width = len(columns)
    if width < 4 or columns[0] != "seq" or columns[-1] not in ("lead", "support") or columns[-2] != "task" \
            or any(column != "area" for column in columns[1:-2]) or not rows:
        return rows
    after = [_cells_after_task(row, width - 3) for row in rows]
    readable = [rest == 1 and cell_kind(row[-1][1]) == "units" for row, rest in zip(rows, after)]
    numbered = all(ROW_NUMBER.match(row[0][1]) for row in rows)
    if not numbered or not readable[0] or sum(readable) < 2 or 0 not in after or any(rest not in (0, 1) for rest in after):
        return rows
    return _carry_units(rows, [bool(rest) for rest in after], findings, "on the first row of its span",
                        "end with their task and write no unit cell (their group cells merged and written once too)")


def _carry_units(rows: list, written: list, findings: list, where: str, the_rest: str) -> list:
    """The rows, each that writes no unit cell given the one last written above it, and a ``units_written_once``
    finding a span (``where`` says where the cell stands in its span, ``the_rest`` what the rows under it write).

    >>> findings = []
    >>> _carry_units([[(1, "1")], [(2, "2")]], [True, False], findings, "on its first row", "write none")
    [[(1, '1')], [(2, '2'), (1, '1')]]
    >>> [f.code for f in findings]
    ['units_written_once']
    """
    out, spans, units = [], {}, None
    for row, wrote in zip(rows, written):
        if wrote:
            units = row[-1]
            out.append(row)
        else:
            spans.setdefault(units, []).append(row[0][1])
            out.append([*row, units])
    findings += [Finding(line, "info", "units_written_once", f"the unit cell {text[:30]} is written once, {where}: the "
                         f"unit column is merged over the rows numbered {'、'.join(numbers)} below it, which {the_rest}",
                         "gave those rows its units, up to the next row writing a unit cell")
                 for (line, text), numbers in spans.items()]
    return out


def _cells_after_task(row, groups):
    """How many cells a row writes after its task: its number, then up to ``groups`` group cells (a short name before
    a longer cell that names no units), then its task, then its unit cell or none."""
    cells = [text for _, text in row[1:]]
    lead = 0
    while lead < groups and lead + 1 < len(cells) and is_group("".join(cells[lead].split())) \
            and len(cells[lead + 1]) > len(cells[lead]) and cell_kind(cells[lead + 1]) != "units":
        lead += 1
    return max(len(cells) - lead - 1, 0) if cells else -1
