"""Cut the cells of a table copied as text into rows by their numbers or their lines, each decision a finding."""

from __future__ import annotations

import itertools
import re

from zygraph.findings import Finding
from zygraph.readers.columns import BRACKET_NOTE, column_for
from zygraph.readers.lines import TASK, heading_area
from zygraph.readers.rowfit import cell_kind
from zygraph.readers.segment import GROUP_CELL, area_text

__all__ = ["ROW_NUMBER", "row_number", "group_number", "is_group", "group_before_number", "areas_before_numbers",
           "group_rows_between", "row_areas",
           "line_rows", "numbered_rows", "before_closing_label", "unheaded_number_rows"]

ROW_NUMBER = re.compile(r"^\d{1,4}[*＊★]?$")  # 1*: a row the city leads, marked by the table
_ROW_REACH = 60  # cells a row may run to before its next number (a unit list one unit a cell)
#: A short label closing with a colon on a cell of its own (相关依据：, 附件：): a part of the page after the table.
_CLOSING_LABEL = re.compile("^[\u4e00-\u9fff]{2,8}[：:]$")
_MENTIONS_DATE = re.compile(r"\d{1,2}月|\d{4}[.．年]|年底|月底")  # 计划10月底完成: a deadline cell in words
#: Longest piece of a cell a narrow column wrapped onto a paragraph of its own (国家林业和草原局 / 公报, 1.政务 / 概况).
_WRAPPED_PIECE = 4
#: The ordinal label of an outer group's cell (行动二：, 专项一：, 第三部分：).
_ORDINAL_LABEL = re.compile("^(?:第?[\u4e00-\u9fff]{0,4}[一二三四五六七八九十]+[：:]|第[一二三四五六七八九十]+[部分章节]+[：:]?)")
_NUMBERED_ROWS = 3  # fewest rows numbered in sequence for a table whose header names no 序号 to be cut at them


def row_number(text: str) -> int:
    """The number of a row's number cell.

    >>> row_number("12"), row_number("1*")
    (12, 1)
    """
    return int(text.rstrip("*＊★"))


#: The number of a group row standing in the 序号 column: a numeral alone (二), or the dash a copy wrote for 一 (—).
_GROUP_NUMBER = re.compile("^(?:[一二三四五六七八九十]{1,3}|[—－-])$")


def group_number(text: str) -> bool:
    """True when a 序号 cell numbers a group row, not a task row: a Chinese numeral alone, without its 、 (二), or a
    lone dash where a copy lost the numeral 一 (—).

    >>> group_number("二"), group_number("—"), group_number("二、科普"), group_number("2"), group_number("——")
    (True, True, False, False, False)
    """
    return _GROUP_NUMBER.match(text.strip()) is not None


def _is_number(text, number):
    """True when ``text`` is the number cell of row ``number``."""
    return ROW_NUMBER.match(text) is not None and row_number(text) == number


def is_group(text: str) -> bool:
    """True when a cell could name a group of rows: short, no sentence, no units, no figure.

    >>> is_group("农业高质高效"), is_group("市农业农村局"), is_group("办好科技周。")
    (True, False, False)
    """
    return len(text) <= GROUP_CELL and not re.search(r"[。；;，,\d]", text) and cell_kind(text) in ("text", "name")


