"""People named by bare names are no units."""

import pytest

from zygraph.names.people import people_with_posts, personal_name, post_holders


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


def test_people_named_with_their_posts_in_brackets_are_people_with_or_without_a_group_post():
    assert people_with_posts("组长：邵某（区政府办副主任）") == [("组长", "邵某", "区政府办副主任")]
    assert people_with_posts("副组长：卢某强（区民政局副局长）、蒋某（区财政局调研员）") == [
        ("副组长", "卢某强", "区民政局副局长"), ("副组长", "蒋某", "区财政局调研员")]
    assert people_with_posts("韩某 （区水务局副局长）") == [(None, "韩某", "区水务局副局长")]
    assert people_with_posts("组长：邵某（兼）") == [("组长", "邵某", "兼")]


@pytest.mark.parametrize("text", ["区水务局（区河长办）", "细则（试行）", "韩某", "区民政局负责救助。",
                                  "组长：区民政局（区慈善会）"])
def test_units_with_a_note_a_title_a_bare_name_or_a_sentence_are_no_people_with_posts(text):
    assert people_with_posts(text) is None
