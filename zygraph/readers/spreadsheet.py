"""Reader for a spreadsheet (.xlsx or .csv) with a header row near the top; merged cells carry values down."""

from __future__ import annotations

import csv
import io
from collections import Counter
import zipfile
from pathlib import Path

from zygraph.errors import InputError, LayoutError, MissingColumnError
from zygraph.findings import Finding
from zygraph.readers.archive import open_archive
from zygraph.readers.columns import (HEADER_SYNONYMS, REQUIRED, column_for, columns_for, is_responsible,
                                     main_responsible, names_level, names_location, names_problem,
                                     names_units_of_no_role)
from zygraph.readers.lines import headings_over_items
from zygraph.readers.normalize import Normalizer
from zygraph.readers.rowfit import cell_kind, items_as_tasks
from zygraph.readers.notice import first_listed_leads, parse_notice
from zygraph.readers.raw import RawDocument, RawRow
from zygraph.source import load_text

__all__ = ["read_spreadsheet", "find_header", "grid_rows", "duplicate_columns", "HEADER_ROWS"]

_FEWEST_UNIT_CELLS = 2  # cells of unit names a column needs to be read as the units' by what it holds
_UNIT_SHARE = 0.6  # of its filled cells

#: How many rows from the top are searched for the header (title rows come first).
HEADER_ROWS = 15
_UNIT_COLUMNS = ("lead", "support")


def find_header(rows: list[list[str]], body: list[list[str]] | None = None) -> tuple[int, list] | None:
    """Return ``(index, columns)`` of the first row naming a task and a lead column, or None.

    Given the table's rows (``body``, the header rows among them), a header naming a task column but no
    unit column finds its units by what the cells hold: a column of unit names in most rows leads.

    Examples
    --------
    >>> find_header([["资阳市任务分工表"], ["序号", "重点任务", "牵头单位", "配合单位"]])
    (1, ['seq', 'task', 'lead', 'support'])

    A table naming units only under 责任单位 (no 牵头单位 column) has them lead:

    >>> find_header([["序号", "重点工作", "责任单位", "完成时限"]])
    (0, ['seq', 'task', 'lead', 'note'])
    >>> grid = [["序号", "部门", "考核内容"], ["1", "县农粮局", "粮食生产。"], ["2", "县水利局", "水利建设。"]]
    >>> find_header(grid), find_header(grid, body=grid)
    (None, (0, ['seq', 'lead', 'task']))
    """
    for index, row in enumerate(rows):
        columns = columns_for(row)
        if all(c in columns for c in REQUIRED):
            return index, columns
    for index, row in enumerate(rows if body is not None else ()):
        columns = columns_for(row)
        if "task" not in columns or {"lead", "support"} & set(columns):
            continue
        # 序号 | 考核项目 | 考核项目 | 考核内容 over 1 | 重点考核部门 | 县农粮局 | …: no header names the units,
        # but one column holds unit names in most rows: it is the column of the units answering for the task
        below = [cells for cells in body[index + 1:] if any(cells)]
        found = []
        for at, column in enumerate(columns):
            filled = [cells[at] for cells in below if at < len(cells) and cells[at]]
            units = {text for text in filled if cell_kind(text) == "units"}
            if column in (None, "area") and len(units) >= _FEWEST_UNIT_CELLS \
                    and sum(text in units for text in filled) >= _UNIT_SHARE * len(filled):
                found.append((len(units), at))  # the most names: 县农粮局, 县水利局 …, not a category (重点考核部门)
        if found:
            at = max(found)[1]
            return index, [("lead" if i == at else c) for i, c in enumerate(columns)]
    return None


def _problem_findings(header_texts, columns, line):
    """The findings of a table of problems found (路段名称 | 问题描述 | 责任单位): each problem read as the task its
    unit answers for, each location as the row's area."""
    findings = []
    for text, column in zip(header_texts, columns):
        if column == "task" and names_problem(text):
            findings.append(Finding(line, "info", "problem_column", f"the column {text} names the problems a check "
                                    "found", "read each problem as the task the row's units answer for"))
        elif column == "area" and names_location(text):
            findings.append(Finding(line, "info", "location_column", f"the column {text} names where each row's "
                                    "problem is", "read it as the row's area, not its task"))
    return findings


