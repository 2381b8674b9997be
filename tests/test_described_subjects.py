"""Bodies named by the work they are charged with, and groups the text sets up (zygraph.sentences.described_subjects)."""

from zygraph.readers.piece_readings import piece_subjects
from zygraph.readers.subject_sentences import subject_sentences
from zygraph.sentences.described_subjects import described_partners, described_subject, group_subject, set_up_groups


def _body(name):
    return name.endswith(("部门", "委员会")) and len(name) > 2


def test_a_described_body_opening_a_clause_is_the_subject_whole():
    assert described_subject("负责编制方案的交通运输部门在报批方案前，应征求意见", _body) == ("负责编制方案的交通运输部门", "应")
    assert described_subject("负责审批方案的交通运输部门，应当及时审批", _body) == ("负责审批方案的交通运输部门", "应当")
    assert described_subject("各承担抽样检测工作的单位，要按规范采样", _body) == ("各承担抽样检测工作的单位", "要")


def test_a_description_that_names_no_body_or_follows_a_body_is_no_subject():
    assert described_subject("负责接待工作的同志要提前到场", _body) is None
    assert described_subject("交通运输部门负责编制方案的审查", _body) is None
    assert piece_subjects("交通运输部门负责编制方案的审查工作。")[0].text == "交通运输部门"


def test_the_subject_after_a_case_clause_and_a_described_partner():
    assert [(i.text, i.role) for i in piece_subjects("评审组提出意见的，负责编制方案的交通运输部门应当修改方案。")] == [
        ("负责编制方案的交通运输部门", "responsible")]
    assert [(i.text, i.role) for i in described_partners(
        "环境保护部门会同负责审批方案的交通运输部门召集专家组成评审组。", _body)] == [
        ("负责审批方案的交通运输部门", "support")]


def test_a_group_the_text_sets_up_is_a_later_subject():
    assert set_up_groups("甲部门召集专家组成评审小组，对方案进行评审。") == {"评审小组"}
    assert group_subject("评审小组应当提出书面意见。", {"评审小组"}) == ("评审小组", "应当")
    assert group_subject("评审小组提出意见的，甲部门应当修改。", {"评审小组"}) is None
    pairs = [(1, "通知如下："), (2, "一、规范评审"),
             (3, "环境保护部门召集专家组成评审小组，对方案进行评审。评审小组应当提出书面意见，环境保护部门应及时印送。")]
    rows = subject_sentences(pairs, [])
    assert [(row.task[:6], row.lead) for row in rows][-1] == ("评审小组应当", "评审小组、环境保护部门")
