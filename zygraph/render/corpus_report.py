"""The corpus briefing: a folder whose index.html compares many documents, with figures, data, per-document briefings.

Built like the single-document briefing (:func:`zygraph.render.report.write_folder`:
staged beside the target, swapped in whole). Nothing draws a network: with
thousands of units the page stays tables, distributions and a matrix of the
main units; each document's own briefing, graphs included, is written on
request (``each=True``), several at once.
"""

from __future__ import annotations

import base64
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import quote

import matplotlib
import pandas as pd

from zygraph import export
from zygraph.document import Document
from zygraph.names.naming import pool_key
from zygraph.names.places import Gazetteer
from zygraph.render import corpus_figures, html
from zygraph.render.figures import save_figure
from zygraph.render.pages import environment
from zygraph.render.report import write_folder, write_report

__all__ = ["TOP_UNITS", "corpus_tables", "corpus_html", "write_corpus_report"]

#: Units shown in the page's matrix of leads and panels (all of them are in the CSV files).
TOP_UNITS = 20
_MATRIX_TABLE_MAX = 40  # up to this many documents the matrix is a table of numbers; above, a heatmap
_PANEL_ISSUERS = 20  # issuers whose years are shown side by side in the page


def corpus_tables(corpus, *, top: int = TOP_UNITS) -> dict[str, pd.DataFrame]:
    """The tables of the corpus briefing, as frames.

    Returns
    -------
    dict of DataFrame
        ``documents``: one row per network (document by default) with issuer,
        number, date, tasks, units, the top lead unit and its share of tasks,
        HHI, Gini, density and centralisation. ``units``: one row per body and
        level across documents (named as most documents name it; a unit with no
        body by its own name): ``documents`` naming it, ``share_of_documents``,
        ``tasks_led``, ``lead_share`` (tasks it leads over the tasks of the
        documents naming it), ``median_rank`` (by load within each document, 1 the
        heaviest), ``top_in`` (documents where it leads most). ``leads``: unit x
        document tasks led, every unit (most tasks led first). ``panel``:
        :meth:`zygraph.corpus_view.Corpus.panel`.

    Examples
    --------
    >>> from zygraph import load
    >>> tables = corpus_tables(load(["data"]))
    >>> row = tables["documents"].iloc[0]
    >>> row.issuer, int(row.tasks), row.top_unit
    ('资阳', 95, '市科协')
    >>> kexie = tables["units"].set_index("unit").loc["市科协"]
    >>> int(kexie.documents), int(kexie.tasks_led), float(kexie.median_rank)
    (1, 29, 1.0)
    """
    network = corpus.network
    documents = network[["document", "issuer"]].copy()
    info = corpus.documents.set_index("document")
    if corpus.by == "document":
        documents["number"] = documents["document"].map(info["number"])
        documents["date"] = documents["document"].map(info["date"])
        documents["units_named"] = documents["document"].map(info["units"])
    for column in ("tasks", "units", "top_unit", "top_unit_lead_share", "hhi", "gini", "density",
                   "degree_centralisation", "ties", "components", "modularity", "top3_lead_share"):
        documents[column] = network[column]

    metrics = corpus.metrics
    ranked = metrics.assign(rank=metrics.groupby("document")["load"].rank(ascending=False, method="min"))
    tasks_of = network.set_index("document")["tasks"]
    ranked["document_tasks"] = ranked["document"].map(tasks_of)
    # A unit lines up with its like in other documents as --pool pools it (naming.pool_key): Xiamen's and
    # Guangzhou's 市发展改革委 are one row, 国家发展改革委 another; a unit with no body, or named with its
    # place (广州市财政局), keeps its own name.
    gazetteer = Gazetteer.bundled()
    if "body" in ranked:
        ranked["key"] = [pool_key(unit, body or "", level or "", gazetteer) for unit, body, level
                         in zip(ranked["unit"], ranked["body"].fillna(""), ranked["level"].fillna(""))]
    else:
        ranked["key"] = [(unit,) for unit in ranked["unit"]]
    names = ranked.groupby("key", sort=False)["unit"].agg(lambda n: n.value_counts().index[0])
    ranked["top"] = ranked["unit"] == ranked["document"].map(network.set_index("document")["top_unit"])
    ranked["unit"] = ranked["key"].map(names)
    units = ranked.groupby("unit", sort=False).agg(
        kind=("kind", "first"), documents=("document", "nunique"), tasks_led=("tasks_led", "sum"),
        tasks_supported=("tasks_supported", "sum"), document_tasks=("document_tasks", "sum"),
        median_rank=("rank", "median"), top_in=("top", "sum"))
    units["share_of_documents"] = units["documents"] / max(len(network), 1)
    units["lead_share"] = units["tasks_led"] / units["document_tasks"].where(units["document_tasks"] > 0)
    units["top_in"] = units["top_in"].astype(int)
    units = units.drop(columns="document_tasks").reset_index()
    units = units.sort_values(["documents", "tasks_led", "unit"], ascending=[False, False, True], kind="stable")
    units = units[["unit", "kind", "documents", "share_of_documents", "tasks_led", "tasks_supported", "lead_share",
                   "median_rank", "top_in"]].reset_index(drop=True)

    leads = ranked.pivot_table(index="unit", columns="document", values="tasks_led", aggfunc="sum", fill_value=0,
                                sort=False)
    leads = leads.reindex(columns=network["document"])
    leads = leads.loc[leads.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    return {"documents": documents.reset_index(drop=True), "units": units, "leads": leads, "panel": corpus.panel()}


#: The fewest documents a headline across the corpus speaks of: a unit leading most, or named, in one alone is
#: each document's own fact, not the corpus's.
_FEWEST_DOCUMENTS = 2

def _headlines(corpus, tables: dict, lang: str) -> list[str]:
    documents, units = tables["documents"], tables["units"]
    n = len(documents)
    share = documents["top_unit_lead_share"].dropna()
    out = []
    if len(share):
        low, median, high = (f"{100 * share.quantile(q):.0f}%" for q in (0, 0.5, 1))
        out.append(f"在半数文件中，牵头最多的单位牵头了至少 {median} 的任务（最低 {low}，最高 {high}）。" if lang == "zh" else
                   f"In the median document the unit that leads most leads {median} of the tasks "
                   f"(from {low} to {high}).")
    top = documents["top_unit"].value_counts()
    if len(top) and top.iloc[0] >= _FEWEST_DOCUMENTS:  # leading most in one document alone is no pattern
        unit, count = top.index[0], int(top.iloc[0])
        out.append(f"{unit}在 {count} / {n} 份文件中牵头最多。" if lang == "zh" else
                   f"{unit} leads most in {count} of the {n} documents.")
    common = units[units["documents"] == units["documents"].max()] if len(units) else units
    if len(common) and common["documents"].iloc[0] >= _FEWEST_DOCUMENTS:
        names = "、".join(common["unit"].head(5)) if lang == "zh" else ", ".join(common["unit"].head(5))
        more = len(common) - 5
        tail = (f" 等 {len(common)} 个单位" if lang == "zh" else f" and {more} more") if more > 0 else ""
        out.append(f"{names}{tail}出现在 {int(common['documents'].iloc[0])} 份文件中，最为常见。" if lang == "zh" else
                   f"Named in the most documents ({int(common['documents'].iloc[0])}): {names}{tail}.")
    hhi = documents["hhi"].dropna()
    if len(hhi) > 1:
        out.append(f"牵头集中度 HHI 的中位数为 {hhi.median():.3f}（{hhi.min():.3f}–{hhi.max():.3f}）。" if lang == "zh" else
                   f"The median concentration of leads (HHI) is {hhi.median():.3f} ({hhi.min():.3f}-{hhi.max():.3f}).")
    return out


def corpus_html(corpus, *, lang: str = "zh", tables: dict | None = None, images: dict | None = None,
                briefings: dict | None = None) -> str:
    """Return the corpus page: headlines, figures, documents, units across documents, leads, years, data files.

    ``images`` maps a figure name to PNG bytes (embedded); ``briefings`` maps a
    document id to the relative link of its own briefing.

    Examples
    --------
    >>> from zygraph import load
    >>> page = corpus_html(load(["data"]), lang="en")
    >>> page.startswith("<!DOCTYPE html>"), "1 documents" in page
    (True, True)
    """
    tables = tables or corpus_tables(corpus)
    leads = tables["leads"].head(TOP_UNITS)
    panel = tables["panel"]
    panels = []
    for issuer, part in list(panel.groupby("issuer", sort=False))[:_PANEL_ISSUERS]:
        # one column per document, by year: an issuer may publish several notices in one year
        columns = part[["year", "document"]].drop_duplicates().sort_values(["year", "document"], kind="stable")
        repeated = columns["year"].duplicated(keep=False)
        labels = [f"{year} {document}" if twice else str(year)
                  for year, document, twice in zip(columns["year"], columns["document"], repeated)]
        main = part.groupby("unit")["load"].max().sort_values(ascending=False, kind="stable").index[:TOP_UNITS]
        cells = part.set_index(["unit", "document"])
        rows = [(unit, [(float(cells.loc[(unit, d), "load"]), int(cells.loc[(unit, d), "rank"]))
                        if (unit, d) in cells.index else None for d in columns["document"]]) for unit in main]
        panels.append({"issuer": issuer, "years": labels, "rows": rows})
    return environment().get_template("corpus.html").render(
        lang=lang, by=corpus.by, n_documents=len(corpus), n_issuers=corpus.documents["issuer"].nunique(),
        headlines=_headlines(corpus, tables, lang), documents=tables["documents"].to_dict("records"),
        units=tables["units"].head(60).to_dict("records"), n_units=len(tables["units"]),
        leads=leads if leads.shape[1] <= _MATRIX_TABLE_MAX else None, panels=panels,
        n_panels=panel["issuer"].nunique() if len(panel) else 0,
        images={name: base64.b64encode(data).decode("ascii") for name, data in (images or {}).items()},
        briefings=briefings or {}, lead_weight=corpus.lead_weight, unreadable=getattr(corpus, "unreadable", ()),
        unnamed_issuers=any(row["issuer"] == row["document"] for row in tables["documents"].to_dict("records")),
        isnan=export.missing,
    )


def _write_one(rows, folder: Path, lang: str, options: dict) -> str:
    """Write one document's briefing into ``folder`` (in a worker process); return its id."""
    write_report(Document(rows.table(), **options), folder, lang=lang)
    return rows.id


def write_corpus_report(corpus, outdir: str | Path, *, lang: str = "zh", force: bool = False, each: bool = False,
                        workers: int | None = None, progress=None) -> Path:
    """Write the corpus briefing folder and return its path.

    Parameters
    ----------
    corpus : zygraph.corpus_view.Corpus
    outdir : str or Path
        The folder to create or replace, under the rules of :func:`zygraph.render.report.write_report`.
    lang : {"zh", "en"}
    force : bool
        Replace ``outdir`` even when it holds files zygraph did not write.
    each : bool
        Also write each document's own briefing under ``documents/<id>/``,
        several at once (one process per core), linked from the page.
    workers : int, optional
        Processes for ``each`` (default: one per core).
    progress : callable, optional
        Called with a short description before each step.

    Examples
    --------
    >>> import tempfile
    >>> from zygraph import load
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_corpus_report(load(["data"]), f"{folder}/corpus")
    ...     sorted(p.name for p in (out / "data").iterdir())
    ['documents.csv', 'leads.csv', 'metrics.csv', 'panel.csv', 'units.csv']
    """
    say = progress or (lambda step: None)

    def build(staging: Path) -> None:
        say("measuring every document in its own network")
        tables = corpus_tables(corpus)
        say("writing the tables (CSV)")
        (staging / "data").mkdir()
        for name in ("documents", "units", "panel"):
            export.write_csv(tables[name], staging / "data" / f"{name}.csv")
        export.write_csv(tables["leads"], staging / "data" / "leads.csv", index=True)
        export.write_csv(corpus.metrics, staging / "data" / "metrics.csv")
        say("drawing the distributions and the matrix of leads")
        images = _write_figures(tables, staging, lang)
        briefings = {}
        if each:
            say(f"writing {len(corpus)} per-document briefings")
            briefings = _write_each(corpus, staging / "documents", lang, workers)
        say("writing the corpus page")
        html.write_html(corpus_html(corpus, lang=lang, tables=tables, images=images, briefings=briefings),
                        staging / "index.html")

    return write_folder(outdir, build, sources=corpus.documents["path"].tolist(), force=force)


def _write_figures(tables: dict, folder: Path, lang: str) -> dict:
    from matplotlib import pyplot as plt

    (folder / "figures").mkdir()
    drawn = {"distributions": corpus_figures.distributions(tables["documents"], lang=lang)}
    if len(tables["leads"]) and tables["leads"].shape[1] > _MATRIX_TABLE_MAX:  # too many columns for a table
        drawn["leads"] = corpus_figures.lead_matrix(tables["leads"].head(TOP_UNITS), lang=lang)
    images = {}
    with matplotlib.rc_context({"svg.hashsalt": "zygraph"}):
        for name, fig in drawn.items():
            paths = save_figure(fig, folder / "figures" / name, dpi=120)
            plt.close(fig)
            images[name] = next(p for p in paths if p.suffix == ".png").read_bytes()
    return images


def _write_each(corpus, folder: Path, lang: str, workers: int | None) -> dict:
    folder.mkdir()
    options = corpus.options()
    documents = corpus.rows
    n = workers or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    n = max(1, min(n, len(documents)))
    targets = [folder / rows.id for rows in documents]
    if n == 1:
        done = [_write_one(rows, target, lang, options) for rows, target in zip(documents, targets)]
    else:
        with ProcessPoolExecutor(max_workers=n) as pool:
            done = list(pool.map(_write_one, documents, targets, [lang] * len(documents),
                                 [options] * len(documents)))
    return {doc_id: f"documents/{quote(doc_id)}/index.html" for doc_id in done}
