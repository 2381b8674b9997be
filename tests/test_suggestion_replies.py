"""Tests for zygraph.readers.suggestion_replies: a reply to a deputy's suggestion, one task a sentence naming a body.

The made-up examples follow the wording of a ministry's replies to NPC deputies (blind120:
2018_mee_ecological_red_line_compensation_deputy_reply, 2019_mee_soil_monitoring_network_deputy_reply,
2020_mee_environmental_governance_model_deputy_reply).
"""

from zygraph.readers.suggestion_replies import sentence_bodies, suggestion_replies

REPLY = [
    (1, "王五代表：您提出的“关于加强河湖保护的建议”，由我部会同水利部、财政部办理。经认真研究，答复如下："
        "一、关于河湖划界问题我部高度重视，会同水利部制定了技术指南。目前划界工作正在推进。"
        "各省（区、市）按照指南开展划界。下一步，我们将会同有关部门完善机制。"
        "二、关于资金保障问题2019年，水利部会同我部印发《河湖保护资金管理办法》。一是加大投入。二是规范使用。"
        "下一步，财政部和有关部门将加强资金监管。感谢您对生态环境工作的关心和支持。生态环境部2020年1月1日"),
]


def _rows():
    return [(row.task[:8], row.lead, row.support) for row in suggestion_replies(REPLY, [])]


def test_each_sentence_naming_a_body_as_subject_is_a_task_running_on_over_those_naming_none():
    rows = suggestion_replies(REPLY, [])
    assert [row.task[:8] for row in rows] == ["关于河湖划界问题", "各省（区、市）按", "关于资金保障问题", "下一步，财政部和"]
    assert "目前划界工作正在推进" in rows[0].task and "二是规范使用" in rows[2].task


def test_the_lead_in_naming_who_handled_the_suggestion_is_no_task():
    assert all(row.support != "水利部、财政部" for row in suggestion_replies(REPLY, []))
    assert not any("办理" in row.task for row in suggestion_replies(REPLY, []))


def test_the_ministry_naming_itself_leads_and_the_body_after_huitong_supports():
    assert _rows()[0] == ("关于河湖划界问题", "我部", "水利部")
    assert _rows()[2] == ("关于资金保障问题", "水利部", "我部")


def test_a_collective_of_provinces_opening_a_sentence_is_its_subject():
    assert _rows()[1] == ("各省（区、市）按", "各省（区、市）", "")


def test_women_names_no_body_and_its_sentence_runs_on():
    rows = suggestion_replies(REPLY, [])
    assert "我们将会同有关部门完善机制" in rows[1].task
    assert "我们" not in rows[1].lead


def test_bodies_joined_by_he_after_xiayibu_all_lead():
    assert _rows()[3] == ("下一步，财政部和", "财政部、有关部门", "")


def test_the_thanks_and_signature_close_the_answer():
    assert not any("感谢" in row.task for row in suggestion_replies(REPLY, []))


def test_a_text_that_is_no_reply_to_a_suggestion_gives_no_rows():
    assert suggestion_replies([(1, "一、我部会同水利部制定规划。"), (2, "二、水利部将加强监管。")], []) == []


def test_a_body_issuing_a_cited_document_beside_another_subject_is_no_unit():
    assert sentence_bodies("2018年，国务院办公厅印发《意见》，我部会同水利部，指导各地开展工作。") == (["我部"], ["水利部"])


def test_a_body_issuing_a_document_inside_an_attribute_is_no_unit():
    assert sentence_bodies("交通部2018年印发的《通知》明确了要求。") == ([], [])
    assert sentence_bodies("交通部印发的《通知》明确了要求，各地正在抓紧落实。") == (["各地"], [])


def test_a_body_forwarding_a_document_alone_is_its_subject():
    assert sentence_bodies("2017年，国办转发交通部与水利部《实施方案》。") == (["国办"], [])


def test_a_clause_opening_with_huitong_gives_its_partners_no_subject():
    assert sentence_bodies("累计安排投资，会同有关部门先后组织检查。") == ([], ["有关部门"])


def test_a_clause_opening_with_a_verb_names_its_object_no_subject():
    assert sentence_bodies("印发《规定》，既查企业、又查地方政府及相关部门。") == ([], [])


def test_partners_after_lianhe_support_and_a_trailing_deng_bumen_is_dropped():
    assert sentence_bodies("下一步，我部将联合水利部、农业农村部等部门，继续推进。") == (["我部"], ["水利部", "农业农村部"])


def test_a_heading_runs_into_the_ministry_naming_itself_but_not_into_its_partner():
    assert sentence_bodies("关于河湖划界问题我部高度重视，认真研究。") == (["我部"], [])
    assert sentence_bodies("关于资金保障水利部会同我部印发《办法》。") == ([], ["我部"])


def test_a_body_issuing_a_cited_document_alone_is_the_background():
    # 2019_mee_oil_gas_exploration_deputy_reply: 2019年6月，中共中央办公厅、国务院办公厅印发了《…》，要求“…”
    assert sentence_bodies("2019年6月，交通部、农业部印发了《意见》，要求加强保护。") == ([], [])


def test_a_subject_helping_another_body_with_its_work_supports_it():
    # 2019_mee_oil_gas_exploration_deputy_reply: 我部正配合A起草…, 我部正在积极配合A等部门落实…, 2018年，我部配合A起草了…
    assert sentence_bodies("目前，我部正配合水利部起草《办法》，推动保护。") == (["水利部"], ["我部"])
    assert sentence_bodies("同时，我部正在积极配合林业局等部门落实保护工作。") == (["林业局"], ["我部"])
    assert sentence_bodies("2018年，我部配合水利部起草了《意见》，并上报国务院。") == (["水利部"], ["我部"])


def test_a_clause_naming_its_lead_with_you_has_no_subject_of_its_own():
    # 2019_mee_oil_gas_exploration_deputy_reply: 该项工作由A牵头，目前我部正在配合A制定…
    assert sentence_bodies("机构改革后，该项工作由水利部牵头，目前我部正在配合水利部制定办法。") == (["水利部"], ["我部"])


def test_a_subject_reporting_work_since_a_year_opens_a_task():
    # 2019_mee_oil_gas_exploration_deputy_reply: 我部自2017年以来，会同有关部门指导…
    assert sentence_bodies("根据《意见》，我部自2017年以来，会同有关部门指导各地划定红线。") == (["我部"], ["有关部门"])
