"""Requirements a meeting's news names units in only once: one numbered point of several, or the departments concerned."""

from zygraph import read_table
from zygraph.sentences.lone_requirements import concerned, concerned_paragraph, lone_requirements, named_points


def _read(tasks):
    return [(task, [(i.text, i.role) for i in items]) for task, items in tasks]


def test_the_one_numbered_point_naming_units_is_their_task_and_the_subjectless_points_none():
    text = ("会议提出几点要求，一是各乡镇及各相关部门要统一思想，主动融入园区发展；二是要坚持规划引领，提出可行方案；"
            "三是在招商引资中要加强对接；四是尽快成立推进小组。")
    assert _read(named_points(text)) == [
        ("各乡镇及各相关部门要统一思想，主动融入园区发展；", [("各乡镇", "responsible"), ("各相关部门", "responsible")])]


def test_a_two_level_collective_named_bare_is_a_unit_beside_the_departments_concerned():
    # 县区 (the counties and districts) is a collective of levels as 各县区 is
    text = "会议提出三点要求，一是县区及相关部门要提高认识；二是要加强协调；三是要严格督查。"
    assert _read(named_points(text)) == [
        ("县区及相关部门要提高认识；", [("县区", "responsible"), ("相关部门", "responsible")])]


def test_a_points_units_may_open_the_sentence_after_its_run_in_heading():
    # 强调三点：一是X。…二是Y。…三是Z。A、B一定要…: the heading is the point's, kept in its task
    text = ("副县长在讲话中强调三点：一是思想上再重视。要认清形势，做好重点工作。二是措施再细化。要对照任务，细化措施。"
            "三是责任再夯实。各乡镇、县农业农村局一定要落实责任体系，统筹安排。")
    assert _read(named_points(text)) == [
        ("责任再夯实。各乡镇、县农业农村局一定要落实责任体系，统筹安排。",
         [("各乡镇", "responsible"), ("县农业农村局", "responsible")])]


def test_points_naming_everyone_people_or_plans_or_not_reported_as_requirements_give_none():
    assert named_points("会议要求：一是各级各部门要高度重视；二是要加强领导。") is None  # everyone
    assert named_points("会议强调两点：一是各村干部要靠前指挥；二是要加强巡查。") is None  # people by their post
    assert named_points("会议提出两点：一是县财政局将拨付资金；二是要加强巡查。") is None  # a plan, not a requirement
    # what was reported at the meeting, no words of requiring before the points
    assert named_points("会议听取了两个单位的汇报：一是县财政局要求增加经费；二是县水利局汇报了汛情。") is None
    assert named_points("一是县财政局要保障经费；二是要加强领导。") is None  # no words reporting them at all
    assert named_points("会议要求，一是县财政局要保障经费。") is None  # one ordinal: no list of points


def test_the_departments_concerned_alone_are_given_the_requirement_and_a_body_it_urges_too():
    text = ("会议要求：各有关部门要本着高度负责的态度，认真梳理征求到的意见；对不能吸收的问题，梳理后集中提交研究；"
            "对需要部门落实的问题，要督促县交通局要尽快落实办理。")
    assert _read(concerned_paragraph(text)) == [
        (text[5:], [("各有关部门", "responsible"), ("县交通局", "responsible")])]


def test_subjectless_sentences_before_the_departments_concerned_lead_in_to_their_task():
    text = "会议要求，针对近期疫情，要严格做好常态化防控。各相关单位要充分发挥作用，做好复工复产等工作。"
    assert _read(concerned_paragraph(text)) == [
        ("各相关单位要充分发挥作用，做好复工复产等工作。", [("各相关单位", "responsible")])]


def test_attendance_reports_opinions_and_calls_on_everyone_are_no_requirement_of_the_departments_concerned():
    for text in ("各乡镇党委书记，县农业局、县林业局等有关部门主要负责人参加了会议。",    # who attended
                 "会上，各有关部门汇报了前一阶段工作，谈了具体意见。",                # what they reported
                 "与会人员认为，报告观点鲜明，各有关部门要认真学习。",                # opinions, no requirement
                 "会议要求，各级各部门要高度重视，加强领导。",                        # everyone
                 "县长强调，各村干部要靠前指挥。",                                    # people by their post
                 "《方案》要求，各有关部门要通力合作。",                              # a document's words
                 "根据上级要求，各有关部门要通力合作。",                              # a basis, no speaker
                 "会议要求，各有关部门要高度重视。县财政局要保障经费。"):             # a unit named in full
        assert concerned_paragraph(text) is None, text


