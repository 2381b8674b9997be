"""Reader for a PDF with a text layer: its ruled task table, or its numbered paragraphs."""

from __future__ import annotations

import contextlib
import logging
import re
import unicodedata
from pathlib import Path

from zygraph.errors import InputError, LayoutError
from zygraph.findings import Finding
from zygraph.sentences.role_words import has_role_words
from zygraph.readers.normalize import Normalizer
from zygraph.readers.notice import first_listed_leads, led_by_notice, parse_notice
from zygraph.readers.lines import starts_a_block
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.readers.raw import RawDocument
from zygraph.readers.spaced import spaced_document, spaced_table
from zygraph.readers.spreadsheet import HEADER_ROWS, find_header, grid_rows

__all__ = ["read_pdf", "join_wrapped", "MAX_PAGES"]

#: More pages than any task-division notice has: a PDF this long is refused before its pages are read.
MAX_PAGES = 1000

_PAGE_NUMBER = re.compile(r"^[-—－–\s]*\d{1,4}[-—－–\s]*$|^第\s*\d+\s*页")
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_DIGITS = re.compile(r"\d+")
_EDGE = 2  # lines at each end of a page where running headers and footers sit
#: pdfplumber's settings for a table printed without rules: columns and rows where the words align.
_TEXT_COLUMNS = {"vertical_strategy": "text", "horizontal_strategy": "text"}
_LATIN_START = re.compile(r"^[A-Za-z0-9]")


#: CJK Radicals Supplement forms that PDF fonts map characters to (⺠ for 民), after Unicode's
#: EquivalentUnifiedIdeograph.txt; NFKC folds the Kangxi radicals (⼯ U+2F2F -> 工) but not these.
_SUPPLEMENT = dict(zip(
    "⺌⺍⺕⺗⺛⺟⺠⺤⺧⺨⺪⺬⺭⺮⺲⺳⺷⺹⺻⺾⻀⻄⻅⻆⻈⻉⻊⻋⻌⻏⻑⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
    "小小彐心无母民爫牛犭疋示礻竹罒网羊耂聿艹艹西见角讠贝足车辶阝長长门阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
))
_RADICALS = {**{code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FE0)},
             **{ord(form): char for form, char in _SUPPLEMENT.items()}}


def join_wrapped(text: str | None) -> str:
    """Join a cell's wrapped lines: no space between Chinese text, one between Latin words.

    Examples
    --------
    >>> join_wrapped("市人力资源和社会保\\n障局、市科协"), join_wrapped("AI and\\nbig data")
    ('市人力资源和社会保障局、市科协', 'AI and big data')
    """
    out = ""
    for line in (text or "").translate(_RADICALS).split("\n"):
        line = line.strip()
        if out and line and _LATIN_END.search(out) and _LATIN_START.search(line):
            out += " "
        out += line
    return out


def _open(path):
    import pdfplumber
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    if not Path(path).is_file():
        raise InputError("the file does not exist; check the path", path=path)
    try:
        return pdfplumber.open(path)
    except (PdfminerException, PSException, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"this is not a PDF that can be opened ({exc}); print or export it again as PDF",
                         path=path) from None


