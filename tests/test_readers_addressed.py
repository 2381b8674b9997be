"""A short notice dividing its work among its addressees, each the subject of its own sentence."""

import pytest

from zygraph.errors import LayoutError
from zygraph.readers.addressed import addressed_duties, addressees
from zygraph.readers.paragraph import parse_paragraphs

_NOTICE = ("—某县防汛指挥部—\n"
           "县直各成员单位，各乡镇人民政府：\n"
           "入汛以来，降雨偏多。景区、工地要严格落实防汛措施。\n"
           "各乡镇人民政府要明确专人值守，做好转移准备。发现险情及时上报。县直各成员单位依据职能加强督导检查。\n")


def test_each_sentence_giving_an_addressee_its_share_is_one_task_of_it():
    doc = parse_paragraphs(_NOTICE)
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("各乡镇人民政府要明确专人值守，做好转移准备。发现险情及时上报。", "各乡镇人民政府", ""),
        ("县直各成员单位依据职能加强督导检查。", "县直各成员单位", "")]
    assert [f.line for f in doc.findings if f.code == "addressed_duty"] == [4, 4]


def test_the_bodies_the_rules_bind_are_no_units_and_the_addressee_line_gives_no_task():
    doc = parse_paragraphs(_NOTICE)
    # only the two shares: not 景区、工地 (bound by the rules on line 3), not the addressee line on line 2
    assert [(row.line, row.lead) for row in doc.rows] == [(4, "各乡镇人民政府"), (4, "县直各成员单位")]
    assert not [f for f in doc.findings if f.line in (2, 3) and f.code in ("addressed_duty", "role_rule")]


def test_the_role_rule_says_the_subject_answers_for_its_share():
    doc = parse_paragraphs(_NOTICE)
    assert [f.message for f in doc.findings if f.code == "role_rule"] == [
        "the addressees opening the sentence as its subject answer for the share it gives them, so lead: "
        "lead 各乡镇人民政府",
        "the addressees opening the sentence as its subject answer for the share it gives them, so lead: "
        "lead 县直各成员单位"]


_COVER = ("某县人民政府办公室关于印发2024年全县防汛工作要点的通知\n"
          "各镇人民政府，县政府各工作部门：\n"
          "现将《2024年全县防汛工作要点》印发给你们，请结合实际认真贯彻落实。\n"
          "各镇人民政府要明确专人负责，及时报送贯彻落实情况。县政府各工作部门要依据职能于12月底前报送工作总结。\n")


def test_a_notice_covering_a_document_gives_its_addressees_no_shares():
    pairs = list(enumerate(_COVER.splitlines(), start=1))
    assert addressed_duties(pairs, []) == []
    with pytest.raises(LayoutError, match="no numbered task names its units"):
        parse_paragraphs(_COVER)


def test_addressees_urged_alike_with_no_word_of_division_divide_nothing():
    pairs = [(1, "各乡镇人民政府，县直各部门："), (2, "现将有关事项通知如下。"),
             (3, "各乡镇人民政府要高度重视，切实加强组织领导。县直各部门要各司其职，加强协作配合。")]
    assert addressed_duties(pairs, []) == []
    # the same with a word of division is read
    pairs[2] = (3, "各乡镇人民政府要高度重视，切实加强组织领导。县直各部门要依据职能加强协作配合。")
    assert [row.lead for row in addressed_duties(pairs, [])] == ["各乡镇人民政府", "县直各部门"]


def test_shares_only_of_units_in_general_divide_nothing():
    pairs = [(1, "县直各部门，镇直各单位："), (2, "县直各部门要依据职能加强检查。镇直各单位要按照职责分工做好值守。")]
    assert addressed_duties(pairs, []) == []


def test_a_unit_not_addressed_opening_a_sentence_is_its_own_share_not_an_addressee_s():
    pairs = [(1, "各镇人民政府，县直各部门："), (2, "近期疫情形势严峻，现通知如下："),
             (3, "各镇人民政府要压实属地责任。县直各部门要按照职责分工，做好防控。县卫生健康局要加强医疗救治。做好救治准备。")]
    findings = []
    rows = addressed_duties(pairs, findings)
    assert [(row.task, row.lead) for row in rows] == [
        ("各镇人民政府要压实属地责任。", "各镇人民政府"),
        ("县直各部门要按照职责分工，做好防控。", "县直各部门"),
        ("县卫生健康局要加强医疗救治。做好救治准备。", "县卫生健康局")]
    assert [f.message for f in findings if f.code == "addressed_duty"][2] == (
        "a sentence gives a unit the notice does not address, 县卫生健康局 a share as its subject: "
        "县卫生健康局要加强医疗救治。做好救治准备。")


