"""Each graph page's nodes: a unit's or task's label, size, colour and hover card."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping

import networkx as nx

from zygraph.render import layout
from zygraph.render.style import AREA_COLORS, FONT_COLOR, KIND_COLOURS, UNIT_BOX_COLOR, node_colour


def strip_prefix(node) -> str:
    """The node's name without the unit-task graph's ``unit:`` or ``task:`` prefix.

    >>> strip_prefix("unit:市科协"), strip_prefix("task:T001"), strip_prefix("团市委")
    ('市科协', 'T001', '团市委')
    """
    node = str(node)
    for prefix in ("unit:", "task:"):
        if node.startswith(prefix):
            return node[len(prefix):]
    return node


def node_label(G: nx.Graph, node, lang: str) -> str:
    """The label a page draws on a node: its ``label`` or name, in English its ``label_en`` or ``name_en``.

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("unit:市科协", name_en="Association for Science")
    >>> node_label(G, "unit:市科协", "zh"), node_label(G, "unit:市科协", "en")
    ('市科协', 'Association for Science')
    """
    attrs = G.nodes[node]
    name = str(attrs.get("label") or strip_prefix(node))
    if lang == "en" and (attrs.get("label_en") or attrs.get("name_en")):
        return str(attrs.get("label_en") or attrs["name_en"])  # the short label; the full name shows on hover
    return name


def _names(*names) -> list[str]:
    return [str(name) for name in dict.fromkeys(names) if name]


def number_text(value) -> str:
    """A number as a page writes it (a collection as its size; anything else as written).

    >>> number_text(2.0), number_text(["T001", "T002"]), number_text("several")
    ('2', '2', 'several')
    """
    if isinstance(value, (list, tuple, set, frozenset)):
        value = len(value)
    return f"{value:g}" if is_number(value) else str(value)


def is_number(value) -> bool:
    """A finite real number, numpy's included (``np.int64`` is not an ``int``); not a bool, not NaN.

    >>> is_number(3), is_number(2.5), is_number(True), is_number(float("nan")), is_number("3")
    (True, True, False, False, False)
    """
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)


def _count(value) -> int | None:
    if isinstance(value, (list, tuple, set, frozenset)):
        return len(value)
    if is_number(value):
        return int(value)
    return None


def _subtitle(attrs: Mapping, text: dict) -> str:
    kind = attrs.get("kind")
    kind_text = text["kinds"].get(kind, str(kind)) if kind is not None else ""
    return " · ".join(part for part in (str(attrs.get("name_en") or ""), kind_text) if part)


def task_line(B: nx.Graph, node) -> str:
    """A task node of the unit-task graph as one line: its id and its text.

    >>> import networkx as nx
    >>> B = nx.Graph()
    >>> B.add_node("task:T001", bipartite=1, label="T001", task="办科技周")
    >>> task_line(B, "task:T001")
    'T001 办科技周'
    """
    attrs = B.nodes[node]
    return f"{attrs.get('label') or strip_prefix(node)} {attrs.get('task', '')}".strip()


def unit_nodes(G, text, lang, kind_attr, size_attr, weight_attr, roles):
    """A unit network's nodes, coloured by kind and sized by load, and the kinds seen.

    ``text`` is the page's wording (:data:`zygraph.render.editions.GRAPH_TEXT` with ``kinds``); ``roles``
    maps a unit to its ``lead`` and ``support`` task lines, listed on its card.

    >>> import networkx as nx
    >>> from zygraph.render.editions import GRAPH_TEXT
    >>> from zygraph.render.style import KIND_LABELS
    >>> G = nx.Graph()
    >>> G.add_node("市科协", kind="people_org", load=3)
    >>> G.add_node("团市委", kind="people_org", load=1)
    >>> text = {**GRAPH_TEXT["zh"], "kinds": KIND_LABELS["zh"]}
    >>> nodes, kinds = unit_nodes(G, text, "zh", "kind", "load", "weight", {"市科协": {"lead": ["T001 办科技周"]}})
    >>> [(n["info"]["title"], n["size"]) for n in nodes], kinds
    ([('市科协', 36.0), ('团市委', 23.3)], {'people_org'})
    >>> nodes[0]["info"]["sections"][0]["items"]
    ['T001 办科技周']
    """
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
        facts = [text["load"].format(v=number_text(values[node]))]
        if lead_count is not None:
            facts.append(text["counts"].format(lead=lead_count, support=support_count or 0))
        if not lead and isinstance(attrs.get("tasks_led"), (list, tuple)):
            lead = [str(t) for t in attrs["tasks_led"]]
        if not support and isinstance(attrs.get("tasks_supported"), (list, tuple)):
            support = [str(t) for t in attrs["tasks_supported"]]
        attrs_for_subtitle = dict(attrs, kind=kind)
        nodes.append({
            "id": i,
            "label": layout.wrap(node_label(G, node, lang)),
            "names": _names(name, attrs.get("name_en")),
            "searchable": True,
            "shape": "dot",
            "size": round(6 + 30 * math.sqrt(max(values[node], 0) / top), 1),
            "color": node_colour(KIND_COLOURS[kind_key]),
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


def bipartite_nodes(B: nx.Graph, text: dict, lang: str, area_attr: str) -> tuple[list, dict]:
    """The unit-task page's nodes, and the colour of each area in order of first appearance.

    >>> import networkx as nx
    >>> from zygraph.render.editions import GRAPH_TEXT
    >>> from zygraph.render.style import KIND_LABELS
    >>> B = nx.Graph()
    >>> B.add_node("unit:市科协", bipartite=0, label="市科协", kind="people_org")
    >>> B.add_node("task:T001", bipartite=1, label="T001", area="科普", task="办科技周")
    >>> B.add_edge("unit:市科协", "task:T001", role="lead")
    >>> nodes, areas = bipartite_nodes(B, {**GRAPH_TEXT["zh"], "kinds": KIND_LABELS["zh"]}, "zh", "area")
    >>> [(n["label"], n["shape"]) for n in nodes], list(areas)
    ([('市科协', 'box'), ('T001', 'dot')], ['科普'])
    >>> nodes[0]["info"]["sections"][0]["items"]
    ['T001 办科技周']
    """
    areas: dict = {}
    for node, attrs in B.nodes(data=True):
        if attrs.get("bipartite") == 1:
            areas.setdefault(str(attrs.get(area_attr, "")), AREA_COLORS[len(areas) % len(AREA_COLORS)])
    index = {node: i for i, node in enumerate(B)}
    nodes = []
    for node, attrs in B.nodes(data=True):
        is_task = attrs.get("bipartite") == 1
        name = str(attrs.get("label") or strip_prefix(node))
        links = {"lead": [], "support": []}
        for other in B[node]:
            role = "lead" if B.edges[node, other].get("role") == "lead" else "support"
            links[role].append(other)
        if is_task:
            area = str(attrs.get(area_attr, ""))
            color = node_colour(areas[area])
            info = {
                "title": f"{name} {attrs.get('task', '')}".strip(),
                "subtitle": text["area"].format(a=area),
                "facts": [],
                "sections": [
                    {"heading": text["lead_units"], "items": [node_label(B, o, lang) for o in links["lead"]]},
                    {"heading": text["support_units"], "items": [node_label(B, o, lang) for o in links["support"]]},
                ],
            }
            nodes.append({"id": index[node], "label": name, "names": [name], "terms": [str(attrs.get("task", ""))],
                          "searchable": True,
                          "bipartite": 1, "shape": "dot", "size": 7, "color": color, "font": FONT_COLOR, "info": info})
        else:
            label = layout.wrap(node_label(B, node, lang))
            info = {
                "title": name,
                "subtitle": _subtitle(attrs, text),
                "facts": [text["counts"].format(lead=len(links["lead"]), support=len(links["support"]))],
                "sections": [
                    {"heading": text["lead"], "items": [task_line(B, o) for o in links["lead"]]},
                    {"heading": text["support"], "items": [task_line(B, o) for o in links["support"]]},
                ],
            }
            nodes.append({"id": index[node], "label": label, "names": _names(name, attrs.get("name_en")),
                          "searchable": True, "bipartite": 0, "shape": "box", "size": 12,
                          "color": node_colour(UNIT_BOX_COLOR), "font": FONT_COLOR, "info": info})
    return nodes, areas


def _load(G: nx.Graph, node, size_attr: str, weight_attr: str) -> float:
    """``size_attr``, else the tasks led and supported, else the weighted degree."""
    attrs = G.nodes[node]
    if is_number(attrs.get(size_attr)):
        return attrs[size_attr]
    led, supported = _count(attrs.get("tasks_led")), _count(attrs.get("tasks_supported"))
    if led is not None or supported is not None:
        return (led or 0) + (supported or 0)
    return G.degree(node, weight=weight_attr)
