"""A sentence giving one work its parts by body (zygraph.sentences.organised_parts): 由A统一组织，B具体实施，C参与."""

from zygraph.readers.piece_readings import piece_subjects
from zygraph.sentences.organised_parts import organised_parts


def _body(name):
    return name.endswith(("司", "中心", "站"))


def test_organiser_and_doer_lead_those_taking_part_support():
    text = "普查工作由统计司统一组织，省调查中心（以下简称中心）具体实施，各市调查站、县调查站参与。"
    assert [(i.text, i.role) for i in organised_parts(text, _body)] == [
        ("统计司", "responsible"), ("省调查中心", "responsible"), ("各市调查站", "support"), ("县调查站", "support")]


def test_no_parts_where_a_name_is_no_body_or_the_doer_is_missing():
    assert organised_parts("普查工作由统计司统一组织，各地具体实施。", _body) == []
    assert organised_parts("普查工作由统计司统一组织。", _body) == []


def test_the_subject_sentence_reader_reads_the_parts():
    found = piece_subjects("比对工作由生态环境监测司统一组织，省环境监测中心具体实施，各市监测站参与。")
    assert [(i.text, i.role) for i in found] == [
        ("生态环境监测司", "responsible"), ("省环境监测中心", "responsible"), ("各市监测站", "support")]
