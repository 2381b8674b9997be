"""A requirement in a clause of a report's sentence, its unit after 要求 and the helpers after it
(zygraph.sentences.clause_requirements), read alone and through the paragraph reader."""

import pytest

from zygraph.sentences.clause_requirements import required_with_helpers
from zygraph.readers.paragraph import parse_paragraphs


def test_the_unit_after_the_requirement_does_the_work_and_the_next_clause_helps():
    text = "检查结束后，调研组一行察看了库区，要求县水利局抓紧修复堤坝，沿线各村全力配合，汛前完成。"
    task, items = required_with_helpers(text)
    assert task == "要求县水利局抓紧修复堤坝，沿线各村全力配合，汛前完成。"
    assert [(item.text, item.role) for item in items] == [("县水利局", "responsible"), ("沿线各村", "support")]


@pytest.mark.parametrize("text", [
    "调研组察看了库区，要求县水利局抓紧修复堤坝，汛前完成。",  # no helper: an aside, not a division
    "按照上级要求，县水利局抓紧修复堤坝，沿线各村全力配合。",  # a basis, no requirement
    "调研组察看了库区，要求：县水利局抓紧修复堤坝，沿线各村全力配合。",  # its words after a colon: others read them
    "调研组察看了库区，要求有关部门抓紧修复堤坝，沿线各村全力配合。",  # a unit named elsewhere
])
def test_other_clauses_are_no_such_requirement(text):
    assert required_with_helpers(text) is None


def test_a_news_paragraph_ending_with_such_a_requirement_is_its_task():
    text = ("会议要求，各村要清理沟渠；县农机站要检修农机，做好调配。\n"
            "会后，镇领导还走访了种植大户，要求县农机站做好机耕服务，镇财政所积极配合，保障作业经费。\n")
    document = parse_paragraphs(text)
    rows = [(row.task[:9], row.lead, row.support) for row in document.rows]
    assert ("要求县农机站做好机", "县农机站", "镇财政所") in rows
    assert [f.line for f in document.findings if f.code == "decided_work"] == [2]


@pytest.mark.parametrize("text", [
    "近日，有群众来电反映路灯损坏，要求县住建局做好维修，社区居委会积极配合。",  # the public asking (review r9)
    "据村民反映，要求镇水利站疏通沟渠，各村积极配合。",
])
def test_a_request_of_the_public_divides_no_work(text):
    assert required_with_helpers(text) is None


@pytest.mark.parametrize("text", [
    "会后，县领导深入田间，要求县农业农村局做好技术指导，各乡镇积极配合。",
    "督查组查看现场后，要求县交通局限期整改，沿线乡镇全力配合。",
    "王副县长在调研时指出问题，要求县卫健局加强巡查，县市场监管局积极配合。",
])
def test_a_leader_meeting_or_team_before_the_requirement_speaks_it(text):
    assert required_with_helpers(text) is not None