def test_a_speaker_s_opinion_or_a_call_to_carry_out_the_division_gives_the_departments_concerned_no_task(tmp_path):
    # review r7 o1, n1: an expert's opinion and a county head's speech in news; t6: a notice's closing line
    for text in ("专家指出，相关部门要加强对校园周边食品摊贩的监管，同时要督促学校要落实主体责任。",
                 "李明强调，相关部门要进一步提高认识，切实抓好安全生产各项工作。",
                 "会议强调，各有关部门要按照分工抓好落实，确保年底前见到成效。",
                 "会议要求，相关单位要各司其职，切实抓好落实。"):
        assert concerned_paragraph(text) is None, text
    path = tmp_path / "minutes.txt"
    path.write_text("县政府专题会议纪要\n\n一、加快停车场建设。（牵头单位：县住建局；配合单位：县自然资源局）\n"
                    "二、规范路边停车管理。（牵头单位：县公安局；配合单位：县城管局）\n\n"
                    "会议强调，各有关部门要按照分工抓好落实，确保年底前见到成效。\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.tolist() == ["加快停车场建设。", "规范路边停车管理。"]
    assert "各有关部门" not in set(table.assignments.raw_unit)


def test_the_departments_concerned_task_ends_at_a_sentence_reporting_the_meeting():
    text = "会议要求，有关部门要做好防汛物资储备。会议听取了县财政局关于预算的汇报。"
    assert [task for task, _ in concerned_paragraph(text)] == ["有关部门要做好防汛物资储备。"]


def test_only_the_departments_concerned_are_a_matters_units_not_everyone():
    assert [concerned(name) for name in ("各有关部门", "相关单位", "各相關部門", "各部门", "全县各单位", "有关负责人")] \
        == [True, True, True, False, False, False]


def test_a_meetings_news_naming_units_once_is_read_with_its_finding_and_nothing_else_is_a_task(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("3月6日上午，某县召开农业农村重点工作推进会，副县长出席会议并讲话。\n"
                    "副县长在讲话中强调三点：一是思想上再重视。要切实认清形势。二是措施再细化。要细化各项措施。"
                    "三是责任再夯实。各乡镇、县农业农村局一定要落实责任体系，统筹安排。\n"
                    "会议传达了上级会议精神。\n县农业农村局、各乡镇相关负责同志参会。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task for t in table.tasks.itertuples()] == ["责任再夯实。各乡镇、县农业农村局一定要落实责任体系，统筹安排。"]
    assert [(a.raw_unit, a.role) for a in table.assignments.itertuples()] == [("各乡镇", "lead"), ("县农业农村局", "lead")]
    assert table.findings.loc[table.findings.code == "lone_requirements", "line"].tolist() == [2]


def test_lone_requirements_reads_points_first_then_the_departments_concerned():
    assert [task for task, _ in lone_requirements("会议要求，一是要统一思想；二是相关部门要加强协作。")] == ["相关部门要加强协作。"]
    assert [task for task, _ in lone_requirements("会议要求，要统一思想。相关部门要加强协作。")] == ["相关部门要加强协作。"]
    assert lone_requirements("会议要求，要统一思想，加强协作。") is None


def test_points_numbered_first_second_are_read_as_points_and_the_urging_verb_is_kept():
    text = "会议要求：第一，县财政局要保障经费；第二，要加强领导。"
    assert _read(named_points(text)) == [("县财政局要保障经费；", [("县财政局", "responsible")])]
    tasks = concerned_paragraph("县长指出，各有关部门要密切配合，责成县交通局及时整改到位。")
    assert [(i.text, i.word) for i in tasks[0][1]] == [("各有关部门", "要"), ("县交通局", "责成")]


def test_points_whose_subjects_are_us_the_public_cadres_or_things_name_no_units():
    for first in ("我们要提高认识", "全县上下要提高认识", "党员干部要带头", "广大群众要积极参与", "资金要及时拨付"):
        assert lone_requirements(f"会议强调，一是{first}；二是要做好宣传。") is None, first
    assert lone_requirements("会议要求，相关负责人要认真负责，工作人员要按时到岗。") is None


def test_counted_points_may_be_named_by_any_short_word():
    # 提出三点希望, 提出几点建议: the count says points follow, whatever word names them
    text = "市长提出三点希望：一是市交通局要加快工程进度；二是要加强协调；三是要严格督查。"
    assert _read(named_points(text)) == [("市交通局要加快工程进度；", [("市交通局", "responsible")])]
    assert named_points("市长表示希望：一是市交通局要加快进度；二是要加强协调。") is None  # not counted: no points said


def test_a_requirement_heading_may_be_long_and_the_units_after_it_meet_it_with_jiang():
    text = ("区长提出几点建议，一是要切实增强城乡环境整治工作的责任感和使命感。各街道、区城管局要统一思想；"
            "二是要加大宣传。三是要强化督查问效。区政府督查室将建立月通报制度。")
    assert _read(named_points(text)) == [
        ("要切实增强城乡环境整治工作的责任感和使命感。各街道、区城管局要统一思想；",
         [("各街道", "responsible"), ("区城管局", "responsible")]),
        ("要强化督查问效。区政府督查室将建立月通报制度。", [("区政府督查室", "responsible")])]


def test_jiang_after_a_heading_that_is_no_requirement_is_what_is_planned():
    text = "会议提出两点要求，一是责任再夯实。区城管局将建立制度。二是要加大宣传。"
    assert named_points(text) is None
