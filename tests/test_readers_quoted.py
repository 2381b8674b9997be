"""Tasks a news report quotes with the units the document gives them (针对“…”，《意见》要求A、B等负责): one a sentence."""

import pytest

from zygraph import read_table
from zygraph.errors import LayoutError
from zygraph.readers.quoted import quoted_task_units, quoted_tasks


def units(sentence):
    items = quoted_task_units(sentence)
    return None if items is None else [(item.text, item.role) for item in items]


def test_the_units_after_the_words_reporting_the_document_are_the_quoted_tasks():
    assert units("在提到“加快建设区域医疗中心”时，《方案》明确，由市卫健委、市发改委等按职责分工负责，年底前完成。") == [
        ("市卫健委", "responsible"), ("市发改委", "responsible")]
    assert units("针对“推进城乡供水一体化建设”，《方案》要求市水利局牵头，市住建局配合。") == [
        ("市水利局", "lead"), ("市住建局", "support")]


def test_the_quoted_task_may_follow_its_units():
    assert units("《方案》规定，市教育局、市财政局等按职责分工负责，9月底前完成“新建改建公办幼儿园20所”的任务。") == [
        ("市教育局", "responsible"), ("市财政局", "responsible")]


def test_short_quoted_names_units_in_general_or_no_role_word_are_no_task():
    assert units("涉及民生的有5项，包括“稳就业”“保供水”等，市人社局参与。") is None  # names, not a task
    assert units("针对“推进城乡供水一体化建设”，《方案》要求各地各部门按职责分工负责。") is None
    assert units("针对“推进城乡供水一体化建设”，市水利局召开了专题会议。") is None
    assert units("《方案》要求市水利局、市住建局等按职责分工负责，年内完成。") is None  # quotes no task


def test_each_sentence_quoting_a_task_is_a_task_with_its_findings():
    findings = []
    rows = quoted_tasks([(2, "针对“推进城乡供水一体化建设”，《方案》要求市水利局牵头，市住建局配合。"
                             "该项工作年内完成。《方案》规定，市教育局负责，9月底前完成“新建改建公办幼儿园20所”的任务。")],
                        findings)
    assert [(r.task[:6], r.lead, r.support) for r in rows] == [("针对“推进城", "市水利局", "市住建局"),
                                                               ("《方案》规定", "市教育局", "")]
    assert [(f.code, f.line) for f in findings] == [("quoted_task", 2), ("role_rule", 2)] * 2


def test_a_report_quoting_tasks_reads_one_task_a_sentence(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("【本报讯】3月1日，市政府办公室印发《重点工作分工方案》（以下简称《方案》）。\n"
                    "涉及民生的有5项，包括“稳就业”“保供水”等。\n"
                    "针对“推进城乡供水一体化建设”，《方案》要求市水利局、市住建局等按职责分工负责，年内持续推进。\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.tolist() == ["针对“推进城乡供水一体化建设”，《方案》要求市水利局、市住建局等按职责分工负责，年内持续推进。"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [["市水利局", "lead"], ["市住建局", "lead"]]


def test_a_report_quoting_tasks_to_everyone_is_refused(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("针对“推进城乡供水一体化建设”，《方案》要求各地各部门按职责分工负责，年内持续推进。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        read_table(path)


def test_news_of_finished_work_or_a_quoted_slogan_with_no_document_is_no_quoted_task(tmp_path):
    # review r7 q1: a slogan quoted and the work reported done (已完成), no document named: it was read as a task
    done = "今年以来，我县围绕“进一步优化政务服务提升行政效能”目标，由县政务服务中心牵头，县发改局、县市场监管局配合，已完成各项改革任务。"
    assert quoted_task_units(done) is None
    assert quoted_task_units(done.replace("，已完成各项改革任务", "")) is None  # no document says it requires it
    assert quoted_task_units("针对“进一步优化政务服务提升行政效能”，《意见》要求县政务服务中心牵头，已完成。") is None
    assert [i.text for i in quoted_task_units("针对“进一步优化政务服务提升行政效能”，《意见》要求县政务服务中心牵头，"
                                              "县发改局配合。")] == ["县政务服务中心", "县发改局"]
    path = tmp_path / "news.txt"
    path.write_text("我县扎实推进优化营商环境工作\n\n" + done + "\n\n下一步，我县将持续深化改革。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        read_table(path)
