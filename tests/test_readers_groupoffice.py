"""Tests for a bare office under a heading naming a leading group and its office (zygraph.readers.groupoffice)."""

from zygraph import read_table
from zygraph.findings import Finding
from zygraph.sentences.grammar import Item
from zygraph.readers.groupoffice import group_office

_TITLE = "石城县人民政府办公室关于成立县创建国家卫生县城工作领导小组的通知\n"


def test_the_office_under_a_group_and_its_office_is_the_groups_not_the_party_committees(tmp_path):
    # 一、领导小组及其办公室职责 / （二）办公室职责 in a county government's notice: the group's office, never 县委办公室
    path = tmp_path / "d3.txt"
    path.write_text(_TITLE + "一、领导小组及其办公室职责\n（一）领导小组职责\n1、统筹协调创建工作。\n（二）办公室职责\n"
                    "1、负责领导小组日常工作。\n2、督促检查各成员单位工作落实情况。\n二、成员单位职责\n（一）县卫健局职责\n"
                    "1、负责健康教育工作。\n", encoding="utf-8")
    table = read_table(path)
    rows = [(a.task_id, a.unit, a.role) for a in table.assignments.itertuples()]
    assert rows == [("T001", "领导小组", "lead"), ("T001", "领导小组办公室", "lead"), ("T002", "领导小组办公室", "lead"),
                    ("T003", "领导小组办公室", "lead"), ("T004", "县卫生健康局", "lead")]
    assert "县委办公室" not in set(table.assignments.unit)
    assert [f.line for f in table.findings.itertuples() if f.code == "group_office"] == [2, 5]


def test_a_run_in_office_duty_under_the_group_and_its_office_is_the_groups(tmp_path):
    # 二、领导小组及其办公室职责 / 2、办公室职责。负责…: the office set off by a full stop before its duty
    path = tmp_path / "d2.txt"
    path.write_text(_TITLE + "一、领导小组组成人员\n组长：王明\n二、领导小组及其办公室职责\n"
                    "1、领导小组职责。负责统筹协调创建工作。\n2、办公室职责。负责领导小组日常工作。\n三、成员单位职责\n"
                    "1、县卫健局：负责健康教育工作。\n", encoding="utf-8")
    table = read_table(path)
    units = {task: sorted(frame.unit) for task, frame in table.assignments.groupby("task_id")}
    assert units == {"T001": ["领导小组", "领导小组办公室"], "T002": ["领导小组办公室"], "T003": ["县卫生健康局"]}


def test_a_bare_office_under_no_group_heading_stays_as_written():
    # a bureau dividing its work among its divisions: 办公室职责 beside 信息中心职责 under 责任处室及其职责
    findings: list[Finding] = []
    items = [Item("办公室", "responsible", "职责")]
    assert group_office(items, ("办公室职责", "政府信息公开责任处室及其职责"), 3, findings) == items
    assert group_office([Item("县卫生局", "responsible", "")], ("县卫生局职责", "领导小组及其办公室职责"), 3, findings) \
        == [Item("县卫生局", "responsible", "")]
    assert findings == []
    named = group_office(items, ("办公室职责", "县防汛抗旱指挥部及其办公室职责"), 3, findings)
    assert [item.text for item in named] == ["县防汛抗旱指挥部办公室"]
