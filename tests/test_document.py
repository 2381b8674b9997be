"""Tests of zygraph.document: one projection per analysis, handed to every measure."""

import pandas as pd

from zygraph import graph, metrics
from zygraph.document import Document


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
