"""A plan's dotted section numbers (2.6.1, 3.2) read as items' numbers, never part of a unit's name
(zygraph.readers.section_numbers), as emergency plans (预案) number their members' duties."""

import zygraph
from zygraph.readers.section_numbers import section_number
from zygraph.sentences.subject_units import duty_subject_units


def test_a_dotted_number_glued_to_its_unit_is_cut_off_the_unit(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("3.4市防汛指挥部成员单位职责\n"
                    "3.4.1市水务局:负责水情监测和预报,组织抢险。\n"
                    "3.4.2市气象局:负责天气预报。\n", encoding="utf-8")
    table = zygraph.read_table(path)
    assert sorted(zip(table.assignments["raw_unit"], table.assignments["role"])) == [("市气象局", "lead"),
                                                                                   ("市水务局", "lead")]
    assert list(table.findings["code"]).count("section_number") == 3


def test_figures_opening_a_line_are_no_section_numbers():
    assert section_number("2.5万元用于奖励") is None
    assert section_number("1.10月底前完成") is None
    assert section_number("4.5%以上") is None
    assert section_number("4.2 区应急局职责") == "4.2"
    assert section_number("5.1.3区民政局：负责安置。") == "5.1.3"


def test_a_body_setting_up_organs_ends_its_name_before_the_verb():
    items = duty_subject_units("各街道办事处成立相应的救灾机构和办事机构，负责转移群众。")
    assert [item.text for item in items] == ["各街道办事处"]


def test_a_plan_run_together_with_spaces_breaks_before_each_section_number():
    from zygraph.readers.lines import PARAGRAPH_BREAK, paragraphs_by_space

    line = "3.3 各镇政府职责 各镇政府负责转移群众。 3.4.1市水务局:负责水情监测。 3.4.2市气象局:负责天气预报。"
    assert paragraphs_by_space(line).split(PARAGRAPH_BREAK) == [
        "3.3 各镇政府职责", "各镇政府负责转移群众。", "3.4.1市水务局:负责水情监测。", "3.4.2市气象局:负责天气预报。"]
