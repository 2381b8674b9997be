"""A numbered item dividing its work among subjects clause by clause (zygraph.sentences.divided_clauses), and 承担…的职责 as a duty."""

import pytest

from zygraph.sentences.divided_clauses import divided_clauses
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.sentences.subject_units import subject_units


def _read(text):
    return [(task[:6], [(item.text, item.role) for item in items]) for task, items in divided_clauses(text)]


def test_each_subject_s_clause_is_a_task_the_first_from_the_heading():
    text = ("压实部门责任。为做好防汛工作，水利、气象部门要加强会商。省水利厅承担组织编制防洪规划的职责，指导各地做好巡查；"
            "省应急管理厅负责组织抢险救援；省气象局负责发布预警，各市气象部门要及时报送雨情。")
    assert _read(text) == [("压实部门责任", [("水利", "responsible"), ("气象部门", "responsible")]),
                           ("省水利厅承担", [("省水利厅", "responsible")]),
                           ("省应急管理厅", [("省应急管理厅", "responsible")]),
                           ("省气象局负责", [("省气象局", "responsible")]),
                           ("各市气象部门", [("各市气象部门", "responsible")])]


def test_parts_opening_with_their_subjects_and_no_lead_in():
    assert _read("县教育局负责校舍排查；县住建局负责危房鉴定；县财政局负责资金保障。") == [
        ("县教育局负责", [("县教育局", "responsible")]), ("县住建局负责", [("县住建局", "responsible")]),
        ("县财政局负责", [("县财政局", "responsible")])]


@pytest.mark.parametrize("text", [
    "统筹推进。县消防大队负责甲镇，县文体局负责乙街道。",  # one piece of work shared out in one part
    "明确分工。区发改局负责规划；区商务局负责招商；区科技、统计等部门按照职责，协同做好相关工作。",  # a part no subject opens
    "加强保障。区财政局负责资金保障，区审计局负责审计监督。",  # no ；-parts
    "加强保障；区财政局负责资金保障；区审计局负责审计监督。",  # the first part holds no duty
])
def test_an_item_whose_parts_do_not_each_open_with_a_subject_is_not_divided(text):
    assert divided_clauses(text) is None


@pytest.mark.parametrize("text, unit", [
    ("省水利厅承担组织编制防洪规划的职责，指导各地做好巡查。", "省水利厅"),
    ("市统计局承担全市统计数据质量管理的职责。", "市统计局"),
])
def test_a_unit_bearing_the_duties_of_the_work_is_its_subject(text, unit):
    assert [(item.text, item.role) for item in subject_units(text)] == [(unit, "responsible")]


def test_bearing_costs_or_a_responsibility_is_no_duty_subject():
    assert subject_units("市财政局承担相关费用。") is None
    assert subject_units("企业承担主体责任。") is None


def test_a_numbered_item_so_divided_reads_one_task_a_clause():
    doc = parse_paragraphs("（二）压实部门责任。省水利厅承担组织编制防洪规划的职责；省应急管理厅负责组织抢险救援；"
                           "省气象局负责发布预警，各市气象部门要及时报送雨情。")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [
        ("压实部门责任", "省水利厅"), ("省应急管理厅", "省应急管理厅"), ("省气象局负责", "省气象局"),
        ("各市气象部门", "各市气象部门")]
    assert "divided_clauses" in {finding.code for finding in doc.findings}


def test_a_clause_helping_the_duty_before_it_is_no_task_of_its_own():
    # review r8 item 4: 各乡镇 helped the 县交通局's duty and was read again as the subject of a task of its own
    text = "明确分工。县公安局负责道路治安；县交通局负责交通疏导，各乡镇要积极配合。"
    tasks = divided_clauses(text)
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("县公安局", "responsible")], [("县交通局", "responsible"), ("各乡镇", "support")]]
