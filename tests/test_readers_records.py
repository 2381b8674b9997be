"""One record of a vertical table a copy flattened to ``field | value |`` lines, read as a task and its units."""

import zygraph
from zygraph.readers.records import record_lines

_RECORD = "\n".join([
    "环保督察反馈问题整改情况表",
    "存在问题 | 乙县部分乡镇污水处理设施运行不正常，出水超标。 |",
    "整改目标 | 污水处理设施稳定达标运行。 |",
    "整改措施 | 开展设施排查，限期完成改造。 |",
    "牵头单位 | 县住建局 |",
    "配合单位 | 县生态环境分局、各乡镇人民政府 |",
    "责任人 | 县住建局局长 张某 |",
])


def test_a_record_gives_its_task_and_label_lines():
    found = []
    lines = record_lines(_RECORD, found).split("\n")
    assert lines == ["环保督察反馈问题整改情况表", "乙县部分乡镇污水处理设施运行不正常，出水超标。", "", "",
                     "牵头单位：县住建局", "配合单位：县生态环境分局、各乡镇人民政府", ""]
    assert [(f.code, f.line) for f in found] == [("record_fields", 2)]
    assert "整改目标、整改措施、责任人" in found[0].action


def test_a_unit_value_with_its_own_labels_is_kept():
    text = "问题 | 丙路段积水。 |\n核查情况 | 已整改。 |\n牵头部门（责任单位） | 牵头单位：市城管局 责任单位：市水务局 |"
    assert record_lines(text, []).split("\n") == ["丙路段积水。", "", "牵头单位：市城管局 责任单位：市水务局"]


def test_fields_naming_no_task_are_left_alone():
    text = "姓名 | 张某 |\n职务 | 局长 |\n责任单位 | 县住建局 |"
    found = []
    assert record_lines(text, found) == text and found == []


def test_a_record_read_end_to_end(tmp_path):
    path = tmp_path / "record.txt"
    # the unit cell with its own labels, as such copies write it (a text of bare unit fields is not yet detected)
    path.write_text(_RECORD.replace("牵头单位 | 县住建局 |", "牵头部门（责任单位） | 牵头单位：县住建局 配合单位：县生态环境分局、各乡镇人民政府 |")
                    .replace("配合单位 | 县生态环境分局、各乡镇人民政府 |\n", ""), encoding="utf-8")
    table = zygraph.read_table(path)
    got = sorted(zip(table.assignments.raw_unit, table.assignments.role))
    assert got == [("县住建局", "lead"), ("县生态环境分局", "support"), ("各乡镇人民政府", "support")]
    assert table.tasks.task.tolist() == ["乙县部分乡镇污水处理设施运行不正常，出水超标。"]
