"""A body's members listed with their lead named after them (zygraph.sentences.composed_members), and a notice read through it."""

import pytest

from zygraph.sentences.composed_members import composed_members, group_members, members_and_duties
from zygraph.readers.paragraph import parse_paragraphs


@pytest.mark.parametrize("text, expected", [
    ("工作专班由市商务局、市公安局、市税务局等3个单位组成，市商务局为牵头单位。",
     [("市商务局", "lead"), ("市公安局", "support"), ("市税务局", "support")]),
    ("领导小组由县住建局、县自然资源局、县生态环境局组成，县自然资源局为牵头部门。",  # the lead is not the first listed
     [("县住建局", "support"), ("县自然资源局", "lead"), ("县生态环境局", "support")]),
    ("协调机制由省卫生健康委、省医保局、省药监局组成。由省医保局牵头，定期召开会议。",  # the lead in the next sentence
     [("省卫生健康委", "support"), ("省医保局", "lead"), ("省药监局", "support")]),
    ("成员单位包括区教育局、区体育局、团区委，区教育局为牵头单位。",
     [("区教育局", "lead"), ("区体育局", "support"), ("团区委", "support")]),
])
def test_the_member_named_lead_leads_and_the_other_members_support(text, expected):
    assert [(item.text, item.role) for item in composed_members(text)] == expected


@pytest.mark.parametrize("text", [
    "领导小组由县水利局、县农业局组成。",  # no lead named: members only
    "工作专班由市商务局、市公安局组成，市财政局为牵头单位。",  # the lead named is no member
    "专家组由高校、科研院所的专家组成，市科技局为牵头单位。",  # the members are no units
    "建立由各方参与的工作机制，市发改委为牵头单位。",  # no members listed
])
def test_no_members_read_without_a_listed_member_named_lead(text):
    assert composed_members(text) is None


def test_a_members_paragraph_under_its_heading_is_a_task_of_the_members():
    doc = parse_paragraphs("一、主要职责\n统筹推进全市物流发展；研究解决重大问题。\n二、成员单位\n"
                           "联席会议由市交通局、市商务局、市邮政管理局3个部门组成，市交通局为牵头单位。")
    row = doc.rows[-1]
    assert (row.task[:6], row.lead, row.support) == ("联席会议由市", "市交通局", "市商务局、市邮政管理局")
    assert "members_with_lead" in {finding.code for finding in doc.findings}


# The rules of a joint conference (国办函〔2021〕12号) and of a provincial leading group: the members and their lead,
# then in the same paragraph the office set in a member body and given the daily work, and people (召集人, 主任).
_RULES = ("联席会议由交通运输部、中央政法委、公安部、国家铁路局等4个部门和单位组成，交通运输部为牵头单位。"
          "联席会议由交通运输部主要负责同志担任召集人。联席会议可根据工作需要增加成员单位。"
          "联席会议办公室设在国家铁路局，承担联席会议日常工作。办公室主任由国家铁路局主要负责同志兼任。")


def test_a_later_sentence_giving_an_office_its_work_is_a_task_of_the_office_not_of_its_seat():
    tasks = members_and_duties(_RULES)
    assert [(text[:9], [(i.text, i.role) for i in items]) for text, items in tasks] == [
        ("联席会议由交通运输", [("交通运输部", "lead"), ("中央政法委", "support"), ("公安部", "support"),
                            ("国家铁路局", "support")]),
        ("联席会议办公室设在", [("联席会议办公室", "responsible")]),
    ]
    # the sentences naming people and powers run on in the task before them
    assert tasks[0][0].endswith("增加成员单位。") and tasks[1][0].endswith("兼任。")


def test_a_later_sentence_opening_with_a_role_verb_is_a_task_of_its_body():
    text = ("领导小组由省应急厅、省水利厅、省气象局组成，省应急厅为牵头单位。领导小组组长由副省长担任。"
            "省气象局负责及时发布灾害性天气预警。")
    tasks = members_and_duties(text)
    assert [[(i.text, i.role) for i in items] for _, items in tasks][1] == [("省气象局", "responsible")]


