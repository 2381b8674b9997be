"""Read many task tables at once, on all cores: each document's rows, and one pooled TaskTable when asked."""

from __future__ import annotations

import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from zygraph.errors import InputError, ZygraphError
from zygraph.names.issuer import detect_issuer, issuer_name_read
from zygraph.names.naming import pool_key
from zygraph.readers import read_raw
from zygraph.table import ASSIGNMENT_COLUMNS, FINDING_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS, TaskTable, resolve_rows
from zygraph.names.units import Registry

__all__ = ["read_corpus", "read_documents", "corpus_files", "issuer_label", "document_year", "DocumentRows", "Unreadable",
           "TABLE_SUFFIXES", "PARALLEL_FROM"]

#: File extensions taken from a folder: the ones zygraph's readers can open.
TABLE_SUFFIXES = (".txt", ".text", ".csv", ".xlsx", ".xlsm", ".docx", ".html", ".htm", ".pdf", ".doc", ".wps", ".xls", ".et")

#: From this many files on, documents are read by a pool of processes, one per core.
PARALLEL_FROM = 16
_CHUNKS_PER_WORKER = 4  # tasks per worker: few, since each starts the registry's caches anew

_ISSUER_TAIL = re.compile(r"(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管委会)$")
_YEAR = re.compile(r"(?:^|\D)((?:19|20)\d{2})(?:\D|$)")


def corpus_files(paths) -> list[Path]:
    """Return the table files named by ``paths``: files as given, folders expanded.

    A folder gives every file directly in it whose extension is in
    :data:`TABLE_SUFFIXES` (hidden files skipped), sorted by name; sub-folders
    are not entered. A file given by name is kept whatever its extension, and
    a file named twice is read once.

    Raises
    ------
    InputError
        A path does not exist, or no table file was found.

    Examples
    --------
    >>> [p.name for p in corpus_files(["data"])]
    ['ziyang_2023_science_literacy_tasks.txt']
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    found, seen = [], set()
    for path in map(Path, paths):
        if path.is_dir():
            try:
                members = sorted(p for p in path.iterdir()
                                 if (p.is_file() or p.is_symlink())  # a broken link or loop is read, to be reported
                                 and p.suffix.lower() in TABLE_SUFFIXES and not p.name.startswith("."))
            except PermissionError:
                raise InputError("permission denied: cannot list the folder; check its permissions", path=path) from None
            except OSError as exc:
                raise InputError(f"cannot list the folder ({exc.strerror or exc})", path=path) from None
        elif path.exists():
            members = [path]
        else:
            raise InputError("the file or folder does not exist; check the path", path=path)
        for member in members:
            identity = _identity(member)
            if identity not in seen:
                seen.add(identity)
                found.append(member)
    if not found:
        raise InputError(f"no table file found in {', '.join(map(str, paths)) or 'an empty list'}; "
                         f"a folder is searched for {', '.join(TABLE_SUFFIXES)} files")
    return found


def _identity(path: Path) -> Path:
    """The file a path names, links followed; a broken link or loop is its own (the reader reports it)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def issuer_label(issuer: str) -> str:
    """Return the short name of an issuer used to qualify its units: the city or county.

    Strips 人民政府, 办公厅/办公室 and a last 市 (or 县/区 when a name is left).

    Examples
    --------
    >>> issuer_label("资阳市人民政府"), issuer_label("成都市人民政府办公厅"), issuer_label("安岳县人民政府")
    ('资阳', '成都', '安岳')
    """
    label = issuer.strip()
    while _ISSUER_TAIL.search(label):
        label = _ISSUER_TAIL.sub("", label)
    if len(label) > 2 and label[-1] in "市县区":
        label = label[:-1]
    return label


def _document_ids(files: list[Path]) -> list[str]:
    """File stems, made unique with ~2, ~3 ... where two files share a stem."""
    ids, used = [], set()
    for path in files:
        stem, n = path.stem, 1
        while (stem if n == 1 else f"{stem}~{n}") in used:
            n += 1
        ids.append(stem if n == 1 else f"{stem}~{n}")
        used.add(ids[-1])
    return ids


