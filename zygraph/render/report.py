"""The briefing: one self-contained folder with index.html, graphs, figures and data.

:func:`write_report` builds the whole folder in a hidden staging folder beside
the target and swaps it in at the end, so a reader never sees half a report and
an existing report is replaced only as a whole. A folder holding files zygraph
did not write is never replaced unless ``force=True``; a folder holding the
input table is never replaced at all.
"""

from __future__ import annotations

import base64
import ctypes
import errno
import hashlib
import json
import logging
import math
import os
import secrets
import shutil
from pathlib import Path

import jinja2
import matplotlib

from zygraph import export
from zygraph.errors import OutputError
from zygraph.export import output_reason as export_reason
from zygraph.render import figures, html
from zygraph.render.style import KIND_LABELS

__all__ = [
    "VIEWS",
    "MANIFEST",
    "graph_page",
    "headlines",
    "briefing_html",
    "write_report",
    "comparison_html",
    "write_comparison",
    "write_folder",
]

#: The interactive graph pages of a report.
VIEWS = ("units", "coordination", "bipartite")
#: Most nodes an interactive graph page is drawn for; a larger graph gets a page saying so.
MAX_GRAPH_NODES = 5_000
#: The file listing what zygraph wrote into a report folder.
MANIFEST = ".zygraph-manifest.json"

log = logging.getLogger(__name__)

_TITLES = {
    "zh": {"units": "单位共担网络", "coordination": "牵头—配合协调网络", "bipartite": "单位—任务二部图"},
    "en": {"units": "Unit co-responsibility network", "coordination": "Lead -> support coordination network",
           "bipartite": "Unit-task bipartite graph"},
}


def graph_page(doc, view: str, *, lang: str = "zh", back: str | None = None) -> str:
    """Return the self-contained interactive HTML page of one view of a document.

    ``view`` is ``"units"`` (co-responsibility), ``"coordination"`` (lead ->
    support) or ``"bipartite"`` (units and tasks, coloured by area). ``back``
    is a link to show above the title (the report's pages link to its briefing).

    Examples
    --------
    >>> from zygraph import Document, TaskTable
    >>> doc = Document(TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])]))
    >>> page = graph_page(doc, "units")
    >>> page.startswith("<!DOCTYPE html>"), "https://" in page.split("<script")[0]
    (True, False)
    """
    title = f"{_TITLES[lang][view]} · {doc.meta.get('title') or ''}".rstrip(" ·")
    if view == "units":
        return html.network_html(doc.units_graph, title=title, lang=lang, seed=doc.seed, B=doc.B, back=back)
    if view == "coordination":
        return html.coordination_html(doc.coordination, title=title, lang=lang, seed=doc.seed, B=doc.B, back=back)
    if view == "bipartite":
        return html.bipartite_html(doc.B, title=title, lang=lang, seed=doc.seed, back=back)
    raise ValueError(f"view must be one of {', '.join(VIEWS)}, not {view!r}")


