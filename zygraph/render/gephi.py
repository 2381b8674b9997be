"""Graphs for Gephi: each node carries the report's measures and community, and the page's position, colour and size.

Gephi opens a plain GEXF as a grey random cloud; these files open as the
report's pages draw them (``viz:position``, ``viz:color``, ``viz:size`` in GEXF;
``x``, ``y``, ``size``, ``r``, ``g``, ``b`` in GraphML, which Gephi also reads),
with every per-unit measure as a node attribute to size, colour or filter by,
``type`` (``unit`` or ``task``) on the unit-task graph, and the document
(title, number, issuer, date, source file) in the graph's attributes.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import SubElement

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from zygraph import export
from zygraph._version import __version__
from zygraph.render import html

#: Most nodes a Gephi file is laid out for (Gephi lays out a larger graph itself).
MAX_LAID_OUT = 5_000

__all__ = ["analysis_graph", "write_gephi"]

_META_KEYS = ("title", "number", "issuer", "date", "path")


def analysis_graph(doc, view: str) -> nx.Graph:
    """Return a copy of one of the document's graphs, with measures, community, layout and the document on it.

    Parameters
    ----------
    doc : zygraph.document.Document
        Left untouched, its graphs included.
    view : {"units", "coordination", "bipartite"}

    Returns
    -------
    networkx.Graph or networkx.DiGraph
        Node attributes: every column of ``doc.metrics`` (units), ``type``,
        and ``viz`` = ``{"position": {"x", "y", "z"}, "color": {"r", "g", "b"},
        "size"}`` as the page draws the node (``y`` upwards, as Gephi reads
        it). Graph attributes: ``name`` (the title), the document's ``title``,
        ``number``, ``issuer``, ``date``, ``document`` (the source file),
        ``view`` and ``generator``.

    Raises
    ------
    ValueError
        If ``view`` is not one of the three.

    Examples
    --------
    >>> from zygraph import load
    >>> G = analysis_graph(load("data/ziyang_2023_science_literacy_tasks.txt"), "units")
    >>> kexie = G.nodes["市科协"]
    >>> kexie["type"], kexie["tasks_led"], round(kexie["betweenness"], 3), kexie["community"], sorted(kexie["viz"])
    ('unit', 29, 0.183, 1, ['color', 'position', 'size'])
    >>> G.graph["number"]
    '资府发〔2023〕1号'
    """
    graphs = {"units": doc.units_graph, "coordination": doc.coordination, "bipartite": doc.B}
    if view not in graphs:
        raise ValueError(f"view must be one of {', '.join(graphs)}, not {view!r}")
    G = graphs[view].copy()
    measures = doc.metrics.set_index("unit").to_dict("index")
    # a layout of n nodes costs n x 500 floats: a 200,000-task bipartite graph is written without positions
    placed = html.page_layout(G, seed=doc.seed) if G.number_of_nodes() <= MAX_LAID_OUT else None
    for node, attrs in G.nodes(data=True):
        is_task = attrs.get("bipartite") == 1
        unit = attrs.get("label") or node if attrs.get("bipartite") == 0 else node
        if not is_task:
            attrs.update({key: value for key, value in measures.get(unit, {}).items() if _present(value)})
        attrs["type"] = "task" if is_task else "unit"
        if placed is None:
            continue
        where = placed[node]
        colour = where["color"]
        attrs["viz"] = {
            "position": {"x": where["x"], "y": -where["y"], "z": 0.0},
            "color": {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)},
            "size": where["size"],
        }
    meta = {key: str(doc.meta.get(key) or "") for key in _META_KEYS}
    G.graph.clear()
    G.graph.update({
        "name": str(doc.meta.get("heading") or "") or meta["title"] or meta["path"],
        **{key: value for key, value in meta.items() if key != "path"},
        "document": meta["path"],
        "view": view,
        "generator": f"zygraph {__version__}",
    })
    return G


def write_gephi(doc, folder: str | Path) -> list[Path]:
    """Write ``units``, ``coordination`` and ``bipartite`` as GEXF and GraphML into ``folder``; return the paths.

    Raises
    ------
    OutputError
        When the folder does not exist or a file cannot be written.

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> from zygraph import Document, TaskTable
    >>> doc = Document(TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])]))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = write_gephi(doc, folder)
    ...     B = nx.read_gexf(f"{folder}/bipartite.gexf")
    ...     sorted(p.name for p in paths), sorted(B.nodes[n]["type"] for n in B)
    (['bipartite.gexf', 'bipartite.graphml', 'coordination.gexf', 'coordination.graphml', 'units.gexf', 'units.graphml'], ['task', 'unit', 'unit'])
    """
    folder = Path(folder)
    written = []
    for view in ("units", "coordination", "bipartite"):
        G = analysis_graph(doc, view)
        written.append(write_gexf_with_meta(G, folder / f"{view}.gexf"))
        written.append(export.write_graphml(_flat_viz(G), folder / f"{view}.graphml"))
    return written


def write_gexf_with_meta(G: nx.Graph, path: str | Path) -> Path:
    """Write GEXF 1.2 with ``viz`` kept and the graph's attributes as the file's ``<meta>`` description.

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> G = nx.Graph(name="示例", number="资府发〔2023〕1号")
    >>> G.add_node("市科协", viz={"size": 3.0, "position": {"x": 1.0, "y": 2.0, "z": 0.0}})
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = write_gexf_with_meta(G, f"{folder}/g.gexf")
    ...     text = target.read_text(encoding="utf-8")
    ...     H = nx.read_gexf(target)
    >>> "<description>number: 资府发〔2023〕1号</description>" in text, H.graph["name"], H.nodes["市科协"]["viz"]["size"]
    (True, '示例', 3.0)
    """
    plain = export.plain_graph(G, keep=("viz",))
    plain.graph = {"name": export.xml_text(str(G.graph.get("name", "")))}
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(plain)
    meta = writer.xml.find("meta")
    lines = [f"{key}: {value}" for key, value in G.graph.items() if key != "name" and value not in ("", None)]
    if lines:
        SubElement(meta, "description").text = export.xml_text("\n".join(lines))
    target = Path(path)
    with export.atomic_path(target) as temporary, open(temporary, "wb") as handle:
        writer.write(handle)
    return target


def _flat_viz(G: nx.Graph) -> nx.Graph:
    """The graph with ``viz`` spelt as the ``x``, ``y``, ``size``, ``r``, ``g``, ``b`` attributes GraphML readers know."""
    H = G.copy()
    for _, attrs in H.nodes(data=True):
        viz = attrs.pop("viz", None)
        if viz:
            attrs.update({"x": viz["position"]["x"], "y": viz["position"]["y"], "size": viz["size"], **viz["color"]})
    return H


def _present(value) -> bool:
    return not export.missing(value)
