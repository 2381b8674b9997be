"""Rows of a table copied one cell a line, padded to the header's width, whose merged cells were written once."""

from zygraph.readers import read_raw
from zygraph.readers.paddedrows import closed_rows, closing_lines, padded_rows
from zygraph.readers.textcells import barred_cells

# 序号 | 抽查事项 | 检查对象 | 抽查比例 | 发起部门 | 配合部门 | 实施层级: the group's number, the 发起/配合 cells and the
# level spanning rows; each later row writes only its own cells, then as many empty ones as it left out
MERGED = """序号 |
抽查事项 |
检查对象 |
抽查比例 |
发起部门 |
配合部门 |
实施层级 |
1 |
1.学校收费情况的检查 |
培训机构 |
10% |
区教育局 |
区市场监管局 |
区级检查 |
2.校服质量检查 |
各类中小学 |
60家 |
区级检查 | |||
3.学校食堂检查 |
高校 |
30% |
区市场监管局 |
区教育局 |
区级检查 | |
幼儿园 |
50% | |||||
4.学校消防检查 | ||||||
"""


def _texts(rows):
    return [[text for _, text in row] for row in rows]


def test_a_padded_rows_cells_go_to_the_columns_they_resemble_and_the_rest_are_the_row_aboves():
    findings = []
    body = barred_cells(MERGED.splitlines())[7:]  # the cells under the header's seven
    rows = padded_rows(body, 7, 1, findings)
    assert _texts(rows) == [
        ["1", "1.学校收费情况的检查", "培训机构", "10%", "区教育局", "区市场监管局", "区级检查"],
        ["1", "2.校服质量检查", "各类中小学", "60家", "区教育局", "区市场监管局", "区级检查"],
        ["1", "3.学校食堂检查", "高校；幼儿园", "30%；50%", "区市场监管局", "区教育局", "区级检查"],
        ["1", "4.学校消防检查", "高校；幼儿园", "30%；50%", "区市场监管局", "区教育局", "区级检查"]]
    assert [(f.code, f.line) for f in findings] == [
        ("merged_cells_filled", 15), ("merged_cells_filled", 19), ("merged_row_joined", 25), ("merged_cells_filled", 27)]


def test_cells_cut_by_count_that_do_not_each_end_in_their_padding_are_no_padded_rows():
    findings = []
    # the empty cell stands before a written one: a copy that kept its empty cells, not padding
    cells = [(1, "1"), (2, "办科技周"), (3, "市科协"), (4, "2"), (4, ""), (5, "市科技局")]
    assert padded_rows(cells, 3, 1, findings) is None
    # no row padded: rows of the header's width, nothing merged
    assert padded_rows([(1, "1"), (2, "办科技周"), (3, "市科协"), (4, "2"), (5, "建馆"), (6, "市科技局")], 3, 1,
                       findings) is None
    assert findings == []