@pytest.mark.parametrize("text", [
    "联席会议由交通运输部、公安部组成，交通运输部为牵头单位。联席会议设联络员，由各成员单位有关司局同志担任。",  # people
    "领导小组由县水利局、县农业局组成。领导小组办公室设在县水利局，负责日常工作。",  # no lead named: no members read
    "联席会议办公室设在国家铁路局，承担联席会议日常工作。",  # no members listed
])
def test_no_members_and_duties_without_both_a_composition_naming_its_lead_and_a_later_duty(text):
    assert members_and_duties(text) is None


def test_a_joint_conference_part_glued_to_its_title_on_one_line_is_read_members_then_office():
    doc = parse_paragraphs("为加强统筹，建立联席会议制度。一、主要职责研究解决重大问题。二、成员单位" + _RULES
                           + "三、议事规则联席会议实行全体会议制度。")
    assert [(row.task[:10], row.lead, row.support) for row in doc.rows] == [
        ("成员单位联席会议由交", "交通运输部", "中央政法委、公安部、国家铁路局"),
        ("联席会议办公室设在国", "联席会议办公室", ""),
    ]
    assert "members_then_duties" in {finding.code for finding in doc.findings}


# An emergency plan's working groups (blind111, a provincial earthquake plan): the group's duty, then its members with
# no lead named; the members answer for the duty together.
@pytest.mark.parametrize("text, expected", [
    ("安置组负责安置受灾群众。由县民政局、县住建局及有关单位组成。", ["县民政局", "县住建局", "有关单位"]),
    ("医疗组：负责伤员救治，由市卫健委、市红十字会组成。", ["市卫健委", "市红十字会"]),
])
def test_a_working_groups_members_after_its_duty_are_all_responsible(text, expected):
    items = group_members(text)
    assert [item.text for item in items] == expected and {item.role for item in items} == {"responsible"}


@pytest.mark.parametrize("text", [
    "领导小组由县水利局、县农业局组成。",  # no duty given: a composition only
    "县水利局负责防汛抢险。由县长任组长。",  # a unit's own duty, no members
    "救援组由县地震局、县公安局组成，负责搜救。",  # the composition first: not a duty given, then its members
    "救援组负责搜救。由县地震局、县公安局组成，县地震局为牵头单位。",  # a lead named: composed_members reads it
])
def test_no_group_members_without_a_duty_before_members_with_no_lead(text):
    assert group_members(text) is None


def test_a_working_groups_title_line_opens_its_duty_and_its_members_do_it():
    doc = parse_paragraphs("县民政局负责做好灾民救助工作。\n4.3.5 安置组\n负责疏散、安置受灾群众。由县民政局、县住建局及有关"
                           "单位组成。\n灾害发生后，县民政局、县住建局立即组织开展过渡性安置。\n")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [
        ("县民政局负责", "县民政局"),
        ("安置组负责疏", "县民政局、县住建局、有关单位"),
        ("灾害发生后，", "县民政局、县住建局"),
    ]
    assert {"group_title", "group_members"} <= {finding.code for finding in doc.findings}


def test_members_parted_by_a_comma_and_counted_as_departments_and_units_are_one_list():
    # 兰溪 joint meeting (blind116): 由A、B，C、D等部门和单位组成，E为牵头单位
    text = "联席会议由县委办、县府办，县委组织部、县财政局等部门和单位组成，县财政局为牵头单位。"
    assert [(item.text, item.role) for item in composed_members(text)] == [
        ("县委办", "support"), ("县府办", "support"), ("县委组织部", "support"), ("县财政局", "lead")]


