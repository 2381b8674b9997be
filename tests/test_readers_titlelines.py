"""Tests for numbered title lines over items numbered otherwise (zygraph.readers.titlelines), and circled items
run together on one line (zygraph.readers.lines)."""

from zygraph.readers.paragraph import parse_paragraphs
from zygraph.readers.titlelines import is_title_line


def test_circled_items_run_together_under_a_title_line_are_each_a_task_of_the_department_heading():
    # （一）A（B、C） / （1）年度主要任务与要求： / ①…；②…；③…: each circled item is a task of the department; the
    # title line is none
    doc = parse_paragraphs("（一）县综合办公室（督查室、财务室）\n（1）年度主要任务与要求：\n"
                           "①做好会务工作；②完成信息报送10篇；③完成领导交办的其他工作。\n"
                           "（二）县招商局（政务服务中心）\n（1）年度主要任务与要求：\n①引进项目3个；②办理证照手续。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("做好会务工作；", "县综合办公室（督查室、财务室）"), ("完成信息报送10篇；", "县综合办公室（督查室、财务室）"),
        ("完成领导交办的其他工作。", "县综合办公室（督查室、财务室）"), ("引进项目3个；", "县招商局（政务服务中心）"),
        ("办理证照手续。", "县招商局（政务服务中心）")]
    assert [f.line for f in doc.findings if f.code == "title_line"] == [2, 5]


def test_a_title_line_over_items_numbered_as_it_is_stays_a_task():
    # （1）主要职责： / （2）…: the next line is numbered as this one, a sibling, not its item: no title is read
    doc = parse_paragraphs("（一）县招商局\n（1）主要职责：\n（2）引进项目3个。\n")
    assert not [f for f in doc.findings if f.code == "title_line"]


def test_a_numbered_line_with_its_own_work_is_no_title():
    assert is_title_line("年度主要任务与要求：")
    assert not is_title_line("加强管理：对企业开展检查。")  # its work after the colon
    assert not is_title_line("市建设局负责：")  # units: an owner line
    assert not is_title_line("加强组织领导，具体工作如下：")  # a lead-in sentence, a clause before the colon


def test_a_circled_number_inside_a_sentence_is_not_cut():
    # 第②项 / 见表①: a circled number not after a ；or 。 opens no item
    doc = parse_paragraphs("一、招商\n1.完成第②项工作，按表①要求报送。（县招商局负责）\n2.引进项目。（县发改局负责）\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("完成第②项工作，按表①要求报送。", "县招商局"),
                                                          ("引进项目。", "县发改局")]
