"""Shared fixtures: the headless-Chromium helper for the browser tests."""

import importlib.util
import os
from pathlib import Path

import pytest


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
