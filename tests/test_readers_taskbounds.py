"""A task's bounds: a working group's 主要职责 joined onto its item, a report's lead-in cut off the task it quotes."""

from zygraph import read_table
from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.readers.taskbounds import group_duties_joined, lead_in_apart, task_bounds


def test_the_duties_under_a_group_naming_who_makes_it_up_are_joined_onto_it():
    parts = ["各工作组组成及职责分工如下：", "一、抢险救援组。由市应急局牵头，市消防救援支队等参加。", "主要职责：组织抢险救援。",
             "二、医疗救治组。由市卫健委牵头，市红十字会参加。", "工作职责：救治伤员。"]
    assert group_duties_joined(parts) == [2, 4]


def test_duties_under_a_heading_that_is_no_group_or_names_no_units_stay_apart():
    assert group_duties_joined(["一、抢险救援组。", "主要职责：组织抢险救援。"]) == []  # who makes it up not said
    assert group_duties_joined(["一、加强抢险救援。由市应急局牵头。", "主要职责：组织抢险救援。"]) == []  # no group
    assert group_duties_joined(["一、抢险救援组。由市应急局牵头。", "组织抢险救援。"]) == []  # no duties label


def test_a_line_of_paragraphs_and_separate_lines_are_joined_alike():
    findings = []
    line = PARAGRAPH_BREAK.join(["一、抢险救援组。由市应急局牵头，市消防救援支队等参加。", "主要职责：组织抢险救援。"])
    assert task_bounds([line], findings) == ["一、抢险救援组。由市应急局牵头，市消防救援支队等参加。主要职责：组织抢险救援。"]
    assert task_bounds(["一、抢险救援组。由市应急局牵头。", "", "主要职责：组织抢险救援。"], findings) == [
        "一、抢险救援组。由市应急局牵头。主要职责：组织抢险救援。", "", ""]  # a blank line between: joined all the same
    assert [f.code for f in findings] == ["group_duties", "group_duties"]


def test_a_report_leading_in_to_a_task_whose_label_follows_is_cut_off_it():
    text = "市政府办公室印发《方案》。其中明确提出：推进城乡供水一体化建设。部门分工：市水利局牵头，市住建局配合。"
    assert text[lead_in_apart(text):] == "推进城乡供水一体化建设。部门分工：市水利局牵头，市住建局配合。"
    findings = []
    assert task_bounds([text], findings) == [text.replace("提出：", "提出：" + PARAGRAPH_BREAK)]
    assert [f.code for f in findings] == ["report_lead_in"]


def test_a_lead_in_without_a_sentence_before_it_or_a_label_after_it_stays():
    assert lead_in_apart("会议指出：推进城乡供水一体化建设。部门分工：市水利局牵头。") is None
    assert lead_in_apart("市政府印发《方案》。其中明确指出：推进城乡供水一体化建设。") is None
    assert lead_in_apart("市政府印发《方案》。部门分工：市水利局牵头。") is None


def test_working_groups_read_as_tasks_with_their_duties(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("附件2 指挥部工作组职责\n指挥部设立相应工作组，各工作组组成及职责分工如下：\n"
                    "一、抢险救援组。由市应急局牵头，市消防救援支队、市公安局等参加。\n主要职责：组织抢险救援；转移受威胁人员。\n"
                    "二、医疗救治组。由市卫健委牵头，市红十字会等参加。\n主要职责：组织救治伤员。\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.tolist() == [
        "抢险救援组。由市应急局牵头，市消防救援支队、市公安局等参加。主要职责：组织抢险救援；转移受威胁人员。",
        "医疗救治组。由市卫健委牵头，市红十字会等参加。主要职责：组织救治伤员。"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [
        ["市应急局", "lead"], ["市消防救援支队", "support"], ["市公安局", "support"], ["市卫健委", "lead"],
        ["市红十字会", "support"]]


def test_a_news_paragraph_task_starts_after_its_lead_in(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("3月1日，市政府办公室印发《重点工作分工方案》。《方案》要求各部门狠抓落实。其中明确指出: 推进城乡供水一体化"
                    "建设。新建水厂3座。 分管领导:副市长张某 部门分工:市水利局牵头,市住建局、市财政局等配合。\n", encoding="utf-8")
    table = read_table(path)
    # the person in charge stays in the text as written (it names no unit); the label after it names the units
    assert table.tasks.task.tolist() == ["推进城乡供水一体化建设。新建水厂3座。分管领导：副市长张某；"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [
        ["市水利局", "lead"], ["市住建局", "support"], ["市财政局", "support"]]


def test_a_group_s_duties_are_joined_whether_or_not_a_blank_line_separates_them(tmp_path):
    # review r7 b2 vs b5: with a blank line between the group and its 主要职责：, the duties stayed stray_text
    dense = ("某县应急预案\n一、综合协调组。由县应急局牵头，县公安局、县交通局等参加。\n主要职责：负责协调各组工作。\n"
             "二、医疗救治组。由县卫健局牵头，县红十字会参加。\n主要职责：组织医疗救治。\n")
    path = tmp_path / "plan.txt"
    tasks = []
    for text in (dense, dense.replace("\n", "\n\n")):
        path.write_text(text, encoding="utf-8")
        table = read_table(path)
        tasks.append(table.tasks.task.tolist())
        assert "stray_text" not in set(table.findings.code)
        assert len(table.findings[table.findings.code == "group_duties"]) == 2
    assert tasks[0] == tasks[1] == ["综合协调组。由县应急局牵头，县公安局、县交通局等参加。主要职责：负责协调各组工作。",
                                    "医疗救治组。由县卫健局牵头，县红十字会参加。主要职责：组织医疗救治。"]
