"""Names standing for units named elsewhere are one vocabulary for every reader (zygraph.sentences.everyone)."""

import pytest

from zygraph.sentences.duties import duties_of_heading
from zygraph.sentences.everyone import in_general, opens_in_general, refers_elsewhere
from zygraph.sentences.report_duties import clause_duties


@pytest.mark.parametrize("name", ["各部门", "有關部門", "上述单位", "该局", "我局", "全市各部门", "其他有关单位", "本级政府"])
def test_names_pointing_elsewhere_in_either_script(name):
    assert refers_elsewhere(name)


@pytest.mark.parametrize("name", ["全国妇联", "全国老龄办", "县教育局", "市发展改革委", "国家统计局"])
def test_a_body_named_for_the_whole_country_points_nowhere_else(name):
    # 全 opens 全市各部门 in general, but 全国妇联 is a national body's own short name
    assert not refers_elsewhere(name)


@pytest.mark.parametrize("name, general", [
    ("各部门", True), ("县直有关部门", True), ("市政府有关部门", True), ("各级党委政府", True), ("各成员单位", True),
    ("各有關單位", True), ("各地", True), ("全县各级各部门", True),
    # a collective of one level's bodies names who acts
    ("各乡镇", False), ("各县区人民政府", False), ("各相关企业", False), ("各地市", False),
    # 各职能部门 is kept as one collective beside others (各乡镇(街道)、各职能部门要设联络员)
    ("各职能部门", False), ("县人民政府", False),
])
def test_units_in_general_against_collectives_of_a_level(name, general):
    assert in_general(name) is general


def test_a_duty_heading_of_a_national_body_named_with_quan_is_its_own():
    # the heading owns the duties below it; before one vocabulary, 全 made every 全国… body "units in general"
    assert duties_of_heading("全国妇联主要职责") == "全国妇联"
    assert duties_of_heading("有關部門職責") is None and duties_of_heading("各成员单位职责") is None


def test_calls_on_everyone_open_with_any_kind_of_general_name():
    assert opens_in_general("各级党委政府要高度重视") and opens_in_general("有关部门要加强配合")
    assert not opens_in_general("各乡镇要设联络员") and not opens_in_general("县财政局要")


def test_a_report_drops_a_clause_whose_subject_is_units_in_general():
    # 各相关部门、单位 stand for units named elsewhere; 县农业局 is one of its own
    found = clause_duties("县农业局负责完善规划，县财政局负责经费落实，各相关部门、单位负责配合做好宣传。")
    assert found is not None
    assert [[item.text for item in items] for _, items in found] == [["县农业局"], ["县财政局"]]


@pytest.mark.parametrize("name", ["本溪市财政局", "本溪满族自治县财政局", "全椒县人民政府", "全州县财政局", "全南县水利局"])
def test_a_place_named_with_ben_or_quan_is_no_word_pointing_elsewhere(name):
    # 本 and 全 point elsewhere only before a level, a kind or a word of all (本单位, 全市各部门)
    assert not refers_elsewhere(name)


def test_a_unit_of_a_place_named_with_quan_is_helped_and_heads_its_duties():
    from zygraph.sentences.subject_units import helped_units

    assert [item.text for item in helped_units("同时，协助全椒县财政局完成核算。")] == ["全椒县财政局"]
    assert duties_of_heading("本溪市财政局主要职责") == "本溪市财政局"


@pytest.mark.parametrize("name, holders", [
    ("各责任单位", True), ("牵头单位", True), ("有关主管部门", True), ("县直责任单位", True), ("各配合部门", True),
    # a field before the label names the units holding the role in it: a collective, units of their own
    ("保洁责任单位", False), ("各行业领域业务主管部门", False), ("县教育局", False),
])
def test_a_name_holding_only_a_role_label_names_whoever_holds_it(name, holders):
    from zygraph.sentences.everyone import role_holders

    assert role_holders(name) is holders


def test_a_role_held_in_a_field_is_one_unit_in_every_reading_of_a_subject():
    # the same name, asked with 请, a subject of 要, or put in touch with a helper: a unit each time
    from zygraph.sentences.modal_duties import modal_subject_units
    from zygraph.sentences.asked_units import asked_units, contacting_units

    assert [(i.text, i.role) for i in asked_units("请保洁责任单位于月底前清理。")] == [("保洁责任单位", "responsible")]
    assert [i.text for i in modal_subject_units("保洁责任单位要与县环卫大队联系。", opening=True)] == ["保洁责任单位"]
    assert [i.text for i in contacting_units("保洁责任单位可与县环卫大队联系")] == ["保洁责任单位"]
    # whoever holds a role, named alone, is none in any of them
    assert asked_units("请各责任单位于月底前清理。") is None
    assert modal_subject_units("各责任单位要与县环卫大队联系。", opening=True) is None
    assert contacting_units("各责任单位可与县环卫大队联系") is None


@pytest.mark.parametrize("clause", ["施工单位可与县环卫大队联系", "各单位可与县环卫大队联系", "要与县环卫大队联系",
                                    "请示县政府后与县环卫大队联系"])
def test_units_put_in_touch_with_a_helper_are_read_as_any_subject_is(clause):
    # 施工单位 is no unit by its form (looks_like_unit), 各单位 is everyone: neither is put in touch
    from zygraph.sentences.asked_units import contacting_units

    assert contacting_units(clause) is None


def test_a_collectives_common_duties_are_its_own():
    # 各成员单位共同职责: the duties every member shares (各成员单位职责 lists each member's, naming their own units)
    assert duties_of_heading("各成员单位共同职责") == "各成员单位"
    assert duties_of_heading("有关部门的共同职责") == "有关部门"
    assert duties_of_heading("各成员单位职责") is None
