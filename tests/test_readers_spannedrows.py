"""Rows of a table copied one row a line, a header cell spanning columns and cells spanning rows."""

from zygraph import read_table
from zygraph.readers.spannedrows import spanned_rows

TARGETS = """民生工程目标任务分解表
项 目 | 目标 | 分 解 情 况 | 责任领导 | 责任单位 | 责任人 |
就 业 工 程 | 促进城乡就业 | 城镇新增就业(人) | 1300 | 元坝镇280 白果乡15 | 刘 强 | 区人社局 | 陈 宗 |
城镇失业人员再就业(人) | 250 | 白果乡8 元坝镇40 |
"""


def test_a_later_row_writing_only_its_breakdown_takes_the_spanning_cells_and_names_its_own_task(tmp_path):
    path = tmp_path / "targets.txt"
    path.write_text(TARGETS, encoding="utf-8")
    table = read_table(path)
    assert table.tasks[["area", "task", "line"]].values.tolist() == [
        ["就业工程：促进城乡就业", "城镇新增就业（人）", 3], ["就业工程：促进城乡就业", "城镇失业人员再就业（人）", 4]]
    assert table.tasks.note.str.startswith(("1300；元坝镇280", "250；白果乡8")).all()
    assert table.assignments[["task_id", "raw_unit", "role", "line"]].values.tolist() == [
        ["T001", "区人社局", "lead", 3], ["T002", "区人社局", "lead", 4]]  # the people are no units
    found = table.findings.set_index("code").line
    assert found["rows_with_spanning_cells"] == 3 and found["merged_cells_filled"] == 4 \
        and found["spanned_task_as_area"] == 3


def _cells(*rows):
    return [(line, text) for line, row in enumerate(rows, start=2) for text in row]


HEADER = [(1, "项目"), (1, "分解情况"), (1, "责任单位")]
COLUMNS = ["task", "note", "lead"]


def test_a_task_column_spanning_the_varying_run_holds_the_rows_own_cells():
    findings = []
    rows, areas = spanned_rows(_cells(["就业工程", "新增就业。", "1300", "区人社局"], ["再就业。", "250"]),
                               [(1, "领域"), (1, "工作任务"), (1, "责任单位")], ["area", "task", "lead"], findings)
    assert [[text for _, text in row] for row in rows] == [["就业工程", "新增就业。；1300", "区人社局"],
                                                           ["就业工程", "再就业。；250", "区人社局"]]
    assert areas == ["", ""] and [f.code for f in findings] == ["rows_with_spanning_cells", "merged_cells_filled"]


def test_a_shorter_row_whose_cells_fit_in_two_places_is_not_guessed():
    findings = []
    assert spanned_rows(_cells(["就业工程", "1300", "元坝镇280", "250", "区人社局"], ["300"]),
                        HEADER, COLUMNS, findings) is None
    assert findings == []


def test_rows_no_wider_than_the_header_are_left_to_the_other_readers():
    assert spanned_rows(_cells(["就业工程", "1300", "区人社局"], ["250"]), HEADER, COLUMNS, []) is None
