"""Reader for a Word table exported as text: a notice, then TAB-started cells.

Layout: each table cell is a line that begins with a TAB; a line without the
TAB continues the cell above it (a name broken across two lines); a blank line
ends a row. The text before the table is the notice, from which the document
number, issuer, title and date are taken.
"""

from __future__ import annotations

import re
from pathlib import Path

from zygraph.errors import LayoutError, MissingColumnError
from zygraph.findings import Finding
from zygraph.readers.columns import (HEADER_SYNONYMS, REQUIRED, column_for, columns_for, is_responsible,
                                     main_responsible)
from zygraph.readers.notice import first_listed_leads, parse_notice
from zygraph.readers.raw import RawDocument, RawRow
from zygraph.source import load_text
from zygraph.readers.spreadsheet import duplicate_columns

__all__ = ["read_tabbed_text", "clean_cell"]

_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_INNER_SPACE = re.compile(rf"(?<=[{_CJK}])[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+(?=[{_CJK}])")


def clean_cell(text: str) -> tuple[str, bool]:
    """Strip a cell and remove spaces that stand between Chinese characters.

    Returns the cleaned text and whether a space inside it was removed.
    Spaces between Latin words or digits are kept.

    Examples
    --------
    >>> clean_cell(" 及时做好 政策解读 ")
    ('及时做好政策解读', True)
    >>> clean_cell("AI and big data")
    ('AI and big data', False)
    """
    stripped = text.strip()
    cleaned = _INNER_SPACE.sub("", stripped)
    return cleaned, cleaned != stripped


def read_tabbed_text(path: str | Path) -> RawDocument:
    """Read a TAB-celled text export of a task-division table.

    Examples
    --------
    >>> doc = read_tabbed_text("data/ziyang_2023_science_literacy_tasks.txt")
    >>> doc.rows[0].area, doc.rows[0].lead
    ('总体要求', '市科协')
    """
    text, encoding, notes = load_text(path)
    findings = [Finding(None, "info", code, message, "none needed") for code, message in notes]
    lines = text.split("\n")
    blocks, stray = _blocks(lines)
    header_index = _find_header(blocks, path)
    header_line = blocks[header_index][0][0]
    columns = columns_for([text for _, text, _ in blocks[header_index]])
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        names = " and ".join(f"{c} ({'/'.join(HEADER_SYNONYMS[c][:3])})" for c in missing)
        raise MissingColumnError(
            f"the table header has no {names} column; found {', '.join(t for _, t, _ in blocks[header_index])}. "
            "Rename the header cell or add the column",
            path=path,
            line=header_line,
        )
    for (line, text, _), column in zip(blocks[header_index], columns):
        if column == "lead" and is_responsible(text) and "support" in columns:
            findings.append(main_responsible(text.strip(), line))  # 主要责任单位 | 责任单位: the main one leads
        elif column == "lead" and is_responsible(text):
            findings.append(Finding(line, "info", "responsible_column",
                                    f"the table names units only under {text.strip()}, with no 牵头单位 column",
                                    "every unit named there leads, unless the document says the first listed leads"))
            findings += first_listed_leads([text], line) or first_listed_leads(lines[: header_line - 1])
    body = blocks[header_index + 1 :]
    header_end = blocks[header_index][-1][2]
    if _lost_empty_cells(lines, header_end, body, len(columns)):
        trimmed = _trimmed_blocks(lines, header_end, len(columns))
        if trimmed is not None:
            body, stray = trimmed
            findings.append(Finding(header_line, "info", "empty_cells_trimmed",
                                    "the empty cells have lost their TAB (trailing white space was trimmed, as some "
                                    "editors do), so each is a blank line",
                                    f"read each row as {len(columns)} cells, a blank line standing for an empty one"))
        else:
            findings.append(Finding(header_line, "warning", "empty_cells_trimmed",
                                    "the empty cells seem to have lost their TAB (trailing white space trimmed), and "
                                    "the rows cannot be re-aligned: cells may have moved a column left",
                                    "read as written; export the table again without trimming white space"))
    findings += duplicate_columns(columns, [t for _, t, _ in blocks[header_index]], header_line, f"line {header_line}")
    for line, message in stray:
        if line > header_line:
            findings.append(Finding(line, "warning", "stray_text", message, "ignored: it is not inside a table cell"))
    meta = parse_notice(lines[: header_line - 1], after=lines[header_line - 1 :])
    meta["encoding"] = encoding
    rows = []
    area = ""
    for position, block in enumerate(body):
        row, area = _row(block, columns, area, findings, path, last=position == len(body) - 1)
        if row is not None:
            rows.append(row)
    if not rows:
        raise LayoutError(
            "the table has a header but no task rows under it; check that each cell line starts with a TAB",
            path=path,
            line=header_line,
        )
    return RawDocument(path=str(path), layout="tabbed-text", meta=meta, rows=rows, findings=findings)


def _blocks(lines):
    """Group TAB-started cell lines into rows; return rows and stray lines."""
    blocks, stray, current = [], [], []
    for number, line in enumerate(lines, start=1):
        if line.startswith("\t"):
            current.append([number, line[1:], number])
        elif not line.strip():
            if current:
                blocks.append(current)
                current = []
        elif current:
            current[-1][1] += line  # a cell broken across lines: the text goes on
            current[-1][2] = number
        else:
            stray.append((number, f"text outside any cell: {line.strip()[:40]}"))
    if current:
        blocks.append(current)
    return [[(start, text, end) for start, text, end in block] for block in blocks], stray


