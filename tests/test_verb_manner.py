"""How units are said to do their part before a role verb (zygraph.names.verb_manner): the adverb is no part of a name."""

import pytest

from zygraph.sentences.grammar import assign_roles, parse_group
from zygraph.sentences.role_words import role_of
from zygraph.readers.duty_lists import leads_and_supports
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.names.verb_manner import helps_each_other, manner_free, without_manner


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
    assert leads_and_supports(parse_group("县住建局总牵头，县城管局配合"))


def test_a_division_line_with_a_person_and_an_overall_lead_in_a_notice():
    doc = parse_paragraphs("一、城乡供水工程\n工作要求：加快建设水厂。\n任务分工：张某副市长负责，市水务局总牵头。\n"
                           "1.管网改造：改造老旧管网。市住建局牵头，市财政局等单位配合。")
    assert [(r.lead, r.support) for r in doc.rows] == [("市水务局", ""), ("市住建局", "市财政局")]
    assert any(f.code == "role_rule" and "总牵头" in f.message and "lead 市水务局" in f.message for f in doc.findings)


def _helps_each_other(text, word="配合"):
    return helps_each_other(text, text.index(word), text.index(word) + len(word))


@pytest.mark.parametrize("text", [
    "各成员单位要互通信息、密切配合、相互支持、形成合力，认真落实联席会议议定事项。",  # 国办函〔2021〕12号
    "各部门要相互配合、通力协作，确保各项任务落实到位。",
    "各乡镇、各部门要加强沟通、互相配合，共同做好防汛工作。",
])
def test_help_listed_beside_mutual_words_is_help_the_members_give_each_other(text):
    assert _helps_each_other(text)


@pytest.mark.parametrize("text", [
    "县财政局要积极配合，保障工作经费。",  # help alone: to the lead's work
    "其他有关部门要密切配合县公安局、相互支持，做好相关工作。",  # help given to a body named after it
    "各乡镇要配合县水利局做好河道清障，加强相互协作。",  # the mutual word is in another run of words
])
def test_help_to_someone_or_without_a_mutual_word_in_its_run_is_no_help_to_each_other(text):
    assert not _helps_each_other(text)


def test_members_helping_each_other_lead_their_own_duty_and_those_helping_a_lead_still_support():
    from zygraph.sentences.subject_units import duty_subject_units
    mutual = duty_subject_units("各成员单位要互通信息、密切配合、相互支持、形成合力，认真落实联席会议议定事项。")
    helping = duty_subject_units("其他有关部门在指挥部的统一领导下，做好相关配合工作。")
    assert [(i.text, i.role) for i in mutual + helping] == [("各成员单位", "responsible"), ("其他有关部门", "support")]


def test_close_help_or_cooperation_strengthened_as_a_clause_of_its_own_is_mutual():
    assert _helps_each_other("县生态环境局、县水利局要密切配合，确保各项任务落到实处。")
    assert _helps_each_other("各有关部门要按照职责分工，加强协调配合，抓紧完善相关政策。")
    assert not _helps_each_other("县公安局要密切配合县卫健局，做好排查。")
