"""How units are said to do their part before a role verb (zygraph.verb_manner): the adverb is no part of a name."""

import pytest

from zygraph.grammar import assign_roles, parse_group, role_of
from zygraph.readers.assignment import _divides_work
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.verb_manner import manner_free, without_manner


def roles(text):
    return [(item.text, item.role, item.word) for item in parse_group(text)]


@pytest.mark.parametrize("text, expected", [
    # 总牵头 (leads overall), 统一负责, 全权负责, 统筹负责: the adverb says how far the role reaches
    ("县住建局总牵头，县城管局、县交通局配合", [("县住建局", "lead", "总牵头"), ("县城管局", "support", "配合"),
                                              ("县交通局", "support", "配合")]),
    ("区卫健委统一负责", [("区卫健委", "responsible", "统一负责")]),
    ("市应急局全权负责，市消防救援支队协助", [("市应急局", "responsible", "全权负责"), ("市消防救援支队", "support", "协助")]),
    ("州财政局、州审计局统筹负责", [("州财政局", "responsible", "统筹负责"), ("州审计局", "responsible", "统筹负责")]),
    ("由省商务厅總牽頭", [("省商务厅", "lead", "總牽頭")]),  # Traditional
    # a helping manner is dropped as before, and the role word stays the verb
    ("区教育局牵头，各学校积极配合", [("区教育局", "lead", "牵头"), ("各学校", "support", "配合")]),
])
def test_an_adverb_before_the_role_verb_is_no_part_of_the_unit(text, expected):
    assert roles(text) == expected


def test_a_name_ending_in_the_adverb_keeps_it_where_the_rest_is_no_unit():
    # 市总 is the city's trade-union federation written short: 市 alone is no unit, so 总 stays on the name
    assert [(i.text, i.role) for i in parse_group("市总牵头，团市委配合")] == [("市总", "lead"), ("团市委", "support")]
    assert without_manner("市总") == ("市总", "")


def test_the_role_of_a_word_said_with_its_manner_is_the_verb_s():
    assert [role_of(w) for w in ("总牵头", "统一负责", "全权负责", "总牵头单位")] == ["lead", "responsible", "responsible",
                                                                                   "lead"]
    assert manner_free("總牽頭") == "牽頭"


def test_the_finding_names_the_word_with_its_adverb():
    leads, supports, why = assign_roles(parse_group("县住建局总牵头，县城管局配合"))
    assert (leads, supports) == (["县住建局"], ["县城管局"])
    assert why == "roles from the words 总牵头 (lead) and 配合 (support): lead 县住建局; support 县城管局"


def test_a_lead_said_overall_divides_work_as_a_plain_lead_does():
    assert _divides_work(parse_group("县住建局总牵头，县城管局配合"))


def test_a_division_line_with_a_person_and_an_overall_lead_in_a_notice():
    doc = parse_paragraphs("一、城乡供水工程\n工作要求：加快建设水厂。\n任务分工：张某副市长负责，市水务局总牵头。\n"
                           "1.管网改造：改造老旧管网。市住建局牵头，市财政局等单位配合。")
    assert [(r.lead, r.support) for r in doc.rows] == [("市水务局", ""), ("市住建局", "市财政局")]
    assert any(f.code == "role_rule" and "总牵头" in f.message and "lead 市水务局" in f.message for f in doc.findings)
