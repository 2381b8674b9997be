"""The unit a heading of duties names before the word for them (zygraph.sentences.duty_titles)."""

import pytest

from zygraph.sentences.duty_titles import duties_of_heading
from zygraph.readers.paragraph import parse_paragraphs


@pytest.mark.parametrize("heading, unit", [
    ("各乡镇（街道）工作责任", "各乡镇（街道）"),  # a collective of one level's bodies names who does the duties
    ("县交通运输局工作责任", "县交通运输局"),
    ("各区人民政府主要工作责任", "各区人民政府"),
    ("各区人民政府职责", "各区人民政府"),
    ("区直有关部门工作责任", None),  # units in general: the duties below name their own
    ("各成员单位工作责任", None),
    ("该局工作责任", None),  # points to a unit named elsewhere
    ("压实工作责任", None),  # a verb, no unit
    ("落实属地管理责任", None),  # 责任 without 工作: a kind of responsibility, not a unit's duties
])
def test_a_heading_names_a_unit_before_its_work_responsibilities(heading, unit):
    assert duties_of_heading(heading) == unit


def test_a_section_headed_by_a_collectives_work_responsibilities_is_its_duty():
    doc = parse_paragraphs("三、工作责任\n（一）各乡镇（街道）工作责任。\n负责辖区内参保对象的摸底登记。负责筹集配套资金，确保按时到位。\n"
                           "（二）区直有关部门工作责任。\n区人社局负责制订年度计划；区财政局负责资金的按时拨付。\n")
    assert [(row.area, row.task[:6], row.lead) for row in doc.rows] == [
        ("各乡镇（街道）工作责任", "负责辖区内参", "各乡镇（街道）"), ("区直有关部门工作责任", "区人社局负责", "区人社局"),
        ("区直有关部门工作责任", "区财政局负责", "区财政局")]
    assert [f.line for f in doc.findings if f.code == "units_from_heading"] == [3]
