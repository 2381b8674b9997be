"""Measures dividing their work in running text: the units each clause gives work to, in its role."""

import pytest

from zygraph.sentences.measures import measure_units


def roles(text):
    items = measure_units(text)
    return items if items is None else [(i.text, i.role) for i in items]


def test_each_clause_opening_with_units_and_a_modal_or_a_verb_of_work_names_units_of_the_measure():
    text = ("区医保局要切实发挥牵头部门作用，逐级分解任务。扶贫、民政部门负责核实贫困人口，定期更新信息；"
            "卫计局落实分级诊疗制度；相关部门加强沟通协调，及时掌握工作动态。")
    assert roles(text) == [("区医保局", "responsible"), ("扶贫", "responsible"), ("民政部门", "responsible"),
                           ("卫计局", "responsible")]


def test_a_later_clause_naming_units_that_help_gives_them_support_and_a_body_named_by_its_kind_counts_beside_units():
    text = ("各定点医疗机构应在显著位置设立宣传栏；医保经办机构要在官网开设专栏。区医保局要协调新闻媒体做好政策解读，"
            "卫计、扶贫、民政部门结合业务职能，配合做好政策宣传。")
    assert roles(text) == [("各定点医疗机构", "responsible"), ("医保经办机构", "responsible"),
                           ("区医保局", "responsible"), ("卫计", "support"), ("扶贫", "support"), ("民政部门", "support")]


@pytest.mark.parametrize("text", [
    "各部门要充分认识任务的重要性。区财政局要保障经费。",  # one unit of its own: a requirement, no division
    "鼓励地方政府统筹运用相关政策。试点城市政府要加大资金统筹力度。加大科技投入，加快研发。",  # calls and verbs
    "深入贯彻部署要求，健全工作机制，明确职责分工。",
])
def test_a_measure_naming_fewer_than_two_clauses_of_units_divides_nothing(text):
    assert measure_units(text) is None


def test_a_later_clause_opening_with_its_units_and_yao_names_units_of_the_measure():
    # 县审计局要… in the second clause is read as the first clause's 县财政局要… is
    assert roles("县财政局要保障经费，县审计局要加强审计，各部门要配合。县教育局负责宣传。") == [
        ("县财政局", "responsible"), ("县审计局", "responsible"), ("县教育局", "responsible")]
    assert roles("加强组织领导。区医保局要发挥牵头作用，区财金局要保障经费，区审计局要加强审计。扶贫部门负责核实。") == [
        ("区医保局", "responsible"), ("区财金局", "responsible"), ("区审计局", "responsible"), ("扶贫部门", "responsible")]