def read_pdf(path: str | Path) -> RawDocument:
    """Read a PDF's ruled task table, a table printed without rules, or else its text as numbered paragraphs.

    Table rows keep going across pages: a header repeated on a new page is
    skipped, and a row whose task was cut by the page break (its first cells
    empty on the new page) is joined to the row above. Wrapped cell lines are
    joined without spaces. Line numbers count table rows over all pages.

    Raises
    ------
    LayoutError
        The PDF has no text layer (a scan): run OCR on it first.

    Examples
    --------
    >>> document = read_pdf("tests/fixtures/layouts/ziyang_table.pdf")
    >>> len(document.rows), document.rows[0].area, document.rows[0].lead
    (95, '总体要求', '市科协')
    """
    with _open(path) as pdf, _quiet_pdfminer():
        pages = pdf.pages
        if len(pages) > MAX_PAGES:
            raise InputError(f"the PDF has {len(pages):,} pages, more than the {MAX_PAGES:,} zygraph reads; "
                             "split it, or export the task table alone", path=path)
        if not any(page.chars for page in pages):
            raise LayoutError("the PDF has no text layer (it is a scan or an image); run OCR on it first "
                              "(for example: ocrmypdf -l chi_sim input.pdf output.pdf) and read the OCR'd PDF",
                              path=path)
        tables = [[[join_wrapped(cell) for cell in row] for row in table.extract()]
                  for page in pages for table in page.find_tables(_closing_lines(page))]
        normalise = Normalizer()
        grid, findings, header = _table_grid(tables, normalise)
        if header is None:  # no ruled table: a table printed without rules, its columns where its text aligns
            unruled = [_rows_by_blank_lines(table) for page in pages for table in page.extract_tables(_TEXT_COLUMNS)]
            grid, findings, header = _table_grid(unruled, normalise)
            if header is not None:
                findings.insert(0, Finding(header[0] + 1, "info", "unruled_table", "the PDF's table is printed "
                                           "without rules", "read its columns where its text aligns, a row "
                                           "between blank lines"))
        text = "\n".join(page.extract_text() or "" for page in pages).translate(_RADICALS)
        paragraphs = _paragraphs(pages)
    if header is None:
        lines = [line.strip() for line in text.split("\n")]
        spaced = spaced_table(lines)  # a table printed without rules: its rows are lines, its cells spaces apart
        if spaced is not None:
            document = spaced_document(lines, spaced, path, layout="pdf")
        else:
            document = parse_paragraphs("\n".join(paragraphs), path, layout="pdf")
        # the normaliser above saw only cells of tables not read: the document's findings are its own
        return RawDocument(document.path, "pdf", {**document.meta, "encoding": "pdf"}, document.rows,
                           document.findings)
    rows, found, _ = grid_rows(grid, header, "", "table row {}")
    if not rows:
        raise LayoutError("the PDF's table has a header but no task rows under it", path=path)
    lines = [line.strip() for line in text.split("\n")]
    first_cell = grid[header[0]][0][0]
    before = next((i for i, line in enumerate(lines) if first_cell and line.startswith(first_cell)), 0)
    meta = {**parse_notice(lines[:before], after=lines[before:]), "encoding": "pdf"}
    findings += first_listed_leads(lines[:before])
    rows, led = led_by_notice(lines[:before], [text for text, _ in grid[header[0]]], rows)  # 办公室牵头，各有关股所…
    return RawDocument(str(path), "pdf", meta, rows, normalise.findings() + findings + led + found)


def _closing_lines(page) -> dict:
    """Table settings adding a ruled line where the page cuts a table's cells open.

    A row cut by a page break is drawn without its bottom border on the first
    page and without its top border on the next; its side borders still run
    to the cut. Lines at the top and bottom ends of the vertical rules close
    those cells, so the cut row is read on both pages.
    """
    verticals = [edge for edge in page.edges if edge["orientation"] == "v"]
    if not verticals:
        return {}
    return {"explicit_horizontal_lines": [min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)]}


def _paragraphs(pages) -> list[str]:
    """The text of the pages as paragraphs: a line that runs to the right margin goes on in the next.

    A PDF stores lines as printed; a paragraph wraps at the margin. A line
    ending within one and a half characters of the page's longest line is
    joined to the next one (over a page break too), unless the next starts a
    heading or a numbered task. A line holding only a page number, and running
    headers and footers (the same line at the top or bottom of half the pages),
    are dropped.
    """
    out, joining = [], False
    every = [page.extract_text_lines() for page in pages]
    furniture = _running_lines(every)
    for lines in every:
        if not lines:
            continue
        right = max(line["x1"] for line in lines)
        for line in lines:
            text = line["text"].translate(_RADICALS).strip()
            if _PAGE_NUMBER.match(text) or _furniture_key(text) in furniture:
                continue  # a page number, or a running header or footer: the paragraph goes on past it
            if joining and out and not starts_a_block(text):
                out[-1] = join_wrapped(out[-1] + "\n" + text)
            else:
                out.append(text)
            size = max((char["size"] for char in line["chars"]), default=10)
            joining = line["x1"] >= right - 1.5 * size
    return out


