"""Tests for zygraph.readers.replies: a reply letter's numbered requests, each a task of the bodies answering it.

The made-up examples follow the wording of the State Council General Office's replies to provinces
(blind107: 2004_guobanhan_hubei_premier_inspection_requests_reply, 2004_guobanhan_sichuan_premier_inspection_requests_reply).
"""

from zygraph.readers.replies import answer_units, request_replies

LETTER = [
    (1, "江南省人民政府："),
    (2, "对于你省提出的问题和建议，有关部门认真进行了研究，现将有关情况函复如下。"),
    (3, "一、关于修建港口问题。你省请求，国家支持港口建设。"),
    (4, "交通部会同财政部研究提出了办理意见：交通部将尽快审查。"),
    (5, "二、关于防灾减灾问题。你省请求，中央给予专项支持。"),
    (6, "1.关于滑坡监测问题。国土资源部会同民政部、财政部研究提出了办理意见：财政部在测算转移支付时，将继续予以考虑。"),
    (7, "2.关于移民搬迁问题。发展改革委会同扶贫办研究提出了办理意见：发展改革委今年已将你省纳入试点。"),
    (8, "三、关于对口支援问题。你省建议有关部门加强对口支援。"),
    (9, "有关部门研究提出了办理意见：有关工作应请地方政府按照规划切实抓好。"),
    (10, "国务院办公厅"),
]


def test_each_answered_request_is_a_task_and_a_group_holding_only_its_request_is_none():
    rows = request_replies(LETTER, [])
    assert [row.line for row in rows] == [3, 6, 7, 8]
    assert rows[0].task.startswith("关于修建港口问题")


def test_the_body_before_huitong_leads_and_those_after_support():
    rows = request_replies(LETTER, [])
    assert (rows[0].lead, rows[0].support) == ("交通部", "财政部")
    assert (rows[2].lead, rows[2].support) == ("发展改革委", "扶贫办")


def test_a_partner_given_work_of_its_own_in_the_item_leads():
    row = request_replies(LETTER, [])[1]
    assert row.names["lead"] == ("国土资源部", "财政部")
    assert row.names["support"] == ("民政部",)


def test_bodies_a_sentence_asks_to_do_the_work_lead_and_the_request_names_no_unit():
    row = request_replies(LETTER, [])[3]
    assert row.names["lead"] == ("有关部门", "地方政府")  # 你省建议有关部门…: the request's words are no answer


def test_a_letter_with_one_request_is_no_reply_letter():
    assert request_replies(LETTER[:4], []) == []


def test_each_item_read_is_a_request_reply_finding():
    found = []
    request_replies(LETTER, found)
    assert [finding.code for finding in found] == ["request_reply"] * 4


def test_past_and_planned_work_make_a_body_the_subject():
    assert answer_units("1999年以来，水利部已安排资金。目前，林业局正在编制规划，农业部建议，再研究审批问题。") == (
        ["水利部", "林业局", "农业部"], [])


def test_bodies_joined_by_he_each_lead():
    assert answer_units("对该报告，水利部和中国国际工程咨询公司已分别进行了审查。") == (
        ["水利部", "中国国际工程咨询公司"], [])


def test_a_body_only_helping_supports():
    assert answer_units("水利部也表示将积极配合发展改革委做好立项工作。") == ([], ["水利部"])


def test_the_addressee_and_back_references_are_no_units():
    assert answer_units("发展改革委将与你省充分协商，会同你省推进。该委将尽快研究。你省正在开展前期工作。") == (
        ["发展改革委"], [])


def test_the_addressees_departments_asked_to_work_lead():
    assert answer_units("国务院领导同志已批示同意。请你省有关部门指导该市办理。") == (["你省有关部门"], [])


def test_partners_of_a_later_huitong_without_subject_support():
    assert answer_units("目前，环保总局正在修订规划，同时将会同财政部、建设部等有关部门认真研究。") == (
        ["环保总局"], ["财政部", "建设部"])


# Replies to a proposer (blind87: 2005_guobanhan_gov_websites_proposal_reply): 你部…提案收悉，现答复如下, then measures
# 一、heading。text whose bodies are the subjects of running text, and a closing paragraph of thanks.
PROPOSAL = [
    (1, "张某、李某委员："),
    (2, "你们提出的关于加强农村道路建设的提案，经商交通部、财政部，现答复如下："),
    (3, "一、完善规划体系，统筹道路建设。目前，交通部已会同农业部组织编制了农村道路规划。"),
    (4, "二、加强资金保障。将由财政部牵头，研究完善补助办法。"),
    (5, "三、推进养护标准化工作。交通部将与质检总局、标准委等单位一起，制定养护标准。"),
    (6, "四、其他问题（略）"),
    (7, "感谢你们对农村道路建设的关心，我们将会同有关部门共同做好有关工作。"),
    (8, "国务院办公厅"),
]


