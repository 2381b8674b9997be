"""Unit cells of a duties table copied one cell a paragraph."""

from zygraph.readers.unitcells import unit_cells


def test_each_member_alone_on_its_line_before_its_duties_is_a_cell():
    lines = ["附件：", "", "成员单位职责分工表", "", "成员单位", "", "工作职责", "", "综治办", "", "印发宣传材料。", "",
             "组织开展环境整治。", "", "财政所", "", "保障工作经费；"]
    assert unit_cells(lines) == [9, 15]  # the header's second cell (工作职责) and the duties are no cells


def test_a_unit_alone_on_its_line_outside_such_a_table_is_no_cell():
    # no header cell naming the unit column: a signature over its date, a heading's unit over a sentence
    assert unit_cells(["某某街道办事处", "", "2020年8月10日", "", "党政办", "", "负责宣传。"]) == []


def test_a_unit_without_a_duty_after_it_is_no_cell():
    # 成员单位 / 党政办 / 2020年8月10日: no sentence follows the name, so it is a signature, not a member's cell
    assert unit_cells(["成员单位", "党政办", "2020年8月10日"]) == []
    assert unit_cells(["成员单位", "党政办", "市财政局", "负责经费。"]) == [3]