def document_year(meta: dict) -> int | None:
    """The year of a notice: from its date, else from its document number (〔2023〕), else None.

    Examples
    --------
    >>> document_year({"date": "2023-01-10"}), document_year({"number": "资府发〔2024〕1号"}), document_year({})
    (2023, 2024, None)
    """
    for field in ("date", "number"):
        match = _YEAR.search(str(meta.get(field) or ""))
        if match:
            return int(match.group(1))
    return None


@dataclass(frozen=True)
class DocumentRows:
    """What reading one document gave: its id, its resolved rows (see :func:`zygraph.table.resolve_rows`) and meta."""

    id: str
    tasks: list
    assignments: list
    units: list
    findings: list
    meta: dict
    #: The issuer's short name (资阳, 国务院; see :func:`zygraph.names.issuer.detect_issuer`), or the id when none is found.
    issuer: str = ""

    def table(self) -> TaskTable:
        """The document's :class:`TaskTable`, as :func:`zygraph.read_table` gives it."""
        return TaskTable(
            tasks=pd.DataFrame(self.tasks, columns=TASK_COLUMNS),
            assignments=pd.DataFrame(self.assignments, columns=ASSIGNMENT_COLUMNS),
            units=pd.DataFrame(self.units, columns=UNIT_COLUMNS),
            findings=pd.DataFrame([vars(f) for f in self.findings], columns=FINDING_COLUMNS).astype({"line": "Int64"}),
            meta=dict(self.meta),
        )


@dataclass(frozen=True)
class Unreadable:
    """A document that could not be read: its id, its path and the error's one line (with ``skip_unreadable``)."""

    id: str
    path: str
    message: str


def _read_chunk(paths: list, ids: list, layout, sheet, registry, issuer) -> list:
    """Read some documents; a document that cannot be read gives its error in its place."""
    registry = registry or Registry.bundled()
    out = []
    for path, doc_id in zip(paths, ids):
        try:
            raw = read_raw(path, layout=layout, sheet=sheet)
            found = detect_issuer(raw.meta, registry.gazetteer, issuer)
            rows = resolve_rows(raw, registry, found)
            label = found.label or issuer_label(raw.meta.get("issuer") or "") or doc_id
            out.append(DocumentRows(doc_id, *rows, meta={"path": raw.path, "layout": raw.layout, **raw.meta,
                                                         "issuer_source": found.source, "issuer_level": found.level,
                                                         "issuer_name_read": issuer_name_read(found)},
                                    issuer=label))
        except ZygraphError as exc:
            out.append(exc)
    return out


