"""The tidy, validated task table: tasks, unit assignments with roles, findings.

A reader turns a file into raw rows (cells as written). This module resolves
the unit names, gives each (task, unit) pair exactly one role, and records every
correction it makes as a finding, so nothing changes silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from zygraph.errors import InputError
from zygraph.findings import FINDING_COLUMNS, Finding
from zygraph.sentences.grammar import cell_items, has_lead_mark
from zygraph.sentences.role_words import has_role_words
from zygraph.names.issuer import Issuer, detect_issuer, issuer_findings, issuer_name_read
from zygraph.names.naming import place_unit
from zygraph.readers import RawDocument, RawRow, read_raw
from zygraph.names.unitlist import without_described_kind
from zygraph.names.list_marks import split_outside_brackets
from zygraph.names.unitname import looks_like_unit
from zygraph.names.units import Registry, match_key

__all__ = ["TaskTable", "Finding", "read_table", "build_table", "resolve_rows", "shift_findings", "area_findings",
           "TASK_COLUMNS", "ASSIGNMENT_COLUMNS", "STRUCTURAL_CODES", "MAX_SUGGESTED", "MAX_CELL_CHARS",
           "MAX_UNKNOWN_NAMES"]

TASK_COLUMNS = ["task_id", "area", "task", "note", "line", "document"]
ASSIGNMENT_COLUMNS = ["task_id", "unit", "role", "raw_unit", "line"]
UNIT_COLUMNS = ["unit", "name_en", "kind", "in_registry", "issuer", "level", "body", "label_en"]
#: Unknown names per document for which the closest registry names are searched (about 1 ms each).
MAX_SUGGESTED = 100
#: Longest unit cell read (the CSV reader's own limit): 15,000 names, read in about 3 s.
MAX_CELL_CHARS = 131_072
#: Most names not in the registry one document may hold (each is read for its form, about 0.3 ms).
MAX_UNKNOWN_NAMES = 20_000
#: Warnings that say a row's cells may have moved a column, or the table was read in part;
#: ``--strict`` turns them into exit code 2.
STRUCTURAL_CODES = frozenset({
    "missing_cells", "extra_cells", "column_shift", "area_looks_like_task", "unbalanced_quote", "duplicate_column",
    "empty_cells_trimmed", "table_skipped", "sheet_chosen", "formula_without_value",
})
_TASK_LIKE_LENGTH = 15
#: Layouts whose areas are table cells (a paragraph notice's headings are often long sentences).
_TABLE_LAYOUTS = frozenset({"tabbed-text", "spreadsheet", "docx"})
_LIST_SEPARATORS = re.compile(r"[、，,；;/\n]")


@dataclass(frozen=True)
class TaskTable:
    """A tidy task table.

    Attributes
    ----------
    tasks : DataFrame
        One row per task: ``task_id, area, task, note, line, document``.
    assignments : DataFrame
        One row per (task, unit): ``task_id, unit, role, raw_unit, line``;
        ``role`` is ``"lead"`` or ``"support"``, ``unit`` the canonical name,
        ``raw_unit`` the text as written.
    units : DataFrame
        One row per unit named: ``unit, name_en, kind, in_registry, issuer,
        level, body, label_en``, in the order units first appear. ``issuer`` is
        the short name of the notice's issuer (资阳, 国务院), ``level`` one of
        national, provincial, prefecture, county, township ("" where a collective
        spans levels or nothing says), ``body`` the level-free body (科协), and
        ``label_en`` the English name without its place, for graphs.
    findings : DataFrame
        ``line, severity, code, message, action`` for each correction or problem.
    meta : dict
        Document metadata: ``path, number, issuer, title, date, layout``.

    Examples
    --------
    >>> t = read_table("data/ziyang_2023_science_literacy_tasks.txt")
    >>> t
    <TaskTable 资阳市人民政府关于印发《资阳市全民科学素质行动任务分工表》的通知: 95 tasks, 33 units, 591 assignments, 93 findings>
    >>> t.tasks.area.nunique()
    13
    """

    tasks: pd.DataFrame
    assignments: pd.DataFrame
    units: pd.DataFrame
    findings: pd.DataFrame
    meta: dict = field(default_factory=dict)

    def __repr__(self) -> str:
        return (
            f"<TaskTable {self.meta.get('title') or self.meta.get('path') or ''!s}: "
            f"{len(self.tasks)} tasks, {len(self.units)} units, "
            f"{len(self.assignments)} assignments, {len(self.findings)} findings>"
        )

    @property
    def tidy(self) -> pd.DataFrame:
        """Assignments joined with their task and unit: one row per (task, unit).

        Columns ``task_id, area, task, unit, role, raw_unit, kind, name_en, note, line, document,
        issuer, level, body``.
        """
        extra = [c for c in ("issuer", "level", "body") if c in self.units.columns]
        merged = self.assignments.merge(
            self.tasks[["task_id", "area", "task", "note", "document"]], on="task_id", how="left"
        ).merge(self.units[["unit", "kind", "name_en", *extra]], on="unit", how="left")
        return merged[
            ["task_id", "area", "task", "unit", "role", "raw_unit", "kind", "name_en", "note", "line", "document",
             *extra]
        ]

    def select(self, areas=None, units=None, kinds=None) -> "TaskTable":
        """Return the table restricted to some tasks or units; this table is left untouched.

        Parameters
        ----------
        areas : str or list of str, optional
            Keep tasks in these areas; a single string keeps every area that
            contains it (``"青少年"``).
        units : list of str, optional
            Keep tasks on which any of these units is named (all their units stay).
        kinds : iterable of str, optional
            Keep only assignments of units of these kinds (tasks left with no
            unit are dropped).

        Examples
        --------
        >>> t = TaskTable.from_lists([("青少年", "t1", ["市教育体育局"], ["团市委"]), ("老年人", "t2", ["市卫生健康委"], [])])
        >>> t.select(areas="青少年").assignments.unit.tolist()
        ['市教育体育局', '团市委']
        """
        tasks, assignments = self.tasks, self.assignments
        if areas is not None:
            keep = tasks.area.str.contains(areas, regex=False) if isinstance(areas, str) else tasks.area.isin(list(areas))
            tasks = tasks[keep]
        if units is not None:
            tasks = tasks[tasks.task_id.isin(assignments.loc[assignments.unit.isin(list(units)), "task_id"])]
        assignments = assignments[assignments.task_id.isin(tasks.task_id)]
        if kinds is not None:
            kind_of = self.units.set_index("unit")["kind"]
            assignments = assignments[assignments.unit.map(kind_of).isin(list(kinds))]
            tasks = tasks[tasks.task_id.isin(assignments.task_id)]
        return TaskTable(
            tasks=tasks.reset_index(drop=True),
            assignments=assignments.reset_index(drop=True),
            units=self.units[self.units.unit.isin(assignments.unit)].reset_index(drop=True),
            findings=self.findings,
            meta=dict(self.meta),
        )

    @classmethod
    def from_lists(cls, rows, registry: Registry | None = None, meta: dict | None = None,
                   issuer: str | Issuer | None = None) -> "TaskTable":
        """Build a table from Python lists, for examples, tests and notebooks.

        Parameters
        ----------
        rows : iterable of (area, task, leads, supports)
            ``leads`` and ``supports`` are lists of unit names, or strings as a
            document would write them (``"市科协、市科技局"``).
        registry : Registry, optional
            Defaults to the bundled registry.
        meta : dict, optional
            Document metadata (``issuer``, ``title``, ``number``), from which the issuer is read.
        issuer : str or Issuer, optional
            The issuer, overriding ``meta``.

        Examples
        --------
        >>> t = TaskTable.from_lists([
        ...     ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"]),
        ...     ("科普", "办科普日", ["市科协"], ["市科技局"]),
        ... ])
        >>> t.assignments[["task_id", "unit", "role"]].values.tolist()
        [['T001', '市科技局', 'lead'], ['T001', '市科协', 'support'], ['T001', '市教育体育局', 'support'], ['T002', '市科协', 'lead'], ['T002', '市科技局', 'support']]
        """
        raw_rows = []
        for number, (area, task, leads, supports) in enumerate(rows, start=1):
            raw_rows.append(
                RawRow(
                    line=number,
                    area=area,
                    task=task,
                    lead=leads if isinstance(leads, str) else "、".join(leads),
                    support=supports if isinstance(supports, str) else "、".join(supports),
                    note="",
                )
            )
        document = RawDocument(path="<lists>", layout="lists", meta=dict(meta or {}), rows=raw_rows, findings=[])
        return build_table(document, registry, issuer)


def read_table(path: str | Path, registry: Registry | str | Path | None = None, layout: str | None = None,
               sheet: str | None = None, issuer: str | Issuer | None = None) -> TaskTable:
    """Read a task-division table file into a tidy :class:`TaskTable`.

    Parameters
    ----------
    path : str or Path
        The document, for example ``data/ziyang_2023_science_literacy_tasks.txt``.
    registry : Registry or path, optional
        A registry, or a CSV that extends and overrides the bundled one.
    layout : str, optional
        Force a reader instead of choosing one from the file.
    sheet : str, optional
        The sheet of a workbook to read (by default the active sheet).
    issuer : str or Issuer, optional
        The issuer (``"广州市人民政府"``), instead of the one the notice shows.

    Raises
    ------
    InputError, LayoutError, EncodingError
        When the file cannot be read as a task table; the message names the
        file, the line and what to do.

    Examples
    --------
    >>> t = read_table("data/ziyang_2023_science_literacy_tasks.txt")
    >>> len(t.tasks), t.meta["number"]
    (95, '资府发〔2023〕1号')
    """
    if registry is None or isinstance(registry, Registry):
        reg = registry
    else:
        reg = Registry.from_csv(registry, base=Registry.bundled())
    return build_table(read_raw(path, layout=layout, sheet=sheet), reg, issuer)


def build_table(document: RawDocument, registry: Registry | None = None,
                issuer: str | Issuer | None = None) -> TaskTable:
    """Resolve a reader's raw rows into a :class:`TaskTable`; the document is left untouched.

    Examples
    --------
    >>> doc = RawDocument("<x>", "lists", {}, [RawRow(1, "科普", "办科技周", "市科协、市科技局", "市科协")])
    >>> t = build_table(doc)
    >>> t.assignments[["unit", "role"]].values.tolist()
    [['市科协', 'lead'], ['市科技局', 'lead']]
    >>> t.findings.code.tolist()
    ['lead_and_support', 'issuer_unknown']

    Notes
    -----
    Rules, each recorded as a finding where it changes anything:

    * a unit listed more than once in the same role is kept once (``duplicate_unit``);
    * a unit listed as lead and as support on one task is a lead (``lead_and_support``);
    * an alias or known misspelling is replaced by the canonical name
      (``alias_resolved``, ``misspelling_corrected``);
    * a name not in the registry but a form of a body of bodies.csv is placed
      by the issuer (``unit_recognised``), one whose kind is read from its
      ending is kept as written (``unit_inferred``), each once per unit;
    * an unknown name is kept as written, with suggestions (``unknown_unit``);
    * a name kept as one unit though it lists several by 、 (各区、县级市,
      县委、县政府督察室) says so once per unit (``units_joined``);
    * a task with no lead unit is kept and flagged (``no_lead``).
    """
    registry = registry or Registry.bundled()
    if not isinstance(issuer, Issuer):
        issuer = detect_issuer(document.meta, registry.gazetteer, issuer)
    tasks, assignments, units, findings = resolve_rows(document, registry, issuer)
    return TaskTable(
        tasks=pd.DataFrame(tasks, columns=TASK_COLUMNS),
        assignments=pd.DataFrame(assignments, columns=ASSIGNMENT_COLUMNS),
        units=pd.DataFrame(units, columns=UNIT_COLUMNS),
        findings=pd.DataFrame([vars(f) for f in findings], columns=FINDING_COLUMNS).astype({"line": "Int64"}),
        meta={"path": document.path, "layout": document.layout, **document.meta,
              "issuer_source": issuer.source, "issuer_level": issuer.level,
              "issuer_name_read": issuer_name_read(issuer)},
    )


def resolve_rows(document: RawDocument, registry: Registry | None = None,
                 issuer: str | Issuer | None = None) -> tuple[list, list, list, list]:
    """The rows of :func:`build_table` as plain lists, before any DataFrame is made.

    Returns ``tasks``, ``assignments`` and ``units`` as lists of tuples in the
    order of ``TASK_COLUMNS``, ``ASSIGNMENT_COLUMNS`` and ``UNIT_COLUMNS``, and
    the findings as :class:`Finding` objects. For callers that combine many
    documents (:func:`zygraph.corpus.read_corpus`) and build frames once.
    The issuer is read from ``document.meta`` unless ``issuer`` gives it (a
    name, as ``--issuer`` does, or an :class:`~zygraph.names.issuer.Issuer`).

    Examples
    --------
    >>> doc = RawDocument("<x>", "lists", {}, [RawRow(1, "科普", "办科技周", "市文广旅局", "市科协")])
    >>> tasks, assignments, units, findings = resolve_rows(doc)
    >>> assignments
    [('T001', '市文化广电旅游局', 'lead', '市文广旅局', 1), ('T001', '市科协', 'support', '市科协', 1)]
    >>> [f.code for f in findings]  # with no issuer, the level of 市文广旅局 and 市科协 rests on their 市
    ['alias_resolved', 'issuer_unknown']
    """
    registry = registry or Registry.bundled()
    if not isinstance(issuer, Issuer):
        issuer = detect_issuer(document.meta, registry.gazetteer, issuer)
    findings = list(document.findings) + issuer_findings(issuer, document.meta, registry.gazetteer)
    tasks, assignments, units = [], [], {}
    unknown_names: dict[str, str] = {}  # match key -> the first way an unknown name was written
    codes = {f.code for f in document.findings}
    first_listed = {"responsible_column", "first_listed_leads"} <= codes  # the first unit of a 责任单位 cell leads
    hinted: set[str] = set()  # unknown names given suggestions: at most MAX_SUGGESTED per document
    placed: dict[str, object] = {}  # text as written -> the unit it is in this notice
    unplaced: list[str] = []  # with no issuer, units read at a level their names leave open: "市财政局 prefecture"
    for number, row in enumerate(document.rows, start=1):
        task_id = f"T{number:03d}"
        tasks.append((task_id, row.area, row.task, row.note, row.lines.get("task", row.line), document.path))
        roles: dict[str, str] = {}
        for column, cell in (("lead", row.lead), ("support", row.support)):
            line = row.lines.get(column, row.line)
            if len(cell) > MAX_CELL_CHARS:
                raise InputError(f"the {column} cell is {len(cell):,} characters long, more than the {MAX_CELL_CHARS:,} "
                                 "zygraph reads in a unit cell; check that this is the unit column", path=document.path,
                                 line=line)
            if len(unknown_names) > MAX_UNKNOWN_NAMES:
                raise InputError(f"the document names more than {MAX_UNKNOWN_NAMES:,} units that are not in the "
                                 "registry, which no task table does; check that the unit columns are the right ones",
                                 path=document.path, line=line)
            if column in row.names:  # the reader split the names already: keep them as read
                named = [(registry.resolve(name), column) for name in row.names[column]]
            else:
                named = _cell_units(registry, cell, column, line, findings)
                if (kept := without_described_kind(cell, registry.__contains__)) != cell:  # 等市政设施、…相关部门
                    findings.append(Finding(line, "info", "description_dropped", f"the {column} cell describes what "
                                            f"its units are for, naming no body: {cell[:40]}", f"read as {kept[:40]}"))
            if first_listed and column == "lead" and len(named) > 1 and all(r == "lead" for _, r in named):
                named = named[:1] + [(res, "support") for res, _ in named[1:]]
                findings.append(Finding(line, "info", "role_rule", f"the first unit of the 责任单位 cell leads, as the "
                                        f"document says: lead {named[0][0].raw}", "the others support"))
            for res, role in named:
                unit = placed.get(res.raw)
                if unit is None:
                    unit = placed[res.raw] = place_unit(res, issuer, registry)
                if res.how in ("unknown", "inferred"):
                    unit = replace(unit, name=unknown_names.setdefault(match_key(unit.name), unit.name))
                first = unit.name not in units
                if first:
                    units[unit.name] = (unit.name, unit.name_en, unit.kind, res.known, issuer.label, unit.level,
                                        unit.body, unit.label_en)
                    findings.extend(_joined_findings(res.raw, line))
                    if not issuer.level and unit.level and _level_left_open(registry.form(res.raw)):
                        unplaced.append(f"{unit.name} {unit.level}")
                if res.how in ("unknown", "inferred") and len(hinted) < MAX_SUGGESTED:
                    hinted.add(unit.name)
                if res.how in ("body", "inferred"):
                    if first:
                        findings.append(_form_finding(res, unit, line, hint=unit.name in hinted))
                elif res.how != "exact":  # an exact name needs no finding
                    findings.extend(_name_findings(res, line, hint=unit.name in hinted))
                if unit.name in roles:
                    findings.append(_repeat_finding(unit.name, roles[unit.name], role, line, task_id))
                    continue
                roles[unit.name] = role
                assignments.append((task_id, unit.name, role, res.raw, line))
        if "lead" not in roles.values():
            findings.append(
                Finding(
                    row.lines.get("lead", row.line),
                    "warning",
                    "no_lead",
                    f"task {task_id} names no lead unit (牵头单位)",
                    "kept the task with no lead; add the lead unit to the source table if one was meant",
                )
            )
        findings.extend(shift_findings(row, task_id, registry))
    if unplaced:
        findings.append(_unplaced_finding(unplaced))
    if len(unknown_names) > MAX_SUGGESTED:
        findings.append(Finding(None, "info", "suggestions_capped",
                                f"{len(unknown_names)} names are not in the unit registry",
                                f"closest registry names are suggested for the first {MAX_SUGGESTED} only"))
    if document.layout in _TABLE_LAYOUTS:
        findings.extend(area_findings(document.rows))
    return tasks, assignments, list(units.values()), findings


def _level_left_open(form) -> bool:
    """Whether a name leaves its level to the issuer: 市 (a city's, or a county-level city's), or a body named with no
    marker (教育局, 发展改革委); 县发改委, 省教育厅 and 公安部 say their level themselves."""
    return form.place is None and (form.marker == "市" or (not form.marker and form.rule == "body"))


def _unplaced_finding(names: list[str]) -> Finding:
    """An info finding (``issuer_unknown``): no issuer was read (none named, or none placed), so units whose names
    leave their level open are read at the level their words suggest (市财政局 a prefecture's, though 市 may be a
    county-level city), and placed nowhere."""
    shown = "; ".join(names[:3]) + ("; …" if len(names) > 3 else "")
    return Finding(None, "info", "issuer_unknown", f"no issuer was read from the notice: {len(names)} units whose names "
                   f"leave their level open are read at the level their words suggest ({shown}), none placed",
                   "pass --issuer NAME to place them")


def _cell_units(registry, cell, column, line, findings):
    """(resolution, role) for each unit of a cell: the column's role, unless role words in the cell say."""
    if not has_role_words(cell) and not has_lead_mark(cell):
        return [(res, column) for res in registry.split(cell)]
    items = cell_items(cell, column, registry.__contains__)
    people = [i.text for i in items if i.role == "person"]
    items = [i for i in items if i.role != "person"]
    # 市发改局牵头落实；市工信局…按职责分工落实: units responsible beside a named lead support it
    beside = "support" if any(i.role == "lead" for i in items) else column
    out = [(registry.resolve(i.text), i.role if i.role in ("lead", "support") else beside) for i in items]
    if any(i.word for i in items):
        said = "; ".join(f"{res.raw} {role}" for res, role in out) + (f"; people, not units: {'、'.join(people)}"
                                                                       if people else "")
        findings.append(Finding(line, "info", "role_rule", f"the {column} cell names roles itself: {said}",
                                "roles assigned as the cell says"))
    return out


