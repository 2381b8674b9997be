"""Tests for zygraph.document: a Document's before/after of removing a unit."""

import networkx as nx
import pytest

from zygraph import Document, TaskTable
from zygraph.errors import UnknownUnitError

A, B, C, D = "市科技局", "市科协", "市教育体育局", "市财政局"


def test_without_a_unit_equals_the_table_written_without_it():
    rows = [("科普", "t1", [A], [B, C]), ("科普", "t2", [B], [A, D]), ("教育", "t3", [C, B], ["高新区管委会"])]
    by_hand = [("科普", "t1", [A], [C]), ("科普", "t2", [], [A, D]), ("教育", "t3", [C], ["高新区管委会"])]
    after = Document(TaskTable.from_lists(rows)).without("市科协")
    expected = Document(TaskTable.from_lists(by_hand))
    columns = ["unit", "tasks_led", "tasks_supported", "load", "degree", "betweenness"]
    assert after.metrics[columns].equals(expected.metrics[columns])
    assert sorted(after.units_graph.edges(data="weight")) == sorted(expected.units_graph.edges(data="weight"))
    assert after.tasks_without_lead().to_dict() == {"T001": False, "T002": True, "T003": False}


def test_without_keeps_every_task_and_agrees_with_removal_impact(bundled):
    doc = Document(bundled)
    assert doc.without("市文广旅局").units.unit.tolist() == doc.without("市文化广电旅游局").units.unit.tolist()
    for unit in ("市科协", "市委组织部", "市财政局"):
        impact = doc.removal_impact(unit)
        after = doc.without(unit)
        assert len(after.tasks) == 95 and impact["unit"] not in set(after.units.unit)
        newly_leaderless = after.tasks_without_lead() & ~doc.tasks_without_lead()
        assert sorted(newly_leaderless[newly_leaderless].index) == impact["tasks_without_lead"]
        assert after.network["components"] == impact["components_after"]
        G = after.units_graph
        assert max(len(c) for c in nx.connected_components(G)) == impact["largest_component_after"]
        departments = after.tidy[after.tidy.kind.isin(doc.kinds)]
        assert impact["tasks_without_department"]
        assert set(impact["tasks_without_department"]).isdisjoint(departments.task_id)
    assert len(doc.units) == 33  # the original is untouched


def test_without_an_unknown_unit_says_so(bundled):
    with pytest.raises(UnknownUnitError, match="no unit named '市消防'"):
        Document(bundled).without("市消防")
