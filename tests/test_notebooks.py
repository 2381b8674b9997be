"""The notebooks run top to bottom and state what the bundled table says; they are committed without outputs.

The numbers checked here were read off the Ziyang table (and are pinned the same
way in test_table.py and test_metrics.py): 95 tasks in 13 areas, 33 units, 591
assignments, 市科协 leading 29 tasks and supporting 46.
"""

import os
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

import zygraph

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
WALKTHROUGH = "01_who_carries_the_load.ipynb"
RECIPES = "02_ask_your_own_question.ipynb"


def _kernel_env(jupyter_dir: Path) -> dict:
    """Environment of the kernel: the zygraph under test first, Jupyter files kept in a temporary folder."""
    source = str(Path(zygraph.__file__).resolve().parents[1])
    path = os.pathsep.join(p for p in (source, os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, "JUPYTER_DATA_DIR": str(jupyter_dir), "JUPYTER_PLATFORM_DIRS": "1"}


def _execute(name: str, jupyter_dir: Path):
    env = _kernel_env(jupyter_dir)
    saved = {key: os.environ.get(key) for key in ("JUPYTER_DATA_DIR", "JUPYTER_PLATFORM_DIRS")}
    os.environ.update(JUPYTER_DATA_DIR=env["JUPYTER_DATA_DIR"], JUPYTER_PLATFORM_DIRS="1")  # kernelspec lookup
    try:
        argv = KernelSpecManager().get_kernel_spec("python3").argv
        if argv[0] not in {"python", "python3", sys.executable}:
            pytest.fail(f"the python3 kernel runs {argv[0]}, not this Python ({sys.executable}); "
                        "run `python -m ipykernel install --sys-prefix` in the project's venv")
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        client = NotebookClient(nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}})
        client.execute(env=env)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return nb


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Both notebooks, run in a kernel of this Python; the notebook folder's listing before and after."""
    before = sorted(p.name for p in NOTEBOOKS.iterdir())
    books = {name: _execute(name, tmp_path_factory.mktemp("jupyter")) for name in (WALKTHROUGH, RECIPES)}
    after = sorted(p.name for p in NOTEBOOKS.iterdir())
    return books, before, after


def _cell(nb, cell_id: str):
    matches = [cell for cell in nb.cells if cell.get("id") == cell_id]
    assert len(matches) == 1, f"no single cell with id {cell_id!r}"
    return matches[0]


def _text(nb, cell_id: str) -> str:
    """The plain-text output of a cell: printed text and the displayed result."""
    parts = []
    for output in _cell(nb, cell_id).outputs:
        if output.output_type == "stream" and output.name == "stdout":
            parts.append(output.text)
        elif output.output_type in {"execute_result", "display_data"}:
            parts.append(output.data.get("text/plain", ""))
    return "\n".join(parts)


def _mimes(nb, cell_id: str) -> set:
    return {mime for output in _cell(nb, cell_id).outputs for mime in output.get("data", {})}


def _row(text: str, label: str) -> list[str]:
    """The fields of the first printed table row whose fields include ``label``."""
    for line in text.splitlines():
        if label in line.split():
            return line.split()
    raise AssertionError(f"no row for {label} in:\n{text}")


