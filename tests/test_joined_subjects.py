"""Tests of zygraph.sentences.joined_subjects: subjects set off by a comma, a body with an organ of its own."""

from zygraph.sentences.joined_subjects import bodies_before, with_its_own


def _is_body(name):
    return name.endswith(("局", "镇", "企业"))


def test_a_body_and_its_union_are_two_subjects():
    # 本区环卫企业与其工会应… (blind117 松江 环卫)
    assert with_its_own("本区物业企业与其工会", _is_body) == ["本区物业企业", "工会"]
    assert with_its_own("区物业中心与其工会", _is_body) == ["区物业中心与其工会"]  # no body before 与其
    assert with_its_own("区财政局与区审计局", _is_body) == ["区财政局与区审计局"]


def test_bodies_alone_in_the_first_clause_share_the_next_clause_s_verb():
    # 区规划土地局，各街镇（园区）要… (blind117 松江 环卫)
    assert bodies_before(["区规划局", "各街镇要优先考虑"], 1, _is_body) == ["区规划局"]
    assert bodies_before(["年内", "各街镇要优先考虑"], 1, _is_body) == []
    assert bodies_before(["区规划局", "各街镇要优先考虑"], 0, _is_body) == []