def test_a_reply_to_a_proposal_reads_each_numbered_measure_as_a_task_without_requests():
    rows = request_replies(PROPOSAL, [])
    assert [row.line for row in rows] == [3, 4, 5]
    assert rows[0].task.startswith("完善规划体系")
    assert (rows[0].lead, rows[0].support) == ("交通部", "农业部")


def test_the_body_named_by_you_qiantou_leads():
    assert request_replies(PROPOSAL, [])[1].names["lead"] == ("财政部",)
    assert answer_units("将由财政部牵头，研究完善补助办法。") == (["财政部"], [])


def test_partners_a_subject_works_with_yiqi_support():
    assert answer_units("交通部将与质检总局、标准委等单位一起，制定养护标准。") == (["交通部"], ["质检总局", "标准委"])


def test_a_closing_paragraph_of_thanks_is_no_items_answer_and_a_lue_item_is_no_task():
    rows = request_replies(PROPOSAL, [])
    assert rows[-1].names.get("support") == ("质检总局", "标准委")  # not 有关部门 of the closing paragraph
    assert all(row.line != 6 for row in rows)


def test_a_proposal_reply_opened_by_shouxi_with_items_numbered_in_brackets():
    letter = [(1, "你委《关于发展职业教育的提案》收悉，现答复如下："),
              (2, "（一）关于师资问题。你委建议，增加编制。教育部会同人事部研究提出：教育部将加强培训。"),
              (3, "（二）关于经费问题。财政部意见：财政部已安排专项资金。"),
              (4, "此复。")]
    rows = request_replies(letter, [])
    assert [(row.line, row.lead, row.support) for row in rows] == [(2, "教育部", "人事部"), (3, "财政部", "")]


def test_bodies_a_measure_says_were_consulted_lead():
    assert answer_units("经商发展改革委、财政部，拟在明年安排资金。") == (["发展改革委", "财政部"], [])


def test_a_bodys_view_heading_the_answer_makes_it_the_subject():
    assert answer_units("财政部意见：中央财政已给予补助。") == (["财政部"], [])


def test_sustained_and_organised_work_makes_a_body_the_subject_and_partners_end_before_jixu():
    assert answer_units("2002年到2005年，统计局连续四年组织开展评估。农业部将会同有关部门继续探索。") == (
        ["统计局", "农业部"], ["有关部门"])


def test_requests_worded_as_a_proposal_need_answers_naming_handlers_without_a_reply_opening():
    letter = [(1, "一、关于师资问题。你们建议，增加编制。"), (2, "教育部会同人事部研究提出：将加强培训。"),
              (3, "二、关于经费问题。你们请求，增加经费。"), (4, "财政部意见：中央财政已给予补助。")]
    rows = request_replies(letter, [])
    assert [(row.line, row.lead, row.support) for row in rows] == [(1, "教育部", "人事部"), (3, "财政部", "")]


def test_numbered_measures_without_a_reply_opening_or_requests_are_no_reply_letter():
    notice = [(1, "一、完善规划体系。交通部已会同农业部组织编制了规划。"), (2, "二、加强资金保障。将由财政部牵头，研究补助办法。")]
    assert request_replies(notice, []) == []


def test_a_proposal_reply_with_one_measure_naming_bodies_is_none():
    assert request_replies(PROPOSAL[:3] + PROPOSAL[5:], []) == []


def test_the_addressee_in_any_of_its_forms_is_no_unit_and_an_answer_naming_no_body_is_said():
    pairs = [(1, "一、关于堤防问题。你委请求，加大投资。"), (2, "你委已会同财政部研究提出了办理意见。"),
             (3, "二、关于移民问题。你委请求，对口支援。"), (4, "水利部研究提出了办理意见。"),
             (5, "三、关于用地问题。你委请求，增加指标。"), (6, "经研究提出了办理意见：该项用地已纳入规划。")]
    findings = []
    rows = request_replies(pairs, findings)
    assert [(r.line, r.lead, r.support) for r in rows] == [(1, "", "财政部"), (3, "水利部", "")]
    assert [(f.line, f.code) for f in findings if f.code == "request_without_body"] == [(5, "request_without_body")]
