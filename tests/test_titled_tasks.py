"""Tasks numbered with a title of their own over paragraphs and a unit bracket (zygraph.readers.titled_tasks)."""

from zygraph.readers.paragraph import parse_paragraphs
from zygraph.readers.titled_tasks import titled_tasks_joined

NOTICE = "\n\n".join([
    "（一）健全管理体制",
    "1.压实县级责任",
    "县水务局是本县河道的主管部门，负责全县河道规划。",
    "县财政局、县审计局应做好资金保障。",
    "（责任单位：县水务局、县财政局）",
    "2.落实乡镇责任",
    "各乡镇要负责辖区河道的日常管护。",
    "（1）配备河道管护员。",
    "（2）指导村组开展保洁。",
    "（责任单位：县水务局、各乡镇）",
    "（二）保障管护资金",
    "1.规范资金使用",
    "县发展改革局负责编制年度计划，报县财政局审核后实施。",
    "2.加强资金监管",
    "严格专款专用，防止挪用。(责任单位：县财政局、县审计局)",
])


def test_a_titled_task_is_its_title_paragraphs_and_bracket_with_the_brackets_units():
    rows = parse_paragraphs(NOTICE).rows
    assert [(row.area, row.task[:8], row.lead) for row in rows] == [
        ("健全管理体制", "压实县级责任县水", "县水务局、县财政局"),
        ("健全管理体制", "落实乡镇责任各乡", "县水务局、各乡镇"),
        ("保障管护资金", "规范资金使用县发", "县发展改革局"),
        ("保障管护资金", "加强资金监管严格", "县财政局、县审计局"),
    ]
    # the sub-items are parts of the task, and the bodies the paragraphs open with are no units of their own
    assert rows[1].task.endswith("（2）指导村组开展保洁。")
    assert "县审计局" not in rows[0].lead


def test_each_decision_is_a_finding_on_the_titles_line():
    findings = parse_paragraphs(NOTICE).findings
    assert [f.line for f in findings if f.code == "titled_task"] == [3, 11, 27]
    assert [f.line for f in findings if f.code == "title_cut"] == [23]


def test_a_titled_task_with_no_bracket_is_the_body_its_paragraph_opens_with_doing_a_duty():
    text = "1.规范资金使用\n\n县发展改革局根据相关规定，负责编制年度计划，报县财政局审核后实施。\n\n2.加强资金监管\n\n" \
           "严格专款专用。(责任单位：县财政局)"
    document = parse_paragraphs(text)
    assert [(row.task[:8], row.lead) for row in document.rows] == [("规范资金使用县发", "县发展改革局"),
                                                                   ("加强资金监管严格", "县财政局")]
    assert [f.line for f in document.findings if f.code == "titled_subject"] == [1]


def test_sub_items_naming_their_own_units_are_not_joined():
    lines = ["1.落实乡镇责任", "各乡镇负责管护。", "（1）配备管护员。（责任单位：各乡镇）", "（2）开展保洁。（责任单位：县环卫所）"]
    assert titled_tasks_joined(lines, []) == lines


def test_items_alone_under_a_title_are_tasks_each_not_joined():
    lines = ["1.完善预案体系", "（1）加强预案管理。", "（2）加强预案演练。", "（责任单位：各县政府、市直各有关单位）"]
    assert titled_tasks_joined(lines, []) == lines


def test_a_titled_sub_item_does_not_take_the_next_task_above_it():
    lines = ["1.明确出资比例", "（1）县道", "县道由县财政承担。", "（2）乡道", "乡道由乡镇承担。",
             "2.加强监管", "做好监管。（责任单位：县财政局）"]
    joined = titled_tasks_joined(lines, [])
    assert joined[:5] == lines[:5]
    assert joined[5] == "2.加强监管做好监管。（责任单位：县财政局）"
