"""The last cell of rows copied one cell a line, a blank line after each row, run over several lines."""

from zygraph import read_table
from zygraph.readers.runover import last_cells_joined

_ROWS = [[(1, "1"), (2, "公路管理"), (3, "区交通部门"), (4, "负责县道。"), (5, "负责乡道。"), (6, "负责村道。")],
         [(8, "2"), (9, "公路养护"), (10, "镇人民政府"), (11, "负责养护。")]]


def _texts(rows):
    return [[text for _, text in row] for row in rows]


def test_the_lines_of_a_row_beyond_the_headers_width_are_its_last_cell():
    findings = []
    assert _texts(last_cells_joined(_ROWS, 4, False, findings)) == [
        ["1", "公路管理", "区交通部门", "负责县道。负责乡道。负责村道。"], ["2", "公路养护", "镇人民政府", "负责养护。"]]
    assert [(f.line, f.code) for f in findings] == [(1, "last_cell_run_over")]


def test_rows_not_parted_by_blank_lines_or_a_last_column_of_units_are_left_to_be_fitted():
    # no blank line between the rows: nothing shows where a row's cells end
    packed = [[(1, "1"), (2, "公路管理"), (3, "区交通部门"), (4, "负责县道。"), (5, "负责乡道。")],
              [(6, "2"), (7, "公路养护"), (8, "镇人民政府"), (9, "负责养护。")]]
    assert last_cells_joined(packed, 4, False, []) == packed
    assert last_cells_joined(_ROWS, 4, True, []) == _ROWS  # the last column names units: a wrapped unit list
    # a line beyond the width naming units: a unit cell wrapped before the last, fitted by what the cells hold
    wrapped = [[(1, "1"), (2, "公路管理"), (3, "区交通部门"), (4, "区财政局"), (5, "负责县道。")],
               [(7, "2"), (8, "公路养护"), (9, "镇人民政府"), (10, "负责养护。")]]
    assert last_cells_joined(wrapped, 4, False, []) == wrapped
    # every row wider than the header: no row shows the width of its cells
    assert last_cells_joined(_ROWS[:1], 4, False, []) == _ROWS[:1]


def test_a_power_list_copied_one_cell_a_line_reads_its_powers_and_bodies(tmp_path):
    # 权责清单: 序号 / 权力名称 / 行使主体 / 设定依据 / 权力事项, the duty over two lines in the first row
    path = tmp_path / "t.txt"
    path.write_text("附件：权力和责任清单\n序号\n权力名称\n行使主体\n设定依据\n权力事项\n\n1\n道路管理\n区交通行政管理部门\n"
                    "《公路法》第八条\n区交通行政管理部门负责县道的管理。\n县道的计划应当经市交通部门审核。\n\n2\n道路养护\n"
                    "区交通行政管理部门、镇人民政府（街道）\n《公路法》第十条\n镇人民政府（街道）负责乡道的养护。\n\n3\n路长制\n"
                    "区、镇人民政府（街道）\n《条例》第五条\n区、镇人民政府（街道）应当建立路长制度。\n", encoding="utf-8")
    table = read_table(path)
    assert list(table.tasks.task) == ["道路管理", "道路养护", "路长制"]
    assert table.tasks.note[0].endswith("负责县道的管理。县道的计划应当经市交通部门审核。")
    assert [(a.task_id, a.unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "区交通行政管理部门", "lead"), ("T002", "区交通行政管理部门", "lead"), ("T002", "镇人民政府", "lead"),
        ("T003", "区、镇人民政府（街道）", "lead")]
    assert "last_cell_run_over" in set(table.findings.code)