def group_before_number(header, body, findings: list[Finding]):
    """(header, rows, areas) of a table whose header names no 序号 while each row opens with a number, and
    whose first column groups the rows: its cell, copied once, stands before its first row's number; or None.

    工作任务 | 具体要求 | 责任科室 | 时限要求 over 强化公开 / 1 / 对…公布 / 办公室 / 年底前 / 深化解读 / 2 / …: the
    rows are a number and the cells of the other columns; a cell before a number, after a full row, is the
    group of the rows below it (their area), and the header's first column is that group's, not the task's.
    Each group so read is a finding.

    >>> findings = []
    >>> header = [(1, "工作任务"), (2, "具体要求"), (3, "责任科室")]
    >>> _, rows, areas = group_before_number(header, [(4, "强化公开"), (5, "1"), (6, "公布预算"), (7, "财务科"),
    ...                                             (8, "2"), (9, "公布决算"), (10, "财务科")], findings)
    >>> [[text for _, text in row] for row in rows], areas, [f.code for f in findings]
    ([['1', '公布预算', '财务科'], ['2', '公布决算', '财务科']], ['强化公开', '强化公开'], ['group_cell_as_area'])
    """
    width = len(header)
    numbers = [at for at, (_, text) in enumerate(body) if ROW_NUMBER.match(text)]
    if width < 3 or len(numbers) < 2 or numbers[0] != 1 or row_number(body[1][1]) != 1 \
            or cell_kind(body[0][1]) not in ("text", "name"):
        return None
    gaps = [b - a for a, b in zip(numbers, numbers[1:])]
    if any(gap not in (width, width + 1) for gap in gaps) or any(
            row_number(body[b][1]) != row_number(body[a][1]) + 1 for a, b in zip(numbers, numbers[1:])):
        return None
    rows, areas, area = [], [], area_text(body[0][1])
    groups = [body[0]]
    for index, at in enumerate(numbers):
        row = body[at: at + width]
        rows.append(row)
        areas.append(area)
        if index + 1 < len(numbers) and numbers[index + 1] - at == width + 1:
            groups.append(body[at + width])
            area = area_text(body[at + width][1])  # 深化政策解读形式 before 2: the group of the rows below
    findings += [_group_finding(line, text, header[0][1]) for line, text in groups]
    first = header[0]
    return [(first[0], "序号"), *header[1:]], rows, areas


def _group_finding(line, text, column, outer=False):
    """The finding of a cell read as the group (area) of the rows below it, or as the outer group over those groups."""
    if outer:
        return Finding(line, "info", "outer_group_cell", f"the cell {text[:30]} stands before a group's cell before "
                       f"a row's number: an outer group of the column {column}, merged over the groups below it",
                       "read as no row's cell; the group cell after it names the rows' area")
    return Finding(line, "info", "group_cell_as_area", f"the cell {text} stands before a row's number, not in "
                   f"a row: a cell of the column {column} merged over its group of rows",
                   "read as the area of the rows below it")


def _group_name(text, under_outer=False):
    """True when a cell names a group of rows, its ordinal label and a note in brackets aside (行动二：重塑美丽新居行动
    （人居环境品质提升行动）): no sentence, no figure, no units, up to twice a group cell's length. Right under an
    outer group's labelled cell (``under_outer``), a name reading as a unit's (产业园区) is a group's too.

    >>> _group_name("行动二：重塑美丽新居行动（人居环境品质提升行动）"), _group_name("历史建筑保护修缮和活化利用")
    (True, True)
    >>> _group_name("区规划资源局、区商务委"), _group_name("完成既有多层住宅加装电梯700台"), _group_name("加快推进改造。")
    (False, False, False)
    """
    name = BRACKET_NOTE.sub("", _ORDINAL_LABEL.sub("", "".join(text.split())))
    return 0 < len(name) <= 2 * GROUP_CELL and not re.search(r"[。；;，,：:\d]", name) \
        and ((under_outer and "、" not in name)
             or (cell_kind(name) in ("text", "name") and cell_kind("".join(text.split())) in ("text", "name")))


