"""The paragraph reader: numbered tasks naming their units inline, read through read_table."""

from pathlib import Path

import pytest

from zygraph import Registry, read_table
from zygraph.errors import LayoutError
from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.paragraph import find_assignment, parse_paragraphs
from zygraph.readers.lines import PARAGRAPH_BREAK, paragraphs_by_space

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


@pytest.fixture
def registry(tmp_path):
    """The bundled registry plus two collective and one extra unit the fixtures name."""
    path = tmp_path / "extra.csv"
    path.write_text(
        "name,name_en,kind,aliases,misspellings\n"
        "各区、县级市,Districts and county-level cities,local_government,,\n"
        "市教育局,Ziyang Bureau of Education,government,,\n",
        encoding="utf-8",
    )
    return Registry.from_csv(path, base=Registry.bundled())


def tasks_of(table):
    return table.tasks[["task_id", "area", "task", "line"]].values.tolist()


def roles_of(table):
    return table.assignments[["task_id", "unit", "role", "line"]].values.tolist()


def codes_at(table, code):
    return table.findings.loc[table.findings.code == code, "line"].tolist()


def test_labelled_plan_is_read_with_every_variant(registry):
    t = read_table(FIXTURES / "plan_labels.txt", registry=registry)
    assert t.meta["layout"] == "paragraph"
    assert tasks_of(t) == [
        ["T001", "建设科普阵地", "建设一批科普基地，完善设施。", 15],
        ["T002", "建设科普阵地", "建设社区科普站。", 16],
        ["T003", "建设科普阵地", "开展科普大篷车进校园活动", 17],
        ["T004", "培育科普人才", "组建科普讲师团，面向基层开展巡回宣讲。", 19],
        ["T005", "培育科普人才", "培训农村科普带头人。", 21],
        ["T006", "重点任务", "强化经费保障", 25],  # a （三） heading read as a task sits under 二、, not under （二）
    ]
    assert roles_of(t) == [
        ["T001", "市科技局", "lead", 15],
        ["T001", "市科协", "support", 15],
        ["T001", "市教育局", "support", 15],
        ["T001", "各区、县级市", "support", 15],
        ["T002", "市科协", "lead", 16],
        ["T002", "市民政局", "support", 16],
        ["T003", "市科协", "lead", 17],
        ["T003", "市教育体育局", "support", 17],
        ["T004", "市科协", "lead", 19],
        ["T004", "市委宣传部", "lead", 19],
        ["T005", "市农业农村局", "lead", 22],
        ["T005", "市科协", "support", 23],
        ["T005", "各区、县级市", "support", 23],
        ["T006", "市财政局", "lead", 25],
        ["T006", "各有关单位", "support", 25],
    ]
    assert t.units.set_index("unit").loc["各区、县级市", "kind"] == "local_government"


def test_labelled_plan_reports_what_it_skipped_and_why_roles(registry):
    t = read_table(FIXTURES / "plan_labels.txt", registry=registry)
    assert codes_at(t, "no_assignment") == [24]  # 6.加强科普工作统筹。 names no units
    assert codes_at(t, "stray_text") == [27]  # 各牵头单位要加强统筹 is running text, not a label
    assert codes_at(t, "ascii_punctuation") == [17]
    assert codes_at(t, "role_rule") == [15, 16, 17, 19, 21, 25]
    rules = t.findings.loc[t.findings.code == "role_rule", "message"].tolist()
    assert rules[3] == "the units named with 责任单位 are all responsible and no 牵头 is named, so all lead: lead 市科协、市委宣传部"
    assert rules[4] == "roles from the words 牵头单位 (lead) and 责任单位 (support): lead 市农业农村局; support 市科协、各区、县级市"


def test_labelled_plan_notice_gives_the_metadata(registry):
    meta = read_table(FIXTURES / "plan_labels.txt", registry=registry).meta
    assert (meta["number"], meta["issuer"], meta["date"]) == ("资府办发〔2024〕5号", "资阳市人民政府办公室", "2024-03-01")
    assert meta["title"] == "资阳市人民政府办公室关于印发《资阳市科普基地建设实施方案》的通知"


def test_verbs_and_the_first_listed_unit_rule():
    t = read_table(FIXTURES / "plan_verbs.txt")
    assert tasks_of(t) == [
        ["T001", "青少年科学素质提升行动", "开展科技创新大赛。", 4],
        ["T002", "青少年科学素质提升行动", "建设校园科技馆。", 5],
        ["T003", "青少年科学素质提升行动", "组织科学家进校园活动", 6],
        ["T004", "农民科学素质提升行动", "开展农民技能培训。", 8],
        ["T005", "农民科学素质提升行动", "推进数字乡村建设。", 9],
    ]
    assert [r[:3] for r in roles_of(t)] == [
        ["T001", "市科协", "lead"],
        ["T001", "市教育体育局", "support"],
        ["T001", "团市委", "support"],
        ["T002", "市教育体育局", "lead"],
        ["T002", "市科技局", "support"],
        ["T002", "市科协", "support"],
        ["T003", "市科协", "lead"],
        ["T003", "市教育体育局", "support"],
        ["T004", "市人力资源社会保障局", "lead"],
        ["T004", "市农业农村局", "support"],
        ["T005", "市经济和信息化局", "lead"],
        ["T005", "市农业农村局", "support"],
    ]
    assert codes_at(t, "no_assignment") == [10]  # （2024年底前完成） is a deadline, not units
    rules = t.findings.loc[t.findings.code == "role_rule", "message"].tolist()
    assert rules[0] == ("the first unit named with 负责 leads, as a note in the document says: "
                        "lead 市科协; support 市教育体育局、团市委")
    assert rules[3].startswith("the first unit named with 责任单位 leads")


def test_without_the_note_units_before_fuze_all_lead():
    doc = parse_paragraphs("一、科普\n1.办科技周（市科协、市科技局负责）")
    assert [(r.lead, r.support) for r in doc.rows] == [("市科协、市科技局", "")]


def test_the_first_listed_rule_can_be_said_in_other_words():
    doc = parse_paragraphs("注：列在首位的为牵头单位。\n1.办科技周（责任单位：市科协、市科技局）")
    assert [(r.lead, r.support) for r in doc.rows] == [("市科协", "市科技局")]


def test_traditional_characters_and_ascii_punctuation_are_normalised(tmp_path):
    path = tmp_path / "ocr.txt"
    path.write_text((FIXTURES / "plan_ocr.txt").read_text(encoding="utf-8"), encoding="utf-8")
    registry_csv = tmp_path / "r.csv"
    registry_csv.write_text("name,name_en,kind\n各区、县级市,Districts,local_government\n", encoding="utf-8")
    t = read_table(path, registry=registry_csv)
    assert tasks_of(t) == [["T001", "科普基础设施", "建设科普基地。", 2], ["T002", "科普基础设施", "开展科技活动周", 3]]
    assert [r[:3] for r in roles_of(t)] == [
        ["T001", "市科技局", "lead"],
        ["T001", "市科协", "support"],
        ["T001", "各区、县级市", "support"],
        ["T002", "市科协", "lead"],
    ]
    changed = t.findings.set_index("code").loc[["traditional", "space_removed", "ascii_punctuation"], "message"]
    assert changed.str.extract(r"on (\d) line")[0].tolist() == ["3", "3", "2"]


def test_a_collective_unit_first_stays_whole_only_inside_brackets():
    doc = parse_paragraphs("排在第一位的为牵头单位\n1.办科技周（各县（区、市）人民政府、市科协负责）")
    assert [(r.lead, r.support) for r in doc.rows] == [("各县（区、市）人民政府", "市科协")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("办科技周（牵头单位：市科技局）", ("办科技周", [("牵头单位", "lead", "市科技局")])),
        ("办科技周【配合单位：市科协】。", ("办科技周", [("配合单位", "support", "市科协")])),
        ("办科技周。牵头单位：市科技局。", ("办科技周。", [("牵头单位", "lead", "市科技局")])),
        ("办科技周（由市科协牵头负责）", ("办科技周", [("牵头负责", "lead", "市科协")])),
        ("办科技周（市科协牵头，市科技局协助）",
         ("办科技周", [("牵头", "lead", "市科协"), ("协助", "support", "市科技局")])),
        ("各牵头单位要加强统筹", None),
        ("办科技周（见附件）", None),
        ("（）", None),
    ],
)
def test_find_assignment(text, expected):
    found = find_assignment(text)
    if found is not None:
        found = (found[0], [(item.word, item.role, item.text) for item in found[1]])
    assert found == expected


