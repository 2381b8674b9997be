"""Static matplotlib figures for print: task load per unit, unit x area heatmap, network overview.

Every function takes ``ax=`` (a new figure is made when it is None), returns the
Figure, and writes nothing; :func:`save_figure` writes PNG/SVG files when asked.
Chinese labels use the font found by :mod:`zygraph.render.fonts`, applied to
the Axes drawn on only; global rcParams are left as they were.
"""

from __future__ import annotations

import math
import re
import textwrap
from pathlib import Path
from types import MappingProxyType

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib import ticker as mticker
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from zygraph.errors import OutputError
from zygraph.export import atomic_path
from zygraph.render.fonts import font_rc
from zygraph.render.style import KIND_COLOURS, KIND_LABELS, ROLE_COLOURS
from zygraph.names.units import KINDS

__all__ = [
    "KIND_COLOURS",
    "KIND_LABELS",
    "ROLE_COLOURS",
    "load_bars",
    "area_heatmap",
    "network_overview",
    "save_figure",
]

#: Kinds drawn apart, in grey: named on nearly every task, they are set aside in the briefing.
APART_KINDS = ("local_government", "collective")
#: Greys for the two roles of units drawn apart.
APART_COLOURS = MappingProxyType({"lead": "#8a949e", "support": "#c9ced4"})

_WORDS = MappingProxyType(
    {
        "zh": {
            "lead": "牵头",
            "support": "配合",
            "tasks": "任务数",
            "load_title": "各单位牵头与配合任务数",
            "area_title": "各单位在各领域承担的任务数",
            "area": "领域",
            "unit": "单位",
            "network_title": "单位共同承担任务网络",
            "kind": "单位类型",
            "network_key": "圆点大小：任务负担（load）；连线粗细：共同承担的任务数",
            "network_key_tasks": "圆点大小：牵头与配合任务数；连线粗细：共同承担的任务数",
            "apart": "地方政府与统称（不计入部门网络）",
            "share": "占该单位全部任务的比例",
            "area_share_title": "各单位的任务在各领域的分布（占比）",
        },
        "en": {
            "lead": "lead",
            "support": "support",
            "tasks": "number of tasks",
            "load_title": "Tasks led and supported per unit",
            "area_title": "Tasks per unit and area",
            "area": "area",
            "unit": "unit",
            "network_title": "Units sharing tasks",
            "kind": "kind of unit",
            "network_key": "dot size: load; line width: tasks shared",
            "network_key_tasks": "dot size: tasks led and supported; line width: tasks shared",
            "apart": "local governments, placeholders (set aside)",
            "share": "share of the unit's tasks",
            "area_share_title": "Where each unit's tasks lie (share by area)",
        },
    }
)


