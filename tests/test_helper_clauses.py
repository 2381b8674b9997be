"""Tests of zygraph.sentences.helper_clauses: the units a later clause of a duty names as helping it."""

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
    assert helper_clause_units("市财政局要积极配合做好经费保障") == []  # the clause goes on: not only helping
    assert helper_clause_units("群众要积极配合") == []  # no unit
    assert helper_clause_units("市水利局配合") == []  # bare, after the duty's words: left as before (test_grammar)
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
