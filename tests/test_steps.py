"""Steps of a procedure put on a unit with 由 in running text."""

from zygraph.steps import STEP_WORD, step_units


def test_the_unit_after_you_that_proposes_a_step_answers_for_it_and_the_approvers_are_no_units():
    items = step_units("险情解除后，由应急管理局救援处提出响应终止建议，分管副局长审核后，报局长确定。")
    assert [(i.text, i.role, i.word) for i in items] == [("应急管理局救援处", "responsible", STEP_WORD)]


def test_each_sentence_putting_a_step_on_a_unit_adds_it_once():
    items = step_units("由办公室起草通知。由规划处下达计划；由办公室发布公告。")
    assert [i.text for i in items] == ["办公室", "规划处"]


def test_a_thing_a_unit_made_before_and_units_in_general_take_no_step():
    assert step_units("按照由市政府提出的方案实施。") is None
    assert step_units("由有关部门提出意见。") is None
    assert step_units("由各地提出申请。") is None


def test_you_inside_a_clause_that_does_not_open_the_sentence_puts_no_step():
    assert step_units("各单位要按时报送材料由办公室汇总。") is None
