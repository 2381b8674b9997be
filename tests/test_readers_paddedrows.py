"""Rows of a table copied one cell a line, padded to the header's width, whose merged cells were written once."""

from zygraph.readers import read_raw
from zygraph.readers.paddedrows import padded_rows
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
