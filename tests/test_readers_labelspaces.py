"""Label lines a copy ran onto the sentence above them with a space: counted as the breaks they were."""

from zygraph.readers.labelspaces import label_line_spaces, label_lines_apart
from zygraph.readers.lines import PARAGRAPH_BREAK, paragraphs_by_space
from zygraph.readers.paragraph import parse_paragraphs

#: A short page starting mid-task (its item cut by the page before), one item heading, two label lines, run together.
_PAGE = ("县冬季生产意见 完成造林5000亩的目标。 责任单位:县林业局、各乡镇人民政府。 (八)抓好技能培训 "
         "开展农业科技培训1000人次。 责任单位:县农业局。")


def test_a_space_after_a_sentence_before_a_role_label_is_a_label_lines_break():
    assert label_line_spaces(_PAGE) == 2
    assert label_line_spaces("完成造林的目标。责任单位:县林业局。") == 0  # glued to its sentence: written so
    assert label_line_spaces("完成造林的目标。 县林业局要抓好落实。") == 0  # no label after the space


def test_a_short_page_with_label_lines_run_on_is_cut_at_them():
    assert paragraphs_by_space(_PAGE).split(PARAGRAPH_BREAK) == [
        "县冬季生产意见 完成造林5000亩的目标。", "责任单位:县林业局、各乡镇人民政府。", "(八)抓好技能培训",
        "开展农业科技培训1000人次。", "责任单位:县农业局。"]
    # one space before a number alone is no proof of a page run together: a PDF's word gap
    assert PARAGRAPH_BREAK not in paragraphs_by_space("完成造林的目标。 (八)抓好技能培训")


def test_each_task_of_a_page_run_together_keeps_the_units_of_its_label_line():
    doc = parse_paragraphs(_PAGE + "\n")
    assert [(row.area, row.task, row.lead) for row in doc.rows] == [
        ("", "县冬季生产意见完成造林5000亩的目标。", "县林业局、各乡镇人民政府"),  # the title before the cut item
        ("抓好技能培训", "开展农业科技培训1000人次。", "县农业局")]
    assert [f.line for f in doc.findings if f.code == "label_lines_run_on"] == [1]


def test_no_label_line_read_apart_gives_no_finding():
    assert label_lines_apart(3, 0) == []
    assert [(f.line, f.severity) for f in label_lines_apart(3, 1)] == [(3, "info")]


#: A notice of numbered parts, the unit alone under a heading of its own (二、 整改责任单位 / A), run together.
_PARTS = ("现将有关情况公示如下: 一、整改任务 县水务局推进污水处理不力,目前掌握不清。 二、 整改责任单位 "
          "和静县住房和城乡建设局 三、 整改完成情况 已完成整改任务。 公示时间(2020年3月27日-4月2日)。")


def test_a_numbered_heading_with_a_space_after_its_mark_is_cut_on_a_page_run_together():
    # 2020_tacheng_hoboksar_county_rectification_task_notice run together: 二、 with a space is a heading still
    assert paragraphs_by_space(_PARTS).split(PARAGRAPH_BREAK)[3:7] == [
        "二、 整改责任单位", "和静县住房和城乡建设局", "三、 整改完成情况", "已完成整改任务。"]


def test_a_label_alone_in_its_paragraph_takes_the_units_of_the_next_on_a_page_run_together():
    doc = parse_paragraphs(_PARTS + "\n")
    assert [(row.task, row.lead) for row in doc.rows] == [("县水务局推进污水处理不力，目前掌握不清。", "和静县住房和城乡建设局")]
