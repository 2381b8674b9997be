"""Tests of zygraph.document: one projection per analysis, handed to every measure; before/after removing a unit."""

import networkx as nx
import pandas as pd
import pytest

from zygraph import Document, TaskTable, graph, metrics
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


def test_a_document_projects_its_units_once_for_every_measure(bundled, monkeypatch):
    calls = []
    project = graph.project_units

    def counted(*args, **kwargs):
        calls.append(kwargs.get("kinds"))
        return project(*args, **kwargs)

    monkeypatch.setattr(graph, "project_units", counted)
    monkeypatch.setattr(metrics, "project_units", counted)
    doc = Document(bundled)
    _ = doc.metrics, doc.network, doc.impact, doc.units_graph
    assert len(calls) == 1


def test_measures_given_the_projection_equal_those_that_build_it(bundled):
    G = graph.project_units(bundled, weight="count")
    pd.testing.assert_frame_equal(metrics.unit_metrics(bundled, G=G), metrics.unit_metrics(bundled))
    assert metrics.network_metrics(bundled, G=G) == metrics.network_metrics(bundled)
    pd.testing.assert_frame_equal(metrics.impact_ranking(bundled, G=G), metrics.impact_ranking(bundled))