def _workers(n_files: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, workers)
    if n_files < PARALLEL_FROM:
        return 1
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def read_documents(paths, *, registry: Registry | str | Path | None = None, layout: str | None = None,
                   sheet: str | None = None, progress=None, workers: int | None = None,
                   issuer: str | None = None, skip_unreadable: bool = False) -> list[DocumentRows]:
    """Read many task tables, each on its own, on all cores.

    Parameters
    ----------
    paths : str, Path or list of them
        Table files and/or folders (see :func:`corpus_files`).
    registry : Registry or path, optional
        As in :func:`zygraph.read_table`; one registry serves every document.
    layout : str, optional
        Force one reader for every document instead of choosing one from
        each file (saves a look at each file's content).
    sheet : str, optional
        The sheet to read of each workbook (by default its active sheet).
    progress : callable, optional
        Called as ``progress(done, total, path)`` as documents are read, in order.
    workers : int, optional
        Processes reading at once. Default: one per core from
        :data:`PARALLEL_FROM` files on, else 1 (no pool).
    issuer : str, optional
        The issuer of every document (``--issuer``), instead of what each notice shows.
    skip_unreadable : bool
        Give a document that cannot be read as an :class:`Unreadable` in its
        place and go on, instead of raising (``--skip-unreadable``).

    Returns
    -------
    list of DocumentRows (and Unreadable)
        One per file, in the order of :func:`corpus_files`, whatever the
        order the workers finish in. Ids are file stems, made unique with
        ``~2``, ``~3`` where two files share a stem.

    Raises
    ------
    ZygraphError
        If one document cannot be read, its own error (naming the file). If
        several cannot, every document is still tried and one InputError lists
        each failure, one per line. With ``skip_unreadable``, only when no
        document can be read.

    Examples
    --------
    >>> [(d.id, d.issuer, len(d.tasks)) for d in read_documents(["data"])]
    [('ziyang_2023_science_literacy_tasks', '资阳', 95)]
    """
    if registry is not None and not isinstance(registry, Registry):
        registry = Registry.from_csv(registry, base=Registry.bundled())
    files = corpus_files(paths)
    ids = _document_ids(files)
    n_workers = _workers(len(files), workers)
    size = max(1, -(-len(files) // (n_workers * _CHUNKS_PER_WORKER)))
    chunks = [(files[i:i + size], ids[i:i + size]) for i in range(0, len(files), size)]
    n_workers = min(n_workers, len(chunks))
    results: list = []

    def collect(batch: list) -> None:
        for item in batch:
            results.append(item)
            if progress is not None:
                progress(len(results), len(files), files[len(results) - 1])

    if n_workers == 1:
        shared = registry or Registry.bundled()  # one registry, and its caches, for every chunk
        for chunk_files, chunk_ids in chunks:
            collect(_read_chunk(chunk_files, chunk_ids, layout, sheet, shared, issuer))
    else:
        with ProcessPoolExecutor(max_workers=n_workers) as pool:
            jobs = [pool.submit(_read_chunk, chunk_files, chunk_ids, layout, sheet, registry, issuer)
                    for chunk_files, chunk_ids in chunks]
            for job in jobs:  # in order: the result does not depend on which worker finishes first
                collect(job.result())
    failures = [item for item in results if isinstance(item, ZygraphError)]
    if skip_unreadable and len(failures) < len(files):
        return [Unreadable(doc_id, str(path), str(item)) if isinstance(item, ZygraphError) else item
                for item, doc_id, path in zip(results, ids, files)]
    if len(failures) == 1:
        raise failures[0]
    if failures:
        raise InputError(f"{len(failures)} of {len(files)} documents could not be read:\n"
                         + "\n".join(f"  {exc}" for exc in failures))
    return results


def read_corpus(paths, *, registry: Registry | str | Path | None = None, layout: str | None = None,
                sheet: str | None = None, progress=None, workers: int | None = None,
                issuer: str | None = None) -> TaskTable:
    """Read many task tables into one :class:`TaskTable`, units pooled across documents by body and level.

    For analyses that merge documents (``zygraph compare FOLDER_A FOLDER_B``,
    ``--pool``); to measure each document in its own network, use
    :func:`zygraph.load`.

    Parameters
    ----------
    paths, registry, layout, sheet, progress, workers, issuer
        As in :func:`read_documents`.

    Returns
    -------
    TaskTable
        ``tasks.document`` is the file path. With one document, the table of
        :func:`zygraph.read_table`. With several, each task id is prefixed by
        its document id (``ziyang_2023:T001``); a unit's ``issuer`` lists
        every issuer naming it, joined by 、; ``findings`` adds ``document``;
        ``meta`` is ``{"path": "", "layout": "corpus", "title", "documents":
        [each document's meta with its "id"]}``.

    Raises
    ------
    ZygraphError
        As :func:`read_documents`.

    Examples
    --------
    >>> t = read_corpus(["data"])
    >>> len(t.tasks), t.tasks.task_id.iloc[0], t.units.loc[0, ["unit", "issuer"]].tolist()
    (95, 'T001', ['市科协', '资阳'])

    Notes
    -----
    Units are pooled by body and level: the 市科协 of two cities (or
    广州市科学技术协会 and 市科协) become one unit, named as first met; a unit
    with no body or level, or named with its place (广州市财政局 in a provincial
    notice), is pooled by name. A unit of several issuers takes
    its English label without a place. Nothing is checked across documents
    (for example, the same task appearing in two of them).
    """
    if registry is not None and not isinstance(registry, Registry):
        registry = Registry.from_csv(registry, base=Registry.bundled())
    documents = read_documents(paths, registry=registry, layout=layout, sheet=sheet, progress=progress,
                               workers=workers, issuer=issuer)
    return pool_documents(documents, registry)


def pool_documents(documents: list[DocumentRows], registry: Registry | None = None) -> TaskTable:
    """One table from several documents' rows, units pooled by body and level; frames are built once, here.

    ``registry`` gives the gazetteer that tells a unit named with its place (default: the bundled one).

    Examples
    --------
    >>> pool_documents(read_documents(["data"])).meta["number"]
    '资府发〔2023〕1号'
    """
    several = len(documents) > 1
    tasks = pd.DataFrame([row for doc in documents for row in doc.tasks], columns=TASK_COLUMNS)
    assignments = pd.DataFrame([row for doc in documents for row in doc.assignments], columns=ASSIGNMENT_COLUMNS)
    if several:
        doc_ids = np.array([doc.id for doc in documents], dtype=object)
        tasks["task_id"] = doc_ids.repeat([len(doc.tasks) for doc in documents]) + ":" + tasks["task_id"]
        assignments["task_id"] = (doc_ids.repeat([len(doc.assignments) for doc in documents]) + ":"
                                  + assignments["task_id"])
    issuer_at, body_at, level_at, label_at = (UNIT_COLUMNS.index(c) for c in ("issuer", "body", "level", "label_en"))
    gazetteer = (registry or Registry.bundled()).gazetteer
    units: dict[str, list] = {}
    pooled: dict[tuple, str] = {}  # pool key -> the pooled unit's name, the first met
    renames: list[dict] = []  # per document: its name -> the pooled name
    for doc in documents:
        renamed = {}
        for row in doc.units:  # in the order of UNIT_COLUMNS, the name first
            # 市科协 of every city is one 科协; a unit named with its place (广州市财政局) stays itself
            key = renamed[row[0]] = pooled.setdefault(
                pool_key(row[0], row[body_at], row[level_at], gazetteer), row[0])
            if key in units:
                if doc.issuer not in units[key][issuer_at]:
                    units[key][issuer_at].append(doc.issuer)
            else:
                units[key] = [key, *row[1:issuer_at], [doc.issuer], *row[issuer_at + 1:]]
        renames.append(renamed)
    for row in units.values():
        if len(row[issuer_at]) > 1:  # a unit pooled across places is of no one place
            row[1] = row[label_at]
    if any(renames):
        assignments["unit"] = [name for doc, renamed in zip(documents, renames)
                               for name in (renamed.get(row[1], row[1]) for row in doc.assignments)]
    units_frame = pd.DataFrame(
        [[*row[:issuer_at], "、".join(row[issuer_at]), *row[issuer_at + 1:]] for row in units.values()],
        columns=UNIT_COLUMNS)
    findings = pd.DataFrame(
        [(f.line, f.severity, f.code, f.message, f.action, doc.meta["path"])
         for doc in documents for f in doc.findings],
        columns=[*FINDING_COLUMNS, "document"],
    ).astype({"line": "Int64"})  # a document's own findings have no line: 191, not 191.0
    if several:
        meta = {"path": "", "layout": "corpus", "title": f"{len(documents)} documents",
                "documents": [{"id": doc.id, **doc.meta} for doc in documents]}
    else:
        meta = dict(documents[0].meta)
    return TaskTable(tasks=tasks, assignments=assignments, units=units_frame, findings=findings, meta=meta)
