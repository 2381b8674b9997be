"""Tests for cutting a table copied as text into rows (zygraph.readers.pipedrows)."""

from zygraph import read_table

_GROUPED = "某区更新工作任务清单\n任务类型\n序号\n工作任务\n责任单位\n{last}\n旧区改造\n"


def _write(tmp_path, last, rows):
    path = tmp_path / "t.txt"
    path.write_text(_GROUPED.format(last=last) + rows, encoding="utf-8")
    return read_table(path)


def test_a_long_deadline_closing_a_row_is_its_note_not_the_next_rows_group(tmp_path):
    # the row 2 / … / 区房管局 is one cell short of the header when the long 完成时限 follows: that cell is its own
    table = _write(tmp_path, "完成时限", "1\n完成旧里改造。\n区房管局\n2023年底\n2\n推进成套改造。\n区房管局\n"
                   "根据市里统一部署要求持续推进落实\n3\n实施小区改造。\n区建管委\n2023年底\n城市设施\n4\n加装电梯。\n区房管局\n2023年底\n")
    assert list(table.tasks.area) == ["旧区改造", "旧区改造", "旧区改造", "城市设施"]
    assert table.tasks.note[1] == "根据市里统一部署要求持续推进落实"


def test_a_note_closing_a_row_before_a_group_cell_is_the_rows_note_not_an_outer_group(tmp_path):
    # 市级重点项目 then 城市设施 then 4: the row 3 lacks its 备注 without it, so it is no outer group over 城市设施
    table = _write(tmp_path, "备注", "1\n完成旧里改造。\n区房管局\n2023年底\n2\n推进成套改造。\n区房管局\n2023年底\n"
                   "3\n实施小区改造。\n区建管委\n市级重点项目\n城市设施\n4\n加装电梯。\n区房管局\n2023年底\n")
    assert list(table.tasks.area) == ["旧区改造", "旧区改造", "旧区改造", "城市设施"]
    assert table.tasks.note[2] == "市级重点项目" and "outer_group_cell" not in set(table.findings.code)


_REFORM = ("附件1\n\n某区排水改革任务表\n\n项目序号\n\n任务\n类型\n\n改革任务\n\n工作要求\n\n完成时间\n\n责任单位\n\n配合单位\n\n"
           "1\n\n推进移交\n\n方案编制\n\n完成区级方案制定\n\n2025年6月\n\n区建设管理委\n（区水务局）\n\n各成员单位\n\n"
           "2\n\n清单建立\n\n建立移交清单，完成盘点\n\n2025年9月\n\n区建设管理委\n（区水务局）\n上海城投集团\n\n杨浦城投集团\n申浦公司\n\n"
           "3\n\n意愿征询\n\n完成人员意愿书面征询\n\n2025年9月\n\n上海城投集团\n杨浦城投集团\n\n"
           "4\n\n协议签订\n\n签订移交协议\n\n2025年12月\n\n区政府\n\n上海城投集团\n")


def test_a_row_whose_empty_support_cell_was_left_out_stands_its_cells_by_its_deadline(tmp_path):
    # row 3 writes no 配合单位 cell: its deadline stands in 完成时间, its units in 责任单位, not shifted a column right
    path = tmp_path / "t.txt"
    path.write_text(_REFORM, encoding="utf-8")
    table = read_table(path)
    tasks = table.tasks.set_index("task_id")
    third = table.assignments[table.assignments.task_id == tasks.index[2]]
    assert tasks.task.iloc[2].startswith("意愿征询")
    assert sorted(zip(third.unit, third.role)) == [("上海城投集团", "lead"), ("杨浦城投集团", "lead")]


def test_a_unit_cell_written_one_unit_a_line_names_each_line_a_unit(tmp_path):
    # 区建设管理委 / （区水务局） / 上海城投集团 in one paragraph: two units, the bracket line closing the first
    path = tmp_path / "t.txt"
    path.write_text(_REFORM, encoding="utf-8")
    table = read_table(path)
    second = table.assignments[table.assignments.task_id == table.tasks.task_id.iloc[1]]
    assert sorted(zip(second.unit, second.role)) == [("上海城投集团", "lead"), ("区建设管理委（区水务局）", "lead"),
                                                     ("杨浦城投集团", "support"), ("申浦公司", "support")]
