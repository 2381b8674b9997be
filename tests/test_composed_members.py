"""A body's members listed with their lead named after them (zygraph.composed_members), and a notice read through it."""

import pytest

from zygraph.composed_members import composed_members
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
