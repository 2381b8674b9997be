"""Bodies a member's duty helps or joins that do the work by a verb of their own: 协助居委…开展, 联合各部门…开展."""

from zygraph.duties import headed_duty_units
from zygraph.inner_partners import HELPED_WORD, JOINED_WORD, inner_partners
from zygraph.readers.paragraph import parse_paragraphs

#: A Shanghai street office's elderly fire-safety plan (blind102): its fire-safety office's duty.
_OFFICE = ("街道消委办。牵头开展独居老人消防安全关爱工作，协助居委针对独居老人开展消防安全风险评估，并建立独居老人消防安全"
           "分级分类管理机制。加大针对性消防宣传教育，联合各部门定期对独居老人用火用电、火灾逃生等家庭防火知识开展宣传告知。"
           "消委办负责加强微型消防站基础建设，协同建管中心（房办）推动增设电动自行车集中充电场所及配套消防设施。")


def test_a_body_helped_with_a_verb_of_its_own_is_responsible_and_one_joined_supports():
    assert [(i.text, i.role, i.word) for i in headed_duty_units(_OFFICE)] == [
        ("街道消委办", "responsible", ""), ("居委", "responsible", HELPED_WORD), ("各部门", "support", JOINED_WORD),
        ("建管中心（房办）", "responsible", HELPED_WORD)]


def test_the_departments_concerned_and_help_with_no_body_named_are_no_units():
    # README: 配合有关部门研究… names what the duty is about; 协同开展… names no body at all
    assert inner_partners("配合有关部门研究起草规范性文件") == []
    assert inner_partners("协同开展社区独居老人消防安全关爱工作") == []
    # the police station's duty: the committee it helps goes on to 排摸 and 建立
    assert [(i.text, i.role) for i in inner_partners("协助居委动态排摸独居老人消防安全隐患并建立信息档案")] == [
        ("居委", "responsible")]


def test_the_reader_says_which_bodies_it_read_inside_the_duty():
    doc = parse_paragraphs("二、职责分工\n1." + _OFFICE + "\n2.服务办。牵头负责收集掌握独居老人信息。\n")
    assert [(row.lead, row.support) for row in doc.rows][0] == ("街道消委办、居委、建管中心（房办）", "各部门")
    assert [(f.line, f.message.split(": ")[-1]) for f in doc.findings if f.code == "inner_partners"] == [
        (2, "居委、各部门、建管中心（房办）")]