def grid_rows(cells, header, area, where, offset=0):
    """Turn the rows under a header into RawRows.

    Parameters
    ----------
    cells : list of list of (text, merged)
        Every row of the grid, header included; ``merged`` is True where the
        value came from a cell merged down from the row above.
    header : (index, columns)
        As :func:`find_header` returns.
    area : str
        The area carried in from a table above ("" for none).
    where : str
        How to name a row in messages, with ``{}`` for its 1-based number.
    offset : int
        Added to every row number (-1 when the caller put a header above the grid).

    Returns
    -------
    rows, findings, area
        ``area`` is the last area read, to carry into a following table.

    Examples
    --------
    >>> cells = [[("领域", False), ("工作任务", False), ("牵头单位", False)],
    ...          [("科普", False), ("办科技周", False), ("市科协", False)],
    ...          [("科普", True), ("办科普日", False), ("市科技局", False)]]
    >>> rows, findings, area = grid_rows(cells, find_header([[t for t, _ in r] for r in cells]), "", "row {}")
    >>> [(r.line, r.area, r.task, r.lead) for r in rows], [f.code for f in findings], area
    ([(2, '科普', '办科技周', '市科协'), (3, '科普', '办科普日', '市科技局')], ['area_merged'], '科普')
    """
    index, columns = header
    header_texts = [text for text, _ in cells[index]]
    rows, findings = [], [] if offset else duplicate_columns(columns, header_texts, index + 1, where.format(index + 1))
    body = cells[index + 1:]
    if len(columns) >= 3 and columns[0] in ("task", "area") and columns[1] in ("task", "note", None) \
            and headings_over_items([row[0][0] if row else "" for row in body],
                                    [row[1][0] if len(row) > 1 else "" for row in body]):
        # 工作任务 | 具体要求 over 一、… | 1.…: the first column heads groups of the numbered items, the tasks
        columns = ["area", "task", *columns[2:]]
        findings.append(Finding(index + 1, "info", "groups_over_items", f"the column {header_texts[0]} holds "
                                f"headings (一、…) over the numbered items of {header_texts[1]}",
                                f"read {header_texts[0]} as the area of the rows, {header_texts[1]} as their tasks"))
    else:  # 项目 | 目标任务 over 地区生产总值增长率 | 186: the items are the tasks
        columns, targets = items_as_tasks(columns, header_texts, [[text for text, _ in row] for row in body], index + 1)
        findings += targets
    for text, column in zip(header_texts, columns):
        if column == "lead" and is_responsible(text) and not offset and "support" in columns:
            findings.append(main_responsible(text, index + 1))  # 主要责任单位 | 责任单位: the main one leads
        elif column == "lead" and is_responsible(text) and not offset:
            findings.append(Finding(index + 1, "info", "responsible_column",
                                    f"the table names units only under {text}, with no 牵头单位 column",
                                    "every unit named there leads, unless the document says the first listed leads"))
            findings += first_listed_leads([text], index + 1)
        elif column == "lead" and column_for(text) not in ("lead", "support") and not names_units_of_no_role(text) \
                and not is_responsible(text) and not offset:
            findings.append(Finding(index + 1, "warning", "unit_column_by_content",
                                    f"no header names a unit column; the column {text or '(no header)'} holds unit names",
                                    "read them as the units answering for the tasks, each leading"))
        elif column == "lead" and names_units_of_no_role(text) and not offset:
            findings.append(Finding(index + 1, "warning", "judging_column_read_as_responsible",
                                    f"the only units the table names are under {text}, units that judge the tasks",
                                    "read them as the units answerable for the tasks, each leading"))
    if not offset:
        findings += _problem_findings(header_texts, columns, index + 1)
    width = max((i + 1 for i, text in enumerate(header_texts) if text), default=0)
    lengths = Counter(len(row) for row in cells[index + 1 :])
    usual = lengths.most_common(1)[0][0] if lengths else width
    for number, row in enumerate(cells[index + 1 :], start=index + 2 + offset):
        spot = where.format(number)
        if [text for text, _ in row] == header_texts:
            findings.append(Finding(number, "info", "header_repeated", f"{spot} repeats the header", "skipped"))
            continue
        findings += _width_findings(row, width, usual, number, spot)
        values: dict[str, str] = {}
        for (text, was_merged), column in zip(row, columns):
            if column is None or not text:
                continue
            text = _cell(text, column)
            if was_merged and column != "area":
                findings.append(Finding(number, "info", "merged_cell",
                                        f"{spot}: the {HEADER_SYNONYMS[column][0]} cell is merged with the one above",
                                        f"read {text[:30]} for this row too"))
            joiner = "、" if column in _UNIT_COLUMNS else "；"
            values[column] = f"{values[column]}{joiner}{text}" if values.get(column) else text
        if not values:
            findings.append(Finding(number, "info", "empty_row", f"{spot} is empty", "skipped"))
            continue
        area_merged = any(m for (_, m), c in zip(row, columns) if c == "area")
        if "area" in columns and area_merged:
            findings.append(Finding(number, "info", "area_merged", f"{spot}: the area cell is merged with the one above",
                                    f"read as {values.get('area', area)}"))
        elif "area" in columns and not values.get("area"):
            if area:
                findings.append(Finding(number, "info", "area_carried", f"{spot}: the area cell is empty",
                                        f"read as the area above, {area}"))
            else:
                findings.append(Finding(number, "warning", "no_area", f"{spot}: the first row has no area", "left empty"))
        area = values.get("area") or area
        if not values.get("task"):
            findings.append(Finding(number, "warning", "no_task_text", f"{spot} has units but no task text",
                                    "skipped; write the task into the task cell"))
            continue
        rows.append(RawRow(line=number, area=area, task=values["task"], lead=values.get("lead", ""),
                           support=values.get("support", ""), note=values.get("note", "")))
    return rows, findings, area