@pytest.mark.parametrize("name", [WALKTHROUGH, RECIPES])
def test_committed_notebook_has_no_outputs_and_no_library_code(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert not [cell.id for cell in code if any(line.lstrip().startswith(("def ", "class ")) for line in cell.source.splitlines())]


def test_notebooks_leave_no_file_in_the_notebook_folder(executed):
    _, before, after = executed
    assert after == before


def test_walkthrough_states_the_size_of_the_table(executed):
    nb = executed[0][WALKTHROUGH]
    assert "95 tasks, 33 units" in _text(nb, "setup")
    assert "('资府发〔2023〕1号', '资阳市人民政府', '2023-01-10')" in _text(nb, "meta")
    assert "{'tasks': 95, 'areas': 13, 'units': 33, 'assignments': 591}" in _text(nb, "size")
    roles = _text(nb, "roles")
    assert _row(roles, "lead") == ["lead", "100"] and _row(roles, "support") == ["support", "491"]
    kinds = _text(nb, "kinds")
    assert [_row(kinds, kind)[1] for kind in ("government", "party", "people_org", "institution", "local_government", "collective")] == [
        "19", "3", "6", "1", "3", "1"]
    assert "**95 tasks in 13 areas**" in _cell(nb, "size-text").source


def test_walkthrough_states_the_load_of_the_heaviest_units(executed):
    nb = executed[0][WALKTHROUGH]
    load = _text(nb, "load")
    assert _row(load, "市科协")[1:] == ["市科协", "people_org", "29", "46", "104"]
    assert _row(load, "市科技局")[3:5] == ["11", "32"]
    assert _row(load, "市教育体育局")[3:5] == ["14", "17"]
    assert _row(load, "高新区管委会")[3:5] == ["1", "93"]
    concentration = _text(nb, "concentration")
    assert f"'top_unit_lead_share': {29 / 95!r}" in concentration
    assert f"'top3_lead_share': {52 / 95!r}" in concentration
    text = _cell(nb, "load-text").source
    assert "leads **29** tasks and supports **46**" in text and "52 of the 95 tasks (54.7 %)" in text


def test_walkthrough_states_areas_and_centrality(executed):
    nb = executed[0][WALKTHROUGH]
    spread = _text(nb, "areas-per-unit")
    assert (_row(spread, "市科协"), _row(spread, "市科技局"), _row(spread, "市教育体育局")) == (
        ["市科协", "13"], ["市科技局", "10"], ["市教育体育局", "8"])
    assert "(np.int64(14), {'市教育体育局': 14, '市科协': 13, '团市委': 9})" in _text(nb, "youth")
    network = _text(nb, "network")
    assert "'units': 29" in network and "'ties': 172" in network and "'components': 1" in network
    assert "'communities': 4" in network
    central = _text(nb, "centrality")
    assert _row(central, "市科协") == ["市科协", "26", "170", "0.183", "0.580", "1"]
    assert _row(central, "市科技局")[2] == "107"
    assert _row(central, "市教育体育局")[1:5] == ["25", "95", "0.126", "0.347"]
    assert _row(central, "市科技局")[3:5] == ["0.068", "0.484"]
    assert _row(central, "市卫生健康委")[1] == "21" and _row(central, "市卫生健康委")[3] == "0.068"
    assert _row(_text(nb, "kexie-partners"), "市科技局")[3] == "41"
    media = _text(nb, "media-partners")
    assert "市科协" not in media and _row(media, "市卫生健康委")[2:] == ["1", "[T050]"]
    veterans = _text(nb, "veterans-partners")
    assert [_row(veterans, unit)[3:] for unit in ("市关工委", "市卫生健康委", "市科协")] == [["[T051,", "T052]"]] * 3


def test_walkthrough_states_single_unit_tasks_removal_and_findings(executed):
    nb = executed[0][WALKTHROUGH]
    single = _text(nb, "single-counts")
    assert [_row(single, unit)[1] for unit in ("市科协", "市委组织部", "市财政局", "市委宣传部", "市教育体育局")] == [
        "6", "2", "2", "1", "1"]
    assert _text(nb, "kexie-removal") == "(27, 0, 0)"
    assert _row(_text(nb, "impact"), "市科协")[3:6] == ["27", "0", "0"]
    severity = _text(nb, "findings-counts")
    assert (_row(severity, "info"), _row(severity, "warning")) == (["info", "90"], ["warning", "3"])
    warnings = _text(nb, "warnings")
    assert [_row(warnings, code)[1] for code in ("lead_and_support", "市人力资源社会社会保障局", "市科协局")] == ["191", "275", "518"]
    assert "492" in _text(nb, "alias")


def test_walkthrough_draws_every_figure(executed):
    nb = executed[0][WALKTHROUGH]
    for cell_id in ("load-bars", "heatmap", "network-figure"):
        assert "image/png" in _mimes(nb, cell_id), cell_id


def test_recipes_answer_their_questions(executed):
    nb = executed[0][RECIPES]
    assert _row(_text(nb, "partners"), "市科协")[1:4] == ["市科协", "people_org", "22"]
    assert "T077" in _text(nb, "tasks-of")  # asked as 市文广旅局: the one task 市文化广电旅游局 leads
    assert _text(nb, "area").strip() == "DiGraph with 18 nodes and 24 edges"
    assert "('市教育体育局', '市科协', 11)" in _text(nb, "area-edges")
    assert "'component_change': 0" in _text(nb, "removal")
    assert _text(nb, "gephi") == "['metrics.csv', 'units.gexf']"
    own = _text(nb, "own-table")
    assert _row(own, "市教体局")[1:4] == ["T002", "市教育体育局", "support"]
    assert _row(_text(nb, "own-findings"), "市档案馆")[2:] == ["institution", "False"]  # read from its ending, 馆
    assert _row(_text(nb, "aliases"), "市档案馆")[-2:] == ["institution", "True"]
    assert "资阳市档案馆" not in _text(nb, "aliases")  # the alias now names the same unit


def test_recipes_show_graphs_inline_and_offline(executed):
    nb = executed[0][RECIPES]
    for cell_id in ("area-show", "show"):
        html = "".join(o.data["text/html"] for o in _cell(nb, cell_id).outputs if "text/html" in o.get("data", {}))
        assert "<iframe srcdoc=\"" in html and "vis" in html
        assert "src=&quot;http" not in html and 'src="http' not in html