def load_bars(metrics: pd.DataFrame, *, top: int | None = None, sort_by: str = "total", lang: str = "zh",
              title: str | None = None, apart=APART_KINDS, ax=None):
    """Draw the tasks each unit leads and supports as stacked horizontal bars.

    Parameters
    ----------
    metrics : DataFrame
        One row per unit with ``tasks_led`` and ``tasks_supported``; the unit
        name comes from a ``unit`` column or else the index, the English name
        from ``name_en`` (used when ``lang="en"``). For example the output of
        ``zygraph.metrics.unit_metrics``.
    top : int, optional
        Draw only the first ``top`` units after sorting.
    sort_by : str
        ``"total"`` (led + supported, the default) or any numeric column such as
        ``"load"``; largest first, ties broken by tasks led, then by name.
    lang : {"zh", "en"}
        Language of the unit names and the axis texts.
    title : str, optional
        Replaces the default title (an empty string draws none).
    apart : collection of str
        Kinds of unit (read from a ``kind`` column) drawn in grey below the
        others, under a line: by default local governments and collective
        placeholders, which the briefing sets aside.
    ax : matplotlib Axes, optional
        Where to draw; a figure sized to the number of units is made if None.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> metrics = pd.DataFrame({"unit": ["市科协", "市科技局", "市妇联"],
    ...                         "tasks_led": [2, 1, 0], "tasks_supported": [1, 1, 1]})
    >>> fig = load_bars(metrics)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['市妇联', '市科技局', '市科协']
    >>> [float(p.get_width()) for p in fig.axes[0].containers[0]]  # tasks led, bottom up
    [0.0, 1.0, 2.0]

    Notes
    -----
    The largest unit is at the top. ``metrics`` is left untouched; missing
    counts (NaN) are drawn as 0. The bars are counts of tasks, not weighted.
    """
    words = _words(lang)
    frame = _unit_frame(metrics)
    for column in ("tasks_led", "tasks_supported"):
        if column not in frame.columns:
            raise ValueError(f"metrics needs a {column!r} column; it has {', '.join(map(str, frame.columns))}")
    frame["tasks_led"] = frame["tasks_led"].fillna(0)
    frame["tasks_supported"] = frame["tasks_supported"].fillna(0)
    frame["total"] = frame["tasks_led"] + frame["tasks_supported"]
    if sort_by not in frame.columns:
        raise ValueError(f"cannot sort by {sort_by!r}: metrics has no such column")
    frame["apart"] = frame["kind"].isin(list(apart)) if "kind" in frame.columns else False
    frame = frame.sort_values(["apart", sort_by, "tasks_led", "unit"], ascending=[True, False, False, True],
                              kind="stable")
    if top is not None:
        frame = frame.head(top)
    frame = frame.iloc[::-1]  # barh draws from the bottom up
    labels = _unit_labels(frame, lang)
    greyed = frame["apart"].to_numpy(dtype=bool)

    if ax is None:  # made outside rc_context, which would undo pyplot's interactive switch in notebooks
        width = 7.5 if lang == "zh" else 9.5
        _, ax = plt.subplots(figsize=(width, max(2.5, 0.27 * len(frame) + 1.3)), layout="constrained")
    with plt.rc_context(font_rc()):
        positions = np.arange(len(frame))
        lead_colour = np.where(greyed, APART_COLOURS["lead"], ROLE_COLOURS["lead"])
        support_colour = np.where(greyed, APART_COLOURS["support"], ROLE_COLOURS["support"])
        ax.barh(positions, frame["tasks_led"], color=lead_colour, label=words["lead"])
        ax.barh(
            positions, frame["tasks_supported"], left=frame["tasks_led"],
            color=support_colour, label=words["support"],
        )
        ax.set_yticks(positions, labels=labels)
        for tick, grey in zip(ax.get_yticklabels(), greyed):
            if grey:
                tick.set_color("#7b8794")
        if greyed.any() and not greyed.all():
            ax.axhline(greyed.sum() - 0.5, color="#9aa5b1", linewidth=0.8, linestyle="--")
        ax.set_ylim(-0.6, len(frame) - 0.4)
        for y, total in zip(positions, frame["total"]):
            ax.annotate(
                f"{total:g}", (total, y), xytext=(3, 0), textcoords="offset points",
                va="center", ha="left", fontsize="small", color="#333333",
            )
        ax.margins(x=0.08)
        ax.set_xlabel(words["tasks"])
        ax.set_title(words["load_title"] if title is None else title, pad=24)
        handles = [Patch(color=ROLE_COLOURS["lead"], label=words["lead"]),
                   Patch(color=ROLE_COLOURS["support"], label=words["support"])]
        if greyed.any():
            handles.append(Patch(color=APART_COLOURS["support"], label=words["apart"]))
        ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.01), ncols=len(handles), frameon=False,
                  fontsize="small", borderaxespad=0)
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
    _apply_font(ax)
    return ax.figure


