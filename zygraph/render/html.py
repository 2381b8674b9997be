"""Interactive network pages: one self-contained HTML file per graph, safe with any text.

Each page is a single file that opens from disk with no network, now and later:
vis-network 9.1.2 (Apache-2.0 OR MIT, shipped in ``zygraph/render/assets`` with
its licences) and the page script are inlined, fonts are the reader's own, and a
Content-Security-Policy with one hash per inline script forbids every fetch and
every other script. Names and task texts are data: they travel as JSON inside a
``<script type="application/json">`` with ``< > &`` and U+2028/U+2029 escaped,
reach the canvas as labels and the tooltips as DOM text (``textContent``).

Layout: positions are computed in Python and the browser's physics stays off,
so the graph is still from the first frame and the same graph and seed give the
same file byte for byte. The layout is a seeded spring layout (networkx's
Fruchterman-Reingold, vectorised), refined by Kamada-Kawai up to 100 nodes, with
overlapping dots pushed apart up to 400. A graph of 1,000 nodes takes about a
second here and opens at once; pass ``pos=`` to reuse a layout.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import logging
import math
import numbers
import os
import tempfile
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
import numpy as np

from zygraph._version import __version__
from zygraph.errors import NodeSetError, OutputError
from zygraph.render.style import KIND_COLOURS, KIND_LABELS
from zygraph.units import KINDS

__all__ = ["network_html", "coordination_html", "bipartite_html", "write_html"]

logger = logging.getLogger(__name__)

#: The vis-network release in assets/ (see assets/README.md for its source and checksum).
VIS_VERSION = "9.1.2"

#: Fonts with Chinese glyphs first, then the platform's own.
FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif'

#: Colours for task areas, in order of first appearance (matplotlib's tab20, cycled).
AREA_COLORS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
    "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
)
#: Largest graph laid out by Kamada-Kawai (quadratic in memory); larger ones keep the spring layout.
KAMADA_KAWAI_MAX = 100
#: Largest graph laid out by the dense spring layout here (memory grows as n**2); larger ones use networkx's.
DENSE_SPRING_MAX = 2000
#: Largest graph whose overlapping nodes are pushed apart (the step is quadratic).
SEPARATE_MAX = 400

UNIT_BOX_COLOR = "#e4e7eb"
EDGE_COLOR = "#9aa5b1"
LEAD_EDGE_COLOR = "#52606d"
FONT_COLOR = "#1f2933"

TEXT = {
    "zh": {
        "units_title": "单位协同网络",
        "units_how": "圆点大小 = 任务负荷，颜色 = 单位类型，连线粗细 = 共同承担的任务数。悬停查看详情；点击或搜索单位，突出显示与其相连的单位。",
        "coordination_title": "牵头—配合协调网络",
        "coordination_how": "箭头由牵头单位指向配合单位，连线越粗，该单位牵头、对方配合的任务越多。圆点大小 = 任务负荷，颜色 = 单位类型。点击或搜索单位，突出显示与其相连的单位。",
        "bipartite_title": "单位—任务网络",
        "bipartite_how": "方框 = 单位，圆点 = 任务（颜色 = 工作领域）；实线 = 牵头，虚线 = 配合。点击或搜索单位或任务编号，突出显示与其相连的节点。",
        "search": "查找",
        "back": "← 返回简报",
        "placeholder": "输入单位名称",
        "placeholder_tasks": "单位名称或任务编号",
        "reset": "显示全部",
        "legend": "图例",
        "noscript": "此页面需要启用 JavaScript 才能显示网络图。",
        "not_found": "未找到：{q}",
        "more": "……另有 {n} 项，点击节点查看全部",
        "lead": "牵头任务",
        "support": "配合任务",
        "lead_units": "牵头单位",
        "support_units": "配合单位",
        "shared_tasks": "共同任务",
        "load": "任务负荷：{v}",
        "counts": "牵头 {lead} 项，配合 {support} 项",
        "shared": "共同承担 {n} 项任务",
        "directed": "{a} 牵头、{b} 配合：{n} 项任务",
        "area": "领域：{a}",
        "unit": "单位",
        "task": "任务",
        "edge_width": "连线粗细 = 共同任务数",
        "arrow": "牵头单位 → 配合单位",
        "lead_edge": "牵头",
        "support_edge": "配合",
    },
    "en": {
        "units_title": "Unit co-responsibility network",
        "units_how": "Dot size = task load, colour = kind of unit, line width = tasks shared. Hover for details; click or search a unit to highlight the units it works with.",
        "coordination_title": "Coordination network (lead → support)",
        "coordination_how": "Arrows run from the lead unit to a supporting unit; the wider the line, the more tasks one leads and the other supports. Dot size = task load, colour = kind of unit. Click or search a unit to highlight its neighbours.",
        "bipartite_title": "Units and tasks",
        "bipartite_how": "Boxes = units, dots = tasks (colour = area); solid line = lead, dashed = support. Click or search a unit or task number to highlight what it is linked to.",
        "search": "Find",
        "back": "← Back to the briefing",
        "placeholder": "Unit name",
        "placeholder_tasks": "Unit name or task id",
        "reset": "Show all",
        "legend": "Legend",
        "noscript": "This page needs JavaScript to draw the network.",
        "not_found": "Not found: {q}",
        "more": "… {n} more; click the node to see all",
        "lead": "Leads",
        "support": "Supports",
        "lead_units": "Lead units",
        "support_units": "Supporting units",
        "shared_tasks": "Shared tasks",
        "load": "Task load: {v}",
        "counts": "leads {lead}, supports {support} tasks",
        "shared": "{n} tasks shared",
        "directed": "{a} leads, {b} supports: {n} tasks",
        "area": "Area: {a}",
        "unit": "Unit",
        "task": "Task",
        "edge_width": "Line width = tasks shared",
        "arrow": "lead unit → supporting unit",
        "lead_edge": "lead",
        "support_edge": "support",
    },
}

_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def network_html(
    G: nx.Graph,
    *,
    title: str | None = None,
    lang: str = "zh",
    kind_attr: str = "kind",
    size_attr: str = "load",
    weight_attr: str = "weight",
    roles: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    B: nx.Graph | None = None,
    pos: Mapping | None = None,
    seed: int = 0,
    back: str | None = None,
) -> str:
    """Return an interactive page of a unit co-responsibility network.

    Parameters
    ----------
    G : networkx.Graph
        Units as nodes (their names) with attributes ``name_en``, ``kind``,
        ``tasks_led``, ``tasks_supported`` (counts or lists of task ids) and
        ``load``; edges with ``weight``, ``shared`` and ``tasks`` (task ids).
        Missing attributes are tolerated (see Notes). Left untouched.
    title : str, optional
        The page title; a default in ``lang`` otherwise.
    lang : {"zh", "en"}
        Language of labels and page text: Chinese names or ``name_en``.
    kind_attr, size_attr, weight_attr : str
        Node attribute for the colour, node attribute for the size, edge
        attribute for the line width.
    roles : mapping, optional
        ``unit -> {"lead": [task texts], "support": [task texts]}``, listed in
        the tooltips and the details panel.
    B : networkx.Graph, optional
        The unit-task bipartite graph (``unit:<name>``/``task:<id>`` nodes,
        edge attribute ``role``); used for ``roles`` when those are not given,
        and to show task texts on edges.
    pos : mapping, optional
        ``node -> (x, y)`` to use instead of the seeded spring layout.
    seed : int
        Seed of the layout; the same graph and seed give the same page.
    back : str, optional
        A link shown above the title, such as ``"../index.html"`` for a page
        inside a report folder.

    Returns
    -------
    str
        The page, one self-contained HTML document.

    Raises
    ------
    ValueError
        If ``lang`` is not ``"zh"`` or ``"en"``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("市科协", name_en="Association for Science and Technology", kind="people_org", load=3)
    >>> G.add_node("市教育体育局", name_en="Bureau of Education and Sports", kind="government", load=2)
    >>> G.add_node("团市委", name_en="Communist Youth League", kind="people_org", load=1)
    >>> G.add_edge("市科协", "市教育体育局", weight=2, shared=2, tasks=["T001", "T002"])
    >>> G.add_edge("市科协", "团市委", weight=1, shared=1, tasks=["T002"])
    >>> page = network_html(G, title="示例")
    >>> page.startswith("<!DOCTYPE html>"), "<title>示例</title>" in page
    (True, True)
    >>> page == network_html(G, title="示例")
    True

    Notes
    -----
    Node size: the radius grows with the square root of ``size_attr``
    (``r = 6 + 30 * sqrt(v / max v)``), so a dot's area is proportional to the
    load; without ``size_attr`` the number of tasks led and supported is
    used, and without those the weighted degree. Line width:
    ``1 + 7 * w / max w``. Kinds other than zygraph's seven are coloured as
    ``unknown`` and shown as written. Tooltips list at most five tasks per role;
    clicking a node lists all. Nothing here checks that ``G`` and ``B`` come
    from the same table.
    """
    text = _text(lang)
    roles = _roles_from_bipartite(B) if roles is None and B is not None else (roles or {})
    task_texts = _task_texts(B)
    nodes, kinds_seen = _unit_nodes(G, text, lang, kind_attr, size_attr, weight_attr, roles)
    index = {node: i for i, node in enumerate(G)}
    edges = []
    widths = _scaled_widths(G, weight_attr)
    for (u, v, attrs), width in zip(G.edges(data=True), widths):
        shared = attrs.get("shared", attrs.get(weight_attr, 1))
        edges.append(_edge(index[u], index[v], width, {
            "title": f"{_label(G, u, lang)} — {_label(G, v, lang)}",
            "facts": [text["shared"].format(n=_number(shared))],
            "sections": [{"heading": text["shared_tasks"], "items": _task_list(attrs.get("tasks"), task_texts)}],
        }))
    legend = _kind_legend(kinds_seen, text) + [{"shape": "line", "color": None, "label": text["edge_width"]}]
    return _render(
        G, nodes, edges,
        title=title or text["units_title"], how=text["units_how"], legend=legend,
        lang=lang, directed=False, weight_attr=weight_attr, pos=pos, seed=seed, back=back,
    )


def coordination_html(
    D: nx.DiGraph,
    *,
    title: str | None = None,
    lang: str = "zh",
    kind_attr: str = "kind",
    size_attr: str = "load",
    weight_attr: str = "weight",
    roles: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    B: nx.Graph | None = None,
    pos: Mapping | None = None,
    seed: int = 0,
    back: str | None = None,
) -> str:
    """Return an interactive page of the directed coordination network (lead -> support).

    Parameters
    ----------
    D : networkx.DiGraph
        Units as nodes, attributes as in :func:`network_html`; an edge
        ``a -> b`` means ``a`` leads tasks that ``b`` supports, with
        ``weight``, ``shared`` and ``tasks``. Left untouched.
    title, lang, kind_attr, size_attr, weight_attr, roles, B, pos, seed
        As in :func:`network_html`.

    Returns
    -------
    str
        The page, one self-contained HTML document.

    Examples
    --------
    >>> import networkx as nx
    >>> D = nx.DiGraph()
    >>> D.add_node("市科协", name_en="Association for Science and Technology", kind="people_org", load=3)
    >>> D.add_node("市教育体育局", name_en="Bureau of Education and Sports", kind="government", load=2)
    >>> D.add_edge("市科协", "市教育体育局", weight=2, shared=2, tasks=["T001", "T002"])
    >>> page = coordination_html(D, lang="en")
    >>> '"directed": true' in page, "Coordination network" in page
    (True, True)

    Notes
    -----
    The layout treats ``D`` as undirected, with the weights of ``a -> b`` and
    ``b -> a`` added. Edges are drawn slightly curved so that the two
    directions between a pair stay apart. Sizes and widths as in
    :func:`network_html`.
    """
    text = _text(lang)
    roles = _roles_from_bipartite(B) if roles is None and B is not None else (roles or {})
    task_texts = _task_texts(B)
    nodes, kinds_seen = _unit_nodes(D, text, lang, kind_attr, size_attr, weight_attr, roles)
    index = {node: i for i, node in enumerate(D)}
    edges = []
    for (u, v, attrs), width in zip(D.edges(data=True), _scaled_widths(D, weight_attr)):
        shared = attrs.get("shared", attrs.get(weight_attr, 1))
        a, b = _label(D, u, lang), _label(D, v, lang)
        edges.append(_edge(index[u], index[v], width, {
            "title": f"{a} → {b}",
            "facts": [text["directed"].format(a=a, b=b, n=_number(shared))],
            "sections": [{"heading": text["shared_tasks"], "items": _task_list(attrs.get("tasks"), task_texts)}],
        }))
    legend = _kind_legend(kinds_seen, text) + [
        {"shape": "arrow", "color": None, "label": text["arrow"]},
        {"shape": "line", "color": None, "label": text["edge_width"]},
    ]
    return _render(
        D, nodes, edges,
        title=title or text["coordination_title"], how=text["coordination_how"], legend=legend,
        lang=lang, directed=True, weight_attr=weight_attr, pos=pos, seed=seed, back=back,
    )


def bipartite_html(
    B: nx.Graph,
    *,
    title: str | None = None,
    lang: str = "zh",
    area_attr: str = "area",
    pos: Mapping | None = None,
    seed: int = 0,
    back: str | None = None,
) -> str:
    """Return an interactive page of the unit-task graph, tasks coloured by area.

    Parameters
    ----------
    B : networkx.Graph
        Unit nodes ``"unit:<name>"`` with ``bipartite=0``, ``label``,
        ``name_en``, ``kind``; task nodes ``"task:<task_id>"`` with
        ``bipartite=1``, ``label``, ``area``, ``task``; edges with ``role``
        (``"lead"`` or ``"support"``). Left untouched.
    title, lang, pos, seed
        As in :func:`network_html`.
    area_attr : str
        Task attribute that gives the colour.

    Returns
    -------
    str
        The page, one self-contained HTML document.

    Raises
    ------
    NodeSetError
        If a node's ``bipartite`` attribute is not 0 or 1.

    Examples
    --------
    >>> import networkx as nx
    >>> B = nx.Graph()
    >>> B.add_node("unit:市科协", bipartite=0, label="市科协", name_en="Association for Science", kind="people_org")
    >>> B.add_node("task:T001", bipartite=1, label="T001", area="科普", task="办科技周")
    >>> B.add_edge("unit:市科协", "task:T001", role="lead")
    >>> page = bipartite_html(B)
    >>> "办科技周" in page, page.count('"bipartite": 1')
    (True, 1)

    Notes
    -----
    Units are boxes labelled with their name, tasks are dots labelled with
    their id; the full task text is in the tooltip. Areas are coloured in the
    order they first appear among the task nodes (20 colours, then repeated).
    """
    text = _text(lang)
    unmarked = [node for node, side in B.nodes(data="bipartite") if side not in (0, 1)]
    if unmarked:
        raise NodeSetError(
            f"{len(unmarked)} node(s) of the bipartite graph, for example {unmarked[0]!r}, have no "
            "bipartite attribute of 0 (unit) or 1 (task); build the graph with zygraph's bipartite function"
        )
    areas: dict = {}
    for node, attrs in B.nodes(data=True):
        if attrs.get("bipartite") == 1:
            areas.setdefault(str(attrs.get(area_attr, "")), AREA_COLORS[len(areas) % len(AREA_COLORS)])
    index = {node: i for i, node in enumerate(B)}
    nodes = []
    for node, attrs in B.nodes(data=True):
        is_task = attrs.get("bipartite") == 1
        name = str(attrs.get("label") or _strip_prefix(node))
        links = {"lead": [], "support": []}
        for other in B[node]:
            role = "lead" if B.edges[node, other].get("role") == "lead" else "support"
            links[role].append(other)
        if is_task:
            area = str(attrs.get(area_attr, ""))
            color = _node_color(areas[area])
            info = {
                "title": f"{name} {attrs.get('task', '')}".strip(),
                "subtitle": text["area"].format(a=area),
                "facts": [],
                "sections": [
                    {"heading": text["lead_units"], "items": [_label(B, o, lang) for o in links["lead"]]},
                    {"heading": text["support_units"], "items": [_label(B, o, lang) for o in links["support"]]},
                ],
            }
            nodes.append({"id": index[node], "label": name, "names": [name], "terms": [str(attrs.get("task", ""))],
                          "searchable": True,
                          "bipartite": 1, "shape": "dot", "size": 7, "color": color, "font": FONT_COLOR, "info": info})
        else:
            label = _wrap(_label(B, node, lang))
            info = {
                "title": name,
                "subtitle": _subtitle(attrs, text),
                "facts": [text["counts"].format(lead=len(links["lead"]), support=len(links["support"]))],
                "sections": [
                    {"heading": text["lead"], "items": [_task_line(B, o) for o in links["lead"]]},
                    {"heading": text["support"], "items": [_task_line(B, o) for o in links["support"]]},
                ],
            }
            nodes.append({"id": index[node], "label": label, "names": _names(name, attrs.get("name_en")),
                          "searchable": True, "bipartite": 0, "shape": "box", "size": 12,
                          "color": _node_color(UNIT_BOX_COLOR), "font": FONT_COLOR, "info": info})
    edges = []
    for u, v, attrs in B.edges(data=True):
        lead = attrs.get("role") == "lead"
        edge = _edge(index[u], index[v], 2 if lead else 1, {
            "title": f"{_label(B, u, lang)} — {_label(B, v, lang)}",
            "facts": [text["lead_edge"] if lead else text["support_edge"]],
            "sections": [],
        })
        edge["dashes"] = not lead
        edge["color"] = _edge_color(LEAD_EDGE_COLOR if lead else EDGE_COLOR)
        edges.append(edge)
    legend = [{"shape": "box", "color": UNIT_BOX_COLOR, "label": text["unit"]}]
    legend += [{"shape": "dot", "color": color, "label": area} for area, color in areas.items()]
    legend += [
        {"shape": "line", "color": None, "label": text["lead_edge"]},
        {"shape": "dashed", "color": None, "label": text["support_edge"]},
    ]
    return _render(
        B, nodes, edges,
        title=title or text["bipartite_title"], how=text["bipartite_how"], legend=legend,
        lang=lang, directed=False, weight_attr=None, pos=pos, seed=seed, placeholder=text["placeholder_tasks"],
        back=back,
    )


def write_html(html: str, path: str | Path) -> Path:
    """Write a page to ``path`` atomically and return the path.

    The page goes to a temporary file in the same folder, which then replaces
    ``path`` in one step: a reader sees the old file or the new one, never
    half of one, and nothing else in the folder changes.

    Parameters
    ----------
    html : str
        The page, as returned by :func:`network_html` and the others.
    path : str or Path
        Where to write it; the folder must exist.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OutputError
        If the folder does not exist, ``path`` is a folder, or the file cannot
        be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_html("<!DOCTYPE html><title>t</title>", pathlib.Path(folder) / "g.html")
    ...     out.read_text(encoding="utf-8"), sorted(p.name for p in out.parent.iterdir())
    ('<!DOCTYPE html><title>t</title>', ['g.html'])
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist; create it first or choose another output path", path=path)
    if path.is_dir():
        raise OutputError("this is a folder; give a file name such as network.html", path=path)
    tmp_name = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=folder,
                                         prefix=f".{path.name}.", suffix=".tmp", delete=False) as handle:
            tmp_name = handle.name
            handle.write(html)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as error:
        raise OutputError(f"cannot write the page: {error.strerror or error}", path=path) from error
    finally:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
    logger.info("wrote %s (%d bytes)", path, len(html.encode("utf-8")))
    return path