def duplicate_columns(columns, texts, line, spot) -> list:
    """A warning for each zygraph column that two header cells name (their cells are read as one).

    Examples
    --------
    >>> [f.message for f in duplicate_columns(["task", "support", "support"], ["任务", "责任单位", "配合单位"], 1, "row 1")]
    ['row 1: the header names the support column twice (责任单位、配合单位)']
    >>> duplicate_columns(["area", "area", "task"], ["一级指标", "二级指标", "三级指标"], 1, "row 1")  # levels
    []
    """
    found = []
    for column in dict.fromkeys(c for c in columns if c is not None):
        named = [text for text, c in zip(texts, columns) if c == column]
        if len(named) > 1 and not (column == "area" and all(names_level(text) for text in named)):
            # (一级指标 | 二级指标: levels of nested groups, each an area by design)
            times = "twice" if len(named) == 2 else f"{len(named)} times"
            found.append(Finding(line, "warning", "duplicate_column",
                                 f"{spot}: the header names the {column} column {times} ({'、'.join(named)})",
                                 "their cells are read together as one; rename the column that means something else"))
    return found


def _width_findings(row, width, usual, number, spot):
    """Warnings for a row shorter than the rows around it, or with text past the header's last column."""
    found = []
    if len(row) < min(width, usual):
        found.append(Finding(number, "warning", "missing_cells",
                             f"{spot} has {len(row)} cells where the header has {width}; if a cell in the middle was "
                             "left out, the cells after it moved one column left",
                             "read the missing last cell(s) as empty; check the row in the source"))
    extra = [text for text, _ in row[width:] if text]
    if extra:
        found.append(Finding(number, "warning", "extra_cells",
                             f"{spot} has text past the header's last column ({extra[0][:30]})",
                             "not read; give the column a header, or check that the cells did not move right"))
    return found


def _cell(text: str, column: str) -> str:
    """Fold a multi-line cell: unit names one per line become a 、-list, other text is joined."""
    parts = [part.strip() for part in text.split("\n") if part.strip()]
    return ("、" if column in _UNIT_COLUMNS else "").join(parts)


