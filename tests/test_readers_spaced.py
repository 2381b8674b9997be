"""The reader for tables flattened with spaces between cells (zygraph.readers.spaced)."""

import pytest

from zygraph import read_table
from zygraph.errors import LayoutError
from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.spaced import spaced_table


def _write(tmp_path, text):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return path


NOTICE = """某市人民政府办公室关于印发2024年目标任务分解表的通知
各区人民政府，市各委办局：现将分解表印发给你们，请认真落实。 附件：分解表 某市2024年目标任务分解表 序号 名称 工 作 任 务 牵头责任单位

一、主要预期目标(3项)

1 地区生产总值增长6%左右. 发改委
2 一般公共预算收入增长5%，税收占比提高 财政局
3 全社会固定资产投资增长8% 发改委、经信委、科技局

二、重点工作
1 建设科普基地，完善
设施 市科协 市教育局
"""


def test_a_space_flattened_table_is_detected_and_read_row_by_row(tmp_path):
    path = _write(tmp_path, NOTICE)
    assert detect_layout(path) == "spaced"
    doc = read_raw(path)
    got = [(r.line, r.area, r.task, r.lead, r.support) for r in doc.rows]
    assert got == [
        (6, "主要预期目标（3项）", "地区生产总值增长6%左右.", "发改委", ""),
        (7, "主要预期目标（3项）", "一般公共预算收入增长5%，税收占比提高", "财政局", ""),
        (8, "主要预期目标（3项）", "全社会固定资产投资增长8%", "发改委、经信委、科技局", ""),
        # a wrapped task joins its next line; two unit parts under one unit column are one list
        (11, "重点工作", "建设科普基地，完善设施", "市科协、市教育局", ""),
    ]
    codes = [f.code for f in doc.findings]
    assert "spaced_table" in codes and "spaced_units" in codes and "responsible_column" not in codes


def test_a_header_with_lead_and_partner_columns_fills_them_in_order(tmp_path):
    path = _write(tmp_path, "序号 重点任务 牵头单位 配合单位 完成时限\n1 办科技周 市科协 市教育局、团市委 2024年6月\n"
                            "2 办科普日 市科技局 2024年9月\n")
    rows = read_raw(path).rows
    assert [(r.task, r.lead, r.support, r.note) for r in rows] == [
        ("办科技周", "市科协", "市教育局、团市委", "2024年6月"),
        ("办科普日", "市科技局", "", "2024年9月"),
    ]


def test_units_named_only_under_a_responsible_column_lead(tmp_path):
    path = _write(tmp_path, "序号 工作任务 责任单位\n1 办科技周 市科协、市教育局\n2 办科普日 市科技局\n")
    doc = read_raw(path)
    assert [(r.lead, r.support) for r in doc.rows] == [("市科协、市教育局", ""), ("市科技局", "")]
    assert "responsible_column" in [f.code for f in doc.findings]


def test_prose_that_names_columns_once_is_no_table():
    lines = ["序号 工作任务 牵头单位", "各单位要认真落实。", "1 一句话没有单位"]
    assert spaced_table(lines) is None


def test_forcing_the_layout_on_other_text_says_what_was_looked_for(tmp_path):
    path = _write(tmp_path, "一、总体要求\n认真落实。\n")
    with pytest.raises(LayoutError, match="no table with spaces between cells"):
        read_raw(path, layout="spaced")


def test_a_header_with_unnamed_cells_and_three_unit_columns(tmp_path):
    # 类别 and 细化措施 name no column of ours; 责任单位 beside 牵头单位 supports
    path = _write(tmp_path, "分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
                            "1 水资源 严守红线 实施双控行动。到2020年用水总量控制在11.88亿立方米以内。 市水利局 市发展改革委、农业局等 "
                            "各县(市、区)人民政府\n2  严守效率红线 落实水耗指标。 市水利局 市住建局 各县(市、区)人民政府\n")
    assert detect_layout(path) == "spaced"
    rows = read_raw(path).rows
    assert [(r.lead, r.support) for r in rows] == [
        ("市水利局", "市发展改革委、农业局等、各县（市、区）人民政府"),
        ("市水利局", "市住建局、各县（市、区）人民政府"),
    ]
    assert rows[0].task.startswith("水资源严守红线实施双控行动")


