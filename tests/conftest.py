"""Shared fixtures: the toy and bundled tables of the graph and metrics tests, and the headless-Chromium helper."""

import importlib.util
import os
from pathlib import Path

import pytest

from zygraph.table import TaskTable, read_table

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "ziyang_2023_science_literacy_tasks.txt"


@pytest.fixture
def toy():
    """Units A-D of tests/test_graph.py and tests/test_metrics.py, and a local government.

    T001: 市科技局 (A) leads, 市科协 (B) and 市教育体育局 (C) support.  T002: B leads, A and
    市财政局 (D) support.  T003: C and B co-lead, 高新区管委会 supports (out of projections by
    default).  Projection (count): A-B 2, A-C 1, B-C 2, A-D 1, B-D 1.
    """
    return TaskTable.from_lists([
        ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"]),
        ("科普", "办科普日", ["市科协"], ["市科技局", "市财政局"]),
        ("教育", "进校园", ["市教育体育局", "市科协"], ["高新区管委会"]),
    ])


@pytest.fixture(scope="module")
def bundled():
    """The bundled Ziyang 2023 table."""
    return read_table(BUNDLED)


@pytest.fixture(scope="session")
def browser():
    """The helper module tests/browser.py; skips when no Chromium is installed."""
    spec = importlib.util.spec_from_file_location("zygraph_test_browser", Path(__file__).with_name("browser.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if module.chromium() is None:
        if os.environ.get("ZYGRAPH_REQUIRE_BROWSER"):
            pytest.fail("Chromium is not installed, and `make test` requires the browser tests: run `make browser`")
        pytest.skip("Chromium is not installed: run `make browser` (CI installs it)")
    return module
