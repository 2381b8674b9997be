"""Tests for zygraph.render.gephi: the report's GEXF and GraphML, loaded back with networkx."""

import json
import math
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from zygraph import load
from zygraph.render import html
from zygraph.render.gephi import write_gephi

MEASURES = ["tasks_led", "tasks_supported", "load", "degree", "strength", "betweenness", "closeness", "eigenvector",
            "pagerank", "constraint", "effective_size", "core_number", "community"]


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    doc = load("data/ziyang_2023_science_literacy_tasks.txt")
    folder = tmp_path_factory.mktemp("gephi")
    write_gephi(doc, folder)
    return doc, folder


def _page_nodes(page):
    return json.loads(page.split('id="zygraph-data">')[1].split("</script>")[0])["nodes"]


def test_every_unit_node_carries_every_measure_and_its_community(written):
    doc, folder = written
    for name in ("units.gexf", "units.graphml", "coordination.gexf"):
        G = nx.read_gexf(folder / name) if name.endswith("gexf") else nx.read_graphml(folder / name)
        assert len(G) == 29
        metrics = doc.metrics.set_index("unit")
        for unit, attrs in G.nodes(data=True):
            assert attrs["type"] == "unit"
            for measure in MEASURES:
                assert math.isclose(attrs[measure], metrics.loc[unit, measure], rel_tol=1e-9), (name, unit, measure)
        assert G.nodes["市科协"]["kind"] == "people_org"


def test_positions_colours_and_sizes_are_those_of_the_page(written):
    doc, folder = written
    G = nx.read_gexf(folder / "units.gexf")
    drawn = {node["names"][0]: node for node in _page_nodes(html.network_html(doc.units_graph, seed=doc.seed))}
    for unit, attrs in G.nodes(data=True):
        viz, node = attrs["viz"], drawn[unit]
        assert (viz["position"]["x"], -viz["position"]["y"]) == (node["x"], node["y"])
        assert viz["size"] == node["size"]
        assert "#{:02x}{:02x}{:02x}".format(viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == \
            node["color"]["background"]
    assert G.nodes["市科协"]["viz"]["color"] == {"r": 0, "g": 158, "b": 115, "a": 1.0}  # #009e73, people's organisations
    flat = nx.read_graphml(folder / "units.graphml")
    assert (flat.nodes["市科协"]["x"], flat.nodes["市科协"]["g"]) == (G.nodes["市科协"]["viz"]["position"]["x"], 158)


def test_bipartite_nodes_say_unit_or_task(written):
    doc, folder = written
    B = nx.read_gexf(folder / "bipartite.gexf")
    types = [attrs["type"] for _, attrs in B.nodes(data=True)]
    assert types.count("unit") == 33 and types.count("task") == 95
    assert B.nodes["unit:市科协"]["tasks_led"] == 29 and "betweenness" in B.nodes["unit:市科协"]
    assert "betweenness" not in B.nodes["unit:各县（区）人民政府"]  # outside the department network: no value
    assert B.nodes["task:T001"]["area"] == "总体要求"


def test_the_document_is_in_the_graphs_meta(written):
    doc, folder = written
    G = nx.read_gexf(folder / "units.gexf")
    assert G.graph["name"] == doc.meta["title"]
    description = ET.parse(folder / "units.gexf").getroot().find("{*}meta/{*}description").text
    assert "number: 资府发〔2023〕1号" in description and "issuer: 资阳市人民政府" in description
    H = nx.read_graphml(folder / "coordination.graphml")
    assert (H.graph["number"], H.graph["date"], H.graph["view"]) == ("资府发〔2023〕1号", "2023-01-10", "coordination")
