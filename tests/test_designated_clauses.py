"""Units a sentence names clause by clause after 明确 (zygraph.sentences.designated_clauses), and measures read through it."""

from zygraph import read_table
from zygraph.sentences.designated_clauses import designated_clauses, named_bodies


def _read(items):
    return [(item.text, item.role, item.word) for item in items] if items else items


def test_each_clause_names_its_units_in_the_role_its_label_gives():
    text = "明确县农业中心和畜牧站为责任主体，中心主任为第一责任人，有养殖任务的村为工作主体，村主任为具体责任人，层层落实。"
    assert _read(designated_clauses(text)) == [
        ("县农业中心", "responsible", "为责任主体"), ("畜牧站", "responsible", "为责任主体"),
        ("有养殖任务的村", "responsible", "为工作主体")]


def test_labels_of_every_role_and_is_read_like_for():
    text = "确定县交通局为牵头单位，县公安局、县城管局为配合单位，确保按期完成。"
    assert _read(designated_clauses(text)) == [
        ("县交通局", "lead", "为牵头单位"), ("县公安局", "support", "为配合单位"), ("县城管局", "support", "为配合单位")]


def test_no_designation_without_the_verb_fixing_them_or_with_people_only():
    assert designated_clauses("县交通局为牵头单位，县公安局为配合单位。") is None
    assert designated_clauses("明确所长为第一责任人，站长为直接责任人。") is None
    # a description that names no kind of body is no unit
    assert designated_clauses("明确有任务的人为工作主体。") is None


def test_named_bodies_takes_a_set_up_body_before_designations():
    assert _read(named_bodies("指挥部下设办公室（设在县应急局），负责日常工作。")) == [
        ("办公室", "responsible", "下设…负责")]
    assert named_bodies("县应急局负责日常工作。") is None


def test_measures_titled_then_fixing_their_bodies_read_those_bodies(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("一是健全工作机构。成立由乡长任组长的禁烧工作领导小组。领导小组下设办公室（办公室设在乡农业站），"
                    "负责日常调度。\n二是落实工作责任。明确乡林业站和派出所为责任主体，站长为第一责任人，"
                    "有林地的村为工作主体，层层签订责任书。\n三是加强宣传。出动宣传车开展宣传。\n", encoding="utf-8")
    table = read_table(path)
    read = table.assignments.merge(table.tasks, on="task_id")
    assert [(row.task[:6], row.unit, row.role) for row in read.itertuples()] == [
        ("健全工作机构", "办公室", "lead"), ("落实工作责任", "乡林业站", "lead"), ("落实工作责任", "派出所", "lead"),
        ("落实工作责任", "有林地的村", "lead")]
    # the second measure's sentence fixes its bodies with 明确: the designations read it clause by clause
    # (subject_units.designated_units) before the titled pass does, no 明确 in the bodies' names either way
    assert table.findings.loc[table.findings.code == "titled_subjects"].line.tolist() == [1]
    rules = table.findings.loc[table.findings.code == "role_rule"].message.tolist()
    assert any("下设…负责" in rule for rule in rules) and any("为工作主体" in rule for rule in rules)
