"""A body a sentence sets up in a unit and gives work (zygraph.sentences.set_up_body), and a measure read through it."""

import pytest

from zygraph.readers.paragraph import parse_paragraphs
from zygraph.sentences.set_up_body import opening_set_in_body, set_up_body

#: Measures numbered through two parts, the first part's read as the ministries' duties (as in test_modal_partners).
_PARTS = ("一、专项整治\n（一）打击非法开采。市国土局要立即开展整治。\n（二）打击走私。市海关要立即开展整治。\n"
          "二、结构调整\n（三）推进开发整合。{third}\n（四）推进技术改造。鼓励企业技术改造。")


@pytest.mark.parametrize("text, body", [
    ("在县统计局设立普查办公室，负责日常工作。", "普查办公室"),
    ("要发挥机制作用。在市工信局设立稀土办公室，统筹做好行业管理。", "稀土办公室"),
    ("在市发改委成立项目协调办公室，主要承担协调工作。", "项目协调办公室"),
])
def test_the_body_set_up_in_a_unit_does_the_work_given_after_the_comma(text, body):
    assert [(item.text, item.role) for item in set_up_body(text)] == [(body, "responsible")]


@pytest.mark.parametrize("text", [
    "在市工信局设立稀土办公室。",  # no work given it in the sentence
    "在全市设立示范点，负责推广。",  # set up in a place, not a unit
    "在县统计局设立普查办公室，加强宣传。",  # the work after the comma is no charge of its own
])
def test_no_body_without_a_unit_it_sits_in_and_work_of_its_own(text):
    assert set_up_body(text) is None


def test_a_body_a_measure_sets_up_in_a_unit_to_do_the_work_is_that_measure_s_unit():
    doc = parse_paragraphs(_PARTS.format(third="要发挥协调机制作用。在市工信局设立稀土办公室，统筹做好行业管理；负责协调计划。"))
    assert [(r.task[:6], r.lead) for r in doc.rows][-1] == ("推进开发整合", "稀土办公室")
    # set up with no work given it, the body names no unit of the measure
    bare = parse_paragraphs(_PARTS.format(third="在市工信局设立稀土办公室。加强协调。"))
    assert [r.task[:6] for r in bare.rows] == ["打击非法开采", "打击走私。市"]



@pytest.mark.parametrize("text, body", [
    ("防汛指挥部下设办公室（办公室设在县水利局），负责日常工作。", "办公室"),
    ("领导小组下设督查办公室(设在镇党政办),具体负责督导。", "督查办公室"),  # its seat in ASCII brackets
    ("创建工作领导小组下设办公室，承担日常联络工作。", "办公室"),
])
def test_a_body_set_up_under_another_with_its_seat_in_a_bracket_does_the_work(text, body):
    got = set_up_body(text)
    assert ([(item.text, item.role, item.word) for item in got] if got else None) == (
        [(body, "responsible", "下设…负责")] if body else None)


def test_a_body_whose_seat_is_a_clause_of_its_own_or_set_in_a_unit_does_the_work():
    got = set_up_body("防汛指挥部下设办公室，办公室设在县水利局，承担指挥部日常工作。")
    assert [(item.text, item.role, item.word) for item in got] == [("办公室", "responsible", "下设…负责")]
    got = set_up_body("部际协调小组办公室设在商务部，承担协调小组日常工作。")
    assert [(item.text, item.role, item.word) for item in got] == [("部际协调小组办公室", "responsible", "设在…负责")]
    # a seat with no work given the body in its sentence names no unit
    assert set_up_body("部际协调小组办公室设在商务部。") is None
    assert set_up_body("展馆设在市中心，负责展示。") is None  # 市中心 is a place, not a unit's seat


def test_a_numbered_article_setting_up_a_body_is_its_task():
    document = parse_paragraphs("森林防火指挥部工作规则一、机构设置第一条指挥部是全市森林防火议事协调机构。"
                                "第二条指挥部下设办公室，办公室设在市林业局，承担指挥部日常工作。二、成员单位职责"
                                "第三条成员单位职责如下：(一)市林业局：负责火情监测。(二)市公安局：负责火案侦破。"
                                "(三)市气象局：负责火险预报。\n")
    assert [(row.task[:5], row.lead) for row in document.rows] == [
        ("指挥部下设", "办公室"), ("市林业局：", "市林业局"), ("市公安局：", "市公安局"), ("市气象局：", "市气象局")]
    assert sum(f.code == "set_up_body" for f in document.findings) == 1


def test_a_paragraph_opening_with_a_body_set_in_a_unit_is_that_bodys_task_and_its_seat_no_unit():
    items = opening_set_in_body("协调小组办公室设在县商务局，承担协调小组日常工作。主任由县商务局局长兼任。")
    assert [(item.text, item.role) for item in items] == [("协调小组办公室", "responsible")]


@pytest.mark.parametrize("text", [
    "召集人由县长担任。协调小组办公室设在县商务局，承担日常工作。",  # not the paragraph's opening
    "组织机构及其职责协调小组办公室设在县商务局，承担日常工作。",  # a heading's title glued before the office
])
def test_no_opening_body_set_in_a_unit(text):
    assert opening_set_in_body(text) is None


def test_a_paragraph_opening_with_an_office_set_in_a_unit_says_its_seat_was_not_counted():
    document = parse_paragraphs("某县人民政府办公室关于建立联席会议制度的通知\n各乡镇人民政府：\n"
                                "一、协调小组办公室设在县商务局，承担协调小组日常工作。\n二、县财政局负责保障经费。\n")
    assert [(row.task[:7], row.lead) for row in document.rows] == [("协调小组办公室", "协调小组办公室"),
                                                                 ("县财政局负责保", "县财政局")]
    seated = [f for f in document.findings if f.code == "office_seat_not_counted"]
    assert len(seated) == 1 and seated[0].line == 3 and "县商务局" in seated[0].message
