"""Duties a news report runs together in its sentences: numbered points, clause subjects, later collectives."""

from zygraph import read_table
from zygraph.readers.detect import detect_layout
from zygraph.sentences.grammar import Item
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.sentences.report_duties import clause_duties, later_duty_units, ordinal_points, own_clauses, reported_lead_in, without_setting


def _read(items):
    return [(i.text, i.role) for i in items]


def codes_at(table, code):
    return table.findings.loc[table.findings.code == code, "line"].tolist()


# ordinal_points: 提出了N点要求：一是…；二是…


def test_a_speakers_numbered_points_give_each_the_units_opening_it_before_yao_or_a_date():
    text = ("副市长提出了三点要求：一是市水务局、市农业局要在6月底前完成排查；二是市财政局7月15前要拨付资金。"
            "三是由市应急局制定全市预案报市政府审定。")
    points = ordinal_points(text)
    assert [task for task, _ in points] == ["市水务局、市农业局要在6月底前完成排查；", "市财政局7月15前要拨付资金。",
                                            "由市应急局制定全市预案报市政府审定。"]
    assert [_read(items) for _, items in points] == [
        [("市水务局", "responsible"), ("市农业局", "responsible")], [("市财政局", "responsible")],
        [("市应急局", "responsible")]]  # 市政府 only approves the plan: no unit of it


def test_a_point_with_no_subject_gives_the_work_to_the_units_it_requires_to_act():
    points = ordinal_points("会议提出两点要求：一是要印发通知要求各县区8月1日前上报名单；二是市教育局要做好培训。")
    assert [_read(items) for _, items in points] == [[("各县区", "responsible")], [("市教育局", "responsible")]]


def test_numbered_points_need_the_words_reporting_them_and_two_naming_units_of_their_own():
    assert ordinal_points("抓好基地建设。一是市发改委要完成方案；二是市财政局要保障经费。") is None  # a title, no speaker
    assert ordinal_points("会议要求：一是各部门要加强领导；二是市发改委要完成方案。") is None  # 各部门: everyone
    assert ordinal_points("会议要求：一是要加强领导；二是要要求有关单位上报材料。") is None  # no unit named
    # units of whoever's owning, named in general, are everyone: 全市各级各部门, 市直有关部门, 各级党委政府
    assert ordinal_points("会议提出三点要求：一是全市各级各部门要提高认识；二是市直有关部门要加强领导；"
                          "三是各级党委政府要落实责任。") is None
    assert ordinal_points("会议要求：二是市发改委要完成方案；一是市财政局要保障经费。") is None  # out of sequence


def test_points_numbered_di_yi_after_a_division_name_their_units_by_role_verb_or_label():
    text = ("会后，李某副县长对与会单位作了分工：第一、县林业局作为示范基地创建牵头单位，负责基地的管理；"
            "第二、县农业局负责技术培训；第三、县财政局、县审计局负责经费保障和审计。")
    points = ordinal_points(text)
    assert [task[:6] for task, _ in points] == ["县林业局作为", "县农业局负责", "县财政局、县"]
    assert [_read(items) for _, items in points] == [[("县林业局", "lead")], [("县农业局", "responsible")],
                                                    [("县财政局", "responsible"), ("县审计局", "responsible")]]


def test_points_numbered_di_yi_without_a_division_s_lead_in_or_naming_no_units_are_none():
    # a report's own points, no words dividing the work before them: the bodies named are what the report is about
    assert ordinal_points("近日召开协调会。第一、县林业局负责管理；第二、县农业局负责培训。") is None
    # points naming everyone, or the attendees' people, divide no work among units
    assert ordinal_points("县长作了分工：第一、各有关部门负责宣传；第二、县农业局、财政局等单位负责人参加会议。") is None
    # 第一、 then 第三、: out of sequence, no division
    assert ordinal_points("县长作了分工：第一、县林业局负责管理；第三、县农业局负责培训。") is None


# clause_duties: …，A要…。…，A设在B，负责…。A除负责…外，还要…；B负责…


def test_duties_opening_clauses_inside_sentences_are_one_task_each_from_their_units():
    text = ("《通知》指出：普查是一次重大国情调查，各街道办事处要按照统一部署，做好普查工作。为加强领导，成立由副区长任组长，"
            "发改、公安、民政等单位为成员的普查领导小组，普查办公室设在区统计局，负责日常工作。区财政局除负责普查经费落实外，"
            "还要督促检查；区委宣传部负责宣传报道。")
    duties = clause_duties(text)
    assert [task[:8] for task, _ in duties] == ["各街道办事处要按", "普查办公室设在区", "区财政局除负责普", "区委宣传部负责宣"]
    # the member list (发改、公安、民政等单位为成员) and the host of the office (区统计局) are no units
    assert [_read(items) for _, items in duties] == [[("各街道办事处", "responsible")], [("普查办公室", "responsible")],
                                                    [("区财政局", "responsible")], [("区委宣传部", "responsible")]]
    # the clauses leading in to a duty inside its sentence are no part of it, nor of the duty before
    assert duties[0][0].endswith("做好普查工作。") and "领导小组" not in duties[1][0]


