"""The difference network of a comparison: ties that appeared, vanished or changed, on the first document's layout."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from matplotlib import patheffects
from matplotlib.lines import Line2D
from matplotlib.text import Text

from zygraph.render import layout
from zygraph.render.fonts import font_rc

__all__ = ["difference_layout", "difference_network", "DIFFERENCE_COLOURS"]

#: Okabe-Ito colours of what changed: bluish green appeared or gained, vermillion vanished or lost.
DIFFERENCE_COLOURS = {"appeared": "#009e73", "vanished": "#d55e00", "changed": "#1f2933", "kept": "#b8bec4"}

_WORDS = {
    "zh": {"appeared": "新出现的共担关系", "vanished": "消失的共担关系", "changed": "共同任务数有变化",
           "kept": "未变", "gained": "新增单位", "lost": "减少的单位", "title": "共担关系的变化：{a} → {b}",
           "key": "按 {a} 的网络布局绘制；连线粗细 = 共同任务数（消失的关系按 {a}）"},
    "en": {"appeared": "tie appeared", "vanished": "tie vanished", "changed": "tasks shared changed",
           "kept": "unchanged", "gained": "unit gained", "lost": "unit lost", "title": "Changes in ties: {a} -> {b}",
           "key": "drawn on the layout of {a}; line width = tasks shared (vanished ties: in {a})"},
}


def difference_layout(ties: pd.DataFrame, *, seed: int = 0, pos: dict | None = None) -> dict:
    """Return positions for the units of both tables, those of the first table where it drew them.

    Parameters
    ----------
    ties : DataFrame
        ``unit_a, unit_b, weight_a, weight_b`` as :attr:`Comparison.ties`.
    seed : int
        Seed of the first table's layout (:func:`zygraph.render.layout.layout`).
    pos : dict, optional
        ``unit -> (x, y)`` to use for the first table's units instead (a stable
        layout kept across years).

    Returns
    -------
    dict
        ``unit -> (x, y)``: the first table's units where its own layout puts
        them; units only in the second placed by a spring layout with the
        others held fixed.

    Examples
    --------
    >>> import pandas as pd
    >>> ties = pd.DataFrame({"unit_a": ["a", "a"], "unit_b": ["b", "c"], "weight_a": [1, 0], "weight_b": [1, 2]})
    >>> pos = difference_layout(ties)
    >>> sorted(pos), all(abs(v).max() <= 1.5 for v in pos.values())
    (['a', 'b', 'c'], True)
    """
    first = nx.Graph()
    first.add_weighted_edges_from(ties.loc[ties["weight_a"] > 0, ["unit_a", "unit_b", "weight_a"]].itertuples(index=False))
    start = dict(pos) if pos is not None else layout.layout(first, "weight", seed)
    everyone = nx.Graph()
    everyone.add_nodes_from(start)
    everyone.add_weighted_edges_from(ties[["unit_a", "unit_b", "weight_b"]].itertuples(index=False))
    everyone.remove_edges_from([(u, v) for u, v, w in everyone.edges(data="weight") if not w])
    missing = [node for node in everyone if node not in start]
    if not missing:
        return {node: tuple(start[node]) for node in everyone}
    if not start:
        return nx.spring_layout(everyone, seed=seed)
    return nx.spring_layout(everyone, pos={n: tuple(xy) for n, xy in start.items()}, fixed=list(start), seed=seed)


def difference_network(ties: pd.DataFrame, units: pd.DataFrame, *, labels=("A", "B"), seed: int = 0,
                       pos: dict | None = None, lang: str = "zh", ax=None):
    """Draw what changed between two tables' unit networks on the first one's layout.

    Parameters
    ----------
    ties : DataFrame
        :attr:`Comparison.ties`.
    units : DataFrame
        :attr:`Comparison.units` (``unit, status``).
    labels : (str, str)
        Names of the two tables.
    seed, pos
        As in :func:`difference_layout`.
    lang : {"zh", "en"}
    ax : matplotlib Axes, optional
        Where to draw; a 10 x 8 inch figure is made if None.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from zygraph import TaskTable, compare
    >>> a = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"])])
    >>> b = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市妇联"])])
    >>> c = compare(a, b)
    >>> fig = difference_network(c.ties, c.units, lang="en")
    >>> sorted(t.get_text() for t in fig.axes[0].texts if t.get_text().startswith("市"))
    ['市妇联', '市科协', '市科技局']

    Notes
    -----
    Vanished ties are dashed and as wide as they were in the first table;
    the others are as wide as in the second. Units are labelled where a tie
    or the unit itself changed, and all of them when there are at most 40.
    """
    words = _WORDS[lang]
    where = difference_layout(ties, seed=seed, pos=pos)
    status = dict(zip(units["unit"], units["status"]))
    kinds = ties.assign(kind=[
        "appeared" if s == "appeared" else "vanished" if s == "vanished" else "changed" if c else "kept"
        for s, c in zip(ties["status"], ties["change"])
    ])
    top = max(int(ties[["weight_a", "weight_b"]].to_numpy().max(initial=1)), 1)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 8), layout="constrained")
    with plt.rc_context(font_rc()):
        for kind in ("kept", "changed", "vanished", "appeared"):
            subset = kinds[kinds["kind"] == kind]
            if subset.empty:
                continue
            weights = subset["weight_a"] if kind == "vanished" else subset["weight_b"]
            G = nx.Graph()
            G.add_edges_from(subset[["unit_a", "unit_b"]].itertuples(index=False))
            nx.draw_networkx_edges(G, where, ax=ax, edgelist=list(subset[["unit_a", "unit_b"]].itertuples(index=False)),
                                   width=[0.6 + 4 * w / top for w in weights], edge_color=DIFFERENCE_COLOURS[kind],
                                   style="--" if kind == "vanished" else "-", alpha=0.45 if kind == "kept" else 0.9)
        nodes = list(where)
        fill = {"gained": DIFFERENCE_COLOURS["appeared"], "lost": DIFFERENCE_COLOURS["vanished"]}
        G = nx.Graph()
        G.add_nodes_from(nodes)
        nx.draw_networkx_nodes(G, where, ax=ax, nodelist=nodes, node_size=90,
                               node_color=[fill.get(status.get(n), "#e4e7eb") for n in nodes],
                               edgecolors="#333333", linewidths=0.6)
        touched = set(kinds.loc[kinds["kind"] != "kept", ["unit_a", "unit_b"]].to_numpy().ravel())
        touched |= {n for n in nodes if status.get(n) in fill}
        halo = [patheffects.withStroke(linewidth=3, foreground="white")]
        for node in sorted(nodes if len(nodes) <= 40 else touched, key=str):
            ax.annotate(str(node), where[node], xytext=(0, -7), textcoords="offset points", ha="center", va="top",
                        fontsize=8.5, path_effects=halo, zorder=5)
        handles = [Line2D([], [], color=DIFFERENCE_COLOURS[k], linestyle="--" if k == "vanished" else "-", linewidth=2,
                          label=words[k]) for k in ("appeared", "vanished", "changed", "kept")]
        handles += [Line2D([], [], marker="o", linestyle="", markersize=8, markeredgecolor="#333333",
                           markerfacecolor=fill[k], label=words[k]) for k in ("gained", "lost")]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
        # a document's name can run to a paragraph (a title read with its addressees): wrapped to the figure's
        # width, else constrained layout collapses the axes and the network is drawn as a speck
        width = 56 if lang == "zh" else 110
        ax.set_title(textwrap.fill(words["title"].format(a=labels[0], b=labels[1]), width))
        ax.annotate(textwrap.fill(words["key"].format(a=labels[0]), width + 20), (0, 0), xycoords="axes fraction", fontsize="small",
                    color="#555555")
        ax.margins(0.08)
        ax.set_axis_off()
    families = font_rc()["font.family"]
    for text in ax.figure.findobj(Text):
        text.set_fontfamily(families)
        text.set_parse_math(False)  # names are data: "$" is a character, not mathtext
    return ax.figure
