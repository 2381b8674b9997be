"""Whether a piece of text names a unit by its form: level collectives and people's tribunals."""

import pytest

from zygraph.readers.paragraph import parse_paragraphs
from zygraph.names.unitname import looks_like_unit, organ_of_field


def _unknown(name):
    return False


@pytest.mark.parametrize("name", ["镇级政法单位", "县级医疗机构", "市级预算单位", "縣級醫療機構"])
def test_the_bodies_of_one_level_in_one_field_are_a_collective(name):
    assert looks_like_unit(name, _unknown)


@pytest.mark.parametrize("name", ["市级文明单位", "县级示范单位", "市级重点项目单位", "县级先进单位", "省级试点单位",
                                  "市级優秀單位"])
def test_an_honour_or_a_programme_s_list_after_a_level_names_no_body(name):
    assert not looks_like_unit(name, _unknown)


@pytest.mark.parametrize("name", ["省级机关", "市级机关", "市级单位"])
def test_a_level_s_bodies_in_every_field_are_no_collective_of_their_own(name):
    # no field between the level and the kind: all of that level's bodies, units in general
    assert not looks_like_unit(name, _unknown)


@pytest.mark.parametrize("name", ["城关法庭", "人民法庭", "县人民法庭", "某某镇法庭"])
def test_a_tribunal_after_a_place_or_renmin_is_a_unit(name):
    assert looks_like_unit(name, _unknown)


@pytest.mark.parametrize("name", ["模拟法庭", "走进法庭", "网上法庭"])
def test_a_tribunal_after_a_verb_or_a_kind_of_hearing_is_no_unit(name):
    assert not looks_like_unit(name, _unknown)


def test_an_honoured_body_or_a_mock_court_given_work_leads_no_task():
    doc = parse_paragraphs("关于开展文明创建活动的通知\n一、工作安排\n（一）县文明办要加强统筹协调，做好督查。\n"
                           "（二）市级文明单位要带头开展志愿服务活动。\n（三）县教育局要组织学生走进法庭，开展模拟法庭活动。\n")
    assert [(row.line, row.lead) for row in doc.rows] == [(3, "县文明办"), (5, "县教育局")]
    doc = parse_paragraphs("会议要求，一要凝聚共识。县级示范单位要树立一盘棋思维。二要紧盯重点。镇司法所要逐案剖析。"
                           "三要夯实责任。模拟法庭要健全信息共享。城关法庭要依法审理。\n")
    assert [row.lead for row in doc.rows] == ["镇司法所", "城关法庭"]


@pytest.mark.parametrize("name", ["市属新闻单位", "县属国有企业", "區屬單位"])
def test_the_bodies_a_level_owns_of_one_kind_are_a_collective(name):
    # 市属新闻单位: the news bodies the city owns, as 局属单位 are a bureau's
    assert looks_like_unit(name, _unknown)


@pytest.mark.parametrize("name", ["金属单位", "市属", "附属单位"])
def test_a_word_holding_属_is_no_owning_level(name):
    assert not looks_like_unit(name, _unknown)


@pytest.mark.parametrize("name", ["负责督促所", "負責督促所", "负责协调办"])
def test_a_duty_opening_with_负责_is_no_unit_though_it_ends_as_one(name):
    # 负责督促所监管场所完善设施: a duty with no subject, its first words ending as 所 (派出所) does
    assert not looks_like_unit(name, _unknown)


def test_a_subjectless_duty_under_a_heading_names_no_unit():
    doc = parse_paragraphs("（二）部门工作职责\n1、公安部门：负责疫区封锁工作。\n2、林业部门：负责野生动物疫病监测。\n"
                           "（三）监管责任人工作职责\n负责督促所监管场所完善防疫设施条件，落实消毒措施。\n")
    assert [row.lead for row in doc.rows if row.lead or row.support] == ["公安部门", "林业部门"]


@pytest.mark.parametrize("name, organ", [("公安机关", True), ("各级税务机关", True), ("审计机关", True),
                                         ("行政机关", False), ("国家机关", False), ("省级机关", False)])
def test_an_organ_named_by_its_field(name, organ):
    # 公安机关: the police bodies of every level, as 公安部门; 行政机关 names no field
    assert organ_of_field(name) is organ


