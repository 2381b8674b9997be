"""The partners after 会同 in a duty's clause that opens with its basis or occasion, or whose work no verb list holds."""

from zygraph.sentences.duties import headed_duty_units
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.sentences.with_partners import WITH_AFTER_BASIS, clause_partners

#: A city weather-disaster plan's member duties (blind81): the land bureau's duty says, with no comma, on what basis it
#: provides forecasts with the meteorological departments (会同气象部门), whose work opens with 提供.
_LAND = ("(5)市国土资源局:提供市域内地质灾害易发区分布图,根据气象条件会同气象部门提供地质灾害发生概率等级预报信息,"
         "协调实施灾害防范和应急处置工作。")


def test_partners_after_a_basis_with_no_comma_support_the_member_whose_duty_it_is():
    text = _LAND.split(")", 1)[1].replace(":", "：").replace(",", "，")
    assert [(i.text, i.role) for i in headed_duty_units(text)] == [("市国土资源局", "responsible"),
                                                                    ("气象部门", "support")]


def test_a_member_list_reads_the_partner_and_says_which_words_gave_its_role():
    doc = parse_paragraphs("2.成员单位职责:\n(4)市民政局:负责气象灾害发生后的救助和救济工作。\n" + _LAND + "\n")
    assert [(row.lead, row.support) for row in doc.rows] == [("市民政局", ""), ("市国土资源局", "气象部门")]
    assert [(f.line, f.message[-4:]) for f in doc.findings if f.code == "with_after_basis"] == [(3, "气象部门")]


def test_the_clause_s_partners_are_the_units_opening_what_follows_its_with():
    assert [(i.text, i.role, i.word) for i in clause_partners("根据气象条件会同气象部门提供地质灾害发生概率等级预报信息")] == [
        ("气象部门", "support", WITH_AFTER_BASIS)]
    # a Jingzhou plan's commerce bureau: a plain 会同, its work opening with 做好
    assert [(i.text, i.word) for i in clause_partners("会同物价部门做好市场监管和平抑物价工作")] == [("物价部门", "会同")]
    # blind79's telecoms office: partners with a bracket naming an office's other name keep it
    clause = "会同市工信局、市委文明办（市创城办）、市城市管理局不定期现场抽查整治质量"
    assert [i.text for i in clause_partners(clause)] == ["市工信局", "市委文明办（市创城办）", "市城市管理局"]


def test_a_clause_with_no_with_or_no_units_after_it_names_no_partners():
    assert clause_partners("根据灾情提出启动自然灾害救助应急预案的建议") == []
    assert clause_partners("会同做好灾区保险理赔服务工作") == []
