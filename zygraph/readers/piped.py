"""Reader for a web table copied as text: cells ending in `` |`` or split by `` | ``, or one a line without bars.

One cell a line (or a paragraph) with or without the bars; its rows are cut by :mod:`zygraph.readers.pipedrows`.
A copy that lost its header row (numbered rows of cells ending in ``|``) is read by what its cells hold
(:mod:`zygraph.readers.headless`); one whose columns are levels of indicators, by its levels
(:mod:`zygraph.readers.levels`); one a row a line whose header cell spans columns and whose cells span rows, by
the cells its later rows write (:mod:`zygraph.readers.spannedrows`); one whose columns are its tasks, a row
责任单位 naming their units, by :mod:`zygraph.readers.column_tasks`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from zygraph.sentences.duties import owned_duty_units
from zygraph.errors import LayoutError, MissingColumnError
from zygraph.findings import Finding
from zygraph.sentences.grammar import officials
from zygraph.readers.clippedunits import clipped_units
from zygraph.readers.column_tasks import column_tasks, column_tasks_document
from zygraph.readers.columns import (column_for, columns_for, deepest_level,
                                     names_duties, names_people, names_people_too, names_scores,
                                     names_units_of_no_role, simplified)
from zygraph.readers.docx import document_text
from zygraph.readers.grouped_items import groups_over_items
from zygraph.readers.headless import headless_table
from zygraph.readers.numbered_cells import numbered_cells_table
from zygraph.readers.itemrows import item_rows
from zygraph.readers.headercells import (ends_header, first_row_in_header, join_wrapped_header, names_row, narrowed,
                                         without_repeated_header)
from zygraph.readers.levels import levels_header_end, levels_then_units, segment_levels
from zygraph.readers.lines import TASK, heading_area
from zygraph.readers.normalize import Normalizer, simplified_lines
from zygraph.readers.paddedrows import closed_rows, closing_lines, padded_rows
from zygraph.readers.notice import first_listed_leads, first_listed_leads_in_cell, led_by_notice, parse_notice
from zygraph.readers.raw import RawDocument
from zygraph.readers.pipedrows import (ROW_NUMBER, areas_before_numbers, before_closing_label, group_before_number,
                                       group_number, group_rows_between, is_group, line_rows, numbered_rows, row_areas,
                                       unheaded_number_rows)
from zygraph.readers.runover import last_cells_joined
from zygraph.readers.rowfit import cell_kind, fit_row, items_as_tasks, misfits, repeated_cells, split_merged
from zygraph.readers.segment import area_text, names_items, segment, segment_lead_first, segment_scored
from zygraph.readers.spannedrows import spanned_rows
from zygraph.readers.subtargets import sub_target_cells
from zygraph.readers.textcells import barred_cells, cells_run_on, joined_paragraphs, line_cells
from zygraph.readers.written_groups import groups_after_numbers, units_after_first_rows, units_beside_groups
from zygraph.readers.spreadsheet import find_header, grid_rows
from zygraph.names.together_short import together_in_short
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["read_piped", "piped_cells", "piped_document", "PipedTable"]

_MAX_HEADER = 12  # cells a header without bars may have
_PERSON = re.compile("^[\u4e00-\u9fff]{2,4}$")  # a person's name beside units in a cell
_SEQ_CELL = 4  # longest header cell before the first named one that may head the rows' numbers
_AREA_ROWS = 4  # cells of area rows (一、… / (一) / its title) that may stand between a header and row 1
_UNNAMED_CELL = 8  # longest header cell naming no column of ours (四季度任务分解) that such a header may hold
_SUB_HEADER_CELL = 6  # longest cell of a header's second line (全社会, 依申请公开: the parts of a spanning column)
_WORDS = re.compile("[\u4e00-\u9fff]+")  # words only: no figure, no stop, as a header cell is written


class PipedTable(NamedTuple):
    """A table found among a text's cells: its header, rows and areas, and the findings of how it was cut.

    Examples
    --------
    >>> table = piped_cells(["序号 |", "重点工作 |", "责任单位 |", "1 |", "办科技周 |", "市科协、市科技局 |"])
    >>> table.header, table.rows, table.areas
    ([(1, '序号'), (2, '重点工作'), (3, '责任单位')], [[(4, '1'), (5, '办科技周'), (6, '市科协、市科技局')]], [''])
    """

    header: list  # (line, text) of each header cell
    rows: list  # each row's (line, text) cells
    areas: list[str]  # the area of each row
    findings: list[Finding]  # the decisions met cutting the cells into rows


def piped_cells(lines: list[str]) -> PipedTable | None:
    """Find a piped table in ``lines``: its header and rows of (line number, cell text), or None.

    A cell ends at ``|``; lines without one continue the cell (a wrapped
    cell). The header is the first run of cells naming a task column and a
    unit column, up to the first cell holding only a number (the first row's
    序号). Rows are cut every header-length cells, realigned on the next
    row's number where a row has a cell too many or too few. A heading cell
    before a row's number (``一、做大做强主导产业``) is the area of the rows
    below it: ``areas`` has one per row. Each decision about where a row or
    an area starts that the cells leave in doubt is among ``findings``.

    Examples
    --------
    >>> header, rows, areas, findings = piped_cells(["表", "序号 |", "工作任务 |", "责任单位 |", "一、科普 |", "1 |", "办科技周 |",
    ...                                    "市科协 |"])
    >>> [text for _, text in header], [[text for _, text in row] for row in rows], areas
    (['序号', '工作任务', '责任单位'], [['1', '办科技周', '市科协']], ['科普'])
    """
    modes = (True, False) if any("|" in line for line in lines) else (False,)
    for barred in modes:  # a stray | in a page's chrome (字体:【 默认 超大 |) does not make a table barred
        cells = barred_cells(lines) if barred else line_cells(lines)
        found = _table(cells, barred, closing_lines(lines) if barred else frozenset())
        if found is not None and not barred:  # 区新兴产业 / 服务中心: each cell joined from paragraphs, a finding
            return found._replace(findings=found.findings + _spaced_header(found.header)
                                  + joined_paragraphs(lines, cells, found.header[0][0]))
        if found is not None:  # 市国土资源局 / 市农牧林业局 |: a row's last cell broken over two lines, a finding
            return found._replace(findings=found.findings + cells_run_on(lines))
    return None


def _table(cells, barred, closings):
    """The :class:`PipedTable` of the first table in ``cells``, or None; ``closings`` are the lines closing a row
    with its padding (:func:`zygraph.readers.paddedrows.closing_lines`)."""
    for start in range(len(cells)):
        findings = []
        if column_for(cells[start][1]) is None:
            continue
        if barred and start and cells[start - 1][0] == cells[start][0] and not _names_task(cells, start):
            while start and cells[start - 1][0] == cells[start][0]:
                start -= 1  # | 指标 | 责任单位 after the row's first cell: the header row begins with that cell
        end = start
        while end < len(cells) and not ROW_NUMBER.match(cells[end][1]) and heading_area(cells[end][1]) is None \
                and (barred or end - start < _MAX_HEADER) and not ends_header(cells[end][1]) \
                and not (barred and _pads_line(cells, end)) \
                and not (not barred and end > start and (TASK.match(cells[end][1]) or group_number(cells[end][1]))) \
                and not (not barred and end > start and names_row(cells, start, end)):  # 1.政务: a group's, numbered
            end += 1
        if not barred and start < end < len(cells) and names_row(cells, start, end):
            findings.append(names_row(cells, start, end))  # 养老服务项目 after 牵头单位: the first row's project
        same_line = [i for i in range(start, end) if cells[i][0] == cells[start][0]]
        if barred and len(same_line) >= 3:
            end = same_line[-1] + 1  # 项目名称 | 工作任务 | 牵头单位 |: a header on a line of its own ends with it
        seqs = [index for index in range(start, end) if column_for(cells[index][1]) == "seq"]
        # 考核项目 before 序号: a column of groups spanning rows, whose cell comes once before its first row's number
        grouped = next((text for _, text in cells[start: seqs[-1]] if column_for(text) in ("area", "task")), None) \
            if seqs else None
        if seqs:
            start = seqs[-1]  # 序号 begins the header: cells before it are the page's metadata (索引号 | …)
        if start and column_for(cells[start][1]) != "seq" and len(cells[start - 1][1]) <= _SEQ_CELL \
                and end < len(cells) and ROW_NUMBER.match(cells[end][1]):
            start -= 1  # 任务项, 项次: the rows' numbers stand under it
        while start and names_people(cells[start - 1][1]) and len(cells[start - 1][1]) <= _UNNAMED_CELL:
            start -= 1  # 牵头领导 / 重点工作 / 牵头单位: the header opens with its column of people
        while end - start > 2 and column_for(cells[end - 1][1]) is None \
                and (cell_kind(cells[end - 1][1]) == "name" or officials(cells[end - 1][1])) \
                and not names_people(cells[end - 1][1]) and any(names_people(text) for _, text in cells[start:end]):
            end -= 1  # …备注 / 周阳市长: the first row's leader, not a header cell
        header = join_wrapped_header(cells[start:end])
        if not barred and len(header) == end - start:
            end = start + levels_header_end([text for _, text in header])  # 一级指标 … | 责任科室 / 主动公开: row 1
            header = header[:end - start]
        first_row = first_row_in_header(header) if barred else None
        if first_row is not None:
            header, end = header[:first_row], start + first_row  # …办理程序 | 政府采购 | 采购管理科: row 1
        score_at = next((i for i, (_, text) in enumerate(header) if names_scores(text)), None)
        while score_at is not None and len(header) > score_at + 1 \
                and columns_for([text for _, text in header])[-1] is None:
            header, end = header[:-1], end - 1  # 项目 | 分值 | 目标任务 | 监考单位 / 宏观调控: the rows' heading
        if barred and len(header) > 2 and column_for(header[0][1]) is None and not _names_task(header, 1) \
                and len(simplified(header[0][1])) > _UNNAMED_CELL:
            header = [(header[0][0], ""), *header[1:]]  # the table's title above an empty corner cell
        first_group = first_area = None
        if grouped and len(header) > 2 and column_for(header[-1][1]) is None and is_group(header[-1][1]):
            first_group, header = header[-1], header[:-1]  # 农业高质高效 before row 1: its group, not a header cell
        elif len(header) > 3 and end < len(cells) \
                and (ROW_NUMBER.match(cells[end][1]) or (not barred and TASK.match(cells[end][1]))) \
                and column_for(header[-1][1]) is None and len(simplified(header[-1][1])) > _UNNAMED_CELL \
                and not names_people(header[-1][1]) and header[-1][0] != header[-2][0]:
            # 经济社会发展主要预期目标分解(15项): a row naming an area, on a line of its own (a cell on the header's
            # line, 信用风险等级(低、一般、较高、高) |, is a header cell)
            first_area, header = header[-1], header[:-1]
        columns = columns_for([text for _, text in header])
        # 牵头单位 / 目标任务 / 责任单位 / 市政府办公厅 (or 相关部门 / 职责分工 / 区公安分局): a header with no 序号, all
        # its cells naming columns, two or more, and the first row's cells (its lead first) after it, with no number
        named = columns.index(None) if None in columns else len(columns)
        if not barred and "seq" not in columns and len(header) == end - start and 2 <= named < len(header) \
                and "task" in columns[:named] and {"lead", "support"} & set(columns[:named]) \
                and cell_kind(header[named][1]) == "units" and not names_units_of_no_role(header[named][1]):
            header, columns, end = header[:named], columns[:named], start + named
        fully_named = len(header) >= 2 and "seq" not in columns and all(  # 牵头领导 names a column of people
            column is not None or names_people(text)
            for (_, text), column in zip(header, columns))
        # 强化科技创新支撑能力。 / (一) / 加强…。 / 1: area rows between the header and the first row's number
        first_number = next((at for at in range(end, min(len(cells), end + _AREA_ROWS + 1))
                             if ROW_NUMBER.match(cells[at][1])), None)
        if not barred and (end >= len(cells) or not (ROW_NUMBER.match(cells[end][1]) or heading_area(cells[end][1])
                                                     or fully_named or _numbered_group(cells, end, first_number)
                                                     or (columns[0] == "seq" and group_number(cells[end][1]))
                                                     or ((columns[0] == "seq" or score_at) and first_number))
                           or any(len(simplified(text)) > _UNNAMED_CELL and column is None
                                  and not names_people(text)
                                  for (_, text), column in zip(header, columns))):
            continue  # without bars, a header is a run of short cells naming columns, then the first row's 1
        if "task" in columns and ({"lead", "support"} & set(columns)):
            body = without_repeated_header(cells[end:], [text for _, text in cells[start:end]], findings)
            if barred:
                body = _without_sub_header(header, body, findings)
            grouped_rows = "seq" not in columns and group_before_number(header, [first_area, *body] if first_area
                                                                         else body, findings)
            if grouped_rows:
                return PipedTable(*grouped_rows, findings)  # 工作任务 | 具体要求 | 责任科室 over 强化公开 / 1 / …
            # 就业工程 | 促进就业 | 新增就业(人) | 1300 | … | 区人社局 / 再就业(人) | 250 | …: a header cell spanning
            # columns, cells spanning rows, a row a line
            spanned = barred and spanned_rows(body, header, columns, spanning := [])
            if spanned:
                return PipedTable(header, *spanned, findings + spanning)
            by_line = barred and line_rows(body, len(header), columns[0] == "seq", lines_found := [])
            if by_line and not any(ROW_NUMBER.match(text) for _, text in body):
                return PipedTable(header, by_line, [""] * len(by_line), findings + lines_found)  # a row a line
            level = deepest_level([text for _, text in header])
            if level is not None and "seq" not in columns and levels_then_units(columns, level):
                # 一级指标 … 五级指标 | 责任科室: merged level cells written once, scores beside them, no numbers
                rows, cut = segment_levels(body, level, len(columns) - level - 1)
                return PipedTable(header, rows, [""] * len(rows), findings + cut + [_cut_by_content(body, "its units")])
            # 2.查装备 | 区级发起 | ||||: one cell a line, each row padded to the header's width, merged cells written once
            padded = barred and padded_rows(body, len(header), columns.index("task"), padding := [])
            if padded:
                return PipedTable(header, padded, [""] * len(padded), findings + padding)
            # 考核责任单位 | | / | / 总体发展指标 | … | 市发改委 | |: each row closed by its padding, merged cells lost
            closed = barred and closed_rows(body, closings, len(header), closing := [])
            if closed:
                return PipedTable(header, closed, [""] * len(closed), findings + closing)
            # 类别 | 工作事项 | … | 责任主体 over 1.政务 / 概况 / 1 / 主要职责 / 1 / …: numbered rows, no 序号 column
            unheaded = not barred and "seq" not in columns and columns[-1] in ("lead", "support") \
                and unheaded_number_rows(body, len(header), columns.index("area") if "area" in columns else None,
                                         findings)
            if unheaded:
                return PipedTable(header, *unheaded, findings)
            units_at = [i for i, column in enumerate(columns) if column in ("lead", "support")]
            if score_at and score_at < units_at[0] and all(column in ("area", "task", None)
                                                           for column in columns[:score_at]):
                # 项目 | 分值 | 目标任务 | 考核单位: every row has a score; the rows carry no number
                rows, areas = segment_scored(body, score_at, len(header))
                return PipedTable(header, rows, areas, findings + [_cut_by_content(body, "a score")])
            # 做好各类规划主动公开 / 1.主动公开… : the group's cell before the first item, the area of its rows
            items = not barred and "seq" not in columns and columns[0] == "task" \
                and item_rows(body, findings, first_area)
            if items:
                return PipedTable(header, *items, findings)  # 1.公开清单 / 区审批局 / … 2.…: rows cut at their items
            if _unnumbered(body, barred):
                # rows without numbers: cut them by what their cells hold
                if units_at[0] < columns.index("task"):
                    rows, areas = segment_lead_first(body)
                else:
                    # ——sub-targets under their numbered goal (1.… / ——… / ——…), units clipped (省人口计生)
                    body, goals, read = sub_target_cells(body)
                    clipped, clipping = (frozenset(), []) if any(names_people(text) for _, text in header) \
                        else clipped_units(body)
                    findings += read + clipping
                    task_at = columns.index("task")
                    items = [] if task_at and columns[task_at - 1] == "area" \
                        and names_items(header[task_at - 1][1]) else None  # 项目 | 主要任务, not 类别 | 工作任务
                    rows, areas = segment(body, units_last=columns[-1] in ("lead", "support"),
                                           between=units_at[0] - task_at - 1,
                                           after=len(columns) - 1 - units_at[-1], goals=goals, unit_lines=clipped,
                                           items=items, findings=findings)
                    findings += items or []
                    if columns[0] == "task":  # 事项 | 负责承办科室 | 办理程序: no 序号 column for the empty cell
                        rows = [row[1:] if row and not row[0][1] else row for row in rows]
                return PipedTable(header, rows, areas, findings + [_cut_by_content(body, "its units")])
            if first_group is not None:
                body = [first_group, *body]
            leading = next((at for at, (_, text) in enumerate(body[:_AREA_ROWS + 1]) if ROW_NUMBER.match(text)), 0)
            if leading and not grouped and not any(heading_area(text) for _, text in body[:leading]):
                first_area = (body[leading - 1][0], body[leading - 1][1])  # the nearest area row names the rows
                body = body[leading:]
            body, areas = areas_before_numbers(body, findings, grouped, len(header))
            if first_area is not None and body and body[0][0] not in areas:
                areas[body[0][0]] = area_text(first_area[1])
                findings.append(_area_before_rows(first_area))
                if columns[-1] in ("lead", "support") and columns.index("task") == len(columns) - 2:
                    body, between = group_rows_between(body, findings)  # … / 29 / 推动…。 / 健全推进机制 / 30
                    areas.update(between)
            body = before_closing_label(body, findings)  # 相关依据： after the last row: the page goes on
            rows = (barred and line_rows(body, len(header), columns[0] == "seq", findings)) \
                or numbered_rows(body, len(header), columns[0] == "seq")
            if not barred:  # 4 / 旧里改造。 / 区房管局 / 5 / 成套改造。: a unit cell merged over rows, written once
                # … / 区级 / 区交通部门应当… / 县道的…: a row's last cell over lines, the blank line after it closing it
                rows = last_cells_joined(rows, len(header), columns[-1] in ("lead", "support"), findings)
                rows = units_after_first_rows(columns, rows, findings)
                rows = units_beside_groups(columns, rows, findings)  # 1 / 光伏+地铁 / 利用…。 / A / 2 / 新建…。
            widths = {len(row) for row in rows}
            if not barred and columns[0] == "seq" and len(widths) == 1:  # every row as wide, the header wider
                header = narrowed(header, widths.pop())
            return PipedTable(header, rows, row_areas(rows, areas), findings)
    return None


def _spaced_header(header):
    """The finding of header cells read from one line split at its spaces (序号 涉及部门 职责分工), if any."""
    lines = [line for line, _ in header]
    shared = sorted({line for line in lines if lines.count(line) > 1})
    return [Finding(line, "info", "header_split_at_spaces", "the header's cells stand on one line with spaces between "
                    "them, over rows one cell a line", "read each part as a header cell") for line in shared]


def _area_before_rows(cell):
    """The finding of a cell between the header and the first row read as the area of the rows below it."""
    return Finding(cell[0], "info", "area_row_before_rows", f"the cell {cell[1][:30]} stands between the header "
                   "and the first row, naming no column and no heading (一、…)", "read as the area of the rows below it")


def _cut_by_content(body, by):
    """The finding of rows without numbers, cut by what their cells hold."""
    return Finding(body[0][0] if body else None, "info", "rows_cut_by_content", "the rows carry no numbers: "
                   f"each row was taken to end at {by}", "check the rows' tasks and units against the table")


def _names_task(cells, start):
    """True when a cell of the line of ``cells[start]``, from it on, names the task column."""
    line = cells[start][0]
    return any(column_for(text) == "task" for number, text in cells[start:] if number == line)


def _pads_line(cells, at):
    """True when ``cells[at]`` is an empty cell after the only written cell of its line, itself one a line: the
    padding closing the header row of a table copied one cell a line (考核责任单位 | |), as a header cell is never
    empty but its corner."""
    return not cells[at][1] and at >= 2 and cells[at - 1][0] == cells[at][0] and cells[at - 1][1] != "" \
        and cells[at - 2][0] < cells[at - 1][0]


def _numbered_group(cells, end, first_number):
    """True when the cells from ``end`` to the first row's number (``first_number``) open with an item's number
    (1.政务 / 概况 / 1): a group's cell, merged over its rows and numbered, before the first row of a header without
    bars."""
    return first_number is not None and first_number > end and TASK.match(cells[end][1]) is not None


def _unnumbered(body, barred):
    """True when the rows are not cut by their numbers: none stands near the top of a table without bars,
    or a barred table has fewer number cells than half the rows its cells make read by what they hold
    (its 序号 cells span rows and were copied once, its items numbered inside their text:
    1.地区生产总值增长5%以上。)."""
    if not barred:
        return not any(ROW_NUMBER.match(text) for _, text in body[:_MAX_HEADER])
    numbers = sum(1 for _, text in body if ROW_NUMBER.match(text))
    return numbers < len(segment(body)[0]) / 2


def _without_sub_header(header, body, findings):
    """The body without a second header line: where the header line ends in empty cells (columns it names on the
    line below: 公开对象 | 公开方式 | || over 全社会 | 特定对象 | 主动公开 | 依申请公开), a first line below it of
    short words only, no number, no sentence, is the rest of the header, not a row. Its dropping is a finding."""
    if not body or not header or header[-1][1] or len({line for line, _ in header}) > 1:
        return body
    line = body[0][0]
    words = [text for number, text in body if number == line]
    named = [text for text in words if text]
    if len(named) < 2 or any(len(text) > _SUB_HEADER_CELL or not _WORDS.fullmatch(text) for text in named):
        return body
    findings.append(Finding(line, "info", "sub_header", f"the line under the header holds only short words "
                            f"({' | '.join(named)}) under header cells spanning two columns", "read it as the "
                            "header's second line, not a row"))
    return body[len(words):]


def _without_people(text, line, findings):
    """A cell of a unit column that names each unit's head too (市民政局 伍泽国), without the people.

    Only the space-separated parts of a cell whose other parts are units, and that are a short
    name no unit has (two to four characters), are taken for people; each is a finding.
    """
    parts = text.split()
    units = [part for part in parts if looks_like_unit_list(part)]
    people = [part for part in parts if part not in units and _PERSON.match(part)]
    if not units or len(units) + len(people) != len(parts) or not people:
        return text
    findings.append(Finding(line, "info", "person_in_unit_cell", f"the unit cell names people too: {'、'.join(people)}",
                            "read the units only"))
    return " ".join(units)


def _together_written_out(row, findings):
    """The row with a unit cell of two units joined by 会 alone (宣传处会办公室) read as 会同 between them, a finding."""
    for field in ("lead", "support"):
        written = together_in_short(getattr(row, field))
        if written is not None:
            findings.append(Finding(row.line, "info", "together_in_short", f"the unit cell {getattr(row, field)} "
                                    "joins two units by 会 alone", f"read as {written}: the second works with the first"))
            row = replace(row, **{field: written})
    return row


def _with_duty_partners(rows, findings):
    """The rows of a table of departments' duties (相关部门 | 职责分工), each with the units its duty does its work
    with (会同保密部门和公安部门，对…检查) as supporting units: the row's department does the duty, the partners
    after 会同 help, as under a heading naming the department (:func:`zygraph.sentences.duties.owned_duty_units`)."""
    out = []
    for row in rows:
        partners = [item.text for item in owned_duty_units([], row.task) if item.role == "support"]
        if partners:
            findings.append(Finding(row.line, "info", "duty_partners", f"the duty names the units it works with "
                                    f"({'、'.join(partners)}) after 会同", "read them as supporting the row's unit"))
            row = replace(row, support="、".join(filter(None, [row.support, *partners])))
        out.append(row)
    return out


def read_piped(path: str | Path) -> RawDocument:
    """Read a web table copied as text: cells end in ``|``, the header names the columns.

    A table whose only unit column is 责任单位 (no 牵头单位) has all its
    units lead, as the grammar's role convention says. Line numbers are the
    lines where each row's first cell starts.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.txt"
    >>> _ = path.write_text("序号 |\\n重点工作 |\\n责任单位 |\\n1 |\\n办科技周 |\\n市科协、市科技局 |\\n", encoding="utf-8")
    >>> [(r.line, r.task, r.lead, r.support) for r in read_piped(path).rows]
    [(4, '办科技周', '市科协、市科技局', '')]
    """
    text, encoding, notes = document_text(path)
    lines, characters = simplified_lines(text)  # a Traditional copy read in the shape of its Simplified one
    # 1 | 任务 | 法规科 |, or *1 / 指标 / … / 区民政局 one a paragraph: a copy without its header row
    found = piped_cells(lines) or headless_table(lines) or numbered_cells_table(lines)
    transposed = column_tasks(lines) if found is None else None  # 地区 | 指标A | … / 责任单位 | 甲局 | …
    if transposed is not None:
        document = column_tasks_document(lines, transposed, path)
        return replace(document, meta={**document.meta, "encoding": encoding}, findings=characters + document.findings)
    if found is None:
        raise LayoutError("no piped table found: no run of cells ending in | names a task column (工作任务/重点工作) "
                          "and a unit column (牵头单位/责任单位)", path=path)
    loaded = [Finding(None, "info", code, message, "none needed") for code, message in notes]
    document = piped_document(lines, found, path)
    return replace(document, meta={**document.meta, "encoding": encoding},
                   findings=loaded + characters + document.findings)


def piped_document(lines: list[str], found, path, layout: str = "piped") -> RawDocument:
    """The RawDocument of the table :func:`piped_cells` found in ``lines`` (a text file's, or a web page's)."""
    header, rows, areas, findings = found
    normalise = Normalizer()
    findings = list(findings)
    found_header = find_header([[text for _, text in header]])
    if found_header is None:
        raise MissingColumnError(f"the piped table's header ({' | '.join(t for _, t in header)[:80]}) names no lead "
                                 "column (牵头单位, or 责任单位 alone); rename the header cell", path=path,
                                 line=header[0][0])
    columns = found_header[1]
    for line, text in header:  # 第二季度 / 完成情况: a header cell a narrow column wrapped over lines, joined
        raw = lines[line - 1].strip().strip("|").strip() if 0 < line <= len(lines) else text
        if raw and text != raw and text.startswith(raw) and "|" not in lines[line - 1].strip().strip("|"):
            findings.append(Finding(line, "info", "header_joined", f"the header cell {text} was wrapped over lines",
                                    "read its pieces as one cell"))
    # 评分部门: units that score the task, not do it; fitted as units so they stay out of the unit columns
    fitting = ["others" if column is None and names_units_of_no_role(text) else column
               for column, (_, text) in zip(columns, header)]
    findings += [Finding(line, "info", "column_of_no_role", f"the column {text} names units that judge the "
                         "tasks, not units that do them", "not read as the tasks' units")
                 for column, (line, text) in zip(fitting, header) if column == "others"]
    columns, targets = items_as_tasks(columns, [text for _, text in header], [[text for _, text in row] for row in rows],
                                      header[0][0])
    findings += targets
    columns, rows = groups_over_items(columns, header, rows, findings)
    columns, rows = groups_after_numbers(columns, header, rows, findings)  # 1 / 加强组织领导 / 召开…。 / 2 / 纳入…。
    with_area = any(areas) and "area" not in columns
    area_at = columns.index("area") if "area" in columns else None
    with_people = any(names_people_too(text) for _, text in header)  # 牵头单位及主要负责人: 市民政局 伍泽国
    grid = [[(normalise(text, line), False) for line, text in header] + ([("领域", False)] if with_area else [])]
    starts, headings = [header[0][0]], []
    plain = Normalizer()  # its own, so the findings of how the cells were normalised count each cell once
    repeated = repeated_cells([[plain(text) for _, text in row] for row in rows])
    refitted = False
    for row, area in zip(rows, areas):
        line = row[0][0]
        if any(number < line for number, _ in row):
            findings.append(Finding(line, "info", "merged_cell", "the row has no unit cells of its own: they are "
                                    "merged with those of the row above, copied once", "gave it the units of the row above"))
        if with_people:
            row = [(number, _without_people(text, number, findings)) for number, text in row]
        if area and area_at is not None and area_at < len(row) and not row[area_at][1]:
            row = [*row[:area_at], (row[area_at][0], area), *row[area_at + 1:]]  # its area cell, cut out of the row
        texts = [normalise(text, number) for number, text in row]
        if len(row) == len(header) and not misfits(texts, fitting, repeated):
            parts = [texts]
        else:
            joins = []
            parts = [fit_row(part, fitting, repeated, joins) for part in split_merged(texts, len(header), fitting)]
            findings += [Finding(line, "info", "units_joined_after_comma", f"the cell of units {text[:30]} was "
                                 "broken after its 、, the row having more cells of units than the header unit columns",
                                 "read the pieces as one cell") for text in joins]
            why = "but its cells do not fit the columns in order" if len(row) == len(header) else \
                f"but the header {len(header)}"
            findings.append(Finding(line, "warning", "row_realigned", f"the row has {len(row)} cells {why}",
                                    "gave each column the cells that fit it: "
                                    + " || ".join(" | ".join(text[:12] for text in part) for part in parts)))
            refitted = True
        for index, part in enumerate(parts):
            merged = [False] * len(part)
            if index:  # a second task in the row: its empty cells are merged with the task above (序号, units)
                merged = [not text and column in ("seq", "lead", "support") for text, column in zip(part, columns)]
                part = [parts[0][j] if merged[j] else text for j, text in enumerate(part)]
            headings.append(area)
            grid.append([(text, was) for text, was in zip(part, merged)] + ([(area, False)] if with_area else []))
            starts.append(line)
    area_columns = [i for i, column in enumerate(columns) if column == "area"]  # 类别 | 项目: two, read as one
    if area_at is not None and any(headings) and not any(row[i][0] for row in grid[1:] for i in area_columns
                                                         if i < len(row)):
        # every row fitted without a cell in an area column (its group cells read with the tasks): the headings
        # (一、…) above the rows name their areas
        grid[1:] = [[*row[:area_at], (heading, False), *row[area_at + 1:]] if area_at < len(row) else row
                    for row, heading in zip(grid[1:], headings)]
    if repeated and refitted:  # 《政府信息公开条例》 in every row: the law cited, kept out of the tasks
        findings.append(Finding(header[0][0], "info", "cells_in_every_row", "cells written the same in most rows: "
                                + " | ".join(sorted(text[:20] for text in repeated)), "fitted the realigned rows "
                                "with them as notes, never as a task"))
    level = deepest_level([text for _, text in header])
    if level is not None:  # 一级目录 | 二级目录 | 三级目录: the item is named at the deepest level
        findings.append(Finding(header[level][0], "info", "catalog_levels", "the header names levels of a catalog, "
                                f"the deepest {header[level][1]}", f"read {header[level][1]} as naming the item "
                                "(the task), the levels before it as its groups (areas)"))
    if with_area:
        columns = [*columns, "area"]
    found_rows, grid_findings, _ = grid_rows(grid, (0, columns), "", "row {}")
    lines_of = {index: starts[index - 1] for index in range(1, len(starts) + 1)}
    out = [replace(row, line=lines_of.get(row.line, row.line)) for row in found_rows]
    findings += normalise.findings() + [replace(f, line=lines_of.get(f.line, f.line)) for f in grid_findings]
    if not out:
        raise LayoutError("the piped table has a header but no task rows under it", path=path, line=header[0][0])
    if any(names_duties(text) for _, text in header):
        out = _with_duty_partners(out, findings)
    out = [_together_written_out(row, findings) for row in out]
    before = lines[: header[0][0] - 1]
    out, led = led_by_notice(before, [text for _, text in header], out)  # 办公室牵头，各有关股所…分别负责
    findings += led
    meta = parse_notice(before, after=lines[len(before) :])
    findings += first_listed_leads(before) or first_listed_leads_in_cell(out)  # …（列在首位的为牵头部门，下同）
    return RawDocument(str(path), layout, meta, out, findings)
