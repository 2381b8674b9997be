"""Units a sentence gives a quantified target as its subject (zygraph.sentences.targets), on small made-up examples."""

import pytest

from zygraph.sentences.targets import target_units


def named(items):
    return None if items is None else [(item.text, item.role) for item in items]


@pytest.mark.parametrize("text, expected", [
    # units, then the target's verb and a figure shared out with 各
    ("2010年，市商务局、市发改委引进外资各2亿美元。", [("市商务局", "responsible"), ("市发改委", "responsible")]),
    # a topic between the units and 要实现: the units end before it
    ("今年，各县区招商引资要实现签约项目20项，引进资金10亿元。", [("各县区", "responsible")]),
    ("县工信局全年要完成技改投资5亿元。", [("县工信局", "responsible")]),
])
def test_units_opening_a_sentence_that_gives_them_a_target_are_responsible_for_it(text, expected):
    assert named(target_units(text)) == expected


@pytest.mark.parametrize("text", [
    "全市要完成造林1万亩。",  # the whole place, not a unit given a share
    "市发改委要加强项目调度，确保进度。",  # a duty with no figure
    "招商考核一类部门20个，当年开工项目20项。",  # categories of units, counted, with no verb of a target
    "2010年，在市直40个部门中抽调100名人员，全力抓好招商。",  # no unit opens the sentence
    "市发改委要完成项目调度。",  # a target's verb but no figure after it
])
def test_a_sentence_giving_no_unit_a_quantified_target_names_none(text):
    assert target_units(text) is None