def _lost_empty_cells(lines, header_end, body, width) -> bool:
    """True when no cell line under the header is empty yet some row is short: empty cells became blank lines."""
    if not any(len(block) < width for block in body[:-1]):
        return False
    return not any(line.startswith("\t") and not line.strip() for line in lines[header_end:])


def _trimmed_blocks(lines, header_end, width):
    """Rows of exactly ``width`` cells, a blank line inside a row being an empty cell; None if that does not fit.

    After the header, a row is ``width`` cell lines then one blank line. A
    TAB-started line where the row is already full means the layout is not
    that, and the caller falls back to the usual reading.
    """
    body = lines[header_end:]
    while body and not body[-1].strip():
        body.pop()  # the last row's empty last cells, and the end of the file
    blocks, stray, current, filled, text_cell = [], [], [], width, False
    for number, line in enumerate(body, start=header_end + 1):
        if line.startswith("\t"):
            if filled == width:
                return None
            current.append([number, line[1:], number])
            filled, text_cell = filled + 1, True
        elif not line.strip():
            if filled == width:
                if current:
                    blocks.append(current)
                current, filled, text_cell = [], 0, False
            else:
                current.append([number, "", number])
                filled, text_cell = filled + 1, False
        elif text_cell:
            current[-1][1] += line  # a cell broken across lines
            current[-1][2] = number
        elif filled in (0, width) and not current:
            stray.append((number, f"text outside any cell: {line.strip()[:40]}"))
        else:
            return None
    if current:
        blocks.append(current)
    return [[(start, text, end) for start, text, end in block] for block in blocks], stray


def _find_header(blocks, path) -> int:
    for index, block in enumerate(blocks):
        known = [column_for(text) for _, text, _ in block]
        if sum(c is not None for c in known) >= 2:
            return index
    looked_for = "、".join(HEADER_SYNONYMS["task"][:2] + HEADER_SYNONYMS["lead"][:1] + HEADER_SYNONYMS["support"][:2])
    if blocks:
        raise LayoutError(
            f"no table header found: no row of TAB-started cells names at least two columns such as {looked_for}. "
            "Add the header row, or check that this is a task-division table",
            path=path,
            line=blocks[0][0][0],
        )
    raise LayoutError(
        "no table found: no line starts with a TAB. This reader expects a Word table exported as text "
        "(one cell per TAB-started line, a blank line between rows)",
        path=path,
    )


def _row(block, columns, area, findings, path, last=False):
    first_line = block[0][0]  # the row's first cell; findings about one cell name that cell's line
    if len(block) > len(columns):
        raise LayoutError(
            f"this row has {len(block)} cells but the header has {len(columns)}; "
            "check for a cell split by a stray TAB or a missing blank line between rows",
            path=path,
            line=first_line,
        )
    cells: dict[str, str] = {}
    cell_lines: dict[str, int] = {}
    for (start, text, end), column in zip(block, columns):
        value, spaced = clean_cell(text)
        if spaced:
            findings.append(Finding(start, "info", "space_removed", f"removed a stray space inside {value[:30]}",
                                    "the text is read without it"))
        if end != start:
            findings.append(Finding(start, "info", "cell_joined",
                                    f"the cell {value[:30]} is broken across lines {start}-{end}",
                                    "joined into one cell"))
        if column is not None:
            cell_lines.setdefault(column, start)
            cells[column] = f"{cells[column]}；{value}" if cells.get(column) else value
    if len(block) < len(columns):
        lacking = '、'.join(HEADER_SYNONYMS[c][0] if c else "?" for c in columns[len(block):])
        if last:  # the end of the file cut the last row's empty cells (Word's export does)
            findings.append(Finding(first_line, "info", "missing_cells", f"the row lacks its last cell(s): {lacking}",
                                    "read them as empty"))
        else:
            findings.append(Finding(first_line, "warning", "missing_cells",
                                    f"the row has {len(block)} cells where the header has {len(columns)}; if a cell in "
                                    "the middle was left out, the cells after it moved one column left",
                                    f"read the last cell(s) ({lacking}) as empty; check the row in the source"))
    if not any(cells.values()):
        findings.append(Finding(first_line, "info", "empty_row", "an empty row", "skipped"))
        return None, area
    written_area = cells.get("area", "")
    if not written_area and "area" in columns:
        if area:
            findings.append(Finding(first_line, "info", "area_carried", f"the area cell is empty; the area above is {area}",
                                    f"read as {area}"))
        else:
            findings.append(Finding(first_line, "warning", "no_area", "the first row has no area", "left empty"))
    elif written_area == area:
        findings.append(Finding(first_line, "info", "area_restated",
                                f"the area {area} is written again (as after a page break)", "read as the same area"))
    area = written_area or area
    if not cells.get("task"):
        findings.append(Finding(first_line, "warning", "no_task_text", "the row has units but no task text",
                                "skipped; write the task into the 工作任务 cell"))
        return None, area
    row = RawRow(line=first_line, area=area, task=cells["task"], lead=cells.get("lead", ""),
                 support=cells.get("support", ""), note=cells.get("note", ""), lines=cell_lines)
    return row, area