def test_a_joint_inspection_table_with_merged_cells_reads_every_item_with_its_departments(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(MERGED, encoding="utf-8")
    document = read_raw(path)
    assert [(r.line, r.task, r.lead, r.support) for r in document.rows] == [
        (8, "1.学校收费情况的检查", "区教育局", "区市场监管局"), (15, "2.校服质量检查", "区教育局", "区市场监管局"),
        (19, "3.学校食堂检查", "区市场监管局", "区教育局"), (27, "4.学校消防检查", "区市场监管局", "区教育局")]
    # rows 2 and 4 take their departments from the row above; row 3 writes its own (only its 序号 is merged)
    assert [f.line for f in document.findings if f.code == "merged_cell"] == [15, 27]



def test_rows_one_a_line_are_not_cut_by_count():
    # 2 | 办科普日 | 市科协 | |: a row a line ending in an empty cell is cut by its line, not read as padding
    cells = [(1, "1"), (1, "办科技周"), (1, "市科技局"), (1, "市科协"), (2, "2"), (2, "办科普日"), (2, "市科协"), (2, "")]
    assert padded_rows(cells, 4, 1, []) is None


# 类别 | 指标 | 单位 | 2023年 | 2025年 | 年均增速(%) | 责任单位: a target table, each row one cell a line ending in its bar, a
# lone bar opening the next row and the row's padding closing it (市统计局 | |); the group's cell (经济指标) on its
# first row only, an empty 年均增速 cell lost (|), and an indicator over two measures (总量 / 比重) whose unit cell
# spans both (| ||| closing the 比重 row)
TARGETS = """|
某市发展目标分解表 | ||||||
|
类别 |
指标 |
单位 |
2023年 |
2025年 |
年均增速(%) |
责任单位 | |
|
经济指标 |
地区生产总值 |
亿元 |
850 |
960 |
6.5 |
市统计局 | |
|
服务业增加值占比 |
% |
48.5 |
50 |
|
市发改委 | ||
|
财政收入 |
总量 |
亿元 |
62 |
70 |
6 |
市财政局、税务局 | |
|
比重 |
% |
7.3 |
7.5 | |||
|
民生指标 |
城镇新增就业 |
万人 |
3.2 |
3.5 |
4 |
市人社局 | |
"""


def test_rows_closed_by_their_padding_are_cut_there_and_a_measure_sub_row_names_no_task():
    findings = []
    lines = TARGETS.splitlines()
    body = barred_cells(lines)[15:]  # the title row's seven cells, then the header's seven and its padding
    rows = closed_rows(body, closing_lines(lines), 6, findings)
    assert _texts(rows) == [
        ["经济指标", "地区生产总值", "亿元", "850", "960", "6.5", "市统计局"],
        ["服务业增加值占比", "%", "48.5", "50", "市发改委"],
        ["财政收入", "亿元", "62", "70", "6", "市财政局、税务局"],
        ["民生指标", "城镇新增就业", "万人", "3.2", "3.5", "4", "市人社局"]]
    assert [(f.code, f.line) for f in findings] == [("rows_closed_by_padding", 12), ("measure_sub_row", 35)]


def test_rows_not_closed_by_padding_or_none_narrower_than_the_header_are_not_cut_so():
    # a row a line has no padding line: a row per closing would be the whole table
    cells = [(1, "1"), (2, "办科技周"), (3, "市科协"), (4, "2"), (5, "建馆"), (6, "市科技局")]
    assert closed_rows(cells, frozenset({3, 6}), 3, []) is None  # every row as wide as the header: nothing lost


def test_a_target_table_closed_by_padding_reads_each_indicator_with_its_units_and_no_figure_as_a_unit(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TARGETS, encoding="utf-8")
    document = read_raw(path)
    assert [(r.line, r.area, r.task, r.lead) for r in document.rows] == [
        (12, "经济指标", "地区生产总值", "市统计局"), (20, "经济指标", "服务业增加值占比", "市发改委"),
        (27, "经济指标", "财政收入", "市财政局、税务局"), (40, "民生指标", "城镇新增就业", "市人社局")]
    # the figures (6.5, 48.5, %) and the measures (总量, 比重) are no units and no tasks
    assert {r.lead for r in document.rows} == {"市统计局", "市发改委", "市财政局、税务局", "市人社局"}
    assert [f.line for f in document.findings if f.code == "measure_sub_row"] == [35]


def test_a_row_whose_units_cell_was_merged_from_above_is_no_measure_sub_row_of_a_column_of_units_of_measure():
    # 指标 | 单位 | 目标 | 责任单位: 亿元 is the row's unit of measure, a column, not a measure word (总量, 比重) of the
    # indicator above; 税收's units cell is merged with 增加值's (its row closes after 40)
    lines = ["指标 |", "单位 |", "目标 |", "责任单位 | |", "|", "增加值 |", "亿元 |", "36 |", "市发改委 | |", "|", "税收 |",
             "亿元 |", "40 | |", "|", "投资 |", "亿元 |", "50 |", "市统计局 | |", "|", "就业 |", "万人 |", "3 |", "市人社局 | |"]
    cells = [(n, line.strip(" |")) for n, line in enumerate(lines, start=1) if line.strip(" |")][4:]
    findings = []
    rows = closed_rows(cells, closing_lines(lines), 4, findings)
    assert _texts(rows) == [["增加值", "亿元", "36", "市发改委"], ["税收", "亿元", "40"], ["投资", "亿元", "50", "市统计局"],
                            ["就业", "万人", "3", "市人社局"]]
    assert [f.code for f in findings] == ["rows_closed_by_padding"]
