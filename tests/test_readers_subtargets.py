"""Numbered goals over their ——sub-targets in a table copied one cell a paragraph."""

from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.subtargets import sub_target_cells

#: A plan's table of targets (made up, in the shape of a provincial women's plan's): goal 1 in a row of its own whose
#: unit cells hold a space, its two sub-targets in one cell of the row carrying the units; goal 2 the same with one
#: sub-target a row; goal 3 carrying its own units.
_TABLE = ["领域", "主要目标", "主要责任单位", "责任单位",
          "1.妇女享有良好的基本卫生服务。", " ", " ", "——女性人均预期寿命延长。", "——建立妇女健康档案。",
          "省卫生厅", "省财政厅", "省妇联",
          "2.提高孕产妇保健水平。", " ", " ", "——孕产妇死亡率降低。", "省卫生厅", "省公安厅",
          "——孕产妇住院分娩率达到98%以上。", "省卫生厅", "省发改委",
          "3.妇女心理健康知识知晓率提高。", "省卫生厅", "省委宣传部", "省教育厅"]


def test_dashed_sub_targets_with_no_cell_between_are_one_cell_under_their_goal():
    cells, goals, findings = sub_target_cells([(1, "1.享有卫生服务。"), (3, "——寿命延长。"), (5, "——建立健康档案。"),
                                               (7, "省卫生厅"), (9, "——死亡率降低。"), (11, "省卫生厅")])
    assert cells == [(1, "1.享有卫生服务。"), (3, "——寿命延长。——建立健康档案。"), (7, "省卫生厅"),
                     (9, "——死亡率降低。"), (11, "省卫生厅")]
    assert goals == frozenset({1})
    assert [(f.line, f.code) for f in findings] == [(3, "sub_targets_joined"), (1, "goal_over_sub_targets")]


def test_a_numbered_cell_before_no_dashed_cell_is_no_goal_and_an_empty_dash_no_sub_target():
    cells, goals, findings = sub_target_cells([(1, "1.办科技周。"), (2, "市科协"), (3, "——"), (4, "——"),
                                               (5, "2.办科普日。"), (6, "—1—")])
    assert cells == [(1, "1.办科技周。"), (2, "市科协"), (3, "——"), (4, "——"), (5, "2.办科普日。"), (6, "—1—")]
    assert goals == frozenset() and findings == []


def test_a_targets_table_one_cell_a_paragraph_reads_each_sub_target_row_under_its_goal(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(_TABLE) + "\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.support) for r in document.rows] == [
        ("妇女享有良好的基本卫生服务", "——女性人均预期寿命延长。——建立妇女健康档案。", "省卫生厅", "省财政厅、省妇联"),
        ("提高孕产妇保健水平", "——孕产妇死亡率降低。", "省卫生厅", "省公安厅"),
        ("提高孕产妇保健水平", "——孕产妇住院分娩率达到98%以上。", "省卫生厅", "省发改委"),
        ("妇女心理健康知识知晓率提高", "3.妇女心理健康知识知晓率提高。", "省卫生厅", "省委宣传部、省教育厅")]
    codes = [f.code for f in document.findings]
    assert codes.count("goal_over_sub_targets") == 2 and codes.count("sub_targets_joined") == 1
    assert codes.count("main_responsible_column") == 1
