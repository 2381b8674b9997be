"""Reader for a notice saved as a web page (.html): a table with spanned cells, or numbered paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

from zygraph.errors import InputError, MissingColumnError
from zygraph.findings import Finding
from zygraph.readers.normalize import Normalizer
from zygraph.readers.notice import first_listed_leads, first_listed_leads_in_cell, led_by_notice, parse_notice
from zygraph.readers.paragraph import parse_paragraphs, with_notes
from zygraph.readers.piped import piped_cells, piped_document
from zygraph.readers.spaced import spaced_document, spaced_table
from zygraph.readers.raw import RawDocument
from zygraph.source import load_text
from zygraph.readers.spreadsheet import HEADER_ROWS, find_header, grid_rows

__all__ = ["read_html", "expand_spans", "page_lines"]

_BLOCKS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "br",
           "blockquote", "pre", "dd", "dt")
_SPACE = re.compile(r"\s+")
_MAX_SPAN = 1000  # a span larger than any real table: treated as 1, so a hostile page cannot blow the grid up


def _parse(path):
    import lxml.etree
    import lxml.html

    text, encoding, notes = load_text(path)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses an encoding declaration in a str
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"this is not a web page that can be read ({exc}); save the page again as .html",
                         path=path) from None
    title = " ".join(root.xpath("string(//title)").split())  # the page's own name, kept before <head> goes
    for junk in root.xpath("//script|//style|//noscript|//head"):
        junk.drop_tree()
    return root, encoding, notes, title


def _cell_text(cell) -> str:
    """A cell's text, a line per <br> or block inside it, spaces inside lines folded."""
    return "\n".join(line for line in (_SPACE.sub(" ", part).strip() for part in _lines(cell)) if line)


def _lines(element):
    """The text of ``element`` cut at <br> and block elements (a web page's visible lines).

    Walks the tree by its start and end events, without recursion, so a page
    nested however deeply is read in one pass.
    """
    from lxml import etree

    parts, current = [], []

    def cut():
        if current:
            parts.append("".join(current))
            current.clear()

    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        if event in ("comment", "pi"):  # no visible text of its own; the text after it is
            current.append(node.tail or "")
        elif event == "start":
            if node.tag in _BLOCKS:
                cut()
            if node.text and node.tag != "br":
                current.append(node.text)
        else:
            if node.tag in _BLOCKS:
                cut()
            if node is not element and node.tail:
                current.append(node.tail)
    cut()
    return parts


def page_lines(root) -> list[str]:
    """The visible lines of a parsed page, spaces inside each line folded.

    Examples
    --------
    >>> import lxml.html
    >>> page_lines(lxml.html.fromstring("<div><p>一、科普</p><p>1.办科技周<br>（市科协负责）</p></div>"))
    ['一、科普', '1.办科技周', '（市科协负责）']
    """
    return [line for line in (_SPACE.sub(" ", part).strip() for part in _lines(root)) if line]


def expand_spans(table) -> list[list[tuple[str, bool]]]:
    """The rows of an HTML table as a full grid of (text, merged from above).

    A cell spanning rows (``rowspan``) gives its text to every row it covers,
    marked as merged below its first; a cell spanning columns gives its text
    once and empty cells after it.

    Examples
    --------
    >>> import lxml.html
    >>> t = lxml.html.fromstring("<table><tr><td rowspan=2>科普</td><td>a</td></tr><tr><td>b</td></tr></table>")
    >>> expand_spans(t)
    [[('科普', False), ('a', False)], [('科普', True), ('b', False)]]
    """
    grid, carried = [], {}  # column -> [text, rows still to cover]
    for tr in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        row, column = [], 0
        cells = tr.xpath("./td|./th")
        queue = list(cells)
        while queue or column in carried:
            if column in carried:
                text, left = carried[column]
                row.append((text, True))
                carried[column][1] -= 1
                if carried[column][1] <= 0:
                    del carried[column]
                column += 1
                continue
            cell = queue.pop(0)
            text = _cell_text(cell)
            rows, cols = _span(cell.get("rowspan")), _span(cell.get("colspan"))
            for offset in range(cols):
                row.append((text if offset == 0 else "", False))
                if rows > 1:
                    carried[column + offset] = [text if offset == 0 else "", rows - 1]
            column += cols
        grid.append(row)
    return grid


def _span(value) -> int:
    try:
        span = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return span if 1 <= span <= _MAX_SPAN else 1


def read_html(path: str | Path) -> RawDocument:
    """Read a notice saved as a web page: its task table, or else its numbered paragraphs.

    The first tables whose header names a task and a lead column are read
    as the spreadsheet reader reads a grid (spans expanded, areas carried
    down); line numbers count table rows. A page without such a table is read
    line by line as the paragraph reader reads a text (line numbers count the
    page's visible lines).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.html"
    >>> _ = path.write_text("<table><tr><th>领域</th><th>工作任务</th><th>牵头单位</th></tr>"
    ...     "<tr><td rowspan=2>科普</td><td>办科技周</td><td>市科技局</td></tr>"
    ...     "<tr><td>办科普日</td><td>市科协</td></tr></table>", encoding="utf-8")
    >>> [(r.area, r.task, r.lead) for r in read_html(path).rows]
    [('科普', '办科技周', '市科技局'), ('科普', '办科普日', '市科协')]
    """
    root, encoding, notes, title = _parse(path)
    normalise = Normalizer()
    rows, findings, area, first, first_header = [], [], "", None, []
    for number, table in enumerate(root.xpath("//table"), start=1):
        if table.xpath(".//table"):
            continue  # a layout table around the real one: its inner table is read on its own
        cells = [[(normalise(text, index), merged) for text, merged in row]
                 for index, row in enumerate(expand_spans(table), start=1)]
        texts = [[text for text, _ in row] for row in cells]
        header = find_header(texts[:HEADER_ROWS], body=texts)  # a header row first; else a unit column by content
        if header is None:
            continue
        if first is None:
            first, first_header = table, texts[header[0]]
        found, notes_found, area = grid_rows(cells, header, area, f"table {number}, row {{}}")
        rows += found
        findings += notes_found
    if first is None:
        lines = page_lines(root)
        if not lines:
            raise MissingColumnError("the web page holds no text; save the page again with its content", path=path)
        return with_notes(_text_table(lines, path) or parse_paragraphs("\n".join(lines), path, layout="html"),
                          encoding, notes)
    page = page_lines(root)
    before = page[: _index_of_table(page, first)]
    rows, led = led_by_notice(before, first_header, rows)  # 办公室牵头，各有关股所…分别负责 above the table
    meta = parse_notice(before, after=page[len(before) :], page_title=title)
    findings += led + (first_listed_leads(before) or first_listed_leads_in_cell(rows))
    meta["encoding"] = encoding
    loaded = [Finding(None, "info", code, message, "none needed") for code, message in notes]
    return RawDocument(str(path), "html", meta, rows, loaded + normalise.findings() + findings)


def _text_table(lines, path):
    """A table laid out without <table> (one cell a <div> or <p>, or cells spaced in a line), or None."""
    cells = piped_cells(lines)
    if cells is not None:
        return piped_document(lines, cells, path, layout="html")
    spaced = spaced_table(lines)
    return spaced_document(lines, spaced, path, layout="html") if spaced is not None else None


def _index_of_table(lines, table):
    """How many page lines come before the table: the notice above it."""
    first_cell = next((line for line in page_lines(table)), None)
    return lines.index(first_cell) if first_cell in lines else 0