def headlines(doc, lang: str = "zh") -> list[str]:
    """Sentences a policy reader understands, computed from the document's measures.

    Examples
    --------
    >>> from zygraph.document import load
    >>> headlines(load("data/ziyang_2023_science_literacy_tasks.txt"), "en")[0]
    '市科协 (Ziyang Municipal Association for Science and Technology) leads 29 of the 95 tasks (31%), more than any other unit.'
    """
    m = doc.metrics
    net = doc.network
    n = len(doc.tasks)
    scoped = m if doc.kinds is None else m[m.kind.isin(doc.kinds)]
    leaders = scoped.sort_values("tasks_led", ascending=False, kind="stable")
    top = leaders.iloc[0]
    top3 = net["top3_units"]
    brokers = scoped.dropna(subset=["betweenness"]).sort_values("betweenness", ascending=False).head(3)
    heaviest = scoped.sort_values("load", ascending=False, kind="stable").iloc[0]
    alone = doc.single_unit_tasks
    local = m[m.kind == "local_government"]
    local_tasks = doc.assignments[doc.assignments.unit.isin(local.unit)].task_id.nunique()
    pct = lambda x: f"{100 * x:.0f}%"  # noqa: E731
    share_top = int(top.tasks_led) / n if n else math.nan
    if lang == "zh":
        out = [
            f"{top.unit}牵头 {int(top.tasks_led)} 项任务（共 {n} 项，占 {pct(share_top)}），牵头最多。",
            f"牵头最多的三个单位（{'、'.join(top3)}）共牵头 {pct(net['top3_lead_share'])} 的任务。",
            f"按负担（牵头计 {doc.lead_weight:g}、配合计 1）最重的是{heaviest.unit}：牵头 {int(heaviest.tasks_led)} 项、"
            f"配合 {int(heaviest.tasks_supported)} 项。",
        ]
        if len(brokers):
            out.append(f"处于各部门之间、最能起桥梁作用的单位（中介中心度最高）：{'、'.join(brokers.unit)}。")
        out.append(f"有 {alone.task_id.nunique()} 项任务只由一个部门承担，没有其他部门共担（见下表）。")
        if len(local):
            out.append(f"{'、'.join(local.unit)}出现在 {local_tasks} 项任务中；它们几乎遍布全部任务，网络图中未列入，"
                       "以免遮蔽部门之间的关系。")
        return out
    out = [
        f"{top.unit} ({top.name_en}) leads {int(top.tasks_led)} of the {n} tasks ({pct(share_top)}), "
        "more than any other unit.",
        f"The three units that lead most ({', '.join(top3)}) lead {pct(net['top3_lead_share'])} of all tasks between them.",
        f"By load (a lead counts {doc.lead_weight:g}, a support 1), the heaviest is {heaviest.unit} ({heaviest.name_en}): "
        f"{int(heaviest.tasks_led)} tasks led and {int(heaviest.tasks_supported)} supported.",
    ]
    if len(brokers):
        out.append(f"The strongest brokers between departments (highest betweenness): {', '.join(brokers.unit)}.")
    out.append(f"{alone.task_id.nunique()} tasks rest on a single department, with no other department sharing them "
               "(listed below).")
    if len(local):
        out.append(f"The local governments ({', '.join(local.unit)}) are named on {local_tasks} tasks; being on almost "
                   "every task, they are left out of the network views so that they do not hide the departments.")
    return out


def briefing_html(doc, *, lang: str = "zh", images: dict | None = None) -> str:
    """Return index.html: metadata, headline findings, load table, figures, quality findings, definitions.

    ``images`` maps a figure name to PNG bytes, embedded in the page so the
    single file can be copied into a briefing and still show them.

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
    findings = doc.findings.fillna({"line": -1})
    return _environment().get_template("report.html").render(
        lang=lang,
        meta={"title": "", "number": "", "issuer": "", "date": "", "table_title": "", "path": "", **doc.meta},
        headlines=headlines(doc, lang),
        network=doc.network,
        metrics=metrics.to_dict("records"),
        single=doc.single_unit_tasks.to_dict("records"),
        impact=doc.impact.head(10).to_dict("records"),
        findings=findings.to_dict("records"),
        counts={"tasks": len(doc.tasks), "units": len(doc.units), "areas": doc.tasks.area.nunique(),
                "assignments": len(doc.assignments)},
        images={name: base64.b64encode(data).decode("ascii") for name, data in (images or {}).items()},
        views=[(view, _TITLES[lang][view]) for view in VIEWS],
        lead_weight=doc.lead_weight,
        share=doc.share,
        betweenness=doc.metrics.attrs.get("betweenness", "exact"),
        isnan=lambda x: x is None or (isinstance(x, float) and math.isnan(x)),
    )


def write_report(doc, outdir: str | Path, *, lang: str = "zh", force: bool = False, progress=None) -> Path:
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
    ['.zygraph-manifest.json', 'data', 'figures', 'gephi', 'graphs', 'index.html']
    """
    say = progress or (lambda step: None)

    def build(staging: Path) -> None:
        for sub in ("data", "gephi", "figures", "graphs"):
            (staging / sub).mkdir()
        say("measuring load and centrality")
        _ = doc.metrics, doc.network, doc.impact
        say("exporting tables (CSV) and graphs (GEXF, GraphML)")
        _write_data(doc, staging)
        say("drawing figures")
        images = _write_figures(doc, staging, lang)
        for view in VIEWS:
            say(f"building the interactive {view} graph")
            size = _view_size(doc, view)
            if size > MAX_GRAPH_NODES:  # a layout of n nodes costs n x 500 floats, and no browser draws it
                page = _too_large_page(view, size, lang)
            else:
                page = graph_page(doc, view, lang=lang, back="../index.html")
            html.write_html(page, staging / "graphs" / f"{view}.html")
        say("writing the briefing")
        html.write_html(briefing_html(doc, lang=lang, images=images), staging / "index.html")

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