def areas_before_numbers(cells, findings: list[Finding], grouped_by: str | None = None, width: int = 0):
    """Take out heading cells that stand before a row's number: (cells, {line of the row after: area}).

    A heading (一、…, （一）…) before a row's number is the area of the rows below it. In a table whose
    first column groups rows (``grouped_by`` names that column), a group's cell stands once before the
    number of its first row: a short cell there (农业高质高效) is the area of the rows below it, a
    finding.

    >>> findings = []
    >>> body, areas = areas_before_numbers([(1, "一、科普"), (2, "1"), (3, "办科技周"), (4, "农业高质高效"), (5, "2"),
    ...                                     (6, "建高标准农田")], findings, grouped_by="考核项目")
    >>> [text for _, text in body], areas, [f.line for f in findings]
    (['1', '办科技周', '2', '建高标准农田'], {2: '科普', 5: '农业高质高效'}, [4])

    The column may hold two levels of groups, each written once: an outer group (行动二：重塑美丽新居行动（…）, its
    ordinal and a note in brackets around its name) on a cell of its own before the inner group before a row's
    number; the inner (a name of up to twice a group cell's length, 历史建筑保护修缮和活化利用) is the rows' area, the
    outer a finding too. Neither is ever the cell right after a row's number, the row's task. Such a cell, longer than
    a group cell or an outer group's without its ordinal label, stands where a group's can only when the row above is
    as wide as the header (``width`` cells from its number; 0: widths unknown): after 2 / 推进成套改造。 / 区房管局
    under a header of four, 根据市里统一部署要求持续推进落实 (its 完成时限) or 市级重点项目 (its 备注) is the row's.

    >>> findings = []
    >>> body, areas = areas_before_numbers([(1, "1"), (2, "办科技周。"), (3, "行动二：重塑美丽新居行动（人居环境提升行动）"),
    ...                                     (4, "旧住房更新改造"), (5, "2"), (6, "加装电梯。")], findings, grouped_by="任务类型")
    >>> [text for _, text in body], areas, [f.line for f in findings]
    (['1', '办科技周。', '2', '加装电梯。'], {5: '旧住房更新改造'}, [3, 4])
    """
    body, areas, number, outer, number_at = [], {}, 0, False, None
    for index, (line, text) in enumerate(cells):
        following = cells[index + 1][1] if index + 1 < len(cells) else ""
        if ROW_NUMBER.match(text):
            number, number_at = row_number(text), index
        area = heading_area(text)
        task = index > 0 and ROW_NUMBER.match(cells[index - 1][1]) is not None  # the cell after a number: its task
        # a group's place: before row 1, after a row as wide as the header, or labelled as a group (行动三：…)
        placed = not task and (number_at is None or not width or index - number_at >= width
                               or _ORDINAL_LABEL.match(text) is not None)
        if area is None and grouped_by and _is_number(following, number + 1) \
                and (is_group(text) or (placed and _group_name(text)) or (not task and outer and _group_name(text, True))):
            area = text  # 产业园区 under 行动五：…: a group's name, however like a unit it reads
            findings.append(_group_finding(line, text, grouped_by))
        outer = False
        if area is None and grouped_by and placed and _group_name(text) and index + 2 < len(cells) \
                and _group_name(following, _ORDINAL_LABEL.match(text) is not None) \
                and _is_number(cells[index + 2][1], number + 1):
            findings.append(_group_finding(line, text, grouped_by, outer=True))
            outer = True
            continue  # 行动二：… then 旧区改造 then 4: the inner group names the rows' area
        if area is not None and ROW_NUMBER.match(following):
            areas[cells[index + 1][0]] = area
            continue
        if area is not None and heading_area(following) is not None and index + 2 < len(cells) \
                and ROW_NUMBER.match(cells[index + 2][1]):
            continue  # 二、… then （一）… then 1: the inner heading names the rows' area
        body.append((line, text))
    return body, areas


def group_rows_between(cells, findings: list[Finding]):
    """Take out the group rows between a table's rows, where its header's columns after the task are all unit
    columns and a group row stood before row 1: (cells, {line of the row after: area}).

    序号 | 事项 | 工作措施 | 责任单位 under ``推进示范工程`` over ``… / 29 / 推动新建建筑配建光伏。 / 健全推进机制 / 30 / …``: a
    cell before a row's number, after the row's task (a longer text), names a group of the rows below it (no
    sentence, no list, no units), as the row before row 1 did: no column of the row is left for it but units. Each such
    cell is a finding.

    >>> findings = []
    >>> body, areas = group_rows_between([(1, "1"), (2, "推动新建建筑配建光伏设施。"), (3, "健全推进机制"), (4, "2"),
    ...                                   (5, "制定标准规范"), (6, "修订完善工程建设规范。"), (7, "市住建委")], findings)
    >>> [text for _, text in body], areas, [(f.line, f.code) for f in findings]
    (['1', '推动新建建筑配建光伏设施。', '2', '制定标准规范', '修订完善工程建设规范。', '市住建委'], {4: '健全推进机制'}, \
[(3, 'area_row_between_rows')])
    """
    body, areas, number, number_at = [], {}, 0, None
    for index, (line, text) in enumerate(cells):
        if ROW_NUMBER.match(text):
            number, number_at = row_number(text), index
        following = cells[index + 1] if index + 1 < len(cells) else None
        before = cells[index - 1][1] if index else ""
        if number_at is not None and index - number_at >= 2 and following and _is_number(following[1], number + 1) \
                and _group_name(text) and "、" not in text and not _group_name(before) and cell_kind(before) == "text":
            areas[following[0]] = area_text(text)
            findings.append(Finding(line, "info", "area_row_between_rows", f"the cell {text[:30]} stands between row "
                                    f"{number}'s task and row {number + 1}'s number, naming no units, where no column "
                                    "is left after the task but units: a group row, as the one before row 1",
                                    "read as the area of the rows below it"))
            continue
        body.append((line, text))
    return body, areas


