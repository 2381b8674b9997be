"""What a graph page can search, filter and colour by: each item's areas, kind, community, names and shared tasks.

The page builders in :mod:`zygraph.render.html` make the vis-network items;
these functions add what the page's controls read (``kind``, ``community``,
``areas``, ``shared``, more search names) and return the choices the controls
offer. Everything here is data for the page script, which reads it as JSON.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import networkx as nx

__all__ = ["COMMUNITY_COLOURS", "community_names", "annotate_units", "annotate_bipartite"]

#: Colours of communities, in order of their number (matplotlib's tab10, cycled).
COMMUNITY_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                     "#bcbd22", "#17becf")


def community_names(members: Mapping[int, Sequence[str]], unit_areas: Mapping[str, Counter], *,
                    top: int = 2, lang: str = "zh") -> dict[int, str]:
    """Name each community by the work areas its units are most often named in.

    Parameters
    ----------
    members : mapping
        ``community -> units``.
    unit_areas : mapping
        ``unit -> Counter(area -> tasks)``.
    top : int
        Areas in a name.
    lang : {"zh", "en"}
        The separator and the word for "group".

    Returns
    -------
    dict
        ``community -> "Community <number>: <area> · <area>"``, numbered as in
        the metrics tables; ties between areas go to the area named first in
        ``unit_areas``.

    Examples
    --------
    >>> from collections import Counter
    >>> community_names({0: ["市科协", "团市委"], 1: ["市财政局"]},
    ...                 {"市科协": Counter({"青少年": 3, "科普": 1}), "团市委": Counter({"青少年": 2}),
    ...                  "市财政局": Counter({"保障": 1})})
    {0: '社群 0：青少年 · 科普', 1: '社群 1：保障'}
    """
    out = {}
    for community, units in members.items():
        counts: Counter = Counter()
        for unit in units:
            counts.update(unit_areas.get(unit, Counter()))
        areas = " · ".join(area for area, _ in counts.most_common(top))
        head = f"社群 {int(community)}" if lang == "zh" else f"Community {int(community)}"  # the id in the tables
        sep = "：" if lang == "zh" else ": "
        out[community] = f"{head}{sep}{areas}" if areas else head
    return out


def annotate_units(G: nx.Graph, nodes: list, edges: list, *, B: nx.Graph | None = None,
                   aliases: Mapping[str, Sequence[str]] | None = None, lang: str = "zh") -> dict:
    """Add what the controls read to a projection page's items, and return the controls' choices.

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        The projection, in the order of ``nodes`` and ``edges``; a node's
        ``community`` attribute (a number) is used when present. Left untouched.
    nodes, edges : list of dict
        The page's items; each gains ``kind``, ``community`` and ``areas``
        (nodes: the areas of its tasks), or ``shared`` and ``areas`` (edges).
        Nodes with ``aliases`` gain them as search names.
    B : networkx.Graph, optional
        The unit-task graph, for the areas of tasks.
    aliases : mapping, optional
        ``unit -> other names`` to search by (such as names as written).
    lang : {"zh", "en"}

    Returns
    -------
    dict
        ``areas`` (in order of first appearance), ``communities`` (``[{"id",
        "name", "color"}]``), ``max_shared``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("市科协", kind="people_org", community=0)
    >>> G.add_node("市科技局", kind="government", community=0)
    >>> G.add_edge("市科协", "市科技局", weight=2, shared=2, tasks=["T001", "T002"])
    >>> nodes, edges = [{"names": ["市科协"]}, {"names": ["市科技局"]}], [{}]
    >>> controls = annotate_units(G, nodes, edges, aliases={"市科技局": ["市科协局"]})
    >>> nodes[1]["names"], nodes[0]["kind"], edges[0]["shared"], controls["communities"][0]["color"]
    (['市科技局', '市科协局'], 'people_org', 2, '#1f77b4')
    """
    task_area = _task_areas(B)
    unit_areas = _unit_areas(B)
    area_order = list(dict.fromkeys(task_area.values()))
    members: dict = {}
    for item, (node, attrs) in zip(nodes, G.nodes(data=True)):
        name = str(attrs.get("label") or node)
        item["kind"] = str(attrs.get("kind") or "unknown")
        community = attrs.get("community")
        item["community"] = int(community) if isinstance(community, (int, float)) and community == community else None
        if item["community"] is not None:
            members.setdefault(item["community"], []).append(name)
        item["areas"] = [area_order.index(area) for area in unit_areas.get(name, {})]
        extra = [str(alias) for alias in (aliases or {}).get(name, []) if alias and alias not in item["names"]]
        item["names"] = item["names"] + list(dict.fromkeys(extra))
    top = 0
    for item, (_, _, attrs) in zip(edges, G.edges(data=True)):
        shared = attrs.get("shared", attrs.get("weight", 1))
        shared = len(shared) if isinstance(shared, (list, tuple, set, frozenset)) else shared
        item["shared"] = shared if isinstance(shared, (int, float)) else 1
        top = max(top, item["shared"])
        tasks = attrs.get("tasks") if isinstance(attrs.get("tasks"), (list, tuple, set, frozenset)) else []
        item["areas"] = sorted({area_order.index(task_area[str(t)]) for t in tasks if str(t) in task_area})
    names = community_names(dict(sorted(members.items())), unit_areas, lang=lang)
    communities = [{"id": c, "name": names[c], "color": COMMUNITY_COLOURS[c % len(COMMUNITY_COLOURS)]}
                   for c in sorted(members)]
    return {"areas": area_order, "communities": communities, "max_shared": top}


def annotate_bipartite(B: nx.Graph, nodes: list, edges: list) -> dict:
    """Add ``kind`` and ``areas`` to the unit-task page's nodes, and return the areas to filter by.

    Examples
    --------
    >>> import networkx as nx
    >>> B = nx.Graph()
    >>> B.add_node("unit:市科协", bipartite=0, kind="people_org")
    >>> B.add_node("task:T001", bipartite=1, area="科普")
    >>> B.add_edge("unit:市科协", "task:T001", role="lead")
    >>> nodes = [{}, {}]
    >>> annotate_bipartite(B, nodes, [{}]), nodes
    ({'areas': ['科普'], 'communities': [], 'max_shared': 1}, [{'kind': 'people_org', 'areas': [0]}, {'kind': 'task', 'areas': [0]}])
    """
    task_area = _task_areas(B)
    area_order = list(dict.fromkeys(task_area.values()))
    for item, (node, attrs) in zip(nodes, B.nodes(data=True)):
        if attrs.get("bipartite") == 1:
            item["kind"] = "task"
            item["areas"] = [area_order.index(str(attrs.get("area", "")))]
        else:
            item["kind"] = str(attrs.get("kind") or "unknown")
            item["areas"] = sorted({area_order.index(task_area[_id(t)]) for t in B[node] if _id(t) in task_area})
    return {"areas": area_order, "communities": [], "max_shared": 1}


def _id(node) -> str:
    node = str(node)
    return node[5:] if node.startswith("task:") else node


def _task_areas(B: nx.Graph | None) -> dict:
    if B is None:
        return {}
    return {_id(node): str(attrs.get("area", "")) for node, attrs in B.nodes(data=True) if attrs.get("bipartite") == 1}


def _unit_areas(B: nx.Graph | None) -> dict:
    """``unit name -> Counter(area -> tasks)``, areas in order of first appearance."""
    if B is None:
        return {}
    out = {}
    for node, attrs in B.nodes(data=True):
        if attrs.get("bipartite") != 0:
            continue
        name = str(attrs.get("label") or str(node).removeprefix("unit:"))
        out[name] = Counter(str(B.nodes[task].get("area", "")) for task in B[node])
    return out
