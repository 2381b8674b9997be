"""A measure titled as the division of duties, read one task a sentence (zygraph.sentences.division_measure)."""

import pytest

from zygraph.sentences.division_measure import divided_measure
from zygraph.readers.paragraph import parse_paragraphs


def _read(text):
    return [(task, [(item.text, item.role) for item in items]) for task, items in divided_measure(text)]


def test_each_sentence_opening_with_its_units_is_a_task_and_the_general_call_before_none():
    text = ("明确责任和分工。各有关部门按职能分工，做好管理工作。坚决改变重审批、轻监管的现状。市工信局总负责，并负责行业管理。"
            "市商务局、市委宣传部牵头做好宣传，加强释疑。市财政局负责资金保障。")
    assert _read(text) == [
        ("市工信局总负责，并负责行业管理。", [("市工信局", "responsible")]),
        ("市商务局、市委宣传部牵头做好宣传，加强释疑。", [("市商务局", "lead"), ("市委宣传部", "lead")]),
        ("市财政局负责资金保障。", [("市财政局", "responsible")]),
    ]


def test_a_unit_answering_for_the_whole_of_its_area_leads_and_a_sentence_without_units_goes_on_the_one_before():
    text = "落实责任分工。县财政局负责资金保障。加强绩效评价。各乡镇人民政府对本地区的整治负总责，要层层落实责任。"
    assert _read(text) == [("县财政局负责资金保障。加强绩效评价。", [("县财政局", "responsible")]),
                           ("各乡镇人民政府对本地区的整治负总责，要层层落实责任。", [("各乡镇人民政府", "lead")])]


@pytest.mark.parametrize("text", [
    "加强组织领导。市工信局负责行业管理。市商务局牵头做好宣传。",  # the title divides nothing
    "明确责任和分工。市工信局负责行业管理。加强宣传。",  # one unit's share only
    "明确责任和分工。各有关部门要按职能分工负责。各地要加强领导。",  # calls on units in general
    "职责分工",  # a title alone
])
def test_no_division_without_a_dividing_title_and_two_shares(text):
    assert divided_measure(text) is None


def test_the_paragraph_reader_reads_the_measure_one_task_a_sentence_with_a_finding():
    text = ("一、加强组织领导\n（一）建立协调机制。市工信局要会同有关部门统筹研究重大问题。\n"
            "（二）明确责任和分工。各有关部门按职能分工，做好管理。市工信局负责行业管理。市商务局、市委宣传部牵头做好宣传。\n"
            "（三）正确引导舆论。要积极宣传。市各有关部门和各县区政府要统一思想，抓好督促检查。")
    doc = parse_paragraphs(text)
    rows = [(r.task[:8], r.lead, r.support) for r in doc.rows]
    assert ("市工信局负责行业", "市工信局", "") in rows
    assert ("市商务局、市委宣", "市商务局、市委宣传部", "") in rows
    # the closing call on every department and county names no share of its own
    assert not any(task.startswith("正确引导") for task, _, _ in rows)
    assert [f.code for f in doc.findings if f.code == "divided_measure"] == ["divided_measure"]
