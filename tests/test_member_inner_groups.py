"""A member's duty set off by its department whose groups inside it are its own clauses."""

from zygraph import read_table
from zygraph.sentences.grammar import Item
from zygraph.sentences.member_inner_groups import member_duty_items


def _roles(items):
    return [(item.text, item.role) for item in items]


def test_elided_subject_with_partners():
    text = "县农业局：负责农田水利建设；会同县林业局、县气象局牵头负责防霜冻工作。"
    items, dropped = member_duty_items(text, [Item("会同县林业局、县气象局", "lead", "牵头")])
    assert _roles(items) == [("县农业局", "responsible"), ("县林业局", "support"), ("县气象局", "support")]
    assert [i.text for i in dropped] == ["会同县林业局、县气象局"]


def test_whom_it_answers_to_is_no_unit():
    text = "区交通局：负责道路抢通；路政大队业务上接受区住建局指导。"
    items, _ = member_duty_items(text, [Item("路政大队业务上接受区住建局", "lead", "指导")])
    assert _roles(items) == [("区交通局", "responsible")]


def test_other_subjects_keep_their_roles():
    items, dropped = member_duty_items("区民政局：负责灾民安置，区财政局配合。", [Item("区财政局", "support", "配合")])
    assert _roles(items) == [("区民政局", "responsible"), ("区财政局", "support")] and dropped == []


def test_no_department_before_the_colon():
    assert member_duty_items("工作要求：按时报送。", [Item("区财政局", "lead", "负责")]) is None


def test_members_numbered_as_sub_headings_in_a_notice(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("三、成员单位职责\n（一）县农业局：负责农田水利建设；会同县林业局、县气象局牵头负责防霜冻工作。\n"
                    "（二）县民政局：负责灾民安置。\n（三）县交通局：负责道路抢通；路政大队业务上接受县住建局指导。\n",
                    encoding="utf-8")
    table = read_table(str(path))
    got = table.assignments.groupby("task_id").apply(lambda rows: list(zip(rows.raw_unit, rows.role))).tolist()
    assert got == [[("县农业局", "lead"), ("县林业局", "support"), ("县气象局", "support")],
                   [("县民政局", "lead")], [("县交通局", "lead")]]
    assert (table.findings.code == "member_inner_groups").sum() == 2
