"""Duties shared out by a section's form: units named in a sentence of their own, or under a 职责分工 heading."""

from zygraph.sentences.duty_sections import divides_duties, kind_heading, named_duties
from zygraph.readers.paragraph import parse_paragraphs


def test_each_unit_named_alone_before_its_duty_gets_that_duty():
    text = ("各成员单位职责如下：县公安局。负责查处违法行为。加强巡查。"
            "县交通局、公路局。负责道路巡查；负责依法查处。县农委。负责技术推广。")
    duties = named_duties(text)
    assert [(duty, [(i.text, i.role) for i in items]) for duty, items in duties] == [
        ("县公安局。负责查处违法行为。加强巡查。", [("县公安局", "responsible")]),
        ("县交通局、公路局。负责道路巡查；负责依法查处。", [("县交通局", "responsible"), ("公路局", "responsible")]),
        ("县农委。负责技术推广。", [("县农委", "responsible")]),
    ]


def test_one_unit_sentence_is_no_list_of_duties():
    assert named_duties("县公安局。负责查处违法行为。") is None


def test_a_sentence_that_is_no_unit_list_starts_no_duty():
    assert named_duties("加强领导。负责统一监督。强化督查。负责跟踪问效。") is None


def test_paragraph_reader_reads_a_run_on_heading_of_named_duties():
    text = ("一、指导思想以科学发展观为指导。二、组织领导及职责分工县政府成立领导小组。各成员单位职责如下："
            "县环保局。负责统一监督。县交通局、公路局。负责道路巡查。")
    doc = parse_paragraphs(text)
    assert [(r.task, r.lead) for r in doc.rows] == [
        ("县环保局。负责统一监督。", "县环保局"), ("县交通局、公路局。负责道路巡查。", "县交通局、公路局")]
    assert "named_duties" in {f.code for f in doc.findings}


def test_headings_announcing_a_division_of_duties():
    assert divides_duties("职责分工") and divides_duties("三、部门职责"[2:]) and divides_duties("任务分解")
    assert not divides_duties("工作目标和任务") and not divides_duties("保障措施")


def test_paragraph_reader_reads_paragraphs_opening_with_units_under_a_heading_dividing_duties():
    text = ("一、工作目标\n全面禁烧。\n三、职责分工\n按照属地管理的原则，各村是禁烧工作责任主体，要层层落实责任。\n"
            "农业办积极开展秸秆综合利用推广工作。\n企管站做好现场检查工作。\n联系人：企管站")
    doc = parse_paragraphs(text)
    assert [(r.task[:6], r.lead) for r in doc.rows] == [("按照属地管理", "各村"), ("农业办积极开", "农业办"),
                                                      ("企管站做好现", "企管站")]
    assert [f.line for f in doc.findings if f.code == "duty_in_section"] == [4, 5, 6]


def test_paragraphs_opening_with_units_under_another_heading_are_no_duties():
    text = "一、工作措施\n农业办积极开展秸秆综合利用推广工作。\n二、保障措施\n1.加强领导（县农业局负责）"
    doc = parse_paragraphs(text)
    assert [(r.task, r.lead) for r in doc.rows] == [("加强领导", "县农业局")]


def test_departments_named_by_field_then_in_full_as_subjects_are_one_duty_of_the_full_names():
    from zygraph.sentences.duty_sections import fielded_duties

    # 公安、消防等部门负责…。公安局要…；消防大队负责…: the fields say who; the full names are the units
    text = "公安、消防等部门负责保障场馆周边的治安。公安局要加大巡防力度；消防大队负责检查消防设施。"
    assert [(i.text, i.role) for i in fielded_duties(text)] == [("公安局", "responsible"), ("消防大队", "responsible")]


def test_a_field_list_not_matched_by_the_full_names_after_it_is_no_fielded_duty():
    from zygraph.sentences.duty_sections import fielded_duties

    # a field left unnamed after it, a department of another field, one field alone, or full names in the summary
    assert fielded_duties("公安、消防等部门负责保障治安。公安局要加大巡防力度。") is None
    assert fielded_duties("公安、消防等部门负责保障治安。公安局要巡防；消防大队要检查；交通局要疏导。") is None
    assert fielded_duties("公安等部门负责保障治安。公安局要加大巡防力度。") is None
    assert fielded_duties("县公安局、县消防大队等部门负责保障治安。县公安局要巡防；县消防大队要检查。") is None


def test_each_department_named_in_full_after_its_field_keeps_the_role_its_own_clause_gives():
    from zygraph.sentences.duty_sections import fielded_duties

    # 公安分局要配合: the clause's own word makes it support; the others answer for their shares
    text = "公安、交通等部门负责维护秩序。公安局要加强巡逻；交通局要疏导交通；公安分局要配合。"
    assert [(i.text, i.role) for i in fielded_duties(text)] == [
        ("公安局", "responsible"), ("交通局", "responsible"), ("公安分局", "support")]


def test_units_told_to_act_as_another_document_divides_their_duties_name_no_task():
    # （二）明确工作职责 / A、B按照《…办法》职责分工执行。: the duties are in that document, none here (blind117's 崇明)
    text = ("（二）明确工作职责\n县政府各部门、各乡镇按照《某县安全责任制实施办法》职责分工执行。\n"
            "农业办积极开展秸秆综合利用推广工作。\n")
    doc = parse_paragraphs(text)
    assert [(r.task[:6], r.lead) for r in doc.rows] == [("农业办积极开", "农业办")]


def test_a_heading_naming_a_kind_of_body_after_a_unit_heading_heads_its_duties():
    assert [i.text for i in kind_heading("区中标的道路运输单位和作业服务单位", "分工与职责", True)] == [
        "区中标的道路运输单位和作业服务单位"]  # one unit: 区中标的 runs over both kinds
    assert kind_heading("建设单位", "分工与职责", False) is None  # no unit heading before it
    assert kind_heading("保障措施", "分工与职责", True) is None
    assert divides_duties("分工与职责") and divides_duties("分工和职责")