def test_a_call_on_units_in_general_among_the_shares_is_not_read_and_says_so():
    pairs = [(1, "各镇人民政府，县直各部门："),
             (2, "各镇人民政府要压实属地责任。县直各部门要按照职责分工，做好防控。各有关单位要密切配合。做好保障。")]
    findings = []
    rows = addressed_duties(pairs, findings)
    assert [row.task for row in rows] == ["各镇人民政府要压实属地责任。", "县直各部门要按照职责分工，做好防控。"]
    assert [(f.line, f.code) for f in findings if f.code == "addressed_call_skipped"] == [
        (2, "addressed_call_skipped")]


def test_a_unit_named_in_the_rules_before_the_shares_is_a_finding_not_a_task():
    pairs = [(1, "各镇人民政府，县直各部门："), (2, "县应急管理局要做好统筹。"),
             (3, "各镇人民政府要压实属地责任。县直各部门要按照职责分工，做好防控。")]
    findings = []
    rows = addressed_duties(pairs, findings)
    assert [row.lead for row in rows] == ["各镇人民政府", "县直各部门"]
    assert [(f.line, f.message) for f in findings if f.code == "addressed_rule_units"] == [
        (2, "a sentence before the addressees' shares names 县应急管理局: 县应急管理局要做好统筹。")]


def test_addressees_run_on_after_the_issuer_on_one_line_are_found():
    assert addressees([(1, "—某县防汛指挥部—县直各成员单位，各乡镇人民政府：入汛以来…")]) == (
        1, ["县直各成员单位", "各乡镇人民政府"])
    one_line = parse_paragraphs(_NOTICE.replace("\n", " "))
    assert [row.lead for row in one_line.rows] == ["各乡镇人民政府", "县直各成员单位"]


def test_one_addressee_s_share_alone_or_a_call_on_others_divides_nothing():
    pairs = [(1, "各乡镇人民政府，县直各部门："), (2, "各乡镇人民政府要明确专人值守。要做好转移准备。")]
    assert addressed_duties(pairs, []) == []
    # 各地各部门要…: subjects the notice does not address are no shares of its work
    pairs = [(1, "各乡镇人民政府，县直各部门："), (2, "各地要明确专人值守。各部门要加强检查。")]
    assert addressed_duties(pairs, []) == []


def test_a_line_closed_by_a_colon_that_lists_no_units_is_no_addressee_line():
    assert addressees([(1, "会议要求：加强领导。"), (2, "具体安排如下：")]) is None


def test_a_cover_written_in_traditional_characters_is_a_cover_too():
    pairs = [(1, "各鎮人民政府，縣直各部門："), (2, "現將《防汛工作要點》印發給你們，請認真貫徹落實。"),
             (3, "各鎮人民政府要依據職能報送情況。縣直各部門要按照職責分工報送總結。")]
    assert addressed_duties(pairs, []) == []
    # without the cover line the same shares divide the work
    assert [row.lead for row in addressed_duties(pairs[:1] + pairs[2:], [])] == ["各鎮人民政府", "縣直各部門"]


def test_paragraphs_of_one_line_sharing_its_number_cut_only_the_addressees_colon():
    # a one-line copy split into paragraphs gives every paragraph line 1: only the one opening with the addressees
    # loses its colon; a later paragraph with no colon (a signature's date) is read whole, not a crash
    pairs = [(1, "甲乡镇，乙局：暂停集市。"), (1, "二○○六年一月二十三日"),
             (1, "甲乡镇要依据职能明确专人负责。做好疏导。乙局依据职能加强检查。")]
    assert [(row.task, row.lead) for row in addressed_duties(pairs, [])] == [
        ("甲乡镇要依据职能明确专人负责。做好疏导。", "甲乡镇"), ("乙局依据职能加强检查。", "乙局")]