def write_comparison(comparison, outdir: str | Path, *, sources=(), force: bool = False) -> Path:
    """Write a comparison folder: index.html (summary and tables) and the tables as CSV.

    The folder rules are those of :func:`write_report`.

    Examples
    --------
    >>> import tempfile
    >>> from zygraph import TaskTable, compare
    >>> a = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"])])
    >>> b = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市妇联"])])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_comparison(compare(a, b), f"{folder}/cmp")
    ...     sorted(p.name for p in out.iterdir())
    ['.zygraph-manifest.json', 'index.html', 'measures.csv', 'roles.csv', 'ties.csv', 'units.csv']
    """

    def build(staging: Path) -> None:
        for name in ("units", "roles", "measures", "ties"):
            export.write_csv(getattr(comparison, name), staging / f"{name}.csv")
        html.write_html(comparison_html(comparison), staging / "index.html")

    return write_folder(outdir, build, sources=sources, force=force)


def comparison_html(comparison) -> str:
    """Return the page of a :class:`zygraph.compare.Comparison`: summary sentences and its four tables.

    Examples
    --------
    >>> from zygraph import TaskTable, compare
    >>> a = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"])])
    >>> b = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市妇联"])])
    >>> "1 gained (市妇联), 1 lost (市科协)" in comparison_html(compare(a, b))
    True
    """
    first = {"gained": 0, "lost": 1, "appeared": 0, "vanished": 1}  # changes before what was kept
    frames = {
        "units": comparison.units.sort_values("status", key=lambda s: s.map(first).fillna(2), kind="stable"),
        "roles": comparison.roles.sort_values("led_change", key=abs, ascending=False, kind="stable"),
        "measures": comparison.measures.sort_values("load_change", key=abs, ascending=False, kind="stable"),
        "ties": comparison.ties,
    }
    tables = {
        name: frame.to_html(index=False, na_rep="—", float_format=lambda x: f"{x:.3f}", escape=True, border=0)
        for name, frame in frames.items()
    }
    return _environment().get_template("compare.html").render(
        labels=comparison.labels, summary=comparison.summary(), tables=tables
    )


