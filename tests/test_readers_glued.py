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


def test_a_glued_row_holding_two_tasks_each_with_its_leader_and_units_and_content_below_merged_cells(tmp_path):
    # a sharing site's preview chunk (2、) stands inside a unit's name; row 2 holds two tasks, each with its
    # leader (a person) and units; row 3's content goes on after its units, under cells merged over it
    path = tmp_path / "t.txt"
    chunk_one = ("1、民生实事项目责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给新建学校12个，"
                 + "增加学位5000个" * 20 + "。何海平教育局经开区高新园(邹区镇")
    chunk_two = ("2、)各街道2老城厢复兴发展完成纪念馆提升工程。何海平文体旅局晋陵公司轨道公司推进核心区改造、道路整治。"
                 "芮春祥住建局五星街道荷花池街道3优化养老服务提供居家上门服务。张菁民政局各街道提升改造8家服务中心。"
                 "提升康复辅具社区租赁服务点建设水平。")
    path.write_text("民生实事项目责任分解表.docx\n《分解表》由会员分享，可在线阅读。\n" + chunk_one + "\n" + chunk_two + "\n",
                    encoding="utf-8")
    document = read_raw(path)
    assert [(r.task[:6], r.lead, r.support) for r in document.rows] == [
        ("增加教育资源", "教育局", "经开区、高新园（邹区镇）、各街道"),
        ("老城厢复兴发", "文体旅局", "晋陵公司、轨道公司"),
        ("推进核心区改", "住建局", "五星街道、荷花池街道"),
        ("优化养老服务", "民政局", "各街道")]
    assert "提升康复辅具" in document.rows[-1].task
    assert any(f.code == "preview_chunks" for f in document.findings)


def test_a_task_column_glued_before_a_leader_column_stays_two_columns(tmp_path):
    # 序号项目内容责任领导责任处室: 项目内容 names the task, 责任领导 the leaders; 序号项目内容责任领导 and 内容责任领导 end as a
    # column of people does but open with the names of other columns
    from zygraph.readers.glued import glued_table

    found = glued_table(["分解表序号项目内容责任领导责任处室1建立网络交易监管机制。王建浩市场规范处2推行案管系统。江裕森法规处"])
    assert found[1] == ["序号", "项目内容", "责任领导", "责任处室"]
    assert [(task, cells) for _, _, _, task, cells, _ in found[2]] == [
        ("建立网络交易监管机制。", ["市场规范处"]), ("推行案管系统。", ["法规处"])]
    # 责任处室责任人: a unit column's name in full, then a people column's, is two columns; 牵头领导 stays one
    found = glued_table(["分解表序号项目内容责任处室责任人1建立网络交易监管机制。市场规范处"])
    assert found[1] == ["序号", "项目内容", "责任处室", "责任人"]
    assert glued_table(["表序号重点工作牵头领导牵头单位1建立网络交易监管机制。王建浩市场规范处"])[1] == [
        "序号", "重点工作", "牵头领导", "牵头单位"]


def test_a_first_task_opening_with_a_figure_is_no_table_continued_from_a_later_row(tmp_path):
    # 130个村…: a figure with its counter word, and no row 131 after it: not "the table starts at row 130", which
    # swallowed the next rows' units into one task
    path = tmp_path / "t.txt"
    path.write_text("通知\n序号工作任务责任单位130个村完成改厕。省农业农村厅2新建道路50公里。省交通厅3完成造林。省林业局\n",
                    encoding="utf-8")
    with pytest.raises(LayoutError):
        read_glued(path)


def test_a_table_continued_from_another_page_starts_at_its_first_row_and_cells_name_their_roles(tmp_path):
    # the copy holds rows 7 and 8 only (上接第二版); each unit cell says its roles (A牵头；B配合；C落实) and the next
    # row's number follows its last verb (落实8)
    path = tmp_path / "t.txt"
    path.write_text("任务清单\n(上接第二版)\n序号工作任务责任单位7办科技周。组织科普讲座。市科协牵头；市教育局、团市委配合；"
                    "各县(区)政府落实8办科普日。市科技局、市科协牵头;各县(区)政府落实\n", encoding="utf-8")
    assert detect_layout(path) == "glued"
    doc = read_raw(path)
    assert [(r.task, r.lead) for r in doc.rows] == [
        ("办科技周。组织科普讲座。", "市科协牵头；市教育局、团市委配合；各县（区）政府落实"),
        ("办科普日。", "市科技局、市科协牵头；各县（区）政府落实")]
    assert "the table starts at row 7" in " ".join(f.message for f in doc.findings if f.code == "glued_row")
    table = read_table(path)
    assert [(t, u, r) for t, u, r in table.assignments[["task_id", "raw_unit", "role"]].itertuples(index=False)] == [
        ("T001", "市科协", "lead"), ("T001", "市教育局", "support"), ("T001", "团市委", "support"),
        ("T001", "各县（区）政府", "support"), ("T002", "市科技局", "lead"), ("T002", "市科协", "lead"),
        ("T002", "各县（区）政府", "support")]


def test_a_number_after_a_verb_inside_a_task_does_not_cut_a_row(tmp_path):
    # 组织实施3年行动: 3 follows a verb but the text before it is no cell of units, so row 3 is not cut there
    path = tmp_path / "t.txt"
    path.write_text("序号工作任务责任单位1办科技周。市科协牵头;市教育局配合2组织实施3年行动。市科技局负责\n",
                    encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.task, r.lead) for r in rows] == [
        ("办科技周。", "市科协牵头；市教育局配合"), ("组织实施3年行动。", "市科技局负责")]
