"""The briefing: one self-contained folder with index.html, graphs, figures and data.

:func:`write_report` builds the whole folder with :func:`zygraph.folder.write_folder`:
in a staging folder beside the target, swapped in at the end, so a reader never
sees half a report. A folder holding files zygraph did not write (or edited
since, or symlinks) is never replaced unless ``force=True``; a folder holding
the input table is never replaced at all.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

import matplotlib
import networkx as nx
from markupsafe import Markup, escape

from zygraph import export
from zygraph.folder import MANIFEST, write_folder
from zygraph.render import figures, gephi, html, layout, verdicts, workbook
from zygraph.render.controls import community_names
from zygraph.render.editions import COLUMNS, FINDING_TYPES, GLOSSES, finding_text, issuer_source_word, translate
from zygraph.render.headlines import headlines
from zygraph.render.pages import environment
from zygraph.render.style import KIND_LABELS

__all__ = [
    "VIEWS",
    "MANIFEST",  # re-exported from zygraph.folder
    "graph_page",
    "headlines",
    "quality",
    "briefing_html",
    "write_report",
    "write_folder",
]

#: The interactive graph pages of a report.
VIEWS = ("units", "coordination", "bipartite")
#: Most nodes an interactive graph page is drawn for; a larger graph gets a page saying so.
MAX_GRAPH_NODES = 5_000

_TITLES = {
    "zh": {"units": "单位共担网络", "coordination": "牵头—配合协调网络", "bipartite": "单位—任务二部图"},
    "en": {"units": "Unit co-responsibility network", "coordination": "Lead -> support coordination network",
           "bipartite": "Unit-task bipartite graph"},
}


def graph_page(doc, view: str, *, lang: str = "zh", back: str | None = None, positions: dict | None = None) -> str:
    """Return the self-contained interactive HTML page of one view of a document.

    ``view`` is ``"units"`` (co-responsibility), ``"coordination"`` (lead ->
    support) or ``"bipartite"`` (units and tasks, coloured by area). ``back``
    is a link to show above the title (the report's pages link to its briefing).
    ``positions`` (``unit -> (x, y)``, as a report's ``data/positions.json``
    holds them) keeps those units where they were, for reports of several
    years drawn alike (:func:`zygraph.render.layout.extend`).

    Examples
    --------
    >>> from zygraph import Document, TaskTable
    >>> doc = Document(TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])]))
    >>> page = graph_page(doc, "units")
    >>> page.startswith("<!DOCTYPE html>"), "https://" in page.split("<script")[0]
    (True, False)
    """
    title = f"{_TITLES[lang][view]} · {translate(doc.meta.get('title'), lang) if doc.meta.get('title') else ''}"
    title = title.rstrip(" ·")
    B = doc.B
    if lang == "en":  # areas in English where the glossary has them
        B = B.copy()
        for _, attrs in B.nodes(data=True):
            if attrs.get("bipartite") == 1:
                attrs["area"] = translate(attrs.get("area"), lang)
    written = doc.assignments[doc.assignments.raw_unit != doc.assignments.unit] if "raw_unit" in doc.assignments \
        else doc.assignments.iloc[:0]
    aliases = {unit: sorted(set(group.raw_unit)) for unit, group in written.groupby("unit")}
    community = doc.metrics.set_index("unit")["community"].dropna().to_dict()
    if view in ("units", "coordination"):
        G = (doc.units_graph if view == "units" else doc.coordination).copy()
        nx.set_node_attributes(G, {unit: c for unit, c in community.items() if unit in G}, "community")
        draw = html.network_html if view == "units" else html.coordination_html
        pos = layout.extend(G, positions, "weight", doc.seed) if positions else None
        return draw(G, title=title, lang=lang, seed=doc.seed, B=B, back=back, aliases=aliases, pos=pos)
    if view == "bipartite":
        return html.bipartite_html(B, title=title, lang=lang, seed=doc.seed, back=back)
    raise ValueError(f"view must be one of {', '.join(VIEWS)}, not {view!r}")


def _unit_names(doc, lang: str):
    """A function giving units (one, or several joined by 、) by their names in the edition's language."""
    if lang == "zh":
        return lambda units: units
    english = doc.units.set_index("unit")["name_en"].to_dict()
    return lambda units: ", ".join(english.get(u) if isinstance(english.get(u), str) and english.get(u) else u
                                   for u in str(units).split("、"))


