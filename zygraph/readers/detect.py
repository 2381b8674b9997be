"""Choose a reader for a file from its extension and a look at its content."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from zygraph.errors import LayoutError
from zygraph.readers.columns import column_for
from zygraph.readers.docx import has_table
from zygraph.readers.normalize import Normalizer
from zygraph.readers.source import load_text

__all__ = ["detect_layout"]

_ASSIGNMENT = re.compile(r"(牵头单位|牵头部门|责任单位|责任部门|配合单位)[：:]|[（(][^（）()]{2,60}(负责|牵头)[）)]")
_OLD_OFFICE = {".doc": ".docx", ".xls": ".xlsx", ".wps": ".docx", ".et": ".xlsx"}


def detect_layout(path: str | Path) -> str:
    """Return the name of the layout of ``path``: a key of :data:`zygraph.readers.LAYOUTS`.

    In order: a .docx (or a zip holding ``word/document.xml``) is ``docx``
    when a table in it has a header, else ``paragraph``; a .xlsx or a zip
    holding ``xl/workbook.xml`` and a .csv are ``spreadsheet``; a text with
    TAB-started lines of which one names a column (``\\t牵头单位``) is
    ``tabbed-text``; a text with 牵头单位：/责任单位： labels or a ``（…负责）``
    group is ``paragraph``; any other text with TAB-started lines is
    ``tabbed-text`` (its reader says what is missing).

    Raises
    ------
    LayoutError
        The file is none of these; the message says what was looked for.

    Examples
    --------
    >>> detect_layout("data/ziyang_2023_science_literacy_tasks.txt")
    'tabbed-text'
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _OLD_OFFICE:
        raise LayoutError(f"{suffix} files (old Office format) cannot be read; open the file and save it as "
                          f"{_OLD_OFFICE[suffix]}", path=path)
    members = _zip_members(path)
    if suffix == ".docx" or "word/document.xml" in members:
        return "docx" if has_table(path) else "paragraph"
    if suffix in (".xlsx", ".xlsm") or "xl/workbook.xml" in members:
        return "spreadsheet"
    if suffix == ".csv":
        return "spreadsheet"
    text, _, _ = load_text(path)
    tabbed = [line for line in text.split("\n") if line.startswith("\t")]
    if any(column_for(line.strip()) for line in tabbed):
        return "tabbed-text"
    if _ASSIGNMENT.search(Normalizer().text(text)):
        return "paragraph"
    if tabbed:
        return "tabbed-text"  # cells without a header: that reader says what is missing
    raise LayoutError(
        "no table found: no line starts with a TAB (a Word table exported as text, with a header cell such as "
        "工作任务 or 牵头单位), and no numbered paragraph names its units (牵头单位：…, 责任单位：… or （…负责）); "
        "nor is this a .docx, .xlsx or .csv file. Pass layout= one of tabbed-text, paragraph, spreadsheet, docx "
        "to force one",
        path=path,
    )


def _zip_members(path: Path) -> set:
    try:
        with zipfile.ZipFile(path) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return set()
