"""A corpus of notices in Python: each document measured in its own network, compared, and lined up by year.

This is the object ``zygraph.load(folder)`` returns::

    corpus = zygraph.load("notices/")
    corpus.metrics                      # one row per (document, unit), each in its own network
    corpus.network                      # one row per document: size, density, concentration of leads
    for doc in corpus: ...              # zygraph.Document, one per file
    corpus.select(issuer="资阳").panel()  # each unit's load and rank by year
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd

from zygraph.compare import compare
from zygraph.corpus import DocumentRows, Unreadable, document_year, pool_documents, read_documents
from zygraph.corpus_metrics import measure
from zygraph.document import Document
from zygraph.document import load as load_document
from zygraph.metrics import lead_concentration
from zygraph.table import ASSIGNMENT_COLUMNS, FINDING_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS
from zygraph.names.units import PROJECTED_KINDS

__all__ = ["Corpus", "load", "BY"]

#: How a corpus groups documents into networks: each document alone, one issuer's documents merged, all merged.
BY = ("document", "issuer", "pool")
_POOLED = "all"  # the `document` of a unit measured in the network of every document


def load(paths, *, registry=None, layout: str | None = None, by: str = "document", workers: int | None = None,
         progress=None, skip_unreadable: bool = False, **options):
    """Read one table as a :class:`~zygraph.document.Document`, or a folder or list of them as a :class:`Corpus`.

    Parameters
    ----------
    paths : str, Path, or list of them
        A table file (gives a Document), or a folder or a list of files and
        folders (gives a Corpus, even of one document).
    registry, layout
        As in :func:`zygraph.read_table`.
    by : {"document", "issuer", "pool"}
        For a corpus: the network each unit is measured in (see :class:`Corpus`).
    workers, progress, skip_unreadable
        For a corpus: as in :func:`zygraph.corpus.read_documents`; the files
        skipped are in :attr:`Corpus.unreadable`.
    **options
        ``kinds``, ``lead_weight``, ``share``, ``seed`` (see :class:`~zygraph.document.Document`).

    Examples
    --------
    >>> load("data/ziyang_2023_science_literacy_tasks.txt")
    <Document 资阳市人民政府关于印发《资阳市全民科学素质行动任务分工表》的通知: 95 tasks, 33 units>
    >>> load("data")
    <Corpus of 1 documents from 1 issuers, measured by document>
    """
    if isinstance(paths, (str, Path)) and not Path(paths).is_dir():
        return load_document(paths, registry=registry, layout=layout, **options)
    documents = read_documents(paths, registry=registry, layout=layout, progress=progress, workers=workers,
                               skip_unreadable=skip_unreadable)
    return Corpus(documents, by=by, **options)


class Corpus:
    """Many analysed documents; every result is computed on first use and kept.

    Parameters
    ----------
    documents : list of zygraph.corpus.DocumentRows
        From :func:`zygraph.corpus.read_documents`; any
        :class:`~zygraph.corpus.Unreadable` among them is kept apart in
        :attr:`unreadable`.
    by : {"document", "issuer", "pool"}
        The network each unit is measured in. ``"document"`` (default): its
        own document's, so a document's numbers are the same alone and in any
        corpus. ``"issuer"``: one network per issuer, its documents merged
        (several years of one city). ``"pool"``: one network of every
        document, units merged by name across issuers.
    kinds, lead_weight, share, seed
        As in :class:`~zygraph.document.Document`.

    Examples
    --------
    >>> corpus = load(["data"])
    >>> len(corpus), [doc.meta["number"] for doc in corpus]
    (1, ['资府发〔2023〕1号'])
    >>> top = corpus.metrics.iloc[0]
    >>> top.document, top.issuer, top.unit, int(top.tasks_led)
    ('ziyang_2023_science_literacy_tasks', '资阳', '市科协', 29)
    """

    def __init__(self, documents: list[DocumentRows], *, by: str = "document", kinds=PROJECTED_KINDS,
                 lead_weight: float = 2.0, share: bool = False, seed: int = 0):
        if by not in BY:
            raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
        self._documents = [doc for doc in documents if not isinstance(doc, Unreadable)]
        #: The files that could not be read (``skip_unreadable``), each with its error.
        self.unreadable = tuple(doc for doc in documents if isinstance(doc, Unreadable))
        self.by = by
        self.kinds = None if kinds is None else frozenset(kinds)
        self.lead_weight = lead_weight
        self.share = share
        self.seed = seed

    def __repr__(self) -> str:
        issuers = len({doc.issuer for doc in self._documents})
        return f"<Corpus of {len(self)} documents from {issuers} issuers, measured by {self.by}>"

    def options(self) -> dict:
        """The measuring options every document of the corpus is analysed with (``kinds, lead_weight, share, seed``)."""
        return {"kinds": self.kinds, "lead_weight": self.lead_weight, "share": self.share, "seed": self.seed}

    # -- the documents -----------------------------------------------------
    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self):
        """Each document as a :class:`~zygraph.document.Document`, in the corpus's order."""
        return (Document(doc.table(), **self.options()) for doc in self._documents)

    def __getitem__(self, key) -> Document:
        """A document by its id (the file stem) or its position."""
        return Document(self._rows(key).table(), **self.options())

    def _rows(self, key) -> DocumentRows:
        if isinstance(key, (int, np.integer)):
            return self._documents[key]
        for doc in self._documents:
            if doc.id == key:
                return doc
        raise KeyError(f"no document {key!r} in the corpus; its documents are {', '.join(self.ids[:10])}"
                       + (" ..." if len(self) > 10 else ""))

    @property
    def rows(self) -> list[DocumentRows]:
        """What was read from each document, in the corpus's order."""
        return list(self._documents)

    @property
    def ids(self) -> list[str]:
        """Document ids: file stems, made unique."""
        return [doc.id for doc in self._documents]

    @cached_property
    def documents(self) -> pd.DataFrame:
        """One row per document: ``document, issuer, year, number, date, title, path, layout``, and its counts.

        The counts are ``tasks``, ``units`` (named) and ``assignments``.
        """
        return pd.DataFrame([
            {"document": doc.id, "issuer": doc.issuer, "year": document_year(doc.meta),
             "number": doc.meta.get("number", ""), "date": doc.meta.get("date", ""),
             "title": doc.meta.get("title", ""), "path": doc.meta.get("path", ""), "layout": doc.meta.get("layout", ""),
             "tasks": len(doc.tasks), "units": len(doc.units), "assignments": len(doc.assignments)}
            for doc in self._documents
        ], columns=["document", "issuer", "year", "number", "date", "title", "path", "layout", "tasks", "units",
                    "assignments"]).astype({"year": "Int64"})

    def select(self, *, issuer=None, year=None, documents=None) -> "Corpus":
        """A corpus of some of the documents: of an issuer (or several), a year (or several), or by id.

        Examples
        --------
        >>> len(load(["data"]).select(year=2023)), len(load(["data"]).select(issuer="成都"))
        (1, 0)
        """
        def wanted(value, allowed):
            return allowed is None or value in ([allowed] if isinstance(allowed, (str, int)) else list(allowed))

        kept = [doc for doc in self._documents
                if wanted(doc.issuer, issuer) and wanted(document_year(doc.meta), year) and wanted(doc.id, documents)]
        return Corpus(kept, by=self.by, **self.options())

    def pooled(self):
        """Every document in one :class:`~zygraph.table.TaskTable`, units pooled by body and level.

        See :func:`zygraph.read_corpus`.
        """
        return self._pooled

    @cached_property
    def _pooled(self):
        return pool_documents(self._documents)

    def compare(self, a, b):
        """Compare two documents of the corpus, by id or position (see :func:`zygraph.compare`)."""
        return compare(self._rows(a).table(), self._rows(b).table(), kinds=self.kinds, seed=self.seed)

    # -- the tidy tables ---------------------------------------------------
    @cached_property
    def tidy(self) -> pd.DataFrame:
        """Every (task, unit) of every document: ``document, issuer`` and the other columns of :attr:`TaskTable.tidy`.

        ``document`` is the document id (the file stem) and ``task_id`` the
        task's id within its document, as in a single-document run.
        """
        frames = self._frames
        tidy = frames["assignments"].merge(frames["tasks"][["document", "task_id", "area", "task", "note"]],
                                           on=["document", "task_id"], how="left")
        tidy = tidy.merge(frames["units"][["document", "unit", "kind", "name_en", "level", "body"]],
                          on=["document", "unit"], how="left")
        issuer = dict(zip(self.ids, (doc.issuer for doc in self._documents)))
        tidy.insert(1, "issuer", tidy["document"].map(issuer))
        return tidy[["document", "issuer", "task_id", "area", "task", "unit", "role", "raw_unit", "kind", "name_en",
                     "note", "line", "level", "body"]]

    @property
    def tasks(self) -> pd.DataFrame:
        """Every task of every document: ``document``, then the columns of :attr:`TaskTable.tasks` (file: ``path``)."""
        return self._frames["tasks"]

    @property
    def assignments(self) -> pd.DataFrame:
        """Every (task, unit) of every document, with its ``document``."""
        return self._frames["assignments"]

    @property
    def units(self) -> pd.DataFrame:
        """The units each document names, one row per (document, unit)."""
        return self._frames["units"]

    @property
    def findings(self) -> pd.DataFrame:
        """Every correction and problem met reading each document, with its ``document``."""
        return self._frames["findings"]

    @cached_property
    def _frames(self) -> dict[str, pd.DataFrame]:
        return _stack_documents(self._documents)

    # -- measures ------------------------------------------------------------
    def _groups(self) -> list[tuple[str, str, list[int]]]:
        """``(document label, issuer label, member positions)`` of each network, in corpus order."""
        if self.by == "document":
            return [(doc.id, doc.issuer, [i]) for i, doc in enumerate(self._documents)]
        if self.by == "pool":
            issuers = "、".join(dict.fromkeys(doc.issuer for doc in self._documents))
            return [(_POOLED, issuers, list(range(len(self))))] if len(self) else []
        members: dict[str, list[int]] = {}
        for i, doc in enumerate(self._documents):
            members.setdefault(doc.issuer, []).append(i)
        return [("+".join(self._documents[i].id for i in group), issuer, group) for issuer, group in members.items()]

    @cached_property
    def _measured(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        groups = self._groups()
        frames = self._frames
        network_of = np.empty(len(self), dtype=np.int64)
        for g, (_, _, members) in enumerate(groups):
            network_of[members] = g
        units = frames["units"].assign(network=network_of[pd.Index(self.ids).get_indexer(frames["units"]["document"])])
        units = units.sort_values("network", kind="stable").drop_duplicates(["network", "unit"])
        assignments = frames["assignments"]
        if self.by == "pool":  # units pooled across issuers by body and level, as read_corpus pools them
            pooled = self.pooled()
            units = pooled.units.assign(network=0)
            assignments = assignments.assign(unit=pooled.assignments["unit"].to_numpy())
        document = pd.Index(self.ids).get_indexer(assignments["document"])
        task_codes, task_names = pd.factorize(assignments["task_id"])
        assignments = pd.DataFrame({  # a task is one of its document: (document, task id) as one integer
            "network": network_of[document], "task_id": document * (len(task_names) + 1) + task_codes,
            "unit": assignments["unit"], "role": assignments["role"]})
        tasks = pd.Series(np.bincount(network_of, weights=[len(doc.tasks) for doc in self._documents],
                                      minlength=len(groups)).astype(int))
        by_unit, by_network = measure(units.reset_index(drop=True), assignments, tasks, **self.options())
        labels = pd.DataFrame([(doc, issuer) for doc, issuer, _ in groups], columns=["document", "issuer"])
        by_unit = pd.concat([labels.iloc[by_unit["network"]].reset_index(drop=True), by_unit.drop(columns="network")],
                            axis=1)
        if self.by == "pool":
            by_unit["issuer"] = by_unit["unit"].map(self.pooled().units.set_index("unit")["issuer"])
        by_network = pd.concat([labels, by_network.drop(columns="network")], axis=1)
        return by_unit, by_network

    @cached_property
    def metrics(self) -> pd.DataFrame:
        """Per-unit load and centrality, each unit in its own network (see :func:`zygraph.metrics.unit_metrics`).

        ``document, issuer`` and the columns of ``unit_metrics``; grouped by
        document (or by issuer, or pooled, as the corpus's ``by`` says), the
        heaviest load first within each. With ``by="issuer"``, ``document``
        joins the ids of the merged documents with ``+``; pooled, it is ``"all"``
        and ``issuer`` lists the issuers naming each unit, pooled by body and
        level across issuers.
        """
        out = self._measured[0]
        out.attrs.update(by=self.by, betweenness="exact", lead_weight=self.lead_weight, share=self.share,
                         seed=self.seed, kinds=None if self.kinds is None else sorted(self.kinds))
        return out

    @cached_property
    def network(self) -> pd.DataFrame:
        """One row per network (per document by default): whole-network measures and concentration of leads.

        ``document, issuer``, the measures of
        :func:`zygraph.metrics.network_metrics`, and ``hhi, gini,
        top1_share, top3_share`` of :func:`zygraph.metrics.lead_concentration`;
        with ``by="document"`` also ``year, number, date``.
        """
        out = self._measured[1].copy()
        frames = self._frames
        units = frames["units"].groupby("document", sort=False)
        assignments = frames["assignments"].groupby("document", sort=False)
        concentration = []
        for _, _, members in self._groups():
            ids = [self._documents[i].id for i in members]
            part = SimpleNamespace(units=pd.concat([units.get_group(i) for i in ids]).drop_duplicates("unit"),
                                   assignments=pd.concat([assignments.get_group(i) for i in ids]))
            concentration.append(lead_concentration(part, kinds=self.kinds))
        extra = pd.DataFrame(concentration, columns=["hhi", "gini", "top1_share", "top3_share"])
        out = pd.concat([out, extra], axis=1)
        if self.by == "document":
            out = out.merge(self.documents[["document", "year", "number", "date"]], on="document", how="left")
        return out

    def panel(self) -> pd.DataFrame:
        """Each unit's load and rank, year by year, for every issuer with documents of more than one year.

        Returns
        -------
        DataFrame
            ``issuer, unit, year, document, tasks_led, tasks_supported, load,
            rank``: one row per unit of each such document, measured in its
            own document; ``rank`` 1 is the heaviest load of the document
            (equal loads share the best rank). By issuer, unit, then year.

        Examples
        --------
        >>> load(["data"]).panel().empty  # one year of one issuer: no panel
        True
        """
        documents = self.documents
        years = documents.dropna(subset=["year"]).groupby("issuer")["year"].nunique()
        issuers = set(years[years > 1].index)
        columns = ["issuer", "unit", "year", "document", "tasks_led", "tasks_supported", "load", "rank"]
        kept = documents[documents["issuer"].isin(issuers) & documents["year"].notna()]
        if kept.empty:
            return pd.DataFrame(columns=columns)
        frames = _stack_documents([doc for doc in self._documents if doc.id in set(kept["document"])])
        a = frames["assignments"]
        lead = a["role"] == "lead"
        weight = np.where(lead, float(self.lead_weight), 1.0)
        if self.share:
            weight = weight / a.groupby(["document", "task_id"])["unit"].transform("size").to_numpy()
        rows = a.assign(tasks_led=lead.astype(int), tasks_supported=(~lead).astype(int), load=weight)
        out = rows.groupby(["document", "unit"], sort=False)[["tasks_led", "tasks_supported", "load"]].sum()
        out = out.reset_index().merge(kept[["document", "issuer", "year"]], on="document")
        out["rank"] = out.groupby("document")["load"].rank(ascending=False, method="min").astype(int)
        out["year"] = out["year"].astype(int)
        return out[columns].sort_values(["issuer", "unit", "year"], kind="stable").reset_index(drop=True)


def _stack_documents(documents: list[DocumentRows]) -> dict[str, pd.DataFrame]:
    """The documents' tasks, assignments, units and findings, each one frame with a ``document`` column."""
    ids = np.array([doc.id for doc in documents], dtype=object)

    def stack(rows_of, columns):
        rows = [rows_of(doc) for doc in documents]
        frame = pd.DataFrame([row for part in rows for row in part], columns=columns)
        frame.insert(0, "document", ids.repeat([len(part) for part in rows]))
        return frame

    tasks = stack(lambda doc: doc.tasks, [c if c != "document" else "path" for c in TASK_COLUMNS])
    findings = stack(lambda doc: [tuple(vars(f).values()) for f in doc.findings], FINDING_COLUMNS)
    return {"tasks": tasks, "assignments": stack(lambda doc: doc.assignments, ASSIGNMENT_COLUMNS),
            "units": stack(lambda doc: doc.units, UNIT_COLUMNS), "findings": findings}