def test_a_word_of_time_opening_a_sentence_makes_no_units_name():
    # 今年县农业局: the report's 今年 is no part of a name, so the clause names no unit of its own
    assert clause_duties("记者了解到，今年县农业局负责完成造林。县林业局负责管护。") is None
    assert ordinal_points("他强调：一是各乡镇5月底前完成排查；二是县直部门要配合。") is None  # 县直部门: everyone


def test_a_paragraph_of_requirements_or_one_role_verb_or_a_basis_clause_divides_no_duties():
    assert clause_duties("各有关部门要认真组织实施；各省政府要建立省级政府办公厅牵头的机制。国务院办公厅将加强督查。") is None
    assert clause_duties("根据《方案》，为支持发展，市发改委负责规划。市财政局要保障经费，各部门要配合。") is None
    assert clause_duties("会议强调，形成市住建厅牵头，各相关部门、单位负责的格局。") is None


# later_duty_units and without_setting


def test_after_duties_by_role_verbs_a_local_collective_with_a_verb_of_work_or_the_main_responsibility_is_a_unit():
    assert _read(later_duty_units("各村（社区）组织网格员入户排查，建立台账。")) == [("各村（社区）", "responsible")]
    assert _read(later_duty_units("镇村落实属地主体责任，分片包干。")) == [("镇村", "responsible")]
    assert _read(later_duty_units("县水务局压实主体责任，加快进度。")) == [("县水务局", "responsible")]


def test_a_sentence_whose_subject_is_no_unit_of_its_own_yields_none():
    assert later_duty_units("同时，认真分析原因，紧盯重点乡（镇）村。") is None
    assert later_duty_units("此次行动实行日报告、周通报。") is None
    assert later_duty_units("各部门组织力量开展检查。") is None  # everyone
    assert later_duty_units("县农业局要加强指导。") is None  # a department, no role word: may be what it is about
    assert later_duty_units("各省（区、市）政府要建立工作机制。") is None  # 要: every place's requirement


def test_a_clause_of_setting_is_read_past_only_before_the_subject():
    assert without_setting("整治期间，县公安局负责巡查。") == "县公安局负责巡查。"
    assert without_setting("县公安局在整治期间，负责巡查。") == "县公安局在整治期间，负责巡查。"


# read through the paragraph reader