def test_a_joint_conference_is_a_standing_body():
    unknown = lambda name: False  # noqa: E731
    assert looks_like_unit("安全生产部际联席会议", unknown)
    assert not looks_like_unit("召开联席会议", unknown)
    assert not looks_like_unit("充分发挥省安全生产联席会议", unknown)


@pytest.mark.parametrize("name, unit", [("驻地解放军", True), ("人民解放军", True), ("全省冠军", False)])
def test_the_army_named_as_解放军_is_a_unit(name, unit):
    # 驻地解放军和武警支队: split at 和 only where both sides are units, the army as one beside the armed police
    assert looks_like_unit(name, _unknown) is unit


@pytest.mark.parametrize("name, unit", [("驻市解放军", True), ("中国人民解放军", True), ("解放军", True),
                                        ("慰问驻地解放军", False), ("学习解放军", False), ("向解放军", False),
                                        ("双拥解放军", False)])
def test_review_r10_解放军_is_a_unit_only_as_the_armys_whole_name(name, unit):
    # a verb or preposition before it makes a task of it, not the army's name
    assert looks_like_unit(name, _unknown) is unit


def test_review_r10_a_duty_to_visit_the_army_names_no_unit_in_a_list():
    doc = parse_paragraphs("三、成员单位职责\n（一）县民政局：负责优抚对象的走访。\n"
                           "（二）县退役军人事务局：负责慰问驻地解放军。\n")
    assert [(row.lead, row.support) for row in doc.rows] == [("县民政局", ""), ("县退役军人事务局", "")]


@pytest.mark.parametrize("name, unit", [("各省（自治区、直辖市）", True), ("各省", True), ("有关省", True),
                                        ("节约用电省", False), ("行政村数量较多的省（自治区、直辖市）", False)])
def test_a_national_notices_provinces_are_a_collective_as_its_provinces_are(name, unit):
    # 各省（自治区、直辖市）要…: the provinces (and their like, in the bracket), as 各省份 and 各县 are collectives
    assert looks_like_unit(name, _unknown) is unit


def test_the_discipline_and_supervision_organs_are_a_field_named_twice():
    # 纪检监察机关负责查处…腐败行为: the organs of the 纪委监委, a unit as 公安机关 is; 行政机关 stays none
    assert organ_of_field("纪检监察机关") and organ_of_field("各级纪检监察机关") and not organ_of_field("行政机关")


@pytest.mark.parametrize("name, unit", [("吴泾市场所", True), ("莘庄镇市场所", True), ("农贸市场所", False),
                                        ("大型超市场所", False), ("城市场所", False), ("经营场所", False)])
def test_a_townships_market_office_said_short_is_a_unit_though_it_ends_as_a_place_does(name, unit):
    # 吴泾市场所负责城镇经营类房屋涉及的营业执照…复查 (闵吴府发〔2021〕5号): 吴泾's 市场监督管理所, not a 场所 (a place)
    assert looks_like_unit(name, _unknown) is unit


@pytest.mark.parametrize("name", ["请统计到街镇", "请各街镇"])
def test_a_request_is_no_unit_though_it_ends_as_one_does(name):
    # 请统计到街镇: a note cell of 沪奉建发〔2026〕2号's indicator table, asking for figures by township
    assert not looks_like_unit(name, _unknown)


def test_a_peoples_congress_by_its_short_name_after_its_level_is_a_unit():
    assert looks_like_unit("县人大", _unknown) and looks_like_unit("市人大", _unknown)
    assert not looks_like_unit("成人大", _unknown)


@pytest.mark.parametrize("name", ["我部", "我厅", "我院"])
def test_a_ministry_or_department_naming_itself_is_a_unit(name):
    # blind120's replies to deputies: 我部会同A… (the ministry writing the letter names itself)
    assert looks_like_unit(name, lambda known: False)


@pytest.mark.parametrize("name", ["全部", "内部", "干部", "我们"])
def test_a_word_ending_in_bu_that_names_no_body_is_no_unit(name):
    assert not looks_like_unit(name, lambda known: False)


def test_a_pattern_or_the_whole_ending_in_ju_is_no_bureau():
    # 2021_mee_three_lines_one_list_zoning_opinion: 原则上优先保护单元的空间格局应保持基本稳定
    never = lambda other: False
    assert not looks_like_unit("重点管控单元的空间格局", never)
    assert not looks_like_unit("产业布局", never) and not looks_like_unit("服务大局", never)
    assert looks_like_unit("县公安局", never)
