"""Readers: one per input layout, each turning a file into the same raw rows.

A reader returns a :class:`RawDocument`: document metadata, one :class:`RawRow`
per task with its cells as written (areas carried down, broken cells joined),
and findings for what it had to repair. Unit names are not resolved here;
that is :mod:`zygraph.table`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from zygraph.errors import LayoutError

__all__ = ["RawRow", "RawDocument", "read_raw", "LAYOUTS"]


@dataclass(frozen=True)
class RawRow:
    """One task row as written: the cells of the table, plus its source line."""

    line: int
    area: str
    task: str
    lead: str
    support: str
    note: str = ""
    #: Line of each cell by column (``"lead"`` -> 40), where the reader knows it.
    lines: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class RawDocument:
    """What a reader found in one file."""

    path: str
    layout: str
    meta: dict
    rows: list[RawRow]
    findings: list = field(default_factory=list)


def _tabbed_text(path):
    from zygraph.readers.tabbed_text import read_tabbed_text

    return read_tabbed_text(path)


def _paragraph(path):
    from zygraph.readers.paragraph import read_paragraphs

    return read_paragraphs(path)


def _spreadsheet(path):
    from zygraph.readers.spreadsheet import read_spreadsheet

    return read_spreadsheet(path)


def _docx(path):
    from zygraph.readers.docx import read_docx

    return read_docx(path)


#: Layout name -> reader. Each reader takes a path and returns a RawDocument.
LAYOUTS = {"tabbed-text": _tabbed_text, "paragraph": _paragraph, "spreadsheet": _spreadsheet, "docx": _docx}


def read_raw(path: str | Path, layout: str | None = None) -> RawDocument:
    """Read ``path`` with the reader for its layout (chosen from the file unless given).

    Examples
    --------
    >>> doc = read_raw("data/ziyang_2023_science_literacy_tasks.txt")
    >>> doc.layout, len(doc.rows)
    ('tabbed-text', 95)
    """
    if layout is None:
        from zygraph.readers.detect import detect_layout

        layout = detect_layout(path)
    try:
        reader = LAYOUTS[layout]
    except KeyError:
        raise LayoutError(
            f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}", path=path
        ) from None
    return reader(path)
