"""Rules a notice has units draw up in running text (实施办法由A会同B制定): one task a sentence."""

import pytest

from zygraph import read_table
from zygraph.errors import LayoutError
from zygraph.readers.drafted import drafted_rules, drafting_units


def roles(sentence):
    items = drafting_units(sentence)
    return None if items is None else [(item.text, item.role) for item in items]


def test_the_unit_after_you_leads_the_drafting_and_those_after_hui_tong_support():
    assert roles("实施办法由省财政厅会同省金融办、省税务局制定。") == [
        ("省财政厅", "lead"), ("省金融办", "support"), ("省税务局", "support")]
    assert roles("具体考核细则由市人社局另行制订。") == [("市人社局", "lead")]


def test_rules_left_to_units_in_general_or_work_that_is_no_rule_name_no_unit():
    assert roles("具体办法由各地自行制定。") is None
    assert roles("由省财政厅制定实施办法。") is None  # 由 opening the clause: read by the readers of 由A…
    assert roles("项目资金由省财政厅拨付。") is None  # no rules drawn up


def test_each_sentence_giving_rules_to_draw_up_is_a_task_with_its_findings():
    findings = []
    rows = drafted_rules([(3, "鼓励银行放贷。补助标准由省财政厅制定。考核办法由省金融办会同人民银行制定。")], findings)
    assert [(r.task, r.lead, r.support) for r in rows] == [
        ("补助标准由省财政厅制定。", "省财政厅", ""), ("考核办法由省金融办会同人民银行制定。", "省金融办", "人民银行")]
    assert [(f.code, f.line) for f in findings] == [("drafted_rules", 3), ("role_rule", 3)] * 2


def test_a_notice_whose_only_division_is_a_rule_to_draw_up_is_one_task(tmp_path):
    path = tmp_path / "measures.txt"
    path.write_text("某省深入推动金融改革发展的若干政策措施\n为加快全省金融业改革创新，现提出如下政策措施。\n"
                    "一、全力扩大有效信贷投放\n银行业金融机构要积极争取差别化政策。建立财政增量资金存放挂钩机制，"
                    "实施办法由省财政厅会同省金融办制定。\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.tolist() == ["建立财政增量资金存放挂钩机制，实施办法由省财政厅会同省金融办制定。"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [["省财政厅", "lead"], ["省金融办", "support"]]


def test_rules_left_to_everyone_leave_the_notice_refused(tmp_path):
    path = tmp_path / "measures.txt"
    path.write_text("一、全力扩大有效信贷投放\n建立挂钩机制，具体办法由各地自行制定。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        read_table(path)


def test_rules_already_made_or_in_force_and_a_cover_letters_drafting_are_no_task():
    # review r6 item 4: each of these was read as a task of the units after 由
    findings = []
    lines = [(8, "（一）加大援企稳岗力度。2020年出台的稳岗补贴办法由市人社局会同市财政局制定，已惠及企业3000余家，继续执行。"),
             (9, "（二）落实社保减免政策。现行缴费标准由省人社厅制定，各地不得擅自调整。"),
             (10, "（三）加强创业担保贷款。根据《就业促进法》，国家标准由国务院有关部门制定。"),
             (3, "本实施方案由县农业农村局起草，已经县政府第10次常务会议研究同意，现印发给你们，请认真贯彻执行。")]
    assert drafted_rules(lines, findings) == []
    assert [(f.code, f.line) for f in findings] == [("drafted_done", 8), ("drafted_done", 9), ("drafted_done", 3)]
    assert roles("按照省政府印发的考核办法由省统计局统一制定的口径执行。") is not None  # read, then refused as made
    assert drafted_rules([(1, "按照省政府印发的考核办法由省统计局统一制定的口径执行。")], []) == []
    assert roles("具体方案由上级部门制定。") is None  # a level above, no unit


def test_every_drafting_clause_of_a_sentence_is_read():
    assert roles("实施办法由省财政厅制定，考核细则由省金融办制定。") == [("省财政厅", "lead"), ("省金融办", "lead")]


def test_a_cover_letter_reporting_its_documents_drafting_leaves_the_notice_refused(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("县人民政府关于印发农村人居环境整治实施方案的通知\n各乡镇人民政府，县直各单位：\n"
                    "本实施方案由县农业农村局起草，已经县政府第10次常务会议研究同意，现印发给你们，请认真贯彻执行。\n"
                    "县人民政府\n2021年3月1日\n农村人居环境整治实施方案\n二、重点任务\n（一）推进厕所革命。加快改厕进度。\n"
                    "（二）治理生活垃圾。建立收运体系。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        read_table(path)
