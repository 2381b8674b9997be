"""Who holds a duty written after 由 inside a sentence, and who approves what it sends up (zygraph.sentences.held_by)."""

from zygraph.readers.subject_sentences import _is_body, piece_subjects, subject_sentences
from zygraph.sentences.held_by import held_by, sent_up


def _held(clause):
    return [(item.text, item.role) for item in held_by(clause, _is_body)]


def test_the_body_after_you_after_a_case_holds_the_duty_whatever_its_verb():
    assert _held("无明确规定的由省级人民政府制定具体办法") == [("省级人民政府", "responsible")]
    assert _held("可由市人民政府编制调整方案") == [("市人民政府", "responsible")]
    assert _held("项目到期后由建设管理部门负责修复") == [("建设管理部门", "responsible")]


def test_bodies_opening_a_sentence_after_you_hold_it_jointly():
    assert _held("由财政部、商务部、海关总署联合进行试点动员") == [
        ("财政部", "responsible"), ("商务部", "responsible"), ("海关总署", "responsible")]


def test_fields_sharing_one_kind_noun_after_you_are_each_a_unit():
    assert _held("由水利、林草主管部门按职责依法处罚") == [("水利", "responsible"), ("林草主管部门", "responsible")]


def test_the_partners_after_huitong_support_the_holder_fields_sharing_a_noun_each():
    assert _held("由财政部会同有关部门研究调整税额") == [("财政部", "responsible"), ("有关部门", "support")]
    assert [(i.text, i.role) for i in piece_subjects("按规定由省级林业主管部门会同水利、自然资源主管部门明确范围。")] == [
        ("省级林业主管部门", "responsible"), ("水利", "support"), ("自然资源主管部门", "support")]


def test_no_holder_in_a_description_a_membership_a_post_or_a_lead_among_partners():
    assert _held("转让持有的由各级政府出资勘查形成的探矿权") == []
    assert _held("负责审查需要由同级政府批准的规章") == []
    assert _held("成员由教育部、民政部等部门负责同志组成") == []
    assert _held("组长由协助分管工作的国务院副秘书长担任") == []
    assert _held("由市交通局牵头") == []


def test_the_body_a_duty_sends_its_work_up_to_approves_it():
    assert [(i.text, i.role) for i in sent_up("省级人民政府编制方案，报国务院批准。", _is_body)] == [("国务院", "responsible")]
    assert sent_up("方案经国务院批准后，应逐级汇交。", _is_body) == []


def test_a_sentence_holding_its_duty_after_you_is_a_task_with_its_approver():
    pairs = [(1, "通知如下："), (2, "一、加强管理"),
             (3, "（一）规范审批。甲市水务局要加强审批。无明确规定的，由省级人民政府制定办法。"
                 "可由省级人民政府编制调整方案，报国务院批准。")]
    rows = subject_sentences(pairs, [])
    assert [(row.task[:8], row.lead) for row in rows] == [
        ("甲市水务局要加强", "甲市水务局"), ("无明确规定的，由", "省级人民政府"), ("可由省级人民政府", "省级人民政府、国务院")]


def test_the_body_a_clause_says_carries_the_work_mainly_holds_it():
    assert [(i.text, i.role) for i in piece_subjects("对历史遗留的问题，以地方政府为主，逐步解决。")] == [("地方政府", "responsible")]
    assert piece_subjects("坚持以预防为主，综合治理。") == []