def _communities(doc, lang: str) -> list[dict]:
    """Each community of the department network, named by its main work areas, with its members.

    None when :func:`zygraph.render.verdicts.has_communities` finds no community structure.
    """
    community = doc.metrics.dropna(subset=["community"])
    members = {int(c): list(group["unit"]) for c, group in community.groupby("community", sort=True)}
    if not verdicts.has_communities(doc.network["modularity"], [len(units) for units in members.values()]):
        return []  # modularity 0, or every unit alone: no structure to name
    unit_areas = {unit: Counter(translate(area, lang) for area in group["area"]) for unit, group in doc.tidy.groupby("unit")}
    names = community_names(members, unit_areas, lang=lang)
    english = doc.metrics.set_index("unit")["name_en"].to_dict()
    sep = "、" if lang == "zh" else ", "
    shown = (lambda u: u) if lang == "zh" else (lambda u: english.get(u) if isinstance(english.get(u), str) else u)
    return [{"name": names[c], "members": sep.join(shown(u) for u in units)} for c, units in members.items()]


def _community_note(doc, lang: str) -> str:
    """Why no communities are named, when the department network has two units or more; else nothing."""
    zh = lang == "zh"
    modularity = doc.network["modularity"]
    if doc.network["units"] < 2:
        return ""
    if export.missing(modularity) or not doc.network["ties"]:
        return "部门之间没有共同任务，没有合作社群可分。" if zh else \
            "No two departments share a task: there are no communities to find."
    if modularity < verdicts.MIN_MODULARITY:
        return (f"部门网络没有明显的社群结构（模块度 {modularity:.2f}，低于 {verdicts.MIN_MODULARITY:g}），不划分合作社群。"
                if zh else f"The department network has no community structure (modularity {modularity:.2f}, below "
                f"{verdicts.MIN_MODULARITY:g}), so no communities are named.")
    return "每个社群只有一个单位，没有合作社群可列。" if zh else "Each community holds one unit only: none is named."


def briefing_html(doc, *, lang: str = "zh", images: dict | None = None, embedded: dict | None = None) -> str:
    """Return index.html: metadata, headline findings, load table, figures, quality findings, definitions.

    ``images`` maps a figure name to PNG bytes, embedded in the page so the
    single file can be copied into a briefing and still show them.
    ``embedded`` makes the page one file that can be e-mailed: ``{"graphs":
    {view: page html}, "downloads": {file name: bytes}}``; the graph pages open
    inside the briefing and the files download from it.

    Examples
    --------
    >>> from zygraph import Document, TaskTable
    >>> doc = Document(TaskTable.from_lists([("科普", "办<b>科技周</b>", ["市科技局"], [])]))
    >>> page = briefing_html(doc, lang="en")
    >>> "办&lt;b&gt;科技周&lt;/b&gt;" in page, "<b>科技周" in page
    (True, False)
    """
    metrics = doc.metrics.copy()
    metrics["kind_label"] = metrics.kind.map(KIND_LABELS[lang])
    path = str(doc.meta.get("path") or "")
    named = Path(path).name if path and not path.startswith("<") else path  # a notice naming itself nowhere
    source = str(doc.meta.get("issuer_source") or "")  # where the issuer was read, when no issuing line names it
    read_from = issuer_source_word(source, lang)
    return environment().get_template("report.html").render(
        lang=lang,
        issuer_read_from=read_from,
        meta={"title": "", "number": "", "issuer": "", "issuer_name_read": "", "date": "", "path": "", **doc.meta,
              "heading": doc.meta.get("heading") or doc.meta.get("title") or named,
              **{key: translate(doc.meta.get(key), lang) for key in ("title", "heading", "issuer", "issuer_name_read")
                 if doc.meta.get(key)}},
        headlines=headlines(doc, lang),
        network=doc.network,
        metrics=metrics.to_dict("records"),
        single=[{**row, "area": translate(row["area"], lang)} for row in doc.single_unit_tasks.to_dict("records")],
        impact=doc.impact.head(10).to_dict("records"),
        impact_columns=_impact_columns(doc.impact),
        quality=quality(doc.findings, lang),
        unit_names=_unit_names(doc, lang),
        concentration=doc.concentration,
        areas=[{**row, "label": translate(row["area"], lang)} for row in doc.area_summary.to_dict("records")],
        communities=_communities(doc, lang),
        community_note=_community_note(doc, lang),
        glosses=GLOSSES[lang],
        columns={**COLUMNS[lang], "density": "网络密度" if lang == "zh" else "Density",
                 "degree_centralisation": "度中心势" if lang == "zh" else "Degree centralisation",
                 "modularity": "模块度" if lang == "zh" else "Modularity", "hhi": "HHI", "gini": "Gini"},
        counts={"tasks": len(doc.tasks), "units": len(doc.units), "areas": doc.tasks.area.nunique(),
                "assignments": len(doc.assignments)},
        images={name: base64.b64encode(data).decode("ascii") for name, data in (images or {}).items()
                if name != "area_share"},  # the share heatmap is a file beside the page, not in it
        views=[(view, _TITLES[lang][view]) for view in VIEWS],
        lead_weight=doc.lead_weight,
        share=doc.share,
        betweenness={"exact": "精确计算", "sampled": "抽样估计"}.get(doc.metrics.attrs.get("betweenness", "exact"),
                                                                  doc.metrics.attrs.get("betweenness", "exact"))
        if lang == "zh" else doc.metrics.attrs.get("betweenness", "exact"),
        isnan=export.missing,
        embedded=_embedded(embedded),
    )


