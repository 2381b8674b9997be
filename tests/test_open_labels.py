"""相关部门：/相关单位： as a responsible-unit label where it opens a line or bracket, never as a subject in prose."""

from zygraph.sentences.role_words import label_start, role_of, starts_with_label
from zygraph.table import read_table


def test_open_label_only_where_it_opens_a_line_or_bracket():
    assert starts_with_label("相关部门：甲局、乙局等。") and starts_with_label("（相关单位：丙局）")
    assert starts_with_label("相關部門：甲局")
    assert role_of("相关部门") == role_of("相關單位") == "responsible"
    # an addressee, a subject in running text and a noun after a verb are no labels
    assert label_start("各相关单位：") is None
    assert label_start("由甲局组织相关部门：乙局") is None
    assert label_start("相关部门要加强协作，形成合力。") is None


def test_tasks_closed_by_a_related_departments_line(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("一、工作任务\n\n（一）开展排查\n\n对辖区道路开展排查，形成清单。\n\n相关部门：甲区交通局、甲区公安分局等。\n\n"
                    "（二）制定方案\n\n相关部门要加强协作，制定整治方案。\n\n相关部门：甲区规划局、属地街道等。\n",
                    encoding="utf-8")
    table = read_table(str(path))
    rows = [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()]
    assert rows == [("T001", "甲区交通局", "lead"), ("T001", "甲区公安分局", "lead"),
                    ("T002", "甲区规划局", "lead"), ("T002", "属地街道", "lead")]


def _tasks(tmp_path, text):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    table = read_table(str(path))
    return table.tasks.task.tolist(), [(a.task_id, a.raw_unit) for a in table.assignments.itertuples()]


def test_label_closes_every_paragraph_under_its_heading(tmp_path):
    # a paragraph naming no units, then one naming units in its text, then the label: one task, both paragraphs
    tasks, units = _tasks(tmp_path, "一、工作任务\n\n（一）开展排查\n\n对辖区道路开展排查，形成清单。\n\n"
                                    "每年更新档案，由甲区交通局组织确认。\n\n相关部门：甲区交通局、甲区公安分局等。\n")
    assert tasks == ["对辖区道路开展排查，形成清单。每年更新档案，由甲区交通局组织确认。"]
    assert ("T001", "甲区公安分局") in units

