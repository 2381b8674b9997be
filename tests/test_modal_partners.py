"""The units after a duty's modal verb and 会同 support it (zygraph.modal_partners, through zygraph.duties)."""

from zygraph.duties import modal_duties, modal_subject_units
from zygraph.readers.paragraph import parse_paragraphs


def _roles(items):
    return [(item.text, item.role) for item in items]


def test_partners_after_yao_huitong_support_with_an_adverb_or_a_comma_before_the_work():
    assert _roles(modal_subject_units("市工信局要会同有关部门立即开展专项整治。")) == [
        ("市工信局", "responsible"), ("有关部门", "support")]
    assert _roles(modal_subject_units("市海关要会同市商务局等有关部门尽快制定方案。")) == [
        ("市海关", "responsible"), ("市商务局", "support")]
    assert _roles(modal_subject_units("市国土局要会同有关部门，按照整体部署，推进整合。")) == [
        ("市国土局", "responsible"), ("有关部门", "support")]


def test_no_partners_without_units_after_huitong():
    assert _roles(modal_subject_units("市工信局要会同研究制定方案。")) == [("市工信局", "responsible")]
    assert _roles(modal_subject_units("市工信局要加强与有关部门的协作。")) == [("市工信局", "responsible")]


def test_a_list_of_modal_duties_keeps_each_duty_s_partners():
    texts = ["打击非法开采。市国土局要会同有关部门立即开展整治。", "打击走私。市海关要会同市商务局等有关部门开展整治。"]
    assert [_roles(items) for items in modal_duties(texts)] == [
        [("市国土局", "responsible"), ("有关部门", "support")], [("市海关", "responsible"), ("市商务局", "support")]]


def test_the_paragraph_reader_leads_with_the_subject_and_the_partners_support():
    text = ("一、专项整治\n（一）打击非法开采。市国土局要会同有关部门立即开展整治。\n"
            "（二）打击走私。市海关要会同市商务局等有关部门立即开展整治。")
    assert [(r.lead, r.support) for r in parse_paragraphs(text).rows] == [("市国土局", "有关部门"), ("市海关", "市商务局")]
