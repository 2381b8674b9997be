"""A part's title a copy glued to the subject of its first sentence (zygraph.sentences.part_titles), and a notice read so."""

import pytest

from zygraph.sentences.part_titles import after_part_title, part_title
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.sentences.subject_units import duty_subject_units, subject_units


@pytest.mark.parametrize("text, title", [
    ("工作要求交通运输部要牵头做好联席会议各项工作", "工作要求"),  # 国办函〔2021〕12号, part 四 on one line
    ("成员单位联席会议由交通运输部、公安部等部门组成", "成员单位"),
    ("职责分工县财政局负责保障工作经费", "职责分工"),
    ("工作职责各乡镇要落实属地责任", "工作职责"),
])
def test_a_part_title_before_a_bodys_name_is_read_as_the_title(text, title):
    assert part_title(text) == title
    assert after_part_title(text) == text[len(title):]


@pytest.mark.parametrize("text", [
    "主要职责在党中央、国务院领导下，分析研判铁路沿线安全环境形势",  # the sentence opens with no body
    "工作要求：各单位要加强领导",  # a title set off by its colon is no glued title
    "成员单位要加强沟通",  # the modal verb follows: 成员单位 is the subject
    "保障措施和支持政策",  # the title goes on
    "交通运输部要牵头做好联席会议各项工作",  # no title
])
def test_no_title_where_no_bodys_name_follows_it_at_once(text):
    assert part_title(text) == ""
    assert after_part_title(text) == text


def test_the_subject_after_a_glued_title_is_the_body_not_the_title_and_body():
    assert [(i.text, i.role) for i in subject_units("工作要求交通运输部要牵头做好联席会议各项工作；")] == [
        ("交通运输部", "lead")]
    assert [i.text for i in duty_subject_units("工作职责各乡镇要落实属地责任。")] == ["各乡镇"]


def test_a_requirements_part_glued_to_its_title_gives_each_subject_its_own_task():
    # 国办函〔2021〕12号 part 四, run on with the parts before it on one line, as the copy has it
    doc = parse_paragraphs("建立联席会议制度。一、主要职责研究解决重大问题。二、成员单位联席会议由交通运输部、公安部、"
                           "水利部等3个部门组成，交通运输部为牵头单位。四、工作要求交通运输部要牵头做好联席会议各项工作，"
                           "形成高效运行的工作机制；各成员单位要互通信息、密切配合、相互支持、形成合力，认真落实联席会议"
                           "议定事项。联席会议办公室要加强跟踪督促落实，及时向各成员单位通报情况。")
    assert [(row.task[:8], row.lead, row.support) for row in doc.rows][1:] == [
        ("工作要求交通运输", "交通运输部", ""),
        ("各成员单位要互通", "各成员单位", ""),  # they help each other: the duty is their own, they lead
        ("联席会议办公室要", "联席会议办公室", ""),
    ]
    codes = {finding.code for finding in doc.findings}
    assert {"part_title_glued", "mutual_help", "later_modal_duty"} <= codes


def test_a_requirement_glued_to_its_part_title_names_the_members_not_the_title():
    doc = parse_paragraphs("建立联席会议制度。一、主要职责研究解决重大问题。二、成员单位联席会议由县水利局、县农业局、县财政局"
                           "等3个部门组成，县水利局为牵头单位。联席会议办公室设在县水利局，承担日常工作。三、工作规则联席会议"
                           "每年召开一次会议，由县水利局牵头召集。四、工作要求各成员单位要按照职责分工，积极参加联席会议。")
    assert [(row.task[:8], row.lead) for row in doc.rows][-1] == ("工作要求各成员单", "各成员单位")
    assert {"requirement_subject", "part_title_glued"} <= {finding.code for finding in doc.findings}


def test_a_title_naming_the_body_its_rules_are_of_is_cut_before_the_subject():
    from zygraph.sentences.part_titles import part_title as title
    assert title("联席会议工作要求各成员单位要互通信息") == "联席会议工作要求"
    assert title("领导小组职责县财政局负责保障经费") == "领导小组职责"
    assert title("联席会议要每年召开一次") == ""  # the body alone is no title
