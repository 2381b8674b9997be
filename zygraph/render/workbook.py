"""The Excel workbook of a report: one sheet per table, headed in the edition's language, text kept as text.

Excel opens a CSV with guessed types and runs a cell that starts with ``=`` as a
formula; the workbook says what each cell is instead. Every sheet has a frozen
header row, filters and widths that fit its columns; counts are integers,
measures are numbers, and every text cell is stored as text, so a task that
begins with ``=``, ``+``, ``-`` or ``@`` is shown as written and never run.
"""

from __future__ import annotations

import math
import numbers
import unicodedata
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from zygraph import export
from zygraph.render.editions import COLUMNS, GLOSSES, VALUES, finding_text, translate
from zygraph.render.style import KIND_LABELS

__all__ = ["report_workbook", "frame_sheet", "write_workbook", "documents_frame"]

#: Most rows a sheet holds (Excel's limit, less the header).
MAX_ROWS = 1_048_575

_SHEETS = {
    "zh": {"about": "说明", "metrics": "单位指标", "assignments": "分工", "tasks": "任务", "areas": "单位×工作目录",
           "summary": "各工作目录", "findings": "读取发现", "impact": "缺位影响", "documents": "各文件"},
    "en": {"about": "About", "metrics": "Metrics", "assignments": "Assignments", "tasks": "Tasks",
           "areas": "Unit x area", "summary": "Work areas", "findings": "Findings", "impact": "Removal impact",
           "documents": "Documents"},
}
_ABOUT = {
    "zh": {"heading": ("项目", "说明"), "title": "文件", "number": "文号", "issuer": "发文机关", "date": "日期",
           "path": "来源文件", "sheets": "各工作表", "lead": "（牵头）", "support": "（配合）",
           "cut": "仅列出前 {n} 行；完整数据见 data/ 下的 CSV 文件。",
           "sheet_text": {
               "metrics": "每个单位的任务负荷与网络指标；“—”（空白）表示该单位不在部门网络中。",
               "assignments": "每行一条分工（任务 × 单位），含原文单位名与行号。",
               "tasks": "每行一项任务。",
               "areas": "各单位在每个工作目录中牵头与配合的任务数。",
               "summary": "每个工作目录的任务数、部门数、牵头最多的单位与只由一个部门承担的任务数。",
               "findings": "读取表格时的每一处更正与问题，附原文行号。",
               "impact": "某单位缺位时受影响的任务与网络变化。",
               "documents": "多个文件一起读取时，每个文件各自的任务、单位与分工数。",
           }},
    "en": {"heading": ("Item", "Meaning"), "title": "Document", "number": "Number", "issuer": "Issuer",
           "date": "Date", "path": "Source file", "sheets": "Sheets", "lead": " (lead)", "support": " (support)",
           "cut": "Only the first {n} rows are listed; the CSV files under data/ hold them all.",
           "sheet_text": {
               "metrics": "Load and network measures of each unit; blank where the unit is not in the department network.",
               "assignments": "One row per assignment (task x unit), with the unit as written and its line.",
               "tasks": "One row per task.",
               "areas": "Tasks each unit leads and supports in each work area.",
               "summary": "Each work area's tasks, departments, the unit leading most, and tasks on one department.",
               "findings": "Every correction and problem met while reading the table, with its line.",
               "impact": "What each unit's absence would leave uncovered, and how the network would change.",
               "documents": "When several documents are read together: each one's own tasks, units and assignments.",
           }},
}
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E4E7EB")
_WRAP = Alignment(vertical="top", wrap_text=True)