def read_spreadsheet(path: str | Path, sheet: str | None = None) -> RawDocument:
    """Read an .xlsx workbook (its active sheet, or ``sheet``) or a .csv file.

    Of a workbook, the sheet named ``sheet`` is read, or else the active sheet
    (the one Excel shows on opening) when it is visible. If that sheet has no
    header, the other visible sheets are tried in order, with a warning;
    hidden sheets are read only when named. A formula whose value was never
    saved (a file written by a program, not by Excel) reads as empty, with a
    warning naming its cells.

    A file is a workbook when it is named .xlsx/.xlsm or is a zip archive;
    any other file is read as comma-, TAB- or semicolon-separated text.

    Line numbers are spreadsheet row numbers. The header is the first of the
    top :data:`HEADER_ROWS` rows that names a task and a lead column (see
    :mod:`zygraph.readers.columns`); the rows above it are the title.

    Raises
    ------
    MissingColumnError
        No header row names a task and a lead column.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = path.write_text("任务分工表\\n领域,工作任务,牵头单位,配合单位\\n科普,办科技周,市科技局,市科协\\n,办科普日,市科协,\\n",
    ...                     encoding="utf-8")
    >>> [(r.line, r.area, r.task, r.lead, r.support) for r in read_spreadsheet(path).rows]
    [(3, '科普', '办科技周', '市科技局', '市科协'), (4, '科普', '办科普日', '市科协', '')]
    """
    normalise = Normalizer()
    findings = []
    if not _is_workbook(path):
        text, encoding, notes = load_text(path)
        findings += [Finding(None, "info", code, message, "none needed") for code, message in notes]
        sheets = (("", grid, quotes) for grid, quotes in _csv_grids(text, path))  # parsed one delimiter at a time
    else:
        sheets = _xlsx_grids(path, sheet)
    tried, first_name = [], None
    for position, (name, grid, notes) in enumerate(sheets):
        first_name = name if first_name is None else first_name
        cells = [[(normalise(text, number), merged) for text, merged in row] for number, row in enumerate(grid, 1)]
        texts = [[text for text, _ in row] for row in cells]
        header = find_header(texts[:HEADER_ROWS], body=texts)  # a header row first; else a unit column by content
        tried.append(cells[:HEADER_ROWS])  # for the message; a grid without a header is not kept whole
        if header is None:
            continue
        where = f"sheet {name}, row {{}}" if name else "row {}"
        rows, found, _ = grid_rows(cells, header, "", where)
        title = [" ".join(text for text, _ in row if text) for row in cells[: header[0]]]
        meta = {**parse_notice(title), "sheet": name}
        found = first_listed_leads(title) + found
        if not rows:
            raise LayoutError("the table has a header but no task rows under it", path=path, line=header[0] + 1)
        if name and position > 0:
            findings.append(Finding(None, "warning", "sheet_chosen",
                                    f"the active sheet {first_name} has no table header; read the sheet {name}, "
                                    "the next visible sheet with one", "pass --sheet NAME to choose the sheet"))
        if name and sheet is None:
            findings += [Finding(None, "warning", "sheet_not_read", f"the sheet {other} also holds a task table",
                                 f"not read; pass --sheet {other} to read it, or save each sheet as its own file")
                         for other, other_grid, _ in sheets
                         if find_header([[text for text, _ in row] for row in other_grid[:HEADER_ROWS]])]
        return RawDocument(path=str(path), layout="spreadsheet", meta=meta, rows=rows,
                           findings=findings + notes + normalise.findings() + found)
    first = next((" | ".join(t for t, _ in row if t)[:60] for cells in tried for row in cells if any(t for t, _ in row)),
                 "nothing")
    raise MissingColumnError(
        f"no header row in the first {HEADER_ROWS} rows names a task column "
        f"({'/'.join(HEADER_SYNONYMS['task'][:3])}) and a lead column ({'/'.join(HEADER_SYNONYMS['lead'][:2])}); "
        f"the first row reads: {first}. Rename the header cells or add the header row",
        path=path,
    )


def _is_workbook(path) -> bool:
    """An .xlsx is a zip; a file named .xlsx that is not one is reported by openpyxl's loader."""
    return Path(path).suffix.lower() in (".xlsx", ".xlsm") or zipfile.is_zipfile(path)


def _csv_grids(text, path):
    """The text parsed with each likely delimiter, with findings; the caller keeps the first with a header."""
    for delimiter in (",", "\t", ";"):
        yield _csv_grid(text, delimiter, path)


