"""The piped reader: a web table copied as text, one cell a line ending in ` |`."""

import pytest

from zygraph import read_table
from zygraph.errors import LayoutError, MissingColumnError
from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.piped import piped_cells, read_piped
from zygraph.readers.rowfit import fit_row

RESPONSIBLE_ONLY = """2025年重点工作及责任清单
序号 |
重点工作 |
责任领导 |
责任单位 |
完成时限 |
1 |
优化营商环境，落实“项目管家”等制 度。 |
张三 |
招商局、商务局 |
全年 |
2 |
全力推进
空间再造。 |
李四 |
改革办 |
6月底 |
"""

LEAD_AND_PARTNERS = """序号 | 目标与任务 | 牵头责任单位 | 责任单位 |
80 |
新增托位400个。 |
县教育局 |
县各有关单位 |
81 | 支持职业教育。 | 县教育局 | 县人社局、县财政局 |
"""


def test_a_table_naming_units_only_as_responsible_has_them_all_lead(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(RESPONSIBLE_ONLY, encoding="utf-8")
    table = read_table(path)
    assert table.meta["layout"] == "piped"
    assert table.tasks[["task", "note", "line"]].values.tolist() == [
        ["优化营商环境，落实“项目管家”等制度。", "全年", 7], ["全力推进空间再造。", "6月底", 12]]
    assert table.assignments[["task_id", "unit", "role"]].values.tolist() == [
        ["T001", "招商局", "lead"], ["T001", "商务局", "lead"], ["T002", "改革办", "lead"]]
    assert "responsible_column" in table.findings.code.tolist()


def test_lead_and_partner_columns_and_cells_sharing_a_line(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text(LEAD_AND_PARTNERS, encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["task_id", "raw_unit", "role"]].values.tolist() == [
        ["T001", "县教育局", "lead"], ["T001", "县各有关单位", "support"],
        ["T002", "县教育局", "lead"], ["T002", "县人社局", "support"], ["T002", "县财政局", "support"]]


def test_a_row_with_a_cell_too_many_is_cut_on_the_next_number_and_fitted_by_content(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("序号 |\n工作任务 |\n牵头单位 |\n1 |\n办科技周 |\n（续） |\n市科协 |\n2 |\n办科普日 |\n市科技局 |\n",
                    encoding="utf-8")
    document = read_piped(path)
    # the extra text cell goes with the task, the unit stays under 牵头单位
    assert [(r.task, r.lead) for r in document.rows] == [("办科技周；（续）", "市科协"), ("办科普日", "市科技局")]
    realigned = [f for f in document.findings if f.code == "row_realigned"]
    assert [(f.line, f.message, f.action) for f in realigned] == [
        (4, "the row has 4 cells but the header 3", "gave each column the cells that fit it: 1 | 办科技周；（续） | 市科协")]


def test_rows_that_lost_an_empty_cell_or_split_their_units_are_fitted_and_headings_set_the_area(tmp_path):
    cells = ["序号", "主要工作举措", "牵头单位", "配合单位", "责任领导",
             "一、做大做强主导产业",
             "1", "聚焦农产品精深加工产业。", "区农业农村局", "区发展改革局、区工业和信息化局",  # no 责任领导
             "2", "推动再生资源项目落地。", "近海经济区管委会", "自然资源分局", "生态环境分局", "冯冬昌",  # units split
             "二、提升营商环境",
             "3", "优化审批服务。", "区营商局", "区政务服务中心", "张三"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.area, r.task, r.lead, r.support) for r in rows] == [
        ("做大做强主导产业", "聚焦农产品精深加工产业。", "区农业农村局", "区发展改革局、区工业和信息化局"),
        ("做大做强主导产业", "推动再生资源项目落地。", "近海经济区管委会", "自然资源分局、生态环境分局"),
        ("提升营商环境", "优化审批服务。", "区营商局", "区政务服务中心"),
    ]


def test_text_without_a_piped_header_is_refused(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("发布单位 |\n某市人民政府 |\n", encoding="utf-8")
    with pytest.raises(LayoutError, match=r"t\.txt: no piped table found"):
        read_piped(path)


def test_a_header_naming_only_partners_is_refused(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("序号 |\n工作任务 |\n配合单位 |\n1 |\n办科技周 |\n市科协 |\n", encoding="utf-8")
    with pytest.raises(MissingColumnError, match=r"t\.txt, line 1: the piped table's header .* names no lead column"):
        read_piped(path)


def test_a_markdown_table(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 办科技周 | 市科技局 | 市科协 |\n"
                    "| 2 | 办科普日 | 市科协 | |\n", encoding="utf-8")
    assert [(r.line, r.task, r.lead, r.support) for r in read_piped(path).rows] == [
        (3, "办科技周", "市科技局", "市科协"), (4, "办科普日", "市科协", "")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_table_copied_without_bars_one_cell_a_line_or_a_paragraph(tmp_path, gap):
    cells = ["市政府重点工作进展情况表", "序号", "内容与要求", "进展情况", "责任单位",
             "1", "确保地区生产总值增长7%左右。", "1-2月主要指标正增长。", "市发改委",
             "2", "推进重大项目攻坚。", "已安排36个项目。", "市发改委、市财政局"]
    path = tmp_path / "t.txt"
    path.write_text(gap.join(cells) + "\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    rows = read_raw(path).rows
    assert [(r.task, r.lead, r.note) for r in rows] == [
        ("确保地区生产总值增长7%左右。", "市发改委", "1-2月主要指标正增长。"),
        ("推进重大项目攻坚。", "市发改委、市财政局", "已安排36个项目。"),
    ]


def test_a_paragraph_of_short_lines_is_no_bar_less_table(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("工作任务\n各单位要认真落实本方案的各项要求并按时报送进展\n1\n办科技周\n", encoding="utf-8")
    assert piped_cells(path.read_text(encoding="utf-8").split("\n")) is None


def test_a_row_holding_two_tasks_gives_the_second_the_merged_number_and_units(tmp_path):
    cells = ["序号", "民生实事", "责任单位", "完成时限",
             "5", "开工建设县老年养护楼。", "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前",
             "6", "迁建县政务服务中心。", "县政务服务中心", "县代建中心", "12月底前"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.task, r.lead, r.note) for r in document.rows] == [
        ("开工建设县老年养护楼。", "县民政局", "5月底前动工"),
        ("开工建设老年大学。", "县民政局", "12月底前"),
        # a task naming a 中心 is no unit list: it ends with 。
        ("迁建县政务服务中心。", "县政务服务中心、县代建中心", "12月底前"),
    ]
    assert "merged_cell" in [f.code for f in document.findings]


def test_a_leader_column_takes_the_names_and_a_zone_beside_units_is_a_unit(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("序号 |\n主要任务 |\n分管领导 |\n牵头单位 |\n协同单位 |\n说明 |\n"
                    "24 |\n优化提升背街后巷。 |\n城管局 |\n市政局、崇川经济开发区 |\n|\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.task, r.lead, r.support) for r in rows] == [("优化提升背街后巷。", "城管局", "市政局、崇川经济开发区")]


def test_a_header_cell_before_the_first_named_one_heads_the_numbers_and_progress_columns_are_notes(tmp_path):
    cells = ["任务项", "重点工作内容", "牵头责任单位", "四季度任务分解", "四季度进展情况", "完成状况",
             "1", "开展市容秩序专项整治行动。", "区城管大队法制办及街道城管中队", "1.动员部署。2.启动整治。", "已召开调度会。", "已完成"]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(cells) + "\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.task, r.lead) for r in rows] == [("开展市容秩序专项整治行动。", "区城管大队法制办及街道城管中队")]


def test_a_wrapped_header_is_joined_and_a_header_repeated_on_a_new_page_skipped(tmp_path):
    header = ["序号", "具 体 内 容", "牵头", "部门", "相关责任部门", "完成", "时间"]
    cells = header + ["108", "推进素质教育", "教育局", "13个街道、镇", "2010年"] + header + [
        "109", "推进社区教育", "教育局", "民政局、残联等相关部门,13个街道、镇", "2010年"]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(cells) + "\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.task, r.lead, r.support, r.note) for r in rows] == [
        ("推进素质教育", "教育局", "13个街道、镇", "2010年"),
        ("推进社区教育", "教育局", "民政局、残联等相关部门，13个街道、镇", "2010年")]


def test_page_metadata_before_the_header_is_not_the_header(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("索引号 | 0003/2022-83945 | 公开方式 | 主动公开 |\n公开范围 | 面向社会 | 公开时限 | 长期公开 |\n"
                    "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
                    "1 | 新建公办幼儿园7所。 | 1.4月底前主体完工。 | 教育局 | 发改局、住建局 |\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.lead, r.support) for r in rows] == [("教育局", "发改局、住建局")]


def test_rows_without_numbers_are_cut_by_what_their_cells_hold(tmp_path):
    cells = ["序号", "重点工作内容", "责任单位", "配合单位", "一、关于优化经济结构", "(1)加快发展现代服务业。",
             "第三产业增加值比重提高1个百分点。", "经委", "发改委",
             "继续推进新虹桥商务区建设。", "徐泾镇", "区商务区办公室、发改委、经委",
             "(2)大力发展先进制造业。", "工业总产值保持15%的增幅。", "经委"]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(cells) + "\n", encoding="utf-8")
    document = read_raw(path)
    rows = document.rows
    # no number cuts the rows: the cutting is a finding, at the first cell under the header (line 5)
    assert [f.line for f in document.findings if f.code == "rows_cut_by_content"] == [5]
    assert [(r.area, r.task, r.lead, r.support) for r in rows] == [
        ("加快发展现代服务业", "第三产业增加值比重提高1个百分点。", "经委", "发改委"),
        ("加快发展现代服务业", "继续推进新虹桥商务区建设。", "徐泾镇", "区商务区办公室、发改委、经委"),
        ("大力发展先进制造业", "工业总产值保持15%的增幅。", "经委", "")]


def test_a_stray_bar_in_the_page_chrome_does_not_hide_a_table_one_cell_a_line(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("字体:【 默认 超大 |\n序号\n2022年预期目标\n责任单位\n1\n地区生产总值增长5.5%左右\n区发展改革委\n"
                    "2\n工业增加值增长7%左右\n区经济信息委\n", encoding="utf-8")
    assert [(r.task, r.lead) for r in read_raw(path).rows] == [
        ("地区生产总值增长5.5%左右", "区发展改革委"), ("工业增加值增长7%左右", "区经济信息委")]


def test_a_row_far_longer_than_any_real_one_is_read_in_order_without_fitting():
    from zygraph.readers.rowfit import fit_row

    texts = [str(n) for n in range(5000)]
    assert fit_row(texts, ["seq", "task", "lead"]) == ["0", "1", "；".join(texts[2:])]


def test_a_note_line_above_a_row_line_is_a_cell_of_its_own(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("附件1 |\n(注:A类指责任目标)\n序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |\n"
                    "1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、区统计局 | A |\n", encoding="utf-8")
    rows = read_raw(path).rows  # 指标要求 says what the task 地区生产总值 requires: a note
    assert [(r.task, r.note, r.lead, r.support) for r in rows] == [
        ("地区生产总值", "增长5.5%", "区发改经信局", "区财政局、区统计局")]


def test_a_numbered_table_whose_row_starts_with_no_number_does_not_crash(tmp_path):
    # a sealed notice made this raise ValueError: int('孝顺镇') while realigning rows
    cells = ["序号", "事项分类", "事项名称", "项目内容", "牵头单位", "协同单位",
             "1", "打造区域教育高地", "新建一批中小学校", "实施新建中小学校5家。", "区教体局", "东孝街道", "孝顺镇",
             "傅村镇", "曹宅镇", "澧浦镇", "区发改局", "金义新区发展集团", "区城投集团", "区社发公司", "区资规分局",
             "2", "中小学校清廉阳光厨房建设", "对28所中小学校食堂安装数字化验收平台。", "区教体局", "/"]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(cells) + "\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.area, r.lead, r.support.count("、") + 1 if r.support else 0) for r in rows] == [
        ("打造区域教育高地", "区教体局", 10), ("打造区域教育高地", "区教体局", 0)]


def test_a_piped_table_in_traditional_characters(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("序號 |\n項目名稱 |\n建設地點 |\n責任單位 |\n1 |\n中小學改造項目 |\n相關鎮 (街道) |\n教體局 |\n",
                    encoding="utf-8")
    assert [(r.task, r.lead) for r in read_raw(path).rows] == [("中小学改造项目", "教体局")]


def test_a_row_that_lost_its_spanning_category_and_split_its_units_is_fitted_by_content(tmp_path):
    # row 2's category spans from row 1 and is not copied, and its supporting units take two cells:
    # six cells under six columns, but read in order a unit would sit under the task column
    path = tmp_path / "t.txt"
    path.write_text("序号 |\n事项分类 |\n事项名称 |\n项目内容 |\n牵头单位 |\n协同单位 |\n"
                    "1 |\n托育工程 |\n暑期托管 |\n开设托管班。 |\n团区委 |\n区妇联 |\n"
                    "2 |\n青少年宫 |\n新建1个青少年宫。 |\n团区委 |\n各乡镇(街道) |\n区教体局 |\n", encoding="utf-8")
    doc = read_raw(path)
    assert [(r.lead, r.support) for r in doc.rows] == [("团区委", "区妇联"), ("团区委", "各乡镇（街道）、区教体局")]
    assert [f.line for f in doc.findings if f.code == "row_realigned"] == [13]


def _one_cell_a_line(*cells):
    return "\n".join(cells) + "\n"


def test_a_column_of_units_that_score_the_task_is_not_read_as_its_units(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(_one_cell_a_line("序号", "考核内容", "年度目标", "责任部门", "评分部门",
                                     "1", "粮食播种面积", "0.07", "县农业农村局", "市农业农村局",
                                     "2", "农业劳动生产率", "全市统筹", "县海洋与渔业局", "县农业农村局", "市农业农村局"),
                    encoding="utf-8")
    doc = read_raw(path)
    assert [(r.lead, r.support) for r in doc.rows] == [("县农业农村局", ""), ("县海洋与渔业局、县农业农村局", "")]
    assert [f.line for f in doc.findings if f.code == "column_of_no_role"] == [5]


def test_a_figure_where_the_next_rows_number_should_stand_does_not_cut_the_row(tmp_path):
    # row 1 lost its 单位 cell: counting five cells from 1 lands on row 2's target 0, a number
    path = tmp_path / "t.txt"
    path.write_text(_one_cell_a_line("序号", "考核内容", "单位", "指标值", "责任部门",
                                     "1", "建设美丽牧场", "0", "县农业农村局",
                                     "2", "新建高标准农田", "万亩", "0", "县农业农村局",
                                     "3", "整治功能区", "万亩", "0", "县自然资源局"), encoding="utf-8")
    assert [(r.task, r.lead) for r in read_raw(path).rows] == [
        ("建设美丽牧场", "县农业农村局"), ("新建高标准农田", "县农业农村局"), ("整治功能区", "县自然资源局")]


def test_a_group_column_before_the_number_gives_its_rows_their_area(tmp_path):
    # 考核项目 spans rows: its cell stands once, before the number of its group's first row
    path = tmp_path / "t.txt"
    path.write_text(_one_cell_a_line("考核项目", "序号", "考核内容", "责任部门",
                                     "农业高质高效", "1", "粮食播种面积", "县农业农村局",
                                     "2", "生猪存栏", "县农业农村局",
                                     "乡村建设", "3", "改造农村厕所", "县住建局"), encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead) for r in document.rows] == [
        ("农业高质高效", "粮食播种面积", "县农业农村局"), ("农业高质高效", "生猪存栏", "县农业农村局"),
        ("乡村建设", "改造农村厕所", "县住建局")]
    # each group cell read as an area is a finding on its own line (5: 农业高质高效, 12: 乡村建设)
    assert [f.line for f in document.findings if f.code == "group_cell_as_area"] == [5, 12]


def test_a_table_copied_a_cell_a_line_with_each_bar_on_a_line_of_its_own(tmp_path):
    # 序号 / | / 项目 / |: the bar ends the cell above it; the 序号 and 领导 cells span rows and come once;
    # items are numbered inside their text and a ★ marks each row's lead
    path = tmp_path / "t.txt"
    path.write_text("\n".join([
        "区政府2024年重点工作目标任务分解", "序号", "|", "项目", "|", "重点工作目标任务", "|", "牵头领导", "|",
        "责任单位", "|", "一、主要预期目标", "|", "||||", "1", "|", "主要预期目标", "|", "1.地区生产总值增长5%以上。", "|",
        "钱 宇", "|", "★区发改委、统计局", "|", "2.一般公共预算收入增长6%以上。", "|", "★区财政局、税务局", "|", "|||",
        "3.不发生重特大生产安全事故。", "|", "|", "★区应急管理局", "|"]) + "\n", encoding="utf-8")
    table = read_table(path)
    rows = table.assignments.merge(table.tasks, on="task_id")
    assert [(task[:6], unit, role) for task, unit, role in rows[["task", "raw_unit", "role"]].itertuples(index=False)] == [
        ("1.地区生产", "区发改委", "lead"), ("1.地区生产", "统计局", "support"),
        ("2.一般公共", "区财政局", "lead"), ("2.一般公共", "税务局", "support"), ("3.不发生重", "区应急管理局", "lead")]


def test_a_table_whose_bars_open_its_cells_and_whose_merged_unit_cells_come_once(tmp_path):
    # each row's first cell stands alone, the others open with a bar, a lone bar ends the row; the second
    # task's unit cells are merged with the first's, so they come once, after the third task
    path = tmp_path / "t.txt"
    path.write_text("\n".join([
        "一、提高工业化水平", "|", "工作要点", "| 工作任务", "| 牵头单位", "| 参与单位", "|",
        "打造产业旗舰。", "| 全面实施百亿工程,支持企业做大做强。", "| 市企业发展促进局、市发改委", "| 各县市区", "|",
        "毫不动摇地巩固和发展公有制经济,加快完善服务体系。", "| 市企业发展促进局", "| 市发改委、市工商联", "|",
        "坚持扶优扶强,积极实施中小企业成长工程,促进协调发展。", "|"]) + "\n", encoding="utf-8")
    doc = read_raw(path)
    assert [(r.area, r.task[:8], r.lead, r.support) for r in doc.rows] == [
        ("打造产业旗舰", "全面实施百亿工程", "市企业发展促进局、市发改委", "各县市区"),
        ("打造产业旗舰", "毫不动摇地巩固和", "市企业发展促进局", "市发改委、市工商联"),
        ("打造产业旗舰", "坚持扶优扶强，积", "市企业发展促进局", "市发改委、市工商联"),
    ]
    assert [f.line for f in doc.findings if f.code == "merged_cell"] == [17]


def test_a_unit_column_that_names_each_units_head_too_gives_the_units_only(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n"
                    "1 | 提高低保标准。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |\n"
                    "2 | 建设养老院。 | 陈宣群 | 市民政局 市卫健局 伍泽国 | 推进中。 |\n", encoding="utf-8")
    doc = read_raw(path)
    assert [(r.task, r.lead) for r in doc.rows] == [("提高低保标准。", "市民政局"), ("建设养老院。", "市民政局、市卫健局")]
    assert [f.line for f in doc.findings if f.code == "person_in_unit_cell"] == [2, 3]


def test_a_table_one_cell_a_paragraph_with_people_columns_wrapped_headers_and_wrapped_unit_lists(tmp_path):
    # headers wrapped over two cells (责任 / 领导, 区政府办 / 协管责任人), Traditional with pinyin readings,
    # a lead marked by a note in the related units, which wrap over cells ending in 、 or ，, and a progress cell
    cells = ["序號", "目標(biāo)任務(wù)", "責(zé)任", "領(lǐng)導(dǎo)", "區(qū)政府辦", "協管責任人", "牽頭單位", "責任人",
             "相關(guān)單位", "完成情況",
             "1", "地區生產總值增長9.5%", "徐  平", "陳  曦", "區發改局", "徐銘喜", "區統計局(數據評估牽頭單位),",
             "區財政局、區工信局、", "區金融辦,各鄉、街道辦事處", "上半年預計增長7.5%。",
             "2", "財政收入增長15%", "徐  平", "陳  曦", "區財政局", "楊大明", "區國稅局,", "各鄉、街道辦事處", "已完成。"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    rows = [(r.task, r.lead, r.support) for r in read_raw(path).rows]
    assert rows == [("地区生产总值增长9.5%", "区发改局", "区统计局（数据评估牵头单位），区财政局、区工信局、区金融办，各乡、街道办事处"),
                    ("财政收入增长15%", "区财政局", "区国税局，各乡、街道办事处")]
    table = read_table(path)
    lead = table.assignments[table.assignments.role == "lead"]
    assert sorted(lead.raw_unit) == ["区发改局", "区统计局", "区财政局"]


def test_a_table_without_numbers_whose_lead_column_comes_first_and_wraps_a_name_over_lines(tmp_path):
    # the lead column is narrow: 市政府办公厅 wraps over three paragraphs of two characters
    cells = ["附件：目标任务责任分解表", "牵头单位", "目   标   任   务", "责  任  单  位",
             "市政", "府办", "公厅", "强化行政监督，自觉接受人大和政协监督，优质高效办理议案。", "市直各单位",
             "市发改委", "推进重大项目建设，加快产业升级。", "市工信局、市商务局"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    assert [(r.task[:6], r.lead, r.support) for r in read_raw(path).rows] == [
        ("强化行政监督", "市政府办公厅", "市直各单位"), ("推进重大项目", "市发改委", "市工信局、市商务局")]


def test_a_unit_cell_that_names_roles_with_verbs_over_two_paragraphs(tmp_path):
    # 工作任务 | 具体要求 | 责任单位: the task, what it requires, and a unit cell whose verbs give the roles;
    # the cell's second paragraph (各镇（街区）分别落实) is a group of its own
    cells = ["工作任务", "具 体 要 求", "责 任 单 位", "时限要求", "一、扎实做好信息公开",
             "1.推进重大工程信息公开", "加大配套制度措施的公开、解读力度。",
             "市发改局牵头落实;市工信局、市教体局按职责分工分别落实", "各镇(街区)分别落实"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.str[:6].tolist() == ["1.推进重大"]
    assert [(u, r) for u, r in table.assignments[["raw_unit", "role"]].itertuples(index=False)] == [
        ("市发改局", "lead"), ("市工信局", "support"), ("市教体局", "support"), ("各镇（街区）", "support")]


def test_a_line_under_merged_cells_in_a_table_copied_one_row_a_line_is_a_row_of_its_own(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("序号 | 工作任务 | 责任单位 | 一季度目标 |\n"
                    "1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装 |\n"
                    "新增学位810个 | |||\n"
                    "2 | 完成结对帮扶学校2所 | 教体局 | 互派人员 |\n", encoding="utf-8")
    doc = read_raw(path)
    assert [(r.task, r.lead) for r in doc.rows] == [
        ("新改扩建公办中小学校1所", "教体局"), ("新增学位810个", "教体局"), ("完成结对帮扶学校2所", "教体局")]
    assert [f.line for f in doc.findings if f.code == "merged_cell"] == [3]


def test_a_duty_list_whose_unit_column_comes_before_the_duty(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("序号 | 职责部门 | 职责名称 | 职责依据 |\n"
                    "1 | 县能源局 | 煤矿安全监管 | 《安全生产法》第十条 |\n"
                    "2 | 县应急局 | 综合监管 | 《安全生产法》第十条 |\n", encoding="utf-8")
    assert [(r.task, r.lead, r.note) for r in read_raw(path).rows] == [
        ("煤矿安全监管", "县能源局", "《安全生产法》第十条"), ("综合监管", "县应急局", "《安全生产法》第十条")]


@pytest.mark.parametrize("headers, expected", [
    (["组别", "牵头单位", "成员单位", "主要职责"], ["area", "lead", "support", "task"]),
    (["分 组", "牵头单位", "督查单位"], ["task", "lead", None]),
])
def test_headers_of_groups_and_duties(headers, expected):
    from zygraph.readers.columns import columns_for

    assert columns_for(headers) == expected


@pytest.mark.parametrize("header, expected", [
    ("具体工作任务和要求", "task"), ("民生事项名称", "task"), ("2022年度任务目标", "task"), ("单位名称", None),
])
def test_headers_naming_the_task_with_its_requirements_or_its_name(header, expected):
    from zygraph.readers.columns import column_for

    assert column_for(header) == expected


def test_a_table_a_row_a_line_with_a_project_cell_merged_down_and_lines_of_a_deadline_and_a_unit(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
                    "1.城市环境提升项目 | 改造人民中路; | 11月 | 建设局 |\n"
                    "2021.8 | 城投集团 | ||\n"
                    "绿化七星路; | 2021.12 | 城投集团 | |\n"
                    "2.生态公墓项目 | 新建公益性墓地15处。 | 10月底 | 民政局 |\n"
                    "计划10月底完成新增墓地建设 | 公共服务集团 | ||\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.task, r.lead) for r in document.rows] == [
        ("改造人民中路；", "建设局、城投集团"), ("绿化七星路；", "城投集团"), ("新建公益性墓地15处。", "民政局、公共服务集团")]
    # reading the lines as rows, and each line of a deadline and a unit joined to the row above, are findings
    assert [(f.line, f.code) for f in document.findings if f.code in ("rows_by_line", "units_line_joined")] == [
        (2, "rows_by_line"), (3, "units_line_joined"), (6, "units_line_joined")]


def test_a_bar_less_table_whose_first_row_names_an_area_and_whose_rows_have_a_name_and_a_text(tmp_path):
    cells = ["分解表", "序号", "名称", "工作任务", "主要责任单位", "经济社会发展主要预期目标分解(15项)",
             "1", "地区生产总值", "地区生产总值增长12%", "市发改委、统计局",
             "2", "财政收入", "地方财政一般预算收入增长12%以上", "市财政局、国税局"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.note, r.lead) for r in document.rows] == [
        ("经济社会发展主要预期目标分解(15项)", "地区生产总值", "地区生产总值增长12%", "市发改委、统计局"),
        ("经济社会发展主要预期目标分解(15项)", "财政收入", "地方财政一般预算收入增长12%以上", "市财政局、国税局")]
    # the area row is no heading (一、…): reading it as the rows' area is a finding on its line (cell 6 = line 11)
    assert [f.line for f in document.findings if f.code == "area_row_before_rows"] == [11]


def test_area_rows_between_a_bar_less_header_and_the_first_row_name_its_area(tmp_path):
    cells = ["序号", "重点工作", "市政府", "分管领导", "牵头单位", "配合单位", "备注",
             "强化科技创新支撑能力。", "(一)", "加强战略科技力量建设。",
             "1", "加快建设科技创新轴。", "王 东", "市科技局", "黄埔区、南沙区政府",
             "2", "做好国家实验室筹建保障。", "王 东", "市科技局", "市财政局"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    assert [(r.area, r.task, r.lead, r.support) for r in read_raw(path).rows] == [
        ("加强战略科技力量建设", "加快建设科技创新轴。", "市科技局", "黄埔区、南沙区政府"),
        ("加强战略科技力量建设", "做好国家实验室筹建保障。", "市科技局", "市财政局")]


def test_a_second_table_under_its_own_header_numbered_from_1_star_with_a_lead_named_in_a_second_paragraph(tmp_path):
    cells = ["一、省政府重点工作涉杭任务", "序号", "重点工作任务(配合工作)", "责任单位", "(一)王宏副市长牵头重点工作",
             "1", "加强粮食保障。", "市农业农村局、市商务局", "省牵头单位:省农业农村厅",
             "二、市政府重点工作", "序号", "重点工作任务(牵头工作)", "责任单位", "(一)戴建平常务副市长牵头重点工作",
             "1*", "推进科创大走廊建设。", "城西科创产业集聚区管委会，市科技局"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    table = read_table(path)
    rows = table.assignments.merge(table.tasks, on="task_id")
    assert [(task[:4], unit, role) for task, unit, role in rows[["task", "raw_unit", "role"]].itertuples(index=False)] == [
        ("加强粮食", "市农业农村局", "support"), ("加强粮食", "市商务局", "support"), ("加强粮食", "省农业农村厅", "lead"),
        ("推进科创", "城西科创产业集聚区管委会", "lead"), ("推进科创", "市科技局", "lead")]


ROWS_OPENED_BY_A_LINE = """附件1
各县(市)、区2008年度节能指标
| 降低率指标(%)
| 责任单位
|
新乡县
| 5.2
| 新乡县政府
|
获嘉县
| 5.1
| 获嘉县政府、县发改委
|
凤泉区
| 5.1
| 凤泉区政府
|
"""

GROUPS_WITH_AN_EMPTY_NOTE = """分组表
分 组
| 督查组牵头单位
| 督查单位
| 备 注
|
第一组
| 市安监局
| 雁塔区
|
|
第二组
| 市规划局
| 灞桥区
|
|
第三组
| 市公安局
| 长安区
|
|
"""

TASK_UNDER_MERGED_UNITS = """|
工作要点
| 工作任务
| 牵头单位
| 参与单位
|
打造产业旗舰。
| 全面实施工程。
| 市发改委
| 市工信局
|
推进园区整合，把园区打造成为增长极。
| 市商务局
| 市财政局、各县市区
|
坚持扶优扶强，积极实施中小企业成长工程，促进中小企业加快发展，培育一批科技型企业。
|
发展服务业。
| 建设物流园区。
| 市商务局、市旅游局
| 市发改委
|
"""


def test_rows_opening_with_a_line_of_their_own_and_a_bar_before_each_later_cell(tmp_path):
    # the header's corner cell is empty under the table's title: the rows' first cells name the tasks
    path = tmp_path / "t.txt"
    path.write_text(ROWS_OPENED_BY_A_LINE, encoding="utf-8")
    assert detect_layout(path) == "piped"
    rows = read_raw(path).rows
    assert [(r.task, r.lead, r.support) for r in rows] == [
        ("新乡县", "新乡县政府", ""), ("获嘉县", "获嘉县政府、县发改委", ""), ("凤泉区", "凤泉区政府", "")]
    assert [r.line for r in rows] == [6, 10, 14]


def test_groups_named_by_their_first_column_with_an_empty_last_cell(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(GROUPS_WITH_AN_EMPTY_NOTE, encoding="utf-8")
    rows = read_raw(path).rows
    # 督查单位 names the districts inspected: a column of no role, so no support
    assert [(r.task, r.lead, r.support) for r in rows] == [
        ("第一组", "市安监局", ""), ("第二组", "市规划局", ""), ("第三组", "市公安局", "")]


def test_a_task_alone_on_its_row_shares_the_unit_cells_of_the_row_above(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TASK_UNDER_MERGED_UNITS, encoding="utf-8")
    document = read_raw(path)
    assert [(r.task[:6], r.lead, r.support) for r in document.rows] == [
        ("全面实施工程", "市发改委", "市工信局"),
        ("推进园区整合", "市商务局", "市财政局、各县市区"),
        ("坚持扶优扶强", "市商务局", "市财政局、各县市区"),
        ("建设物流园区", "市商务局、市旅游局", "市发改委")]
    assert [r.area for r in document.rows] == ["打造产业旗舰"] * 3 + ["发展服务业"]
    assert [f.line for f in document.findings if f.code == "merged_cell"] == [16]
    assert not [f for f in document.findings if f.severity == "warning"]


ASSESSMENT_TABLE = """附件
2016年度目标任务分解表
项 目
分值
目标任务
监考单位
宏观调控
地区生产总值增长率
3
年终综合考核
区发改局区统计局
社会消费品零售总额增长率
3
工业投资
1
52
区经信局
公共服务
城镇新增就业人数
1
5800
区人社局
城镇登记失业率
1
低于 4.1
"""


def test_an_assessment_table_without_bars_is_cut_by_its_scores(tmp_path):
    # each row: item, score, target, units; rows naming no units share the merged cell of the row above;
    # headings (宏观调控, 公共服务) stand between rows; the one unit column judges the tasks and answers for them
    path = tmp_path / "t.txt"
    path.write_text(ASSESSMENT_TABLE, encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.support) for r in document.rows] == [
        ("宏观调控", "地区生产总值增长率", "区发改局、区统计局", ""),
        ("宏观调控", "社会消费品零售总额增长率", "区发改局、区统计局", ""),
        ("宏观调控", "工业投资", "区经信局", ""),
        ("公共服务", "城镇新增就业人数", "区人社局", ""),
        ("公共服务", "城镇登记失业率", "区人社局", "")]
    codes = {f.code for f in document.findings}
    assert {"items_as_tasks", "judging_column_read_as_responsible", "merged_cell", "units_run_together"} <= codes
    table = read_table(path)
    assert table.assignments[["task_id", "raw_unit", "role", "line"]].values.tolist()[:4] == [
        ["T001", "区发改局", "lead", 8], ["T001", "区统计局", "lead", 8],
        ["T002", "区发改局", "lead", 12], ["T002", "区统计局", "lead", 12]]


def test_a_group_cell_before_each_groups_first_row_number_under_a_header_without_seq(tmp_path):
    # the header names no 序号; 工作任务's cells, copied once, stand before the number of their group's first row
    path = tmp_path / "t.txt"
    path.write_text("工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n强化规范性文件集中规范公开\n|\n1\n|\n"
                    "对规范性文件进行全面清理。\n|\n办公室\n|\n年底前\n|\n做好主动公开基础工作\n|\n2\n|\n"
                    "严格规范政府信息公开专栏。\n|\n各科室\n|\n持续推进\n|\n3\n|\n规范做好年度报告编制发布工作。\n|\n"
                    "办公室\n|\n持续推进\n|\n", encoding="utf-8")
    document = read_raw(path)
    rows = document.rows
    # each group cell read as an area is a finding on its line (9: 强化…公开, 19: 做好…工作)
    assert [f.line for f in document.findings if f.code == "group_cell_as_area"] == [9, 19]
    assert [(r.area, r.task, r.lead) for r in rows] == [
        ("强化规范性文件集中规范公开", "对规范性文件进行全面清理。", "办公室"),
        ("做好主动公开基础工作", "严格规范政府信息公开专栏。", "各科室"),
        ("做好主动公开基础工作", "规范做好年度报告编制发布工作。", "办公室")]


def test_a_column_of_headings_over_a_column_of_numbered_items_gives_area_and_task(tmp_path):
    # 工作任务's cells are headings merged over their group and copied on its first row only: later rows
    # open with their item, a cell short
    path = tmp_path / "t.txt"
    path.write_text("工作任务 | 具体要求 | 责任部门 |\n"
                    "一、做好财政信息公开。 | 1.积极推进预算公开。 | 财务科 |\n"
                    "二、做好网站专栏信息公开。 | 2.及时更新机构职能信息。 | 办公室 |\n"
                    "3.及时反馈网民意见。 | 各科室 | |\n"
                    "4.及时更新公众号信息。 | 办公室牵头,各科室配合 | |\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.support) for r in document.rows] == [
        ("做好财政信息公开", "1.积极推进预算公开。", "财务科", ""),
        ("做好网站专栏信息公开", "2.及时更新机构职能信息。", "办公室", ""),
        ("做好网站专栏信息公开", "3.及时反馈网民意见。", "各科室", ""),
        ("做好网站专栏信息公开", "4.及时更新公众号信息。", "办公室牵头，各科室配合", "")]
    assert [f.code for f in document.findings].count("groups_over_items") == 1


def test_a_paragraph_table_of_groups_over_items_whose_merged_unit_cell_is_written_once(tmp_path):
    # one cell a paragraph; 责任股室 names a district bureau's sections; group 二's unit cell spans its three
    # items and is written once, so items 2 and 3 stand one cell short (no group cell, no unit cell)
    path = tmp_path / "t.txt"
    path.write_text("工作任务\n\n具体要求\n\n责任股室\n\n一、做好规划公开。\n\n做好规划的归集整理。\n\n办公室\n\n"
                    "二、做好财政信息公开。\n\n1.推进预算公开。\n\n办公室、各股室\n\n2.深化债务信息公开。\n\n"
                    "3.加大惠民资金信息公开力度。\n\n三、做好网站专栏公开。\n\n1.更新数据集。\n\n办公室\n\n"
                    "2.做好重点领域的信息更新。\n\n办公室、社会救助股\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead) for r in document.rows] == [
        ("做好规划公开", "做好规划的归集整理。", "办公室"),
        ("做好财政信息公开", "1.推进预算公开。", "办公室、各股室"),
        ("做好财政信息公开", "2.深化债务信息公开。", "办公室、各股室"),
        ("做好财政信息公开", "3.加大惠民资金信息公开力度。", "办公室、各股室"),
        ("做好网站专栏公开", "1.更新数据集。", "办公室"),
        ("做好网站专栏公开", "2.做好重点领域的信息更新。", "办公室、社会救助股")]
    codes = [f.code for f in document.findings]
    assert codes.count("groups_over_items") == 1 and codes.count("merged_cell") == 2


def test_a_units_first_paragraph_table_whose_numbered_project_spans_several_rows(tmp_path):
    # 责任单位 before 建设内容; project 1 spans two rows, each later row opening with its own units after the
    # empty paragraph of the merged cells; unit names and a progress cell broken over paragraphs; the header's
    # 总投资 / (万元) and 2023年 / 目标进度 wrapped
    path = tmp_path / "t.txt"
    path.write_text("民生实事项目表\n\n序号\n\n项目\n\n责任单位\n\n建设内容\n\n总投资\n\n(万元)\n\n2023年\n\n目标进度\n\n"
                    "1\n\n完善交通设施\n\n区新兴产业\n\n服务中心\n\n改造宏图路。\n\n48414\n\n一季度开工,\n\n年内完成50%。\n\n\n\n"
                    "区综合行政\n\n执法局\n\n区公建中心\n\n修复江堤设施。\n\n4950\n\n7月底\n\n"
                    "2\n\n加大安居保障\n\n慈城鎮\n\n新建保障性租赁住房。\n\n87348\n\n年内完成\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.note) for r in document.rows] == [
        ("完善交通设施", "改造宏图路。", "区新兴产业服务中心", "一季度开工，年内完成50%。"),
        ("完善交通设施", "修复江堤设施。", "区综合行政执法局、区公建中心", "7月底"),
        ("加大安居保障", "新建保障性租赁住房。", "慈城镇", "年内完成")]
    assert [f.line for f in document.findings if f.code == "header_joined"] == [11, 15]
    # each cell read from paragraphs the copy parted is a finding: the two unit names and the progress cell
    assert [f.line for f in document.findings if f.code == "cell_joined"] == [23, 31, 37]


def test_a_table_of_matters_and_sections_without_numbers_whose_first_row_is_no_header(tmp_path):
    # no number ends the header: its run of cells stops where a cell names a unit (采购管理科), the first row's
    path = tmp_path / "t.txt"
    path.write_text("事 项 |\n负责承办科室 |\n办理程序 |\n政府采购 |\n采购管理科 |\n申报及审批。单位到政府采购管理科领取申请表。 |\n"
                    "财政投资评审 |\n经建科 |\n由相关科室将资料报送经济建设科。 |\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.task, r.lead) for r in rows] == [("政府采购", "采购管理科"), ("财政投资评审", "经建科")]
    assert [r.area for r in rows] == ["", ""]  # the procedure cells after the units are their rows', no headings


def test_a_paragraph_table_opening_with_its_column_of_people_and_its_first_leader(tmp_path):
    # 牵头领导 opens the header (no 序号); the first row's leader follows the header, before the task
    path = tmp_path / "t.txt"
    path.write_text("方案\n\n牵头领导\n\n重点工作\n\n牵头单位\n\n配合单位\n\n备注\n\n周某某市长\n\n"
                    "1.始终做到忠诚于党。坚决做到两个维护。\n\n市府办\n\n各单位\n\n王某某副市长\n\n"
                    "2.推进营商环境改革。优化审批流程。\n\n市发改局\n\n市司法局\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.area, r.task[:10], r.lead, r.support) for r in rows] == [
        ("", "1.始终做到忠诚于党", "市府办", "各单位"), ("", "2.推进营商环境改革", "市发改局", "市司法局")]


def test_header_words_wrapped_one_a_paragraph_are_joined_to_the_rows_width(tmp_path):
    # 责任 / 领导 and 责任 / 科室 are two column names, not a unit's pieces; 攻坚目标 / 任务 and 第二季度 /
    # 完成情况 are one each, as the rows' seven cells show
    words = ["序号", "重点工作", "责任", "领导", "责任", "科室", "攻坚目标", "任务", "工作任务安排", "第二季度", "完成情况",
             "1", "白仙山水库工程政策处理", "欧某某", "水库工程领导小组", "完成政策处理。", "推进迁移工作。", "进度达60%。",
             "2", "现代化美丽城镇", "吴某某", "乡村振兴办", "创建美丽城镇。", "开展项目建设。", "完成投资3000万元。"]
    path = tmp_path / "t.txt"
    path.write_text("执行情况\n\n" + "\n\n".join(words) + "\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.task, r.lead) for r in document.rows] == [("白仙山水库工程政策处理", "水库工程领导小组"),
                                                        ("现代化美丽城镇", "乡村振兴办")]
    assert {f.message.split()[3] for f in document.findings if f.code == "header_joined"} >= {"责任领导", "第二季度完成情况"}


def test_an_assessment_table_with_bars_is_cut_by_its_scores_too(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("附件\n目标任务分解表\n项 目 |\n分值 |\n目标任务 |\n考核单位 |\n宏观调控 |\n地区生产总值增长率 |\n3 |\n"
                    "年终综合考核 |\n区发改局、区统计局 |\n社会消费品零售总额增长率 |\n3 |\n工业投资 |\n1 |\n52 |\n区经信局 |\n",
                    encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.area, r.task, r.lead) for r in rows] == [
        ("宏观调控", "地区生产总值增长率", "区发改局、区统计局"), ("宏观调控", "社会消费品零售总额增长率", "区发改局、区统计局"),
        ("宏观调控", "工业投资", "区经信局")]


def test_rows_one_a_line_whose_items_without_a_group_cell_are_shorter_than_the_header(tmp_path):
    # 工作任务 holds headings (一、…) over the numbered items of 具体要求; a row opening with an item has no group
    # cell and, copied one row a line, is a cell short; a row of an item alone shares the units of the row above
    path = tmp_path / "t.txt"
    path.write_text("工作任务 | 具体要求 | 责任部门 |\n"
                    "一、做好规划公开。 | 1.公开规划纲要。 | 办公室牵头,其他股室及属下单位配合 |\n"
                    "2.做好规划归集整理。 |\n"
                    "二、做好执法信息公开。 | 3.公开行动方案。 | 市场执法股 |\n"
                    "4.加强行政执法信息公开。 | 计划财务股 |\n"
                    "三、做好财政信息公开。 | 5.推进预算公开。 | 计划财务股、属下单位 |\n"
                    "6.深化债务信息公开。 | 计划财务股 |\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead) for r in document.rows] == [
        ("做好规划公开", "1.公开规划纲要。", "办公室牵头，其他股室及属下单位配合"),
        ("做好规划公开", "2.做好规划归集整理。", "办公室牵头，其他股室及属下单位配合"),
        ("做好执法信息公开", "3.公开行动方案。", "市场执法股"),
        ("做好执法信息公开", "4.加强行政执法信息公开。", "计划财务股"),
        ("做好财政信息公开", "5.推进预算公开。", "计划财务股、属下单位"),
        ("做好财政信息公开", "6.深化债务信息公开。", "计划财务股")]
    assert {"groups_over_items", "rows_by_line", "merged_cell"} <= {f.code for f in document.findings}


def test_a_row_of_an_item_alone_shares_units_of_two_tiers_and_a_township_collective(tmp_path):
    # 市直单位 then 各镇（街）, split by ；, with 参照落实: the cell names units only, so the item alone on the
    # next line (its unit cell merged over two rows, copied once) shares them
    path = tmp_path / "t.txt"
    path.write_text("工作任务 | 具体要求 | 责任单位 |\n"
                    "一、做好财政信息公开。 | 1.推进预算公开。 | 市财政局牵头,市直各部门落实;各镇(街)参照落实 |\n"
                    "2.深化债务信息公开。 |\n"
                    "二、做好网站公开。 | 3.更新机构职能信息。 | 市直有关部门;各镇(街) |\n", encoding="utf-8")
    document = read_raw(path)
    shared = "市财政局牵头，市直各部门落实；各镇（街）参照落实"
    assert [(r.task, r.lead) for r in document.rows] == [
        ("1.推进预算公开。", shared), ("2.深化债务信息公开。", shared), ("3.更新机构职能信息。", "市直有关部门；各镇（街）")]
    assert "merged_cell" in {f.code for f in document.findings}


def test_a_table_of_departments_duties_one_cell_a_paragraph_gives_each_department_its_duty(tmp_path):
    # 相关部门 | 职责分工, no numbers, a blank line after each cell: each department does the duty below it (it
    # leads, no lead being named), and the units its duty works with after 会同 support
    path = tmp_path / "t.txt"
    path.write_text("管理事项 安全保障\n\n相关部门\n\n职责分工\n\n区公安分局\n\n维护周边安全、网上信息检查。\n\n区教育局\n\n"
                    "负责组织考试;会同保密部门和公安部门,对保密室进行检查。\n\n区交通分局\n\n车辆安全检查。\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.task, r.lead, r.support) for r in document.rows] == [
        ("维护周边安全、网上信息检查。", "区公安分局", ""),
        ("负责组织考试；会同保密部门和公安部门，对保密室进行检查。", "区教育局", "保密部门、公安部门"),
        ("车辆安全检查。", "区交通分局", "")]
    assert "duty_partners" in {f.code for f in document.findings}
    table = read_table(path)
    assert sorted(zip(table.assignments.unit, table.assignments.role)) == [
        ("保密部门", "support"), ("公安部门", "support"), ("区交通分局", "lead"), ("区公安分局", "lead"),
        ("区教育局", "lead")]


def test_a_header_on_one_line_over_cells_one_a_line_and_a_label_after_the_table(tmp_path):
    # 序号 涉及部门 职责分工 with spaces between its cells, then each row one cell a line; 相关依据： after the last
    # row opens a list of the regulations cited, not more of the last duty
    path = tmp_path / "t.txt"
    path.write_text("学校食品安全管理\n序号 涉及部门 职责分工\n1\n市教育局\n负责校园食品安全管理。\n2\n市市场监管局\n"
                    "负责监督检查;依法会同有关部门开展事故调查。\n\n相关依据:\n\n1.《学校食品安全管理规定》\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.task, r.lead, r.support) for r in document.rows] == [
        ("负责校园食品安全管理。", "市教育局", ""),
        ("负责监督检查；依法会同有关部门开展事故调查。", "市市场监管局", "有关部门")]
    assert {"table_ends_at_label", "duty_partners", "header_split_at_spaces"} <= {f.code for f in document.findings}


def test_a_spanning_task_cell_over_a_finer_division_column_and_hui_written_for_huitong(tmp_path):
    # 工作任务 spans rows and is written on a group's first row only, so the other rows are a cell short; a bar
    # alone on the line after each row; 宣传处会办公室 writes 会 for 会同: 宣传处 does it, 办公室 works with it
    path = tmp_path / "t.txt"
    path.write_text("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
                    "1 | 做好疫情信息发布 | 围绕散发疫情发布权威信息 | 应急处、疾控处等按职责分工落实 | 长期推进 |\n|\n"
                    "2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |\n|\n"
                    "3 | 提高信息发布规范化水平 | 宣传处会办公室 | 2021年8月前 |\n|\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead) for r in document.rows] == [
        ("做好疫情信息发布", "围绕散发疫情发布权威信息", "应急处、疾控处等按职责分工落实"),
        ("做好疫情信息发布", "做好疫苗接种信息公开", "疾控处"),
        ("做好疫情信息发布", "提高信息发布规范化水平", "宣传处会同办公室")]
    assert "together_in_short" in {f.code for f in document.findings}
    table = read_table(path)
    roles = table.assignments.merge(table.tasks, on="task_id")
    assert sorted(zip(roles.task, roles.unit, roles.role))[-2:] == [
        ("提高信息发布规范化水平", "办公室", "support"), ("提高信息发布规范化水平", "宣传处", "lead")]


def test_a_disclosure_catalog_names_its_offices_under_gong_kai_ze_ren_and_a_website_is_no_unit(tmp_path):
    # a 主动公开目录 copied from a page: each row broken over lines (its 事项类别 cell, the item alone on a line, a
    # lone bar, then the other cells); 公开责任 holds the office answerable for each item, 公开渠道 the website
    path = tmp_path / "t.txt"
    path.write_text("| 事项类别 | 事项名称 | 公开内容 | 公开渠道 | 公开时限 | 公开责任 |\n|---|---|---|---|---|---|\n"
                    "| 机构职能信息 |\n领导信息\n|\n领导姓名、职务。 | √门户网站 | 20个工作日内。 | 秘书科 |\n"
                    "| 机构职能信息 |\n内设机构\n|\n内设机构的名称及职能。 | √门户网站 | 20个工作日内。 | 组织科 |\n",
                    encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.area, r.task[:4], r.lead, r.support) for r in document.rows] == [
        ("机构职能信息", "领导信息", "秘书科", ""), ("机构职能信息", "内设机构", "组织科", "")]
    assert "responsible_column" in {f.code for f in document.findings}


def test_a_sentence_before_the_table_naming_one_lead_for_it_makes_each_rows_units_support(tmp_path):
    # the catalog's 概述 names the office to lead the whole table and the sections to answer each for their rows
    # (详见…表); the table's own column names no lead: the office leads every row, the row's sections support it
    path = tmp_path / "t.txt"
    path.write_text("一、概述\n（四）责任主体\n综合科牵头，各有关股室根据职责分工分别负责（详见事项表）。\n二、事项表\n"
                    "序号 | 公开事项 | 责任股室 |\n1 | 机构职能 | 综合科、人事股 |\n2 | 规范性文件 | 法规股及各有关股室 |\n",
                    encoding="utf-8")
    document = read_raw(path)
    assert [(r.task, r.lead, r.support) for r in document.rows] == [
        ("机构职能", "综合科", "人事股"), ("规范性文件", "综合科", "法规股、各有关股室")]
    assert [f.line for f in document.findings if f.code == "table_lead"] == [3]


def test_a_catalog_one_row_a_line_with_levels_a_second_header_line_and_merged_cells_left_out(tmp_path):
    # 一级目录 | 二级目录: the deeper level names the item; 公开方式 spans two columns named on the line below; the
    # merged 一级目录 cell is written on its group's first row only and rows are padded at their end with empty
    # cells; one row is broken over two lines; the law every row cites is a note, never a task
    path = tmp_path / "t.txt"
    path.write_text("某局政府信息主动公开基本目录\n"
                    "一级目录 | 二级目录 | 公开内容 (要素) | 公开依据 | 责任科室 | 公开方式 | ||\n"
                    "主动公开 | 依申请公开 | ||||||\n"
                    "政务 | 工作动态 | 本局重要会议、重要活动。 | 《政府信息公开条例》 | 综合科 | √ | |||\n"
                    "人事信息 | 干部任免、招考录用。 |\n《政府信息公开条例》 | 人事科 | √ | |||\n"
                    "财政预决算 | 《政府信息公开条例》 | 财务科、综合科 | √ | ||||\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    # (the last row has no 公开内容 cell: the two task columns each take a cell, so the law joins its item)
    assert [(r.area, r.task, r.lead) for r in document.rows] == [
        ("政务", "工作动态；本局重要会议、重要活动。", "综合科"), ("政务", "人事信息；干部任免、招考录用。", "人事科"),
        ("政务", "财政预决算；《政府信息公开条例》", "财务科、综合科")]
    codes = {f.code for f in document.findings}
    assert {"sub_header", "row_over_two_lines", "catalog_levels", "cells_in_every_row"} <= codes


def test_the_last_two_rows_of_a_table_narrower_than_its_header_are_cut_at_the_second_ones_number():
    # a web table flattened one cell a line: seven header cells, but the rows leave their empty 季度 cells out,
    # so the last two rows (four cells, then three: no 配合单位) fill the header's width together
    lines = ["序号", "", "任务", "", "细化措施", "", "一季度", "", "二季度", "", "责任单位", "", "配合单位", "",
             "1", "", "推进分类", "", "建立投放方式。", "", "区城管局", "", "区住建委", "",
             "2", "", "制定评估办法。", "", "区事务局", "", "区城管局", "",
             "3", "", "开展专项整治行动。", "", "区城管局"]
    table = piped_cells(lines)
    assert [[text for _, text in row] for row in table.rows] == [
        ["1", "推进分类", "建立投放方式。", "区城管局", "区住建委"], ["2", "制定评估办法。", "区事务局", "区城管局"],
        ["3", "开展专项整治行动。", "区城管局"]]


def test_a_heading_row_gives_its_area_to_rows_whose_group_cell_was_fitted_into_the_task(tmp_path):
    # 试点任务 groups the 细化措施 below it (an area column), yet every row lost its empty target and quarter cells
    # and was fitted, its 试点任务 cell (on the group's first row only) read with the task: the heading 一、… names
    # the area of the rows (a 2020 district table, one cell a line)
    path = tmp_path / "t.txt"
    path.write_text(_one_cell_a_line(
        "序号", "试点任务", "细化措施", "工作绩效目标", "责任单位", "配合单位", "完成时限", "一季度", "二季度", "三季度", "四季度",
        "一、持续强化规划引领", "1", "推进生活垃圾分类规划", "建立简便易行的分类投放方式,引导居民自觉、科学地开展生活垃圾分类。",
        "区城市管理局", "区住房城市建委、区机关事务局", "2020",
        "2", "加强对生活垃圾分类投放、收集、运输、贮存、处置各环节的管理和配套设施建设,健全有害垃圾收运处置体系。",
        "区城市管理局", "区生态环境局、区住房城市建委", "2020",
        "3", "制定机关企事业单位、公共场所等公共机构分类评估实施办法。", "区机关事务局", "区城市管理局", "2020"),
        encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task[:6], r.lead) for r in document.rows] == [
        ("持续强化规划引领", "推进生活垃圾", "区城市管理局"), ("持续强化规划引领", "加强对生活垃", "区城市管理局"),
        ("持续强化规划引领", "制定机关企事", "区机关事务局")]
    assert "no_area" not in {f.code for f in document.findings}


def test_a_list_of_problems_found_reads_each_problem_as_the_task_and_its_road_as_the_area(tmp_path):
    # a check's problem list flattened one cell a line: the road, the problem, the one unit answering for it; the
    # same road on consecutive rows, an empty remark cell a lone bar; the checking leader is no unit
    path = tmp_path / "t.txt"
    path.write_text("卫生城市检查路段问题汇总表\n督查领导:王某 督查时间:2019年4月21日\n"
                    "序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n"
                    "1 |\n人民路 |\n人民路沿线车辆违停严重 |\n停车办 |\n|\n"
                    "2 |\n人民路 |\n垃圾站旁杂草丛生 |\n市环卫中心 |\n|\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.support) for r in document.rows] == [
        ("人民路", "人民路沿线车辆违停严重", "停车办", ""), ("人民路", "垃圾站旁杂草丛生", "市环卫中心", "")]
    assert {(f.line, f.code) for f in document.findings} >= {(3, "problem_column"), (3, "location_column")}


def test_a_long_last_cell_on_the_headers_own_line_is_a_header_cell_not_an_area_row(tmp_path):
    # 信用风险等级(低、一般、较高、高) closes the header line: a column, not a row naming the area of the rows below
    path = tmp_path / "t.txt"
    path.write_text("序号 | 牵头部门 | 事项名称 | 参与部门 | 信用风险等级(低、一般、较高、高) |\n"
                    "1 | 市公安局 | 旅馆业检查 | 市市场监管局 | 一般 |\n"
                    "2 | 市公安局 | 刻章业检查 | 市应急管理局 | 较高 |\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.support) for r in document.rows] == [
        ("", "旅馆业检查", "市公安局", "市市场监管局"), ("", "刻章业检查", "市公安局", "市应急管理局")]
    assert "area_row_before_rows" not in {f.code for f in document.findings}


def test_a_catalog_whose_header_names_no_number_column_is_cut_at_its_rows_numbers(tmp_path):
    # 类别 | 事项 | 公开内容 | 公开时限 | 责任科室, one cell a paragraph, no bars: each row opens with its item's number,
    # written again before its 公开内容 (that column numbers its items too); the 类别 cell (1.机构 / 职能, wrapped)
    # stands once before its group's first row; an item wrapped (政府信息公开 / 指南); the last row's 事项 merged
    # with the row above's, written once
    cells = ["某局主动公开目录", "类别", "事项", "公开内容", "公开时限", "责任科室", "1.机构", "职能",
             "1", "主要职责", "1", "本局主要职责", "形成之日起20个工作日内", "办公室",
             "2", "领导分工", "2", "局领导简历及分工", "形成之日起20个工作日内", "人事科、办公室",
             "2.政务", "公开", "3", "政府信息公开", "指南", "3", "本局政府信息公开指南", "形成之日起20个工作日内", "法规科",
             "4", "本局政府信息公开年度报告", "每年3月31日前", "法规科"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.area, r.task, r.lead) for r in document.rows] == [
        ("机构职能", "主要职责；本局主要职责", "办公室"),
        ("机构职能", "领导分工；局领导简历及分工", "人事科、办公室"),
        ("政务公开", "政府信息公开指南；本局政府信息公开指南", "法规科"),
        ("政务公开", "政府信息公开指南；本局政府信息公开年度报告", "法规科")]
    codes = [f.code for f in document.findings]
    assert codes.count("group_cell_as_area") == 2 and codes.count("wrapped_cell_joined") == 1
    assert "rows_by_unheaded_number" in codes and "merged_cells_filled" in codes


def test_a_title_between_a_pages_metadata_rows_and_a_table_one_cell_a_line_is_no_part_of_its_first_header_cell(tmp_path):
    # 发布机构: | … | rows, then the title without a bar, then 序 号 | …: the title is not the first line of 序号's
    # cell; 是否完成 is a note column, not the first row's area; the 责任单位 cell's units are parted by spaces only
    # and the people of 分管 区领导 are no units
    path = tmp_path / "t.txt"
    path.write_text("标题: | 某局二季度完成情况 | ||\n---|---|---|---|\n发布机构: | 某区农业农村局 | 文号: | |\n"
                    "2023年二季度《政府工作报告》完成情况\n序 号 |\n年度目标 |\n第二季度 任务目标 |\n分管 区领导 |\n"
                    "责任单位 |\n进展情况 |\n是否完成 |\n"
                    "1 |\n坚守耕地保护红线。 |\n区自然资源局会同区农业农村局督促各镇办整改。 |\n耿 峰 彭开国 |\n"
                    "区自然资源局 区农业农村局 各镇政府、街道办事处 |\n完成整改。 |\n完成 |\n"
                    "2 |\n推动农业发展。 |\n收入超过10万元的村达到55%。 |\n彭开国 |\n区农业农村局 |\n占比61%。 |\n完成 |\n",
                    encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.support) for r in document.rows] == [
        ("", "坚守耕地保护红线。", "区自然资源局、区农业农村局、各镇政府、街道办事处", ""), ("", "推动农业发展。", "区农业农村局", "")]
    assert "area_row_before_rows" not in {f.code for f in document.findings}


def test_a_progress_table_one_cell_a_paragraph_starts_its_row_at_the_project_after_its_header(tmp_path):
    # 项目 / 名称 / 内容 / 牵头单位 / 进展情况 / (7月) / 进展情况 / (10月): no 序号, no numbers; the row opens with its
    # project (文化惠民项目: named as a task column is, by its ending only) right after the header's last note; a
    # progress cell reports 已完成…中心, no unit, though it ends as one
    cells = ["项目", "名称", "内容", "牵头单位", "进展情况", "(7月)", "进展情况", "(10月)",
             "文化惠民项目", "新建城市书房10家，送戏下乡100场。", "区文广旅体局",
             "已完成城市书房4家。", "已完成新建10家城市书房服务中心"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.support) for r in document.rows] == [
        ("文化惠民项目", "新建城市书房10家，送戏下乡100场。", "区文广旅体局", "")]
    assert [f.line for f in document.findings if f.code == "row_name_after_header"] == [17]
    assert [f.line for f in document.findings if f.code == "header_joined"][:1] == [1]


RULE_IN_FIRST_CELL = """分工方案
序號 |
工作任務 |
負責單位 |
1 |
建立救助體系 |
縣民政局、縣財政局,各鎮人民政府(縣政府部門中列在首位的為牽頭部門,有關部門按職責分工負責,下同) |
2 |
制定實施辦法 |
縣民政局、縣教育局 |
"""


def test_a_rule_in_the_first_rows_unit_cell_carried_below_makes_the_first_unit_lead_in_every_row(tmp_path):
    path = tmp_path / "rule.txt"
    path.write_text(RULE_IN_FIRST_CELL, encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["task_id", "raw_unit", "role"]].values.tolist() == [
        ["T001", "县民政局", "lead"], ["T001", "县财政局", "support"], ["T001", "各镇人民政府", "support"],
        ["T002", "县民政局", "lead"], ["T002", "县教育局", "support"]]
    rule = table.findings[table.findings.code == "first_listed_leads"]
    assert rule.line.tolist() == [5]  # the row holding the rule


GROUP_WRITTEN_ONCE = """任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |
生 态 环 境 | 1、城市绿化扎实开展。 | 保护植被。 | 市规划局 | 市国土资源局
市农牧林业局 | 2010年9月20日前 |
2、建设防护绿地。 | 加强管护。 | 市规划局 市建设局 | 有关部门 | 2010年9月20日前 |
"""


def test_a_group_cell_written_once_over_numbered_items_and_a_cell_broken_over_two_lines(tmp_path):
    path = tmp_path / "groups.txt"
    path.write_text(GROUP_WRITTEN_ONCE, encoding="utf-8")
    table = read_table(path)
    assert table.tasks[["area", "task", "line"]].values.tolist() == [
        ["生态环境", "1、城市绿化扎实开展。", 2], ["生态环境", "2、建设防护绿地。", 4]]
    assert table.assignments[["task_id", "raw_unit", "role"]].values.tolist() == [
        ["T001", "市规划局", "lead"], ["T001", "市国土资源局", "support"], ["T001", "市农牧林业局", "support"],
        ["T002", "市规划局", "lead"], ["T002", "市建设局", "lead"], ["T002", "有关部门", "support"]]
    codes = table.findings.set_index("code").line
    assert codes["cell_over_two_lines"] == 2 and codes["groups_over_items"] == 1


def test_a_row_missing_its_closing_bar_before_a_numbered_row_is_not_joined_to_it():
    table = piped_cells(["序号 | 工作任务 | 责任单位 |", "1 | 办科技周 | 市科协", "2 | 建馆 | 市科技局 |"])
    assert [[text for _, text in row] for row in table.rows] == [["1", "办科技周", "市科协"], ["2", "建馆", "市科技局"]]


def test_a_pages_open_title_line_before_the_header_row_is_not_joined_to_the_header():
    table = piped_cells(["标题: | 完成情况 | 2023年二季度完成情况", "序号 | 工作任务 | 责任单位 |", "1 | 办科技周 | 市科协 |"])
    assert [text for _, text in table.header] == ["序号", "工作任务", "责任单位"]
    assert [[text for _, text in row] for row in table.rows] == [["1", "办科技周", "市科协"]]
    assert "cell_over_two_lines" not in [f.code for f in table.findings]


def test_a_last_column_of_no_role_broken_into_pieces_keeps_them_all_out_of_the_units():
    # 参考文件 after 责任单位 (2024 嘉定 sponge-city table, its line breaks lost): a document's title in three pieces
    texts = ["2", "系统方案", "编制系统方案。", "区建设管理委", "《本市推进海绵", "城市建设的实施意见》", "（沪府办发〔2024〕3号）"]
    assert fit_row(texts, ["seq", "area", "task", "lead", None]) == [
        "2", "系统方案", "编制系统方案。", "区建设管理委", "《本市推进海绵；城市建设的实施意见》；（沪府办发〔2024〕3号）"]


def test_a_paragraph_table_whose_numbered_item_cell_is_written_once_over_its_tasks(tmp_path):
    # 2022_shanghai_yangpu_district_grassroots_fire_safety_task_list: 类别 | 项目 | 主要任务 | 牵头单位 | 配合单位 one
    # cell a paragraph, no 序号; the numbered 项目 cell (2.完善委员会, however much it looks like a unit) is merged
    # over two rows and written before the first only, so the second row opens with its task; a unit cell broken
    # after 、 inside its paragraph, naming the offices concerned by kind (相关委、办、局)
    path = tmp_path / "t.txt"
    path.write_text("任务清单\n\n类别\n\n项目\n\n主要任务\n\n牵头单位\n\n配合单位\n\n一、做好保障\n\n1.做好规划\n\n"
                    "编制规划，同步实施。\n\n区规划局\n\n区应急局、各街道\n\n2.完善委员会\n\n细化职责，规范运行模式。\n\n"
                    "区消防支队\n\n各街道、\n相关委、办、局\n\n贯彻检查指引，细化检查要求。\n\n区消防支队\n\n各街道\n\n"
                    "二、加强队伍\n\n3.建设队伍\n\n指导街道建设队伍，开展培训。\n\n区消防支队\n\n各街道\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.area, r.task, r.lead, r.support) for r in document.rows] == [
        ("做好规划", "编制规划，同步实施。", "区规划局", "区应急局、各街道"),
        ("完善委员会", "细化职责，规范运行模式。", "区消防支队", "各街道、相关委、办、局"),
        ("完善委员会", "贯彻检查指引，细化检查要求。", "区消防支队", "各街道"),
        ("建设队伍", "指导街道建设队伍，开展培训。", "区消防支队", "各街道")]
    assert [f.line for f in document.findings if f.code == "item_cell_as_area"] == [15, 23, 40]


def test_a_unit_cell_broken_after_its_comma_into_two_cells_is_fitted_as_one():
    # a copy that lost the line break inside 区委编办、 / 各街道 (the cells parted at its spaces): a list of units never
    # ends in 、, so the piece after it goes on the same cell, not to the next column
    assert fit_row(["成立委员会。", "区委编办、", "各街道", "区消防支队"], ["task", "lead", "support"]) == [
        "成立委员会。", "区委编办、各街道", "区消防支队"]
    # two cells of units without the 、 stay two columns
    assert fit_row(["成立委员会。", "区委编办", "各街道"], ["task", "lead", "support"]) == ["成立委员会。", "区委编办", "各街道"]


def test_a_stray_comma_after_a_unit_cell_joins_nothing_where_the_row_has_no_unit_cell_to_spare():
    # review example: 编制方案。 | 区委编办、 | 区消防支队 under task | lead | support: two cells of units, two unit
    # columns; the 、 is stray, so 区消防支队 stays the support unit, and a join made elsewhere is given back
    joins = []
    assert fit_row(["编制方案。", "区委编办、", "区消防支队"], ["task", "lead", "support"], joins=joins) == [
        "编制方案。", "区委编办、", "区消防支队"]
    assert joins == []
    fit_row(["编制方案。", "区委编办、", "各街道", "区消防支队"], ["task", "lead", "support"], joins=joins)
    assert joins == ["区委编办、各街道"]


_GROUPED_TABLE = ("附件\n\n某区垃圾管理任务分工表\n\n序号\n\n工作任务\n\n主要工作内容\n\n牵头单位\n\n配合单位\n\n—\n\n构建处置体系\n\n"
                  "（一）\n\n推动源头减量\n\n在项目规划中增加土方平衡内容。\n\n区规划资源局\n\n区水务局、区房管局\n\n"
                  "开展码头备案工作。\n\n区绿化市容局\n\n——\n\n序号\n\n工作任务\n\n主要工作内容\n\n牵头单位\n\n配合单位\n\n"
                  "二\n\n构建数字监管体系\n\n（一）\n\n共享研判\n\n及时处置平台发现的线索。\n\n——\n\n属地街镇、区数据局\n")


def test_group_rows_numbered_by_a_numeral_alone_open_the_rows_of_a_table_one_cell_a_paragraph(tmp_path):
    # 序号 holds 一 (copied as —) and 二 for the group rows only: the rows carry no number, cut by their units
    path = tmp_path / "t.txt"
    path.write_text(_GROUPED_TABLE, encoding="utf-8")
    document = read_raw(path)
    assert [(r.task, r.lead, r.support) for r in document.rows] == [
        ("在项目规划中增加土方平衡内容。", "区规划资源局", "区水务局、区房管局"),
        ("开展码头备案工作。", "区绿化市容局", ""),
        ("及时处置平台发现的线索。", "", "属地街镇、区数据局")]


def test_a_header_row_repeated_inside_the_table_is_no_row_and_a_finding(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(_GROUPED_TABLE, encoding="utf-8")
    document = read_raw(path)
    assert [f.line for f in document.findings if f.code == "header_repeated"] == [35]
    assert not any("序号" in r.task or "牵头单位" in r.lead for r in document.rows)


def test_a_dash_for_an_empty_lead_cell_leaves_the_units_after_it_supporting(tmp_path):
    # 及时处置…。 / —— / 属地街镇、区数据局: the lead cell says nothing; the units stand in 配合单位
    path = tmp_path / "t.txt"
    path.write_text(_GROUPED_TABLE, encoding="utf-8")
    document = read_raw(path)
    assert (document.rows[-1].lead, document.rows[-1].support) == ("", "属地街镇、区数据局")
    assert [f.line for f in document.findings if f.code == "empty_unit_cell"] == [55]
