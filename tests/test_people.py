"""People named by bare names are no units."""

import pytest

from zygraph.people import personal_name, post_holders


@pytest.mark.parametrize("text", ["马娜", "何海平", "李世广"])
def test_a_bare_name_after_a_common_surname_is_a_person(text):
    assert personal_name(text)


@pytest.mark.parametrize("text", ["林业", "商务", "高新区", "财政所", "马娜娜娜", "市科协", "Ma Na"])
def test_kinds_of_body_unit_names_and_longer_words_are_no_person(text):
    # 林业, 商务: a kind of body a notice may shorten a department to; 高新区: ends as a unit's name does
    assert not personal_name(text)


def test_a_registry_name_is_never_a_person():
    assert not personal_name("马娜", known=lambda name: name == "马娜")


def test_a_groups_members_by_post_and_name_are_people_one_a_line_or_run_together():
    assert post_holders("组 长：文斌") == [("组长", ["文斌"])]
    assert post_holders("常务副组长：马传壮成员：侯同波、朱海。") == [("常务副组长", ["马传壮"]), ("成员", ["侯同波", "朱海"])]


@pytest.mark.parametrize("text", ["成员：县财政局、县教育局。", "组长：文斌；负责组织协调。", "负责组长会议的筹备。",
                                  "文斌任组长。", "组长："])
def test_members_that_are_units_or_a_post_in_a_sentence_are_no_post_holders(text):
    # 成员：A局、B局: the members are units; 组长：文斌；负责…: the line goes on with a duty
    assert post_holders(text) is None