def report_workbook(doc, *, lang: str = "zh") -> Workbook:
    """Return the workbook of a document: about, metrics, assignments, tasks, unit x area, areas, findings, impact.

    Parameters
    ----------
    doc : zygraph.document.Document
        Left untouched.
    lang : {"zh", "en"}
        Language of the sheet names, headings, kinds, roles and the about sheet.

    Returns
    -------
    openpyxl.Workbook

    Examples
    --------
    >>> from zygraph import Document, TaskTable
    >>> doc = Document(TaskTable.from_lists([("科普", "=1+1", ["市科技局"], ["市科协"])]))
    >>> book = report_workbook(doc)
    >>> book.sheetnames
    ['说明', '单位指标', '分工', '任务', '单位×工作目录', '各工作目录', '读取发现', '缺位影响']
    >>> cell = book["任务"]["C2"]
    >>> cell.value, cell.data_type
    ('=1+1', 's')
    """
    names = _SHEETS[lang]
    about = _ABOUT[lang]
    book = Workbook()
    sheet = book.active
    sheet.title = names["about"]
    heading = doc.meta.get("heading") or doc.meta.get("title")  # what to call the document, its title if it has one
    rows = [(about[key], translate(value, lang) if key in ("title", "issuer") else str(value or ""))
            for key, value in (("title", heading), *((key, doc.meta.get(key)) for key in ("number", "issuer", "date", "path")))]
    rows = [row for row in rows if row[1]]
    concentration = doc.concentration
    if concentration["leads"]:
        rows += [(COLUMNS[lang].get(key, key), round(concentration[key], 4)) for key in ("hhi", "gini", "top1_share",
                                                                                         "top3_share")]
    rows += [("", ""), (about["sheets"], "")] + [(names[key], text) for key, text in about["sheet_text"].items()]
    rows += [("", "")] + [(COLUMNS[lang].get(key, key), gloss) for key, gloss in GLOSSES[lang].items()]
    frame_sheet(book, pd.DataFrame(rows, columns=list(about["heading"])), names["about"], lang=lang, freeze="A2",
                sheet=sheet, filters=False)
    by_role = doc.area_matrix_by_role
    areas = pd.DataFrame(index=by_role.index)
    for area in doc.area_matrix.columns:
        for role in ("lead", "support"):
            areas[f"{translate(area, lang)}{about[role]}"] = by_role[(role, area)] if (role, area) in by_role else 0
    areas = areas.reset_index()
    frames = {
        "metrics": doc.metrics,
        "assignments": _areas_in(doc.tidy, lang),
        "tasks": _areas_in(doc.tasks, lang),
        "areas": areas,
        "summary": _areas_in(doc.area_summary, lang),
        "findings": _findings(doc.findings, lang),
        "impact": doc.impact,
    }
    if doc.tasks["document"].nunique() > 1:  # a corpus: each document's own counts
        frames["documents"] = documents_frame(doc)
    for key, frame in frames.items():
        frame_sheet(book, frame, names[key], lang=lang, note=about["cut"])
    return book


def documents_frame(doc) -> pd.DataFrame:
    """Return one row per document of a corpus: its tasks, areas, units, assignments and the unit leading most.

    Each document's numbers are its own: counted on its tasks only.

    Examples
    --------
    >>> from zygraph import Document, TaskTable
    >>> doc = Document(TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])]))
    >>> documents_frame(doc)[["tasks", "units_named", "assignments", "top_lead"]].values.tolist()
    [[1, 2, 2, '市科技局']]
    """
    tidy = doc.tidy
    rows = []
    for document, tasks in doc.tasks.groupby("document", sort=False):
        on = tidy[tidy["document"] == document]
        leads = on[on["role"] == "lead"]["unit"].value_counts()
        top = leads[leads == leads.max()].index.tolist() if len(leads) else []
        rows.append({"document": document, "tasks": len(tasks), "areas": tasks["area"].nunique(),
                     "units_named": on["unit"].nunique(), "assignments": len(on), "top_lead": "、".join(top),
                     "top_lead_tasks": int(leads.max()) if len(leads) else 0})
    return pd.DataFrame(rows, columns=["document", "tasks", "areas", "units_named", "assignments", "top_lead",
                                       "top_lead_tasks"])


