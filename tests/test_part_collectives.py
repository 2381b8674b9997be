"""A collective named as itself or a part of it is the whole collective (zygraph.names.part_collectives)."""

import pytest

from zygraph.names.part_collectives import whole_collective, wholes_read
from zygraph.readers.paragraph import parse_paragraphs


@pytest.mark.parametrize("written, whole", [
    ("三县或部分县人民政府", "三县人民政府"),
    ("各盟市或部分盟市行政公署", "各盟市行政公署"),
    ("各乡镇或个别乡镇", "各乡镇"),
    ("沿河各区或其中部分区政府", "沿河各区政府"),
])
def test_the_whole_or_a_part_of_it_names_the_whole(written, whole):
    assert whole_collective(written) == whole


@pytest.mark.parametrize("written", ["县财政局", "市直部门或部分县政府", "县或部分", "市交通局或县交通局"])
def test_other_names_are_not_read_so(written):
    assert whole_collective(written) is None


def test_each_such_unit_read_whole_is_a_finding_of_its_line():
    findings = []
    assert wholes_read(["县水利局", "两区或部分区政府"], 12, findings) == ["县水利局", "两区政府"]
    assert [(f.code, f.line) for f in findings] == [("part_of_collective", 12)]


def test_a_document_wide_collective_or_a_part_of_it_is_on_every_task_whole():
    text = ("一、交通\n（一）建设城际快线。（责任单位：省交通运输厅，三县人民政府按职责分工负责，下同。"
            "以下各项任务均涉及三县或部分县人民政府，不再列出）\n（二）改造国省干线。（责任单位：省公路局）\n")
    document = parse_paragraphs(text)
    assert [(row.lead, row.support) for row in document.rows] == [
        ("省交通运输厅、三县人民政府", ""), ("省公路局、三县人民政府", "")]
    assert [f.line for f in document.findings if f.code == "part_of_collective"] == [2]