def _furniture_key(text: str) -> str:
    """A line's text with its numbers and spaces taken out: the same running header on every page."""
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _running_lines(pages) -> set:
    """Keys of lines at the top or bottom of at least half the pages (and two): running headers and footers.

    Browsers print the date, title and address on every page; official documents print the issuer or
    ``— 3 —``. They are not the notice's text. A line that starts a task or names units
    (``（责任单位：省财政厅）`` closing a task at the foot of many pages) is never one.
    """
    if len(pages) < 2:
        return set()
    seen: dict = {}
    for lines in pages:
        ends = {_furniture_key(line["text"]) for line in lines[:_EDGE] + lines[-_EDGE:]
                if not starts_a_block(line["text"].strip()) and not has_role_words(line["text"])}
        for key in ends:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if key and count >= max(2, len(pages) / 2)}


@contextlib.contextmanager
def _quiet_pdfminer():
    """Hold back pdfminer's warnings about font details (Chromium's PDFs trigger hundreds) while reading."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _table_grid(tables, normalise):
    """One grid of (text, merged) from the tables of every page, rows cut by page breaks joined."""
    grid, findings, header, width = [], [], None, 0
    for table in tables:
        cells = [[normalise(text, len(grid) + i + 1) for text in row] for i, row in enumerate(table)]
        if header is None:
            found = find_header(cells[:HEADER_ROWS])
            if found is None:
                continue
            header, width = (len(grid) + found[0], found[1]), len(cells[found[0]])
            grid += [[(text, False) for text in row] for row in cells]
            continue
        if cells and cells[0] == [text for text, _ in grid[header[0]]]:
            cells = cells[1:]  # the header printed again at the top of the page
            findings.append(Finding(len(grid) + 1, "info", "header_repeated", "the table header is printed again "
                                    "on a new page", "skipped"))
        if width and cells and len(cells[0]) == width and grid and _continues(cells[0], header[1]):
            findings.append(Finding(len(grid), "info", "row_across_pages",
                                    f"table row {len(grid)} goes on over a page break", "joined into one row"))
            grid[-1] = [(before + after, merged) for (before, merged), after in zip(grid[-1], cells[0])]
            cells = cells[1:]
        grid += [[(text, False) for text in row] for row in cells]
    return grid, findings, header


def _rows_by_blank_lines(table) -> list:
    """The rows of a table read from text alignment: the lines between blank lines are one row, cell by cell.

    A cell that wraps prints its lines above and below its row's middle, so they come as lines of
    their own: ``['', '', '人力资源社会保障'], ['2', '城镇新增就业', ''], ['', '', '部']`` is one row.

    >>> _rows_by_blank_lines([["序", ""], ["", "工作任务"], ["号", ""], ["", ""], ["1", "办科技周"], ["", ""]])
    [['序号', '工作任务'], ['1', '办科技周']]
    """
    rows, group = [], []
    for row in table + [[]]:
        cells = [cell or "" for cell in row]
        if any(cell.strip() for cell in cells):
            group.append(cells)
            continue
        if group:
            width = max(len(line) for line in group)
            rows.append([join_wrapped("\n".join(line[i] for line in group if i < len(line) and line[i]))
                         for i in range(width)])
        group = []
    return rows


def _continues(row, columns) -> bool:
    """True when a row at the top of a page is the rest of the row above, cut by the page break.

    In a numbered table every new row has its number, so a row without one
    goes on from the row above (the rest of its task text, of a unit list).
    Without a number column, every new row names its task, so a row with text
    only in other cells goes on from the row above. Not detected: a cut inside
    the task text of a table without numbers.
    """
    numbers = [i for i, c in enumerate(columns) if c == "seq" and i < len(row)]
    keys = numbers or [i for i, c in enumerate(columns) if c == "task" and i < len(row)]
    return any(row) and bool(keys) and not any(row[i] for i in keys)