def quality(findings, lang: str = "zh") -> dict:
    """Return the data-quality section: warnings one by one, routine corrections grouped by type.

    Parameters
    ----------
    findings : DataFrame
        ``line, severity, code, message, action`` as :attr:`TaskTable.findings`.
    lang : {"zh", "en"}
        Messages in the edition's language (see :func:`zygraph.render.editions.finding_text`).

    Returns
    -------
    dict
        ``warnings``: records with ``line``, ``severity``, ``type``,
        ``message``, ``action``, ``translated``; ``routine``: one record per
        code with ``type``, ``count``, ``lines`` (the first eight), an
        ``example`` and ``translated``, most frequent first; ``routine_count``.
        The Chinese page folds text still in English (``translated`` False)
        under a Chinese note, so its tables read in Chinese.

    Examples
    --------
    >>> from zygraph import load
    >>> q = quality(load("data/ziyang_2023_science_literacy_tasks.txt").findings, "zh")
    >>> len(q["warnings"]), q["routine_count"], q["routine"][0]["type"], q["routine"][0]["count"]
    (3, 90, '工作目录空白，沿用上一行', 76)
    >>> q["warnings"][2]["message"]
    '「市科协局」是「市科技局」的已知错写'
    """
    types = FINDING_TYPES[lang]
    more = "……共 {n} 处" if lang == "zh" else "… ({n} in all)"

    def line(value) -> str:
        return "" if export.missing(value) else str(int(value))

    warnings = []
    for row in findings[findings.severity != "info"].itertuples():
        message, action, translated = finding_text(row.code, row.message, row.action, lang)
        warnings.append({"line": line(row.line), "severity": row.severity, "type": types.get(row.code, row.code),
                         "message": message, "action": action, "translated": translated})
    routine = findings[findings.severity == "info"]
    groups = []
    for code, group in sorted(routine.groupby("code", sort=False), key=lambda item: -len(item[1])):
        lines = "、".join(line(v) for v in group.line.head(8) if line(v)) if lang == "zh" else \
            ", ".join(line(v) for v in group.line.head(8) if line(v))
        if len(group) > 8:
            lines += more.format(n=len(group))
        first = group.iloc[0]
        example, _, translated = finding_text(code, first.message, first.action, lang)
        groups.append({"type": types.get(code, code), "count": len(group), "lines": lines, "example": example,
                       "translated": translated})
    return {"warnings": warnings, "routine": groups, "routine_count": len(routine)}


