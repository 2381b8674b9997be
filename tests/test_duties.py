"""A duty split into one duty a sentence where later sentences open with their own units (zygraph.sentences.duties)."""

import pytest

from zygraph.sentences.duties import sentence_duties, unit_heading
from zygraph.sentences.grammar import Item
from zygraph.readers.paragraph import parse_paragraphs

_MEMBERS = [Item("各成员单位", "responsible", "")]


def _read(duties):
    return [(text[:8], [(i.text, i.role) for i in items]) for text, items in duties]


def test_a_later_sentence_opening_with_its_own_units_and_a_modal_verb_is_a_duty_of_its_own():
    # 国办函〔2021〕12号 part 四, the ；-part after 交通运输部要牵头…
    text = "各成员单位要互通信息、密切配合、相互支持，认真落实联席会议议定事项。联席会议办公室要加强跟踪督促落实，及时通报情况。"
    assert _read(sentence_duties(text, opening=_MEMBERS)) == [
        ("各成员单位要互通", [("各成员单位", "responsible")]),
        ("联席会议办公室要", [("联席会议办公室", "responsible")]),
    ]
    assert sentence_duties(text) is None  # without a list of duties around it, the modal sentence opens none


def test_a_later_modal_sentence_with_a_partner_after_hui_tong_brings_it_along():
    text = "各成员单位要认真落实议定事项。县应急局要加强督促检查，并会同县水利局落实整改。"
    assert _read(sentence_duties(text, opening=_MEMBERS))[1] == (
        "县应急局要加强督", [("县应急局", "responsible"), ("县水利局", "support")])


@pytest.mark.parametrize("text", [
    "各成员单位要认真落实议定事项。县财政局要积极配合，保障工作经费。",  # a unit helping stays with the duty before
    "各成员单位要认真落实议定事项。各有关部门要加强协作。",  # units in general open no duty
    "各成员单位要认真落实议定事项。要加强跟踪督促。",  # no units
])
def test_no_later_duty_where_the_sentence_only_helps_names_units_in_general_or_none(text):
    assert sentence_duties(text, opening=_MEMBERS) is None


def test_a_run_in_title_before_the_first_duty_leads_in_and_is_no_duty_of_its_own():
    # 2006 energy-saving duties: 明确分工,责任到人。市发改委负责… (blind9)
    text = "明确分工，责任到人。市发改委负责提出全市节能规划；"
    assert sentence_duties(text, opening=[Item("市发改委", "responsible", "负责")]) is None


def test_a_numbered_list_of_duties_splits_its_later_modal_sentence():
    doc = parse_paragraphs("四、工作要求\n（一）县应急局要牵头做好各项工作；各成员单位要认真落实议定事项。"
                           "领导小组办公室要加强跟踪督促，及时通报情况。")
    assert [(row.task[:7], row.lead) for row in doc.rows] == [
        ("县应急局要牵头", "县应急局"), ("各成员单位要认", "各成员单位"), ("领导小组办公室", "领导小组办公室")]
    assert "later_modal_duty" in {finding.code for finding in doc.findings}


# A livelihood-projects progress report (blind112): each item's title with its label glued on, no mark between.
@pytest.mark.parametrize("text", ["适龄女生疫苗接种牵头责任部门：县卫健委", "加强宣传责任单位：县委宣传部",
                                  "农村厕所改造。牵头单位：县农业农村局"])
def test_a_title_with_a_role_label_at_its_end_is_no_heading_of_units(text):
    assert unit_heading(text) is None


def test_items_whose_titles_end_in_a_glued_label_are_tasks_of_the_labels_units():
    doc = parse_paragraphs("一、进展情况\n（一）适龄女生疫苗接种牵头责任部门：县卫健委\n截至4月底，已完成接种1800剂次。\n"
                           "（二）新生儿筛查牵头责任部门：县卫健委\n截至4月底，已完成筛查263人。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("适龄女生疫苗接种", "县卫健委"), ("新生儿筛查", "县卫健委")]


def test_a_heading_that_is_only_the_word_for_members_names_no_units():
    # 二、成员单位 over the paragraph listing them (blind116 兰溪): the members are named below it
    assert unit_heading("成员单位") is None
    assert [item.text for item in unit_heading("各成员单位共同职责")] == ["各成员单位"]