def area_heatmap(matrix: pd.DataFrame, *, lang: str = "zh", unit_labels=None, wrap: int = 5,
                 title: str | None = None, kinds=None, apart=APART_KINDS, share: bool = False, ax=None):
    """Draw a unit x area heatmap with the count (or share) written in each non-empty cell.

    Parameters
    ----------
    matrix : DataFrame
        Index = units, columns = areas, values = task counts (for instance all
        tasks, or only tasks led); drawn in the order given.
    lang : {"zh", "en"}
        Language of the axis texts; area names are shown as written.
    unit_labels : mapping, optional
        Unit -> label to show instead of the unit name (e.g. English names).
    wrap : int
        Area names longer than this many characters are wrapped onto several lines.
    title : str, optional
        Replaces the default title (an empty string draws none).
    kinds : mapping, optional
        Unit -> kind; units of the ``apart`` kinds are moved below the others
        and drawn in grey.
    apart : collection of str
        As in :func:`load_bars`.
    share : bool
        Show each unit's tasks in an area as a share of all its tasks (rows
        add up to 100 %), so small and large units compare.
    ax : matplotlib Axes, optional
        Where to draw; a figure sized to the matrix is made if None.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> matrix = pd.DataFrame([[2, 0], [1, 3]], index=["市科协", "市科技局"], columns=["科普", "青少年"])
    >>> fig = area_heatmap(matrix)
    >>> sorted(t.get_text() for t in fig.axes[0].texts)
    ['1', '2', '3']
    >>> sorted(t.get_text() for t in area_heatmap(matrix, share=True).axes[0].texts)
    ['100%', '25%', '75%']

    Notes
    -----
    Zero cells are left blank so the pattern stays readable; NaN counts are
    drawn as 0. ``matrix`` is left untouched. The colour scale is linear from 0
    to the largest count.
    """
    words = _words(lang)
    if matrix.columns.nlevels > 1:
        raise ValueError(
            "matrix has several column levels (role, area); pass one role, "
            "e.g. matrix['lead'], or unit_area_matrix(table, role='any')"
        )
    counts = matrix.fillna(0)
    greyed = np.array([(kinds or {}).get(unit) in set(apart) for unit in counts.index], dtype=bool)
    counts = pd.concat([counts[~greyed], counts[greyed]])
    greyed = np.sort(greyed)
    values = counts.to_numpy(dtype=float)
    if share:
        totals = values.sum(axis=1, keepdims=True)
        values = np.divide(values, totals, out=np.zeros_like(values), where=totals > 0)
    top = values[~greyed].max() if (~greyed).any() and values.size else (values.max() if values.size else 0.0)
    units = [str((unit_labels or {}).get(unit, unit)) for unit in counts.index]
    areas = [_wrap(str(area), wrap) for area in counts.columns]

    if ax is None:  # made outside rc_context, which would undo pyplot's interactive switch in notebooks
        label_width = 1.6 if lang == "zh" and unit_labels is None else 3.2
        size = (0.72 * len(areas) + label_width + 1.4, 0.3 * len(units) + 2.2)
        _, ax = plt.subplots(figsize=size, layout="constrained")
    with plt.rc_context(font_rc()):
        vmax = max(top, 1e-9) if share else max(top, 1)
        image = ax.imshow(np.ma.masked_array(values, np.repeat(greyed[:, None], values.shape[1], axis=1)),
                          cmap="Blues", vmin=0, vmax=vmax, aspect="auto", interpolation="nearest")
        if greyed.any():
            ax.imshow(np.ma.masked_array(values, np.repeat(~greyed[:, None], values.shape[1], axis=1)), cmap="Greys",
                      vmin=0, vmax=3 * max(values.max(), 1e-9), aspect="auto", interpolation="nearest")
            ax.axhline(len(values) - greyed.sum() - 0.5, color="#52606d", linewidth=1.2)
        for (row, col), value in np.ndenumerate(values):
            if value:
                ax.text(
                    col, row, f"{100 * value:.0f}%" if share else f"{value:g}", ha="center", va="center",
                    fontsize="small", color="white" if value > 0.55 * top and not greyed[row] else "#222222",
                )
        ax.set_xticks(range(len(areas)), labels=areas, fontsize="small")
        ax.set_yticks(range(len(units)), labels=units)
        for tick, grey in zip(ax.get_yticklabels(), greyed):
            if grey:
                tick.set_color("#7b8794")
        ax.xaxis.tick_top()
        ax.tick_params(length=0)
        ax.set_xticks(np.arange(len(areas) + 1) - 0.5, minor=True)
        ax.set_yticks(np.arange(len(units) + 1) - 0.5, minor=True)
        ax.grid(which="minor", color="white", linewidth=0.8)
        ax.tick_params(which="minor", length=0)
        ax.spines[:].set_visible(False)
        colourbar = ax.figure.colorbar(image, ax=ax, shrink=0.5, pad=0.02)
        colourbar.set_label(words["share"] if share else words["tasks"])
        if share:
            colourbar.formatter = mticker.PercentFormatter(xmax=1)
            colourbar.update_ticks()
        ax.set_title((words["area_share_title"] if share else words["area_title"]) if title is None else title, pad=10)
    _apply_font(ax)
    _apply_font(colourbar.ax)
    return ax.figure


