"""Tests for the units a body's work is carried on with after 由 (zygraph.sentences.worked_with)."""

from zygraph.readers.paragraph import parse_paragraphs
from zygraph.sentences.worked_with import worked_with


def test_units_carrying_a_bodys_work_on_with_it_after_by_support():
    # （一）A / A由B、C两家副主任单位协同开展工作，负责…: A responsible (lead), B and C support; the count and post
    # (两家副主任单位) are no part of their names (blind117's 嘉定)
    doc = parse_paragraphs("（一）县协调办\n县协调办由县财政局、县统计局两家副主任单位协同开展工作，负责全县数据的统筹汇总。\n"
                           "（二）县教育局\n负责学校数据的采集。\n")
    assert [(row.lead, row.support) for row in doc.rows] == [("县协调办", "县财政局、县统计局"), ("县教育局", "")]


def test_a_unit_after_by_that_leads_or_answers_is_no_helper():
    assert worked_with("由县财政局牵头开展工作") == []
    assert worked_with("由县财政局负责资金保障") == []
    assert [i.text for i in worked_with("由县财政局、县统计局共同协同推进")] == ["县财政局", "县统计局"]


def test_units_carrying_a_bodys_work_on_leave_a_finding_on_their_line():
    doc = parse_paragraphs("（一）县协调办\n县协调办由县财政局、县统计局两家副主任单位协同开展工作，负责全县数据的统筹汇总。\n"
                           "（二）县教育局\n负责学校数据的采集。\n")
    assert [f.line for f in doc.findings if f.code == "worked_with"] == [2]
