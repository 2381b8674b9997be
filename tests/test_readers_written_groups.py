"""Tests for group cells written once after the number of their first row (zygraph.readers.written_groups)."""

from zygraph import read_table
from zygraph.readers.written_groups import groups_after_numbers, units_after_first_rows

_HEADER = "附件1\n\n工作任务清单\n\n序号\n\n任务名称\n\n任务内容\n\n牵头部门\n\n配合部门\n\n时间节点\n\n"


def test_a_group_cell_written_on_its_first_row_only_is_the_area_of_the_rows_below(tmp_path):
    # one cell a paragraph, the group cell merged over its rows (2019 宝山 waste-sorting list); row 2 lost it
    path = tmp_path / "t.txt"
    path.write_text(_HEADER + "1\n\n加强组织领导\n\n召开动员大会。\n\n区政府办公室\n\n各成员单位\n\n2019年3月\n\n"
                    "2\n\n纳入专项督查。\n\n区委组织部\n\n区绿化市容局\n\n2019年\n\n"
                    "3\n\n推进基层建设\n\n发挥居民自治能力。\n\n区民政局\n\n各街镇\n\n2019年\n\n"
                    "4\n\n建立通报机制。\n\n区城管执法局\n\n各街镇\n\n2019年\n", encoding="utf-8")
    table = read_table(path)
    assert list(table.tasks.task) == ["召开动员大会。", "纳入专项督查。", "发挥居民自治能力。", "建立通报机制。"]
    assert list(table.tasks.area) == ["加强组织领导", "加强组织领导", "推进基层建设", "推进基层建设"]
    rows = [(a.task_id, a.unit, a.role) for a in table.assignments.itertuples()]
    assert ("T002", "区委组织部", "lead") in rows and ("T002", "区绿化市容局", "support") in rows
    assert "groups_after_numbers" in set(table.findings.code)


def test_a_group_cell_repeated_at_a_page_break_is_no_task(tmp_path):
    # 推进全面覆盖 written again before row 3, where the page broke its group: the area again, not a task
    path = tmp_path / "t.txt"
    path.write_text(_HEADER + "1\n\n推进全面覆盖\n\n完成分类全覆盖。\n\n区绿化市容局\n\n各街镇\n\n2019年\n\n"
                    "2\n\n改造垃圾箱房。\n\n区绿化市容局\n\n区房管局\n\n2019年\n\n"
                    "3\n\n推进全面覆盖\n\n用好党员双报到制度。\n\n区委组织部\n\n各街镇\n\n2019年\n\n"
                    "4\n\n餐厨垃圾日均131吨。\n\n区绿化市容局\n\n区城管执法局\n\n2019年\n", encoding="utf-8")
    table = read_table(path)
    assert len(table.tasks) == 4
    assert "推进全面覆盖" not in set(table.tasks.task)
    assert list(table.tasks.area) == ["推进全面覆盖"] * 4


def test_a_task_name_column_written_in_every_row_is_left_as_it_is():
    header = [(1, "序号"), (2, "任务名称"), (3, "任务内容"), (4, "牵头部门")]
    rows = [[(5, "1"), (6, "办科技周"), (7, "办好科技周。"), (8, "市科协")],
            [(9, "2"), (10, "办科普日"), (11, "办好科普日。"), (12, "市科协")]]
    findings = []
    assert groups_after_numbers(["seq", "task", "note", "lead"], header, rows, findings) == \
        (["seq", "task", "note", "lead"], rows)
    assert findings == []


def test_a_row_whose_text_cell_was_dropped_did_not_lose_its_group():
    # review example (rev_l): rows 3 and 5 have a 任务名称 but no 任务内容, so they are short of the header though
    # they kept their first cell: 整治背街小巷 / 区城管局 lost its text, not its group; the names stay the rows' own
    header = [(1, "序号"), (2, "任务名称"), (3, "任务内容"), (4, "牵头部门")]
    rows = [[(5, "1"), (6, "完善养老服务"), (7, "新建养老服务站10个。"), (8, "区民政局")],
            [(9, "2"), (10, "提升教育质量"), (11, "改扩建校舍5所。"), (12, "区教育局")],
            [(13, "3"), (14, "整治背街小巷"), (15, "区城管局")],
            [(16, "4"), (17, "建设口袋公园"), (18, "新建口袋公园8个。"), (19, "区绿化局")],
            [(20, "5"), (21, "疏通断头道路"), (22, "区交通委")]]
    findings = []
    assert groups_after_numbers(["seq", "task", "note", "lead"], header, rows, findings) == \
        (["seq", "task", "note", "lead"], rows)
    assert findings == []
    # where most short rows open with a sentence the rule holds, and a row that kept only its name is its own group
    rows = [rows[0], [(23, "2"), (24, "纳入专项督查。"), (25, "区委组织部")], rows[2],
            [(26, "4"), (27, "建立通报机制。"), (28, "区城管局")], rows[3]]
    columns, out = groups_after_numbers(["seq", "task", "note", "lead"], header, rows, findings)
    assert columns == ["seq", "area", "task", "lead"]
    assert [[text for _, text in row] for row in out][1:4] == [
        ["2", "完善养老服务", "纳入专项督查。", "区委组织部"], ["3", "整治背街小巷", "整治背街小巷", "区城管局"],
        ["4", "整治背街小巷", "建立通报机制。", "区城管局"]]