def row_areas(rows, areas: dict[int, str]) -> list[str]:
    """The area of each row: the heading above it, carried down.

    >>> row_areas([[(2, "1")], [(5, "2")], [(8, "3")]], {2: "科普", 8: "农业"})
    ['科普', '科普', '农业']
    """
    out, area = [], ""
    for row in rows:
        area = areas.get(row[0][0], area) if row else area
        out.append(area)
    return out


def line_rows(cells, width: int, numbered: bool, findings: list[Finding]):
    """Rows of a table copied one row a line (1 | 办科技周 | 市科协 |), or None when it is not.

    A line whose first cell is text and whose other cells are empty, under a numbered row, is a
    second row under cells merged with the row above (新增学位810个 | ||||): it takes that row's
    number and other cells. A line of only a deadline and units (2021.8 | 城投集团 | |) is more
    units of the row above, whose task cell is merged over it: a finding, as is the reading of
    the lines as rows.

    >>> findings = []
    >>> rows = line_rows([(1, "1"), (1, "办科技周"), (1, "市科协"), (2, "2"), (2, "建馆"), (2, "市科技局"),
    ...                   (3, "2021.8"), (3, "城投集团")], 3, True, findings)
    >>> [[text for _, text in row] for row in rows], [f.code for f in findings]
    ([['1', '办科技周', '市科协'], ['2', '建馆', '市科技局', '城投集团']], ['rows_by_line', 'units_line_joined'])
    """
    lines = {}
    for line, text in cells:
        lines.setdefault(line, []).append((line, text))
    joined: list[Finding] = []
    groups = _broken_rows_joined(list(lines.values()), width, joined)
    if len(groups) < 2 or sum(len(group) >= width - 1 for group in groups) < 0.8 * len(groups):
        return None
    rows, notes = [], [Finding(groups[0][0][0], "info", "rows_by_line", f"{len(groups)} lines hold a row each "
                               "(their cells split by |)", "read each line as a row, its cells in the header's order"),
                       *joined]
    for group in groups:
        kinds = [cell_kind(text) for _, text in group]
        if numbered and rows and not ROW_NUMBER.match(group[0][1]) and not any(text for _, text in group[1:]):
            above = rows[-1]
            rows.append([(group[0][0], above[0][1]), group[0], *above[2:]])  # the merged cells keep their lines
        elif not numbered and rows and len(group) == 1 and kinds[0] == "text":
            # a task alone on its row: its unit cells are merged with the row above's, copied once
            tail = list(itertools.takewhile(lambda cell: cell_kind(cell[1]) in ("units", "empty", "date"),
                                            reversed(rows[-1][1:])))
            rows.append([group[0], *reversed(tail)])
        elif rows and kinds.count("units") == 1 and all(
                kind in ("units", "date", "empty") or (kind == "text" and _MENTIONS_DATE.search(text))
                for (_, text), kind in zip(group, kinds)) and len([k for k in kinds if k != "empty"]) == 2:
            # 2021.8 | 城投集团 | |: a line of a deadline and a unit only, under the task cell merged over it
            units = [cell for cell, kind in zip(group, kinds) if kind == "units"]
            rows[-1] = rows[-1] + units
            notes.append(Finding(group[0][0], "info", "units_line_joined", "the line holds only a deadline and "
                                 f"units ({units[0][1]}): the row above's task cell is merged over it",
                                 "read as more units of the row above"))
        else:
            rows.append(group)
    findings += notes
    return rows


