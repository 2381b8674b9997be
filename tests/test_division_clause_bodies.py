"""A campaign's division of work in ；-clauses as the sentence reader (zygraph.readers.subject_sentences) reads it:
classes of bodies named by what they do (zygraph.names.class_bodies), a clause whose 要 was left out
(zygraph.sentences.bare_clauses) and a body setting up the group doing the work (zygraph.sentences.subject_forms);
texts written for these tests."""

from zygraph.names.class_bodies import class_body
from zygraph.readers.piece_readings import is_body, piece_subjects
from zygraph.readers.subject_sentences import subject_sentences
from zygraph.sentences.bare_clauses import bare_clause_subjects


def _rows(text):
    findings = []
    rows = subject_sentences([(1, "通知如下："), (2, "三、分工协作，保障防汛。" + text)], findings)
    return [(row.lead, row.support) for row in rows], {finding.code for finding in findings}


def test_the_press_and_service_organisations_of_every_level_are_bodies():
    assert class_body("新闻单位") and class_body("各新闻媒体") and class_body("各级防汛服务组织")
    assert is_body("新闻单位") and is_body("各级农机服务组织")
    assert not class_body("服务组织") and not class_body("社会组织") and not is_body("防汛服务组织")


def test_each_clause_of_the_division_is_its_body_s_task_the_press_too():
    rows, codes = _rows("县水务局要加强堤防巡查；县交通局要保障道路畅通；新闻单位要做好防汛宣传；"
                        "各级防汛服务组织要发挥作用，做好抢险服务。")
    assert rows == [("县水务局", ""), ("县交通局", ""), ("新闻单位", ""), ("各级防汛服务组织", "")]
    assert "class_body" in codes


def test_a_clause_whose_modal_was_left_out_is_its_body_s_share():
    rows, codes = _rows("县水务局要加强堤防巡查；县供电部门做好线路检修，保证供电；县交通局要保障道路畅通。")
    assert rows == [("县水务局", ""), ("县供电部门", ""), ("县交通局", "")]
    assert "bare_clause_subject" in codes
    body = lambda name: name.endswith("部门")  # noqa: E731
    assert bare_clause_subjects("县供电部门做好线路检修；", "县水务局要加强巡查；", body)[0].text == "县供电部门"
    assert bare_clause_subjects("县供电部门做好线路检修；", "加强巡查；", body) == []


def test_a_body_setting_up_the_group_doing_the_work_is_the_subject():
    text = "为做好防汛工作，县政府成立防汛抢险工作领导小组，并下设3个督导组，督导组要深入一线开展督导。"
    assert [item.text for item in piece_subjects(text)] == ["县政府", "督导组"]
    assert piece_subjects("县政府成立产业发展基金。") == []