def shift_findings(row: RawRow, task_id: str, registry: Registry) -> list[Finding]:
    """A warning when a row's cells look moved: the task cell is a list of known units, or the lead
    cell names no known unit while the area or note cell is one.

    A cell lost or added to the left of the lead cell does this.

    Examples
    --------
    >>> shift_findings(RawRow(7, "科普", "办科技周", "市财政局", ""), "T001", Registry.bundled())
    []
    >>> [f.message for f in shift_findings(RawRow(7, "科普", "市科协、市科技局", "长期", ""), "T001", Registry.bundled())]
    ['task T001: the task cell lists units (市科协、市科技局) and the lead cell reads 长期']
    """
    def units_only(text):
        pieces = _pieces(text)
        return bool(pieces) and all(piece in registry for piece in pieces)

    line = row.lines.get("task", row.line)
    if units_only(row.task):
        return [Finding(line, "warning", "column_shift",
                        f"task {task_id}: the task cell lists units ({row.task[:30]}) and the lead cell reads "
                        f"{row.lead[:20] or 'empty'}",
                        "read as written; check that the cells of this row did not move a column")]
    if any(piece in registry for piece in _pieces(row.lead)):
        return []
    for column, text in (("area", row.area), ("note", row.note)):
        if units_only(text):
            return [Finding(line, "warning", "column_shift",
                            f"task {task_id}: the lead cell ({row.lead[:20] or 'empty'}) names no known unit, while "
                            f"the {column} cell lists units ({text[:30]})",
                            "read as written; check that the cells of this row did not move a column")]
    return []


