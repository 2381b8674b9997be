"""A numbered item whose one sentence gives several bodies each its own 负责 (A负责X，B负责Y): all lead the task."""

from zygraph.readers.assignment import find_assignment
from zygraph.sentences.later_subjects import own_duty_subjects


def test_article_with_two_bodies_each_with_its_own_duty():
    text, items = find_assignment("甲市档案局负责归口管理档案开放工作，甲市各区档案馆负责提供本馆档案目录。")
    assert [(i.text, i.role) for i in items] == [("甲市档案局", "responsible"), ("甲市各区档案馆", "responsible")]


def test_run_in_heading_then_bodies_each_with_its_own_duty():
    text, items = find_assignment("加强监督检查。县财政局负责资金监管，县审计局负责审计监督。")
    assert text.startswith("加强监督检查")
    assert [i.text for i in items] == ["县财政局", "县审计局"]


def test_partner_without_its_own_duty_keeps_supporting():
    text, items = find_assignment("做好宣传。县委宣传部负责宣传报道，县广电中心配合。")
    assert [(i.text, i.role) for i in items] == [("县委宣传部", "responsible"), ("县广电中心", "support")]


def test_body_the_duty_is_put_on_is_no_subject():
    assert own_duty_subjects("县督查室负责督促各乡镇落实，确保按期完成。") == []
    assert own_duty_subjects("县督查室负责督促检查，各乡镇负责整改。")[0].text == "各乡镇"


def test_run_in_heading_then_one_body_is_left_as_read():
    assert find_assignment("加强组织领导。县政府办公室负责统筹协调。") is None
