"""Exports: CSV that Excel opens, GEXF and GraphML that round-trip through networkx, atomic writes."""

import copy
import json
import math
import os

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from zygraph.errors import OutputError
from zygraph.export import atomic_path, plain_graph, write_csv, write_gexf, write_graphml, write_json


def _projection():
    """A unit projection as zygraph.graph.project_units shapes it, with numpy and missing values."""
    G = nx.Graph()
    G.add_node("市科协", name_en="Ziyang Association for Science and Technology", kind="people_org",
               tasks_led=np.int64(2), tasks_supported=1, load=5.0, betweenness=0.5)
    G.add_node("市科技局", name_en="Ziyang Bureau of Science and Technology", kind="government",
               tasks_led=1, tasks_supported=np.int64(2), load=np.float64(4.0), betweenness=float("nan"))
    G.add_node("市委宣传部", name_en=None, kind="party", tasks_led=0, tasks_supported=1, load=1.0)
    G.add_edge("市科协", "市科技局", weight=2, shared=2, tasks=["T001", "T002"])
    G.add_edge("市科协", "市委宣传部", weight=1, shared=1, tasks=["T003"])
    return G


def _bipartite():
    B = nx.Graph()
    B.add_node("unit:市科协", bipartite=0, label="市科协", name_en="Association", kind="people_org")
    B.add_node("task:T001", bipartite=1, label="T001", area="科普", task="办科技周")
    B.add_edge("unit:市科协", "task:T001", role="lead")
    return B


# -- CSV -------------------------------------------------------------------
def test_csv_starts_with_the_byte_order_mark_and_reads_back_equal(tmp_path):
    frame = pd.DataFrame({"unit": ["市科协", "市科技局"], "tasks_led": [29, 11], "load": [104.0, 54.5]})
    path = write_csv(frame, tmp_path / "units.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8").splitlines()[0] == "unit,tasks_led,load"
    pd.testing.assert_frame_equal(pd.read_csv(path, encoding="utf-8-sig"), frame)
    assert [p.name for p in tmp_path.iterdir()] == ["units.csv"]


def test_csv_writes_numbers_as_typed_joins_lists_and_defuses_formulas(tmp_path):
    frame = pd.DataFrame({
        "unit": ["市科协", "+市科技局", "团市委"],
        "degree": pd.array([26, None, 3], dtype="Int64"),  # a count with a gap outside the network
        "betweenness": [0.18, 0.0, 0.5],
        "tasks": [["T001", "T002"], [], {"T009", "T003"}],
        "task": ["=HYPERLINK(\"http://x\")", "-1 起", "@SUM(A1)"],
    })
    path = write_csv(frame, tmp_path / "m.csv")
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        "unit,degree,betweenness,tasks,task",
        "市科协,26,0.18,T001;T002,\"'=HYPERLINK(\"\"http://x\"\")\"",
        "'+市科技局,,0.0,,'-1 起",
        "团市委,3,0.5,T003;T009,'@SUM(A1)",
    ]
    assert frame.loc[0, "task"].startswith("=") and frame.loc[0, "tasks"] == ["T001", "T002"]  # the caller's frame is untouched


def test_csv_keeps_a_named_index_and_drops_a_plain_one(tmp_path):
    metrics = pd.DataFrame({"tasks_led": [29, 11]}, index=pd.Index(["市科协", "市科技局"], name="unit"))
    write_csv(metrics, tmp_path / "named.csv")
    assert (tmp_path / "named.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "unit,tasks_led", "市科协,29", "市科技局,11",
    ]
    write_csv(metrics.reset_index(), tmp_path / "plain.csv")
    assert (tmp_path / "plain.csv").read_text(encoding="utf-8-sig").splitlines()[0] == "unit,tasks_led"


# -- GEXF and GraphML --------------------------------------------------------
@pytest.mark.parametrize("write, read", [(write_gexf, nx.read_gexf), (write_graphml, nx.read_graphml)])
def test_projection_round_trips_with_its_attributes(tmp_path, write, read):
    G = _projection()
    H = read(write(G, tmp_path / "units.out"))
    assert set(H.nodes) == {"市科协", "市科技局", "市委宣传部"}
    edge = H.edges["市科协", "市科技局"]
    assert edge["tasks"] == "T001;T002"
    assert edge["weight"] == 2
    assert edge["shared"] == 2
    node = H.nodes["市科协"]
    assert node["kind"] == "people_org"
    assert node["name_en"] == "Ziyang Association for Science and Technology"
    assert node["tasks_led"] == 2 and isinstance(node["tasks_led"], int)
    assert node["load"] == 5.0 and node["betweenness"] == 0.5
    assert "betweenness" not in H.nodes["市科技局"]  # NaN dropped, not written as "nan"
    assert "name_en" not in H.nodes["市委宣传部"]  # None dropped


@pytest.mark.parametrize("write, read", [(write_gexf, nx.read_gexf), (write_graphml, nx.read_graphml)])
def test_directed_and_bipartite_graphs_round_trip(tmp_path, write, read):
    D = nx.DiGraph()
    D.add_edge("市科协", "市科技局", weight=1.5, tasks=("T001",))
    H = read(write(D, tmp_path / "coordination.out"))
    assert H.is_directed() and list(H.edges) == [("市科协", "市科技局")]
    assert H.edges["市科协", "市科技局"]["tasks"] == "T001"
    assert H.edges["市科协", "市科技局"]["weight"] == 1.5

    H = read(write(_bipartite(), tmp_path / "bipartite.out"))
    assert H.nodes["unit:市科协"]["bipartite"] == 0 and H.nodes["task:T001"]["bipartite"] == 1
    assert H.nodes["task:T001"]["task"] == "办科技周"
    assert H.edges["unit:市科协", "task:T001"]["role"] == "lead"