def test_a_news_report_of_a_speakers_numbered_points_is_read_one_task_a_point(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("某市研究防汛工作\n为做好防汛工作，市防汛办组织市水务局、市财政局相关负责人召开对接会。\n\n"
                    "市防汛办主任提出了三点要求：一是市水务局、市气象局要在5月31日前完成预案；二是要下发通知要求各县区"
                    "6月5日前上报排查结果；三是由市防汛办制定全市方案上报市政府审定。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "市水务局", "lead"), ("T001", "市气象局", "lead"), ("T002", "各县区", "lead"),
        ("T003", "市防汛办", "lead")]  # the attendees of the meeting are given nothing
    assert codes_at(table, "ordinal_points") == [4]


def test_a_news_report_summarising_a_notice_reads_the_duties_its_clauses_open(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("我区部署经济普查工作\n近日，我区出台《关于开展经济普查的通知》。\n"
                    "《通知》指出：普查是一次重大国情调查，各街道办事处要按照统一部署，做好普查工作。为加强领导，成立由副区长"
                    "任组长，发改、公安、民政等单位为成员的普查领导小组，普查办公室设在区统计局，负责日常工作。区财政局除负责"
                    "普查经费落实外，还要督促检查；区委宣传部负责宣传报道。\n各街道办事处要建立相应机构，确保普查顺利完成.\n",
                    encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    table = read_table(path)
    assert [t.task[:6] for t in table.tasks.itertuples()] == ["各街道办事处", "普查办公室设", "区财政局除负", "区委宣传部负",
                                                              "各街道办事处"]
    assert [(a.task_id, a.raw_unit) for a in table.assignments.itertuples()] == [
        ("T001", "各街道办事处"), ("T002", "普查办公室"), ("T003", "区财政局"), ("T004", "区委宣传部"),
        ("T005", "各街道办事处")]
    assert set(table.assignments.role) == {"lead"}
    assert codes_at(table, "clause_duties") == [3]


def test_a_division_sentence_then_sentences_opened_by_local_collectives_gives_each_its_task(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("某县开展河道整治行动\n整治中，县水务局负责编制方案；县财政局、县审计局负责资金保障；县公安局负责打击"
                    "非法采砂。同时，认真排查隐患，紧盯重点乡（镇）村。此次行动实行周通报。各乡镇组织巡河员深入河道，"
                    "及时清理垃圾。乡（镇）村靠实主体责任，分段包干，督促群众按时完成整治。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:6] for t in table.tasks.itertuples()] == ["整治中，县水", "县财政局、县", "县公安局负责", "各乡镇组织巡",
                                                              "乡（镇）村靠"]
    assert [(a.task_id, a.raw_unit) for a in table.assignments.itertuples()] == [
        ("T001", "县水务局"), ("T002", "县财政局"), ("T002", "县审计局"), ("T003", "县公安局"), ("T004", "各乡镇"),
        ("T005", "乡（镇）村")]  # 重点乡（镇）村 is what the sentence with no subject is about: no unit
    assert table.findings.loc[table.findings.code == "setting_clause", "message"].str.endswith("整治中，").tolist() == [True]
    later = table.findings[table.findings.code == "later_duties"]
    assert later.line.tolist() == [2, 2]
    assert [message.split("no role word: ")[1][:6] for message in later.message] == ["各乡镇组织巡", "乡（镇）村靠"]


def test_a_division_sentence_after_a_colon_starts_its_first_duty_at_the_units(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("某县开展结对帮扶\n帮扶工作将采取两级联合的帮扶：市直有关单位负责规划和资金；县农业局负责具体落实。"
                    "两级单位协调配合。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:6] for t in table.tasks.itertuples()] == ["市直有关单位", "县农业局负责"]
    assert [(a.task_id, a.raw_unit) for a in table.assignments.itertuples()] == [("T001", "市直有关单位"),
                                                                                ("T002", "县农业局")]
    lead_in = table.findings[table.findings.code == "division_lead_in"]
    assert lead_in.line.tolist() == [2]
    assert lead_in.message.str.endswith("帮扶工作将采取两级联合的帮扶：").tolist() == [True]
    assert "ordinal_tasks" not in set(table.findings.code)  # a lead-in to duties is no numbered titles' lead-in


def test_the_words_reporting_what_a_document_lays_down_are_read_up_to_their_comma():
    assert reported_lead_in("《办法》规定，各级水利部门负责河道管理；") == "《办法》规定，"
    assert reported_lead_in("会议确定，县交通局负责道路养护。") == "会议确定，"
    assert reported_lead_in("县交通局负责道路养护，明确专人。") == ""  # the duty's own words, after its units
    assert reported_lead_in("为进一步加强河道管理，保障防洪安全，各部门要求真务实。") == ""  # no reporting word


def test_a_division_sentence_after_the_words_reporting_it_gives_each_semicolon_clause_its_units(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("某省建立河道联合执法机制\n《办法》规定，各级水利部门负责河道管理和监督检查；各级交通、海事部门负责"
                    "航道管理，依法查处违法行为；各级渔政部门依法查处非法捕捞；各级公安机关负责治安管理工作。"
                    "其他各部门应积极响应。\n", encoding="utf-8")
    table = read_table(path)
    assert [t.task[:8] for t in table.tasks.itertuples()] == ["《办法》规定，各", "各级交通、海事部", "各级渔政部门依法",
                                                              "各级公安机关负责"]
    assert [(a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()] == [
        ("T001", "各级水利部门", "lead"), ("T002", "各级交通、海事部门", "lead"), ("T003", "各级渔政部门", "lead"),
        ("T004", "各级公安机关", "lead")]  # 其他各部门: everyone, no unit
    assert codes_at(table, "reported_lead_in") == [2]
    clauses = table.findings[table.findings.code == "division_clause"]
    assert clauses.line.tolist() == [2] and clauses.message.str.endswith("各级渔政部门依法查处非法捕捞；").all()


def test_a_semicolon_clause_opening_with_a_verb_is_its_unit_s_duty_not_another_unit(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("某市明确办公室分工\n会议明确，市政府办公室负责公文处理；联系市政府驻外办事处有关工作；"
                    "市信息中心负责网站运行。\n", encoding="utf-8")
    table = read_table(path)
    assert [(a.task_id, a.raw_unit) for a in table.assignments.itertuples()] == [("T001", "市政府办公室"),
                                                                                ("T002", "市信息中心")]
    assert table.tasks.task.iloc[0].startswith("会议明确，市政府办公室负责公文处理；联系市政府驻外办事处")
    assert "division_clause" not in set(table.findings.code)


def test_numbered_titles_in_a_paragraph_are_no_division_after_a_colon(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("一、抓好基地建设。一是建设科普基地（市科协负责）。二是建设科普长廊（市商务局负责）。\n", encoding="utf-8")
    codes = set(read_table(path).findings.code)
    assert "division_lead_in" not in codes


def test_a_unit_named_for_emergencies_opens_its_duty_though_its_name_holds_the_modal_ying():
    # 应 of 应急 is a name's, not the modal verb of 各省政府应建立…
    duties = clause_duties("区应急管理局负责组织救援；区消防救援大队负责火灾扑救。")
    assert [(task[:6], [item.text for item in items]) for task, items in duties] == [
        ("区应急管理局", ["区应急管理局"]), ("区消防救援大", ["区消防救援大队"])]


def test_a_sentence_giving_two_bodies_their_own_duty_by_role_verb_is_cut_a_task_a_clause():
    # 京经信发〔2022〕87号: 北京市大数据工作推进小组负责…，北京市大数据工作推进小组办公室负责…
    text = "北京市大数据工作推进小组负责数据专区建设和应用的总体指导和重大问题决策，北京市大数据工作推进小组办公室负责组织推进相关决策落实。"
    first = [Item("北京市大数据工作推进小组", "responsible", "负责")]
    later = [Item("北京市大数据工作推进小组办公室", "responsible", "负责")]
    tasks = own_clauses(text, first, later)
    assert [(task[-6:], _read(items)) for task, items in tasks] == [
        ("大问题决策，", [("北京市大数据工作推进小组", "responsible")]),
        ("关决策落实。", [("北京市大数据工作推进小组办公室", "responsible")]),
    ]


def test_the_words_before_the_first_subject_stay_in_the_first_clauses_task():
    text = "按照方案要求，县交通局负责道路改造，县水利局牵头实施河道清淤。"
    tasks = own_clauses(text, [Item("县交通局", "responsible", "负责")], [Item("县水利局", "lead", "牵头")])
    assert [task for task, _ in tasks] == ["按照方案要求，县交通局负责道路改造，", "县水利局牵头实施河道清淤。"]


def test_a_later_subject_acting_by_its_remit_shares_the_sentences_task():
    text = "按照要求，各县区负责组织整治，市直有关部门，依照各自职责，加强日常排查。"
    assert own_clauses(text, [Item("各县区", "responsible", "负责")],
                       [Item("市直有关部门", "responsible", "依照各自职责")]) is None
    assert own_clauses(text, [Item("各县区", "responsible", "负责")], []) is None


def test_a_guidance_opinions_paragraphs_of_subjects_are_read_a_task_a_clause_a_matter_and_a_body_said_so():
    doc = parse_paragraphs(
        "三、建立健全组织管理体系\n（一）建立专区监督管理体系\n"
        "北京市大数据工作推进小组负责数据专区建设和应用的总体指导，北京市大数据工作推进小组办公室负责组织推进相关决策落实。\n"
        "北京市经济和信息化局负责数据专区的统筹协调和监督指导。\n"
        "对于尚无明确领域或区域归属的数据专区，先期由北京市经济和信息化局进行监管和指导，后续视实际情况交由相关部门进行监管。\n"
        "（二）落实专区运营主体责任\n运营单位作为专区运营主体，负责数据专区的建设运营、数据管理等工作。")
    assert [(row.task[:6], row.lead) for row in doc.rows] == [
        ("北京市大数据", "北京市大数据工作推进小组"), ("北京市大数据", "北京市大数据工作推进小组办公室"),
        ("北京市经济和", "北京市经济和信息化局"), ("对于尚无明确", "北京市经济和信息化局"), ("运营单位作为", "运营单位")]
    codes = {finding.code for finding in doc.findings}
    assert {"own_clause_duties", "procedure_step", "body_said_by_sentence"} <= codes


def test_a_name_holding_zuzhi_is_no_unit_and_its_verb():
    # 由A牵头…: 县委组织部 leads, not 县委 organising; 各乡镇党委组织部门 are the townships' party departments, not
    # the township committees organising, so no collective of local governments opens the sentence
    text = "县长提出了两点要求：一是由县委组织部牵头制定全县干部培训方案；二是县人社局要在6月底前完成人才引进。"
    assert [_read(items) for _, items in ordinal_points(text)] == [
        [("县委组织部", "responsible")], [("县人社局", "responsible")]]
    assert later_duty_units("各乡镇党委组织部门要做好培训。") is None
    assert _read(later_duty_units("各乡镇党委组织部署秋季培训。")) == [("各乡镇党委", "responsible")]


def test_a_clause_of_the_event_a_duty_answers_is_read_past():
    # an emergency plan's members' duties (blind111): 地震灾害发生后，A、B立即组织…
    assert without_setting("灾害发生后，县民政局立即组织救助。") == "县民政局立即组织救助。"
    assert without_setting("县民政局在灾害发生后立即组织救助。") == "县民政局在灾害发生后立即组织救助。"
