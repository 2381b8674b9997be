"""Tests for group cells written once after the number of their first row (zygraph.readers.written_groups)."""

from zygraph import read_table
from zygraph.readers.pipedrows import group_rows_between, numbered_rows
from zygraph.readers.written_groups import groups_after_numbers, units_after_first_rows, units_beside_groups

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


#: 序号 | 事项 | 工作措施 | 责任单位 one cell a paragraph under a group row: the 事项 cells and the 责任单位 cells each merged
#: over their own rows and written once on the first; a second group row between rows; the last two rows lost both.
_GROUPS_AND_UNITS_ONCE = ("附表1\n\n任务分工表\n\n序号\n\n事项\n\n工作措施\n\n责任单位\n\n推进实施光伏应用示范工程\n\n"
                          "1\n\n光伏+地铁工程\n\n利用地铁车站屋顶建设光伏。\n\n地铁集团\n\n"
                          "2\n\n新建车站屋顶光伏覆盖过半。\n\n"
                          "3\n\n光伏+港口工程\n\n利用港口仓库屋顶建设光伏。\n\n港务集团、市交通委\n\n"
                          "4\n\n在内河船舶开展光伏船体试点。\n\n市交通委\n\n"
                          "5\n\n推进码头屋顶光伏设施建设。\n\n"
                          "6\n\n光伏+公交工程\n\n建设公交场站光伏车棚，推广光伏电子站牌。\n\n公交集团、各区政府\n\n"
                          "7\n\n推进公交停车场光伏设施建设。\n\n"
                          "建立健全光伏推进机制\n\n"
                          "8\n\n健全运营模式\n\n建立市场化项目开发机制。\n\n市发展改革委\n\n"
                          "9\n\n完善考核机制\n\n夯实区级政府管理责任。\n\n市交通委、市发展改革委\n\n"
                          "10\n\n加强重点用能单位节能考核引导。\n\n"
                          "11\n\n提高光伏在评优中的权重，支持光伏推广。\n")


def test_unit_cells_merged_apart_from_merged_group_cells_are_carried_down_their_rows(tmp_path):
    # rows 2, 5, 7, 10 and 11 end with their task: they take the unit cell above; row 4 writes its own; the group
    # row between rows 7 and 8 is an area, and the last two rows, four cells together, are two rows
    path = tmp_path / "t.txt"
    path.write_text(_GROUPS_AND_UNITS_ONCE, encoding="utf-8")
    table = read_table(path)
    assert list(table.tasks.task.str[:4]) == ["利用地铁", "新建车站", "利用港口", "在内河船", "推进码头", "建设公交",
                                              "推进公交", "建立市场", "夯实区级", "加强重点", "提高光伏"]
    units = table.assignments.groupby("task_id").unit.apply(list).to_dict()
    assert units == {"T001": ["地铁集团"], "T002": ["地铁集团"], "T003": ["港务集团", "市交通委"], "T004": ["市交通委"],
                     "T005": ["市交通委"], "T006": ["公交集团", "各区人民政府"], "T007": ["公交集团", "各区人民政府"],
                     "T008": ["市发展改革委"], "T009": ["市交通委", "市发展改革委"], "T010": ["市交通委", "市发展改革委"],
                     "T011": ["市交通委", "市发展改革委"]}
    assert set(table.assignments.role) == {"lead"}
    assert list(table.tasks.area)[6:9] == ["光伏+公交工程", "健全运营模式", "完善考核机制"]
    codes = list(table.findings.code)
    assert codes.count("units_written_once") == 4 and codes.count("area_row_between_rows") == 1


def test_rows_with_merged_group_cells_that_each_write_their_units_are_left_as_they_are():
    rows = [[(1, "1"), (2, "光伏+地铁"), (3, "利用车站屋顶。"), (4, "地铁集团")], [(5, "2"), (6, "新建车站。"), (7, "市交通委")]]
    findings = []
    assert units_beside_groups(["seq", "area", "task", "lead"], rows, findings) == rows and findings == []


def test_a_group_cell_followed_by_a_short_task_is_not_a_unit_cell_written():
    # 3 / 光伏+铁路 / 推进站房建设。: the group's short name, then the row's task; the row lost its unit cell
    rows = [[(1, "1"), (2, "光伏+地铁"), (3, "利用车站屋顶。"), (4, "地铁集团")], [(5, "2"), (6, "研究制订规则"), (7, "市发改委")],
            [(8, "3"), (9, "光伏+铁路"), (10, "推进站房建设。")]]
    findings = []
    out = units_beside_groups(["seq", "area", "task", "lead"], rows, findings)
    assert [text for _, text in out[2]] == ["3", "光伏+铁路", "推进站房建设。", "市发改委"]
    assert out[1] == rows[1] and [f.line for f in findings] == [7]


def test_a_cell_before_the_next_number_after_a_task_is_a_group_row_only_when_it_reads_as_a_group():
    findings = []
    cells = [(1, "1"), (2, "推动新建建筑配建光伏设施。"), (3, "市交通委、各项目实施主体"), (4, "2"), (5, "修订规范。")]
    assert group_rows_between(cells, findings) == (cells, {}) and findings == []
    cells = [(1, "1"), (2, "光伏+地铁"), (3, "研究制订规则"), (4, "2"), (5, "修订规范。")]  # a short task after its group
    assert group_rows_between(cells, findings) == (cells, {}) and findings == []


def test_the_last_two_rows_of_a_table_with_merged_cells_are_cut_at_the_last_number():
    # rows 2 and 3 lost their merged cells: the last four cells are rows 3 and 4, not one row as wide as the header
    cells = [(1, "1"), (2, "考核"), (3, "夯实责任。"), (4, "市交通委"), (5, "2"), (6, "落实要求。"),
             (7, "3"), (8, "加强考核。"), (9, "4"), (10, "提高权重。")]
    rows = numbered_rows(cells, 4, True)
    assert [[text for _, text in row] for row in rows] == [["1", "考核", "夯实责任。", "市交通委"], ["2", "落实要求。"],
                                                           ["3", "加强考核。"], ["4", "提高权重。"]]
    cells[-1] = (10, "2024年底前")  # 4 / 2024年底前: a figure and a deadline of row 3, no row
    assert len(numbered_rows(cells, 4, True)) == 3
