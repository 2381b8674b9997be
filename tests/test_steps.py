"""Steps of a procedure put on a unit with 由 in running text."""

from zygraph.sentences.steps import STEP_WORD, step_units


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


def test_the_work_on_a_matter_put_on_a_unit_for_now_is_its_and_a_later_hand_over_is_not_read():
    # 京经信发〔2022〕87号: 对于…数据专区，先期由A进行监管和指导，后续视实际情况交由相关部门进行监管
    text = "对于尚无明确领域或区域归属的数据专区，先期由北京市经济和信息化局进行监管和指导，后续视实际情况交由相关部门进行监管。"
    assert [(i.text, i.role) for i in step_units(text)] == [("北京市经济和信息化局", "responsible")]
    assert [i.text for i in step_units("对于跨区域的项目，暂由市发展改革委进行协调。")] == ["市发展改革委"]


def test_a_matter_given_to_units_in_general_or_handed_over_later_names_no_step():
    assert step_units("对于尚无归属的专区，先期由相关部门进行监管。") is None
    assert step_units("后续视实际情况交由市经济和信息化局进行监管。") is None  # 交由 inside the clause: no opening 由