def write_folder(outdir: str | Path, build, *, sources=(), force: bool = False) -> Path:
    """Build a folder with ``build(staging)`` beside ``outdir``, then swap it in whole.

    ``build`` writes into the empty staging folder it is given; a manifest of
    what it wrote (with each file's SHA-256) is added, so a later run may
    replace the folder and can tell which files were edited since.

    Raises
    ------
    OutputError
        When ``outdir`` holds files zygraph did not write, files edited since, or
        symlinks (and not ``force``); holds one of ``sources`` (the input
        tables); is the working folder or one above it; is a symlink; or
        cannot be written (under a file, no permission, a read-only file system).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_folder(f"{folder}/out", lambda staging: (staging / "a.txt").write_text("1"))
    ...     out = write_folder(out, lambda staging: (staging / "b.txt").write_text("2"))  # replaced whole
    ...     sorted(p.name for p in out.iterdir())
    ['.zygraph-manifest.json', 'b.txt']

    Notes
    -----
    The staging folder is named ``.NAME.zygraph-PID-XXXX`` and made with the
    user's umask. On Linux the swap is one ``renameat2(RENAME_EXCHANGE)``: a
    reader sees the old folder or the new one, never neither. Elsewhere it is
    two renames; a run killed between them leaves the old folder as
    ``.NAME.zygraph-old-PID-XXXX``, and the next run puts it back before it
    builds. Staging folders of runs that died are removed by the next run.
    With ``force``, what the replacement drops (foreign or edited files,
    symlinks) is logged as a warning, which the command line prints.
    """
    outdir = Path(outdir)
    dropped = _check_target(outdir, sources, force)
    _make_folder(outdir.parent)
    _clean_stale(outdir)
    for item in dropped:
        log.warning("replacing %s drops %s", outdir, item)
    staging = _new_staging(outdir, "")
    try:
        try:
            build(staging)
            files = sorted(_files(staging))
            manifest = {"written_by": "zygraph", "files": files,
                        "sha256": {name: _digest(staging / name) for name in files}}
            (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as error:
            raise OutputError(export_reason(error, "cannot write the report"), path=outdir) from error
        _swap_in(staging, outdir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # our own half-built folder; the error goes on up
        raise
    return outdir


def _files(folder: Path):
    """Relative paths of the regular files under ``folder`` (symlinks not followed)."""
    for root, _, names in os.walk(folder):
        for name in names:
            yield str((Path(root) / name).relative_to(folder))


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError("a parent of the output folder is a file, not a folder; choose another path",
                          path=folder) from None
    except OSError as error:
        raise OutputError(export_reason(error, "cannot create the output folder"), path=folder) from None


def _new_staging(outdir: Path, kind: str) -> Path:
    """A new empty folder beside ``outdir``, made with the user's umask (mkdtemp would give 0700)."""
    while True:
        staging = outdir.parent / f".{outdir.name}.zygraph-{kind}{os.getpid()}-{secrets.token_hex(4)}"
        try:
            os.mkdir(staging, 0o777)
            return staging
        except FileExistsError:
            continue
        except OSError as error:
            raise OutputError(export_reason(error, "cannot create a folder beside the output folder"),
                              path=outdir) from None


def _clean_stale(outdir: Path) -> None:
    """Remove the staging folders of runs that died; put back a folder a killed swap left aside."""
    prefix = f".{outdir.name}.zygraph-"
    try:
        entries = [p for p in outdir.parent.iterdir() if p.name.startswith(prefix)]
    except OSError as error:
        raise OutputError(export_reason(error, "cannot list the folder"), path=outdir.parent) from None
    for entry in sorted(entries):
        rest = entry.name[len(prefix):]
        old = rest.startswith("old-")
        pid = rest.removeprefix("old-").split("-")[0]
        if not pid.isdigit() or _alive(int(pid)) or entry.is_symlink() or not entry.is_dir():
            continue
        if old and not outdir.exists():
            os.replace(entry, outdir)  # a swap killed between its two renames: the old folder comes back
            log.warning("put back %s, left aside by a run that was killed", outdir)
        else:
            shutil.rmtree(entry)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("zygraph.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def _check_target(outdir: Path, sources, force: bool) -> list[str]:
    """Refuse a target zygraph must not replace; return what replacing it drops (with ``force``)."""
    if outdir.is_symlink():
        raise OutputError(f"this is a symlink (to {os.readlink(outdir)}); zygraph does not replace a link: give the "
                          "folder it points to, or a new folder", path=outdir)
    try:
        target = outdir.resolve()
    except RuntimeError:
        raise OutputError("the path goes through a symlink loop (a link that points back to itself); fix the link",
                          path=outdir) from None
    for document in sources:
        source = Path(document).resolve()
        if source == target or target in source.parents:
            raise OutputError(f"the output folder would contain the input table {document}; choose another folder",
                              path=outdir)
    cwd = Path.cwd().resolve()
    if target == cwd or target in cwd.parents:
        raise OutputError("the output folder is the working folder or one above it; choose a new folder", path=outdir)
    if not outdir.exists():
        return []
    if not outdir.is_dir():
        raise OutputError("this exists and is not a folder; choose a folder path for the report", path=outdir)
    dropped = _not_ours(outdir)
    if dropped and not force:
        more = f" and {len(dropped) - 1} more" if len(dropped) > 1 else ""
        raise OutputError(
            f"the folder holds what zygraph did not write or what was changed since (e.g. {dropped[0]}{more}); "
            "choose a new folder, or pass --force to replace it whole",
            path=outdir,
        )
    return dropped


def _not_ours(outdir: Path) -> list[str]:
    """Files zygraph did not write, files edited since, and symlinks, as phrases."""
    try:
        manifest = json.loads((outdir / MANIFEST).read_text(encoding="utf-8"))
        listed, digests = set(manifest["files"]), manifest.get("sha256", {})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        listed, digests = set(), {}
    found = []

    def unreadable(error):
        raise OutputError(export_reason(error, "cannot look inside the folder"), path=outdir)

    for root, folders, names in os.walk(outdir, onerror=unreadable):
        for name in sorted(folders + names):
            path = Path(root) / name
            relative = str(path.relative_to(outdir))
            if path.is_symlink():
                found.append(f"the symlink {relative}")
            elif name in names and relative != MANIFEST:
                if relative not in listed:
                    found.append(f"{relative} (not written by zygraph)")
                elif relative in digests and _digest(path) != digests[relative]:
                    found.append(f"{relative} (edited since zygraph wrote it)")
    return found


def _swap_in(staging: Path, outdir: Path) -> None:
    """Put ``staging`` at ``outdir``: one atomic exchange where the system has it, else two renames."""
    try:
        if not outdir.exists():
            os.replace(staging, outdir)
        elif _exchange(staging, outdir):
            shutil.rmtree(staging)  # now the old folder
        else:
            old = _new_staging(outdir, "old-")
            os.rmdir(old)
            os.replace(outdir, old)  # if killed here, the next run puts it back
            os.replace(staging, outdir)
            shutil.rmtree(old)
    except OSError as error:
        raise OutputError(export_reason(error, "cannot put the new folder in place"), path=outdir) from error


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _write_data(doc, folder: Path) -> None:
    data, gephi = folder / "data", folder / "gephi"
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
    network = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in doc.network.items()}
    (data / "network.json").write_text(json.dumps(network, ensure_ascii=False, indent=1), encoding="utf-8")
    for name, G in (("units", doc.units_graph), ("coordination", doc.coordination), ("bipartite", doc.B)):
        export.write_gexf(G, gephi / f"{name}.gexf")
        export.write_graphml(G, gephi / f"{name}.graphml")


def _write_figures(doc, folder: Path, lang: str) -> dict:
    """Draw, save as PNG and SVG, and return PNG bytes by figure name."""
    from matplotlib import pyplot as plt

    drawn = {
        "load": figures.load_bars(doc.metrics, lang=lang),
        "area_heatmap": figures.area_heatmap(doc.area_matrix, lang=lang),
        "network": figures.network_overview(doc.units_graph, seed=doc.seed, lang=lang),
    }
    images = {}
    with matplotlib.rc_context({"svg.hashsalt": "zygraph"}):
        for name, fig in drawn.items():
            paths = figures.save_figure(fig, folder / "figures" / name)
            plt.close(fig)
            images[name] = next(p for p in paths if p.suffix == ".png").read_bytes()
    return images