# -- helpers: node and edge data ------------------------------------------------------------


def _text(lang: str) -> dict:
    if lang not in TEXT:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    return {**TEXT[lang], "kinds": KIND_LABELS[lang]}


def _strip_prefix(node) -> str:
    node = str(node)
    for prefix in ("unit:", "task:"):
        if node.startswith(prefix):
            return node[len(prefix):]
    return node


def _label(G: nx.Graph, node, lang: str) -> str:
    attrs = G.nodes[node]
    name = str(attrs.get("label") or _strip_prefix(node))
    if lang == "en" and (attrs.get("label_en") or attrs.get("name_en")):
        return str(attrs.get("label_en") or attrs["name_en"])  # the short label; the full name shows on hover
    return name


def _wrap(label: str, width: int = 24) -> str:
    """Break a long label of several words onto the fewest lines of at most about ``width`` characters.

    Lines are made as even as they can be. Chinese names (no spaces) are left
    whole; only the canvas label wraps, tooltips and search keep the name as given.

    >>> _wrap("Ziyang Committee for the Care of the Next Generation")
    'Ziyang Committee\\nfor the Care of\\nthe Next Generation'
    """
    words = label.split()
    if len(label) <= width or len(words) < 2 or len(words) > 16:
        return label
    count = min(len(words), math.ceil(len(label) / width))
    best = min(
        itertools.combinations(range(1, len(words)), count - 1),
        key=lambda cuts: max(
            len(" ".join(words[a:b])) for a, b in zip((0, *cuts), (*cuts, len(words)))
        ),
    )
    return "\n".join(" ".join(words[a:b]) for a, b in zip((0, *best), (*best, len(words))))


