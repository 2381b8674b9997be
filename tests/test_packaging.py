"""zygraph as users install it (`pip install .`): package data inside the distribution, console script."""

import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

import pytest

ZIYANG = Path("data/ziyang_2023_science_literacy_tasks.txt").resolve()


def installed_files():
    """Files of the zygraph distribution in site-packages (not the checkout's own metadata)."""
    site = sysconfig.get_paths()["purelib"]
    dists = [d for d in metadata.distributions(path=[site]) if d.metadata["Name"] == "zygraph"]
    if not dists:
        pytest.skip("zygraph is not installed; `make test` installs it as users do")
    names = {str(f).replace("\\", "/") for f in dists[0].files or []}
    if not any(name.startswith("zygraph/") for name in names):
        pytest.skip("zygraph is installed in editable mode; `make test` installs it as users do")
    return names


@pytest.mark.parametrize(
    "name",
    [
        "zygraph/data/units.csv",
        "zygraph/render/assets/vis-network.min.js",
        "zygraph/render/assets/network.js",
        "zygraph/render/assets/vis-network-LICENSE-MIT.txt",
        "zygraph/render/templates/network.html",
        "zygraph/render/templates/report.html",
        "zygraph/render/templates/compare.html",
    ],
)
def test_package_data_is_in_the_installed_distribution(name):
    assert name in installed_files()


def test_installed_console_script_runs_outside_the_checkout(tmp_path):
    installed_files()
    script = Path(sys.executable).parent / "zygraph"
    proc = subprocess.run([str(script), "check", str(ZIYANG), "--quiet"], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([str(script), "report", str(ZIYANG), "-o", "out"], cwd=tmp_path, capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stderr
    page = (tmp_path / "out" / "graphs" / "units.html").read_text(encoding="utf-8")
    assert "vis-network" in page and "<script src=" not in page