def test_a_progress_column_after_the_units_and_a_cell_of_units_one_a_line(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("汇总表\n序号 目标任务 责任单位 上半年推进情况\n一、主要预期目标\n"
                    "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n"
                    "2 第一产业增加值增长5%。 区农业农村委\n区林业局\n区供销联社\n第一产业增加值同比增长3.4%。\n"
                    "3 实施创新平台建设行动。 区科技局 全面启动 国家高新区创建工作\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.area, r.task, r.lead, r.note) for r in rows] == [
        ("主要预期目标", "地区生产总值增长6%以上。", "区发展改革委", "地区生产总值同比增长2.9%。"),
        ("主要预期目标", "第一产业增加值增长5%。", "区农业农村委、区林业局、区供销联社", ""),
        ("主要预期目标", "实施创新平台建设行动。", "区科技局", "全面启动国家高新区创建工作")]


def test_a_header_whose_unit_column_comes_before_the_task_is_no_spaced_table():
    # the unit column before the task: the header's cells from the task on name no units (hypothesis found a crash)
    assert spaced_table(["牵头单位 工作任务", "1 办科技周 市科协", "2 办科普日 市科协"]) is None


def test_a_lead_cell_of_units_one_a_line_breaks_its_row_and_the_partner_cell_follows(tmp_path):
    # 区财政局 / 区税务局 are the lead cell, one unit a line; the last line is the partner cell
    path = _write(tmp_path, "序号 重点工作任务 主要责任单位 协同配合单位\n"
                            "1 收入增长5%。 区财政局\n区税务局\n区政府有关部门,各乡镇人民政府。\n"
                            "2 投资增长7%。 区发改委 区住建局。\n"
                            "3 消费增长8%。 区商务局\n区市场监管局。\n")
    doc = read_raw(path)
    assert [(r.line, r.lead, r.support) for r in doc.rows] == [
        (2, "区财政局、区税务局", "区政府有关部门，各乡镇人民政府。"),
        (5, "区发改委", "区住建局。"),
        (6, "区商务局", "区市场监管局。"),
    ]
    assert [f.line for f in doc.findings if f.code == "spaced_units"] == [2, 6]


def test_a_traditional_copy_reads_as_its_simplified_one(tmp_path):
    """Law-database sites copy notices in Traditional characters: the table's shape is read on Simplified text."""
    import opencc

    simplified = read_raw(_write(tmp_path, NOTICE))
    path = tmp_path / "traditional.txt"
    path.write_text(opencc.OpenCC("s2t").convert(NOTICE), encoding="utf-8")
    assert detect_layout(path) == "spaced"
    doc = read_raw(path)
    assert [(r.task, r.lead) for r in doc.rows] == [(r.task, r.lead) for r in simplified.rows]
    assert [f.line for f in doc.findings if f.code == "traditional"] == [1]


WRAPPED_HEADER = """序号 重点工作任务 牵头  领导 牵头      责任单位 主体      责任单位 配合      责任单位 2024年4-6月份进展情况 备注
1 建设县级科普馆,完善展陈设施。 张  三   李四 县科技局 各乡镇
县经开区
县直有关单位 已开工 按期推进
2 开展科普讲座进社区。 李四 县科协 有关乡镇 县教育局 已完成 常态开展
"""


def test_a_header_whose_cells_a_copy_broke_in_two_and_a_unit_cell_over_lines(tmp_path):
    """牵头  领导 / 牵头  责任单位 are one cell each; 各乡镇 / 县经开区 / 县直有关单位 go on the row's unit cell."""
    line, header, rows = spaced_table(WRAPPED_HEADER.split("\n"))
    assert header == ["重点工作任务", "牵头领导", "牵头责任单位", "主体责任单位", "配合责任单位",
                      "2024年4-6月份进展情况", "备注"]
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("1", "建设县级科普馆,完善展陈设施。", ["县科技局", "各乡镇、县经开区、县直有关单位", ""]),
        ("2", "开展科普讲座进社区。", ["县科协", "有关乡镇", "县教育局"]),
    ]
    table = read_table(_write(tmp_path, WRAPPED_HEADER))
    roles = {(row.task_id, row.unit, row.role) for row in table.assignments.itertuples()}
    assert roles == {("T001", "县科技局", "lead"), ("T001", "各乡镇", "support"), ("T001", "县经开区", "support"),
                     ("T001", "县直有关单位", "support"), ("T002", "县科协", "lead"), ("T002", "有关乡镇", "support"),
                     ("T002", "县教育局", "support")}