def test_text_with_no_numbered_task_naming_units(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("一、总体要求\n1.提高认识。\n各牵头单位要加强统筹。\n", encoding="utf-8")
    with pytest.raises(LayoutError, match=r"p\.txt: no numbered task names its units"):
        read_table(path, layout="paragraph")


def test_unit_list_wrapped_onto_the_next_line_is_read_whole(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "关于印发方案的通知\n一、重点任务\n"
        "1.建设科普基地。（牵头单位：市科技局，配合单位：市科协、\n市教育体育局、市民政局）\n"
        "2.开展科普日。（牵头单位：市科协）\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert roles_of(table) == [
        ["T001", "市科技局", "lead", 3], ["T001", "市科协", "support", 3], ["T001", "市教育体育局", "support", 3],
        ["T001", "市民政局", "support", 3], ["T002", "市科协", "lead", 5],
    ]
    assert codes_at(table, "line_joined") == [3]
    assert codes_at(table, "stray_text") == []


def rows_of(text):
    return [(r.line, r.area, r.task, r.lead, r.support) for r in parse_paragraphs(text).rows]


def test_sentences_each_closed_by_their_own_group_are_separate_tasks():
    doc = parse_paragraphs("一、科普\n1.办科技周（A局、B局指导）。办科普日（C局负责）。建场馆（D局牵头，E局配合）")
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [
        ("办科技周", "A局、B局", ""), ("办科普日", "C局", ""), ("建场馆", "D局", "E局")]
    assert [f.code for f in doc.findings if f.code == "task_split"] == ["task_split"]


def test_numbered_tasks_run_on_in_one_line_are_read_apart():
    assert rows_of("一、科普\n6.办科技周。（责任单位：A局）7.办科普日。（责任单位：B局）9.建场馆（C局负责）") == [
        (2, "科普", "办科技周。", "A局", ""), (2, "科普", "办科普日。", "B局", ""), (2, "科普", "建场馆", "C局", "")]


def test_a_decimal_in_the_text_is_no_run_on_task():
    assert rows_of("1.增长3.5%。（A局负责）") == [(1, "", "增长3.5%。", "A局", "")]


def test_a_goal_then_a_blank_line_then_its_unit_lines():
    text = "一、目标\n1.生产总值增长6%。\n\n牵头单位:A局\n\n责任单位:B区,C区\n2.投资增长10%。\n\n责任单位:D局\n"
    assert rows_of(text) == [(2, "目标", "生产总值增长6%。", "A局", "B区、C区"), (7, "目标", "投资增长10%。", "D局", "")]


def test_a_goal_heading_then_a_blank_line_then_its_unit_line():
    text = "一、主要目标\n(一)生产总值增长7%以上\n\n责任单位:A局\n\n(二)投资增长10%以上\n\n责任单位:B局\n"
    assert rows_of(text) == [(2, "主要目标", "生产总值增长7%以上", "A局", ""),
                             (6, "主要目标", "投资增长10%以上", "B局", "")]


def test_lead_and_partners_on_one_line_split_by_a_full_stop():
    assert rows_of("1.办科技周。\n牵头单位：A局、B局。责任单位：C局、D局") == [(1, "", "办科技周。", "A局、B局", "C局、D局")]


def test_a_heading_naming_units_passes_them_to_its_items_naming_none():
    text = "（一）科普活动（牵头单位：A局；配合单位：B局）\n1.办科技周。\n2.办科普日。\n（二）场馆\n3.建场馆（C局负责）"
    assert rows_of(text) == [(2, "科普活动", "办科技周。", "A局", "B局"), (3, "科普活动", "办科普日。", "A局", "B局"),
                             (5, "场馆", "建场馆", "C局", "")]


def test_a_heading_naming_units_with_no_items_under_it_is_a_task():
    assert rows_of("一、科普\n（一）强化保障（牵头单位：A局）\n二、其他") == [(2, "科普", "强化保障", "A局", "")]


def test_document_wide_units_go_on_every_later_task():
    text = "1.办科技周（A局负责）\n以下均需试点城市政府落实，不再列出。\n2.办科普日（B局负责）\n3.建场馆（C局牵头，D局配合）"
    assert rows_of(text) == [(1, "", "办科技周", "A局", ""), (3, "", "办科普日", "B局、试点城市政府", ""),
                             (4, "", "建场馆", "C局", "试点城市政府、D局")]


def test_a_document_wide_sentence_inside_a_group_counts_from_its_own_task():
    text = "（一）建市场。〔责任单位：A局按职责分工负责。具体任务均涉及相关市人民政府，不再做分工，下同。〕\n（二）优环境。〔责任单位：B局〕"
    assert rows_of(text) == [(1, "", "建市场。", "A局、相关市人民政府", ""), (2, "", "优环境。", "B局、相关市人民政府", "")]


def test_a_document_wide_sentence_saying_not_again_counts_from_its_own_task():
    # 除专门列出外，以下任务均涉及…，不再重复: the units stand on this task and on every one below
    text = ("1.建算力。(责任单位:A局,各市〔州〕、B新区数据管理部门。除专门列出外,以下任务均涉及各市〔州〕、B新区数据管理部门,"
            "不再重复)\n2.建数据集。(责任单位:C局)")
    assert rows_of(text) == [(1, "", "建算力。", "A局、各市〔州〕、B新区数据管理部门", ""),
                             (2, "", "建数据集。", "C局、各市〔州〕、B新区数据管理部门", "")]


def test_person_lines_are_skipped_and_a_label_may_carry_verbs():
    text = "1.生产总值增长6%以上。\n分管省领导：张三\n部门分工：A厅牵头，各地、各部门配合。"
    doc = parse_paragraphs(text)
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [("生产总值增长6%以上。", "A厅", "各地、各部门")]
    assert [f.line for f in doc.findings if f.code == "person_line"] == [2]


def test_a_task_numbered_like_a_decimal_follows_its_predecessor():
    text = "10.建基地（牵头单位：A局）\n11.121人才项目。培养人才。（牵头单位：B局）"
    assert [r.task for r in parse_paragraphs(text).rows] == ["建基地", "121人才项目。培养人才。"]


def test_units_named_inside_the_sentence_by_you_huitong():
    text = "一、分工\n（一）关于耕地保护的问题，由A部会同B部、C部等部门研究提出落实意见。"
    assert rows_of(text) == [(2, "分工", "关于耕地保护的问题", "A部", "B部、C部")]


def test_paragraphs_without_numbers_under_a_heading_are_tasks_when_they_close_with_units():
    text = "二、主要任务\n（一）强化设计。建立体系。（A部牵头，B部参与）\n优化机制。（C部指导）建平台。（D部负责）\n说明文字。"
    assert rows_of(text) == [(2, "主要任务", "强化设计。建立体系。", "A部", "B部"), (3, "强化设计", "优化机制。", "C部", ""),
                             (3, "强化设计", "建平台。", "D部", "")]


def test_document_wide_units_keep_the_role_they_have_where_named():
    text = ("1.建体系。（A部指导，试点市政府负责落实。以下均需试点市政府落实，不再列出）\n"
            "2.建平台。（B部指导）\n3.建机制。（C部、D部负责）")
    assert rows_of(text) == [(1, "", "建体系。", "A部", "试点市政府"), (2, "", "建平台。", "B部", "试点市政府"),
                             (3, "", "建机制。", "C部、D部", "试点市政府")]


def test_a_label_line_after_a_closed_task_adds_to_it_and_one_before_any_task_is_reported():
    doc = parse_paragraphs("牵头单位：Z局\n1.办科技周（牵头单位：A局）\n配合单位：B局")
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [("办科技周", "A局", "B局")]
    assert [f.line for f in doc.findings if f.code == "label_without_task"] == [1]


def test_a_bracket_left_open_does_not_swallow_the_headings_below():
    doc = parse_paragraphs("根据《通知》(国办发〔2018104号)要求\n一、总体要求\n（一）推进改革。\n责任单位：A局")
    assert [(r.area, r.task, r.lead) for r in doc.rows] == [("总体要求", "推进改革。", "A局")]


def test_a_task_numbered_with_a_small_full_stop_is_a_task():
    # 1﹒ (U+FE52) numbers tasks in notices typeset from Word; label lines under it end in 。
    text = ("一、确保完成全年主要预期目标\n1﹒全省生产总值增长7%以上。\n牵头负责领导：刘惠。\n牵头责任单位：省发展改革委。\n"
            "协同责任单位：省政府各部门、各直属机构。\n2﹒固定资产投资增长10%以上。\n牵头责任单位：省发展改革委。\n"
            "协同责任单位：省财政厅、省水利厅等。\n")
    rows = parse_paragraphs(text).rows
    assert [(r.line, r.area, r.task, r.lead, r.support) for r in rows] == [
        (2, "确保完成全年主要预期目标", "全省生产总值增长7%以上。", "省发展改革委", "省政府各部门、各直属机构"),
        (6, "确保完成全年主要预期目标", "固定资产投资增长10%以上。", "省发展改革委", "省财政厅、省水利厅"),
    ]


@pytest.mark.parametrize("wrapped, support", [
    # a name cut at the line break (PDF text): joined into the name
    ("协办单位：区委编办、区民政局（区委社会工委）、园区党工\n委、各街道党工委\n",
     "区委编办、区民政局（区委社会工委）、园区党工委、各街道党工委"),
    # the break after a separator
    ("协办单位：区委编办、\n区民政局、各街道党工委\n", "区委编办、区民政局、各街道党工委"),
    # the break between two whole names, the separator lost
    ("协办单位：区委编办\n区民政局、各街道党工委\n", "区委编办、区民政局、各街道党工委"),
])
def test_a_label_line_wrapped_onto_the_next_line_is_one_list(wrapped, support):
    doc = parse_paragraphs("一、基层治理\n1.完善街道党工委领导体制机制。\n牵头单位：区委组织部\n" + wrapped)
    assert [(r.lead, r.support) for r in doc.rows] == [("区委组织部", support)]
    assert "line_joined" in [f.code for f in doc.findings]


def test_prose_after_a_label_line_is_not_a_unit():
    doc = parse_paragraphs("一、基层治理\n1.完善领导体制。\n牵头单位：区委组织部\n各单位要抓好落实，按时报送进展。\n")
    assert [(r.lead, r.support) for r in doc.rows] == [("区委组织部", "")]
    assert "line_joined" not in [f.code for f in doc.findings]


def test_circled_numbers_number_tasks():
    doc = parse_paragraphs("一、科普\n①办科技周。（牵头单位：市科协）\n② 办科普日。（市科技局、市教育局负责）\n")
    assert [(r.line, r.task, r.lead) for r in doc.rows] == [
        (2, "办科技周。", "市科协"), (3, "办科普日。", "市科技局、市教育局")]


def test_a_heading_naming_the_lead_passes_it_to_the_tasks_below_and_is_no_task():
    doc = parse_paragraphs("一、县示范区管委会牵头工作(2项)\n1.建设养殖基地。\n2.打造生产基地。\n"
                           "二、王纲县长主抓重点工作\n1.支持企业发展。\n责任单位：县经信局、县财政局\n")
    assert [(r.area, r.task, r.lead, r.support) for r in doc.rows] == [
        ("县示范区管委会牵头工作（2项）", "建设养殖基地。", "县示范区管委会", ""),
        ("县示范区管委会牵头工作（2项）", "打造生产基地。", "县示范区管委会", ""),
        # an official's heading names no unit: the task keeps its own
        ("王纲县长主抓重点工作", "支持企业发展。", "县经信局、县财政局", ""),
    ]
    assert [f.line for f in doc.findings if f.code == "units_from_heading"] == [2, 3]


def test_a_bracket_naming_only_units_closes_a_task_and_they_all_lead(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("一、主要目标\n1.地区生产总值增长12%。\n全市生产总值达到3260亿元。(市发改委)\n"
                    "2.能耗下降4%左右。(市经委、环保局)\n3.完善政策体系（试行）。（含市本级）\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    doc = read_raw(path)
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [
        ("地区生产总值增长12%。全市生产总值达到3260亿元。", "市发改委", ""),
        ("能耗下降4%左右。", "市经委、环保局", ""),
    ]
    rules = [f.message for f in doc.findings if f.code == "role_rule"]
    assert rules[1].startswith("the units named with （） are all responsible and no 牵头 is named, so all lead")


def test_a_line_naming_a_person_before_the_unit_labels_keeps_the_units():
    doc = parse_paragraphs("一、工业\n1.推进总部中心建设。\n责任领导：蒋永根、俞福才；责任单位：总部办、科技局；配合单位：经贸局。\n")
    assert [(r.lead, r.support) for r in doc.rows] == [("总部办、科技局", "经贸局")]
    assert [f.message for f in doc.findings if f.code == "person_line"] == [
        "the line names a person first: 责任领导：蒋永根、俞福才；"]


def test_a_paragraph_without_a_number_followed_by_its_label_line_is_a_task():
    # as PDFs of provincial measures print them: heading, paragraph, then （责任单位：…） on its own line
    doc = parse_paragraphs("五、支持场景应用\n开展诊断咨询服务。支持企业。\n（责任单位：省经济和信息化厅、省财政厅）\n"
                           "拓展场景应用。（责任单位：省经济和信息化厅）\n六、支持安全体系建设\n")
    assert [(r.line, r.area, r.task, r.lead) for r in doc.rows] == [
        (2, "支持场景应用", "开展诊断咨询服务。支持企业。", "省经济和信息化厅、省财政厅"),
        (4, "支持场景应用", "拓展场景应用。", "省经济和信息化厅"),
    ]
    assert "stray_text" not in [f.code for f in doc.findings]


def test_articles_keep_their_numbered_items_and_chapters_are_areas():
    doc = parse_paragraphs("第一章 大力发展先进制造业\n第一条 鼓励打造专业园区。符合下列条件的给予支持：\n（一）产业集聚度70%以上。\n"
                           "（二）建筑面积5万平方米以上。\n（责任单位：区工业和信息化局、区发展改革局）\n"
                           "第二条 支持企业技术改造。（责任单位：区工业和信息化局）\n")
    assert [(r.area, r.task, r.lead) for r in doc.rows] == [
        ("大力发展先进制造业", "鼓励打造专业园区。符合下列条件的给予支持：（一）产业集聚度70%以上。（二）建筑面积5万平方米以上。",
         "区工业和信息化局、区发展改革局"),
        ("大力发展先进制造业", "支持企业技术改造。", "区工业和信息化局"),
    ]


def test_a_sentence_naming_the_units_of_the_targets_above_it():
    doc = parse_paragraphs("一、主要目标\n1.地区生产总值增长15%；\n2.第三产业增加值达到1000亿元；\n"
                           "2项目标的责任单位均为市发展改革委。\n3.规模以上工业销售收入达到3000亿元；\n该目标责任单位为市经委。\n")
    assert [(r.task, r.lead) for r in doc.rows] == [
        ("地区生产总值增长15%；", "市发展改革委"), ("第三产业增加值达到1000亿元；", "市发展改革委"),
        ("规模以上工业销售收入达到3000亿元；", "市经委")]
    assert [f.line for f in doc.findings if f.code == "units_for_preceding"] == [4, 6]


def test_numbered_label_lines_are_label_lines():
    doc = parse_paragraphs("一、民生实事\n1.新建幼儿园5所。\n（一）责任领导：高勤\n（二）责任单位：市教育局\n"
                           "（三）协办单位：市财政局，各县市区人民政府\n")
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [("新建幼儿园5所。", "市教育局", "市财政局、各县市区人民政府")]


def test_a_notice_run_on_in_one_line_splits_at_headings_and_tasks():
    doc = parse_paragraphs("各县、市、区人民政府,荆州开发区: 现将工作任务分解给你们,请认真抓好落实。 一、主要工作目标 "
                           "1、地区生产总值增长11%(市发改委,各县市区政府)。 2、固定资产投资增长25%(市发改委)。")
    assert [(r.area, r.task, r.lead) for r in doc.rows] == [
        ("主要工作目标", "地区生产总值增长11%", "市发改委、各县市区政府"), ("主要工作目标", "固定资产投资增长25%", "市发改委")]


def test_a_run_in_heading_goes_on_over_its_lines_until_its_units():
    doc = parse_paragraphs("一、基础设施\n（一）道路畅通工程。加快建设快速通道。\n?2019年建成旅游公路；\n"
                           "进一步规范道路限高。（自治区交通运输厅牵头，银川市、石嘴山市、吴忠市人民政府配合）\n")
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [
        ("道路畅通工程。加快建设快速通道。?2019年建成旅游公路；进一步规范道路限高。", "自治区交通运输厅",
         "银川市、石嘴山市、吴忠市人民政府")]


def test_units_named_by_clauses_inside_a_paragraph():
    doc = parse_paragraphs("一、争取国家支持的事项\n1、设立综合配套改革试验区事宜\n由杨副市长负责,市发改委牵头,相关部门配合,"
                           "尽快完成实施方案,报省政府审批。\n2、轨道交通项目\n由吴副市长负责,市建设局牵头,市发改委配合,进一步修改完善方案。\n")
    assert [(r.task[:14], r.lead, r.support) for r in doc.rows] == [
        ("设立综合配套改革试验区事宜由", "市发改委", "相关部门"), ("轨道交通项目由吴副市长负责，", "市建设局", "市发改委")]
    assert [f.message.endswith("people, not units: 杨副市长") for f in doc.findings if f.code == "role_rule"][0]


def test_a_heading_naming_the_lead_gives_its_paragraphs_the_lead_and_their_labels_support():
    doc = parse_paragraphs("一、孟省长负责的工作\n全面负责省政府工作任务的落实。\n（一）省监察厅牵头的工作\n加强行政监察工作。\n"
                           "（二）省编办牵头的工作\n1.深化行政管理体制改革。\n2.推进乡镇机构改革。\n协同单位：省财政厅、省人事厅等省直有关部门\n")
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [
        ("加强行政监察工作。", "省监察厅", ""),
        ("深化行政管理体制改革。", "省编办", ""),
        ("推进乡镇机构改革。", "省编办", "省财政厅、省人事厅")]


def test_the_notices_preamble_names_no_task_but_a_closing_sentence_in_the_body_does():
    doc = parse_paragraphs("各有关单位：经研究，各项任务由省政府有关部门及设区市人民政府牵头和配合，负责落实。\n"
                           "一、加强公共服务供给\n（一）强化基本公共服务保障。统筹做好设施规划建设。发改委、区教育局、各街道按职责分工负责\n")
    assert [(r.task, r.lead) for r in doc.rows] == [
        ("强化基本公共服务保障。统筹做好设施规划建设。", "发改委、区教育局、各街道")]


def test_a_paragraph_of_duties_split_by_semicolons_is_one_task_a_duty():
    doc = parse_paragraphs("一、工作要求\n（二）明确分工，责任到人。市发改委负责提出全市节能规划；市经贸委负责全市工业节能；"
                           "市规划局、市建设局负责建筑节能；县(区、市)政府、各工业园区负责本行政区域内节能工作，完善责任制。\n"
                           "二、应急职责\n1.国家粮食局负责综合协调；做好调控工作；完善机制。国家发展改革委负责价格监督。\n")
    assert [(r.task[:10], r.lead) for r in doc.rows] == [
        ("明确分工，责任到人。", "市发改委"), ("市经贸委负责全市工业", "市经贸委"), ("市规划局、市建设局负", "市规划局、市建设局"),
        ("县（区、市）政府、各", "县（区、市）政府、各工业园区"),
        # one numbered duty, its later sentences naming units again: still one task, with their units too
        ("国家粮食局负责综合协", "国家粮食局、国家发展改革委")]


def test_a_label_inside_a_numbered_item_names_its_units_and_the_sentences_after_it_none():
    doc = parse_paragraphs("二、部分项目进展情况\n1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n"
                           "2、法律援助,牵头部门:市司法局。全市未完成援助任务的县区为舒城县、霍山县。\n")
    assert [(r.task, r.lead) for r in doc.rows] == [("农村道路畅通工程，", "市交通局"), ("法律援助，", "市司法局")]


def test_duties_before_any_heading_are_tasks_but_a_preamble_and_a_headline_are_not():
    doc = parse_paragraphs("各县区人民政府，市级有关部门：\n现将减排工作分工通知如下：\n"
                           "省31万保障房责任单位浮出水面 住建厅将牵头\n"
                           "市水务局负责城市生活污水处理厂建设。\n市统计局负责提供减排所需的基础数据。\n"
                           "三、强化考核\n")
    assert [(r.task[:10], r.lead) for r in doc.rows] == [("市水务局负责城市生活", "市水务局"), ("市统计局负责提供减排", "市统计局")]


@pytest.mark.parametrize("text", [
    "二、职责\n（1）市统计局负责提供数据。\n（2）市电业局在保证供电前提下，优先安排低排放机组发电。\n三、考核\n（3）县区政府要加强领导。",
    "二、职责\n市统计局负责提供数据。\n市电业局在保证供电前提下，优先安排低排放机组发电。\n三、考核\n县区政府要加强领导。",
])
def test_a_duty_without_a_role_verb_in_a_list_of_duties_is_read_by_its_opening_units(text):
    doc = parse_paragraphs(text)
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("市统计局", "市统计局", ""), ("市电业局", "市电业局", "")]
    assert [f.line for f in doc.findings if f.code == "duty_without_verb"] == [3]


def test_the_last_member_of_headed_duties_written_without_its_colon_is_read_by_its_opening_units():
    # （三）A：负责… （四）B和C根据…，担负…: the list's last member, no colon, its subject the units it opens with
    doc = parse_paragraphs("三、成员单位职责\n（一）市水务局：负责水情监测。\n（二）市供电公司：负责抢修电力设施。\n"
                           "（三）驻地解放军和武警支队根据抢险需要，担负转移群众、抢运物资任务。\n")
    assert [(row.task[:5], row.lead, row.support) for row in doc.rows] == [
        ("市水务局：", "市水务局", ""), ("市供电公司", "市供电公司", ""), ("驻地解放军", "驻地解放军、武警支队", "")]
    assert [f.line for f in doc.findings if f.code == "duty_without_verb"] == [4]


def test_review_r10_the_colonless_last_member_is_a_finding_with_its_line():
    doc = parse_paragraphs("二、成员单位职责\n（一）县气象局：负责天气预报。\n（二）县电信公司：负责通信保障。\n"
                           "（三）县消防救援大队和县人武部根据灾情需要，组织抢险救援。\n")
    assert [(row.lead, row.support) for row in doc.rows] == [
        ("县气象局", ""), ("县电信公司", ""), ("县消防救援大队、县人武部", "")]
    assert [f.line for f in doc.findings if f.code == "colonless_member"] == [4]
    # after a sibling with no colon, the heading is no member: no such finding
    doc = parse_paragraphs("二、工作措施\n（一）强化预警。县气象局要及时发布预报。\n"
                           "（二）县消防救援大队和县人武部根据灾情需要，组织抢险救援。\n")
    assert not [f for f in doc.findings if f.code == "colonless_member"]


def test_a_duty_list_one_department_a_line_reads_each_line_by_its_opening_units_whatever_its_verb():
    text = ("市环保局负责灾区的环境监测。\n市统计局协助汇总灾情数据。\n市科协协调有关学会的研究工作。\n"
            "市红十字会参加灾区伤员救护工作。争取救灾物资的支持。\n某军分区根据市政府的请求，协调组织民兵参加抢险。\n"
            "某车务段办事处组织协调救灾物资的铁路运输。\n")
    doc = parse_paragraphs(text)
    assert [(row.line, row.lead, row.support) for row in doc.rows] == [
        (1, "市环保局", ""), (2, "", "市统计局"), (3, "市科协", ""), (4, "", "市红十字会"), (5, "某军分区", ""),
        (6, "某车务段办事处", "")]
    assert [f.line for f in doc.findings if f.code == "duty_without_verb"] == [3, 4, 5, 6]


def test_a_duty_line_broken_off_inside_its_sentence_goes_on_over_the_next_line():
    doc = parse_paragraphs("市统计局负责提供数据。\n市电业局在保证供电前提下，优先安排\n低排放机组发电。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("市统计局负责提供数据。", "市统计局"), ("市电业局在保证供电前提下，优先安排低排放机组发电。", "市电业局")]


def test_a_sentence_of_units_on_its_own_line_closes_the_paragraph_under_a_heading_above_it():
    text = ("各县（市）、区人民政府，市人民政府各部门：\n现将重点工作分解如下。\n一、今年的主要目标\n"
            "生产总值增长8%；城镇登记失业率控制在4%以内。\n由市人民政府各相关部门，各县（市）、区人民政府负责落实。\n"
            "二、办好十件实事\n（一）落实种粮补贴。由市财政局、农业局负责落实。\n")
    doc = parse_paragraphs(text)
    assert [(row.area, row.task[:6], row.lead) for row in doc.rows] == [
        ("今年的主要目标", "生产总值增长", "市人民政府各相关部门、各县（市）、区人民政府"),
        ("办好十件实事", "落实种粮补贴", "市财政局、农业局")]
    assert [f.line for f in doc.findings if f.code == "units_sentence"] == [5]


def test_a_copy_that_lost_its_brackets_reads_a_bare_closing_list_and_a_bracket_never_closed():
    text = ("一、完善创新生态\n\n1.新增孵化器3家。区科技局主办，各街道、板块协办\n\n"
            "2.新增瞪羚企业3家。（区发改委主办，区科技局协办\n\n3.建设硅巷。（区科技局主办）\n")
    doc = parse_paragraphs(text)
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("新增孵化器3家。", "区科技局", "各街道、板块"), ("新增瞪羚企业3家。", "区发改委", "区科技局"),
        ("建设硅巷。", "区科技局", "")]
    assert [f.line for f in doc.findings if f.code == "bracket_closed"] == [5]


def test_a_bracket_never_closed_that_names_no_units_is_left_open():
    doc = parse_paragraphs("1.建设一期工程（含道路。（市住建局负责）\n\n2.改造管网（二期\n")
    assert not [f for f in doc.findings if f.code == "bracket_closed"]


def test_a_supporting_duty_without_a_role_verb_supports():
    doc = parse_paragraphs("（12）中国储备粮管理总公司负责储备粮动用。\n（13）其他有关部门在指挥部的统一领导下，做好相关配合工作。")
    assert [(row.lead, row.support) for row in doc.rows] == [("中国储备粮管理总公司", ""), ("", "其他有关部门")]


def test_units_named_for_the_tasks_below_are_not_added_to_the_task_that_names_them():
    text = ("（一）强化学习。各部门要加强学习。〔市安委会成员单位负责。以下事项均需县级政府负责，不再一一列明〕\n"
            "（二）压实责任。落实责任制。〔市应急局负责〕")
    assert [(r.lead, r.support) for r in parse_paragraphs(text).rows] == [
        ("市安委会成员单位", ""), ("市应急局、县级政府", "")]


def test_a_second_unit_given_its_own_sentence_inside_a_measure_is_a_unit_of_that_measure():
    doc = parse_paragraphs("三、措施\n（一）由市农业局负责，市林业局配合，开展抽检。市供销社负责做好农资监管。\n"
                           "（二）由市卫生局负责，加强检测。\n")
    assert [(row.task[:7], row.lead, row.support) for row in doc.rows] == [
        ("由市农业局负责", "市农业局、市供销社", "市林业局"), ("由市卫生局负责", "市卫生局", "")]


def test_the_items_of_an_article_that_name_their_own_units_are_tasks():
    doc = parse_paragraphs("第一条 为了加强管理，制定本规定。\n第二条 明确下列行业安全工作的主管领导和牵头部门：\n"
                           "（一）中小学校的安全工作由市教育局牵头负责，市政府分管教育工作的副市长为主管领导。\n"
                           "（二）医疗机构的安全工作由市卫生健康委牵头负责，市政府分管卫生工作的副市长为主管领导。\n")
    assert [(row.task[:5], row.lead, row.support) for row in doc.rows] == [
        ("中小学校的", "市教育局", ""), ("医疗机构的", "市卫生健康委", "")]


def test_the_items_of_an_article_each_opening_with_a_department_and_a_colon_are_its_duties():
    # 第六条 … / （一）应急部门：duty；duty。: each item a department's duty, not the article's words
    doc = parse_paragraphs("第一章 总 则\n第一条 为预防森林火灾，制定本办法。\n第二章 职责\n"
                           "第二条 各级各部门在本级政府的领导下，承担防火职责。\n"
                           "（一）应急部门：将防火工作纳入安全考核；配合开展检查指导。\n"
                           "（二）林业部门：统筹巡护力量，加强火源管控。\n（三）气象部门：发布火险预警。\n")
    assert [(row.task[:6], row.lead, row.support) for row in doc.rows] == [
        ("应急部门：将", "应急部门", ""), ("林业部门：统", "林业部门", ""), ("气象部门：发", "气象部门", "")]
    assert [f.line for f in doc.findings if f.code == "headed_duty"] == [5, 6, 7]
    doc = parse_paragraphs("第一条 符合下列条件的给予支持：\n（一）生产经营单位：是指从事经营的单位。\n"
                           "（二）建筑面积5万平方米以上。\n（责任单位：区工业和信息化局）\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [("符合下列条件", "区工业和信息化局")]  # a definition stays


def test_brackets_of_bare_units_closing_sentences_split_a_paragraph_into_tasks():
    doc = parse_paragraphs("一、重点工作\n5、推进园区建设，提升承载能力（市发改委、经信委、各县3市等）。"
                           "支持县（市、区）发展特色产业（市农业局、财政局）。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("推进园区建设，提升承载能力", "市发改委、经信委、各县3市"), ("支持县（市、区）发展特色产业", "市农业局、财政局")]
    assert [f.code for f in doc.findings if f.code == "task_split"] == ["task_split"]


def test_a_bare_bracket_naming_an_enterprise_by_its_kind_beside_units_closes_a_part(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("各县（市）人民政府：\n\n一、统筹规划5G网络建设\n\n"
                    "加强统筹协调，将公共设施楼顶作为基站站址。（州工信局、州通信办、基础电信企业）\n",
                    encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [(row.area, row.task[:6]) for row in table.tasks.itertuples()] == [("统筹规划5G网络建设", "加强统筹协调")]
    assert sorted(zip(table.assignments.raw_unit, table.assignments.role)) == [
        ("基础电信企业", "lead"), ("州工信局", "lead"), ("州通信办", "lead")]


def test_a_bracket_of_sectors_closing_a_paragraph_names_no_units(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("一、淘汰落后产能\n\n压减过剩产能（钢铁、水泥、电解铝企业）。\n", encoding="utf-8")
    with pytest.raises(LayoutError, match="no table found"):
        detect_layout(path)


def test_a_bare_bracket_inside_a_sentence_does_not_split_it():
    doc = parse_paragraphs("一、重点工作\n5、加强市场监管（市场局）建设，完善制度（市商务局）。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("加强市场监管（市场局）建设，完善制度", "市商务局")]


def test_a_paragraph_without_a_number_of_duty_sentences_is_one_task_a_sentence():
    doc = parse_paragraphs("记者从县政府获悉，今年河库管护成效明显。\n"
                           "同时，要求县级部门实施好三大行动。即县水利局牵头，组织开展清河行动。县环保局牵头，督促污水治理。"
                           "县林业局、县农委牵头，做好岸线绿化；县交通局牵头，整治码头。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [
        ("县水利局牵头", "县水利局"), ("县环保局牵头", "县环保局"), ("县林业局、县", "县林业局、县农委"), ("县交通局牵头", "县交通局")]


def test_a_numbered_measure_of_duty_sentences_stays_one_task():
    doc = parse_paragraphs("（三）县水利局牵头，组织开展清河行动。县环保局牵头，督促污水治理。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [("县水利局牵头", "县水利局、县环保局")]


def test_a_news_report_pairing_tasks_and_units_by_position_is_read(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("省水利厅印发通知成立河湖长制工作专班。\n\n"
                    "通知明确，河道整治、水源保护和污水处理具体工作分别由河湖处、水资源处、水保站承担。\n",
                    encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    doc = parse_paragraphs(path.read_text(encoding="utf-8"))
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("河道整治", "河湖处"), ("水源保护", "水资源处"), ("污水处理", "水保站")]
    assert [f.message for f in doc.findings if f.code == "prose_tasks"] == [
        "the paragraph names 3 task(s) in a report's own words (分别由)"]


def test_quoted_tasks_of_a_news_report_take_the_units_after_them_and_one_naming_only_leaders_is_none():
    doc = parse_paragraphs("分工方案明确了每项任务的牵头领导。\n"
                           "例如，第3项任务“新建公园10个，改造绿地”，牵头领导是副市长王某，主责单位是市园林局、有关区政府。"
                           "第40项任务“整治老旧小区”，牵头领导是副市长李某，主责单位为市住建委。\n"
                           "又如第41项，推进垃圾分类，牵头领导是副市长王某、副市长李某。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("新建公园10个，改造绿地", "市园林局、有关区政府"), ("整治老旧小区", "市住建委")]


def test_a_news_report_giving_this_work_to_its_units_is_their_task():
    doc = parse_paragraphs("市发改委启动规划编制工作\n\n为推进转型，市发改委正积极开展前期工作。目前，规划编制工作已启动。\n\n"
                           "此项工作由市项目代建管理局负责牵头，会同市财政局、畜牧局，市农科院等共同完成。目前已召开会议。\n")
    assert [(row.task[:9], row.lead, row.support) for row in doc.rows] == [
        ("此项工作由市项目代", "市项目代建管理局", "市财政局、畜牧局、市农科院")]
    assert [f.line for f in doc.findings if f.code == "this_work"] == [5]


def test_a_paragraph_of_clauses_each_opening_with_a_department_and_yao_is_one_task_a_department():
    doc = parse_paragraphs("三、加强组织领导\n各级各部门要按照统一部署，认真做好普查工作。\n"
                           "县政府有关部门要各负其责，密切配合。统计部门要制定普查方案，加强业务指导；公安部门要提供户籍资料；"
                           "民政部门要做好宣传。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("统计部门要制定普查方案，加强业务指导；", "统计部门"), ("公安部门要提供户籍资料；", "公安部门"),
        ("民政部门要做好宣传。", "民政部门")]
    assert [f.line for f in doc.findings if f.code == "modal_sentences"] == [3]


def test_a_paragraph_of_requirements_on_collectives_divides_nothing():
    with pytest.raises(LayoutError):
        parse_paragraphs("三、加强组织领导\n各地要加强领导；各部门要密切配合；县政府有关部门要各负其责。\n")


def test_a_department_doing_its_duty_with_partners_leads_though_the_work_names_a_supporting_word():
    doc = parse_paragraphs("县财政局负责安排防控经费。\n县人社局组织制定并会同有关部门落实参与防控人员的工伤待遇政策。\n"
                           "县交通局协助卫生部门做好检疫工作。\n")
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("县财政局", "县财政局", ""), ("县人社局", "县人社局", "有关部门"), ("县交通局", "", "县交通局")]


def test_partners_after_hui_tong_in_a_later_semicolon_clause_of_a_duty_support_it():
    # A负责…工作；会同B提出…: the ；-clause goes on with A as its subject; B, after 会同, supports (README)
    doc = parse_paragraphs("县粮食局负责救灾粮的调拨工作；会同有关部门提出储备粮动用方案，报县政府批准。\n"
                           "县气象局负责气象监测；协调有关部门做好预警。\n")
    assert [(row.task[:5], row.lead, row.support) for row in doc.rows] == [
        ("县粮食局负", "县粮食局", "有关部门"), ("县气象局负", "县气象局", "")]
    assert any(f.code == "role_rule" and "support 有关部门" in f.message and f.line == 1 for f in doc.findings)


def test_a_news_report_listing_tasks_after_their_units_gives_one_task_an_item():
    doc = parse_paragraphs("近日，市政府印发重点工作分工意见。需要市教育局参加的工作共计6项，有2项由市教育局牵头，"
                           "分别是推进集团化办学；扩大学位供给。\n"
                           "两局还参与多项工作。例如，加强校园安全，由市公安局、市教育局等分工负责。"
                           "推进体教融合，由市体育局、市教育局等分工负责。\n"
                           "意见明确，市卫健委、市财政局等分工负责深化医改；促进社会办医；\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("推进集团化办学", "市教育局"), ("扩大学位供给", "市教育局"), ("加强校园安全", "市公安局、市教育局"),
        ("推进体教融合", "市体育局、市教育局"), ("深化医改", "市卫健委、市财政局"), ("促进社会办医", "市卫健委、市财政局")]


def test_units_opening_dated_sentences_of_a_news_report_are_tasks_and_a_sentence_without_one_goes_on(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("县政府公布今年重点任务分工及时限，要求各部门抓好落实。\n\n"
                    "根据任务要求，今年，县交通局要在10月底建成农村公路50公里。12月底完成桥梁改造3座。"
                    "县文旅公司6月下旬建成游客中心。县教育局要在9月前新建幼儿园2所。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    doc = parse_paragraphs(path.read_text(encoding="utf-8"))
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("县交通局要在10月底建成农村公路50公里。12月底完成桥梁改造3座。", "县交通局"),
        ("县文旅公司6月下旬建成游客中心。", "县文旅公司"), ("县教育局要在9月前新建幼儿园2所。", "县教育局")]


def test_a_notice_s_opening_with_units_as_subjects_but_no_deadline_names_no_task():
    doc = parse_paragraphs("县政府将定期听取实施情况汇报，研究部署推进措施。县督查室要加强督促检查，实行季度通报。\n"
                           "一、教育工程\n1.新建幼儿园2所。（牵头单位：县教育局）\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("新建幼儿园2所。", "县教育局")]


def test_an_article_sharing_work_by_duties_then_each_unit_s_duty_are_three_tasks():
    doc = parse_paragraphs("第三条 专项资金由市财政局、市住建局按职责分工管理。\n"
                           "市财政局负责编制资金预算，下达资金，会同市住建局组织开展绩效评价。\n"
                           "市住建局负责编制年度计划，提出资金分配建议。\n")
    assert [(row.task[:6], row.lead, row.support) for row in doc.rows] == [
        ("专项资金由市", "市财政局、市住建局", ""), ("市财政局负责", "市财政局", "市住建局"), ("市住建局负责", "市住建局", "")]


def test_a_heading_broken_off_after_a_comma_goes_on_over_the_next_lines_to_its_bracket_of_units():
    doc = parse_paragraphs("一、扩大开放\n（一）以创新理念为指导，\n推动新一轮开放。修订产业目录，\n放宽准入限制。\n"
                           "（市发展改革委、市商务局牵头）\n（二）优化营商环境。（市政务服务局负责）\n")
    assert [(row.area, row.task, row.lead) for row in doc.rows] == [
        ("扩大开放", "以创新理念为指导，推动新一轮开放。修订产业目录，放宽准入限制。", "市发展改革委、市商务局"),
        ("扩大开放", "优化营商环境。", "市政务服务局")]


def test_tasks_numbered_one_is_two_is_after_a_group_title_start_at_their_ordinals_under_the_title():
    doc = parse_paragraphs("一、稳定就业\n1、抓好孵化园区建设。\n"
                           "一是指导各县建立孵化园区（主办处室：就业处，配合处室：财务处，6月底前完成）。"
                           "二是落实园区建设资金（主办处室：财务处，年内完成）。\n")
    assert [(row.area, row.task, row.lead, row.support) for row in doc.rows] == [
        ("抓好孵化园区建设", "一是指导各县建立孵化园区", "就业处", "财务处"),
        ("抓好孵化园区建设", "二是落实园区建设资金", "财务处", "")]
    assert [f.code for f in doc.findings].count("ordinal_tasks") == 1


def test_sections_of_running_text_name_their_units_as_leads_helpers_or_subjects_of_a_duty():
    doc = parse_paragraphs("县政府有关部门：\n现将办理方案印发给你们，请认真组织实施。\n办理方案\n"
                           "一、成立工作专班\n成立议案办理工作专班，由副县长王某任组长。专班办公室设在县住建局。\n"
                           "二、明确工作责任\n县住建局为本议案办理的牵头责任单位，负责制定实施方案。"
                           "县财政局、县自然资源局为协办单位，各单位要密切配合。\n"
                           "三、实行跟踪督办\n县政府督查室要将办理工作纳入督查重点，适时通报进展。\n"
                           "四、其他要求\n各单位要按时报送进展。\n")
    assert [(row.area, row.task[:6], row.lead, row.support) for row in doc.rows] == [
        ("明确工作责任", "县住建局为本", "县住建局", "县财政局、县自然资源局"),
        ("实行跟踪督办", "县政府督查室", "县政府督查室", "")]


def test_a_closing_section_whose_unit_has_a_duty_is_no_task_after_sections_naming_units_in_brackets():
    doc = parse_paragraphs("一、重点任务\n加快建设污水管网。（县住建局负责）\n"
                           "二、保障措施\n县政府督查室要加强督促检查，定期通报进展。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("加快建设污水管网。", "县住建局")]


def test_numbered_duties_written_as_headings_read_a_verbless_one_by_its_opening_units():
    doc = parse_paragraphs("（五）县财政局负责保障经费。\n（六）县信访局和整治“四风”专班依法开展督导，查处违规行为。\n"
                           "（七）县商务、农业等局依职责协助有关工作。\n")
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("县财政局", "县财政局", ""), ("县信访局", "县信访局、整治“四风”专班", ""), ("县商务、", "", "县商务、农业")]
    assert [f.line for f in doc.findings if f.code == "duty_without_verb"] == [2]


def test_an_office_dividing_work_among_its_divisions_gives_one_task_a_division():
    doc = parse_paragraphs("现将调整后的职能通知如下：\n秘书处（档案处） 负责文电收发；办理会务；参与督查工作。\n"
                           "综合一处 负责办理工业方面的文电。\n综合二处 负责办理交通方面的文电；联系驻外机构。\n")
    assert [(row.task[:6], row.lead, row.support) for row in doc.rows] == [
        ("秘书处（档案", "秘书处（档案处）", ""), ("综合一处负责", "综合一处", ""), ("综合二处负责", "综合二处", "")]


def test_a_campaign_led_by_a_shared_suffix_list_of_departments():
    doc = parse_paragraphs("（二）消防安全专项整治，由公安、住建部门负责，有关部门配合。要加强隐患排查。\n")
    assert [(row.lead, row.support) for row in doc.rows] == [("公安、住建部门", "有关部门")]


def test_a_measure_dividing_one_duty_by_sentences_and_semicolons_gives_one_task_a_department():
    doc = parse_paragraphs("一、完善协同监管\n（一）压实监管职责。水利部门负责保护水源。林业部门负责管护林地；"
                           "环保部门负责监测水质，加强执法。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [
        ("压实监管职责", "水利部门"), ("林业部门负责", "林业部门"), ("环保部门负责", "环保部门")]


def test_duties_under_a_heading_naming_only_their_unit_are_its_with_the_roles_their_words_give():
    doc = parse_paragraphs("（二）交通部门\n1.加强道路巡查；\n2.配合维护检查站秩序。\n（三）环保部门\n"
                           "加强排污监管；会同有关部门，对污染事故进行调查。\n（四）司法部门\n"
                           "配合有关部门研究起草规范性文件，依法裁决复议案件。\n")
    assert [(row.task[:6], row.lead, row.support) for row in doc.rows] == [
        ("加强道路巡查", "交通部门", ""), ("配合维护检查", "", "交通部门"), ("加强排污监管", "环保部门", "有关部门"),
        ("配合有关部门", "", "司法部门")]  # whom a duty helps (配合有关部门…) is not its unit
    assert any("配合…: support" in f.action for f in doc.findings if f.code == "units_from_heading")


def test_duties_under_headings_naming_a_department_and_its_duties_are_the_departments(tmp_path):
    # （七）A部门职责、任务 over 1.…。 (numbering restarting under each heading): the department does its duties,
    # a duty opening with 协助 supports, and whom it helps with no verb of its own (协助教育部门对…培训) is no unit
    path = tmp_path / "n.txt"
    path.write_text("（七）卫生部门职责、任务\n1.加强对学校食堂的监督管理。\n2.协助教育部门对食堂从业人员的培训。\n"
                    "（八）工商部门的主要职责\n1.加大对无照经营摊点的打击力度。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [(t.area, t.task) for t in table.tasks.itertuples()] == [
        ("卫生部门职责、任务", "加强对学校食堂的监督管理。"), ("卫生部门职责、任务", "协助教育部门对食堂从业人员的培训。"),
        ("工商部门的主要职责", "加大对无照经营摊点的打击力度。")]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "卫生部门", "lead"), ("T002", "卫生部门", "support"), ("T003", "工商部门", "lead")]
    assert codes_at(table, "units_from_heading") == [2, 3, 5]


def test_minutes_decisions_give_the_unit_a_decision_helps_with_a_verb_of_its_own(tmp_path):
    # 二、会议决定： / （一）由A负责，…。同时，协助B完成…。: B completes the work, so it is a unit of the decision
    path = tmp_path / "n.txt"
    path.write_text("7月8日，副县长主持召开推进会。县国土局、县住建局负责人参加了会议。现将会议内容纪要如下：\n"
                    "一、会议指出：各相关单位必须进一步加大工作力度。\n二、会议决定：\n"
                    "（一）由县国土局负责，于7月11日前与县供电公司完成衔接工作。\n"
                    "（二）由县住建局负责，于7月17日前完成房屋征收工作。同时，协助县国土局完成商铺征迁工作。\n",
                    encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "县国土局", "lead"), ("T002", "县住建局", "lead"), ("T002", "县国土局", "lead")]
    assert any("协助…完成" in f.message for f in table.findings.itertuples() if f.code == "role_rule" and f.line == 5)


def test_a_news_report_of_a_speakers_requirements_to_units_by_name_gives_one_task_each(tmp_path):
    # 他要求各相关单位…(everyone: no task)。他希望A以…；他要求B利用…；他要求C会同D、E等职能单位开展…
    path = tmp_path / "n.txt"
    path.write_text("市支队召开协调会 |\n5月26日，市支队召开协调会。王强副局长做总结发言。他要求各相关单位高度重视，"
                    "相互配合。他希望市政工程处以自身为主，加大管理力度，并与区大队密切联系，相互协调配合；"
                    "他要求各区执法大队利用巡查力量，加大巡查密度；他要求市支队会同区大队、人防等职能单位开展专项治理。 |\n",
                    encoding="utf-8")
    table = read_table(path)
    assert [t.task[:8] for t in table.tasks.itertuples()] == ["市政工程处以自身", "各区执法大队利用", "市支队会同区大队"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "市政工程处", "lead"), ("T002", "各区执法大队", "lead"), ("T003", "市支队", "lead"),
        ("T003", "区大队", "support"), ("T003", "人防", "support")]  # 与区大队密切联系: whom it works with, no unit
    assert codes_at(table, "required_of_units") == [2]


def test_a_news_report_of_a_meetings_requirements_run_together_gives_one_task_each(tmp_path):
    # 会议指出，各级各部门…(everyone)。 / 会议要求，A要…；B要…；A要会同C、D对…开展…: one task a clause
    path = tmp_path / "n.txt"
    path.write_text("7月2日，县委副书记主持召开联席会议。\n会议指出，改革是系统工程，各级各部门务必尽心履职。\n"
                    "会议要求，县委改革办要主动思考，筹备好会议；各专项协调推进小组要尽心履职，推进各项工作；"
                    "县委改革办要会同县委督查室、县政府督查室对关键环节开展督察检查。\n", encoding="utf-8")
    table = read_table(path)
    # the words reporting them stay in the first requirement's text, which opens right after them
    assert [t.task[:7] for t in table.tasks.itertuples()] == ["会议要求，县委", "各专项协调推进", "县委改革办要会"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "县委改革办", "lead"), ("T002", "各专项协调推进小组", "lead"), ("T003", "县委改革办", "lead"),
        ("T003", "县委督查室", "support"), ("T003", "县政府督查室", "support")]
    assert codes_at(table, "required_of_units") == [3]


def test_a_township_meetings_requirements_in_one_paragraph_are_read_as_paragraphs(tmp_path):
    # one paragraph, no number, no label: 会议要求，A、[cadres]严格…；各村（社区）提前…; the layout is found by them
    path = tmp_path / "n.txt"
    path.write_text("3月2日上午，某镇召开调度会。副镇长传达了会议精神，镇村两级干部一定要高度重视。会议要求，"
                    "镇森林防火巡查队、镇村两级包保干部严格执行值班巡查；各村（社区）提前掌握存量，做好还田工作；\n",
                    encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "镇森林防火巡查队", "lead"), ("T002", "各村（社区）", "lead")]
    assert codes_at(table, "required_of_units") == [1]


def test_a_news_report_of_a_speakers_requirements_sentence_by_sentence_gives_one_task_a_unit_subject(tmp_path):
    # attendees (副县长 …, 管委会副主任) and the bodies of the items passed are no units; 王某指出，要…。A要…。B要…
    path = tmp_path / "n.txt"
    path.write_text("县政府召开常务会议\n\n6月20日，县政府召开常务会议。代县长王某主持会议，副县长李某，开发区管委会副主任"
                    "孙某参加会议。\n\n会议讨论通过了关于县疾控中心招聘检验人员的请示。\n\n王某指出，要高度重视粮食安全。"
                    "县自然资源局要协调落实好方案内容。县水利局要做好汛期值守。\n\n王某要求，县林业部门要统筹好限采工作。"
                    "有关部门要各司其职，推进水库特许经营项目。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:6] for t in table.tasks.itertuples()] == ["县自然资源局", "县水利局要做", "县林业部门要", "有关部门要各"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "县自然资源局", "lead"), ("T002", "县水利局", "lead"), ("T003", "县林业部门", "lead"),
        ("T004", "有关部门", "lead")]  # the departments the project concerns, after a unit named in full
    assert codes_at(table, "required_sentences") == [7, 9]  # each paragraph says all it says
    assert codes_at(table, "decided_work") == []  # the requirements' reading, not the first one's alone


def test_minutes_settling_numbered_matters_give_each_to_the_body_acting_on_it(tmp_path):
    # the chair, the approved plan's author (县卫健局提出的…方案), requirements naming no unit and the receiver of
    # funds are no units; 1.关于…问题。…由A提出… / 2.关于…问题。县财政安排B…: A and 县财政
    path = tmp_path / "minutes.txt"
    path.write_text("县人民政府第5次常务会议纪要\n3月24日，县长李某主持召开县人民政府第5次常务会议。现将会议形成的意见纪要如下：\n"
                    "一、研究创卫复审工作\n会议原则同意县卫健局提出的创卫复审任务分解方案，按程序报县委常委会研究。\n"
                    "会议要求，一是要加强组织领导，各责任单位相应成立专门班子。二是要浓厚氛围。\n"
                    "会议就有关具体事项明确如下：\n1.关于相关单位设备配备问题。设备配备由创卫复审工作领导小组提出具体方案后另行研究确定。\n"
                    "2.关于创卫复审工作经费问题。县财政安排县卫健局创卫复审工作经费50万元。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:9] for t in table.tasks.itertuples()] == ["关于相关单位设备配", "关于创卫复审工作经"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "创卫复审工作领导小组", "lead"), ("T002", "县财政", "lead")]
    assert codes_at(table, "decided_matter") == [7, 8]


def test_a_decrees_duty_article_gives_bodies_named_by_kind_a_conditional_by_and_a_field_list_their_duties(tmp_path):
    # 第四条 A负责…；B负责… / C机构负责…；未设立…的，由D单位负责… / 市E、F、G等行政部门，按照各自职责，共同做好…
    path = tmp_path / "rule.txt"
    path.write_text("某市景区管理办法\n市长 某某\n第一章 总 则\n第一条 为了加强景区管理，制定本办法。\n"
                    "第二条 景区的具体名录由市人民政府公布。\n"
                    "第三条 市旅游行政主管部门负责景区的行业管理；区人民政府景区行政主管部门负责区属景区的监督管理。\n"
                    "景区管理机构负责景区的日常管理工作；未设立管理机构的，由景区业主单位负责日常管理工作。\n"
                    "市公安、物价、城管执法等行政部门，按照各自职责，共同做好景区监督管理工作。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:6] for t in table.tasks.itertuples()] == ["市旅游行政主", "区人民政府景", "景区管理机构", "未设立管理机",
                                                              "市公安、物价"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "市旅游行政主管部门", "lead"), ("T002", "区人民政府景区行政主管部门", "lead"),
        ("T003", "景区管理机构", "lead"), ("T004", "景区业主单位", "lead"), ("T005", "市公安", "lead"),
        ("T005", "物价", "lead"), ("T005", "城管执法", "lead")]  # 市人民政府 publishing a list is no division of work


def test_a_meetings_requirements_numbered_inside_a_paragraph_give_tasks_to_the_units_they_name(tmp_path):
    # 会议强调，相关单位要…。一要…。二要…。A、B要…。三要…: one paragraph, found as paragraphs by its ordinals
    path = tmp_path / "n.txt"
    path.write_text("区政府召开常务会议\n  会议审议并原则通过了《安置方案》。会议强调，相关单位要提高站位。一要细化方案。"
                    "要参照前期做法。二要加快工作进度。某某镇、区住建局要理清责任，加强协调配合。三要依法有序推进。"
                    "要加强全程监督。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:7] for t in table.tasks.itertuples()] == ["要加快工作进度"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "某某镇", "lead"), ("T001", "区住建局", "lead")]
    assert codes_at(table, "ordinal_requirements") == [2]


def test_the_duties_of_the_leading_group_a_notice_sets_up_are_no_departments_duties():
    # 一、组织领导 / （一）领导小组组成人员 / （二）领导小组主要职责 / 1.…: what the body is for, not a share of the work
    doc = parse_paragraphs("一、组织领导\n（一）领导小组组成人员\n（二）领导小组主要职责\n1.统筹协调重大问题。\n"
                           "2.督促检查工作进展。\n（三）县卫生局职责\n1.加强食品安全监管。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [("加强食品安全", "县卫生局")]
    assert [f.line for f in doc.findings if f.code == "no_assignment"] == [4, 5]


def test_a_part_pairing_a_body_with_its_duties_gives_it_the_duties_under_a_heading_naming_none(tmp_path):
    # 一、领导小组及职责 / （一）领导小组 / 组长：… / （二）主要职责 / 1.…: the part is the body's, its members are people;
    # 二、责任处室及其职责: whoever holds the role, named by the headings below it (（一）办公室职责, the bureau's office)
    path = tmp_path / "n.txt"
    path.write_text("一、领导小组及职责\n（一）领导小组\n组 长：文斌\n副组长：马传壮\n成 员：侯同波、朱海。\n"
                    "（二）主要职责\n1.负责全局工作总体规划。\n2.负责监督全局工作。\n二、政府信息公开责任处室及其职责\n"
                    "本局具体工作由办公室和信息中心负责，具体职责为：\n（一）办公室职责\n1.负责组织协调；\n"
                    "2.对拟公开的信息进行保密审查。\n（二）信息中心职责\n负责网站的维护。\n", encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "领导小组", "lead"), ("T002", "领导小组", "lead"), ("T003", "办公室", "lead"), ("T003", "信息中心", "lead"),
        ("T004", "办公室", "lead"), ("T005", "办公室", "lead"), ("T006", "信息中心", "lead")]
    assert [t.task[:6] for t in table.tasks.itertuples()][:3] == ["负责全局工作", "负责监督全局", "本局具体工作"]
    assert codes_at(table, "post_holders") == [3]
    assert codes_at(table, "units_from_heading") == [7, 8, 12, 13, 15]


def test_a_topic_paired_with_its_duties_names_no_body(tmp_path):
    # 一、工作目标及职责: a topic, no unit; the numbered duties under it name none and are no tasks
    doc = parse_paragraphs("一、工作目标及职责\n1.负责全局工作总体规划。\n二、县卫生局职责\n1.加强食品安全监管。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [("加强食品安全", "县卫生局")]
    assert [f.line for f in doc.findings if f.code == "no_assignment"] == [2]


def test_headings_naming_divisions_alone_over_paragraphs_of_duties_are_read_as_the_divisions_duties(tmp_path):
    # 一、秘书一处 / 负责…；承办…。: an office dividing its work among its divisions, the duties on the next line
    path = tmp_path / "n.txt"
    path.write_text("市政府办公厅内设处室职能作如下调整：\n一、秘书一处\n负责领导同志日常工作的协调；承办会议审批工作。\n"
                    "二、秘书二处\n负责公文的审核、校对；负责来文的收发。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [(t.area, t.task[:6]) for t in table.tasks.itertuples()] == [("秘书一处", "负责领导同志"),
                                                                         ("秘书二处", "负责公文的审")]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "秘书一处", "lead"), ("T002", "秘书二处", "lead")]


def test_headings_naming_members_alone_over_duties_some_without_a_role_word_are_read_as_their_duties(tmp_path):
    # 一、县民政局 / 将…纳入… : beside duties opening with 负责, a duty opening with no role word is the heading's too
    path = tmp_path / "n.txt"
    path.write_text("县防灾减灾委员会成员单位职责\n一、县民政局\n负责受灾群众的生活救助。\n二、县住建局\n"
                    "将房屋抗震设防纳入年度检查。\n三、县科协\n负责防灾知识的普及宣传。\n四、县文广局\n"
                    "以广播电视为载体，播放减灾公益广告。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "县民政局", "lead"), ("T002", "县住建局", "lead"), ("T003", "县科协", "lead"), ("T004", "县文广局", "lead")]
    assert [f.line for f in table.findings.itertuples() if f.code == "units_from_heading"] == [3, 5, 7, 9]


@pytest.mark.parametrize("text", [
    # one duty opening with a role verb beside one opening with none: too few to say the headings own duties
    "一、县民政局\n负责受灾群众的生活救助。\n二、县住建局\n将房屋抗震设防纳入年度检查。\n",
    # topics, no units, over paragraphs of duties
    "一、工作目标\n负责完成全年任务。\n二、保障措施\n负责落实经费。\n",
    # one division alone over its duties: a heading that happens to look like a unit
    "一、秘书一处\n负责领导同志日常工作的协调。\n二、工作要求\n请认真落实。\n",
    # divisions over paragraphs that are no duties of theirs
    "一、秘书一处\n现有人员五名。\n二、秘书二处\n现有人员四名。\n",
])
def test_headings_over_paragraphs_are_no_division_of_duties_unless_each_names_a_unit_over_its_duties(tmp_path, text):
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LayoutError):
        detect_layout(path)


def test_numbered_duties_each_opening_with_a_department_and_a_colon_or_full_stop_are_its_tasks():
    doc = parse_paragraphs("15、市卫生局：负责医疗废物处置的卫生防护。\n"
                           "16、市物价局：负责召开听证会；会同财政、环保等有关部门贯彻执行价格政策。\n"
                           "17、市旅游局：旅游规划必须与纲要相协调。\n18、区城管执法大队。负责查处无照经营。\n")
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("市卫生局", "市卫生局", ""), ("市物价局", "市物价局", "财政、环保"), ("市旅游局", "市旅游局", ""),
        ("区城管执", "区城管执法大队", "")]
    assert [f.line for f in doc.findings if f.code == "headed_duty"] == [1, 2, 3, 4]


def test_a_headed_duty_gives_roles_by_its_helping_verbs_guided_helpers_partners_and_led_subjects():
    doc = parse_paragraphs("3.市民政局：指导各区县民政局配合有关部门做好救助工作。\n"
                           "4.市商务局：负责协同城管部门查处占道经营，并协助相关部门建设市场。\n"
                           "5.市司法局：依据职责协助相关部门处理法制事务。\n"
                           "6.市文化执法队：负责会同公安、城管部门查处盗版光盘。\n"
                           "7.市城管局：负责组织整治行动。各区县城管大队、分局在区县政府领导下，积极发挥职能作用。\n")
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("市民政局", "市民政局", "各区县民政局"), ("市商务局", "", "市商务局"), ("市司法局", "", "市司法局"),
        ("市文化执", "市文化执法队", "公安、城管部门"), ("市城管局", "市城管局、各区县城管大队、分局", "")]


def test_a_sentence_opening_with_other_units_after_numbered_member_duties_is_their_duty():
    doc = parse_paragraphs("2.2职责任务。\n(1)县水利局。\n负责水情监测。\n(2)县公安局、县武警中队。\n负责维护秩序。\n"
                           "县防汛指挥部其他成员随时听候调遣，完成指挥部交办的工作。\n各单位要加强值班。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("县水利局。负责水情监测。", "县水利局"), ("县公安局、县武警中队。负责维护秩序。", "县公安局、县武警中队"),
        ("县防汛指挥部其他成员随时听候调遣，完成指挥部交办的工作。", "县防汛指挥部其他成员")]
    assert [f.line for f in doc.findings if f.code == "duty_after_headed_duty"] == [6]


def test_the_signature_and_date_after_a_list_of_duties_is_no_duty_of_the_signing_office():
    text = ("各成员单位职责分工如下：\n综合办公室负责做好值班安排。\n财务室负责筹集应急资金。\n联系电话：84625163\n"
            "开发区疫情\n防控应急保障组办公室\n2020年1月23日\n")
    expected = [("综合办公室负责做好值班安排。", "综合办公室"), ("财务室负责筹集应急资金。", "财务室")]
    assert [(row.task, row.lead) for row in parse_paragraphs(text).rows] == expected
    text = text.replace("办公室\n2020", "办公室2020")  # a web page's signature lines run together
    assert [(row.task, row.lead) for row in parse_paragraphs(text).rows] == expected


def test_a_paragraph_naming_a_group_a_lead_office_and_others_in_its_sentences_reads_roles_by_sentence():
    doc = parse_paragraphs("二、主要职责\n政务公开工作领导小组负责研究重要问题；监督政务公开工作。办公室为牵头责任部门，"
                           "负责日常工作，其他处室负责具体工作任务。\n三、工作分工\n法规处  负责规范性文件的法律审核。\n")
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("政务公开", "政务公开工作领导小组、办公室", "其他处室"), ("法规处负", "法规处", "")]
    assert [f.line for f in doc.findings if f.code == "sentence_shares"] == [2]


def test_divisions_carrying_out_a_task_after_its_leads_and_the_person_in_charge_support():
    doc = parse_paragraphs("（一）我厅牵头的工作任务\n1、削减排放总量（牵头单位：区经信委、环保厅）。由金总工负责，总量控制处落实。\n"
                           "2、推进农村环境治理（牵头单位：区环保厅）。由鲁国会、郑忠安副厅长分别负责，监测处和评价处分别落实。\n")
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("削减排放总量", "区经信委、环保厅", "总量控制处"), ("推进农村环境治理", "区环保厅", "监测处、评价处")]
    assert [f.line for f in doc.findings if f.code == "carried_out"] == [2, 3]


def test_items_with_a_run_in_title_then_a_bureau_and_yao_are_the_bureaus_duties():
    doc = parse_paragraphs("（九）民爆器材管理。县公安局要重点检查民爆器材的储存情况；严厉打击非法买卖。\n"
                           "（十）建筑施工安全。县住建局要检查施工现场，督促施工单位落实措施。\n")
    assert [(row.task[:7], row.lead, row.support) for row in doc.rows] == [
        ("民爆器材管理。", "县公安局", ""), ("建筑施工安全。", "县住建局", "")]
    assert [f.line for f in doc.findings if f.code == "modal_duty"] == [1, 2]


def test_numbered_items_each_opening_with_a_department_with_or_without_yao_are_its_duties():
    doc = parse_paragraphs("（一）环境建设\n\n    1、各乡镇政府继续推进生态村建设（1分，材料齐全得满分）。\n\n"
                           "    2、水务局加强保护区的建设管理（0.5分）。\n\n    3、各乡镇汇同环保局完善保护区立标工作。\n\n"
                           "    4、农委、畜牧局要加强循环经济试点建设。\n\n    5、农委要对全县耕地污染情况进行调查。\n")
    assert [(row.task[:5], row.lead, row.support) for row in doc.rows] == [
        ("各乡镇政府", "各乡镇政府", ""), ("水务局加强", "水务局", ""), ("各乡镇汇同", "各乡镇", "环保局"),
        ("农委、畜牧", "农委、畜牧局", ""), ("农委要对全", "农委", "")]
    assert [f.line for f in doc.findings if f.code == "modal_duty"] == [3, 5, 9, 11]


def test_a_paragraph_sharing_matters_among_departments_in_one_sentence_gives_a_task_a_matter():
    doc = parse_paragraphs("各部门要按照分工协作的原则，认真做好普查工作。领导小组成员单位按照各自职能，各负其责。其中，"
                           "涉及经费方面的事项，由财政部负责和协调；涉及宣传方面的事项，由国家统计局、中央宣传部负责和协调。"
                           "掌握基础资料的各级部门要及时提供数据。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("涉及经费方面的事项", "财政部"), ("涉及宣传方面的事项", "国家统计局、中央宣传部")]
    assert [f.code for f in doc.findings if f.code == "prose_tasks"] == ["prose_tasks"]


def test_member_duties_one_a_line_without_numbers_are_each_members_task():
    doc = parse_paragraphs("防汛抗旱应急预案（第3页）\n县水利局：负责水情监测；负责水利工程调度。\n"
                           "县气象局：负责天气预报；配合做好预警发布。\n县民政局：负责灾民救助。\n")
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("县水利局", "县水利局", ""), ("县气象局", "县气象局", ""), ("县民政局", "县民政局", "")]
    assert [f.line for f in doc.findings if f.code == "headed_duty"] == [2, 3, 4]


def test_member_duties_after_a_list_of_members_with_bracketed_names_and_no_verb_are_each_members_task():
    # 成员单位：A、B… lists the members (no duty); 各村（社区）：… and 执法队：对… are duties without 负责
    doc = parse_paragraphs("成员单位：镇农业中心、镇财政所、各村（社区）、镇执法队。\n镇农业中心：负责技术指导。\n"
                           "镇财政所：负责资金发放。\n各村（社区）：将宣传卡发放到农户，开展巡查。\n"
                           "镇执法队：对焚烧对象进行处罚。\n")
    assert [(row.task[:4], row.lead) for row in doc.rows] == [
        ("镇农业中", "镇农业中心"), ("镇财政所", "镇财政所"), ("各村（社", "各村（社区）"), ("镇执法队", "镇执法队")]
    assert [f.line for f in doc.findings if f.code == "headed_duty"] == [2, 3, 4, 5]


def test_member_duties_numbered_as_sub_headings_under_a_division_of_duties_are_each_members_task():
    # （一）unit：duty (二）unit：duty …: the units a duty coordinates, helps or reports to are no units of it
    text = ("二、职责分工\n（一）各村（居）：负责对辖区内占道经营进行登记；对无法取缔的及时上报镇城建办。\n"
            "（二）镇城建办：负责道路巡查，协调相关村（居）、站所联合开展整治。\n"
            "（三）镇执法队筹建组：负责路面巡查，协助镇政府查处违法行为。\n三、工作要求\n各村要加强值班。\n")
    expected = [("职责分工", "各村（居）：", "各村（居）", ""), ("职责分工", "镇城建办：负", "镇城建办", ""),
                ("职责分工", "镇执法队筹建", "镇执法队筹建组", "")]
    doc = parse_paragraphs(text)
    assert [(row.area, row.task[:6], row.lead, row.support) for row in doc.rows] == expected
    assert [f.line for f in doc.findings if f.code == "headed_duty"] == [2, 3, 4]
    # a crawl's copy on one line, nothing between the items
    doc = parse_paragraphs("一、工作目标清理马路市场。" + text.replace("\n", ""))
    assert [(row.area, row.task[:6], row.lead, row.support) for row in doc.rows] == expected


def test_a_lone_sub_heading_opening_with_a_department_and_a_colon_is_a_heading():
    doc = parse_paragraphs("一、工作措施\n（一）县水利局：负责水情监测。\n1.办科技周。（市科协负责）\n"
                           "（二）强化保障\n2.办科普日。（市科技局负责）\n")
    assert [(row.area, row.task, row.lead) for row in doc.rows] == [
        ("县水利局", "办科技周。", "市科协"), ("强化保障", "办科普日。", "市科技局")]
    assert not [f for f in doc.findings if f.code == "headed_duty"]


def test_a_lone_line_opening_with_a_department_and_a_colon_is_no_task():
    doc = parse_paragraphs("1.办科技周。（市科协负责）\n县水利局：负责水情监测。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("办科技周。", "市科协")]
    assert [f.line for f in doc.findings if f.code == "stray_text"] == [2]


def test_a_heading_naming_no_unit_gives_its_items_none():
    doc = parse_paragraphs("（二）交通安全\n1.加强道路巡查。（市交通局负责）\n2.维护检查站秩序。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [("加强道路巡查", "市交通局")]


def test_a_lead_in_announcing_items_under_a_heading_naming_units_is_no_task_of_the_heading():
    text = ("（一）区级部门\n各部门要深入指导，加强协作。部门职责和任务如下：\n"
            "1.区住建局负责建筑业普查；\n2.区商务局负责服务业普查。\n")
    doc = parse_paragraphs(text)
    assert [(row.task[:5], row.lead) for row in doc.rows] == [("区住建局负", "区住建局"), ("区商务局负", "区商务局")]
    assert [f.line for f in doc.findings if f.code == "list_lead_in"] == [2]
    # without the colon announcing the items, the paragraph is a task of the heading's units
    doc = parse_paragraphs(text.replace("部门职责和任务如下：", ""))
    assert [(row.task[:5], row.lead) for row in doc.rows][0] == ("各部门要深", "区级部门")


def test_a_list_of_duties_each_opening_with_its_department_and_yao_gives_one_task_a_department():
    text = ("禁止燃放种类\n（一）组合烟花；\n（二）电子礼花。\n职能分工\n（一）公安部门要加强防范控制，依法处理违法人员；\n"
            "（二）市场监管部门要依法查处违法行为。要加强质量检查；\n（三）供销社要加强网点管理。\n")
    doc = parse_paragraphs(text)
    assert [(row.task[:6], row.lead) for row in doc.rows] == [
        ("公安部门要加", "公安部门"), ("市场监管部门", "市场监管部门"), ("供销社要加强", "供销社")]
    assert [f.line for f in doc.findings if f.code == "modal_duty"] == [5, 6, 7]
    # requirements on everyone name no unit of their own
    with pytest.raises(LayoutError):
        parse_paragraphs("（一）各地要加强领导；\n（二）各部门要密切配合。\n")
    # a lone 要 item after one naming its units in a bracket: no list of 要 duties
    doc = parse_paragraphs("（一）加快建设管网。（县住建局负责）\n（二）县政府督查室要加强督促检查。\n")
    assert [(row.task[:5], row.lead) for row in doc.rows] == [("加快建设管", "县住建局")]


def test_a_verbless_clause_in_a_list_of_duties_is_a_duty_of_the_units_it_opens_with():
    doc = parse_paragraphs("二、明确责任。县发改局负责立项审批；县水务局等有建设任务的县级部门要切实做好项目申报，"
                           "任何单位和个人不得挪用资金。\n")
    assert [(row.task[:5], row.lead) for row in doc.rows] == [("明确责任。", "县发改局"), ("县水务局等", "县水务局")]


def test_requirements_beside_a_list_of_duties_name_who_meets_them_but_not_beside_other_headings():
    text = ("一、加强统筹。各乡镇和部门要加强协调，加快进度。\n二、明确责任。县发改局负责立项审批；县财政局负责拨付资金。\n"
            "三、严肃追责。对工作不力的，县纪委监委将严肃追责问责。\n")
    doc = parse_paragraphs(text)
    assert [(row.task[:4], row.lead) for row in doc.rows] == [
        ("加强统筹", "各乡镇和部门"), ("明确责任", "县发改局"), ("县财政局", "县财政局"), ("严肃追责", "县纪委监委")]
    assert [f.line for f in doc.findings if f.code == "requirement_subject"] == [1, 3]
    doc = parse_paragraphs("一、加强统筹。各乡镇和部门要加强协调。\n二、工作任务\n1.新建幼儿园。（县教育局负责）\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("新建幼儿园。", "县教育局")]


def test_a_sentence_giving_two_subjects_their_share_is_one_task_of_both():
    doc = parse_paragraphs("行动时间为3个月。按照要求，各乡镇负责组织本辖区整治，县直有关部门，依照各自职责，加强日常排查。\n"
                           "县应急局牵头，负责组织危化品整治。县公安局牵头，负责组织道路交通整治。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [
        ("按照要求，各", "各乡镇、县直有关部门"), ("县应急局牵头", "县应急局"), ("县公安局牵头", "县公安局")]
    with pytest.raises(LayoutError):  # one subject and its partner: no list of duties, so no task before any heading
        parse_paragraphs("行动时间为3个月。县林业局负责，县财政局配合，推进造林。\n")


def test_targets_each_followed_by_a_dash_line_naming_their_units_by_verbs():
    doc = parse_paragraphs("（一）约束性指标\n指必须确保完成的指标。\n1、森林覆盖率达到40%。\n"
                           "──由市林业局会同有关部门和各县区组织落实。\n2、耕地保有量稳定。\n"
                           "──由市国土局和各县区组织落实。\n")
    assert [(row.area, row.task, row.lead, row.support) for row in doc.rows] == [
        ("约束性指标", "森林覆盖率达到40%。", "市林业局", "有关部门、各县区"),
        ("约束性指标", "耕地保有量稳定。", "市国土局、各县区", "")]


def test_a_paragraph_under_a_heading_line_closed_by_a_bracket_of_units_with_their_verbs():
    doc = parse_paragraphs("一、主要目标\n（一）发展目标\n地区生产总值年均增长10%以上。（市发改委会同有关部门和各县区组织推进）\n"
                           "（二）约束性指标\n1.单位能耗下降16%。（市经信委会同有关部门组织落实）\n")
    assert [(row.area, row.task, row.lead, row.support) for row in doc.rows] == [
        ("发展目标", "地区生产总值年均增长10%以上。", "市发改委", "有关部门、各县区"),
        ("约束性指标", "单位能耗下降16%。", "市经信委", "有关部门")]


def test_items_closed_by_the_department_in_charge_have_it_lead():
    doc = parse_paragraphs("附件：候选项目\n一、提高补贴保障水平。标准从每月600元提高到650元。（主管部门：县民政局）\n"
                           "二、推动养老服务体系建设。医养结合服务率超30%。（主管部门：县卫生健康局）\n")
    assert [(row.task[:8], row.lead, row.support) for row in doc.rows] == [
        ("提高补贴保障水平", "县民政局", ""), ("推动养老服务体系", "县卫生健康局", "")]


def test_a_notice_whose_paragraphs_run_on_one_line_with_spaces_is_read_paragraph_by_paragraph():
    doc = parse_paragraphs("各部门： 现印发给你们，请认真执行。 一、张三县长牵头重点工作 1.地区生产总值增长6%。 "
                           "责任单位:县发改局(首位单位为牵头单位,下同)、县统计局 2.压减一般性支出。 责任单位:县财政局 "
                           "二、李四副县长牵头重点工作 1.推进法治政府建设。 责任单位:县司法局、县财政局\n")
    assert [(row.area, row.task, row.lead, row.support) for row in doc.rows] == [
        ("张三县长牵头重点工作", "地区生产总值增长6%。", "县发改局", "县统计局"),
        ("张三县长牵头重点工作", "压减一般性支出。", "县财政局", ""),
        ("李四副县长牵头重点工作", "推进法治政府建设。", "县司法局", "县财政局")]
    assert [f.code for f in doc.findings].count("paragraphs_by_space") == 1


def test_member_duties_run_together_with_spaces_are_each_members_task():
    doc = parse_paragraphs("[接上页] 县水利局:负责水情监测;组织抢修。 县农业局;按照预案做好农业救灾。 "
                           "县商务局:负责市场供应;会同发改部门开展市场监管。\n")
    assert [(row.task[:5], row.lead, row.support) for row in doc.rows] == [
        ("县水利局：", "县水利局", ""), ("县农业局；", "县农业局", ""), ("县商务局：", "县商务局", "发改部门")]
    assert [f.code for f in doc.findings if f.code in ("page_footer", "headed_duty")] == ["page_footer"] + ["headed_duty"] * 3


def test_a_notice_on_one_line_starts_its_first_part_after_the_colon_announcing_the_parts():
    doc = parse_paragraphs("市政府关于促进产业发展的意见各县区：为促进产业发展，现提出以下意见：一、遏制产量无序增长严格准入。"
                           "（市能源局、市发改委按职责分工负责）二、减轻企业负担清理收费。（市财政局负责）\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("遏制产量无序增长严格准入。", "市能源局、市发改委"), ("减轻企业负担清理收费。", "市财政局")]
    assert [f.code for f in doc.findings if f.code == "tasks_run_on"] == ["tasks_run_on"]


def test_one_space_before_a_number_in_a_line_is_no_paragraph_break():
    doc = parse_paragraphs("1.全年增长 5.5%左右，完成第 2、3 项目标。（县发改局负责）\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("全年增长5.5%左右，完成第2、3项目标。", "县发改局")]


def test_inspection_teams_each_led_by_a_unit_that_sends_its_leader():
    doc = parse_paragraphs("（一）矿山安全督查组。由市应急局1名县级领导带队，2名专业人员参加。\n"
                           "（二）消防安全督查组。由市消防救援支队1名县级领导带队，2名专业人员参加。\n")
    assert [(row.task[:8], row.lead, row.support) for row in doc.rows] == [
        ("矿山安全督查组。", "市应急局", ""), ("消防安全督查组。", "市消防救援支队", "")]


def test_the_units_a_lead_coordinates_support_it():
    doc = parse_paragraphs("一、市商务局牵头并协调市公安局、市场监管局和市海关等部门共同形成工作机制。\n"
                           "二、市发改委牵头，协调市财政局做好资金保障。\n")
    assert [(row.lead, row.support) for row in doc.rows] == [
        ("市商务局", "市公安局、市场监管局、市海关"), ("市发改委", "市财政局")]
    # 协调 before the work, not before units, names no partner
    doc = parse_paragraphs("一、市发改委牵头，协调解决项目建设中的问题。\n")
    assert [(row.lead, row.support) for row in doc.rows] == [("市发改委", "")]


def test_an_arrangement_after_ones_naming_their_units_in_running_text_names_its_subject():
    text = ("一、由市商务局牵头成立专项治理机构。\n二、市商务局牵头并协调市公安局、市场监管局等部门共同形成工作机制。\n"
            "三、各有关部门，要在专项行动中加强执法检查，依法查办大案要案。\n")
    doc = parse_paragraphs(text)
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("由市商务", "市商务局", ""), ("市商务局", "市商务局", "市公安局、市场监管局"), ("各有关部", "各有关部门", "")]
    assert [f.line for f in doc.findings if f.code == "requirement_subject"] == [3]
    # after sections closed by brackets of units, a closing requirement names no unit of its own
    doc = parse_paragraphs("一、成立专项治理机构。（市商务局负责）\n二、各有关部门，要加强执法检查。\n")
    assert [(row.task[:4], row.lead) for row in doc.rows] == [("成立专项", "市商务局")]
    # units later in the arrangement, not opening it, are not its subject
    doc = parse_paragraphs("一、市商务局牵头并协调市公安局共同形成工作机制。\n二、加强宣传，各县区要营造良好氛围。\n")
    assert [(row.task[:4], row.lead) for row in doc.rows] == [("市商务局", "市商务局")]


def test_a_section_dividing_its_target_among_places_is_one_task_of_them_all(tmp_path):
    text = ("各县（市）人民政府：\n现将有关事宜通知如下：\n一、明确目标任务\n"
            "今年新建日光温室2000座，具体任务分解：甲市1300座，乙县200座，丙县250座。\n"
            "二、加强组织领导\n由主要领导任组长，分管领导任副组长。\n")
    doc = parse_paragraphs(text)
    assert [(row.area, row.task[:6], row.lead, row.support) for row in doc.rows] == [
        ("明确目标任务", "今年新建日光", "甲市、乙县、丙县", "")]
    path = tmp_path / "quotas.txt"
    path.write_text(text, encoding="utf-8")
    assert detect_layout(path) == "paragraph"


def test_a_form_copied_a_cell_a_line_with_labels_on_lines_of_their_own():
    doc = parse_paragraphs("具体任务\n全面落实防控措施，完善发热门诊。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n完成时限\n年底前\n")
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [("全面落实防控措施，完善发热门诊。", "卫健局、文旅局", "各乡镇")]
    assert [f.line for f in doc.findings if f.code == "label_on_own_line"] == [3, 5]


def test_a_heading_that_names_a_task_column_is_no_label_when_no_form_follows():
    doc = parse_paragraphs("具体任务\n1.完善发热门诊。（卫健局负责）\n2.建设方舱医院。（卫健局负责）\n")
    assert [(r.task, r.lead) for r in doc.rows] == [("完善发热门诊。", "卫健局"), ("建设方舱医院。", "卫健局")]
    assert not [f for f in doc.findings if f.code == "label_on_own_line"]


def test_a_bracket_of_units_that_states_the_positional_rule_after_them(tmp_path):
    # (A、B、C。排名第一的為牽頭單位,下同): the rule is said once, inside the first task's bracket, in Traditional
    path = tmp_path / "n.txt"
    path.write_text("一、強化糧食安全意識\n"
                    "(一)切實增強糧食安全意識。糧食安全是重要基礎。(市發改委、市農委、中儲糧株洲直屬庫。排名第一的為牽頭單位,下同)\n"
                    "(二)加強儲備。要做好儲備工作。(市商務糧食局、市財政局)\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.task[:4], r.lead, r.support) for r in document.rows] == [
        ("切实增强", "市发改委", "市农委、中储粮株洲直属库"), ("加强储备", "市商务粮食局", "市财政局")]  # read Simplified


def test_a_label_line_after_items_none_of_which_names_units_covers_them_all(tmp_path):
    # (1)-(3) then one (责任单位:…) line: the items of the run share it; 1.完善预案体系 heads them and is no task
    path = tmp_path / "n.txt"
    path.write_text("(一)“一案三制”建设\n1.完善应急预案体系\n(1)加强应急预案管理。\n(2)推进应急预案精编化。\n"
                    "(3)加强应急预案演练。\n(责任单位:市直各有关单位、各开发区管委会)\n"
                    "2.完善应急管理体制\n(1)健全应急组织体系。(市应急办负责)\n(2)强化基层应急管理。\n"
                    "责任单位:各县(市、区)人民政府\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.task[:6], r.lead) for r in document.rows] == [
        ("加强应急预案", "市直各有关单位、各开发区管委会"), ("推进应急预案", "市直各有关单位、各开发区管委会"),
        ("加强应急预案", "市直各有关单位、各开发区管委会"), ("健全应急组织", "市应急办"),
        ("强化基层应急", "各县（市、区）人民政府")]  # (1) names its own: the label line is (2)'s alone
    assert [f.line for f in document.findings if f.code == "units_for_items_above"] == [6]


def test_running_sections_giving_units_targets_and_a_lead_role_as_subjects(tmp_path):
    text = ("市政府各部门：\n现将有关事宜通知如下：\n一、明确任务\n"
            "2010年，各部门招商引资要实现签约项目20项，引进资金10亿元。\n"
            "2010年，市商务局、市发改委引进外资各2亿美元。\n"
            "考核一类部门20个，签约项目20项；二类部门10个，签约项目10项。\n"
            "二、加强协调\n市经信委作为全市招商牵头责任部门，要组织协调好招商工作。\n")
    doc = parse_paragraphs(text)
    assert [(row.area, row.task[:8], row.lead, row.support) for row in doc.rows] == [
        ("明确任务", "2010年，各部", "各部门", ""), ("明确任务", "2010年，市商", "市商务局、市发改委", ""),
        ("加强协调", "市经信委作为全市", "市经信委", "")]
    assert [f.line for f in doc.findings if f.code == "target_subject"] == [4, 5]
    path = tmp_path / "targets.txt"
    path.write_text(text, encoding="utf-8")
    assert detect_layout(path) == "paragraph"


def test_a_table_of_figures_by_place_flattened_into_a_run_on_paragraph_ends_the_units_before_it():
    text = ("今年共有10项实事，进展良好。 1.新辟公交线路5条。 牵头领导:张三 责任单位:市交通局 配合单位:市公安局,各区政府"
            " 东城 西城、南城 北城 合计 年度目标 1 2 2 5 实际完成 1 0 1 2 2.新建公园3个。 牵头领导:李四 责任单位:市园林局"
            " 东城 西城 合计")
    doc = parse_paragraphs(text)
    assert [(row.task[:6], row.lead, row.support) for row in doc.rows] == [
        ("新辟公交线路", "市交通局", "市公安局、各区政府"), ("新建公园3个", "市园林局", "")]
    assert [(f.line, f.message[:1]) for f in doc.findings if f.code == "flattened_table"] == [(1, "2")]
    # without a header row closing with its total, a space after the units is no table
    doc = parse_paragraphs("说明。 1.新建公园。 责任单位:市园林局 东城 西城 2.新建绿道。 责任单位:市园林局")
    assert not [f for f in doc.findings if f.code == "flattened_table"]


def test_a_heading_line_then_a_sentence_giving_its_units_by_verbs(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("各村、有关部门：\n一、治理畜牧业产品污染\n由乡三农服务中心承办，乡畜牧站、卫生院配合。\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.area, r.lead, r.support) for r in rows] == [("治理畜牧业产品污染", "乡三农服务中心", "乡畜牧站、卫生院")]


def test_units_the_notice_makes_supporting_on_every_task_unless_noted(tmp_path):
    # 除特别注明的外，…都是配合单位 in the notice before any task: every task has them, supporting
    path = tmp_path / "n.txt"
    path.write_text("各县（市、区）人民政府：\n各牵头单位要发挥协调作用。除特别注明的外，各县（市、区）政府和金华开发区都是配合单位。"
                    "市督考办要定期督查。\n一、重点工作\n1.全面完成经济发展目标。\n牵头单位：市发改委\n配合单位：市经信委\n"
                    "2.加快科技创新。\n牵头单位：市科技局\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.lead, r.support) for r in document.rows] == [
        ("市发改委", "市经信委、各县（市、区）政府、金华开发区"), ("市科技局", "各县（市、区）政府、金华开发区")]
    assert any(f.code == "document_wide_units" and "as support" in f.action for f in document.findings)


def test_a_bracket_with_a_stray_closer_and_a_document_wide_sentence_with_a_fallback(tmp_path):
    # [A牵头，B配合，C负责落实。以下均需C落实，…无相关职能的，由D负责相关工作，不再列出)]: the stray ) is ignored,
    # the fallback's D is no unit of the task
    path = tmp_path / "n.txt"
    path.write_text("二、工作任务\n1.控制用水总量。强化用水监督管理。[市水务局牵头,市工信委配合,各县(市)区政府负责落实。"
                    "以下均需各县(市)区政府落实,区政府无相关工作职能的,由市政府直属责任部门负责相关工作,不再列出)]\n"
                    "2.推进节水改造。[市住建局牵头]\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.lead, r.support) for r in rows] == [("市水务局", "各县（市）区政府、市工信委"),
                                                  ("市住建局", "各县（市）区政府")]


def test_a_requirement_line_under_the_labels_names_the_lead_among_the_units(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("一、重点项目建设\n1.加快重点项目建设进度。\n责任领导：吉某某\n责任单位：市发改委 五县五区政府 开发区管委会\n"
                    "责 任 人：安某某 五县县长\n工作要求：由市发改委牵头，并负责报进度。\n", encoding="utf-8")
    table = read_table(path)
    assert set(table.assignments[["raw_unit", "role"]].itertuples(index=False, name=None)) == {
        ("五县五区政府", "support"), ("开发区管委会", "support"), ("市发改委", "lead")}
    assert any(f.code == "requirement_names_lead" for f in read_raw(path).findings)


def test_a_page_run_together_on_one_line_with_bracketed_headings_and_officials_helping(tmp_path):
    # spaces part the paragraphs; (一)…牵头的工作 headings; the leader's helpers are people, not units
    path = tmp_path / "n.txt"
    path.write_text("工作目标责任分解 一、于某某省长负责的工作(李某某秘书长、刘某某省长助理协助) 对主要工作任务负总责。 "
                    "(一)省监察委员会牵头的工作 强化行政监察,建立健全惩防体系。 协同部门:省政府办公厅、教育厅等。 "
                    "(二)省审计厅牵头的工作 强化审计监督。 协同部门:财政厅。\n", encoding="utf-8")
    table = read_table(path)
    assert set(table.assignments[["raw_unit", "role"]].itertuples(index=False, name=None)) == {
        ("省监察委员会", "lead"), ("省政府办公厅", "support"), ("教育厅", "support"), ("省审计厅", "lead"),
        ("财政厅", "support")}


def test_a_heading_naming_a_government_owns_the_items_under_its_unnamed_subheadings(tmp_path):
    # 三、儋州市政府 / （一）重点项目。 / 1.… / （二）预备项目。 / a list: every item is the government's
    path = tmp_path / "n.txt"
    path.write_text("三、儋州市政府\n(一)重点项目(4个)。\n1.竣工项目(2个):生猪加工项目、西部医院一期工程。\n"
                    "2.续建项目(2个):滨海新区开发项目。\n(二)预备重点项目(2个)。\n东坡文化旅游区、白马湾综合开发项目。\n"
                    "四、文昌市政府\n(一)重点项目(1个)。\n1.续建项目(1个):航天发射场项目。\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.task[:4], r.lead) for r in rows] == [
        ("竣工项目", "儋州市政府"), ("续建项目", "儋州市政府"), ("东坡文化", "儋州市政府"), ("续建项目", "文昌市政府")]


def test_a_bracket_ending_a_counted_list_is_part_of_its_last_item(tmp_path):
    # 竣工项目(1个)：…琼海项目(博鳌国宾馆)。: the bracket names the project, no unit of the item
    path = tmp_path / "n.txt"
    path.write_text("五、琼海市政府\n(一)重点项目(2个)。\n1.竣工项目(1个):14家五星级酒店琼海项目(博鳌国宾馆)。\n"
                    "2.续建项目(1个):琼海博鳌宝莲城项目。\n3.推进园区建设。(市发改委)\n", encoding="utf-8")
    rows = read_raw(path).rows
    assert [(r.task[:4], r.lead) for r in rows] == [("竣工项目", "琼海市政府"), ("续建项目", "琼海市政府"),
                                                    ("推进园区", "市发改委")]


def test_a_copy_run_together_on_one_line_with_nothing_between_its_items_is_cut_at_its_numbers():
    # a crawl that lost every line break and space: 中心2.… and 中心二、… glue each item to the units before it
    preamble = "各处室：现将普法责任清单印发给你们，请认真组织学习宣传。" * 12  # a long line: a whole copy
    text = (preamble + "普法责任清单一、重点宣传普及法律法规1.习近平法治思想责任单位：局机关党委、乡村振兴处，区农业农村中心"
            "2.《宪法》《民法典》责任单位：局农业处，区农业农村中心二、机关内部学法活动1.开展党组中心组学法活动2次。"
            "责任单位：局机关党委")
    document = parse_paragraphs(text)
    assert [(r.area, r.task[:8], r.lead) for r in document.rows] == [
        ("重点宣传普及法律法规", "习近平法治思想", "局机关党委、乡村振兴处、区农业农村中心"),
        ("重点宣传普及法律法规", "《宪法》《民法典", "局农业处、区农业农村中心"),
        ("机关内部学法活动", "开展党组中心组学", "局机关党委")]
    assert [f.code for f in document.findings if f.code == "numbers_glued"] == ["numbers_glued"]


def test_the_first_heading_run_on_after_the_lead_in_colon_starts_a_part():
    # a dataset's copy on one line: ……现提出以下意见：一、… （…负责）二、…
    text = ("国务院办公厅关于促进煤炭行业平稳运行的意见各省人民政府：为促进行业平稳运行，现提出以下意见：一、坚决遏制产量无序增长"
            "严格新建煤矿准入标准。（能源局、煤矿安监局负责）二、切实减轻企业税费负担清理涉煤收费。（财政部、发展改革委按职责分工负责）")
    document = parse_paragraphs(text)
    assert [(r.task[:8], r.lead) for r in document.rows] == [
        ("坚决遏制产量无序", "能源局、煤矿安监局"), ("切实减轻企业税费", "财政部、发展改革委")]


def test_bare_brackets_after_a_full_stop_close_each_task_of_a_paragraph():
    # a ministry's plan: each task ends with its full stop, then a bracket of its 司 (some named by a field alone: 水司)
    text = ("一、强化重点信息公开\n1.污染防治信息。及时公开目标任务进展情况。(大气司、水司、土壤司)加强专项行动信息公开。(执法局)"
            "指导地方加大信息公开力度。(各有关部门)\n")
    document = parse_paragraphs(text)
    assert [(r.task[:8], r.lead) for r in document.rows] == [
        ("污染防治信息。及", "大气司、水司、土壤司"), ("加强专项行动信息", "执法局"), ("指导地方加大信息", "各有关部门")]


def test_the_first_item_run_on_after_a_lead_in_colon_is_a_task():
    # meeting minutes: 会议确定：1.由A负责，…。2.由B、C负责，…
    text = ("厅长主持召开办公会议。会议确定：1.由办公室(政策调研室)负责，对政务公开工作领导小组进行调整。"
            "2.由办公室(政策调研室)、省财政研究和教育中心负责，对门户网站栏目设置进行探索创新。\n")
    document = parse_paragraphs(text)
    assert [(r.task[:6], r.lead) for r in document.rows] == [
        ("由办公室（政", "办公室（政策调研室）"), ("由办公室（政", "办公室（政策调研室）、省财政研究和教育中心")]


def test_the_bodies_a_sentence_sets_up_each_with_its_lead_are_one_task_each_from_its_name():
    # 办公室下设A组（B牵头），C组（D牵头）: the sentences before the first body say what sets them up
    text = ("（三）领导小组办公室\n领导小组办公室设在县质监局，承担日常工作。办公室下设农产品整治组（县农牧局牵头），"
            "餐饮整治组（县卫生局牵头），各组组长由牵头部门的负责人担任。\n")
    document = parse_paragraphs(text)
    assert [(r.task, r.lead) for r in document.rows] == [("农产品整治组", "县农牧局"), ("餐饮整治组", "县卫生局")]
    assert [f.code for f in document.findings].count("groups_set_up") == 1


def test_a_numbered_title_over_paragraphs_each_closing_with_their_units_is_a_group_heading():
    # 1.完善…机制。 / 加强…。开展…。主要责任单位：A。 / 推进…。完善…。主要责任单位：B。: the title names no unit
    text = ("1.完善环境卫生长效机制。\n加强道路日常保洁。开展全天候保洁，清理卫生死角。主要责任单位：县市政局、县住建局。\n"
            "推进村屯综合整治。完善基础设施，规范管理建筑工地。主要责任单位：县水利局。\n")
    document = parse_paragraphs(text)
    assert [(r.area, r.task[:8], r.lead) for r in document.rows] == [
        ("完善环境卫生长效机制", "加强道路日常保洁", "县市政局、县住建局"), ("完善环境卫生长效机制", "推进村屯综合整治", "县水利局")]
    assert [f.line for f in document.findings if f.code == "group_heading"] == [1]


def test_a_numbered_task_going_on_over_its_details_line_stays_one_task():
    # 1.加强保洁。 / 开展…。（县市政局负责） / then a numbered task: no paragraph without a number after it
    text = "1.加强道路保洁。\n开展全天候保洁，清理死角。（县市政局负责）\n2.推进村屯整治。完善设施。（县水利局负责）\n"
    document = parse_paragraphs(text)
    assert [(r.task[:8], r.lead) for r in document.rows] == [("加强道路保洁。开", "县市政局"), ("推进村屯整治。完", "县水利局")]


def test_a_unit_line_whose_label_was_lost_answers_for_the_paragraph_above(tmp_path):
    # a web page's project list: the label 责任单位 was a cell of its own, only its colon is left (：市市容局)
    path = tmp_path / "item.txt"
    path.write_text("从2010年起，每年建设5个乡镇的垃圾转运设施，开展乡镇环境卫生整治。\n：市市容局、市财政局\n", encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["unit", "role"]].values.tolist() == [["市市容局", "lead"], ["市财政局", "lead"]]
    assert "label_lost" in set(table.findings.code)


def test_sections_of_running_text_naming_their_units_as_subjects_are_one_task_each(tmp_path):
    # no label, bracket or role word anywhere: 一、… / A、B以及C要…; （一）… / …，D要…。…由E、F组织…复验
    path = tmp_path / "notice.txt"
    path.write_text("各县区政府：\n现将有关事宜通知如下：\n一、统一思想\n各县区政府、各开发区管委会以及各相关企业要抓紧关停机组。\n"
                    "二、明确任务\n（一）关停验收类。\n机组已经拆除，惠农区政府要组织自查（完成时限：9月20日前）。"
                    "自查完成后，由市发改委、市工信局组织有关部门和专家进行复验。\n", encoding="utf-8")
    table = read_table(path)
    tasks = table.tasks.set_index("task_id")
    assert [(tasks.area[t], list(table.assignments[table.assignments.task_id == t].raw_unit)) for t in tasks.index] == [
        ("统一思想", ["各县区政府", "各开发区管委会", "各相关企业"]),
        ("关停验收类", ["惠农区政府", "市发改委", "市工信局"])]
    assert set(table.assignments.role) == {"lead"}
    assert list(table.findings.code).count("subject_section") == 2


def test_minutes_reporting_the_meeting_before_the_sentence_naming_units_start_the_task_at_that_sentence(tmp_path):
    # 二、… / 会议听取了…汇报。会议强调，各单位要…。A、B等单位要…: what the meeting heard and asked of all is no task text
    path = tmp_path / "minutes.txt"
    path.write_text("区政府常务会议纪要如下：\n一、听取航展服务保障情况汇报\n会议听取了区城管局局长张三同志的情况汇报。"
                    "会议强调，各单位要提高思想认识，抓紧推进各项工作。区交通运输局、莲洲镇等单位要每天调度进展。"
                    "会议还研究了其他事项。\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.str[:6].tolist() == ["区交通运输局"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [["区交通运输局", "lead"], ["莲洲镇", "lead"]]
    assert table.findings[table.findings.code == "meeting_report"].line.tolist() == [2]  # the section's line
    # a section whose first sentence is no report of the meeting keeps its whole text
    path.write_text("一、统一思想\n加快拆除机组。各县区政府要抓紧关停。\n", encoding="utf-8")
    assert read_table(path).tasks.task.str[:4].tolist() == ["加快拆除"]


def test_minutes_asking_a_unit_to_revise_what_the_meeting_approved_give_each_item_to_that_unit(tmp_path):
    # 一、关于… / 议定：原则同意…，请A按会议讨论意见修改完善，交[person]把关后，提交…: A's task; the person is no unit
    path = tmp_path / "minutes.txt"
    path.write_text("某县人民政府常务会议纪要\n现将会议主要内容纪要如下：\n一、关于2010年财政收入分配问题\n"
                    "议定：原则同意分配方案，请县财政局按照会议讨论意见作进一步修改完善，交常务副县长李四把关后，提交县委常委会讨论。\n"
                    "二、关于推进重点项目建设意见\n议定：原则同意该意见，请县发改委按会议讨论意见修改完善后印发。\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.tasks.area.tolist() == ["关于2010年财政收入分配问题", "关于推进重点项目建设意见"]
    assert table.assignments[["task_id", "raw_unit", "role"]].values.tolist() == [
        ["T001", "县财政局", "lead"], ["T002", "县发改委", "lead"]]
    # the units asked with 请 are read in the paragraph's own clauses (zygraph.sentences.asked_units.asked_units)
    rules = table.findings.loc[table.findings.code == "role_rule", "message"].tolist()
    assert len(rules) == 2 and all("named with 请" in rule for rule in rules)
    # asked of everyone (请各单位…), the meeting names no unit
    path.write_text("一、关于防汛工作\n会议要求，请各有关单位按照职责做好准备。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        read_table(path)


def test_a_numbered_item_whose_departments_all_must_do_it_is_their_task():
    # a copy run together on one line: 一、… 1、…。2、…。3、统筹规划布局。县农委、规划、文化（广电）等有关部门都要…
    document = parse_paragraphs("一、坚持规划在先1、全面调查摸底。全县以村为单位调查。"
                                "2、统筹规划布局。县农委、规划、文化（广电）等有关部门都要做好专项规划。")
    assert [(r.area, r.task[:6], r.names["lead"]) for r in document.rows] == [
        ("坚持规划在先", "统筹规划布局", ("县农委", "规划", "文化（广电）"))]


def test_a_report_of_a_meeting_giving_work_to_units_under_a_leader_named_by_name_is_a_task():
    text = ("3月2日，区长召开会议。区领导王强参加会议。\n"
            "会议听取了汇报。会议明确，由王强牵头，区水利局、区财政局负责，及时完成方案编制。\n")
    doc = parse_paragraphs(text)
    assert [(row.task[:6], row.lead, row.support) for row in doc.rows] == [("由王强牵头，", "区水利局、区财政局", "")]
    assert [f.line for f in doc.findings if f.code == "decided_work"] == [2]


def test_the_first_of_clauses_each_giving_work_after_a_leaders_words_starts_at_its_by():
    text = ("为完成处置任务，县长要求，由县发改局牵头，县财政局配合，在9月底前完成供地工作；"
            "由县园区管委会牵头，县自然资源局配合，在12月底前完成处置工作。\n")
    doc = parse_paragraphs(text)
    assert [(row.task[:7], row.lead, row.support) for row in doc.rows] == [
        ("由县发改局牵头", "县发改局", "县财政局"), ("由县园区管委会", "县园区管委会", "县自然资源局")]


def test_a_labels_units_run_into_the_next_heading_over_no_items_and_the_signature_after_a_space_are_cut():
    # a crawl on one line: …责任处室:A、B三、保障措施（三）加强领导…。责任处室:A 机关名 2023年3月16日
    preamble = "各处室：现将实施方案印发给你们，请认真贯彻落实。" * 12  # a long line: a whole copy
    text = (preamble + "二、重点任务（一）改厕提升1.改造户厕。引导改厕。责任处室:农业农村处、交通建设处2.提升公厕。"
            "改造公厕。责任处室:交通建设处（二）污水治理1.治理乡镇污水。完善管网。责任处室:资源生态处三、保障措施"
            "（三）加强组织领导落实责任。定期研究工作。责任处室:农业农村处、资源生态处（四）强化技术支撑开展研发。"
            "责任处室:经济发展处、社会事业处 某某片区管理局 2023年3月16日")
    document = parse_paragraphs(text)
    assert [(r.task[:4], r.lead) for r in document.rows] == [
        ("改造户厕", "农业农村处、交通建设处"), ("提升公厕", "交通建设处"), ("治理乡镇", "资源生态处"),
        ("加强组织", "农业农村处、资源生态处"), ("强化技术", "经济发展处、社会事业处")]


def test_a_labels_units_glued_to_the_next_items_number_or_heading_end_the_label():
    # a crawl's copy: 责任处室：财政经管办3.5G… / 责任处室：农业农村处（2）推进… / 责任处室：经济发展处（二）…
    text = ("（一）做好改革\n1.推进产权改革。责任处室：财政经管办2.推进5G覆盖。责任处室：经济发展处、各联合党委"
            "3.打造体验中心。责任处室：经济发展处（二）做好生态\n（1）提升水体质量。责任处室：农业农村处"
            "（2）推进大气治理。责任处室：资源生态处、交通与建设处\n")
    document = parse_paragraphs(text)
    assert [(r.task[:4], r.lead) for r in document.rows] == [
        ("推进产权", "财政经管办"), ("推进5G", "经济发展处、各联合党委"), ("打造体验", "经济发展处"),
        ("提升水体", "农业农村处"), ("推进大气", "资源生态处、交通与建设处")]


def test_a_label_of_two_kinds_closing_a_run_in_heading_gives_its_units_not_the_texts_subjects():
    # a crawl on one line: （一）heading。A要…；B要…。责任处室、单位：C、D，E（二）…: the label, with the next item's
    # number glued to its last unit, is the item's division of work; the bodies its text calls on with 要 are not
    text = ("三、工作内容及责任分工（一）压实防汛责任。建立责任体系。局领导小组办公室要及时传达指令；各相关企业要落实措施。"
            "责任处室、单位：景管处、体育处、区文化服务中心，各经营单位（二）提高应急能力。局办公室要加强值班；"
            "各景区要修订预案。责任处室、单位：办公室、各经营单位四、工作要求（一）提高认识。各单位要做好工作。\n")
    document = parse_paragraphs(text)
    assert [(r.task[:6], r.lead, r.support) for r in document.rows] == [
        ("压实防汛责任", "景管处、体育处、区文化服务中心、各经营单位", ""), ("提高应急能力", "办公室、各经营单位", "")]


def test_sub_items_each_closed_by_their_own_label_are_tasks_the_first_cut_from_its_parents_text():
    # 1.呵护生态环境……。（1）…。 责任处室：A（2）…: each (n) its own task; sub-items sharing one label stay in the item
    text = ("1.呵护生态环境坚持污染防治。（1）提升水体质量。推进治水。 责任处室：农业农村处（2）推进大气治理。落实环评。"
            " 责任处室：资源生态处\n2.完善党委工作（1）完善运行机制。（2）优化人员分工。责任单位：联合党委办公室\n")
    document = parse_paragraphs(text)
    assert [(r.task[:4], r.lead) for r in document.rows] == [
        ("提升水体", "农业农村处"), ("推进大气", "资源生态处"), ("完善党委", "联合党委办公室")]


def test_a_paragraph_closed_by_its_label_takes_the_labels_units_not_its_sentences_subjects():
    # 宣传部门要…。推进部门要…。牵头单位：A: the label names who does it; the closing 要牵头 sentence leads the last
    text = ("（一）加强宣传\n广泛宣传推广。宣传部门要组织好区内媒体。推进部门要强化政策解读。牵头单位：区宣传部，配合单位：区相关部门\n"
            "积极推进改革是重要途径；要细化落实，定期评价。区发改局、区数字办要牵头对相关部门实施情况进行督促检查。\n")
    document = parse_paragraphs(text)
    assert [(r.task[:4], r.lead, r.support) for r in document.rows] == [
        ("广泛宣传", "区宣传部", "区相关部门"), ("积极推进", "区发改局、区数字办", "")]


def test_a_long_part_heading_glued_to_its_first_sub_heading_is_no_part_of_the_task():
    # a dataset's copy on one line: ……负责）二、<a part title of 16 characters>（三）<task>…（…负责）
    text = ("现提出以下意见：一、提升投资便利度（一）优化审批流程。健全协同机制。（甲部牵头，各地区按职责分工负责）"
            "二、进一步简化企业生产经营审批和条件（二）降低市场准入门槛。清理不合理条件。（乙部、丙部等相关部门按职责分工负责）")
    document = parse_paragraphs(text)
    assert [(r.area, r.task[:8]) for r in document.rows] == [
        ("提升投资便利度", "优化审批流程。健"), ("进一步简化企业生产经营审批和条件", "降低市场准入门槛")]
    # the text's one line is cut at its numbering's sequences, parts and sub-headings alike
    assert "numbers_glued" in [f.code for f in document.findings]


def test_a_run_in_section_dividing_the_work_among_units_as_subjects_of_its_clauses_is_their_task(tmp_path):
    # 三、… / （一）工作机构。<a headquarters of people> / （二）职责分工。…具体为：A负责X镇，B负责Y街道。C、D等部门负责…。E要…
    path = tmp_path / "plan.txt"
    path.write_text("三、工作机构及职责分工\n（一）工作机构。县政府成立指挥部，副县长王五任指挥长。\n"
                    "（二）职责分工。工作实行分片包干负责制，具体为：县消防大队负责甲镇、乙乡，县文体局负责丙街道。"
                    "县教育局、卫生局等行业主管部门负责组织开展本行业的专项行动。各乡镇要设联络员。\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.str[:4].tolist() == ["职责分工"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [
        ["县消防大队", "lead"], ["县文体局", "lead"], ["县教育局", "lead"], ["卫生局", "lead"], ["各乡镇", "lead"]]
    assert "subject_section" in set(table.findings.code)


def test_a_meeting_report_whose_leader_requires_units_named_inside_the_requirement_is_their_task(tmp_path):
    # news of an executive meeting: agenda, portfolios of people, then 在听取完A汇报后，X要求：要…，A、B等部门要…
    path = tmp_path / "news.txt"
    path.write_text("第5次常务会议\n\n11月12日，县长王强主持召开常务会议，听取了县林业局关于防火工作情况汇报。\n\n"
                    "会议同意李四同志分管的工作调整至张三同志。\n\n在听取完县环保局近期工作汇报后，王强要求：要抓住政策机遇，"
                    "县环保局、县水务局等部门要分工协作，全力做好项目包装。\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.str[:6].tolist() == ["要抓住政策机"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [["县环保局", "lead"], ["县水务局", "lead"]]
    assert "decided_work" in set(table.findings.code)


def test_a_speechs_requirements_numbered_yi_yao_er_yao_are_items():
    """News of a meeting: 一要…, 二要… number the head's requirements; one naming its units is a task."""
    doc = parse_paragraphs("县长强调，一要提高站位。各级各部门要深刻领会。\n"
                           "二要强化时间概念。由相关县领导牵头，县自然资源和规划局负责，住建局、发改局等其他相关单位"
                           "加强配合协调，成立工作专班。\n三要坚持因地制宜。要立足实际。\n")
    assert [(row.task[:7], row.lead, row.support) for row in doc.rows] == [
        ("要强化时间概念", "县自然资源和规划局", "住建局、发改局")]
    assert [f.line for f in doc.findings if f.code == "no_assignment"] == [3]


def test_rectification_requirements_under_numbered_problems_name_their_units_without_what_they_are():
    """An inspection notice: 1、problem / 整改要求：由[包片单位]A负责…; a unit the cases are handed on to and one
    checking the work have a verb of their own and answer for their part."""
    doc = parse_paragraphs("1、河边堤岸有垃圾死角。\n整改要求：由县环卫站负责清除。\n"
                           "2、围墙上有野广告。\n整改要求：由包片单位县气象局负责清除。\n"
                           "3、沿线商户出店经营。\n整改要求：由沿线包片单位县职教中心、县委党校负责劝阻教育，将屡教不改的门店"
                           "报县城管执法大队采取措施执法。县督查室对上述工作进行抽查。\n")
    assert [(row.task[:4], row.lead) for row in doc.rows] == [
        ("河边堤岸", "县环卫站"), ("围墙上有", "县气象局"), ("沿线商户", "县职教中心、县委党校、县城管执法大队、县督查室")]
    assert [f.message.split(" says")[0] for f in doc.findings if f.code == "unit_descriptor"] == [
        "包片单位 before 县气象局", "沿线包片单位 before 县职教中心"]


def test_a_leaders_numbered_points_are_tasks_of_the_units_opening_them(tmp_path):
    """News of an on-site office: the leader's points after 某某指出：, units as their subjects, no role word;
    a point opening with no unit, or with what the work is on (…项目要加快推进), is no task."""
    path = tmp_path / "news.txt"
    path.write_text("副县长张三到城区现场办公\n5月6日，副县长张三带领县文明办、住建局等单位负责人进行现场办公。\n"
                    "针对存在的问题，张三指出：\n1、依法取缔占道经营。\n2、商务局抓紧推进农贸市场改造，同时加强日常管理。\n"
                    "3、住建局、城管大队加强对流动商贩的巡查。\n4、垃圾中转站及公厕项目要加快推进。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert table.tasks.task.str[:4].tolist() == ["商务局抓", "住建局、"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [
        ["商务局", "lead"], ["住建局", "lead"], ["城管大队", "lead"]]
    assert (table.findings.code == "speech_point").sum() == 2


def test_a_meetings_numbered_decisions_are_tasks_of_the_units_after_their_title_or_approval(tmp_path):
    # 会议确定： / 1、原则同意该《方案》，A要… / 2、要抓到实处。要坚持…(no unit; 实处 is no 处) / 3、要强化督查。B、C要…
    path = tmp_path / "n.txt"
    path.write_text("县政府召开常务会议\n\n会议确定：\n\n1、原则同意该《方案》，县政府办公室要修改完善后印发实施。\n\n"
                    "2、要抓到实处。要坚持目标引领，牵头领导带头，拉出清单。\n\n"
                    "3、要强化督查。县委督查室、县政府督查室要对落实情况实行一月一调度。\n", encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "县政府办公室", "lead"), ("T002", "县委督查室", "lead"), ("T002", "县政府督查室", "lead")]
    assert [t.task[:6] for t in table.tasks.itertuples()] == ["原则同意该《", "要强化督查。"]
    assert (table.findings.code == "speech_point").sum() == 2


def test_numbered_items_opening_with_units_without_a_speakers_words_are_no_points():
    with pytest.raises(LayoutError):
        parse_paragraphs("工作情况\n1、依法取缔占道经营。\n2、商务局抓紧推进农贸市场改造。\n3、住建局加强对流动商贩的巡查。\n")


def test_a_meetings_decisions_run_together_with_semicolons_are_tasks_of_the_units_carrying_them_out(tmp_path):
    """News of a meeting: X由[person]牵头，[unit]落实；… one decision a part; a second work after its own 由 is a
    decision of its own; a decision given to a person alone names no unit (reported, no task)."""
    path = tmp_path / "news.txt"
    path.write_text("县指挥部召开碰头会\n3月2日，县指挥部领导张明、李华在指挥部召开碰头会。\n"
                    "会议决定：要全力做好提升工作。东区环境整治由张明牵头，东关镇落实；道路绿化由李华牵头，林业局落实，"
                    "污水处理厂由住建局派驻专人督导；小镇提升由王强牵头，连夜开会研究；督导组负责每天报送进度。\n",
                    encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert table.tasks.task.str[:6].tolist() == ["东区环境整治", "道路绿化由李", "污水处理厂由", "督导组负责每"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [
        ["东关镇", "lead"], ["林业局", "lead"], ["住建局", "lead"], ["督导组", "lead"]]
    assert ["小镇提升由王强牵头" in f.message for f in table.findings.itertuples() if f.code == "no_assignment"] == [True]


def test_a_news_report_naming_a_lead_and_the_units_required_to_help_is_one_task(tmp_path):
    """News in running text: 由A牵头，……的机制，要求B、C等部门密切配合 in one sentence, no number, label or bracket."""
    path = tmp_path / "news.txt"
    path.write_text("今年的执法检查将在明年进行。\n为严肃查处违法用地，某县确立了由县国土资源局牵头，相关部门联合执法的机制，"
                    "要求县监察局、财政、公安等部门密切配合，发挥联合办案优势。并建立长效机制。（记者 张明）\n来源：某日报\n",
                    encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert table.tasks.task.str[:6].tolist() == ["为严肃查处违"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [
        ["县国土资源局", "lead"], ["县监察局", "support"], ["财政", "support"], ["公安", "support"]]
    assert "prose_tasks" in set(table.findings.code)


# --- a notice run together on one line, every line break lost (a crawl's copy) ---------------------------------


_PREAMBLE = ("各镇人民政府，区政府各部门：现将2023年区政府工作报告确定的主要目标任务责任分解如下，请各责任单位高度重视，"
             "切实加强领导，对照目标任务制订工作方案，明确责任，细化措施，确保各项目标任务按时完成。") * 3


def test_a_one_task_excerpt_run_together_is_cut_at_its_heading_and_first_item():
    # ……确保按时完成。一、主要预期目标1.地区生产总值增长7%以上。责任单位：区发改局: only two numbers to cut at
    text = _PREAMBLE + "一、2023年全区经济社会发展的主要预期目标1.地区生产总值增长7%以上。责任单位：区发展和改革局"
    document = parse_paragraphs(text)
    assert [(r.area, r.task, r.lead) for r in document.rows] == [
        ("2023年全区经济社会发展的主要预期目标", "地区生产总值增长7%以上。", "区发展和改革局")]
    assert "numbers_glued" in [f.code for f in document.findings]


def test_a_spaced_one_line_copy_breaks_at_its_one_space_before_a_heading_and_after_a_titles_comma():
    # a whole page, a space where each line break was: ……意见如下。 一、扩大内需，促进发展 认真落实……（A牵头）
    text = (_PREAMBLE + "现提出部门分工意见如下。 一、努力扩大内需，促进经济平稳较快发展 认真落实积极的财政政策。"
            "不断完善公共财政体系。（财政厅牵头，省级有关部门配合）")
    document = parse_paragraphs(text)
    assert [(r.area, r.task[:8], r.lead, r.support) for r in document.rows] == [
        ("努力扩大内需，促进经济平稳较快发展", "认真落实积极的财", "财政厅", "省级有关部门")]
    assert "paragraphs_by_space" in [f.code for f in document.findings]


def test_a_persons_label_glued_after_an_items_sentence_opens_its_label_lines_in_a_one_line_copy():
    # 1.…以上。牵头领导：刘某牵头单位：A责任单位：B2.…: the person goes, the units stay with their item
    text = (_PREAMBLE + "一、主要目标1.地区生产总值增长6.5%以上。牵头领导：刘某牵头单位：市发展和改革局责任单位：各有关部门"
            "2.一般公共预算收入增长8%以上。牵头领导：刘某牵头单位：市财政局责任单位：各有关部门")
    document = parse_paragraphs(text)
    assert [(r.task, r.lead, r.support) for r in document.rows] == [
        ("地区生产总值增长6.5%以上。", "市发展和改革局", "各有关部门"), ("一般公共预算收入增长8%以上。", "市财政局", "各有关部门")]
    assert {"label_apart", "person_line"} <= {f.code for f in document.findings}


def test_a_space_before_a_circled_number_breaks_a_spaced_one_line_copy():
    # ……民生实事项目为： ①实施…（责任单位：A）； ②实施…（责任单位：A）: each circled item a paragraph
    text = paragraphs_by_space(_PREAMBLE + "尚未完成的民生实事项目为： ①实施老人免费接种疫苗（责任单位：市卫生健康局）； "
                               "②实施妇女免费取环服务（责任单位：市卫生健康局）。")
    assert text.split(PARAGRAPH_BREAK)[-2:] == ["①实施老人免费接种疫苗（责任单位：市卫生健康局）；",
                                                "②实施妇女免费取环服务（责任单位：市卫生健康局）。"]


def test_a_helpers_line_closing_a_departments_tasks_gives_it_to_every_task_under_the_heading(tmp_path):
    # （九）A主要工作任务： over 1、… 2、… then 协助单位：B、C。 (or 工作协助部门：D): the department leads each task and
    # its helpers help in all of them, not only the last; a heading's single unnumbered task is the department's too
    path = tmp_path / "n.txt"
    path.write_text("（九）县公安局主要工作任务：\n1、依法整治尾气排放不合格的机动车辆。\n2、2010年底前完成禁行路段整治。\n"
                    "协助单位：交通局、县城管大队。\n（十）县国土局工作任务：\n1、依法取缔农田挖砂。\n"
                    "2、负责组织开展砂石开采的专项整治。\n工作协助部门：水务局\n（十一）县农牧局主要工作任务：\n"
                    "依据沼气工程实施方案，全面推广沼气应用。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:6] for t in table.tasks.itertuples()] == [
        "依法整治尾气", "2010年底", "依法取缔农田", "负责组织开展", "依据沼气工程"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "县公安局", "lead"), ("T001", "交通局", "support"), ("T001", "县城管大队", "support"),
        ("T002", "县公安局", "lead"), ("T002", "交通局", "support"), ("T002", "县城管大队", "support"),
        ("T003", "县国土局", "lead"), ("T003", "水务局", "support"), ("T004", "县国土局", "lead"),
        ("T004", "水务局", "support"), ("T005", "县农牧局", "lead")]
    assert codes_at(table, "helpers_of_department") == [4, 8]


def test_a_helpers_line_names_only_helping_units():
    # 协助单位：A、B。 or 工作协助部门：C closes a department's tasks; a line naming a lead too labels its task alone
    from zygraph.readers.item_runs import _helpers_line

    assert _helpers_line("协助单位：交通局、县城管大队。") and _helpers_line("工作协助部门：水务局")
    assert not _helpers_line("牵头单位：县公安局；配合单位：交通局")


def test_a_label_closing_a_numbered_item_names_the_units_of_all_its_sentences(tmp_path):
    # 1.…。A要配合B…；配合B加强…。责任处室（单位）：A、C: the sentences say how A helps B; the label gives the
    # item's units, one task; an item whose sentences each close with a bracket of units is still split
    path = tmp_path / "n.txt"
    path.write_text("三、工作内容\n1.加强车辆监管。政法综治处要配合派出所对重点车辆进行排查；配合派出所加强劝导，做好登记。"
                    "责任处室（单位）：政法综治处、辖区派出所\n2.严查违法行为。城乡管理处要协助执法部门加大执法力度。"
                    "责任处室：城乡管理处\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:7] for t in table.tasks.itertuples()] == ["加强车辆监管。", "严查违法行为。"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "政法综治处", "lead"), ("T001", "辖区派出所", "lead"), ("T002", "城乡管理处", "lead")]
    assert codes_at(table, "label_over_item") == [2]


def test_a_document_wide_rule_in_a_bracket_closing_a_measure_covers_it_too(tmp_path):
    # （一）… / …卫星县城。[以下任务均需各县(市)政府落实,不再列出]: the rule stands where the measure's units would;
    # it names the measure's units and those of every measure after it; the bracket it leaves empty is no text
    path = tmp_path / "n.txt"
    path.write_text("一、科学把握功能定位\n（一）加快发展都市圈周边县城\n位于都市圈内的县（市），要突出转型提质，加快发展成为"
                    "卫星县城。[以下任务均需各县(市)政府落实,不再列出]\n（二）积极培育专业功能县城\n"
                    "具有资源禀赋的县城，要发挥专业特长。（责任单位：省发展改革委）\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [t.task[-5:] for t in table.tasks.itertuples()] == ["卫星县城。", "专业特长。"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "各县（市）政府", "lead"), ("T002", "省发展改革委", "lead"), ("T002", "各县（市）政府", "lead")]
    assert codes_at(table, "document_wide_units") == [3]


def test_hosts_named_with_you_in_a_notices_opening_paragraph_are_a_task(tmp_path):
    # 由A主辦,B、C和D共同承辦 in the paragraph after the forwarding words, no number or heading anywhere: a division
    # of work (the host leads, the undertakers support); the sentence saying what the event is opens no task
    path = tmp_path / "n.txt"
    path.write_text("縣政府辦公室關于印發活動實施方案的通知\n各鄉鎮人民政府,縣政府各部門:\n現將《活動實施方案》印發給你們,"
                    "請認真組織實施。\n開展“休閑匯”活動,是滿足群眾休閑需要的文化活動。根據省市安排部署,本縣“休閑匯”由"
                    "汶上縣政府主辦,汶上縣總工會、汶上縣商務局和各鄉鎮政府共同承辦。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [t.task[:6] for t in table.tasks.itertuples()] == ["根据省市安排"]
    assert [(a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("汶上县政府", "lead"), ("汶上县总工会", "support"), ("汶上县商务局", "support"), ("各乡镇政府", "support")]
    assert codes_at(table, "led_by") == [4] and codes_at(table, "what_it_is") == [4]


def test_a_question_naming_who_leads_is_no_task(tmp_path):
    # a headline asking 由哪些部门牵头？ before the answer: only the answer's labels name units
    path = tmp_path / "n.txt"
    path.write_text("实施乡村振兴战略的工作由哪些部门牵头？\n1.科学制定规划。（农业农村部牵头）\n", encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit) for a in table.assignments.itertuples()] == [("T001", "农业农村部")]


def test_a_rules_duty_article_over_lines_names_an_office_through_its_parent():
    """A rules' duty article, one body a line with 负责: an office named through the bureau it belongs to
    (A所属的B: B is the unit, with a finding), and areas sharing a suffix read as one collective before 具体负责."""
    doc = parse_paragraphs("第三条 市住房和城乡建设局是住房保障工作的行政主管部门，负责协调相关部门实施住房保障。\n"
                           "市住建局所属的市住房保障办公室负责住房保障方面的日常工作。\n"
                           "甲区、乙区及开发区住房和城乡建设部门具体负责各自行政区域内的住房保障工作。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [
        ("市住房和城乡", "市住房和城乡建设局"), ("市住建局所属", "市住房保障办公室"),
        ("甲区、乙区及", "甲区、乙区及开发区住房和城乡建设部门")]
    assert [f.message.split(" says")[0] for f in doc.findings if f.code == "unit_descriptor"] == [
        "市住建局所属的 before 市住房保障办公室"]


def test_a_news_sentence_dividing_work_by_lead_and_partners_is_its_task_after_a_call_on_everyone():
    """News of a meeting: a leader's call on everyone (各级各部门要…) names no unit's work; the sentence after it
    giving a lead and its partners their roles (A牵头，B、C等部门密切配合，…) is one task, whole in its paragraph."""
    doc = parse_paragraphs("某县召开工作会议\n副县长张三指出，各级各部门要紧紧围绕规划，认真做好举证工作。"
                           "县自然资源局牵头，县发改局、县水务局等部门密切配合，全力推进划定工作。\n"
                           "会议听取了技术单位的汇报。\n县交通局等有关部门负责人参加了会议。\n")
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("县自然资源局牵头，县发改局、县水务局等部门密切配合，全力推进划定工作。", "县自然资源局", "县发改局、县水务局")]
    assert [f.code for f in doc.findings if f.code == "division_sentence"] == ["division_sentence"]


def test_a_news_sentence_reporting_one_unit_s_duty_alone_is_no_task():
    # one unit's duty in running text (A负责…), or a lead with no partners, only reports what it does
    with pytest.raises(LayoutError):
        parse_paragraphs("某县召开工作会议\n副县长张三指出，各级各部门要认真做好举证工作。县自然资源局负责全力推进划定工作。\n")


def test_duty_items_naming_departments_by_field_then_in_full_and_schools_as_subjects():
    """A duties part, items (一)…: units said to be the coordinating body, then their duty; a summary naming
    departments by field, then each in full as the subject of 要 (one task of the full names); schools as subjects."""
    doc = parse_paragraphs("二、工作职责\n（一）县政府办公室和县教育局为运动会的总协调机构。负责联系各责任部门，并督促落实各责任部门的工作职责。\n"
                           "（二）卫生、执法等部门负责保障场馆周边的环境卫生。卫生局要落实卫生安全监管；执法局要清除小摊贩。\n"
                           "（三）公安、交警等部门负责保障场馆周边的治安和交通。公安部门要加大巡防力度；交警大队要安排警力执勤。\n"
                           "（四）县一中、县二中和师大附中要制定应急预案。发现问题要及时向组委会报告。\n")
    assert [(row.task[:4], row.lead) for row in doc.rows] == [
        ("县政府办", "县政府办公室、县教育局"), ("卫生、执", "卫生局、执法局"), ("公安、交", "公安部门、交警大队"),
        ("县一中、", "县一中、县二中、师大附中")]
    assert [f.line for f in doc.findings if f.code == "fielded_duties"] == [3, 4]


def test_a_group_headings_run_in_text_giving_work_to_units_is_a_task_when_its_items_name_their_own():
    # （一）heading。…，A要督促…。 / 1.…（B负责）2.…（C负责，D配合）: the introduction is the group's own work; a
    # heading over an item naming none (（二）) stays an area, and a call on everyone (各部门要…) is no unit
    text = ("三、主要任务\n（一）打通消防通道。整治期间，各行业领域业务主管部门要督促物业企业清理通道。\n"
            "1.劝阻占用通道行为。(交通与建设处负责)\n2.清理违章搭建。(资源生态处负责，综合执法大队配合)\n"
            "（二）加强宣传。各部门要广泛宣传。\n1.开展宣传。(党群工作处负责)\n")
    document = parse_paragraphs(text)
    assert [(r.area, r.task[:6], r.lead, r.support) for r in document.rows] == [
        ("主要任务", "打通消防通道", "各行业领域业务主管部门", ""), ("打通消防通道", "劝阻占用通道", "交通与建设处", ""),
        ("打通消防通道", "清理违章搭建", "资源生态处", "综合执法大队"), ("加强宣传", "开展宣传。", "党群工作处", "")]
    assert [f.line for f in document.findings if f.code == "heading_intro_duty"] == [2]


def test_an_item_handing_the_work_listed_after_its_colon_to_units_is_their_task_in_the_role_its_words_give():
    # 1.…。A要积极配合B落实以下工作：（1）…（2）…: one task, A supports; B, whom A helps, is no unit of it
    text = ("（二）集中治理三类场所\n1.高层建筑整治。2020年，全面排查隐患。片区各相关处室要积极配合区消防救援支队落实以下工作："
            "（1）落实管理规定。（2）排查消火栓系统。\n2.商业综合体提升。督促落实以下工作：\n（1）开展达标创建。(经济发展处负责)\n")
    document = parse_paragraphs(text)
    assert [(r.task[:6], r.lead, r.support) for r in document.rows] == [
        ("高层建筑整治", "", "片区各相关处室"), ("开展达标创建", "经济发展处", "")]
    assert [f.code for f in document.findings if f.code == "list_lead_in_units"] == ["list_lead_in_units"]


def test_a_measure_after_bracketed_tasks_dividing_its_work_in_running_text_is_one_task_of_all_its_units():
    # 二、任务 1.…（责任单位：A、B） / 三、保障措施（一）加强领导。A要…。B、C负责…；D落实…: one task, every unit its
    # clauses name; （二）各部门要…: a call on everyone, no task; …，E、F结合业务职能，配合做好…: E and F support
    text = ("二、重点任务\n1.提高筹资标准。落实补助政策。（责任单位：区医保局、财金局）\n"
            "2.加强医疗救助。做好救助衔接。（责任单位：民政局）\n三、保障措施\n"
            "（一）加强组织领导。区医保局要切实发挥牵头部门作用，逐级分解任务。扶贫、民政部门负责核实贫困人口；"
            "卫计局落实分级诊疗制度；相关部门加强沟通协调。\n（二）狠抓贯彻落实。各部门要充分认识任务的重要性。\n"
            "（三）加强政策宣传。医保经办机构要开设宣传专栏。区医保局要协调新闻媒体做好解读，卫计、民政部门结合业务职能，"
            "配合做好政策宣传。\n")
    document = parse_paragraphs(text)
    assert [(r.area, r.task[:6], r.lead, r.support) for r in document.rows] == [
        ("重点任务", "提高筹资标准", "区医保局、财金局", ""), ("重点任务", "加强医疗救助", "民政局", ""),
        ("保障措施", "加强组织领导", "区医保局、扶贫、民政部门、卫计局", ""),
        ("保障措施", "加强政策宣传", "医保经办机构、区医保局", "卫计、民政部门")]
    assert [(f.line, f.code) for f in document.findings if f.code == "measure_units"] == [
        (5, "measure_units"), (7, "measure_units")]


def test_numbered_requirements_opening_with_their_units_beside_ones_naming_units_in_their_sentences(tmp_path):
    # 1、A要… and 4、C要… name their units only as the subject of 要, beside items naming theirs by 由…负责 and 请…:
    # the list divides its work by the subjects of its sentences
    path = tmp_path / "n.txt"
    path.write_text("关于开展清洁行动的通知\n各镇，县直各单位：\n现将有关事项通知如下：\n一、工作要求\n"
                    "1、县各单位要组织干部职工做好门前清扫工作。\n2、内街小巷由紫城镇各居委会负责清扫。\n"
                    "3、请县创卫办派出工作人员进行督查。\n4、各镇要参照要求组织实施。\n", encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "县各单位", "lead"), ("T002", "紫城镇各居委会", "lead"), ("T003", "县创卫办", "lead"), ("T004", "各镇", "lead")]
    assert codes_at(table, "modal_duty") == [5, 8]


def test_requirements_opening_with_units_beside_labelled_items_stay_no_task(tmp_path):
    # beside items naming their units by a label, a requirement opening with 要 is not read as a duty
    path = tmp_path / "n.txt"
    path.write_text("一、工作要求\n1、县各单位要组织干部职工做好门前清扫工作。\n2、内街小巷清扫。（责任单位：紫城镇）\n",
                    encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit) for a in table.assignments.itertuples()] == [("T001", "紫城镇")]


def test_a_lead_named_after_an_inline_label_leads_and_the_label_s_units_support(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("县直各单位：\n一、园林路绿化点补充责任单位：财政局。该绿化点由建设局牵头组织责任单位挖好植树坑。\n"
                    "二、滨江路绿化点责任单位：林业局。各单位于2月19日统一种植。\n", encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "建设局", "lead"), ("T001", "财政局", "support"), ("T002", "林业局", "lead")]
    # run together on one line, the label cut onto a line of its own goes on past its sentence: read the same
    path.write_text(" ".join(path.read_text(encoding="utf-8").split("\n")), encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "建设局", "lead"), ("T001", "财政局", "support"), ("T002", "林业局", "lead")]


def test_sections_of_running_text_name_their_units_past_a_section_naming_none(tmp_path):
    # 一、 a timetable naming who does each stage; 二、 由A统一…, 由B负责; 三、 names no one; 四、 A，B将…: commas
    # between the names of one subject
    path = tmp_path / "n.txt"
    path.write_text("县政府办公室关于开展灭鼠工作的通知\n各乡镇人民政府：\n现将有关事宜通知如下：\n一、时间安排\n"
                    "9月16日-17日为各乡镇领取和发放鼠药时间；9月18日为投药时间；9月27日-30日为县爱卫会办公室，"
                    "县农业技术推广中心联合检查验收阶段。\n二、鼠药采购\n鼠药由市爱卫会统一采购供应，县城内的发放工作由县爱卫会负责。\n"
                    "三、投放方法\n住宅区采用连续多次投饵法。\n四、检查验收\n县爱卫会办公室，县农业技术推广中心将在鼠药发放过程中"
                    "进行检查、验收。\n", encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "各乡镇", "lead"), ("T001", "县爱卫会办公室", "lead"), ("T001", "县农业技术推广中心", "lead"),
        ("T002", "市爱卫会", "lead"), ("T002", "县爱卫会", "lead"),
        ("T003", "县爱卫会办公室", "lead"), ("T003", "县农业技术推广中心", "lead")]
    assert codes_at(table, "schedule_stage") == [5]


def test_a_long_run_of_names_with_commas_in_a_measure_is_read_without_a_traceback(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("通知\n1.修路（县交通局负责）\n三、保障措施\n（一）加强领导。" + "县财政局，" * 4000 + "县审计局将检查。\n",
                    encoding="utf-8")
    table = read_table(path, layout="paragraph")
    assert [(a.task_id, a.raw_unit) for a in table.assignments.itertuples()][:1] == [("T001", "县交通局")]


def test_a_call_on_everyone_beside_items_naming_units_in_their_sentences_is_no_task_of_a_unit(tmp_path):
    # 1、各单位要… is asked of everyone; 2、 and 3、 name their units in running text (由A负责, 请A派出)
    path = tmp_path / "n.txt"
    path.write_text("关于开展清洁行动的通知\n一、工作要求\n1、各单位要高度重视，加强领导，确保行动取得实效。\n"
                    "2、街道垃圾由县环卫大队负责清理。\n3、请县广播电视台派出记者做好报道。\n4、县各单位要组织干部清扫。\n",
                    encoding="utf-8")
    table = read_table(path, layout="paragraph")
    assert [(a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("县环卫大队", "lead"), ("县广播电视台", "lead"), ("县各单位", "lead")]
    found = table.findings.loc[table.findings.code == "modal_duty"]
    assert found.line.tolist() == [6]
    assert "name their units in their own sentences" in found.message.iloc[0]


def test_a_section_reads_units_asked_with_qing_as_every_reader_does():
    # readers.subjects asks zygraph.sentences.asked_units.asked_units: 请示 asks no unit, 请A派出 asks A, 请A牵头 makes A lead
    from zygraph.readers.subjects import _subject_items

    assert [(i.text, i.role) for i in _subject_items("请示县政府按程序办理。各乡镇要设联络员。")] == [("各乡镇", "responsible")]
    assert [(i.text, i.role) for i in _subject_items("请县广播电视台派出记者。请县公安局牵头维护秩序。")] == [
        ("县广播电视台", "responsible"), ("县公安局", "lead")]


def test_a_label_s_units_made_support_by_a_lead_named_after_it_is_a_finding(tmp_path):
    # 责任单位：财政局。该绿化点由建设局牵头…: 财政局 supports because of the later sentence; the reading is said
    path = tmp_path / "n.txt"
    path.write_text("县直各单位：\n一、园林路绿化点补充责任单位：财政局。该绿化点由建设局牵头组织责任单位挖好植树坑。\n"
                    "二、滨江路绿化点责任单位：林业局。各单位于2月19日统一种植。\n", encoding="utf-8")
    table = read_table(path)
    found = table.findings.loc[table.findings.code == "label_lead_after"]
    assert found.line.tolist() == [2]
    assert "由…牵头" in found.message.iloc[0] and "support" in found.action.iloc[0]


def test_common_duties_heading_and_a_duties_table_one_cell_a_paragraph_give_each_duty_its_units(tmp_path):
    # 二、各成员单位共同职责 over paragraphs without numbers: each paragraph is a duty every member shares; the attached
    # table (成员单位 / 综治办 / its duties) copied one cell a paragraph gives each member's duties to it; the member
    # list's 由张明同志任办公室主任负责 names a person, no unit, and the signature is no unit's cell
    path = tmp_path / "n.txt"
    path.write_text("关于调整爱卫会成员单位职责的通知\n\n为做好爱国卫生工作，现将有关事项通知如下：\n\n一、组织机构\n\n"
                    "成员单位：综治办、财政所、社区，办公室设在卫健办，由张明同志任办公室主任负责日常工作。\n\n"
                    "二、各成员单位共同职责\n\n贯彻落实上级爱国卫生工作部署，完善工作措施。\n\n组织开展本部门爱国卫生评比活动。\n\n"
                    "附件：成员单位职责分工表\n\n某某街道办事处\n\n附件：\n\n成员单位职责分工表\n\n成员单位\n\n综治办\n\n"
                    "印发卫生宣传材料。\n\n组织开展环境整治。\n\n财政所\n\n保障爱国卫生工作经费。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [(t.area, t.task, t.line) for t in table.tasks.itertuples()] == [
        ("各成员单位共同职责", "贯彻落实上级爱国卫生工作部署，完善工作措施。", 11),
        ("各成员单位共同职责", "组织开展本部门爱国卫生评比活动。", 13),
        ("", "印发卫生宣传材料。", 27), ("", "组织开展环境整治。", 29), ("", "保障爱国卫生工作经费。", 33)]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "各成员单位", "lead"), ("T002", "各成员单位", "lead"), ("T003", "综治办", "lead"),
        ("T004", "综治办", "lead"), ("T005", "财政所", "lead")]
    assert codes_at(table, "unit_cell") == [25, 31]


def test_a_duties_table_headed_by_the_bare_word_unit_reads_each_row_for_its_unit(tmp_path):
    # 单位 / 职责分工 copied one cell a paragraph, no 序号 column: each unit's cell owns the duty below it, the unit
    # leading it; 配合 inside the duty after work of the unit's own gives no support, the bodies helped are no units
    path = tmp_path / "n.txt"
    path.write_text("某区专项整治成员单位职责分工\n\n单位\n\n职责分工\n\n区水务局\n\n依法查处违法取水行为。\n\n"
                    "区经委\n\n负责项目评估；配合住房建设部门开展调查。\n\n各街镇\n\n各街镇是整治的责任主体，负总责。\n",
                    encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [(a.task, a.raw_unit, a.role) for a in table.assignments.merge(table.tasks).itertuples()] == [
        ("依法查处违法取水行为。", "区水务局", "lead"), ("负责项目评估；配合住房建设部门开展调查。", "区经委", "lead"),
        ("各街镇是整治的责任主体，负总责。", "各街镇", "lead")]
    assert codes_at(table, "bare_unit_header") == [3]


def test_a_duties_heading_holds_no_paragraph_after_the_attachment_line(tmp_path):
    # 附件： ends the notice's body: the paragraph after it is no duty of the heading above
    path = tmp_path / "n.txt"
    path.write_text("二、各成员单位共同职责\n\n完善工作措施。\n\n附件：名单\n\n请各单位于月底前报送名单。\n", encoding="utf-8")
    table = read_table(path, layout="paragraph")
    assert table.tasks.task.tolist() == ["完善工作措施。"]
    assert table.assignments.raw_unit.tolist() == ["各成员单位"]


def test_a_duties_table_run_together_with_spaces_between_its_cells_reads_as_one_cell_a_paragraph(tmp_path):
    # a crawl's copy lost the line breaks: 成员单位 综治办 印发…。 财政所 保障…。 stand between spaces on one line
    path = tmp_path / "n.txt"
    path.write_text("关于调整爱卫会成员单位职责的通知 为做好爱国卫生工作，现将有关事项通知如下： 一、组织机构 "
                    "成员单位：综治办、财政所、社区。 二、各成员单位共同职责 贯彻落实上级爱国卫生工作部署。 "
                    "附件：成员单位职责分工表 某某街道办事处 附件： 成员单位职责分工表 成员单位 综治办 印发卫生宣传材料。 "
                    "财政所 保障爱国卫生工作经费。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [(a.task, a.raw_unit, a.role) for a in table.assignments.merge(table.tasks).itertuples()] == [
        ("贯彻落实上级爱国卫生工作部署。", "各成员单位", "lead"), ("印发卫生宣传材料。", "综治办", "lead"),
        ("保障爱国卫生工作经费。", "财政所", "lead")]
    assert codes_at(table, "cells_apart") == [1]


def test_members_run_together_by_spaces_under_a_numbered_title_are_a_task_each(tmp_path):
    # 1、镇成员单位的主要职责 镇党政办:… 安监所:…: the numbered title heads the members, none without a full stop goes
    # on into the next; 派出所 helps first, then answers for its own charge (负责…): responsible; 会同B申请: B supports
    path = tmp_path / "n.txt"
    path.write_text("三、组织指挥体系及职责 镇政府成立防汛指挥部。 1、镇防汛应急成员单位的主要职责 镇党政办:发布灾情信息 "
                    "安监所:收集灾情;负责救灾物资管理。 派出所:参与紧急救援;负责灾区治安管理。 "
                    "财政所:安排救济预算,会同民政部门申请救灾款。\n", encoding="utf-8")
    table = read_table(path)
    read = table.assignments.merge(table.tasks, on="task_id")
    assert [(row.unit, row.role) for row in read.itertuples()] == [
        ("镇党政办", "lead"), ("安监所", "lead"), ("派出所", "lead"), ("财政所", "lead"), ("民政部门", "support")]
    assert "dividing_title" in set(table.findings.code)


def test_a_numbered_line_naming_units_or_saying_a_sentence_is_no_dividing_title(tmp_path):
    from zygraph.readers.paragraph import _dividing_title

    assert _dividing_title("镇防汛应急成员单位的主要职责") and _dividing_title("部门职责")
    assert not _dividing_title("明确部门职责，加强协作。") and not _dividing_title("加强监管")


def test_measures_numbered_yishi_a_line_read_the_units_doing_them_after_their_title(tmp_path):
    # 一是…。A负责…: a report's measures one a line, each titled, then its units as subjects of verbs of their own
    path = tmp_path / "n.txt"
    path.write_text("一是成立禁烧指挥部。指挥部负责统一调度全镇禁烧工作。\n二是加大宣传力度。采取多种形式开展宣传。\n"
                    "三是搞好秸秆还田。农办向群众发放明白纸。农机站负责调配农业机械。\n", encoding="utf-8")
    table = read_table(path)
    read = table.assignments.merge(table.tasks, on="task_id")
    assert [(row.task[:6], row.unit, row.role) for row in read.itertuples()] == [
        ("成立禁烧指挥", "指挥部", "lead"), ("搞好秸秆还田", "农办", "lead"), ("搞好秸秆还田", "农机站", "lead")]
    assert table.findings.loc[table.findings.code == "titled_subjects"].line.tolist() == [1, 3]


def test_shi_ordinals_are_counted_apart_from_other_numbers_and_anew_under_each_heading():
    # 一是/二是 under (一) and again under (二): both sections read alike, whatever number came before
    text = ("一、主要任务\n（一）加强领导（牵头单位：A局）。\n一是成立小组。\n二是明确责任。\n"
            "（二）强化巡查（牵头单位：B局）。\n一是开展巡查。\n二是查处违法。")
    assert [(r.task, r.lead) for r in parse_paragraphs(text).rows] == [
        ("成立小组。", "A局"), ("明确责任。", "A局"), ("开展巡查。", "B局"), ("查处违法。", "B局")]
    # under 1、, its 一是/二是 are the item's points, and 二是 does not count on from 1、
    text = "1、抓好还田（牵头单位：A局）。\n一是加强领导。\n二是加大宣传。\n2、加强巡查（牵头单位：B局）。"
    assert [r.task for r in parse_paragraphs(text).rows] == ["抓好还田", "加强巡查"]


def test_a_notices_addressees_run_on_with_spaces_are_no_members_duties():
    # two addressee groups before the preamble ends, and 县直各单位 (units in general): no worded member breaks
    line = "关于印发方案的通知 各乡镇人民政府:现将方案印发给你们 县直各单位:请认真贯彻执行。 一、工作任务 1、加强巡查。"
    assert paragraphs_by_space(line).split(PARAGRAPH_BREAK)[0] == (
        "关于印发方案的通知 各乡镇人民政府:现将方案印发给你们 县直各单位:请认真贯彻执行。")
    # members named after the preamble still break apart
    line = "通知如下。 各单位职责 镇党政办:发布信息 安监所:收集灾情 民政办:组织捐赠。"
    assert paragraphs_by_space(line).split(PARAGRAPH_BREAK) == ["通知如下。", "各单位职责", "镇党政办:发布信息", "安监所:收集灾情",
                                                                "民政办:组织捐赠。"]


def test_an_office_line_under_a_measure_heading_gives_its_units_the_measure_and_the_items_below():
    # 3.信息报送。 / A会同B负责，具体工作是： / （1）…（2）…: heading, office line and items are one task; the unit
    # after 会同 supports; 省政府, to whom reports go, is no unit; 4. ends the items, and an office line with no
    # measure open above it (the page starts inside one) opens its own task
    doc = parse_paragraphs("市应急局调度科负责，视情况开展以下工作：\n（1）指导各地开展排查；\n（2）汇总排查情况。\n"
                           "3.信息报送。\n市应急局办公室会同信息中心负责，具体工作是：\n（1）每日向省政府报送信息；\n"
                           "（2）编发工作简报。\n4.物资保障。\n市应急局财务科负责，主要工作如下：\n（1）调拨救灾物资。\n")
    assert [(row.task[:12], row.lead, row.support) for row in doc.rows] == [
        ("市应急局调度科负责，视情", "市应急局调度科", ""), ("信息报送。市应急局办公室", "市应急局办公室", "信息中心"),
        ("物资保障。市应急局财务科", "市应急局财务科", "")]
    assert "编发工作简报" in doc.rows[1].task and "调拨救灾物资" in doc.rows[2].task
    assert [f.line for f in doc.findings if f.code == "office_line"] == [1, 5, 9]
    assert not [f for f in doc.findings if f.code == "no_assignment"]


def test_a_line_announcing_items_without_units_of_its_own_is_no_office_line():
    # 各有关部门负责，具体工作是：: units in general name no office, so the items below are not taken into the
    # measure (the line is read as before: the sentence closing the measure above names its units)
    doc = parse_paragraphs("一、分工\n1.信息报送。\n各有关部门负责，具体工作是：\n（1）报送信息。\n"
                           "2.物资保障（市财政局负责）\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("信息报送。", "各有关部门"), ("物资保障", "市财政局")]
    assert not [f for f in doc.findings if f.code == "office_line"]
    assert [f.line for f in doc.findings if f.code == "no_assignment"] == [4]


def test_a_step_of_a_procedure_put_on_a_unit_with_you_under_a_heading_is_its_task():
    # （三）响应终止。 / …后，由A提出…建议，分管副局长审核后，报局长确定。: A responsible (lead, no lead named);
    # the people approving it are no units
    doc = parse_paragraphs("一、应急响应\n（一）响应启动。（市应急局负责）\n（二）响应终止。\n"
                           "险情基本排除后，由市应急局救援科提出响应终止建议，分管副局长审核后，报局长确定。\n")
    assert [(row.area, row.task[:6], row.lead) for row in doc.rows] == [
        ("应急响应", "响应启动。", "市应急局"), ("响应终止", "险情基本排除", "市应急局救援科")]
    assert [f.line for f in doc.findings if f.code == "procedure_step"] == [4]


def test_a_line_that_lost_its_marks_is_broken_before_a_unit_named_with_its_level_opening_the_next_duty():
    # …工作县卫健局统筹协调…: the mark between the two duties was lost; the unit after 工作 opens a duty of its own,
    # as the lines after it do; 各乡镇 named with the territorial principle answers for its own ground
    doc = parse_paragraphs("通知要求压实责任各乡镇要按照属地管理原则负责统筹辖区内的环境消杀工作县卫健局统筹协调指导全县"
                           "消杀工作并负责督导医疗机构开展消杀工作\n县教育局负责督导学校开展消杀工作\n"
                           "县交通局负责车站的消杀工作\n")
    assert [(row.task[:8], row.lead) for row in doc.rows] == [
        ("通知要求压实责任", "各乡镇"), ("县卫健局统筹协调", "县卫健局"), ("县教育局负责督导", "县教育局"),
        ("县交通局负责车站", "县交通局")]
    assert [f.line for f in doc.findings if f.code == "lost_marks"] == [1]
    assert [f.line for f in doc.findings if f.code == "territorial_duty"] == [1]


def test_a_line_keeping_its_marks_is_not_broken_before_a_unit():
    doc = parse_paragraphs("县财政局负责安排防控经费，做好保障工作，县卫健局统筹协调指导全县消杀工作。\n"
                           "县教育局负责督导学校开展消杀工作。\n")
    assert not [f for f in doc.findings if f.code == "lost_marks"]
    assert doc.rows[0].task.startswith("县财政局负责安排防控经费")


def test_localities_given_a_duty_by_the_territorial_principle_are_its_unit_but_not_when_only_called_on():
    doc = parse_paragraphs("一、职责分工\n1.各地要按照属地管理原则负责统筹辖区内的消杀工作。\n"
                           "2.县卫健局负责指导消杀工作。\n3.各地要加强领导，压实责任。\n")
    assert [(row.task[:4], row.lead) for row in doc.rows] == [("各地要按", "各地"), ("县卫健局", "县卫健局")]


def test_the_notice_s_words_before_a_duty_s_unit_with_their_comma_lost_are_no_part_of_the_unit():
    # 通知指出县卫健局将对…, after duties its units open: the unit is 县卫健局, not 通知指出县卫健局
    doc = parse_paragraphs("县教育局负责督导学校开展消杀工作。\n县交通局负责车站的消杀工作。\n"
                           "通知指出县卫健局将对各地开展消杀情况进行检查督办。\n")
    assert [row.lead for row in doc.rows] == ["县教育局", "县交通局", "县卫健局"]
    assert doc.rows[2].task.startswith("通知指出县卫健局")


def test_member_duties_as_sub_headings_are_read_over_the_whole_run_and_a_sibling_naming_no_unit_is_a_finding():
    # 新闻媒体 and 广大家长 name no unit: each unit heading has such a neighbour, yet the run holds two units
    text = ("二、职责分工\n（一）县教育局：负责统筹全县防溺水工作。\n（二）新闻媒体：负责开展防溺水宣传报道。\n"
            "（三）县水利局：负责在重点水域设置警示标志。\n（四）广大家长：负责履行监护责任。\n三、工作要求\n")
    doc = parse_paragraphs(text)
    assert [(row.line, row.lead) for row in doc.rows] == [(2, "县教育局"), (4, "县水利局")]
    assert [(f.line, f.code) for f in doc.findings if f.code.startswith("headed_duty")] == [
        (2, "headed_duty"), (3, "headed_duty_skipped"), (4, "headed_duty"), (5, "headed_duty_skipped")]


def test_a_sibling_heading_naming_no_unit_first_in_the_run_is_reported_not_dropped():
    text = ("二、职责分工\n（一）学校：负责开展安全教育。\n（二）家长委员会：负责督促家长履行监护责任。\n"
            "（三）县水利局：负责组织志愿者巡查重点水域。\n")
    doc = parse_paragraphs(text)
    assert [row.lead for row in doc.rows] == ["家长委员会", "县水利局"]
    assert [(f.line, f.message) for f in doc.findings if f.code == "headed_duty_skipped"] == [
        (2, "a heading among members' duties numbered as sub-headings names no unit before its colon: 学校：负责开展安全教育。")]


def test_unit_headings_under_different_parents_are_no_run_and_are_not_read_as_member_duties():
    # one unit heading under each part: neither part divides its work among members
    text = ("一、组织领导\n（一）县教育局：负责统筹。\n（二）宣传引导：做好宣传。\n"
            "二、保障措施\n（一）县水利局：负责设置警示标志。\n（二）经费保障：落实经费。\n")
    with pytest.raises(LayoutError):
        parse_paragraphs(text)


def test_a_meetings_news_reads_the_units_given_requirements_not_who_attended_or_reported(tmp_path):
    # news of a county meeting: attendance, reports, then a speaker's requirements in running sentences (two bureaus
    # in one sentence) and a paragraph opening with the matter its requirement is on
    path = tmp_path / "news.txt"
    path.write_text("5月8日，县政府召开专题会议。副县长王华出席会议并讲话。\n"
                    "会上，县住建局通报了前期工作；各乡镇和相关县直单位汇报了工作开展情况。\n"
                    "王华指出，这项工作意义重大。各乡镇及相关单位要抓住时节，做好管护。要明确责任；加快进度。"
                    "县财政局要做好评审工作，及时拨付资金，县住建局要及时跟进项目，尽快争取批复。\n"
                    "关于现场会筹备工作，王华要求，涉及单位要坚持高标准，确保会议顺利举行。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    doc = read_raw(path)
    assert [(r.task[:8], r.lead) for r in doc.rows] == [
        ("各乡镇及相关单位", "各乡镇、相关单位"), ("县财政局要做好评", "县财政局"), ("县住建局要及时跟", "县住建局"),
        ("关于现场会筹备工", "涉及单位")]
    assert doc.rows[0].task.endswith("要明确责任；加快进度。")
    codes = {f.code for f in doc.findings}
    assert {"required_sentences", "matter_requirement"} <= codes


def test_a_township_s_points_run_together_give_a_collective_its_work_and_no_unit_to_people_by_their_post(tmp_path):
    # 一、各乡要…。二、做好…。乡干部要…。三、做好…。各乡结合实际，…。四、…: news of a meeting, points run together;
    # 各乡 opens its sentence with a verb and no 要 in 三 (its task), 乡干部 are people (no task), 四 names no one
    path = tmp_path / "news.txt"
    path.write_text("某镇召开收心会\n\n  会上部署了节后工作。一、各乡要抓紧谋划，开展村庄绿化。二、做好信访稳定工作。"
                    "乡干部要有担当意识，化解纠纷。三、做好春耕工作，了解墒情。各乡结合实际情况，聘请农业专家。"
                    "四、继续抓好疫情防控。\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.str[:4].tolist() == ["各乡要抓", "做好春耕"]
    assert table.assignments[["task_id", "raw_unit", "role"]].values.tolist() == [["T001", "各乡", "lead"],
                                                                                   ["T002", "各乡", "lead"]]
    assert "句首主语" in " ".join(table.findings.message[table.findings.code == "role_rule"])
    # a single body so written is only reported doing it: no subject of a section
    path.write_text("某镇召开收心会\n\n  一、各乡要抓紧谋划。二、做好春耕工作。县农技站结合实际情况，聘请专家。\n",
                    encoding="utf-8")
    assert read_table(path).tasks.task.str[:4].tolist() == ["各乡要抓"]


def test_points_numbered_yishi_run_together_with_spaces_break_apart():
    # a copy that lost its line breaks: a space before 一是, 二是 (a point's ordinal) is a paragraph break too
    line = "乡里高度重视。 一是健全机构。成立领导小组。 二是落实责任。明确林业站为责任主体。"
    assert paragraphs_by_space(line).split(PARAGRAPH_BREAK) == [
        "乡里高度重视。", "一是健全机构。成立领导小组。", "二是落实责任。明确林业站为责任主体。"]
    # ordinals run on inside a sentence, with no space before them, are no break
    assert PARAGRAPH_BREAK not in paragraphs_by_space("乡里要求一是健全机构，二是落实责任。 三、保障措施")[:20]


def test_leader_lines_under_a_group_heading_are_people_and_the_group_is_the_unit_of_its_duty(tmp_path):
    # （二）宣传报道组 / 组长：A（post） / 副组长：B（post） / C（post） / 负责…: the group, headed, is a body; its people
    # are no units and do not break the heading's hold on the duty; a group whose sentences name subjects keeps them
    path = tmp_path / "n.txt"
    path.write_text("指挥部下设办公室和2个工作组。\n（一）办公室\n办公室设在县应急局，负责指挥部日常工作。\n"
                    "（二）宣传报道组\n组 长：邵某（县委宣传部副部长）\n副组长：卢某强（县融媒体中心主任）\n"
                    "蒋某 （县文旅局副局长）\n负责汛期信息发布，组织新闻报道；做好舆情引导。\n"
                    "（三）抢险救援组\n组长：韩某（县应急局局长）\n县应急局负责调度抢险力量。县水利局负责险情处置。\n",
                    encoding="utf-8")
    table = read_table(path, layout="paragraph")
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "办公室", "lead"), ("T002", "宣传报道组", "lead"), ("T003", "县应急局", "lead"),
        ("T004", "县水利局", "lead")]
    assert [t.task[:6] for t in table.tasks.itertuples()][1] == "负责汛期信息"
    assert codes_at(table, "person_line") == [5, 6, 7, 10]
    assert codes_at(table, "led_group") == [5, 10]


def test_bare_names_by_post_under_a_group_heading_are_its_head_and_the_group_does_the_duty(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("一、工作机构\n（一）后勤保障组\n组长：文斌\n副组长：马传壮\n负责物资调配和车辆保障。\n"
                    "（二）技术指导组\n负责技术培训。\n", encoding="utf-8")
    table = read_table(path, layout="paragraph")
    # 技术指导组 ends as a checking group's name does: a unit heading with or without its head named
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "后勤保障组", "lead"), ("T002", "技术指导组", "lead")]
    assert codes_at(table, "person_line") == [3, 4]
    assert codes_at(table, "led_group") == [3]


def test_target_paragraphs_under_a_heading_share_the_bracket_closing_the_last(tmp_path):
    # blind109's 奉贤 park-city opinion: 百个大空间：… / 千个链接点：… / 万个微基建：…（牵头单位：…;配合单位：…）
    path = tmp_path / "n.txt"
    path.write_text("二、主要任务\n\n(一)构建绿道网络\n\n编制绿道规划;推进绿道贯通。(牵头单位：区规划局;配合单位：区水务局)\n\n"
                    "(二)实施三类工程\n\n一类工程：建设一批口袋公园。\n\n二类工程：建设绿道驿站。\n\n"
                    "三类工程：推进屋顶绿化。(牵头单位：区绿化局;配合单位：区财政局)\n", encoding="utf-8")
    table = read_table(path, layout="paragraph")
    assert list(table.tasks.task) == ["编制绿道规划；推进绿道贯通。",
                                      "一类工程：建设一批口袋公园。二类工程：建设绿道驿站。三类工程：推进屋顶绿化。"]
    assert roles_of(table) == [["T001", "区规划局", "lead", 5], ["T001", "区水务局", "support", 5],
                               ["T002", "区绿化局", "lead", 9], ["T002", "区财政局", "support", 9]]
    assert codes_at(table, "targets_share_bracket") == [9]
    assert codes_at(table, "stray_text") == []


def test_a_plain_paragraph_before_a_target_paragraph_keeps_the_bracket_to_the_last(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("二、主要任务\n\n(一)实施三类工程\n\n按照规划要求，统筹推进。\n\n"
                    "三类工程：推进屋顶绿化。(牵头单位：区绿化局)\n", encoding="utf-8")
    table = read_table(path, layout="paragraph")
    assert list(table.tasks.task) == ["三类工程：推进屋顶绿化。"]
    assert codes_at(table, "targets_share_bracket") == []


def test_a_duty_done_by_a_named_plan_is_a_task_but_a_referral_to_its_division_is_none():
    doc = parse_paragraphs("二、职责分工\n县公安局依照《某某县防控工作方案》履行职责。\n"
                           "县财政局、县审计局按照《某某县资金管理办法》职责分工执行。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("县公安局依照《某某县防控工作方案》履行职责。", "县公安局")]
    assert [f.line for f in doc.findings if f.code == "duties_in_other_document"] == [3]


def test_a_document_wide_note_in_a_bracket_with_an_aside_gives_its_unit_to_every_later_task():
    text = ("1.建体系。（A处牵头，B处按职责分工负责；区局组织落实。以下均需区局落实，市总队负责化工区内的监管工作，不再单独列出）\n"
            "2.建平台。（C处牵头，D处按职责分工负责）\n3.建机制。（E处负责）")
    assert rows_of(text) == [(1, "", "建体系。", "A处", "B处、区局、市总队"), (2, "", "建平台。", "C处", "D处、区局"),
                             (3, "", "建机制。", "E处、区局", "")]


def test_an_articles_bracketed_heading_is_no_part_of_its_first_subject():
    text = "第五条（管理职责）\n区房管局牵头开展处置工作。"
    assert rows_of(text)[0][3] == "区房管局"


def test_review_f110_an_organ_named_for_coordinating_is_a_whole_member_of_headed_duties():
    # 议事协调机构, 联络协调机构: bodies named by what they do; 协调 inside the name is no verb cutting it to 议事协
    doc = parse_paragraphs("二、职责分工\n（一）县试点工作小组：负责统筹推进试点工作。\n（二）议事协调机构：负责研究解决重大问题。\n"
                           "（三）联络协调机构：配合做好日常联络工作。\n")
    assert [(row.lead, row.support) for row in doc.rows] == [
        ("县试点工作小组", ""), ("议事协调机构", ""), ("", "联络协调机构")]
    assert [f.line for f in doc.findings if f.code == "headed_duty"] == [2, 3, 4]
    # the last member without its colon: the whole name opens it
    doc = parse_paragraphs("二、职责分工\n（一）县试点工作小组：负责统筹推进试点工作。\n（二）县教育局：负责校园安全。\n"
                           "（三）议事协调机构根据需要，研究解决重大问题。\n")
    assert [row.lead for row in doc.rows] == ["县试点工作小组", "县教育局", "议事协调机构"]
    assert [f.line for f in doc.findings if f.code == "colonless_member"] == [4]