def _csv_grid(text, delimiter, path):
    """One parse of the text: the grid, and a finding for each quote that swallowed whole lines."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    grid, findings, start = [], [], 1
    try:
        for row in reader:
            grid.append([(cell, False) for cell in row])
            if reader.line_num > start:
                findings += _quote_findings(row, delimiter, start, reader.line_num, len(grid))
            start = reader.line_num + 1
    except csv.Error as exc:
        limit = csv.field_size_limit()
        if "field limit" in str(exc):
            raise InputError(f"a cell is longer than {limit:,} characters, the most zygraph reads; a quote (\") "
                             "that never closes makes the rest of the file one cell: check the quotes from this line, "
                             "or shorten the cell", path=path, line=start) from None
        raise InputError(f"the CSV cannot be read ({exc}); check the quotes from this line", path=path,
                         line=start) from None
    return grid, findings


def _quote_findings(row, delimiter, start, end, number):
    """A quoted cell spanning lines that hold the delimiter: a quote opened and closed far away (or never)."""
    line = start
    for cell in row:
        swallowed = [part for part in cell.split("\n")[1:] if delimiter in part]
        if swallowed:
            yield Finding(number, "warning", "unbalanced_quote",
                          f"line {line}: a quote (\") opens a cell here and closes only on line {end}, so "
                          f"{end - line} lines that look like rows were read as one cell",
                          "read as written; fix the quotes in the source (a quote inside a cell is written \"\")")
        line += cell.count("\n")


def _load_workbook(stream, path, data_only: bool):
    import openpyxl

    from lxml.etree import LxmlError

    stream.seek(0)
    try:  # a stream: openpyxl then does not insist on the .xlsx name
        return openpyxl.load_workbook(stream, data_only=data_only)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, LxmlError) as exc:
        raise InputError(f"this is not an Excel .xlsx file that can be opened ({exc}); "
                         "open it in Excel and save it again as .xlsx", path=path) from None


def _sheets_to_read(workbook, sheet, path):
    """The named sheet; else the active sheet if visible, then the other visible sheets in order."""
    if sheet is not None:
        if sheet not in workbook.sheetnames:
            raise InputError(f"the workbook has no sheet named {sheet}; its sheets are "
                             f"{', '.join(workbook.sheetnames)}", path=path)
        return [workbook[sheet]], []
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    active = workbook.active
    first = [active] if active in visible else []
    hidden = [ws.title for ws in workbook.worksheets if ws.sheet_state != "visible"]
    notes = [Finding(None, "info", "sheet_hidden", f"the sheet {name} is hidden", f"not read; pass --sheet {name} "
                     "to read it") for name in hidden]
    return first + [ws for ws in visible if ws is not active], notes


def _xlsx_grids(path, sheet=None):
    stream = open_archive(path, "an Excel .xlsx")  # sizes, integrity and XML checked before openpyxl reads it
    workbook = _load_workbook(stream, path, data_only=True)
    formulas = None  # the workbook with formulas, loaded once a cell without a value is met
    chosen, hidden = _sheets_to_read(workbook, sheet, path)
    for ws in chosen:
        rows = list(ws.iter_rows(values_only=True))
        grid = [[(_text(value), False) for value in row] for row in rows]
        notes = list(hidden)
        if any(value is None for row in rows for value in row):
            formulas = formulas or _load_workbook(stream, path, data_only=False)
            notes += _formula_findings(formulas[ws.title], rows)
        for merged in ws.merged_cells.ranges:  # Excel keeps a merged value in the top-left cell only
            value = grid[merged.min_row - 1][merged.min_col - 1][0]
            for row in range(merged.min_row, merged.max_row):
                grid[row][merged.min_col - 1] = (value, True)
        yield ws.title, grid, notes


def _formula_findings(sheet, values):
    """A warning for the cells that hold a formula but no saved value (read as empty)."""
    empty = [cell.coordinate for row, cached in zip(sheet.iter_rows(), values) for cell, value in zip(row, cached)
             if value is None and cell.data_type == "f"]
    if not empty:
        return []
    shown = "、".join(empty[:5]) + ("…" if len(empty) > 5 else "")
    return [Finding(None, "warning", "formula_without_value",
                    f"sheet {sheet.title}: {len(empty)} cell(s) hold a formula whose value was never saved ({shown})",
                    "read as empty; open the file in Excel and save it, so the values are stored")]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
