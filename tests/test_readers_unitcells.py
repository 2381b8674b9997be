"""Unit cells of a duties table copied one cell a paragraph."""

from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.readers.unitcells import cells_apart, unit_cells


def test_each_member_alone_on_its_line_before_its_duties_is_a_cell():
    lines = ["附件：", "", "成员单位职责分工表", "", "成员单位", "", "工作职责", "", "综治办", "", "印发宣传材料。", "",
             "组织开展环境整治。", "", "财政所", "", "保障工作经费；"]
    assert unit_cells(lines) == [(9, "综治办"), (15, "财政所")]  # the header's second cell (工作职责) and the duties are no cells


def test_a_unit_alone_on_its_line_outside_such_a_table_is_no_cell():
    # no header cell naming the unit column: a signature over its date, a heading's unit over a sentence
    assert unit_cells(["某某街道办事处", "", "2020年8月10日", "", "党政办", "", "负责宣传。"]) == []


def test_a_unit_without_a_duty_after_it_is_no_cell():
    # 成员单位 / 党政办 / 2020年8月10日: no sentence follows the name, so it is a signature, not a member's cell
    assert unit_cells(["成员单位", "党政办", "2020年8月10日"]) == []
    assert unit_cells(["成员单位", "党政办", "市财政局", "负责经费。"]) == [(3, "市财政局")]


def test_cells_run_together_with_spaces_are_parted_only_where_they_make_a_table():
    findings = []
    text = "通知如下。 附件： 成员单位职责分工表 成员单位 综治办 印发宣传材料。 财政所 保障工作经费。"
    assert cells_apart(text, findings).split(PARAGRAPH_BREAK) == [
        "通知如下。 附件： 成员单位职责分工表", "成员单位", "综治办", "印发宣传材料。", "财政所", "保障工作经费。"]
    assert [(f.line, f.code) for f in findings] == [(1, "cells_apart")]
    # 成员单位 between spaces, but no member's name with a duty after it: a sentence, left whole
    plain = "请 成员单位 按时 报送材料。"
    assert cells_apart(plain, findings) == plain and len(findings) == 1


def test_a_bare_unit_header_before_the_duty_columns_header_heads_the_units():
    # 单位 / 职责分工: the bare word names the unit column because the duty column's header follows it
    findings = []
    lines = ["附件2", "", "某区专项整治成员单位职责分工", "", "单位", "", "职责分工", "", "区水务局", "",
             "依法查处违法取水行为。", "", "各街镇", "", "各街镇是整治的责任主体，负总责。"]
    assert unit_cells(lines, findings) == [(9, "区水务局"), (13, "各街镇")]
    assert [(f.line, f.code) for f in findings] == [(5, "bare_unit_header")]


def test_a_bare_unit_header_without_a_duty_columns_header_heads_nothing():
    # 单位 / 万元: a column of measures, no table of units and their duties
    assert unit_cells(["单位", "", "万元", "", "区水务局", "", "依法查处违法取水行为。"]) == []
    assert unit_cells(["部门", "", "区水务局", "", "依法查处违法取水行为。"]) == []


def test_a_bare_unit_header_run_together_with_spaces_parts_the_cells():
    # 单位 职责分工 区水务局 …: a copy that lost its breaks; the bare word heads units because 职责分工 follows it
    findings = []
    text = "成员单位职责分工 单位 职责分工 区水务局 依法查处违法取水行为。 各街镇 负总责。"
    assert cells_apart(text, findings).split(PARAGRAPH_BREAK) == [
        "成员单位职责分工", "单位", "职责分工", "区水务局", "依法查处违法取水行为。", "各街镇", "负总责。"]
    assert [(f.line, f.code) for f in findings] == [(1, "cells_apart")]
    plain = "计量 单位 万元 区水务局 依法查处违法取水行为。"  # 单位 over a measure: no table
    assert cells_apart(plain, []) == plain
