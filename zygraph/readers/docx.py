"""Reader for a Word document (.docx) holding the task table as a real table, merged cells included."""

from __future__ import annotations

import zipfile
from pathlib import Path

from zygraph.errors import InputError, LayoutError, MissingColumnError
from zygraph.findings import Finding
from zygraph.readers.archive import open_archive
from zygraph.readers.normalize import Normalizer
from zygraph.readers.notice import first_listed_leads, led_by_notice, parse_notice
from zygraph.readers.raw import RawDocument
from zygraph.readers.rebroken import table_lines
from zygraph.source import load_text
from zygraph.readers.spreadsheet import HEADER_ROWS, find_header, grid_rows

__all__ = ["read_docx", "paragraph_text", "document_text", "has_table"]


def _open(path):
    import docx
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    stream = open_archive(path, "a Word .docx")  # sizes, integrity and XML checked before python-docx reads it
    try:
        return docx.Document(stream)
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, LxmlError, AttributeError, TypeError) as exc:
        # python-docx raises AttributeError or TypeError on a part whose XML has the wrong elements
        raise InputError(f"this is not a Word .docx file that can be opened ({exc}); "
                         "open it in Word and save it again as .docx", path=path) from None


def paragraph_text(path: str | Path) -> str:
    """Return the text of a Word document's paragraphs, one per line (tables left out).

    Examples
    --------
    >>> import tempfile, pathlib, docx
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.docx"
    >>> d = docx.Document(); _ = d.add_paragraph("一、科普"); _ = d.add_paragraph("1.办科技周"); d.save(path)
    >>> paragraph_text(path)
    '一、科普\\n1.办科技周'
    """
    return "\n".join(p.text for p in _open(path).paragraphs)


def document_text(path: str | Path) -> tuple[str, str, list[tuple[str, str]]]:
    """The text of a text file (as :func:`~zygraph.source.load_text` gives it) or of a Word document's
    paragraphs one a line (a table pasted into Word as text), with its encoding and the notes of loading it; a
    table a copy ran together on one line given back a cell a line (:func:`~zygraph.readers.rebroken.table_lines`).

    Examples
    --------
    >>> import tempfile, pathlib, docx
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.docx"
    >>> d = docx.Document(); _ = d.add_paragraph("序号 |"); _ = d.add_paragraph("工作任务 |"); d.save(path)
    >>> text, encoding, notes = document_text(path)
    >>> text, encoding, [code for code, _ in notes]
    ('序号 |\\n工作任务 |', 'docx', ['docx_paragraphs'])
    """
    if Path(path).suffix.lower() == ".docx":
        text, encoding, notes = paragraph_text(path), "docx", [
            ("docx_paragraphs", "read the paragraphs of the Word document; line numbers count its paragraphs")]
    else:
        text, encoding, notes = load_text(path)
    text, recovered = table_lines(text)  # a table run together on one line: a cell a line again
    return text, encoding, notes + [(finding.code, finding.message) for finding in recovered]


def has_table(path: str | Path) -> bool:
    """True when a table of the document has a header naming a task and a lead column in its top rows."""
    return any(find_header([[cell.text for cell in row.cells] for row in table.rows[:HEADER_ROWS]])
               for table in _open(path).tables)


def read_docx(path: str | Path) -> RawDocument:
    """Read every table of a .docx whose header names a task and a lead column.

    Line numbers are table row numbers (the header row counts, from 1);
    messages name the table too ("table 1, row 5"). A cell merged down over
    several rows (Word's vertical merge) gives its text to each of them.

    Raises
    ------
    LayoutError
        The document has no table, or no table with a recognised header.

    Examples
    --------
    >>> import tempfile, pathlib, docx
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "table.docx"
    >>> d = docx.Document(); t = d.add_table(rows=3, cols=3)
    >>> for r, texts in enumerate([("领域", "工作任务", "牵头单位"), ("科普", "办科技周", "市科技局"), ("", "办科普日", "市科协")]):
    ...     for c, text in enumerate(texts): t.cell(r, c).text = text
    >>> _ = t.cell(1, 0).merge(t.cell(2, 0)); d.save(path)
    >>> [(r.line, r.area, r.task, r.lead) for r in read_docx(path).rows]
    [(2, '科普', '办科技周', '市科技局'), (3, '科普', '办科普日', '市科协')]
    """
    document = _open(path)
    if not document.tables:
        raise LayoutError("the Word document has no table; if its tasks are numbered paragraphs, "
                          "read it with layout='paragraph'", path=path)
    normalise = Normalizer()
    rows, findings, area, first, last = [], [], "", None, None
    for number, table in enumerate(document.tables, start=1):
        cells = _cells(table, normalise)
        texts = [[text for text, _ in row] for row in cells]
        header = find_header(texts[:HEADER_ROWS], body=texts)  # a header row first; else a unit column by content
        where = f"table {number}, row {{}}"
        if header is None and last is not None and cells and len(cells[0]) == len(last[0]):
            # a table split by a page break: Word starts a second table with no header row
            findings.append(Finding(None, "info", "table_continued",
                                    f"table {number} has no header and the {len(last[0])} columns of the table above",
                                    "read as its continuation"))
            found, notes, area = grid_rows([last[0], *cells], (0, last[1]), area, where, offset=-1)
            rows += found
            findings += notes
            continue
        if header is None:
            severity = "info" if last is None else "warning"
            width = f", and {len(cells[0]) if cells else 0} columns where the table above has {len(last[0])}" \
                if last is not None else ""
            findings.append(Finding(None, severity, "table_skipped",
                                    f"table {number} has no header naming a task and a lead column{width}",
                                    "skipped"))
            continue
        first = first or (number, header, texts[header[0]])  # the first table's header row, as read
        last = (cells[header[0]], header[1])
        found, notes, area = grid_rows(cells, header, area, where)
        rows += found
        findings += notes
    if first is None:
        raise MissingColumnError(
            "no table in the Word document has a header row naming a task column (工作任务/重点任务) "
            "and a lead column (牵头单位); add the header row or rename its cells", path=path)
    paragraphs = [p.text for p in document.paragraphs]
    meta = parse_notice(paragraphs)
    findings += first_listed_leads(paragraphs)
    if not rows:
        raise LayoutError(f"table {first[0]} has a header but no task rows under it", path=path)
    rows, led = led_by_notice(paragraphs, first[2], rows)  # 办公室牵头，各有关股所…分别负责 in the notice
    findings += led
    return RawDocument(path=str(path), layout="docx", meta=meta, rows=rows, findings=normalise.findings() + findings)


def _cells(table, normalise):
    """Rows of (text, merged from above) per grid column; a horizontal merge gives its text once."""
    out, above = [], []
    for index, row in enumerate(table.rows, start=1):
        cells, seen = [], set()
        for column, cell in enumerate(row.cells):
            merged = column < len(above) and above[column] is cell._tc
            text = "" if id(cell._tc) in seen else normalise(cell.text, index)
            seen.add(id(cell._tc))
            cells.append((text, merged))
        above = [cell._tc for cell in row.cells]
        out.append(cells)
    return out
