"""A clause of running text designating units by role labels (A为…总牵头单位，C为…牵头单位、D为责任单位)."""

from zygraph.readers.subjects import subject_sections
from zygraph.sentences.section_designations import clause_designations


def test_designations_joined_by_a_pause_mark_each_give_their_units_a_role():
    items = clause_designations("县农业局为全县项目实施的牵头单位、各乡镇农技站为责任单位")
    assert [(i.text, i.role) for i in items] == [("县农业局", "lead"), ("各乡镇农技站", "responsible")]


def test_an_overall_lead_leads_and_a_clause_not_all_designations_is_none():
    assert [(i.text, i.role) for i in clause_designations("省交通厅和省财政厅为全省改造的总牵头单位")] == [
        ("省交通厅", "lead"), ("省财政厅", "lead")]
    assert clause_designations("省交通厅为牵头单位、负责制定方案") is None
    assert clause_designations("列第一位的为牵头单位") is None


def test_a_closing_section_of_a_plan_designating_its_leads_names_them_in_their_roles():
    pairs = [(1, "通知如下："), (2, "一、资金安排"), (3, "各县人民政府要落实配套资金。"),
             (4, "二、组织保障"), (5, "省交通厅和省财政厅为全省改造的总牵头单位，各市交通局为所辖项目的牵头单位、"
                              "各市财政局为责任单位，各县人民政府要做好征地工作。")]
    rows = subject_sections(pairs, findings := [])
    assert [(r.area, r.lead, r.support) for r in rows] == [
        ("资金安排", "各县人民政府", ""), ("组织保障", "省交通厅、省财政厅、各市交通局", "各市财政局、各县人民政府")]
    assert [f.line for f in findings if f.code == "section_designation"] == [4, 4]  # the section's line, one a clause


def test_units_listed_with_a_pause_mark_are_designated_together():
    assert [(i.text, i.role) for i in clause_designations("区住建局、区城管局为牵头单位")] == [
        ("区住建局", "lead"), ("区城管局", "lead")]
    assert [(i.text, i.role) for i in clause_designations("区住建局、区城管局为牵头单位、各街道为配合单位")] == [
        ("区住建局", "lead"), ("区城管局", "lead"), ("各街道", "support")]


def test_a_verb_or_connective_opening_the_clause_is_no_part_of_the_units():
    for clause in ("确定区卫健委为牵头单位", "指定区卫健委为牵头单位", "其中区卫健委为牵头单位", "原则上区卫健委为牵头单位"):
        assert [(i.text, i.role) for i in clause_designations(clause)] == [("区卫健委", "lead")], clause
    assert clause_designations("区卫健委为牵头单位、制定方案") is None