def test_writing_leaves_the_callers_graph_untouched(tmp_path):
    G = _projection()
    before = copy.deepcopy(G)
    write_gexf(G, tmp_path / "g.gexf")
    write_graphml(G, tmp_path / "g.graphml")
    write_json(G, tmp_path / "g.json")
    assert G.edges["市科协", "市科技局"]["tasks"] == ["T001", "T002"]
    assert isinstance(G.nodes["市科协"]["tasks_led"], np.int64)
    assert math.isnan(G.nodes["市科技局"]["betweenness"])
    assert dict(G.nodes(data="name_en")) == dict(before.nodes(data="name_en"))
    assert list(G.edges(data="tasks")) == list(before.edges(data="tasks"))


def test_an_attribute_with_ints_and_floats_becomes_float_everywhere():
    G = nx.Graph()
    G.add_node("a", load=3)
    G.add_node("b", load=2.5)
    G.add_node("c", load=True, note=1)
    G.add_node("d", note="见附件")
    H = plain_graph(G)
    assert [H.nodes[n]["load"] for n in "abc"] == [3.0, 2.5, 1.0]
    assert all(type(H.nodes[n]["load"]) is float for n in "abc")
    assert H.nodes["c"]["note"] == "1" and H.nodes["d"]["note"] == "见附件"  # a number and text: text


def test_mixed_types_round_trip_through_gexf(tmp_path):
    G = nx.Graph()
    G.add_node("a", load=3)
    G.add_node("b", load=2.5)
    H = nx.read_gexf(write_gexf(G, tmp_path / "mixed.gexf"))
    assert H.nodes["a"]["load"] == 3.0 and H.nodes["b"]["load"] == 2.5


# -- JSON ------------------------------------------------------------------
def test_json_keeps_lists_and_chinese_and_drops_missing_values(tmp_path):
    path = write_json(_projection(), tmp_path / "units.json")
    text = path.read_text(encoding="utf-8")
    assert "市科协" in text  # characters, not \\u escapes
    data = json.loads(text, parse_constant=lambda name: pytest.fail(f"invalid JSON constant {name}"))
    edges = {(e["source"], e["target"]): e for e in data["edges"]}
    assert edges[("市科协", "市科技局")]["tasks"] == ["T001", "T002"]
    nodes = {n["id"]: n for n in data["nodes"]}
    assert "betweenness" not in nodes["市科技局"]
    assert nodes["市科协"]["tasks_led"] == 2


# -- atomic writes ---------------------------------------------------------
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "units.gexf"
    target.write_text("old", encoding="utf-8")

    def broken(G, path):
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("half a fi")
        raise RuntimeError("disk full")

    monkeypatch.setattr(nx, "write_gexf", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_gexf(_projection(), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["units.gexf"]


def test_writing_into_a_missing_folder_or_onto_a_folder_is_refused(tmp_path):
    frame = pd.DataFrame({"unit": ["市科协"]})
    with pytest.raises(OutputError, match="does not exist; create it first"):
        write_csv(frame, tmp_path / "missing" / "units.csv")
    (tmp_path / "out").mkdir()
    with pytest.raises(OutputError, match="this is a folder"):
        write_csv(frame, tmp_path / "out")
    assert not (tmp_path / "missing").exists()


def test_atomic_path_creates_files_readable_as_the_umask_allows(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    with atomic_path(tmp_path / "a.txt") as temporary:
        temporary.write_text("x", encoding="utf-8")
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("write, read", [(write_gexf, nx.read_gexf), (write_graphml, nx.read_graphml)])
def test_control_characters_from_a_cell_still_make_valid_xml(tmp_path, write, read):
    G = nx.Graph()
    G.add_node("市科协\x07", task="办科技周\x0b")
    G.add_edge("市科协\x07", "市科技局", tasks=["T001\x1f"])
    H = read(write(G, tmp_path / "g.xml"))  # read back: the file parses as XML
    assert H.nodes["市科协\ufffd"]["task"] == "办科技周\ufffd"
    assert H.edges["市科协\ufffd", "市科技局"]["tasks"] == "T001\ufffd"
    assert "市科协\x07" in G  # the caller's graph keeps its names


def test_a_float_column_of_whole_values_is_written_as_floats_alone_or_among_others(tmp_path):
    """A document's file must not change with its folder: betweenness all 0 alone is 0.0, as beside 0.5."""
    alone = write_csv(pd.DataFrame({"betweenness": [0.0, 0.0]}), tmp_path / "alone.csv")
    among = write_csv(pd.DataFrame({"betweenness": [0.0, 0.0, 0.5]}), tmp_path / "among.csv")
    assert alone.read_text(encoding="utf-8-sig").splitlines() == ["betweenness", "0.0", "0.0"]
    assert among.read_text(encoding="utf-8-sig").splitlines()[:3] == ["betweenness", "0.0", "0.0"]