def _names(*names) -> list[str]:
    return [str(name) for name in dict.fromkeys(names) if name]


def _number(value) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        value = len(value)
    return f"{value:g}" if _is_number(value) else str(value)


def _is_number(value) -> bool:
    """A finite real number, numpy's included (``np.int64`` is not an ``int``); not a bool, not NaN."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)


def _count(value) -> int | None:
    if isinstance(value, (list, tuple, set, frozenset)):
        return len(value)
    if _is_number(value):
        return int(value)
    return None


def _subtitle(attrs: Mapping, text: dict) -> str:
    kind = attrs.get("kind")
    kind_text = text["kinds"].get(kind, str(kind)) if kind is not None else ""
    return " · ".join(part for part in (str(attrs.get("name_en") or ""), kind_text) if part)


def _task_texts(B: nx.Graph | None) -> dict:
    if B is None:
        return {}
    return {
        _strip_prefix(node): _task_line(B, node)
        for node, attrs in B.nodes(data=True)
        if attrs.get("bipartite") == 1
    }


def _task_line(B: nx.Graph, node) -> str:
    attrs = B.nodes[node]
    return f"{attrs.get('label') or _strip_prefix(node)} {attrs.get('task', '')}".strip()


def _task_list(tasks, task_texts: Mapping) -> list[str]:
    if not isinstance(tasks, (list, tuple, set, frozenset)):
        return []
    ids = sorted(tasks) if isinstance(tasks, (set, frozenset)) else list(tasks)
    return [task_texts.get(str(task_id), str(task_id)) for task_id in ids]


def _roles_from_bipartite(B: nx.Graph) -> dict:
    roles: dict = {}
    for node, attrs in B.nodes(data=True):
        if attrs.get("bipartite") != 0:
            continue
        unit = str(attrs.get("label") or _strip_prefix(node))
        lists = roles.setdefault(unit, {"lead": [], "support": []})
        for task in sorted(B[node], key=str):
            role = "lead" if B.edges[node, task].get("role") == "lead" else "support"
            lists[role].append(_task_line(B, task))
    return roles


def _unit_nodes(G, text, lang, kind_attr, size_attr, weight_attr, roles):
    values = {node: _load(G, node, size_attr, weight_attr) for node in G}
    top = max(values.values(), default=0) or 1
    nodes, kinds_seen = [], set()
    for i, (node, attrs) in enumerate(G.nodes(data=True)):
        kind = attrs.get(kind_attr)
        kind_key = kind if kind in KIND_COLOURS else "unknown"
        kinds_seen.add(kind_key)
        name = str(attrs.get("label") or node)
        unit_roles = roles.get(name, roles.get(node, {})) if roles else {}
        lead, support = list(unit_roles.get("lead", [])), list(unit_roles.get("support", []))
        lead_count = _count(attrs.get("tasks_led"))
        support_count = _count(attrs.get("tasks_supported"))
        if lead_count is None and unit_roles:
            lead_count, support_count = len(lead), len(support)
        facts = [text["load"].format(v=_number(values[node]))]
        if lead_count is not None:
            facts.append(text["counts"].format(lead=lead_count, support=support_count or 0))
        if not lead and isinstance(attrs.get("tasks_led"), (list, tuple)):
            lead = [str(t) for t in attrs["tasks_led"]]
        if not support and isinstance(attrs.get("tasks_supported"), (list, tuple)):
            support = [str(t) for t in attrs["tasks_supported"]]
        attrs_for_subtitle = dict(attrs, kind=kind)
        nodes.append({
            "id": i,
            "label": _wrap(_label(G, node, lang)),
            "names": _names(name, attrs.get("name_en")),
            "searchable": True,
            "shape": "dot",
            "size": round(6 + 30 * math.sqrt(max(values[node], 0) / top), 1),
            "color": _node_color(KIND_COLOURS[kind_key]),
            "font": FONT_COLOR,
            "info": {
                "title": name,
                "subtitle": _subtitle(attrs_for_subtitle, text),
                "facts": facts,
                "sections": [
                    {"heading": text["lead"], "items": lead},
                    {"heading": text["support"], "items": support},
                ],
            },
        })
    return nodes, kinds_seen


def _load(G: nx.Graph, node, size_attr: str, weight_attr: str) -> float:
    """``size_attr``, else the tasks led and supported, else the weighted degree."""
    attrs = G.nodes[node]
    if _is_number(attrs.get(size_attr)):
        return attrs[size_attr]
    led, supported = _count(attrs.get("tasks_led")), _count(attrs.get("tasks_supported"))
    if led is not None or supported is not None:
        return (led or 0) + (supported or 0)
    return G.degree(node, weight=weight_attr)


def _scaled_widths(G: nx.Graph, weight_attr: str) -> list[float]:
    weights = [attrs.get(weight_attr, 1) for _, _, attrs in G.edges(data=True)]
    weights = [w if _is_number(w) else 1 for w in weights]
    top = max(weights, default=0) or 1
    return [round(1 + 7 * max(w, 0) / top, 2) for w in weights]


def _edge(source: int, target: int, width: float, info: dict) -> dict:
    return {"from": source, "to": target, "width": width, "dashes": False,
            "color": _edge_color(EDGE_COLOR), "info": info}


def _edge_color(color: str) -> dict:
    return {"color": color, "highlight": "#1f2933", "hover": "#1f2933", "opacity": 0.75}


def _node_color(color: str) -> dict:
    border = _darker(color)
    return {
        "background": color,
        "border": border,
        "highlight": {"background": color, "border": "#1f2933"},
        "hover": {"background": color, "border": "#1f2933"},
    }


def _darker(color: str, factor: float = 0.7) -> str:
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (red, green, blue)))


def _kind_legend(kinds_seen: set, text: dict) -> list[dict]:
    return [
        {"shape": "dot", "color": KIND_COLOURS[kind], "label": text["kinds"][kind]}
        for kind in KINDS if kind in kinds_seen
    ]


# -- helpers: layout and page ---------------------------------------------------------------


def _layout(G: nx.Graph, weight_attr: str | None, seed: int) -> dict:
    """Seeded layout of the undirected graph (weights of both directions added).

    A weighted spring layout from ``seed`` (:func:`_spring`), refined by
    Kamada-Kawai (which spreads small graphs more evenly) when the graph has at
    most ``KAMADA_KAWAI_MAX`` nodes.
    """
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, attrs in G.edges(data=True):
        if u == v:
            continue
        w = attrs.get(weight_attr, 1) if weight_attr else 1
        w = w if _is_number(w) and w > 0 else 1
        H.add_edge(u, v, weight=H.edges[u, v]["weight"] + w if H.has_edge(u, v) else w)
    if len(H) == 0:
        return {}
    if len(H) > DENSE_SPRING_MAX:
        return nx.spring_layout(H, seed=seed, weight="weight")
    dtype = np.float64 if len(H) < 500 else np.float32
    start = dict(zip(H, _spring(nx.to_numpy_array(H, weight="weight", dtype=dtype), seed)))
    if len(H) > KAMADA_KAWAI_MAX or H.number_of_edges() == 0:
        return start
    # Kamada-Kawai reads weights as distances, so it runs unweighted: shared tasks pull in the seeded start only.
    return nx.kamada_kawai_layout(H, pos=start, weight=None)


def _spring(A: np.ndarray, seed: int, iterations: int = 50, threshold: float = 1e-4) -> np.ndarray:
    """Fruchterman-Reingold on a dense weighted adjacency matrix, positions in [-1, 1].

    networkx's dense ``spring_layout`` step for step (attraction ``A * d / k``,
    repulsion ``k**2 / d**2``, ``k = 1 / sqrt(n)``, linear cooling, the same
    random start for the same seed), computed in ``A``'s dtype. networkx switches
    to a slow sparse loop from 500 nodes; :func:`_layout` passes a float32 matrix
    from there, so 1,000 nodes take about a second.
    """
    n = A.shape[0]
    if n == 1:
        return np.zeros((1, 2))
    pos = np.random.RandomState(seed).rand(n, 2).astype(A.dtype)
    k = A.dtype.type(math.sqrt(1.0 / n))
    step = max(np.ptp(pos[:, 0]), np.ptp(pos[:, 1])) * A.dtype.type(0.1)
    cooling = step / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.clip(np.hypot(delta[..., 0], delta[..., 1]), 0.01, None)
        displacement = np.einsum("ijk,ij->ik", delta, k * k / distance**2 - A * distance / k)
        length = np.clip(np.linalg.norm(displacement, axis=-1), 0.01, None)
        moves = displacement * (step / length)[:, None]
        pos += moves
        step -= cooling
        if np.linalg.norm(moves) / n < threshold:
            break
    pos = pos.astype(np.float64)
    pos -= pos.mean(axis=0)
    extent = np.abs(pos).max()
    return pos / extent if extent > 0 else pos


def _positions(G: nx.Graph, pos: Mapping | None, weight_attr: str | None, seed: int) -> list[tuple[float, float]]:
    pos = dict(pos) if pos is not None else _layout(G, weight_attr, seed)
    missing = [node for node in G if node not in pos]
    if missing:
        raise ValueError(f"pos has no position for {len(missing)} node(s), for example {missing[0]!r}")
    # Spread grows with the square root of the node count, so dense graphs keep room for labels.
    scale = 220 + 45 * math.sqrt(len(G))
    return [(round(float(pos[node][0]) * scale, 1), round(float(pos[node][1]) * scale, 1)) for node in G]


def _separate(xy: list, radii: list, gap: float = 12, rounds: int = 60) -> list:
    """Push apart nodes whose discs (plus ``gap`` pixels for the label) overlap.

    Units with the same tasks get the same place in any layout; this moves each
    overlapping pair apart along the line between them (a fixed direction when
    they coincide), half each, for a few rounds. Deterministic; skipped above
    ``SEPARATE_MAX`` nodes.
    """
    n = len(xy)
    if n < 2 or n > SEPARATE_MAX:
        return xy
    points = np.array(xy, dtype=float)
    need = np.add.outer(np.asarray(radii, dtype=float), np.asarray(radii, dtype=float)) + gap
    np.fill_diagonal(need, 0)
    angles = np.add.outer(np.arange(n), np.arange(n)) * 2.399963  # golden angle: distinct fixed directions
    for _ in range(rounds):
        delta = points[:, None, :] - points[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        overlap = need - dist
        np.fill_diagonal(overlap, 0)
        if (overlap <= 0.5).all():
            break
        together = dist < 1e-9
        unit = np.where(together[..., None], 0.0, delta / np.where(together, 1, dist)[..., None])
        signs = np.sign(np.subtract.outer(np.arange(n), np.arange(n)))[..., None]
        fixed = np.stack([np.cos(angles), np.sin(angles)], axis=-1) * signs
        unit = np.where(together[..., None], fixed, unit)
        push = np.clip(overlap, 0, None)[..., None] * unit / 2
        points += push.sum(axis=1) / np.maximum(1, (overlap > 0).sum(axis=1))[:, None]
    return [tuple(point) for point in points.tolist()]


def _to_json(value) -> str:
    """JSON safe inside a <script> element: no markup characters, no JS line separators."""
    dumped = json.dumps(value, ensure_ascii=False, separators=(",", ": "), allow_nan=False)
    return dumped.translate(_JSON_ESCAPES)


def _asset(name: str) -> str:
    return resources.files("zygraph.render").joinpath("assets", name).read_text(encoding="utf-8")


def _vis_js() -> str:
    source = _asset("vis-network.min.js")
    # The source map is not shipped; drop the comment that would point a browser's tools at it.
    # split on "\n" only: the library holds other line-separator characters inside strings.
    return "\n".join(line for line in source.split("\n") if not line.startswith("//# sourceMappingURL="))


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _render(G, nodes, edges, *, title, how, legend, lang, directed, weight_attr, pos, seed, placeholder=None,
            back=None) -> str:
    text = _text(lang)
    xy = _positions(G, pos, weight_attr, seed)
    if pos is None:
        xy = _separate(xy, [node["size"] if node["shape"] == "dot" else 20 for node in nodes])
    for node, (x, y) in zip(nodes, xy):
        node["x"], node["y"] = round(x, 1), round(y, 1)
    many = len(nodes) > 300
    options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": many, "multiselect": False},
        "nodes": {"borderWidth": 1, "font": {"face": FONT_STACK, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.12} if directed else {"enabled": False},
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.6}},
            "selectionWidth": 1.5,
        },
    }
    data = {"directed": directed, "lang": lang, "ui": {key: text[key] for key in ("more", "not_found")},
            "options": options, "nodes": nodes, "edges": edges}
    vis_js, app_js = _vis_js(), _asset("network.js")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("zygraph.render", "templates"),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template("network.html").render(
        html_lang="zh-Hans" if lang == "zh" else "en",
        csp=csp,
        version=__version__,
        title=title,
        how_to_read=how,
        font_css=FONT_STACK,
        ui=text,
        placeholder=placeholder or text["placeholder"],
        back=back,
        legend=legend,
        vis_version=VIS_VERSION,
        data_json=_to_json(data),
        vis_js=vis_js,
        app_js=app_js,
    )
