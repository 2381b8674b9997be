"""Tests for work a notice's opening paragraphs give to units before any task (zygraph.readers.opening)."""

import pytest

from zygraph.readers.opening import cover_work, led_by
from zygraph.readers.paragraph import parse_paragraphs

_LETTER = ("省乡村振兴局关于征求意见的函省直有关部门：近日，国家两部门印发《实施意见》。根据省政府要求，"
           "省农业农村厅、省乡村振兴局牵头制定我省具体办法。请各部门逐条对照《实施意见》，于7月26日前送省乡村振兴局。\n"
           "附件省乡村振兴重点帮扶县名单（共2个）甲县、乙县。\n"
           "一、加大支持\n（一）加大财政支持。予以倾斜支持。（市财政局牵头负责）\n")


def test_a_cover_letters_own_lead_before_the_forwarded_notice_is_a_task_of_its_units():
    # the letter's sentence giving work to two bureaus is a task, both leading; its request to everyone, the
    # attachment's list of counties (附件省乡… opening as if with a unit) and what it forwards are none: the letter's
    # lead leaves the lines after it in the notice's opening
    doc = parse_paragraphs(_LETTER)
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("根据省政府要求，省农业农村厅、省乡村振兴局牵头制定我省具体办法。", "省农业农村厅、省乡村振兴局", ""),
        ("加大财政支持。予以倾斜支持。", "市财政局", "")]
    assert [f.line for f in doc.findings if f.code == "cover_work"] == [1]


@pytest.mark.parametrize("text", [
    "近日，省发展改革委牵头制定了《实施方案》。现印发给你们。",  # work done: a report
    "省发展改革委已牵头起草实施方案，请各部门提出意见。",  # work done
    "由省发展改革委牵头制定的《实施方案》已经省政府同意。",  # a document made
    "根据省政府要求，各部门牵头制定具体办法。",  # units in general name no one
    "根据省政府要求，有关部门牵头制定具体办法。",
    "省发展改革委牵头负责，请各部门配合。",  # 牵头负责 with no work of its own after it
    "根据省政府要求，加快推进牵头制定工作。",  # words of a task, no units
])
def test_no_cover_work_where_no_named_units_lead_work_still_to_do(text):
    assert cover_work(text) is None


def test_a_notice_whose_opening_gives_no_work_reads_as_before():
    doc = parse_paragraphs("近日，省发展改革委牵头制定了《实施方案》。现印发给你们。\n1.加大支持。（市财政局负责）\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("加大支持。", "市财政局")]
    assert not [f for f in doc.findings if f.code == "cover_work"]


def test_an_event_given_to_its_host_in_the_opening_is_led_by_it():
    assert led_by("为丰富群众文化生活，举办广场舞比赛。比赛由县文化局主办，县体育局、县妇联共同承办。")
    assert not led_by("各项任务由有关部门牵头和配合，现印发给你们。")  # general words, no host


@pytest.mark.parametrize("opening", [
    # a cover letter reporting who drafted the plan it issues, and its approval: no work still to do
    "县农业农村局牵头制定的实施方案经县政府第5次常务会议审议通过，现印发给你们，请认真贯彻执行。",
    "县农业农村局牵头制定《石城县农村人居环境整治实施方案》，经县政府同意，现印发给你们，请认真贯彻执行。",
])
def test_a_cover_letter_reporting_who_drafted_its_document_gives_no_task(opening):
    doc = parse_paragraphs("石城县人民政府办公室关于印发石城县农村人居环境整治实施方案的通知\n"
                           f"各乡（镇）人民政府，县政府各部门：\n{opening}\n"
                           "一、开展村庄清洁行动。（县农业农村局牵头，各乡镇负责）\n二、推进农村厕所革命。（县卫健委牵头，各乡镇负责）\n")
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("开展村庄清洁行动。", "县农业农村局", "各乡镇"), ("推进农村厕所革命。", "县卫健委", "各乡镇")]
    assert not [f for f in doc.findings if f.code == "cover_work"]
    assert [f.line for f in doc.findings if f.code == "cover_report"] == [3]


def test_a_named_document_still_to_be_made_by_a_deadline_is_cover_work():
    # 牵头制定《细则》 with 于…前: the document is work still to do, not one the letter issues
    text = "市发改委牵头制定《实施细则》，于6月底前报市政府。"
    assert cover_work(text) == text
    assert cover_work("市发改委牵头制定《实施细则》。") is None  # a document named and nothing saying it is to come
