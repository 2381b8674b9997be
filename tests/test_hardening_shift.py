"""Cells that moved a column are loud: warnings in check, exit 2 with --strict."""

from pathlib import Path

import pytest

from zygraph import read_table
from zygraph.cli import main
from zygraph.table import MAX_SUGGESTED

ZIYANG = Path("data/ziyang_2023_science_literacy_tasks.txt")


def ziyang_without_line(tmp_path, number):
    lines = ZIYANG.read_text(encoding="utf-8").split("\n")
    del lines[number - 1]
    path = tmp_path / "shifted.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_row_missing_its_empty_area_cell_warns_and_strict_exits_2(tmp_path, capsys):
    # line 44 is the empty area cell of task T003 (an area carried down); without it every cell moves left
    assert ZIYANG.read_text(encoding="utf-8").split("\n")[43] == "\t"
    path = ziyang_without_line(tmp_path, 44)
    t = read_table(path)
    codes = t.findings.loc[t.findings.severity == "warning", ["line", "code"]].values.tolist()
    assert [44, "missing_cells"] in codes
    assert [45, "column_shift"] in codes  # the lead unit 市科协 is now in the task cell
    assert main(["check", str(path), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["check", str(path), "--strict", "--quiet"]) == 2
    assert main(["parse", str(path), "--strict"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith(f"zygraph: error: {path}, line 44: missing_cells: the row has 4 cells where the header "
                              "has 5; if a cell in the middle was left out")
    assert err[-1].endswith("(1 more such warnings: zygraph check lists them)")



def test_a_lead_cell_without_units_beside_a_task_cell_of_units_warns(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("工作任务,牵头单位\n市科协、市科技局,2024年底\n", encoding="utf-8")
    t = read_table(path)
    shift = t.findings[t.findings.code == "column_shift"]
    assert shift[["line", "severity", "message"]].values.tolist() == [
        [2, "warning", "task T001: the task cell lists units (市科协、市科技局) and the lead cell reads 2024年底"]]


def test_a_lead_cell_without_units_beside_a_note_of_units_warns(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("工作任务,牵头单位,配合单位,备注\n办科技周,,,市科协\n", encoding="utf-8")
    t = read_table(path)
    shift = t.findings[t.findings.code == "column_shift"]
    assert shift.message.tolist() == [
        "task T001: the lead cell (empty) names no known unit, while the note cell lists units (市科协)"]


def test_an_area_written_once_that_reads_like_a_task_warns(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("领域,工作任务,牵头单位\n科普,办科技周,市科协\n组织开展科普讲解大赛，提升讲解水平,办科普日,市科协\n"
                    "科普,办展览,市科技局\n", encoding="utf-8")
    t = read_table(path)
    area = t.findings[t.findings.code == "area_looks_like_task"]
    assert area[["line", "severity", "message"]].values.tolist() == [
        [3, "warning", "the area 组织开展科普讲解大赛，提升讲解水平 is written on this task only and reads like a task"]]


def test_suggestions_are_searched_for_the_first_names_only_and_the_cap_is_said(tmp_path):
    names = "、".join(f"某某{i}号" for i in range(MAX_SUGGESTED + 50))
    path = tmp_path / "t.csv"
    path.write_text(f"工作任务,牵头单位,配合单位\n办科技周,市科协,{names}\n", encoding="utf-8")
    t = read_table(path)
    unknown = t.findings[t.findings.code == "unknown_unit"]
    assert len(unknown) == MAX_SUGGESTED + 50
    capped = t.findings[t.findings.code == "suggestions_capped"]
    assert capped[["message", "action"]].values.tolist() == [
        [f"{MAX_SUGGESTED + 50} names are not in the unit registry",
         f"closest registry names are suggested for the first {MAX_SUGGESTED} only"]]


def test_an_unknown_name_close_to_a_registry_name_still_gets_suggestions(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("工作任务,牵头单位\n办科技周,市科技阁\n", encoding="utf-8")
    t = read_table(path)
    assert "closest registry names: 市科技馆、市科技局" in t.findings.loc[t.findings.code == "unknown_unit", "message"].iloc[0]


def test_the_bundled_table_passes_strict_on_structure(capsys):
    assert main(["metrics", str(ZIYANG), "--strict"]) == 0
    assert main(["check", str(ZIYANG), "--strict", "--quiet"]) == 1  # its three warnings are not structural


def test_a_unit_cell_over_the_cell_limit_is_refused_with_its_line(tmp_path):
    from zygraph.errors import InputError
    from zygraph.table import MAX_CELL_CHARS

    names = "、".join(f"某某{i}号" for i in range(MAX_CELL_CHARS // 7))
    path = tmp_path / "t.txt"
    path.write_text(f"\t工作任务\n\t牵头单位\n\t配合单位\n\n\t办科技周\n\t市科协\n\t{names}\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"t.txt, line 7: the support cell is {len(names):,} characters long, more "
                                         r"than the 131,072 zygraph reads in a unit cell"):
        read_table(path)


def test_a_document_with_more_unknown_names_than_any_table_is_refused(tmp_path, monkeypatch):
    from zygraph import table
    from zygraph.errors import InputError

    monkeypatch.setattr(table, "MAX_UNKNOWN_NAMES", 30)
    rows = "".join(f"办事{i},某某{2 * i}号、某某{2 * i + 1}号\n" for i in range(20))
    path = tmp_path / "t.csv"
    path.write_text("工作任务,牵头单位\n" + rows, encoding="utf-8")
    with pytest.raises(InputError, match=r"t.csv, line 17: the document names more than 30 units that are not in "
                                         r"the registry"):
        read_table(path)
