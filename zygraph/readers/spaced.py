"""Reader for a table flattened to text with spaces between cells: ``1 居民消费价格涨幅3%左右 发展改革委``.

Web pages and PDFs copied as text often lose a table's rules: each row becomes one
line, its cells separated by spaces. Such a table is found by its header, whose last
cells name a task column and unit columns (``序号 工 作 任 务 牵头负责部门``, perhaps
at the end of a longer line), followed by rows that start with their number. A row's
unit cells are the last space-separated parts that read as unit lists; everything
between the number and them is the task. Headings between rows (``一、…``) set the
area.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from zygraph.errors import LayoutError
from zygraph.findings import Finding
from zygraph.readers.columns import column_for, columns_for, names_people
from zygraph.readers.docx import document_text
from zygraph.readers.lines import heading_area
from zygraph.readers.normalize import Normalizer, simplified_lines
from zygraph.readers.notice import first_listed_leads, led_by_notice, parse_notice
from zygraph.readers.raw import RawDocument
from zygraph.readers.singlespaced import single_spaced_header, single_spaced_rows
from zygraph.readers.spreadsheet import grid_rows
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["read_spaced", "spaced_table", "spaced_document"]

_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_ROW = re.compile(r"^(\d{1,4})[ \t\u3000\u00a0]+(\S.*)$")
_DATE = re.compile(r"\d{4}年|\d{1,2}月|年底|年内|长期|持续|全年|每年|按期|\d{4}[-.]\d{1,2}")
_UNNAMED_CELL = 6  # longest header cell naming no column of ours that the header may hold
_MIN_ROWS = 2  # a header with fewer rows under it is a sentence that happens to name columns
_SHORT_PART = 2  # longest word a wrapped header cell leaves on its first line (牵头, 主体, 配合)
_NAME_PART = re.compile(r"[\u4e00-\u9fff]{1,3}")  # a person's name, or half of one a copy spaced out (汪 峰)


def _header_cells(line: str) -> list[str]:
    """The line's space-separated parts, runs of one-character parts joined (``工 作 任 务`` is one cell)."""
    cells: list[str] = []
    single = False
    for part in _SPACES.split(line.strip()):
        if len(part) == 1 and single:
            cells[-1] += part
        else:
            cells.append(part)
        single = len(part) == 1
    return _wrapped_cells(cells)


def _wrapped_cells(cells: list[str]) -> list[str]:
    """Header cells with a short word joined to the cell after it where a copy broke one cell in two.

    A header cell wrapped over two lines in the table comes as two parts (``牵头  领导``, ``主体  责任单位``).
    A short part is joined to the next when that one names a unit column the header names more than once
    (``牵头 责任单位 主体 责任单位 配合 责任单位``: no table has three columns of one name, the short words
    tell them apart), or names no column while the two together name a column of people (``牵头 领导``).

    >>> _wrapped_cells(["序号", "工作任务", "牵头", "领导", "牵头", "责任单位", "配合", "责任单位"])
    ['序号', '工作任务', '牵头领导', '牵头责任单位', '配合责任单位']
    >>> _wrapped_cells(["序号", "工作任务", "牵头", "配合"])  # two columns of their own
    ['序号', '工作任务', '牵头', '配合']
    """
    counts = Counter(cells)
    out: list[str] = []
    index = 0
    while index < len(cells):
        cell, after = cells[index], cells[index + 1] if index + 1 < len(cells) else ""
        repeated_units = counts[after] > 1 and column_for(after) in ("lead", "support")
        people = after and column_for(after) is None and names_people(cell + after)
        if len(cell) <= _SHORT_PART and (repeated_units or people):
            out.append(cell + after)
            index += 2
        else:
            out.append(cell)
            index += 1
    return out