_UNITS_ONCE = ("附件\n\n重点任务清单\n\n任务类型\n\n序号\n\n工作任务\n\n推进单位\n\n"
               "行动一：再造新极行动（区域焕新行动）\n\n1\n\n推进甲片区规划研究\n\n区规划资源局、区建设管理委\n\n"
               "行动二：重塑新居行动（人居提升行动）\n\n旧区改造\n\n2\n\n完成零星旧里改造。\n\n区房管局、区旧改总办\n\n"
               "旧住房更新改造\n\n3\n\n推进成套改造，完成小梁薄板改造。\n\n4\n\n完成加装电梯700台\n\n"
               "行动三：优化空间行动（设施优化行动）\n\n产业园区\n\n5\n\n改建口袋公园9座。\n\n区绿化市容局\n\n"
               "6\n\n参照美丽街区计划，创建示范街区。\n")


def test_a_unit_cell_written_once_after_the_first_row_of_its_span_gives_the_span_its_units(tmp_path):
    # 2023 静安 urban-renewal list: 推进单位 merged over rows, written once after the first row's text, its span
    # running across a group cell (旧住房更新改造); two levels of groups written once on lines of their own
    path = tmp_path / "t.txt"
    path.write_text(_UNITS_ONCE, encoding="utf-8")
    table = read_table(path)
    assert list(table.tasks.task.str[:6]) == ["推进甲片区规", "完成零星旧里", "推进成套改造", "完成加装电梯", "改建口袋公园",
                                              "参照美丽街区"]
    units = table.assignments.groupby("task_id").unit.apply(list).to_dict()
    assert units == {"T001": ["区规划资源局", "区建设管理委"], "T002": ["区房管局", "区旧改总办"],
                     "T003": ["区房管局", "区旧改总办"], "T004": ["区房管局", "区旧改总办"], "T005": ["区绿化市容局"],
                     "T006": ["区绿化市容局"]}
    assert set(table.assignments.role) == {"lead"}
    assert list(table.tasks.area) == ["行动一：再造新极行动（区域焕新行动）", "旧区改造", "旧住房更新改造", "旧住房更新改造", "产业园区", "产业园区"]
    assert {"units_written_once", "outer_group_cell"} <= set(table.findings.code)


def test_rows_that_each_write_their_units_are_left_as_they_are():
    rows = [[(1, "1"), (2, "办科技周。"), (3, "市科协")], [(4, "2"), (5, "办科普日。"), (6, "市科技局")]]
    findings = []
    assert units_after_first_rows(["seq", "task", "lead"], rows, findings) == rows and findings == []


def test_a_table_whose_first_row_writes_no_units_is_not_read_as_units_written_once():
    rows = [[(1, "1"), (2, "办科技周。")], [(4, "2"), (5, "办科普日。"), (6, "市科技局")],
            [(7, "3"), (8, "建科技馆。"), (9, "市住建局")]]
    findings = []
    assert units_after_first_rows(["seq", "task", "lead"], rows, findings) == rows and findings == []


def test_a_row_whose_text_a_copy_broke_at_its_spaces_takes_the_units_written_once_above():
    rows = [[(1, "1"), (2, "办科技周。"), (3, "市科协、市科技局")], [(4, "2"), (5, "办科普日。重点推进"), (6, "：甲项目。")],
            [(7, "3"), (8, "建科技馆。"), (9, "市住建局")]]
    findings = []
    out = units_after_first_rows(["seq", "task", "lead"], rows, findings)
    assert [text for _, text in out[1]] == ["2", "办科普日。重点推进", "：甲项目。", "市科协、市科技局"]
    assert [f.code for f in findings] == ["units_written_once"]


def test_a_full_row_whose_unit_cell_is_a_body_named_by_kind_keeps_its_own_units(tmp_path):
    # one cell a line; 物业企业 and 产权单位 are units by kind, not by form, and their rows are as wide as the header
    path = tmp_path / "t.txt"
    path.write_text("某区住宅小区治理任务清单\n序号\n工作任务\n责任单位\n1\n完成老旧小区改造。\n区房管局\n"
                    "2\n督促落实小区维修养护。\n物业企业\n3\n落实房屋安全使用责任。\n产权单位\n4\n加装多层住宅电梯。\n区建管委\n",
                    encoding="utf-8")
    table = read_table(path)
    units = table.assignments.groupby("task_id").unit.apply(list).to_dict()
    assert units["T002"] == ["物业企业"] and units["T003"] == ["产权单位"]
    assert "units_written_once" not in set(table.findings.code)
