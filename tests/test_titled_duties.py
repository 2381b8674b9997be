"""Numbered items: a run-in title then one body's duty (1.加强组织领导。A负责…) is that body's task, and a numbered
item naming only its units after a title line is a task of its own (1.A牵头，B配合。), never a closing units sentence."""

import zygraph
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.sentences.titled_duties import titled_duty_units


def _read(tmp_path, text):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return zygraph.read_table(str(path))


def test_titled_item_with_one_body_is_its_task(tmp_path):
    table = _read(tmp_path, "某县推进农村人居环境整治工作任务分工\n一、重点任务\n1.加强组织领导。县政府办公室负责统筹协调。\n"
                            "2.推进垃圾分类。县住建局负责垃圾分类设施建设，县财政局配合。\n")
    assert table.tasks.task.tolist()[0] == "加强组织领导。县政府办公室负责统筹协调。"
    first = table.assignments[table.assignments.task_id == "T001"]
    assert first[["unit", "role"]].values.tolist() == [["县政府办公室", "lead"]]
    assert table.findings.loc[table.findings.code == "titled_duty"].line.tolist() == [3]
    assert "no_assignment" not in table.findings.code.tolist()


def test_titled_duty_units_reads_the_sentence_after_the_title():
    assert [(i.text, i.role) for i in titled_duty_units("完善保障。甲市财政局牵头，甲市审计局配合，落实经费。")] == [
        ("甲市财政局", "lead"), ("甲市审计局", "support")]
    assert titled_duty_units("完善保障。各地要落实经费。") is None
    assert titled_duty_units("甲市财政局负责落实经费。") is None


def test_titled_item_with_labels_below_keeps_its_labels():
    doc = parse_paragraphs("一、任务\n1.完善保障。甲市财政局负责落实经费。\n牵头单位：甲市审计局\n")
    assert [(r.lead, r.support) for r in doc.rows] == [("甲市审计局", "")]


def test_numbered_units_item_after_a_title_line_is_its_own_task(tmp_path):
    table = _read(tmp_path, "某区2024年安全生产重点工作分工\n1.区应急管理局牵头，区住建局配合。\n"
                            "2.区住建局负责城镇燃气安全专项整治。\n")
    assert table.tasks.task.tolist() == ["区应急管理局牵头，区住建局配合。", "区住建局负责城镇燃气安全专项整治。"]
    rows = table.assignments[["task_id", "unit", "role"]].values.tolist()
    assert rows == [["T001", "区应急管理局", "lead"], ["T001", "区住房城乡建设局", "support"],
                    ["T002", "区住房城乡建设局", "lead"]]
    assert "units_sentence" not in table.findings.code.tolist()
    assert table.findings.loc[table.findings.code == "numbered_units_item"].line.tolist() == [2]


def test_unnumbered_units_sentence_still_closes_the_paragraph_above():
    doc = parse_paragraphs("一、主要目标\n今年全市新建公园十个。\n由甲市园林局、甲市财政局负责落实。\n")
    assert [r.task for r in doc.rows] == ["今年全市新建公园十个。"]
    assert any(f.code == "units_sentence" for f in doc.findings)


def test_point_with_no_item_under_it_titled_then_one_body(tmp_path):
    table = _read(tmp_path, "某县工作任务分工\n一、重点任务\n（一）加强组织领导。县政府办公室负责统筹协调。\n"
                            "（二）强化督查。县督查室负责督促检查。\n")
    assert table.tasks.task.tolist() == ["加强组织领导。县政府办公室负责统筹协调。", "强化督查。县督查室负责督促检查。"]
    assert table.assignments[["task_id", "unit"]].values.tolist() == [["T001", "县政府办公室"], ["T002", "县督查室"]]
    assert table.findings.loc[table.findings.code == "titled_duty"].line.tolist() == [3, 4]


def test_titled_point_is_no_task_where_brackets_divide_the_work(tmp_path):
    table = _read(tmp_path, "某县工作任务分工\n一、重点任务\n（一）推进垃圾分类。（县住建局负责）\n二、保障措施\n"
                            "（一）加强组织领导。县政府办公室负责统筹协调。\n")
    assert table.tasks.task.tolist() == ["推进垃圾分类。"]
    assert table.findings.loc[table.findings.code == "titled_duty_left"].line.tolist() == [5]
