"""The reader of tables copied with nothing between their cells."""

import pytest

from zygraph import read_table
from zygraph.errors import LayoutError
from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.glued import read_glued


def test_rows_cut_at_their_numbers_and_cells_at_names_run_together(tmp_path):
    # the lead cell and the supporting cell run together (市发展改革委各县(市、区)政府); row 2 starts right
    # after the last unit of row 1 (嘉兴港区2服务业…); a heading before row 1 names the area
    path = tmp_path / "t.txt"
    path.write_text("—1—目标任务分解落实方案序号主要工作任务第一责任单位主要责任单位一、主要发展指标"
                    "1地区生产总值年均增长12%左右，人均生产总值达到6万元左右。市发展改革委各县(市、区)政府、嘉兴港区"
                    "2服务业增加值比重达到40%。市发展改革委市三产发展领导小组各成员单位"
                    "3地方财政收入年均增长13%。市财政局各县(市、区)政府、市国税局\n", encoding="utf-8")
    assert detect_layout(path) == "glued"
    doc = read_raw(path)
    assert [(r.area, r.task[:6], r.lead, r.support) for r in doc.rows] == [
        ("主要发展指标", "地区生产总值", "市发展改革委", "各县（市、区）政府、嘉兴港区"),
        ("主要发展指标", "服务业增加值", "市发展改革委", "市三产发展领导小组各成员单位"),
        ("主要发展指标", "地方财政收入", "市财政局", "各县（市、区）政府、市国税局")]
    assert [f.code for f in doc.findings].count("glued_row") == 3


def test_a_person_in_a_leader_column_before_the_units_is_not_a_unit(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施学校建设项目12个。"
                    "何海平教育局经开区高新园(邹区镇)各街道市国有公司\n", encoding="utf-8")
    table = read_table(path)
    assert [(u, r) for u, r in table.assignments[["raw_unit", "role"]].itertuples(index=False)] == [
        ("教育局", "lead"), ("经开区", "support"), ("高新园（邹区镇）", "support"), ("各街道", "support"),
        ("市国有公司", "support")]
    assert "何海平" in " ".join(table.findings.message)


def test_text_without_a_glued_header_is_refused_with_one_clear_line(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("序号是一个编号。各部门要加强领导。\n", encoding="utf-8")
    with pytest.raises(LayoutError, match="no glued table found"):
        read_glued(path)


def test_a_glued_table_a_row_a_line_with_a_group_before_the_number_and_a_note_after_the_units(tmp_path):
    # 类别 before 序号, 全年完成情况 after the units: each row is group, number, task。, units, then the note's text
    path = tmp_path / "t.txt"
    path.write_text("完成情况\n类别序号重点督办内容牵头单位全年完成情况\n"
                    "主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速调整为正增长。\n"
                    "主要预期目标2区级一般公共预算收入增长2%左右。区财政局区税务局全年收入完成413.84亿元。\n"
                    "主要预期目标3城镇登记失业率控制在1.5%以内。区人力社保局根据市人力社保局的通知扩展统计范围。\n",
                    encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.area, r.task, r.lead) for r in rows] == [
        ("主要预期目标", "地区生产总值增长6%左右。", "区发展改革委"),
        ("主要预期目标", "区级一般公共预算收入增长2%左右。", "区财政局、区税务局"),
        ("主要预期目标", "城镇登记失业率控制在1.5%以内。", "区人力社保局")]
