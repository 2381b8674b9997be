"""Read many task tables at once into one TaskTable, each task keeping its document."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from zygraph.errors import InputError, ZygraphError
from zygraph.issuer import detect_issuer
from zygraph.naming import pool_key
from zygraph.readers import read_raw
from zygraph.table import ASSIGNMENT_COLUMNS, FINDING_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS, TaskTable, resolve_rows
from zygraph.units import Registry

__all__ = ["read_corpus", "corpus_files", "issuer_label", "TABLE_SUFFIXES"]

#: File extensions taken from a folder: the ones zygraph's readers can open.
TABLE_SUFFIXES = (".txt", ".text", ".csv", ".xlsx", ".xlsm", ".docx")

_ISSUER_TAIL = re.compile(r"(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管委会)$")
_SEPARATOR = "·"


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


def read_corpus(paths, *, registry: Registry | str | Path | None = None, pool: bool = False,
                layout: str | None = None, sheet: str | None = None, progress=None,
                issuer: str | None = None) -> TaskTable:
    """Read many task tables into one :class:`TaskTable`.

    Parameters
    ----------
    paths : str, Path or list of them
        Table files and/or folders (see :func:`corpus_files`).
    registry : Registry or path, optional
        As in :func:`zygraph.read_table`; one registry serves every document.
    pool : bool
        If False (default), units are those of each issuer: where the corpus
        has documents of more than one issuer, unit names are qualified by the
        issuer's short name (``资阳·市科协``), since the 市科协 of one city is not
        that of another. If True, units are pooled across documents by body
        and level (the 市科协 of every city is one unit, named as first met;
        a unit with no body or level, or named with its place, as 广州市财政局
        in a provincial notice, is pooled by name), for cross-city
        comparisons of the same kind of office.
    layout : str, optional
        Force one reader for every document instead of choosing one from
        each file (saves a look at each file's content).
    sheet : str, optional
        The sheet to read of each workbook (by default its active sheet).
    progress : callable, optional
        Called after each document as ``progress(done, total, path)``.
    issuer : str, optional
        The issuer of every document (``--issuer``), instead of what each notice shows.

    Returns
    -------
    TaskTable
        ``tasks.document`` is the file path. With one document, task ids stay
        ``T001``...; with several, each is prefixed by its document id, the
        file stem (``ziyang_2023:T001``; a repeated stem gets ``~2``).
        ``units`` adds ``canonical`` (the unit's name in its own notice);
        ``issuer`` is the issuer's short name (for a pooled unit, every issuer
        naming it, joined by 、). ``findings`` adds ``document``. ``meta`` of one document is
        its own; of several, ``{"path": "", "layout": "corpus", "title",
        "documents": [each document's meta with its "id"]}``.

    Raises
    ------
    ZygraphError
        If one document cannot be read, its own error (naming the file). If
        several cannot, every document is still tried and one InputError lists
        each failure, one per line.

    Examples
    --------
    >>> t = read_corpus(["data"])
    >>> len(t.tasks), t.tasks.task_id.iloc[0], t.units.loc[0, ["unit", "canonical", "issuer"]].tolist()
    (95, 'T001', ['市科协', '市科协', '资阳'])

    Notes
    -----
    A unit is qualified only when the corpus has more than one issuer, so a
    corpus of one document (or of several years of one city's tables) keeps
    the names of :func:`zygraph.read_table`. The issuer's short name comes
    from the notice (see :func:`zygraph.issuer.detect_issuer`); a document
    whose notice names no issuer uses its document id. Two issuers with the same
    short name are not told apart. Each distinct cell text is split and
    resolved once for the whole corpus. Nothing is checked across documents
    (for example, the same task appearing in two of them).
    """
    if registry is not None and not isinstance(registry, Registry):
        registry = Registry.from_csv(registry, base=Registry.bundled())
    registry = registry or Registry.bundled()
    files = corpus_files(paths)
    ids = _document_ids(files)
    documents, failures, issuers = [], [], []
    for done, path in enumerate(files, start=1):
        try:
            raw = read_raw(path, layout=layout, sheet=sheet)
            found = detect_issuer(raw.meta, registry.gazetteer, issuer)
            documents.append((resolve_rows(raw, registry, found), {"path": raw.path, "layout": raw.layout, **raw.meta}))
            issuers.append(found.label)
        except ZygraphError as exc:
            failures.append(exc)
        if progress is not None:
            progress(done, len(files), path)
    if len(failures) == 1:
        raise failures[0]
    if failures:
        raise InputError(f"{len(failures)} of {len(files)} documents could not be read:\n"
                         + "\n".join(f"  {exc}" for exc in failures))
    return _combine(documents, ids, pool, issuers, registry.gazetteer)


def _combine(documents: list, ids: list[str], pool: bool, issuers: list[str], gazetteer) -> TaskTable:
    """One table from each document's resolved rows; frames are built once, here."""
    labels = [found or issuer_label(meta.get("issuer") or "") or doc_id
              for (_, meta), doc_id, found in zip(documents, ids, issuers)]
    qualify = not pool and len(set(labels)) > 1
    several = len(documents) > 1

    tasks = pd.DataFrame([row for (rows, _) in documents for row in rows[0]], columns=TASK_COLUMNS)
    assignments = pd.DataFrame([row for (rows, _) in documents for row in rows[1]], columns=ASSIGNMENT_COLUMNS)
    if several:
        doc_ids = np.array(ids, dtype=object)
        tasks["task_id"] = doc_ids.repeat([len(rows[0]) for rows, _ in documents]) + ":" + tasks["task_id"]
        assignments["task_id"] = (doc_ids.repeat([len(rows[1]) for rows, _ in documents]) + ":"
                                  + assignments["task_id"])
    if qualify:
        prefix = np.array([label + _SEPARATOR for label in labels], dtype=object)
        assignments["unit"] = prefix.repeat([len(rows[1]) for rows, _ in documents]) + assignments["unit"]

    units: dict[str, list] = {}
    pooled: dict[tuple, str] = {}  # pool key -> the pooled unit's name, the first met
    renames: list[dict] = []  # per document: its name -> the pooled name
    issuer_at = UNIT_COLUMNS.index("issuer")
    for (rows, _), label in zip(documents, labels):
        renamed = {}
        for row in rows[2]:
            name, body, level = row[0], row[UNIT_COLUMNS.index("body")], row[UNIT_COLUMNS.index("level")]
            key = label + _SEPARATOR + name if qualify else name
            if pool:  # the 市科协 of every city is one 科协 (see zygraph.naming.pool_key)
                key = renamed[name] = pooled.setdefault(pool_key(name, body, level, gazetteer), name)
            if key in units:
                if label not in units[key][issuer_at]:
                    units[key][issuer_at].append(label)
            else:
                units[key] = [key, *row[1:issuer_at], [label], *row[issuer_at + 1:], name]
        renames.append(renamed)
    label_at = UNIT_COLUMNS.index("label_en")
    for row in units.values():
        if qualify:  # 资阳·市科协 and 广州·市科协 side by side: the English label keeps the place
            row[label_at] = row[1]
        elif len(row[issuer_at]) > 1:  # a unit pooled across places is of no one place
            row[1] = row[label_at]
    if pool and any(renames):
        mapping = np.concatenate([np.array([r.get(u, u) for u in (row[1] for row in rows[1])], dtype=object)
                                  for (rows, _), r in zip(documents, renames)]) if len(assignments) else []
        assignments["unit"] = mapping
    units_frame = pd.DataFrame(
        [[*row[:issuer_at], "、".join(row[issuer_at]), *row[issuer_at + 1:]] for row in units.values()],
        columns=[*UNIT_COLUMNS, "canonical"],
    )
    findings = pd.DataFrame(
        [(f.line, f.severity, f.code, f.message, f.action, meta["path"]) for rows, meta in documents for f in rows[3]],
        columns=[*FINDING_COLUMNS, "document"],
    )
    if several:
        meta = {"path": "", "layout": "corpus", "title": f"{len(documents)} documents",
                "documents": [{"id": doc_id, **meta} for (_, meta), doc_id in zip(documents, ids)]}
    else:
        meta = dict(documents[0][1])
    return TaskTable(tasks=tasks, assignments=assignments, units=units_frame, findings=findings, meta=meta)
