"""Reader for a spreadsheet (.xlsx or .csv) with a header row near the top; merged cells carry values down."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from zygraph.errors import InputError, LayoutError, MissingColumnError
from zygraph.findings import Finding
from zygraph.readers.columns import HEADER_SYNONYMS, REQUIRED, column_for
from zygraph.readers.archive import open_archive
from zygraph.readers.normalize import Normalizer
from zygraph.readers.notice import parse_notice
from zygraph.readers.raw import RawDocument, RawRow
from zygraph.readers.source import load_text

__all__ = ["read_spreadsheet", "find_header", "grid_rows", "HEADER_ROWS"]

#: How many rows from the top are searched for the header (title rows come first).
HEADER_ROWS = 15
_UNIT_COLUMNS = ("lead", "support")


def find_header(rows: list[list[str]]) -> tuple[int, list] | None:
    """Return ``(index, columns)`` of the first row naming a task and a lead column, or None.

    Examples
    --------
    >>> find_header([["资阳市任务分工表"], ["序号", "重点任务", "牵头单位", "配合单位"]])
    (1, ['seq', 'task', 'lead', 'support'])
    """
    for index, row in enumerate(rows):
        columns = [column_for(text) if text else None for text in row]
        if all(c in columns for c in REQUIRED):
            return index, columns
    return None


def grid_rows(cells, header, area, where):
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
    rows, findings = [], []
    header_texts = [text for text, _ in cells[index]]
    for number, row in enumerate(cells[index + 1 :], start=index + 2):
        spot = where.format(number)
        if [text for text, _ in row] == header_texts:
            findings.append(Finding(number, "info", "header_repeated", f"{spot} repeats the header", "skipped"))
            continue
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


def _cell(text: str, column: str) -> str:
    """Fold a multi-line cell: unit names one per line become a 、-list, other text is joined."""
    parts = [part.strip() for part in text.split("\n") if part.strip()]
    return ("、" if column in _UNIT_COLUMNS else "").join(parts)


def read_spreadsheet(path: str | Path) -> RawDocument:
    """Read an .xlsx workbook (its first sheet with a header) or a .csv file.

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
        sheets = [("", grid, notes) for grid, notes in _csv_grids(text, path)]
    else:
        sheets = list(_xlsx_grids(path))
    tried = []
    for name, grid, notes in sheets:
        cells = [[(normalise(text, number), merged) for text, merged in row] for number, row in enumerate(grid, 1)]
        header = find_header([[text for text, _ in row] for row in cells[:HEADER_ROWS]])
        tried.append(cells)
        if header is None:
            continue
        where = f"sheet {name}, row {{}}" if name else "row {}"
        rows, found, _ = grid_rows(cells, header, "", where)
        title = [" ".join(text for text, _ in row if text) for row in cells[: header[0]]]
        meta = {**parse_notice(title), "sheet": name}
        if not rows:
            raise LayoutError("the table has a header but no task rows under it", path=path, line=header[0] + 1)
        if name and len(sheets) > 1:
            findings.append(Finding(None, "info", "sheet_chosen", f"read the sheet {name}, the first with a header",
                                    "other sheets ignored"))
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


def _xlsx_grids(path):
    import openpyxl

    stream = open_archive(path, "an Excel .xlsx")  # sizes, integrity and XML checked before openpyxl reads it
    try:  # a stream: openpyxl then does not insist on the .xlsx name
        workbook = openpyxl.load_workbook(stream, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise InputError(f"this is not an Excel .xlsx file that can be opened ({exc}); "
                         "open it in Excel and save it again as .xlsx", path=path) from None
    for sheet in workbook.worksheets:
        grid = [[(_text(value), False) for value in row] for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:  # Excel keeps a merged value in the top-left cell only
            value = grid[merged.min_row - 1][merged.min_col - 1][0]
            for row in range(merged.min_row, merged.max_row):
                grid[row][merged.min_col - 1] = (value, True)
        yield sheet.title, grid, []


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