_MIME = {".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".gexf": "application/xml",
         ".graphml": "application/xml", ".csv": "text/csv", ".json": "application/json"}


def _embedded(embedded: dict | None) -> dict | None:
    """Graph pages for srcdoc and files as data: URLs, for a briefing that is one file."""
    if not embedded:
        return None
    downloads = [
        (name, f"data:{_MIME.get(Path(name).suffix, 'application/octet-stream')};base64,"
               + base64.b64encode(data).decode("ascii"))
        for name, data in embedded.get("downloads", {}).items()
    ]
    # Escaped here, as the srcdoc attribute needs, and passed as markup: a page is ours, its script byte for byte
    # what the page's policy hashes (the input's text inside it is JSON with its control characters escaped).
    graphs = {view: Markup(escape(page)) for view, page in embedded.get("graphs", {}).items()}
    return {"graphs": graphs, "downloads": downloads}


#: Columns of the removal-impact table: key, Chinese and English heading.
IMPACT_COLUMNS = (
    ("tasks_without_department", "失去部门的任务", "Tasks left without a department"),
    ("tasks_without_lead", "失去牵头的任务", "Tasks left without a lead"),
    ("tasks_without_unit", "无人承担的任务", "Tasks left with no unit"),
    ("component_change", "连通分量变化", "Change in components"),
    ("largest_component_change", "最大连通分量变化", "Change in the largest component"),
)


def _impact_columns(impact) -> list[tuple[str, str, str]]:
    """The removal-impact columns that are not 0 (or missing) for every unit."""
    return [column for column in IMPACT_COLUMNS
            if column[0] in impact and impact[column[0]].fillna(0).ne(0).any()]


def write_report(doc, outdir: str | Path, *, lang: str = "zh", force: bool = False, progress=None,
                 single_file: bool = False, positions: dict | None = None) -> Path:
    """Write the briefing folder for a document and return its path.

    Parameters
    ----------
    doc : zygraph.document.Document
    outdir : str or Path
        The folder to create or replace. Nothing is written outside it except a
        hidden staging folder beside it, removed before returning.
    lang : {"zh", "en"}
    force : bool
        Replace ``outdir`` even when it holds files zygraph did not write.
    progress : callable, optional
        Called with a short description before each step.
    single_file : bool
        Make ``index.html`` one file that can be e-mailed: the graph pages open
        inside it and the workbook and Gephi files download from it (about
        5 MB for the bundled table). The rest of the folder is written as usual.
    positions : dict, optional
        ``unit -> (x, y)`` to keep units where an earlier report put them (its
        ``data/positions.json``); see :func:`graph_page`. Each report writes
        the positions of its units graph to ``data/positions.json``.

    Raises
    ------
    OutputError
        When ``outdir`` holds files zygraph did not write (and not ``force``),
        holds the input table, or is the working folder or one above it.

    Examples
    --------
    >>> import tempfile
    >>> from zygraph import load
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_report(load("data/ziyang_2023_science_literacy_tasks.txt"), f"{folder}/ziyang")
    ...     sorted(p.name for p in out.iterdir())
    ['.zygraph-manifest.json', 'data', 'figures', 'gephi', 'graphs', 'index.html', 'workbook.xlsx']
    """
    say = progress or (lambda step: None)

    def build(staging: Path) -> None:
        for sub in ("data", "gephi", "figures", "graphs"):
            (staging / sub).mkdir()
        say("measuring load and centrality")
        _ = doc.metrics, doc.network, doc.impact
        say("exporting tables (CSV, Excel) and graphs (GEXF, GraphML)")
        _write_data(doc, staging)
        workbook.write_workbook(doc, staging / "workbook.xlsx", lang=lang)
        say("drawing figures")
        images = _write_figures(doc, staging, lang)
        pages = {}
        placed = (layout.extend(doc.units_graph, positions, "weight", doc.seed) if positions
                  else layout.layout(doc.units_graph, "weight", doc.seed))
        (staging / "data" / "positions.json").write_text(json.dumps(
            {"units": {str(u): [round(float(x), 6), round(float(y), 6)] for u, (x, y) in placed.items()}},
            ensure_ascii=False, indent=1), encoding="utf-8")
        for view in VIEWS:
            say(f"building the interactive {view} graph")
            size = _view_size(doc, view)
            if size > MAX_GRAPH_NODES:  # a layout of n nodes costs n x 500 floats, and no browser draws it
                page = _too_large_page(view, size, lang)
            else:
                page = graph_page(doc, view, lang=lang, back="../index.html", positions=positions)
            html.write_html(page, staging / "graphs" / f"{view}.html")
            if single_file:
                pages[view] = page if size > MAX_GRAPH_NODES else graph_page(doc, view, lang=lang, positions=positions)
        say("writing the briefing")
        embedded = None
        if single_file:
            files = ["workbook.xlsx", *(f"gephi/{view}.gexf" for view in VIEWS)]
            embedded = {"graphs": pages, "downloads": {Path(f).name: (staging / f).read_bytes() for f in files}}
        html.write_html(briefing_html(doc, lang=lang, images=images, embedded=embedded), staging / "index.html")

    return write_folder(outdir, build, sources=doc.tasks.document.unique(), force=force)


