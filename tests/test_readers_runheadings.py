"""Unnumbered headings a copy glued between a sentence or a label's units and the first item under them."""

from zygraph import read_table
from zygraph.readers.runheadings import headings_apart, run_headings_apart

#: A made-up bureau's plan run together on one line, as a template site copies a .doc: a heading with no number
#: after a sentence, items with inline labels, a second heading glued to the last item's unit.
GLUED_PLAN = ("区水利局各科室：为做好全年防汛工作，根据区防汛指挥部的总体部署和全区防汛工作会议的要求，结合本行业实际情况，"
              "重点抓好堤防、水库、山塘等隐患排查和物资保障工作，现制定本方案。成立防汛工作领导小组，由局长任组长，各科室负责人为成员。"
              "全力开展隐患排查工作（一）堤防隐患排查堤防：组织对辖区堤防开展拉网式排查，建立隐患台账。"
              "牵头领导：李某副局长责任部门：工程科、堤防管理站（二）水库安全检查水库：检查水库大坝和泄洪设施，落实管护责任。"
              "牵头领导：王某副局长责任部门：水库管理所配合做好防汛保障工作（一）配合区应急局做好物资储备和调运工作"
              "配合领导：王某副局长配合部门：办公室（二）配合区气象局做好雨情监测和预警信息发布配合领导：李某副局长配合部门：工程科")


def test_heading_after_a_sentence_is_cut_from_its_first_item():
    assert headings_apart("落实责任。开展河道清理工作（一）清理河道。") == ["落实责任。", "开展河道清理工作", "（一）清理河道。"]


def test_heading_after_a_labels_last_unit_is_cut_from_both():
    assert headings_apart("（二）检查水库。责任部门：水库管理所配合做好保障工作1.配合储备物资") == [
        "（二）检查水库。责任部门：水库管理所", "配合做好保障工作", "1.配合储备物资"]


def test_no_cut_before_an_item_going_on_or_after_a_role_verb_or_a_long_sentence():
    going_on = "落实责任。开展河道清理工作（二）清理河道。"
    role_verb = "清理河道。责任单位：区水利局牵头，区财政局配合（一）清理沟渠。"
    no_label = "清理河道。区水利局开展河道清理工作（一）清理沟渠。"  # no label: a unit's words, not a list's end
    long_words = "清理河道。各单位要认真按照方案的各项要求抓好落实（一）清理沟渠。"
    for text in (going_on, role_verb, long_words):
        assert headings_apart(text) == [text]
    assert headings_apart(no_label) == ["清理河道。", "区水利局开展河道清理工作", "（一）清理沟渠。"]
    assert headings_apart("1.5万元用于清理。") == ["1.5万元用于清理。"]


def test_only_a_line_a_copy_ran_together_is_cut_and_the_cut_is_reported():
    findings = []
    assert run_headings_apart(["落实责任。开展河道清理工作（一）清理河道。"], False, 3, findings) == [
        "落实责任。开展河道清理工作（一）清理河道。"]
    assert findings == []
    run_headings_apart(["落实责任。开展河道清理工作（一）清理河道。"], True, 3, findings)
    assert [(f.line, f.code) for f in findings] == [(3, "heading_before_item")]


def test_a_plan_run_together_reads_each_item_with_its_own_units(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(GLUED_PLAN, encoding="utf-8")
    table = read_table(path)
    tasks = dict(zip(table.tasks.task_id, table.tasks.task))
    read = {(tasks[row.task_id][:6], row.unit, row.role) for row in table.assignments.itertuples()}
    assert read == {("堤防隐患排查", "工程科", "lead"), ("堤防隐患排查", "堤防管理站", "lead"),
                    ("水库安全检查", "水库管理所", "lead"), ("配合区应急局", "办公室", "support"),
                    ("配合区气象局", "工程科", "support")}
    assert "heading_before_item" in set(table.findings.code)
