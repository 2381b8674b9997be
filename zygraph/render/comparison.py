"""The comparison folder of two documents: summary, task changes, difference network and tables, in either edition."""

from __future__ import annotations

import base64
from pathlib import Path

import matplotlib
import pandas as pd

from zygraph import export
from zygraph.render import figures, html
from zygraph.render.difference import difference_network
from zygraph.render.editions import COLUMNS, VALUES
from zygraph.folder import write_folder
from zygraph.render.pages import environment
from zygraph.render.style import KIND_LABELS
from zygraph.shown import visible

__all__ = ["write_comparison", "comparison_html"]


def write_comparison(comparison, outdir: str | Path, *, sources=(), force: bool = False, lang: str = "zh",
                     seed: int = 0, pos: dict | None = None) -> Path:
    """Write a comparison folder: index.html (summary, difference network, tables) and the tables as CSV.

    The folder rules are those of :func:`write_report`. ``seed`` and ``pos``
    place the difference network (see
    :func:`zygraph.render.difference.difference_layout`).

    Examples
    --------
    >>> import tempfile
    >>> from zygraph import TaskTable, compare
    >>> a = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"])])
    >>> b = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市妇联"])])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_comparison(compare(a, b), f"{folder}/cmp")
    ...     sorted(p.name for p in out.iterdir())  # doctest: +NORMALIZE_WHITESPACE
    ['.zygraph-manifest.json', 'difference.png', 'difference.svg', 'index.html', 'measures.csv', 'roles.csv',
     'task_changes.csv', 'ties.csv', 'units.csv']
    """
    from matplotlib import pyplot as plt

    def build(staging: Path) -> None:
        for name in ("units", "roles", "measures", "ties"):
            export.write_csv(getattr(comparison, name), staging / f"{name}.csv")
        if comparison.tasks is not None:
            export.write_csv(comparison.tasks, staging / "task_changes.csv")
        fig = difference_network(comparison.ties, comparison.units, labels=comparison.labels, seed=seed, pos=pos,
                                 lang=lang)
        with matplotlib.rc_context({"svg.hashsalt": "zygraph"}):
            paths = figures.save_figure(fig, staging / "difference")
        plt.close(fig)
        image = next(p for p in paths if p.suffix == ".png").read_bytes()
        html.write_html(comparison_html(comparison, lang=lang, image=image), staging / "index.html")

    return write_folder(outdir, build, sources=sources, force=force)


def comparison_html(comparison, *, lang: str = "zh", image: bytes | None = None) -> str:
    """Return the page of a :class:`zygraph.compare.Comparison`: summary, task changes, changed units and ties.

    ``image`` is the difference network as PNG bytes, embedded in the page.

    Examples
    --------
    >>> from zygraph import TaskTable, compare
    >>> a = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"])])
    >>> b = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市妇联"])])
    >>> "1 gained (市妇联), 1 lost (市科协)" in comparison_html(compare(a, b), lang="en")
    True
    >>> "新增 1 个（市妇联），减少 1 个（市科协）" in comparison_html(compare(a, b))
    True
    """
    first = {"gained": 0, "lost": 1, "appeared": 0, "vanished": 1}  # changes before what was kept
    ties = comparison.ties
    changed_ties = ties[(ties["status"] != "kept") | (ties["change"] != 0)]
    tasks = comparison.tasks if comparison.tasks is not None else pd.DataFrame(columns=["status"])
    frames = {
        "tasks": tasks[tasks["status"] != "kept"].drop(columns=["similarity"], errors="ignore"),
        "units": comparison.units[comparison.units["status"] != "kept"].sort_values(
            "status", key=lambda s: s.map(first).fillna(2), kind="stable"),
        "roles": comparison.roles[(comparison.roles["led_change"] != 0) | (comparison.roles["supported_change"] != 0)]
        .sort_values("led_change", key=abs, ascending=False, kind="stable"),
        "measures": comparison.measures.sort_values("load_change", key=abs, ascending=False, kind="stable"),
        "ties": changed_ties,
    }
    tables = {name: _html_table(frame, lang, comparison.labels) for name, frame in frames.items()}
    return environment().get_template("compare.html").render(
        lang=lang, labels=comparison.labels, summary=comparison.summary(lang), tables=tables,
        image=base64.b64encode(image).decode("ascii") if image else None,
        unchanged_tasks=int((tasks["status"] == "kept").sum()), unchanged_ties=len(ties) - len(changed_ties),
    )


def _html_table(frame, lang: str, labels) -> str:
    """A frame as an escaped HTML table, headed and worded in the edition's language."""
    words = VALUES[lang]
    shown = frame.copy()
    for column in ("status", "change", "kind"):
        if column in shown:
            mapping = KIND_LABELS[lang] if column == "kind" else words
            shown[column] = shown[column].map(
                lambda v: "; ".join(mapping.get(part, part) for part in str(v).split("; ")) if isinstance(v, str) else v)
    headings = {}
    for column in shown.columns:
        base, _, side = str(column).rpartition("_")
        if column in COLUMNS[lang]:
            headings[column] = COLUMNS[lang][column]
        elif side in ("a", "b") and base in COLUMNS[lang]:
            headings[column] = f"{COLUMNS[lang][base]} ({labels[0] if side == 'a' else labels[1]})"
        elif side == "change" and base in COLUMNS[lang]:
            headings[column] = f"{COLUMNS[lang][base]} {'变化' if lang == 'zh' else 'change'}"
    shown = shown.rename(columns=headings)
    table = shown.to_html(index=False, na_rep="—", float_format=lambda x: f"{x:.3f}", escape=True, border=0)
    return visible(table)  # printed |safe: its names' control characters shown here, as the page's other text is
