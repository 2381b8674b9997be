"""The numbered requirements of meeting minutes after their lead-in (zygraph.readers.minutes), read through read_table."""

import pytest

from zygraph import read_table
from zygraph.errors import LayoutError
from zygraph.readers.minutes import minutes_requirements, requirement_units

MINUTES = (
    "某县人民政府召开项目现场办公会\n"
    "3月2日，副县长李四率县环保局、县水务公司到某公司召开现场办公会。现纪要如下：\n"
    "会议认为，该项目是招商引资的重点项目，县直各相关部门要主动对接、服务上门。\n"
    "会议要求：\n"
    "一、由县环保局牵头，全力以赴配合企业协调市环保局，尽快办理环保许可手续。\n"
    "二、针对某公司未经许可擅自生产的情况，按照规定应处以罚款，建议县环保局按照低线给予企业处罚。\n"
    "三、针对某公司签订的污水处理协议，县水务公司要积极协调某水务公司，履行运行维护责任。"
    "维护费用由某公司按照实际发生及时支付县水务公司。\n"
    "四、对于某公司生产过程中产生的污水，县环保局和县水务公司要实时监测，并及时向某公司反馈情况。\n"
    "五、针对周边村民上访的问题，由城关镇政府从维护社会稳定的大局出发，加大工作力度。"
    "同时，希望某公司积极响应县政府的号召。\n"
)


def _units(table):
    return [(task, sorted(table.assignments[table.assignments.task_id == task].raw_unit))
            for task in table.tasks.task_id]


def test_minutes_requirements_after_their_lead_in_are_one_task_each_of_the_subjects_of_their_clauses(tmp_path):
    # 由A牵头 (A leads; the province's bureau A is to coordinate is no unit), 建议A…, A要协调B (B is what A does),
    # 费用由C…支付 (C has a verb of its own), A和B要…向C反馈 (C is no unit), 由A从…出发, 希望C… (a wish)
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.str[:6].tolist() == ["由县环保局牵", "针对某公司未", "针对某公司签", "对于某公司生", "针对周边村民"]
    assert _units(table) == [("T001", ["县环保局"]), ("T002", ["县环保局"]), ("T003", ["县水务公司", "某公司"]),
                             ("T004", ["县水务公司", "县环保局"]), ("T005", ["城关镇政府"])]
    assert set(table.assignments.role) == {"lead"}
    found = table.findings[table.findings.code == "minutes_requirement"]
    assert found.line.tolist() == [5, 6, 7, 8, 9]
    # a copy that ran every line together: the lead-in closes the sentences before it, the requirements follow
    path.write_text(MINUTES.replace("\n", ""), encoding="utf-8")
    assert _units(read_table(path)) == _units(table)


def test_the_requirements_end_at_the_first_line_not_numbered_as_they_are(tmp_path):
    # 会议要求： / 1.… / 2.… / 会议强调，… : the closing paragraph is no requirement; nor are items numbered otherwise
    path = tmp_path / "minutes.txt"
    path.write_text("会议要求：\n1.县交通局要加快道路建设。\n2.由县财政局按照进度拨付资金。\n"
                    "会议强调，县公安局要维护秩序。\n3.县林业局要做好绿化。\n", encoding="utf-8")
    rows = minutes_requirements(list(enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)), [])
    assert [(row.line, row.lead) for row in rows] == [(2, "县交通局"), (3, "县财政局")]


def test_no_lead_in_no_minutes_requirements_and_a_requirement_naming_no_unit_is_a_finding():
    pairs = [(1, "一、县交通局要加快道路建设。"), (2, "二、县财政局要保障资金。")]
    assert minutes_requirements(pairs, []) == []  # numbered items with no minutes' lead-in: other readers' work
    findings = []
    pairs = [(1, "会议议定："), (2, "一、各部门要高度重视。"), (3, "二、县财政局要保障资金。")]
    assert [row.lead for row in minutes_requirements(pairs, findings)] == ["县财政局"]
    assert [(f.line, f.code) for f in findings if f.code.startswith("minutes")] == [
        (2, "minutes_requirement_without_units"), (3, "minutes_requirement")]


def test_a_requirement_s_subjects_exclude_what_it_is_about_a_wish_people_and_units_in_general():
    assert requirement_units("针对县水务公司的问题，要加快整改。") is None  # what the requirement is about
    assert requirement_units("同时，希望某公司积极响应号召。") is None  # a wish, no duty
    assert requirement_units("村干部要有担当意识，各部门要密切配合。") is None  # people; units in general
    assert [i.text for i in requirement_units("由县国土局协调县规划局，尽快完成审批。")] == ["县国土局"]
    assert requirement_units("由于资金不足，要尽快协调。") is None  # 由于 gives no one work
    # whom a unit helps is a unit where it has a verb of its own (README: A协助B完成… makes B a unit)
    assert [i.text for i in requirement_units("由县住建局负责，完成房屋征收。同时，协助县国土局完成商铺征迁。")] == [
        "县住建局", "县国土局"]
    assert [i.text for i in requirement_units("由县住建局牵头，全力以赴配合企业协调省住建厅。")] == ["县住建局"]