def _header(line: str) -> list[str] | None:
    """The trailing cells of ``line`` that name columns, from the task column on; None if they name no units.

    A short cell that names no column of ours (``名称``, ``细化措施``) may sit among them.
    """
    cells = _header_cells(line)
    tail: list[str] = []
    for cell in reversed(cells):
        if column_for(cell) is None and len(cell) > _UNNAMED_CELL:
            break
        tail.insert(0, cell)
    columns = [column_for(cell) for cell in tail]
    if "task" not in columns or not {"lead", "support"} & set(columns[columns.index("task"):]):
        return None  # 牵头单位 工作任务: no unit column after the task
    return tail[columns.index("task"):]


def _split_row(rest: str, unit_columns: int, has_note: bool, after: int = 0, people: bool = False):
    """Split a row's text after its number into (task, unit cells, note).

    Where the header has ``after`` columns after the units (上半年推进情况), the parts after the last
    that reads as units are their text, when no more than a sentence's worth: the row's note. Where it
    has a column of ``people`` before the units (牵头领导), the short names closing the task's text are theirs.

    >>> _split_row("落实防控措施。 汪 峰 吴蓓蓓 县卫健委", 1, False, people=True)
    ('落实防控措施。', ['县卫健委'], '')
    """
    parts = _SPACES.split(rest)
    note = ""
    if has_note and after <= 1 and len(parts) > 1 and _DATE.search(parts[-1]) and not looks_like_unit_list(parts[-1]):
        note = parts.pop()
    elif after:
        last = next((i for i in range(len(parts) - 1, 0, -1) if looks_like_unit_list(parts[i])), None)
        if last is not None and last < len(parts) - 1:
            note, parts = " ".join(parts[last + 1:]), parts[: last + 1]  # 区科技局 全面启动…: the progress cell
    units: list[str] = []
    while len(parts) > 1 and looks_like_unit_list(parts[-1]):
        units.insert(0, parts.pop())
    if people and units:
        while len(parts) > 1 and _NAME_PART.fullmatch(parts[-1]):
            parts.pop()  # 汪 峰 吴蓓蓓: the cell of people between the task and its units, no part of the task
    return " ".join(parts), units, note


def _unit_cells(units: list[str], width: int) -> tuple[list[str], str]:
    """Fit the unit parts into ``width`` unit columns; say how when they do not fit one to one."""
    if len(units) == width or not units:
        return units + [""] * (width - len(units)), ""
    if width == 1:
        return ["、".join(units)], f"units split by spaces ({' '.join(units)[:60]}) read as one list"
    if len(units) < width:
        return units + [""] * (width - len(units)), (f"{len(units)} unit cell(s) for {width} unit columns: "
                                                     "read from the first unit column on")
    head = units[: width - 1]
    return head + ["、".join(units[width - 1:])], (f"{len(units)} unit parts for {width} unit columns: the last "
                                                   "parts read as one list in the last unit column")


def _unit_lines(lines: list[str]) -> list[str]:
    """The lines at the top of ``lines`` that each read as a unit list: no number, no heading, no blank."""
    out = []
    for line in lines:
        text = line.strip()
        if not text or _ROW.match(text) or heading_area(text) is not None or not looks_like_unit_list(text):
            break
        out.append(text)
    return out


def _broken_cells(units: list[str], below: list[str], width: int) -> tuple[list[str], str]:
    """Fit a row's ``units`` and the unit lines ``below`` it into ``width`` unit columns, and say how.

    A row short of unit cells whose next lines are units breaks over them: a cell of several units
    one a line (区财政局 / 区税务局) ends the row's line, the later cells follow. The last lines are
    the cells still missing; the lines before them go on the row's last unit cell.

    >>> _broken_cells(["区财政局"], ["区税务局", "区政府有关部门,各乡镇人民政府"], 2)[0]
    ['区财政局、区税务局', '区政府有关部门,各乡镇人民政府']
    """
    missing = width - len(units)
    if len(below) <= missing:
        cells = units + below
        return cells + [""] * (width - len(cells)), (f"the row's unit cells go on over {len(below)} line(s) "
                                                     "below it: read as its next unit columns")
    joined = "、".join([units[-1], *below[: len(below) - missing]])
    return [*units[:-1], joined, *below[len(below) - missing:]], (
        f"the row's unit cells go on over {len(below)} line(s) below it: the last {missing} read as its next "
        f"unit column(s), the lines before them as more units of {units[-1]}'s cell (one unit a line)")


