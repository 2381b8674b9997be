"""A numbered list of departments' duties set off by colons, closed by a duty whose units open its sentence."""

from zygraph.readers.paragraph import parse_paragraphs

_LIST = ("（二）部门职责\n1、公安部门：协助做好疫区封锁工作。\n2、林业部门：负责野生动物疫病监测。\n"
         "3、其他各有关部门按照有关规定履行防控工作职责。\n")


def test_the_last_numbered_duty_opening_with_its_units_after_colon_duties_is_theirs():
    doc = parse_paragraphs(_LIST)
    assert [(row.lead, row.support) for row in doc.rows] == [
        ("", "公安部门"), ("林业部门", ""), ("其他各有关部门", "")]


def test_a_numbered_paragraph_after_duties_not_set_off_by_colons_is_not_read_so():
    # tasks closed by their units in brackets: a sentence opening with units after them is no member's duty
    doc = parse_paragraphs("一、工作安排\n1、推进市场改造（商务局负责）。\n2、加强日常巡查（住建局负责）。\n"
                           "3、其他各有关部门按照有关规定履行防控工作职责。\n")
    assert [row.lead for row in doc.rows] == ["商务局", "住建局"]