def _view_size(doc, view: str) -> int:
    graph = {"units": "units_graph", "coordination": "coordination", "bipartite": "B"}[view]
    return getattr(doc, graph).number_of_nodes()


def _too_large_page(view: str, size: int, lang: str) -> str:
    """A page standing for an interactive graph too large to draw: what to open instead."""
    import html as markup

    if lang == "zh":
        text = (f"{_TITLES[lang][view]}有 {size:,} 个节点，超过交互图的上限 {MAX_GRAPH_NODES:,}，未绘制。"
                f"请用 Gephi 打开 gephi/{view}.gexf。")
    else:
        text = (f"The {_TITLES[lang][view].lower()} has {size:,} nodes, more than the {MAX_GRAPH_NODES:,} an "
                f"interactive page draws; open gephi/{view}.gexf in Gephi instead.")
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{markup.escape(_TITLES[lang][view])}'
            f'</title></head><body><p><a href="../index.html">←</a></p><p>{markup.escape(text)}</p></body></html>')


def _write_data(doc, folder: Path) -> None:
    data = folder / "data"
    export.write_csv(doc.tidy, data / "assignments.csv")
    export.write_csv(doc.tasks, data / "tasks.csv")
    export.write_csv(doc.units, data / "units.csv")
    export.write_csv(doc.metrics, data / "metrics.csv")
    export.write_csv(doc.findings, data / "findings.csv")
    export.write_csv(doc.area_matrix, data / "unit_area_matrix.csv", index=True)
    by_role = doc.area_matrix_by_role
    for role in ("lead", "support"):
        export.write_csv(by_role[role], data / f"unit_area_matrix_{role}.csv", index=True)
    export.write_csv(doc.impact, data / "removal_impact.csv")
    network = {k: (None if export.missing(v) else v) for k, v in doc.network.items()}
    (data / "network.json").write_text(json.dumps(network, ensure_ascii=False, indent=1), encoding="utf-8")
    gephi.write_gephi(doc, folder / "gephi")


def _write_figures(doc, folder: Path, lang: str) -> dict:
    """Draw, save as PNG and SVG, and return PNG bytes by figure name."""
    from matplotlib import pyplot as plt

    drawn = {
        "load": figures.load_bars(doc.metrics, lang=lang),
        **{name: figures.area_heatmap(
            doc.area_matrix.rename(columns=lambda area: translate(area, lang)), lang=lang,
            wrap=5 if lang == "zh" else 14, kinds=doc.units.set_index("unit")["kind"].to_dict(), share=share,
            unit_labels=doc.units.set_index("unit")["name_en"].to_dict() if lang == "en" else None)
           for name, share in (("area_heatmap", False), ("area_share", True))},
        "network": figures.network_overview(doc.units_graph, seed=doc.seed, lang=lang),
    }
    images = {}
    with matplotlib.rc_context({"svg.hashsalt": "zygraph"}):
        for name, fig in drawn.items():
            paths = figures.save_figure(fig, folder / "figures" / name)
            plt.close(fig)
            images[name] = next(p for p in paths if p.suffix == ".png").read_bytes()
    return images