def network_overview(G: nx.Graph, *, seed: int = 0, lang: str = "zh", label_top: int | None = None,
                     title: str | None = None, ax=None):
    """Draw the unit network for print: size by load, colour by kind, width by weight.

    Parameters
    ----------
    G : networkx Graph or DiGraph
        A unit projection: nodes are unit names with ``kind``, ``load`` (or
        ``tasks_led``/``tasks_supported``) and ``name_en``; edges carry ``weight``.
    seed : int
        Seed of the spring layout, so the same graph is drawn the same way.
    lang : {"zh", "en"}
        Language of the node labels and the legend.
    label_top : int, optional
        Label only this many units, those with the largest load; by default 30
        with Chinese names and 15 with the longer English ones.
    title : str, optional
        Replaces the default title (an empty string draws none).
    ax : matplotlib Axes, optional
        Where to draw; a 10 x 8 inch figure is made if None.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("市科协", kind="people_org", load=3)
    >>> G.add_node("市科技局", kind="government", load=2)
    >>> G.add_node("市委宣传部", kind="party", load=1)
    >>> G.add_edge("市科协", "市科技局", weight=2)
    >>> G.add_edge("市科协", "市委宣传部", weight=1)
    >>> fig = network_overview(G, label_top=2)
    >>> [t.get_text() for t in fig.axes[0].texts][:2]  # the two largest loads; then the key
    ['市科协', '市科技局']

    Notes
    -----
    Node area is proportional to ``load`` (falling back to tasks led +
    supported, then 1); edge width is linear in ``weight``. The layout is
    ``networkx.kamada_kawai_layout`` on unweighted hop distances, started from
    a spring layout seeded with ``seed``: weights show as widths, not as
    distances, so dense cores do not collapse into a knot. ``G`` is left untouched. Overlapping labels are not detected; lower
    ``label_top`` if a dense graph crowds them.
    """
    words = _words(lang)
    loads = {node: _load(data) for node, data in G.nodes(data=True)}
    biggest = max(loads.values(), default=1) or 1
    weights = [float(data.get("weight", 1)) for _, _, data in G.edges(data=True)]
    heaviest = max(weights, default=1) or 1
    pos = _layout(G, seed)
    kinds = {node: data.get("kind", "unknown") for node, data in G.nodes(data=True)}

    if ax is None:  # made outside rc_context, which would undo pyplot's interactive switch in notebooks
        _, ax = plt.subplots(figsize=(10, 8), layout="constrained")
    with plt.rc_context(font_rc()):
        nx.draw_networkx_edges(
            G, pos, ax=ax, width=[0.4 + 4.0 * w / heaviest for w in weights],
            edge_color="#777777", alpha=0.35, node_size=[_node_size(loads[n], biggest) for n in G],
            **({"arrowsize": 8, "connectionstyle": "arc3,rad=0.08"} if G.is_directed() else {}),
        )
        nx.draw_networkx_nodes(
            G, pos, ax=ax, node_size=[_node_size(loads[n], biggest) for n in G],
            node_color=[KIND_COLOURS.get(kinds[n], KIND_COLOURS["unknown"]) for n in G],
            edgecolors="#333333", linewidths=0.6,
        )
        if label_top is None:
            label_top = 30 if lang == "zh" else 15
        ranked = sorted(G, key=lambda n: (-loads[n], str(n)))[:label_top]
        halo = [patheffects.withStroke(linewidth=3, foreground="white")]
        labels = []
        for node in ranked:
            label = (G.nodes[node].get("label_en") or G.nodes[node].get("name_en")) if lang == "en" else None
            gap = 0.5 * math.sqrt(_node_size(loads[node], biggest)) + 2
            text = label if isinstance(label, str) and label else str(node)
            labels.append((ax.annotate(
                textwrap.fill(text, 20) if " " in text else text, pos[node],
                xytext=(0, -gap), textcoords="offset points",
                ha="center", va="top", fontsize=9 if lang == "zh" else 7.5, linespacing=1.0,
                path_effects=halo, zorder=5,
            ), gap))
        present = [kind for kind in KINDS if kind in set(kinds.values())]
        present += sorted(set(kinds.values()) - set(KINDS))
        handles = [
            Line2D([], [], marker="o", linestyle="", markersize=9, markeredgecolor="#333333",
                   markerfacecolor=KIND_COLOURS.get(kind, KIND_COLOURS["unknown"]),
                   label=KIND_LABELS[lang].get(kind, kind))
            for kind in present
        ]
        ax.legend(handles=handles, title=words["kind"], loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
        ax.set_title(words["network_title"] if title is None else title)
        key = "network_key" if any("load" in data for _, data in G.nodes(data=True)) else "network_key_tasks"
        ax.annotate(words[key], (0, 0), xycoords="axes fraction", fontsize="small", color="#555555")
        ax.margins(0.08)
        ax.set_axis_off()
    _apply_font(ax)
    ax.figure.draw_without_rendering()  # settle the layout, so label boxes are final
    _ease_labels(labels)
    return ax.figure


def save_figure(fig, path_without_suffix: str | Path, formats=("png", "svg"), *, dpi: int = 200) -> list[Path]:
    """Write a figure to ``<path>.<format>`` for each format, atomically.

    Parameters
    ----------
    fig : matplotlib Figure
    path_without_suffix : str or Path
        For example ``out/load``; ``.png`` and ``.svg`` are appended (an
        existing dot in the name is kept: ``out/fig.v2`` -> ``out/fig.v2.png``).
    formats : iterable of str
        Any format matplotlib writes (``png``, ``svg``, ``pdf`` ...).
    dpi : int
        Resolution of raster formats.

    Returns
    -------
    list of Path
        The files written, in the order of ``formats``.

    Raises
    ------
    OutputError
        When the folder does not exist, a format is unknown or a file cannot be written.

    Examples
    --------
    >>> import matplotlib.pyplot as plt, tempfile, os
    >>> fig, ax = plt.subplots()
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = save_figure(fig, os.path.join(folder, "empty"))
    ...     [p.name for p in paths]
    ['empty.png', 'empty.svg']

    Notes
    -----
    Each file is first written next to its target and then renamed over it,
    so a reader never sees half a file. SVG text is stored as outlines (no font
    needed to view it), and SVG and PDF carry no date stamp.
    """
    base = Path(path_without_suffix)
    supported = fig.canvas.get_supported_filetypes()
    unknown = [fmt for fmt in formats if fmt not in supported]
    if unknown:
        raise OutputError(f"cannot write figure format {', '.join(unknown)}; use one of {', '.join(sorted(supported))}")
    written = []
    with plt.rc_context({"svg.fonttype": "path", "svg.hashsalt": "zygraph"}):
        for fmt in formats:
            target = base.with_name(f"{base.name}.{fmt}")
            metadata = {"Date": None} if fmt in {"svg", "pdf"} else None
            with atomic_path(target) as temporary:
                fig.savefig(temporary, format=fmt, dpi=dpi, bbox_inches="tight", metadata=metadata)
                if fmt == "svg":
                    _xml_safe(Path(temporary))
            written.append(target)
    return written


# -- helpers -------------------------------------------------------------
#: What XML 1.0 does not allow, which a name from an input may hold (ESC): matplotlib copies labels into the SVG.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(svg: Path) -> None:
    """Replace in an SVG file the characters XML does not allow with U+FFFD, as the workbook does."""
    text = svg.read_text(encoding="utf-8")
    if _NOT_XML.search(text):
        svg.write_text(_NOT_XML.sub("\ufffd", text), encoding="utf-8")


def _words(lang: str) -> dict:
    if lang not in _WORDS:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    return _WORDS[lang]


def _wrap(text: str, width: int) -> str:
    """Wrap onto lines of even length: 11 characters at width 5 give 4 + 4 + 3, not 5 + 5 + 1."""
    if len(text) <= width:
        return text
    even = math.ceil(len(text) / math.ceil(len(text) / width))
    return "\n".join(textwrap.wrap(text, even, break_on_hyphens=False)) or text


def _unit_frame(metrics: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``metrics`` with the unit name in a ``unit`` column."""
    if "unit" in metrics.columns:
        return metrics.copy()
    frame = metrics.copy()
    frame.insert(0, "unit", frame.index.astype(str))
    return frame.reset_index(drop=True)


def _unit_labels(frame: pd.DataFrame, lang: str) -> list[str]:
    if lang == "en" and "name_en" in frame.columns:
        return [en if isinstance(en, str) and en else unit for unit, en in zip(frame["unit"], frame["name_en"])]
    return [str(unit) for unit in frame["unit"]]


def _layout(G: nx.Graph, seed: int) -> dict:
    """Kamada-Kawai on hop distances, started from a seeded spring layout."""
    if len(G) < 3:
        return nx.spring_layout(G, seed=seed)
    undirected = G.to_undirected(as_view=True) if G.is_directed() else G
    return nx.kamada_kawai_layout(undirected, weight=None, pos=nx.spring_layout(undirected, seed=seed))


def _load(data: dict) -> float:
    load = data.get("load")
    if load is None or (isinstance(load, float) and math.isnan(load)):
        load = float(data.get("tasks_led", 0) or 0) + float(data.get("tasks_supported", 0) or 0)
    return float(load) or 1.0


def _node_size(load: float, biggest: float) -> float:
    """Marker area in points squared: 120 to 1800, proportional to load."""
    return 120 + 1680 * load / biggest


def _ease_labels(labels) -> None:
    """Move each node label that overlaps one already placed: below, above, right, then left of its node.

    ``labels`` holds (annotation, gap in points) pairs, most important first; a
    label that overlaps in all four places stays below its node.
    """
    placed = []
    for text, gap in labels:
        for offset, ha, va in (((0, -gap), "center", "top"), ((0, gap), "center", "bottom"),
                               ((gap, 0), "left", "center"), ((-gap, 0), "right", "center")):
            text.set_position(offset)
            text.set_horizontalalignment(ha)
            text.set_verticalalignment(va)
            box = text.get_window_extent()
            if not any(box.overlaps(other) for other in placed):
                break
        else:
            text.set_position((0, -gap))
            text.set_horizontalalignment("center")
            text.set_verticalalignment("top")
            box = text.get_window_extent()
        placed.append(box)


def _apply_font(ax) -> None:
    """Give every text in ``ax`` the Chinese font, also on an Axes made outside rc_context; read ``$`` as text.

    Names are data: a unit written ``$\\frac{$`` must not be parsed as mathtext, which would fail.
    """
    families = font_rc()["font.family"]
    for text in ax.findobj(Text):
        text.set_fontfamily(families)
        text.set_parse_math(False)