def _goes_on(cells: list[str], text: str) -> bool:
    """True when the first part of ``text`` goes on the last unit cell filled: the two read as one unit list.

    A zone alone may be a place, beside units it is a unit (各乡镇 / 县开发区).

    >>> _goes_on(["县卫健委", "各乡镇", ""], "县开发区"), _goes_on(["县卫健委"], "达到时序进度 加强培训")
    (True, False)
    """
    filled = [cell for cell in cells if cell]
    return bool(filled) and looks_like_unit_list(f"{filled[-1]}、{_SPACES.split(text, maxsplit=1)[0]}")


def _appended(cells: list[str], unit: str) -> list[str]:
    """``cells`` with ``unit`` added to the last one filled (the cell broken over lines), not to an empty one after."""
    last = max(index for index, cell in enumerate(cells) if cell)
    return [*cells[:last], f"{cells[last]}、{unit}", *cells[last + 1:]]


def spaced_table(lines: list[str]):
    """Find a table flattened with spaces: ``(header line, header cells, rows)``, or None.

    Each row is ``(line, area, number, task, unit cells, note, remark)``; ``remark``
    says how unit parts were fitted to the columns, or is empty.

    Examples
    --------
    >>> lines = ["序号 工 作 任 务 牵头负责部门", "一、指标", "1 城镇新增就业1000万人 人社部", "2 铁路投资8000亿元 发展改革委"]
    >>> line, header, rows = spaced_table(lines)
    >>> line, header, [(r[0], r[1], r[3], r[4]) for r in rows]
    (1, ['工作任务', '牵头负责部门'], [(3, '指标', '城镇新增就业1000万人', ['人社部']), (4, '指标', '铁路投资8000亿元', ['发展改革委'])])
    """
    for index, line in enumerate(lines):
        if "|" in line or "\t" in line.strip():
            continue
        header = _header(line)
        if header is None:
            continue
        rows = _rows(lines, index + 1, header)
        if sum(1 for row in rows if row[4]) >= _MIN_ROWS:
            return index + 1, header, rows
        if single_spaced_header(line, header):  # 项目名称 服务内容 牵头负责单位 / 优待抚恤 提供… 市退役军人事务局: no numbers
            rows = single_spaced_rows(lines, index + 1, header)
            if len(rows) >= _MIN_ROWS:
                return index + 1, header, rows
    return None


def _rows(lines, start, header):
    columns = [column_for(cell) for cell in header]
    width = sum(1 for c in columns if c in ("lead", "support"))
    has_note = columns[-1] == "note"
    after = len(columns) - 1 - max(i for i, c in enumerate(columns) if c in ("lead", "support"))
    first_units = min(i for i, c in enumerate(columns) if c in ("lead", "support"))
    people = any(names_people(cell) for cell in header[:first_units])  # 牵头领导 before the units
    rows, area, open_units, taken = [], "", False, 0
    for number, line in enumerate(lines[start:], start=start + 1):
        if number <= taken:
            continue  # a unit cell's line below its row, read with the row
        text = line.strip()
        found = _ROW.match(text)
        if found:
            task, units, note = _split_row(found.group(2), width, has_note, after, people)
            below = _unit_lines(lines[number:]) if units and len(units) < width and not after else []
            cells, remark = _broken_cells(units, below, width) if below else _unit_cells(units, width)
            taken = number + len(below)
            rows.append((number, area, found.group(1), task, cells if units else [], note, remark))
            open_units = bool(after and units and not note)  # the unit cell ends the line: it may go on below
        elif open_units and heading_area(text) is None and _goes_on(rows[-1][4], text):
            # 区农业农村委 / 区林业局 / 区供销联社: a cell of several units, one a line, before the progress cell,
            # which may follow the last on its line (县直有关单位 达到时序进度 …)
            first, *rest = _SPACES.split(text, maxsplit=1)
            previous = rows.pop()
            rows.append((*previous[:4], _appended(previous[4], first), *previous[5:]))
            open_units = not rest
        elif (heading := heading_area(text)) is not None:
            area, open_units = heading, False
        elif open_units:
            open_units = False  # the progress cell under the units: the row's note
        elif text and rows and not rows[-1][4]:
            # a task wrapped onto the next line: its units end this one
            previous = rows.pop()
            task, units, note = _split_row(f"{previous[3]} {text}", width, has_note)
            cells, remark = _unit_cells(units, width)
            rows.append((previous[0], previous[1], previous[2], task, cells if units else [], note, remark))
    return rows