def _broken_rows_joined(groups, width, findings):
    """The lines' cells with a row broken over two lines joined: where most lines hold a row (``width`` cells,
    one fewer allowed), two lines in a row of two cells or more, neither holding a row, that together hold
    exactly one (政策解读 | 含文字解读…。 | / 《条例》 | 20个工作日内 | 办公室 | …): a copy broke the row after
    a cell. Each join is a finding."""
    if sum(len(group) >= width - 1 for group in groups) < len(groups) / 2:
        return groups  # most lines hold no row: a table one cell a line, not rows a copy broke
    out, index = [], 0
    while index < len(groups):
        group, after = groups[index], groups[index + 1] if index + 1 < len(groups) else None
        if after is not None and min(len(group), len(after)) >= 2 and max(len(group), len(after)) < width - 1 \
                and width - 1 <= len(group) + len(after) <= width:
            out.append([*group, *after])
            findings.append(Finding(group[0][0], "info", "row_over_two_lines", f"the line holds {len(group)} "
                                    f"cells and the next {len(after)}, together a row of the header's {width}",
                                    "read the two lines as one row"))
            index += 2
        else:
            out.append(group)
            index += 1
    return out


def numbered_rows(cells, width: int, numbered: bool) -> list:
    """Rows of ``width`` cells, realigned on the next row's number where a row wrapped a cell too many or few.

    >>> rows = numbered_rows([(1, "1"), (2, "办科技周"), (3, "市科协"), (4, "市科技局"), (5, "2"), (6, "建馆"),
    ...                       (7, "市文旅局")], 3, True)
    >>> [[text for _, text in row] for row in rows]
    [['1', '办科技周', '市科协', '市科技局'], ['2', '建馆', '市文旅局']]
    """
    rows, index = [], 0
    while index < len(cells):
        row = cells[index: index + width]
        step = width
        number = row_number(row[0][1]) if ROW_NUMBER.match(row[0][1]) else None
        after = cells[index + width][1] if index + width < len(cells) else ""
        if numbered and after and not (_is_number(after, number + 1) if number is not None else ROW_NUMBER.match(after)):
            # realign on the next row's number: this row wrapped a cell too many or too few (a figure such as
            # 0 or 42 where the next row's number should stand is a cell of this row or the next)
            reach = range(index + 1, min(len(cells), index + max(2 * width, _ROW_REACH)))
            following = next((j for j in reach if number is not None and _is_number(cells[j][1], number + 1)), None)
            if following is None and number is not None:  # 1*: a second table's numbers start again
                following = next((j for j in reach if _is_number(cells[j][1], 1)), None)
            if following is not None:
                row, step = cells[index:following], following - index
        elif numbered and not after and number is not None and _last_rows_together(rows, row, width, number):
            # the last rows, each narrower than the header as the rows above them (or as some: merged cells written
            # once), fill its width together: …| 6 | 建立平台。| 区城市管理局 | 2020 | 7 | 开展整治。| … (the table's end)
            following = next((j for j in range(index + 1, index + len(row)) if _is_number(cells[j][1], number + 1)),
                             None)
            if following is not None:
                row, step = cells[index:following], following - index
        if numbered and rows and not ROW_NUMBER.match(row[0][1]):
            rows[-1] = rows[-1] + row  # cells after the last row's: that row goes on (no number follows it)
        else:
            rows.append(row)
        index += step
    return rows


def _last_rows_together(rows, row, width, number):
    """True when the cells left, ``row`` of row ``number``, may hold the last two rows: every row above is narrower
    than ``width`` (the header's cells), or some are (merged cells written once) and the next number stands in
    ``row`` before a cell of text (47 / 加强考核。 / 48 / 提高权重。), not a figure of the row.

    >>> cells = [(1, "47"), (2, "加强考核。"), (3, "48"), (4, "提高权重。")]
    >>> _last_rows_together([[(0, "46"), (0, "考核")]], cells, 4, 47), _last_rows_together([cells], cells, 4, 47)
    (True, False)
    """
    if _narrower_rows(rows, width):
        return True
    texts = [text for _, text in row]
    return any(len(above) < width for above in rows) and any(
        _is_number(text, number + 1) and cell_kind(after) == "text" for text, after in zip(texts[1:], texts[2:]))


def _narrower_rows(rows, width):
    """True when the rows read so far are each narrower than ``width``, the header's cells (its empty cells left
    out of the copy)."""
    return bool(rows) and all(len(row) < width for row in rows)