def area_findings(rows) -> list[Finding]:
    """A warning for each area written on one task only that reads like a task.

    An area reads like a task when it is at least 15 characters long and at
    least 0.8 times the median task text: the mark of task texts moved into
    the area column. (A heading of a numbered-paragraph notice is often a long
    sentence; callers check tables only.)

    Examples
    --------
    >>> rows = [RawRow(1, "科普", "办科技周", "市科协", ""), RawRow(2, "组织开展科普讲解大赛，提升讲解水平", "市科协", "", "")]
    >>> [f.line for f in area_findings(rows)]
    [2]
    """
    counts = Counter(row.area for row in rows)
    lengths = sorted(len(row.task) for row in rows)
    threshold = max(_TASK_LIKE_LENGTH, 0.8 * lengths[len(lengths) // 2]) if lengths else _TASK_LIKE_LENGTH
    found = []
    for row in rows:
        area = row.area
        if counts[area] == 1 and len(area) >= threshold:
            found.append(Finding(row.lines.get("area", row.line), "warning", "area_looks_like_task",
                                 f"the area {area[:30]} is written on this task only and reads like a task",
                                 "read as written; check that the cells of this row did not move a column"))
    return found


def _pieces(text: str) -> list[str]:
    return [piece for piece in _LIST_SEPARATORS.split(text) if piece.strip()]


def _name_findings(res, line, hint=True):
    if res.how == "alias" and res.raw.strip() != res.unit.name:
        yield Finding(line, "info", "alias_resolved", f"{res.raw} is another name of {res.unit.name}",
                      f"counted as {res.unit.name}")
    elif res.how == "misspelling":
        yield Finding(line, "warning", "misspelling_corrected", f"{res.raw} is a known misspelling of {res.unit.name}",
                      f"corrected to {res.unit.name}")
    elif res.how == "unknown":
        suggestions = res.suggestions if hint else ()
        hint = f"; closest registry names: {'、'.join(suggestions)}" if suggestions else ""
        yield Finding(line, "warning", "unknown_unit", f"{res.raw} is not in the unit registry{hint}",
                      "kept as written; add it (or an alias) to a registry CSV passed with --registry")


def _form_finding(res, unit, line, hint=True) -> Finding:
    """What was read from the form of a name that the registry does not list."""
    level = f"at the {unit.level} level" if unit.level else "at no single level"
    if res.how == "body":
        body = res.form.body if res.form is not None else None
        reform = ""
        if body is not None and body.succeeded_by:
            reform = f"; a name from before a reform (succeeded by {body.succeeded_by}), kept as its own body"
        written = f"{res.raw}:" if res.raw.strip() == unit.name else f"{res.raw} is {unit.name},"
        return Finding(line, "info", "unit_recognised",
                       f"{written} a form of the body {unit.body} {level}, kind {unit.kind}{reform}",
                       f"counted as {unit.name}")
    suggestions = res.suggestions if hint else ()
    hint = f"; closest registry names: {'、'.join(suggestions)}" if suggestions else ""
    how = "read from its form as"
    if res.form is not None and res.form.rule == "field":  # 财政 of 发展改革、财政等部门
        office = f", the body {res.form.field_office}" if res.form.field_office else ""  # 发展改革: 发展改革委
        how = f"a field named alone (as a list sharing its noun leaves it), read as its department{office}:"
    return Finding(line, "info", "unit_inferred",
                   f"{res.raw} is not in the registry; {how} kind {unit.kind}, {level}{hint}",
                   "kept as written; add it to a registry CSV passed with --registry to name it")


#: Marks that part a list of names (outside brackets): a unit kept whole across one is a reading decision.
_LIST_MARKS = "、，,"
_COLLECTIVE_START = re.compile("^(各|相关|相關|有关|有關)")


def _joined_findings(raw: str, line):
    """Say so when a name kept as one unit lists several by 、: 各区、县级市, 黄埔区、南沙区政府, 县委、县政府督察室."""
    parts, _ = split_outside_brackets(raw.strip(), _LIST_MARKS)
    if len(parts) < 2:
        return
    first_units = [looks_like_unit(part.strip(), _nothing_known) for part in parts[:-1]]
    if _COLLECTIVE_START.match(raw.strip()):
        why = "a collective naming several kinds of unit at once"
    elif all(first_units):
        why = "the bodies it names share the last name's office (a joint office)"
    elif not any(first_units):
        why = "the names before the last are no units alone and share its ending (one kind of body of several places)"
    else:
        why = "the list's reading kept it whole"
    yield Finding(line, "info", "units_joined", f"{raw.strip()} lists {len(parts)} names but is kept as one unit: {why}",
                  "counted as one unit; to count them apart, name each in full in the source")


def _nothing_known(name: str) -> bool:
    """No name is known: whether a piece is a unit is read from its form alone."""
    return False


def _repeat_finding(unit, first_role, role, line, task_id):
    if first_role == role:
        return Finding(line, "info", "duplicate_unit", f"{unit} is listed twice as {role} on task {task_id}",
                       "kept once")
    return Finding(line, "warning", "lead_and_support",
                   f"{unit} is listed as both lead and support on task {task_id}", "kept as lead only")
