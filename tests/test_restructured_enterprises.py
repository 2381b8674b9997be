"""Enterprises named by their part in a merger (zygraph.sentences.restructured_enterprises) as a duty's subject."""

from zygraph.readers.piece_readings import piece_subjects
from zygraph.sentences.restructured_enterprises import restructured_enterprises


def test_the_parties_of_a_merger_are_named_by_their_part():
    assert restructured_enterprises("兼并重组主体企业") and restructured_enterprises("被兼并矿山企业")
    assert restructured_enterprises("各整合主体企业") and restructured_enterprises("被收购公司")
    # enterprises named by what was done to them otherwise, or bare, are the parties a rule binds
    assert not restructured_enterprises("被处罚企业") and not restructured_enterprises("企业")
    assert not restructured_enterprises("重点企业")


def test_each_party_is_the_subject_of_its_own_duty():
    assert [(i.text, i.role) for i in piece_subjects("被兼并矿山企业要认真做好职工的思想工作。")] == [
        ("被兼并矿山企业", "responsible")]
    found = piece_subjects("县政府要加强对职工安置工作的领导，兼并重组主体企业要制定职工安置方案。")
    assert [(i.text, i.role) for i in found] == [("县政府", "responsible"), ("兼并重组主体企业", "responsible")]
