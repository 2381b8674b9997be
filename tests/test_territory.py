"""Localities answering for their own ground by the territorial principle."""

from zygraph.sentences.territory import TERRITORY_WORD, territorial_units


def test_the_localities_given_a_duty_by_the_territorial_principle_are_one_unit_responsible():
    items = territorial_units("各地要按照属地管理原则负责辖区内的巡查工作。")
    assert [(i.text, i.role, i.word) for i in items] == [("各地", "responsible", TERRITORY_WORD)]


def test_a_collective_of_one_level_with_the_principle_in_quotes_is_one_unit():
    items = territorial_units("各镇（街道）应依照“属地管理”的原则，负责本辖区的清理。")
    assert [i.text for i in items] == ["各镇（街道）"]


def test_a_call_on_the_localities_without_the_principle_names_no_unit():
    assert territorial_units("各地要高度重视，负责做好宣传。") is None
    assert territorial_units("按照属地管理原则，由紫城镇各居委会负责清理。") is None
