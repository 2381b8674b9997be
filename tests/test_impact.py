"""Tests of zygraph.impact: what a unit's absence breaks, against removing it from the graph by hand."""


import networkx as nx
import pandas as pd
import pytest

from zygraph import impact
from zygraph.errors import UnknownUnitError
from zygraph.graph import project_units
from zygraph.impact import impact_ranking, removal_impact
from zygraph.table import TaskTable

A, B, C, D, LOCAL = "市科技局", "市科协", "市教育体育局", "市财政局", "高新区管委会"


# -- what if a unit dropped out --------------------------------------------------


def test_removal_impact_of_a_cut_unit():
    t = TaskTable.from_lists([
        ("科普", "办科技周", [A], [B]),
        ("科普", "办科普日", [B], [C]),
        ("科普", "办展览", [B], []),
    ])
    r = removal_impact(t, B)
    # the projection is the path A - B - C: without B, two single units are left
    assert r == {"unit": B, "tasks_without_lead": ["T002", "T003"], "tasks_without_unit": ["T003"],
                 "tasks_without_department": ["T003"],
                 "components_before": 1, "components_after": 2, "component_change": 1,
                 "largest_component_before": 3, "largest_component_after": 1, "largest_component_change": -2}


def test_co_led_task_keeps_a_lead_when_one_lead_goes(toy):
    assert removal_impact(toy, C)["tasks_without_lead"] == []
    assert removal_impact(toy, LOCAL)["component_change"] == 0


def test_bundled_removal_impact(bundled):
    r = removal_impact(bundled, "市消防大队")
    assert r["tasks_without_lead"] == ["T006"]
    assert r["tasks_without_unit"] == []
    assert removal_impact(bundled, "市科协")["components_after"] == 1
    with pytest.raises(UnknownUnitError, match="did you mean"):
        removal_impact(bundled, "市消防")


def test_impact_ranking_component_change_equals_removing_each_unit(bundled):
    G = project_units(bundled)
    ranking = impact_ranking(bundled).set_index("unit")
    before = nx.number_connected_components(G)
    for unit in G:
        H = G.copy()
        H.remove_node(unit)
        assert ranking.loc[unit, "component_change"] == nx.number_connected_components(H) - before, unit
    assert pd.isna(ranking.loc["高新区管委会", "component_change"])
    assert ranking.index[0] == "市科协"
    assert ranking.loc["市科协", "tasks_without_lead"] == 27  # 29 led, T058 and T059 co-led


def test_impact_ranking_agrees_with_removing_each_unit_on_graphs_with_cut_units():
    # Two triangles joined through a bridge unit, a pendant unit and an isolated one: the
    # depth-first pieces must match what removing each node from the graph leaves.
    G = nx.Graph([(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (6, 7)])
    G.add_node(8)
    G.add_edges_from((10 + i, 10 + i + 1) for i in range(5))  # a path: every inner node cuts it
    for graph in (G, nx.les_miserables_graph(), nx.karate_club_graph()):
        pieces = impact._removal_pieces(graph)
        before = nx.number_connected_components(graph)
        for node in graph:
            H = graph.copy()
            H.remove_node(node)
            largest = max((len(c) for c in nx.connected_components(H)), default=0)
            assert pieces[node] == (nx.number_connected_components(H) - before, largest), node


def test_removal_impact_agrees_with_the_single_department_tasks(bundled):
    from zygraph import Document

    doc = Document(bundled)
    ranking = impact_ranking(bundled).set_index("unit")
    single = doc.single_unit_tasks
    # 12 tasks rest on one department; removing that department leaves each without one
    assert single.task_id.nunique() == 12 == ranking["tasks_without_department"].sum()
    assert ranking.loc["市科协", "tasks_without_department"] == 6
    assert removal_impact(bundled, "市财政局")["tasks_without_department"] == sorted(
        single.loc[single.unit == "市财政局", "task_id"])
    # the local governments sit on nearly every task, so no task is left with no unit at all
    assert ranking["tasks_without_unit"].sum() == 0
    assert ranking.index[0] == "市科协"
    for unit in ("市科协", "市委组织部", "高新区管委会"):
        r = removal_impact(bundled, unit)
        assert len(r["tasks_without_department"]) == ranking.loc[unit, "tasks_without_department"]
        if not pd.isna(ranking.loc[unit, "largest_component_change"]):
            assert r["largest_component_change"] == ranking.loc[unit, "largest_component_change"]


def test_impact_ranking_counts_an_isolated_unit_as_one_component_less():
    t = TaskTable.from_lists([("科普", "x", [A], [B]), ("科普", "y", [C], [])])
    ranking = impact_ranking(t).set_index("unit")
    assert ranking.loc[C, "component_change"] == -1
    assert ranking.loc[C, "tasks_without_unit"] == 1
    assert removal_impact(t, C)["component_change"] == -1
