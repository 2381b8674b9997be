"""A report's sentence dividing work one ；-clause a body, with no role word or 要 (A组织…；B落实…；C联合…): a task a clause."""

import pytest

from zygraph import read_table
from zygraph.errors import LayoutError
from zygraph.readers.divided_sentences import divided_sentences
from zygraph.sentences.clause_divisions import divided_sentence


def shares(sentence):
    tasks = divided_sentence(sentence)
    return None if tasks is None else [(task, [(item.text, item.role) for item in items]) for task, items in tasks]


def test_each_clause_opening_with_its_own_body_is_its_share():
    assert shares("县委宣传部组织媒体报道；县交通公司落实接驳车辆；县红十字会联合志愿者开展救护培训。") == [
        ("县委宣传部组织媒体报道", [("县委宣传部", "responsible")]),
        ("县交通公司落实接驳车辆", [("县交通公司", "responsible")]),
        ("县红十字会联合志愿者开展救护培训。", [("县红十字会", "responsible")])]


def test_a_body_as_the_implementing_one_and_a_collective_open_shares():
    assert [items for _, items in shares("甲县财政局结合特色，全面规划蓝图；各乡镇人民政府根据规划，明确任务；"
                                         "各行政村作为实施主体，细化任务。")] == [
        [("甲县财政局", "responsible")], [("各乡镇人民政府", "responsible")], [("各行政村", "responsible")]]


def test_a_group_set_up_and_given_its_work_at_once_opens_its_share():
    assert shares("甲县成立了以县长任组长的建设工作领导小组，监督资金使用；甲县财政局全面规划；各乡镇人民政府明确任务。")[0][1] == [
        ("建设工作领导小组", "responsible")]


def test_clauses_naming_no_body_lead_in_or_go_on_the_share_before():
    tasks = shares("为办好赛事，分工如下：县公安局组织安保；县卫健局落实医疗保障；县交通局组织车辆；同时做好衔接。")
    assert [task for task, _ in tasks] == ["县公安局组织安保", "县卫健局落实医疗保障", "县交通局组织车辆；同时做好衔接。"]


def test_fewer_than_three_shares_or_one_body_throughout_divide_nothing():
    assert shares("县委宣传部组织媒体报道；县交通公司落实接驳车辆。") is None
    assert shares("县公安局组织巡逻；县公安局开展排查；县公安局落实值守。") is None


def test_results_reported_people_and_bodies_in_general_are_no_shares():
    assert shares("县公安局破获案件12起；县卫健局组织义诊；县交通局检查车辆。") is None  # a tally
    assert shares("县公安局已完成排查；县卫健局开展了义诊；县交通局检查车辆。") is None  # two clauses of work done
    assert shares("各部门加强领导；县卫健局组织义诊；县交通局检查车辆。") is None  # everyone
    assert shares("利用电子屏宣传；利用互联网平台宣传；在街道设置标牌；利用校园广播宣传。") is None  # the means, no body


def test_the_reader_keeps_a_run_in_heading_with_the_first_share_and_says_so():
    findings = []
    rows = divided_sentences([(1, "第三、“大回访”。派出所联合村干部开展警情回访；司法所、市场监督管理所等联合镇干部开展"
                                  "案件回访；信访部门、综治办联合村干部开展矛盾化解回访。")], findings)
    assert [(r.task[:9], r.lead) for r in rows] == [("第三、“大回访”。", "派出所"),
                                                    ("司法所、市场监督管", "司法所、市场监督管理所"),
                                                    ("信访部门、综治办联", "信访部门、综治办")]
    assert [f.code for f in findings].count("divided_sentence") == 1


def test_a_news_report_of_a_division_reads_one_task_a_clause(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("本报讯 马拉松赛临近，各成员单位分工协作，确保赛事有序推进。\n"
                    "县委宣传部组织媒体报道；县交通公司落实接驳车辆；县红十字会联合志愿者开展救护培训。\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [
        ["县委宣传部", "lead"], ["县交通公司", "lead"], ["县红十字会", "lead"]]


def test_a_news_report_of_work_done_is_still_refused(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("本报讯 去年以来，县公安局破获案件12起；县卫健局组织义诊；县交通局检查车辆。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        read_table(path)
