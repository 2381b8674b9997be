"""Readers: one per input layout, each turning a file into the same raw rows.

A reader returns a :class:`RawDocument`: document metadata, one :class:`RawRow`
per task with its cells as written (areas carried down, broken cells joined),
and findings for what it had to repair. Unit names are not resolved here;
that is :mod:`zygraph.table`'s job.
"""

from __future__ import annotations

from pathlib import Path

from zygraph.errors import InputError, LayoutError
from zygraph.readers.detect import detect_layout
from zygraph.readers.archive import MAX_ARCHIVE_BYTES
from zygraph.readers.docx import read_docx
from zygraph.readers.glued import read_glued
from zygraph.readers.html import read_html
from zygraph.readers.office import read_office
from zygraph.readers.paragraph import read_paragraphs
from zygraph.readers.pdf import read_pdf
from zygraph.readers.piped import read_piped
from zygraph.readers.raw import RawDocument, RawRow
from zygraph.readers.spaced import read_spaced
from zygraph.source import check_file
from zygraph.readers.spreadsheet import read_spreadsheet
from zygraph.readers.tabbed_text import read_tabbed_text

__all__ = ["RawRow", "RawDocument", "read_raw", "LAYOUTS"]


def _read_converted(path: str | Path) -> RawDocument:
    """Read an old Office or WPS file by converting it with LibreOffice (see :mod:`zygraph.readers.office`)."""
    return read_office(path, read_raw)


#: Layout name -> reader. Each reader takes a path and returns a RawDocument.
LAYOUTS = {
    "tabbed-text": read_tabbed_text,
    "paragraph": read_paragraphs,
    "spreadsheet": read_spreadsheet,
    "docx": read_docx,
    "html": read_html,
    "pdf": read_pdf,
    "piped": read_piped,
    "spaced": read_spaced,
    "glued": read_glued,
    "office": _read_converted,
}


def read_raw(path: str | Path, layout: str | None = None, sheet: str | None = None) -> RawDocument:
    """Read ``path`` with the reader for its layout (chosen from the file unless given).

    ``sheet`` names the sheet of a workbook to read (by default its active sheet);
    other layouts ignore it.

    Examples
    --------
    >>> doc = read_raw("data/ziyang_2023_science_literacy_tasks.txt")
    >>> doc.layout, len(doc.rows)
    ('tabbed-text', 95)
    """
    check_file(path, MAX_ARCHIVE_BYTES)  # before any reader opens it: a FIFO would block, a loop would fail later
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # the name would travel into every page and data file of a report
        raise InputError("the file name is not valid UTF-8 (its bytes show as \\x escapes); rename the file",
                         path=path) from None
    if layout is None:
        layout = detect_layout(path)
    try:
        reader = LAYOUTS[layout]
    except KeyError:
        raise LayoutError(
            f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}", path=path
        ) from None
    return reader(path, sheet=sheet) if reader is read_spreadsheet else reader(path)
