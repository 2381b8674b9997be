"""Tests of zygraph.sentences.helper_clauses: the units a later clause of a duty names as helping it."""

import pytest

from zygraph.sentences.helper_clauses import helper_clause_units
from zygraph.sentences.subject_units import subject_units


def test_a_later_clause_naming_helpers_as_its_subject_gives_them_support():
    text = "市发改委牵头负责全市节能工作，市财政局、市税务局要积极配合，制定相应的政策措施。"
    assert [(i.text, i.role) for i in subject_units(text)] == [
        ("市发改委", "lead"), ("市财政局", "support"), ("市税务局", "support")]


def test_departments_named_by_field_then_a_kind_of_business_after_the_examples_deng():
    text = "发展改革委牵头负责关停工作，国土、财政和税收等部门及电网企业要积极配合，共同推进。"
    assert [(i.text, i.role) for i in subject_units(text)] == [
        ("发展改革委", "lead"), ("国土", "support"), ("财政", "support"), ("税收", "support"),
        ("电网企业", "support")]


def test_clauses_that_are_no_list_of_helpers_name_none():
    assert helper_clause_units("要积极配合") == []
    assert helper_clause_units("群众要积极配合") == []  # no unit
    assert helper_clause_units("市财政局要积极配合市税务局落实") == []  # the body helped is named: read elsewhere
    assert [i.text for i in helper_clause_units("市财政局和市税务局要积极配合")] == ["市财政局", "市税务局"]
    # 和 inside a field's name is split only as the last of a list of fields
    assert [i.text for i in helper_clause_units("工业和信息化、财政等部门要积极配合")] == ["工业和信息化", "财政"]


def test_units_named_before_the_clause_where_they_take_on_the_work_after_a_lead():
    from zygraph.sentences.statements import clause_units
    from zygraph.sentences.helper_clauses import units_before_their_work

    text = "考核工作由市委宣传部牵头，县区委宣传部，开发区党工委负责组织实施所辖考核工作。"
    assert [(i.text, i.role) for i in clause_units(text)] == [
        ("市委宣传部", "lead"), ("县区委宣传部", "responsible"), ("开发区党工委", "responsible")]
    # the run stops at a clause that is no list of units
    assert [i.text for i in clause_units("考核工作由市委宣传部牵头，严格标准，开发区党工委负责组织实施。")] == ["市委宣传部"]
    assert units_before_their_work(["开发区党工委负责人"]) == []  # 负责人: a person, no verb


def test_a_bare_later_clause_of_helpers_after_the_duty_s_words_gives_them_support():
    text = "区应急管理局负责组织开展安全生产大检查，区公安分局、区市场监管局配合。"
    assert [(i.text, i.role) for i in subject_units(text)] == [
        ("区应急管理局", "responsible"), ("区公安分局", "support"), ("区市场监管局", "support")]
    assert [(i.text, i.role) for i in subject_units("区住建局负责燃气整治，各街道协助。")] == [
        ("区住建局", "responsible"), ("各街道", "support")]
    assert [(i.text, i.role) for i in subject_units("区文旅局负责举办读书节，区教育局、团区委参与，确保覆盖全区。")] == [
        ("区文旅局", "responsible"), ("区教育局", "support"), ("团区委", "support")]


def test_helpers_going_on_with_the_work_they_help_with_are_helpers():
    assert [(i.text, i.role) for i in helper_clause_units("各乡镇配合做好排查")] == [("各乡镇", "support")]
    assert [(i.text, i.role) for i in helper_clause_units("市财政局要积极配合做好经费保障")] == [("市财政局", "support")]
    # the localities are a collective of their own, as in a role group (A厅牵头，各地、各部门配合)
    assert [i.text for i in helper_clause_units("各地配合做好排查")] == ["各地"]
    assert [i.text for i in helper_clause_units("各地、各部门协助开展宣传")] == ["各地", "各部门"]


@pytest.mark.parametrize("text", [
    "区住建局负责燃气整治，确保按期完成。",  # the work's own words
    "区住建局负责燃气整治，6月底前完成。",  # a deadline
    "区住建局负责燃气整治，组织各乡镇参与。",  # bodies the subject acts on
    "区住建局负责燃气整治，鼓励社会力量参与。",  # called on, no unit
    "区住建局负责燃气整治，形成部门配合、社会参与的格局。",  # a part of a clause cut at its 、
    "区住建局负责燃气整治，区公安分局配合区消防救援大队落实检查。",  # whom it helps is named: read elsewhere
])
def test_later_clauses_that_name_no_helpers_add_no_units(text):
    assert [i.text for i in subject_units(text)] == ["区住建局"]


def test_the_paragraph_reader_reads_the_helpers_and_says_so(tmp_path):
    import zygraph

    source = tmp_path / "notice.txt"
    source.write_text("某区安全生产重点工作分工\n一、重点任务\n"
                      "1.区应急管理局负责组织开展安全生产大检查，区公安分局、区市场监管局配合。\n"
                      "2.区住建局负责城镇燃气安全专项整治，各街道配合。\n", encoding="utf-8")
    table = zygraph.read_table(str(source))
    rows = [tuple(row) for row in table.assignments[["task_id", "raw_unit", "role"]].itertuples(index=False)]
    assert rows == [("T001", "区应急管理局", "lead"), ("T001", "区公安分局", "support"), ("T001", "区市场监管局", "support"),
                    ("T002", "区住建局", "lead"), ("T002", "各街道", "support")]
    found = table.findings
    assert [(f.line, f.message.split(": ")[-1]) for f in found.itertuples() if f.code == "helper_clause"] == [
        (3, "区公安分局、区市场监管局"), (4, "各街道")]
    rules = [f.message for f in found.itertuples() if f.code == "role_rule"]
    assert rules[0].endswith("lead 区应急管理局; support 区公安分局、区市场监管局")
    assert rules[1].endswith("lead 区住建局; support 各街道")
