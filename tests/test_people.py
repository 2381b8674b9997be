"""People named by bare names are no units."""

import pytest

from zygraph.people import personal_name


@pytest.mark.parametrize("text", ["马娜", "何海平", "李世广"])
def test_a_bare_name_after_a_common_surname_is_a_person(text):
    assert personal_name(text)


@pytest.mark.parametrize("text", ["林业", "商务", "高新区", "财政所", "马娜娜娜", "市科协", "Ma Na"])
def test_kinds_of_body_unit_names_and_longer_words_are_no_person(text):
    # 林业, 商务: a kind of body a notice may shorten a department to; 高新区: ends as a unit's name does
    assert not personal_name(text)


def test_a_registry_name_is_never_a_person():
    assert not personal_name("马娜", known=lambda name: name == "马娜")