def test_a_lead_written_otherwise_than_in_the_list_is_the_member_it_names():
    # the list's 财政（地税）局 is the clause's 县财政局: one body, written as the lead's clause writes it
    text = "联席会议由县委办、教育局、财政（地税）局等部门组成，县财政局为牵头单位。"
    assert [(item.text, item.role) for item in composed_members(text)] == [
        ("县委办", "support"), ("教育局", "support"), ("县财政局", "lead")]


def test_a_section_titled_members_then_the_office_set_in_a_unit_each_read_as_their_own():
    doc = parse_paragraphs("一、主要职责\n（一）研究拟订政策措施。\n二、成员单位\n"
                           "联席会议由县委办、县民政局、县财政局等部门和单位组成，县财政局为牵头单位。召集人由副县长担任。\n"
                           "联席会议办公室设在县财政局，承担日常工作。办公室主任由县财政局局长兼任。\n")
    assert [(row.task[:7], row.lead, row.support) for row in doc.rows] == [
        ("联席会议由县委", "县财政局", "县委办、县民政局"),
        ("联席会议办公室", "联席会议办公室", ""),
    ]


def test_a_market_regulator_listed_without_its_level_is_not_cut_at_its_market():
    # 市 of 市场监管局 is no level: the list's 市场监管局 is the clause's 县市场监管局, not a 场监管局
    text = "联席会议由县卫健局、市场监管局、县公安局组成，县市场监管局为牵头单位。"
    assert [(item.text, item.role) for item in composed_members(text)] == [
        ("县卫健局", "support"), ("县市场监管局", "lead"), ("县公安局", "support")]


def test_a_member_renamed_to_the_leads_spelling_is_a_finding_naming_both_spellings():
    doc = parse_paragraphs("一、成员单位\n联席会议由县委办、教育局、财政（地税）局等部门组成，县财政局为牵头单位。\n")
    joined = [finding for finding in doc.findings if finding.code == "member_spellings_joined"]
    assert len(joined) == 1 and joined[0].line == 2
    assert "财政（地税）局" in joined[0].message and "县财政局" in joined[0].message


def test_members_counted_with_enterprises_and_a_lead_named_for_the_conference_are_read():
    # 共4个部门（单位）和企业组成 counts the list; 甲局为联席会议牵头单位 names the conference's lead with no 的
    text = ("联席会议由县公安局、县发展改革局和县燃气公司、县供水公司共4个部门（单位）和企业组成。"
            "县公安局为联席会议牵头单位，县公安局副局长担任召集人。")
    assert [(item.text, item.role) for item in composed_members(text)] == [
        ("县公安局", "lead"), ("县发展改革局", "support"), ("县燃气公司", "support"), ("县供水公司", "support")]


def test_a_unit_named_the_lead_of_a_body_is_designated_and_never_read_with_the_body_in_its_name():
    from zygraph.sentences.subject_units import designated_units
    assert [(i.text, i.role) for i in designated_units("县公安局为联席会议牵头单位，负责日常工作。")] == [("县公安局", "lead")]
    assert [(i.text, i.role) for i in designated_units("县财政局为领导小组牵头单位。")] == [("县财政局", "lead")]
    assert designated_units("县财政局为领导小组成员。") is None


def test_members_listed_as_people_give_no_task_and_the_office_set_in_a_unit_starts_one():
    from zygraph.sentences.composed_members import people_then_duties
    text = ("召集人：王五　市应急局局长成员：赵六　市公安局副局长成员因工作变动需要调整的，由所在单位提出。"
            "领导小组办公室设在市应急局，承担日常工作。联络员由各单位处长担任。")
    tasks = people_then_duties(text)
    assert [(task[:8], [(i.text, i.role) for i in items]) for task, items in tasks] == [
        ("领导小组办公室设", [("领导小组办公室", "responsible")])]
    assert tasks[0][0].endswith("联络员由各单位处长担任。")  # the people after it run on
    assert people_then_duties("召集人：王五　市应急局局长。会议每季度召开一次。") is None  # no body given work