def frame_sheet(book: Workbook, frame: pd.DataFrame, title: str, *, lang: str = "zh", freeze: str = "B2",
                filters: bool = True, note: str | None = None, sheet=None):
    """Add a frame to ``book`` as one sheet: translated headings, typed cells, frozen header, filters, widths.

    Parameters
    ----------
    book : openpyxl.Workbook
        Gains a sheet (or fills ``sheet``).
    frame : DataFrame
        Left untouched; its index is not written (reset it to keep it).
    title : str
        The sheet's name (at most 31 characters; Excel's rule).
    lang : {"zh", "en"}
        Headings from :data:`zygraph.render.editions.COLUMNS` (a column not
        listed keeps its name); ``kind``, ``role`` and ``severity`` values in
        words.
    freeze : str
        The top-left cell that scrolls (``"B2"``: header row and first column stay).
    filters : bool
        Put filter buttons on the header row.
    note : str, optional
        Written under the last row when the frame has more rows than a sheet
        holds (``{n}``: the rows written).
    sheet : openpyxl worksheet, optional
        Fill this sheet instead of adding one.

    Returns
    -------
    openpyxl worksheet

    Examples
    --------
    >>> import pandas as pd
    >>> from openpyxl import Workbook
    >>> book = Workbook()
    >>> ws = frame_sheet(book, pd.DataFrame({"unit": ["市科协"], "degree": [26], "note": ["@SUM(A1)"]}), "m", lang="en")
    >>> [c.value for c in ws[1]], [c.value for c in ws[2]], ws.freeze_panes, ws.auto_filter.ref
    (['Unit', 'Partners', 'Note'], ['市科协', 26, '@SUM(A1)'], 'B2', 'A1:C2')
    >>> type(ws["B2"].value).__name__, ws["C2"].data_type
    ('int', 's')
    """
    sheet = sheet if sheet is not None else book.create_sheet(title)
    columns = [str(column) for column in frame.columns]
    for c, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=c, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", COLUMNS[lang].get(column, column)))
        cell.data_type = "s"
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    integer = [_integer_column(frame[column]) for column in frame.columns]
    words = {**KIND_LABELS[lang], **VALUES[lang]}
    coded = [column in ("kind", "role", "severity", "level") for column in columns]
    widths = [_width(COLUMNS[lang].get(column, column)) for column in columns]
    written = min(len(frame), MAX_ROWS)
    for r, values in enumerate(frame.head(written).itertuples(index=False, name=None), start=2):
        for c, value in enumerate(values, start=1):
            value = _cell_value(value, integer[c - 1])
            if coded[c - 1] and isinstance(value, str):
                value = words.get(value, value)
            cell = sheet.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula, whatever it starts with
                if r < 400:
                    widths[c - 1] = max(widths[c - 1], _width(value))
                if len(value) > 30:
                    cell.alignment = _WRAP
            elif isinstance(value, float):
                cell.number_format = "0.000"
                widths[c - 1] = max(widths[c - 1], 8)
            elif isinstance(value, int) and not isinstance(value, bool):
                widths[c - 1] = max(widths[c - 1], len(str(value)) + 2)
    if written < len(frame) and note:
        sheet.cell(row=written + 2, column=1, value=note.format(n=written)).data_type = "s"
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 6), 60)
    sheet.freeze_panes = freeze
    if filters and columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
    return sheet


def write_workbook(doc, path: str | Path, *, lang: str = "zh") -> Path:
    """Write :func:`report_workbook` to ``path`` atomically and return the path.

    Raises
    ------
    OutputError
        When the folder does not exist or the file cannot be written.

    Examples
    --------
    >>> import tempfile, os
    >>> from openpyxl import load_workbook
    >>> from zygraph import Document, TaskTable
    >>> doc = Document(TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])]))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = write_workbook(doc, os.path.join(folder, "zygraph.xlsx"), lang="en")
    ...     load_workbook(target)["Metrics"]["D2"].value
    1
    """
    book = report_workbook(doc, lang=lang)
    target = Path(path)
    with export.atomic_path(target) as temporary:
        book.save(temporary)
    return target


def _areas_in(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame with its ``area`` column in the edition's language (see :func:`~zygraph.render.editions.translate`)."""
    if lang == "zh" or "area" not in frame:
        return frame
    return frame.assign(area=frame["area"].map(lambda area: translate(area, lang)))


def _findings(findings: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The findings with their messages and actions in the edition's language."""
    out = findings.copy()
    texts = [finding_text(*row, lang)[:2] for row in zip(out["code"], out["message"], out["action"])]
    out["message"] = [message for message, _ in texts]
    out["action"] = [action for _, action in texts]
    return out


def _integer_column(column: pd.Series) -> bool:
    """Typed as whole numbers (nullable ``Int64`` allowed, as degree with gaps); a float column stays float
    whatever its values, so a document's sheet is formatted the same alone or in a folder."""
    return pd.api.types.is_integer_dtype(column) and not pd.api.types.is_bool_dtype(column)


def _cell_value(value, integer: bool):
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item() if getattr(value, "ndim", 0) == 0 else list(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Real):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return int(value) if integer else float(value) if isinstance(value, float) else int(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        value = export.LIST_SEPARATOR.join(str(item) for item in items)
    if value is pd.NA or value is pd.NaT:
        return None
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(value))


def _width(text: str) -> int:
    """Display width of the longest line: wide (CJK) characters count two."""
    return max((sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
                for line in str(text).split("\n")), default=0)
