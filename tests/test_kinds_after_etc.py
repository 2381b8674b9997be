"""A body named with the kind it heads after 等 (zygraph.sentences.kinds_after_etc): one subject as written."""

from zygraph.readers.piece_readings import piece_subjects
from zygraph.sentences.kinds_after_etc import body_and_its_kind


def _body(name):
    return name.endswith(("协会", "局", "商会"))


def test_a_body_and_the_kind_it_heads_is_one_class():
    assert body_and_its_kind("县餐饮协会等行业组织", _body)
    assert body_and_its_kind("县总商会等社会组织", _body)
    assert not body_and_its_kind("县商务局等部门", _body)  # fields before a department's kind: split_units' reading
    assert not body_and_its_kind("志愿者等组织", _body)  # the first name no body


def test_it_is_the_subject_of_a_duty_kept_whole():
    assert [(i.text, i.role) for i in piece_subjects("县餐饮协会等行业组织要加强行业自律。")] == [
        ("县餐饮协会等行业组织", "responsible")]


def test_a_government_unit_heads_no_class_of_bodies_after_its_etc():
    # found in review: 县市场监管局等相关组织 became one subject (before: none); an office heads no class of bodies
    from zygraph.readers.piece_readings import piece_subjects
    assert not body_and_its_kind("县市场监管局等相关组织", _body)
    assert not body_and_its_kind("县人民政府等有关组织", _body)
    assert piece_subjects("县市场监管局等相关组织要加强监管。") == []
