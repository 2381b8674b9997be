"""Each network page's nodes, edges, tooltips and legend: units, coordination and the unit-task graph.

The pages themselves are built by :mod:`zygraph.render.vis` (one self-contained,
offline, script-safe file) and laid out by :mod:`zygraph.render.layout` (seeded,
so the same graph and seed give the same file byte for byte); pass ``pos=`` to
reuse a layout.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import networkx as nx

from zygraph.errors import NodeSetError
from zygraph.render import layout
from zygraph.render.controls import annotate_bipartite, annotate_units
from zygraph.render.editions import GRAPH_TEXT
from zygraph.render.node_cards import (
    bipartite_nodes, is_number, node_label, number_text, strip_prefix, task_line, unit_nodes,
)
from zygraph.render.style import EDGE_COLOR, KIND_COLOURS, KIND_LABELS, LEAD_EDGE_COLOR, UNIT_BOX_COLOR, edge_colour
from zygraph.render.vis import network_page, write_html
from zygraph.names.units import KINDS

__all__ = ["network_html", "coordination_html", "bipartite_html", "page_layout", "write_html"]


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
    aliases: Mapping[str, Sequence[str]] | None = None,
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
    aliases : mapping, optional
        ``unit -> other names`` the search also finds it by (such as the names
        as the table writes them). A node's ``community`` attribute lets the
        page colour by community.

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
    nodes, kinds_seen = unit_nodes(G, text, lang, kind_attr, size_attr, weight_attr, roles)
    index = {node: i for i, node in enumerate(G)}
    edges = []
    widths = _scaled_widths(G, weight_attr)
    for (u, v, attrs), width in zip(G.edges(data=True), widths):
        shared = attrs.get("shared", attrs.get(weight_attr, 1))
        edges.append(_edge(index[u], index[v], width, {
            "title": f"{node_label(G, u, lang)} — {node_label(G, v, lang)}",
            "facts": [text["shared"].format(n=number_text(shared))],
            "sections": [{"heading": text["shared_tasks"], "items": _task_list(attrs.get("tasks"), task_texts)}],
        }))
    legend = _kind_legend(kinds_seen, text) + [{"shape": "line", "color": None, "label": text["edge_width"]}]
    controls = annotate_units(G, nodes, edges, B=B, aliases=aliases, lang=lang)
    return _render(
        G, nodes, edges,
        title=title or text["units_title"], how=text["units_how"], legend=legend,
        lang=lang, directed=False, weight_attr=weight_attr, pos=pos, seed=seed, back=back,
        controls={**controls, "kinds": _kind_choices(kinds_seen, text)},
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
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """Return an interactive page of the directed coordination network (lead -> support).

    Parameters
    ----------
    D : networkx.DiGraph
        Units as nodes, attributes as in :func:`network_html`; an edge
        ``a -> b`` means ``a`` leads tasks that ``b`` supports, with
        ``weight``, ``shared`` and ``tasks``. Left untouched.
    title, lang, kind_attr, size_attr, weight_attr, roles, B, pos, seed, back, aliases
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
    nodes, kinds_seen = unit_nodes(D, text, lang, kind_attr, size_attr, weight_attr, roles)
    index = {node: i for i, node in enumerate(D)}
    edges = []
    for (u, v, attrs), width in zip(D.edges(data=True), _scaled_widths(D, weight_attr)):
        shared = attrs.get("shared", attrs.get(weight_attr, 1))
        a, b = node_label(D, u, lang), node_label(D, v, lang)
        edges.append(_edge(index[u], index[v], width, {
            "title": f"{a} → {b}",
            "facts": [text["directed"].format(a=a, b=b, n=number_text(shared))],
            "sections": [{"heading": text["shared_tasks"], "items": _task_list(attrs.get("tasks"), task_texts)}],
        }))
    legend = _kind_legend(kinds_seen, text) + [
        {"shape": "arrow", "color": None, "label": text["arrow"]},
        {"shape": "line", "color": None, "label": text["edge_width"]},
    ]
    controls = annotate_units(D, nodes, edges, B=B, aliases=aliases, lang=lang)
    return _render(
        D, nodes, edges,
        title=title or text["coordination_title"], how=text["coordination_how"], legend=legend,
        lang=lang, directed=True, weight_attr=weight_attr, pos=pos, seed=seed, back=back,
        controls={**controls, "kinds": _kind_choices(kinds_seen, text)},
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
    nodes, areas = bipartite_nodes(B, text, lang, area_attr)
    index = {node: i for i, node in enumerate(B)}
    edges = []
    for u, v, attrs in B.edges(data=True):
        lead = attrs.get("role") == "lead"
        edge = _edge(index[u], index[v], 2 if lead else 1, {
            "title": f"{node_label(B, u, lang)} — {node_label(B, v, lang)}",
            "facts": [text["lead_edge"] if lead else text["support_edge"]],
            "sections": [],
        })
        edge["dashes"] = not lead
        edge["color"] = edge_colour(LEAD_EDGE_COLOR if lead else EDGE_COLOR)
        edges.append(edge)
    legend = [{"shape": "box", "color": UNIT_BOX_COLOR, "label": text["unit"]}]
    legend += [{"shape": "dot", "color": color, "label": area} for area, color in areas.items()]
    legend += [
        {"shape": "line", "color": None, "label": text["lead_edge"]},
        {"shape": "dashed", "color": None, "label": text["support_edge"]},
    ]
    controls = annotate_bipartite(B, nodes, edges)
    kinds = {attrs.get("kind") if attrs.get("kind") in KIND_COLOURS else "unknown"
             for _, attrs in B.nodes(data=True) if attrs.get("bipartite") == 0}
    return _render(
        B, nodes, edges,
        title=title or text["bipartite_title"], how=text["bipartite_how"], legend=legend,
        lang=lang, directed=False, weight_attr=None, pos=pos, seed=seed, placeholder=text["placeholder_tasks"],
        back=back, controls={**controls, "kinds": _kind_choices(kinds, text)},
        columns=layout.columns(B, area_attr=area_attr) if pos is None else None,
    )



def page_layout(G: nx.Graph, *, seed: int = 0, size_attr: str = "load", weight_attr: str = "weight",
                area_attr: str = "area") -> dict:
    """Return where and how a graph page draws each node: ``node -> {"x", "y", "size", "color"}``.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        A projection (as for :func:`network_html` and :func:`coordination_html`)
        or the unit-task graph (nodes with ``bipartite``, as for
        :func:`bipartite_html`). Left untouched.
    seed, size_attr, weight_attr, area_attr
        As for the page.

    Returns
    -------
    dict
        Pixels on the page's canvas (``y`` grows downwards), the node's
        radius in pixels, and its fill colour as ``#rrggbb``; for writing the
        same picture to Gephi.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("市科协", kind="people_org", load=3)
    >>> G.add_node("团市委", kind="people_org", load=1)
    >>> G.add_edge("市科协", "团市委", weight=1)
    >>> placed = page_layout(G)
    >>> placed["市科协"]["size"], placed["市科协"]["color"]
    (36.0, '#009e73')
    >>> import json
    >>> page = network_html(G)
    >>> drawn = json.loads(page.split('id="zygraph-data">')[1].split("</script>")[0])["nodes"]
    >>> [(n["x"], n["y"]) for n in drawn] == [(p["x"], p["y"]) for p in placed.values()]
    True
    """
    text = _text("zh")
    bipartite = any(side in (0, 1) for _, side in G.nodes(data="bipartite"))
    if bipartite:
        nodes, _ = bipartite_nodes(G, text, "zh", area_attr)
        weight_attr = None
    else:
        nodes, _ = unit_nodes(G, text, "zh", "kind", size_attr, weight_attr, {})
    _place(G, nodes, None, weight_attr, seed)
    if bipartite:  # the page opens on the two columns
        for node, (x, y) in zip(nodes, (layout.columns(G, area_attr=area_attr)[n] for n in G)):
            node["x"], node["y"] = x, y
    return {
        node: {"x": item["x"], "y": item["y"], "size": item["size"], "color": item["color"]["background"]}
        for node, item in zip(G, nodes)
    }


def _text(lang: str) -> dict:
    if lang not in GRAPH_TEXT:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    return {**GRAPH_TEXT[lang], "kinds": KIND_LABELS[lang]}


def _task_texts(B: nx.Graph | None) -> dict:
    if B is None:
        return {}
    return {
        strip_prefix(node): task_line(B, node)
        for node, attrs in B.nodes(data=True)
        if attrs.get("bipartite") == 1
    }


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
        unit = str(attrs.get("label") or strip_prefix(node))
        lists = roles.setdefault(unit, {"lead": [], "support": []})
        for task in sorted(B[node], key=str):
            role = "lead" if B.edges[node, task].get("role") == "lead" else "support"
            lists[role].append(task_line(B, task))
    return roles


def _scaled_widths(G: nx.Graph, weight_attr: str) -> list[float]:
    weights = [attrs.get(weight_attr, 1) for _, _, attrs in G.edges(data=True)]
    weights = [w if is_number(w) else 1 for w in weights]
    top = max(weights, default=0) or 1
    return [round(1 + 7 * max(w, 0) / top, 2) for w in weights]


def _edge(source: int, target: int, width: float, info: dict) -> dict:
    return {"from": source, "to": target, "width": width, "dashes": False,
            "color": edge_colour(EDGE_COLOR), "info": info}


def _kind_legend(kinds_seen: set, text: dict) -> list[dict]:
    return [
        {"shape": "dot", "color": KIND_COLOURS[kind], "label": text["kinds"][kind]}
        for kind in KINDS if kind in kinds_seen
    ]



def _place(G, nodes, pos, weight_attr, seed) -> None:
    """Set each node's ``x`` and ``y`` in pixels: ``pos`` scaled, or the seeded layout with overlaps pushed apart."""
    xy = layout.positions(G, pos, weight_attr, seed)
    if pos is None:
        xy = layout.separate(xy, [node["size"] if node["shape"] == "dot" else 20 for node in nodes])
    for node, (x, y) in zip(nodes, xy):
        node["x"], node["y"] = round(x, 1), round(y, 1)


def _render(G, nodes, edges, *, title, how, legend, lang, directed, weight_attr, pos, seed, placeholder=None,
            back=None, controls=None, columns=None) -> str:
    text = _text(lang)
    _place(G, nodes, pos, weight_attr, seed)
    views = None
    if columns is not None:
        # The unit-task page opens on the two columns; the force layout stays one click away.
        views = {"columns": [list(columns[node]) for node in G], "force": [[n["x"], n["y"]] for n in nodes]}
        for node, (x, y) in zip(nodes, views["columns"]):
            node["x"], node["y"] = x, y
    return network_page(
        nodes, edges, title=title, how=how, legend=legend, lang=lang, directed=directed,
        ui=text, placeholder=placeholder or text["placeholder"], back=back, controls=controls, views=views,
    )


def _kind_choices(kinds_seen, text: dict) -> list[dict]:
    return [{"key": kind, "label": text["kinds"][kind]} for kind in KINDS if kind in kinds_seen]
