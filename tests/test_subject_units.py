"""Units a sentence makes the subject of its duty (zygraph.sentences.subject_units): a body said to be what it is, then its duty."""

import pytest

from zygraph.sentences.subject_units import duty_subject_units, subject_units


@pytest.mark.parametrize("text, unit", [
    ("运营单位作为专区运营主体，负责数据专区的建设运营、数据管理、运行维护及安全保障等工作。", "运营单位"),  # 京经信发〔2022〕87号
    ("建设单位作为项目安全生产责任主体，负责施工现场的安全管理。", "建设单位"),
    ("县城投公司作为项目实施主体，负责项目融资和建设。", "县城投公司"),
])
def test_a_body_said_to_be_the_subject_of_the_work_and_given_its_duty_is_responsible(text, unit):
    assert [(i.text, i.role) for i in subject_units(text)] == [(unit, "responsible")]


@pytest.mark.parametrize("text", [
    "运营单位负责数据专区的建设运营。",  # no sentence says the name is a body's: by its form, none
    "运营作为专区主体，负责建设。",  # no body's name, only the work
    "运营单位作为专区运营主体，须投入必要的资金。",  # no duty's verb after what it is
])
def test_a_name_no_unit_by_its_form_is_none_unless_its_sentence_says_what_body_it_is(text):
    assert subject_units(text) is None


@pytest.mark.parametrize("text, units", [
    ("吴泾市场所负责城镇经营类房屋涉及的营业执照和食品经营许可证复查；", ["吴泾市场所"]),  # 闵吴府发〔2021〕5号
    ("吴泾司法所负责配合有关方面完善城镇房屋建设管理制度，强化法治保障等工作。", ["吴泾司法所"]),
    ("房管所、规建生态办负责牵头组织城镇房屋安全隐患排查整治工作；", ["房管所", "规建生态办"]),
])
def test_the_first_fu_ze_ends_a_duty_lines_units(text, units):
    assert [i.text for i in duty_subject_units(text)] == units


@pytest.mark.parametrize("text", [
    "业主负责城镇小区的巡查。",  # 业主负责城镇 ends as 镇 does, but runs past 负责: no name
    "各职能部门分工若有遗漏，以镇拓展网格划分为准。",  # 闵吴府发〔2021〕5号's closing rule: how gaps are settled
    "各部门职责分工如有调整，以区政府文件为准。",
])
def test_no_units_run_past_fu_ze_nor_open_a_rule_settling_the_divisions_gaps(text):
    assert duty_subject_units(text) is None


def test_units_sharing_the_work_out_do_a_duty():
    # 分工负责: each takes its share, their own duty, not a condition on the division
    assert [i.text for i in duty_subject_units("各职能部门分工负责，密切配合。")] == ["各职能部门"]


def test_a_unit_handling_a_titled_item_is_its_subject():
    # 2017_zhongwei_shapotou_district_proposal_handling_inspection: 1.A承办的“关于…的建议”(第1号), 承办 said as 负责
    assert [(i.text, i.role) for i in subject_units("县农业局承办的“关于修建村道的建议”（第3号）")] == [("县农业局", "responsible")]
    assert [(i.text, i.role) for i in subject_units("县财政局承办“关于增加补贴的提案”（第5号）")] == [("县财政局", "responsible")]
    assert [(i.text, i.role) for i in subject_units("县文化局主办的“读书月”活动")] == [("县文化局", "lead")]
    # 承办 with no titled item after it: the government taking all proposals, or the units an inspector checked
    assert subject_units("县政府承办县政协会议的提案共20件。") is None
    assert subject_units("县督查室对各部门承办的建议办理情况进行了督查，") is None


@pytest.mark.parametrize("text, expected", [
    ("县安监局立即组织省救援队赶赴灾区。", ["县安监局"]),  # not 县安监局立即组织省, which ends as a place does
    ("市民政局迅速调拨救灾物资。", ["市民政局"]),
])
def test_an_adverb_of_time_opens_the_duty_after_its_units(text, expected):
    assert [item.text for item in duty_subject_units(text)] == expected


def test_a_bodys_posts_counted_after_its_name_are_no_duty():
    # 四、人员编制 / 市政府办公室机关行政编制79名 (blind115): staffing, while 编制 as drawing up is a duty
    assert duty_subject_units("县政府办公室机关行政编制12名。其中：主任1名，副主任2名。") is None
    assert duty_subject_units("县档案局事业编制5名。") is None
    assert [item.text for item in duty_subject_units("县发改委编制全县发展规划。")] == ["县发改委"]


def test_a_requirement_after_the_units_of_a_duty_is_no_modal_ending_them():
    # A根据B要求开展…: 要求 is B's requirement, not A's modal 要; the units end before 根据 (blind117's 嘉定)
    assert [(i.text, i.role) for i in duty_subject_units("县属国有企业根据县政府要求开展更新工作。")] == [
        ("县属国有企业", "responsible")]
    assert [i.text for i in duty_subject_units("县交通局要加强道路养护。")] == ["县交通局"]


def test_a_duty_whose_first_work_is_its_own_keeps_its_units_responsible_though_a_later_clause_helps():
    # A在各自职责范围内，制定…，协同开展…: its first clause of work is its own, the help besides (blind117's 嘉定)
    assert [(i.text, i.role) for i in duty_subject_units("县财政局在各自职责范围内，制定扶持政策，协同开展更新工作。")] == [
        ("县财政局", "responsible")]
    assert [(i.text, i.role) for i in duty_subject_units("县属国有企业根据县政府要求开展更新工作，参与主体遴选。")] == [
        ("县属国有企业", "responsible")]
    # a clause only of how or with what they act comes before the work: its help makes them support
    assert [(i.text, i.role) for i in duty_subject_units("县城运中心结合全县风险普查，协同做好排查工作。")] == [
        ("县城运中心", "support")]
    assert [(i.text, i.role) for i in duty_subject_units("其他有关部门在指挥部的统一领导下，做好相关配合工作。")] == [
        ("其他有关部门", "support")]


def test_a_later_clause_helping_a_named_body_still_makes_the_duty_a_supporting_one():
    # A要加强…，配合B治理…: B leads that work, A helps (tests/test_grammar.py keeps the same reading)
    assert [(i.text, i.role) for i in duty_subject_units("县环保局要加强水源保护，配合县农委治理秸秆焚烧。")] == [
        ("县环保局", "support")]