def before_closing_label(cells, findings: list[Finding]):
    """The cells before a label on a cell of its own after the last row's number (相关依据：, 附件：), which opens a
    part of the page after the table; all of them when there is none. Cutting there is a finding.

    A label naming a task or unit column (责任单位：) is a cell of the last row, not a new part.

    >>> findings = []
    >>> cells = before_closing_label([(1, "1"), (2, "市教育局"), (3, "负责管理。"), (5, "相关依据："), (6, "1.《规定》")],
    ...                              findings)
    >>> [text for _, text in cells], [f.code for f in findings]
    (['1', '市教育局', '负责管理。'], ['table_ends_at_label'])
    """
    numbers = [at for at, (_, text) in enumerate(cells) if ROW_NUMBER.match(text)]
    if not numbers:
        return cells
    for at in range(numbers[-1] + 2, len(cells)):
        line, text = cells[at]
        if _CLOSING_LABEL.match(text) and column_for(text[:-1]) in (None, "note"):
            findings.append(Finding(line, "info", "table_ends_at_label", f"the cell {text} after the last row opens "
                                    "a part of the page after the table", "read the table as ending before it"))
            return cells[:at]
    return cells


def unheaded_number_rows(cells, width: int, area_at: int | None, findings: list[Finding]):
    """(rows, areas) of a table copied one cell a paragraph whose header names no 序号 while its rows open with a
    number and end with their units (the header's last column); or None.

    类别 | 工作事项 | 公开内容 | 公开时限 | 公开方式 | 责任主体 over ``1.政务 / 概况 / 1 / 主要职责 / 1 / 国家…主要职责 /
    … / 人事司 / 2 / 机构设置 / …``: a header cell spans the items' numbers and their text, so a row's number
    stands in no column of the header, and may be written again for a second numbered column (公开内容's 1). A row
    starts at each number going on in sequence and ends at its last cell of units; the cells between that and the
    next row's number are a group's cell merged over the rows below (the ``area_at`` column, written once), pieces
    a narrow column wrapped joined (1.政务 / 概况 is 政务概况). A row's own number, first or again, is left out of
    its cells; where a row then holds more cells than the header's columns but its group's, a short piece after a
    cell is that cell wrapped (国家林业和草原局 / 公报), joined. A row with fewer cells lost its first ones to cells
    of the row above merged over it (工作事项 spanning rows, as 类别 does: a web table merges its leftmost columns):
    they take the row above's. Each decision is a finding.

    >>> findings = []
    >>> rows, areas = unheaded_number_rows([(1, "1.政务"), (2, "概况"), (3, "1"), (4, "主要职责"), (5, "1"),
    ...     (6, "公开职责"), (7, "人事司"), (8, "2"), (9, "机构"), (10, "设置"), (11, "2"), (12, "公开机构"), (13, "人事司"),
    ...     (14, "3"), (15, "公开领导简历"), (16, "办公室")], 4, 0, findings)
    >>> [[text for _, text in row] for row in rows], areas
    ([['', '主要职责', '公开职责', '人事司'], ['', '机构设置', '公开机构', '人事司'], ['', '机构设置', '公开领导简历', \
'办公室']], ['政务概况', '政务概况', '政务概况'])
    >>> [f.code for f in findings]
    ['rows_by_unheaded_number', 'group_cell_as_area', 'wrapped_cell_joined', 'merged_cells_filled']
    """
    starts, expected = [], 1
    for at, (_, text) in enumerate(cells):
        if ROW_NUMBER.match(text) and row_number(text) == expected:
            starts.append(at)
            expected += 1
    if len(starts) < _NUMBERED_ROWS:
        return None
    columns = width - (area_at is not None)  # the columns a row's own cells fill, its group's apart
    rows, areas, notes = [], [], []
    area = _group_area(cells[:starts[0]], notes)
    for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(cells)]), start=1):
        row = [cell for cell in cells[start + 1:end]
               if not (ROW_NUMBER.match(cell[1]) and row_number(cell[1]) == number)]
        last = max((at for at, (_, text) in enumerate(row) if cell_kind(text) == "units"), default=None)
        if last is None:
            return None  # every row ends in its units: a row without them is no row of this table
        if end < len(cells):
            row, group = row[:last + 1], row[last + 1:]
        else:
            group = []
        row = _wrapped_joined(row, columns, notes)
        aligned = rows and len(row) < columns and _aligned_at_date(row, rows[-1][len(rows[-1]) - columns:])
        if aligned:  # 3 / 人员意愿征询 / … / 2025年9月 / 上海城投集团: its 配合单位 cell empty, left out
            notes.append(Finding(cells[start][0], "info", "cells_aligned_at_date", f"the row writes {len(row)} of "
                                 f"{columns} cells, its deadline among them", "stood the deadline in the deadline "
                                 "column: the cells before it take the columns before (the first from the row above, "
                                 "merged over it), those after it the next columns, the last left empty"))
            row = aligned
        elif rows and len(row) < columns:  # 10 / 实施方案 / …: its 工作事项 cell merged over it from the row above
            notes.append(Finding(cells[start][0], "info", "merged_cells_filled", f"the row writes {len(row)} of "
                                 f"{columns} cells", "gave its first columns the cells of the row above, merged over "
                                 "it (a cell spanning rows stands in the leftmost columns, as its group's does)"))
            row = [*rows[-1][len(rows[-1]) - columns:][:columns - len(row)], *row]
        rows.append([(cells[start][0], ""), *row] if area_at is not None else row)
        areas.append(area)
        area = _group_area(group, notes) or area
    findings += [Finding(cells[starts[0]][0], "info", "rows_by_unheaded_number", f"{len(rows)} rows open with a "
                         "number the header names no column for (its cell spanning the numbers and their text), "
                         "some written again for a second numbered column", "cut a row at each number going on in "
                         "sequence, ending at its units; its numbers left out of its cells"), *notes]
    return rows, areas