def read_spaced(path: str | Path) -> RawDocument:
    """Read a table flattened to text with spaces between its cells.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.txt"
    >>> _ = path.write_text("序号 工作任务 牵头单位 配合单位\\n1 办科技周 市科协 市科技局、团市委\\n2 办科普日 市科协 市教育局\\n",
    ...                     encoding="utf-8")
    >>> [(r.line, r.task, r.lead, r.support) for r in read_spaced(path).rows]
    [(2, '办科技周', '市科协', '市科技局、团市委'), (3, '办科普日', '市科协', '市教育局')]
    """
    text, encoding, notes = document_text(path)
    lines, characters = simplified_lines(text)  # a Traditional copy read in the shape of its Simplified one
    found = spaced_table(lines)
    if found is None:
        raise LayoutError("no table with spaces between cells found: no line ends with header cells naming a task "
                          "column and a unit column (工作任务 … 牵头单位) followed by numbered rows ending in units",
                          path=path)
    loaded = [Finding(None, "info", code, message, "none needed") for code, message in notes]
    document = spaced_document(lines, found, path)
    return replace(document, meta={**document.meta, "encoding": encoding},
                   findings=loaded + characters + document.findings)


def spaced_document(lines: list[str], found, path, layout: str = "spaced") -> RawDocument:
    """The RawDocument of the table :func:`spaced_table` found in ``lines`` (a text file's, or a PDF's text)."""
    header_line, header, rows = found
    normalise = Normalizer()
    numbered = bool(rows) and _ROW.match(lines[rows[0][0] - 1].strip()) is not None
    findings = [Finding(header_line, "info", "spaced_table",
                        f"a table flattened with spaces between cells, header {' '.join(header)}",
                        "the last parts of each numbered row that read as unit lists are its unit cells" if numbered
                        else "no row has a number: each line split at single spaces into as many cells as the header "
                             "has, its unit cells reading as unit lists, is a row; its cells are taken to hold no "
                             "space of their own, so each lines up with its column")]
    texts = ["序号", "领域", *header]
    columns = columns_for(texts)
    unit_positions = [i for i, c in enumerate(columns) if c in ("lead", "support")]
    grid = [[(cell, False) for cell in texts]]
    for line, area, number, task, units, note, remark in rows:
        cells = [number, normalise(area, line), normalise(task, line)]
        cells += [""] * (len(texts) - len(cells))
        for position, unit in zip(unit_positions, units):
            cells[position] = normalise(unit, line)
        if columns[-1] == "note":
            cells[-1] = normalise(note, line)
        grid.append([(cell, False) for cell in cells])
        if remark:
            findings.append(Finding(line, "warning", "spaced_units", remark, "check the row's unit columns"))
    found_rows, grid_findings, _ = grid_rows(grid, (0, columns), "", "row {}")
    lines_of = {index: row[0] for index, row in enumerate(rows, start=2)}
    lines_of[1] = header_line
    out = [replace(row, line=lines_of.get(row.line, row.line)) for row in found_rows]
    findings += normalise.findings() + [replace(f, line=lines_of.get(f.line, f.line)) for f in grid_findings]
    out, led = led_by_notice(lines[: header_line - 1], header, out)  # 办公室牵头，各有关股所…分别负责 above the table
    meta = parse_notice(lines[: header_line - 1], after=lines[header_line - 1 :])
    findings += led + first_listed_leads(lines[: header_line - 1])
    return RawDocument(str(path), layout, meta, out, findings)
