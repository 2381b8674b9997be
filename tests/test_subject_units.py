"""Units a sentence makes the subject of its duty (zygraph.subject_units): a body said to be what it is, then its duty."""

import pytest

from zygraph.subject_units import subject_units


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
