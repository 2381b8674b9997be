"""Bodies a heading of duties names, each then the subject of its own sentence under it."""

from zygraph.sentences.heading_bodies import heading_bodies, section_duty_units
from zygraph.readers.paragraph import parse_paragraphs

_SECTION = ("（一）部门工作职责\n1、公安部门：负责疫区封锁工作。\n2、林业部门：负责野生动物疫病监测。\n"
            "（二）疾病预防控制机构和卫生监督机构工作职责\n疾病预防控制机构承担疫情监测和流行病学调查工作。\n"
            "卫生监督机构组织实施本辖区的卫生监督工作。\n")


def test_each_body_a_heading_names_is_the_unit_of_the_sentence_it_opens():
    doc = parse_paragraphs(_SECTION)
    assert [row.lead for row in doc.rows] == ["公安部门", "林业部门", "疾病预防控制机构", "卫生监督机构"]


def test_a_body_named_by_its_kind_is_no_unit_under_a_heading_that_does_not_name_it():
    assert section_duty_units("疾病预防控制机构承担疫情监测工作。", "（二）相关单位工作职责") is None


def test_a_heading_naming_anything_but_bodies_names_none():
    assert heading_bodies("（三）场所动物防疫监管责任人工作职责") == ()
    assert heading_bodies("（二）疫情监测和应急处置职责") == ()
    assert heading_bodies("二、住房和城乡建设局、财政局职责") == ("住房和城乡建设局", "财政局")
