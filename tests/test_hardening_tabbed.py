"""TAB exports: trimmed trailing white space is re-aligned, a row missing a cell warns."""

from pathlib import Path

from zygraph import read_table

ZIYANG = Path("data/ziyang_2023_science_literacy_tasks.txt")


def test_a_tab_export_with_trailing_white_space_trimmed_reads_as_the_original(tmp_path):
    trimmed = tmp_path / "trimmed.txt"
    lines = ZIYANG.read_text(encoding="utf-8").split("\n")
    trimmed.write_text("\n".join(line.rstrip() for line in lines) + "\n", encoding="utf-8")
    assert "\t\n" not in trimmed.read_text(encoding="utf-8")  # every empty cell is now a blank line
    original, t = read_table(ZIYANG), read_table(trimmed)
    assert (len(t.tasks), t.tasks.area.nunique(), len(t.assignments)) == (95, 13, 591)
    assert t.tasks.drop(columns="document").equals(original.tasks.drop(columns="document"))
    assert t.assignments.equals(original.assignments)
    led = t.assignments[(t.assignments.unit == "市科技局") & (t.assignments.role == "lead")]
    assert len(led) == 11
    note = t.findings[t.findings.code == "empty_cells_trimmed"]
    assert note[["line", "severity"]].values.tolist() == [[26, "info"]]


def write(tmp_path, text):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "\t领域\n\t工作任务\n\t牵头单位\n\t配合单位\n\t备注\n\n"


def test_a_row_missing_one_cell_is_a_warning(tmp_path):
    path = write(tmp_path, HEADER + "\t科普\n\t办科技周\n\t市科技局\n\t市科协\n\t\n\n"
                                    "\t科普\n\t办科普日\n\t市科协\n\t\n\n"  # the lead cell was lost: 4 cells
                                    "\t科普\n\t办展览\n\t市科协\n\t市财政局\n\t\n")
    t = read_table(path)
    missing = t.findings[t.findings.code == "missing_cells"]
    assert missing[["line", "severity", "message"]].values.tolist() == [
        [13, "warning", "the row has 4 cells where the header has 5; if a cell in the middle was left out, the cells "
                        "after it moved one column left"]]


def test_the_last_row_lacking_its_last_cell_stays_routine(tmp_path):
    path = write(tmp_path, HEADER + "\t科普\n\t办科技周\n\t市科技局\n\t市科协\n")
    t = read_table(path)
    assert t.findings.loc[t.findings.code == "missing_cells", "severity"].tolist() == ["info"]


def test_a_trimmed_export_that_cannot_be_realigned_warns(tmp_path):
    # text without a TAB right after an empty cell: not the layout of a trimmed export
    path = write(tmp_path, "\t工作任务\n\t牵头单位\n\t配合单位\n\n\t办科技周\n\n说明文字\n\t市科协\n\n"
                           "\t办科普日\n\t市科协\n\t市科技局\n")
    t = read_table(path)
    found = t.findings[t.findings.code == "empty_cells_trimmed"]
    assert found.severity.tolist() == ["warning"]