def test_minutes_naming_their_units_only_in_running_text_are_read_as_paragraphs(tmp_path):
    # no role word, label or 要 anywhere: 由A从…出发, 建议B…: the lead-in 会议要求： makes them requirements to read
    from zygraph.readers.detect import detect_layout

    path = tmp_path / "minutes.txt"
    path.write_text("会议要求：\n一、针对上访问题，由城关镇政府从大局出发，加大工作力度。\n"
                    "二、针对擅自生产的情况，建议县环保局按照低线给予处罚。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    assert _units(read_table(path)) == [("T001", ["城关镇政府"]), ("T002", ["县环保局"])]
    path.write_text("一、针对上访问题，由城关镇政府从大局出发，加大工作力度。\n"
                    "二、针对擅自生产的情况，建议县环保局按照低线给予处罚。\n", encoding="utf-8")
    with pytest.raises(LayoutError):  # no minutes' lead-in: nothing says these are requirements to units
        read_table(path)


def test_every_block_of_an_executive_meeting_s_requirements_is_read(tmp_path):
    # review r7 t8/t9: minutes taking two matters, each with its lead-in (会议要求： / 会议还要求：); the second
    # matter's three requirements were dropped with no finding
    text = ("县政府第十二次常务会议纪要\n\n会议研究了两个问题。\n会议要求：\n1.针对污水问题，由县住建局按照规划加快管网建设。\n"
            "2.针对资金问题，由县财政局按照预算保障资金。\n会议听取了县水利局的汇报。\n{again}\n"
            "1.针对水源问题，由县水利局按照要求完成水源地保护。\n2.针对水质问题，由县卫健局按照标准加强水质监测。\n"
            "3.针对执法问题，由县生态环境局按照职责加强执法检查。\n")
    path = tmp_path / "minutes.txt"
    for again in ("会议要求：", "会议还要求：", "会议同时要求："):
        path.write_text(text.format(again=again), encoding="utf-8")
        table = read_table(path)
        assert _units(table) == [("T001", ["县住建局"]), ("T002", ["县财政局"]), ("T003", ["县水利局"]),
                                 ("T004", ["县卫健局"]), ("T005", ["县生态环境局"])]
        assert table.findings[table.findings.code == "minutes_requirement"].line.tolist() == [5, 6, 9, 10, 11]


LABELLED = "关于某县重点工作任务分工的通知\n\n一、加快工业园区建设。（牵头单位：县发改局）\n二、推进乡村振兴。（牵头单位：县农业农村局）\n\n"


def test_minutes_naming_other_units_do_not_replace_the_labelled_tasks_and_a_finding_says_so(tmp_path):
    # review r7 t5: two labelled tasks, then minutes of as many requirements naming more units: the labelled tasks
    # were thrown away with no finding. The labels name units the minutes do not: the labelled tasks stay.
    path = tmp_path / "notice.txt"
    path.write_text(LABELLED + "会议要求：\n一、针对道路问题，由县交通局从大局出发，县财政局要保障资金。\n"
                    "二、针对开学问题，由县教育局按照计划做好准备，县卫健局要做好防疫。\n", encoding="utf-8")
    table = read_table(path)
    assert _units(table) == [("T001", ["县发改局"]), ("T002", ["县农业农村局"])]
    set_aside = table.findings[table.findings.code == "reading_set_aside"]
    assert set_aside.line.tolist() == [7] and "县发改局" in set_aside.message.iloc[0]


def test_minutes_naming_every_labelled_unit_replace_the_labelled_tasks_with_a_finding(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(LABELLED + "会议要求：\n一、针对园区问题，由县发改局从大局出发，加快建设。\n"
                    "二、针对乡村问题，由县农业农村局按照规划推进振兴。\n三、针对项目问题，由县发改局按照计划做好储备。\n",
                    encoding="utf-8")
    table = read_table(path)
    assert [units for _, units in _units(table)] == [["县发改局"], ["县农业农村局"], ["县发改局"]]
    assert table.tasks.task.str[:4].tolist() == ["针对园区", "针对乡村", "针对项目"]
    replaced = table.findings[table.findings.code == "reading_replaced"]
    assert replaced.line.tolist() == [3]