def _aligned_at_date(row, above):
    """The cells of a ``row`` shorter than the full row ``above`` put in place by its one deadline, or None: the
    deadline stands in the column of the deadline above; the cells before it take the columns just before (the
    first ones filled from ``above``, merged over the row), the cells after it the columns after, the last left
    empty (a copy leaves out an empty 配合单位 cell).

    >>> above = [(1, "移交"), (2, "清单建立"), (3, "建立清单。"), (4, "2025年9月"), (5, "区水务局"), (6, "申浦公司")]
    >>> [text for _, text in _aligned_at_date([(7, "意愿征询"), (8, "征询意愿。"), (9, "2025年9月"), (10, "上海城投集团")],
    ...                                     above)]
    ['移交', '意愿征询', '征询意愿。', '2025年9月', '上海城投集团', '']
    """
    dates = [at for at, (_, text) in enumerate(row) if cell_kind(text) == "date"]
    above_dates = [at for at, (_, text) in enumerate(above) if cell_kind(text) == "date"]
    if len(dates) != 1 or len(above_dates) != 1 or dates[0] > above_dates[0] \
            or len(row) - dates[0] > len(above) - above_dates[0]:
        return None
    before = above[:above_dates[0] - dates[0]]
    after = len(above) - above_dates[0] - (len(row) - dates[0])
    return [*before, *row, *[(row[-1][0], "")] * after]


def _group_area(cells, findings):
    """The area a group's cell names where it stands between two rows, wrapped over paragraphs (1.政务 / 概况 is
    政务概况), or "" with none; reading it so is a finding."""
    if not cells or any(cell_kind(text) not in ("text", "name") for _, text in cells):
        return ""
    text = "".join(text for _, text in cells)
    number = TASK.match(text)
    area = area_text(text[number.end():] if number else text)
    findings.append(Finding(cells[0][0], "info", "group_cell_as_area", f"the cell {text} stands between a row's "
                            "units and the next row's number: a group's cell merged over the rows below, written once",
                            "read as the area of the rows below it"))
    return area


def _wrapped_joined(row, columns, findings):
    """The row's cells with a short piece a narrow column wrapped onto a paragraph of its own joined to the cell
    before it (国家林业和草原局 / 公报), while the row holds more cells than ``columns``."""
    row = list(row)
    at = 1
    while len(row) > columns and at < len(row):
        (line, before), (_, piece) = row[at - 1], row[at]
        if len(piece) <= _WRAPPED_PIECE and cell_kind(piece) == "name" \
                and cell_kind(before) in ("text", "units", "name"):
            row[at - 1: at + 1] = [(line, before + piece)]
            findings.append(Finding(line, "info", "wrapped_cell_joined", "the row holds more cells than the header "
                                    f"and the short cell {piece} follows {before}",
                                    f"read as one cell, {before + piece}, a narrow column having wrapped it"))
        else:
            at += 1
    return row
