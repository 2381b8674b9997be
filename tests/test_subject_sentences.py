"""Documents of running sentences: one task a sentence whose subject is a body (zygraph.readers.subject_sentences)."""

import zygraph
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.readers.running_text import running_text_rows
from zygraph.readers.piece_readings import piece_subjects
from zygraph.readers.subject_sentences import subject_sentences


def _units(piece):
    return [(item.text, item.role) for item in piece_subjects(piece)]


def test_modal_and_duty_subjects():
    assert _units("海关部门应加强口岸检疫，会同卫生部门制定预案。") == [("海关部门", "responsible"), ("卫生部门", "support")]
    assert _units("气象部门必须及时发布预警。") == [("气象部门", "responsible")]
    assert _units("省交通厅负责公路养护。") == [("省交通厅", "responsible")]
    assert _units("市国资委、市财政局在编制预算时，应当安排专项资金。") == [("市国资委", "responsible"),
                                                                           ("市财政局", "responsible")]


def test_subject_after_a_matter_clause_and_after_by():
    assert _units("对擅自占用绿地的，城管部门应当依法查处。") == [("城管部门", "responsible")]
    assert _units("年度评比结果由市体育局核定后公布。") == [("市体育局", "responsible")]


def test_no_body_no_subject():
    assert _units("评估报告应当公开。") == []
    assert _units("对排污超标的工厂，必须限期治理；") == []
    assert _units("养殖户要做好防疫。") == []


def test_one_task_a_subject_sentence_running_on():
    pairs = [(1, "决定如下："), (2, "一、加强水域管理"),
             (3, "渔业部门应加强巡查。巡查记录应存档。海事部门要做好通航管理；港务部门负责码头安全。"),
             (4, "二、严格考核"), (5, "考核结果应公开。省水利厅负责组织考核。")]
    found = []
    rows = subject_sentences(pairs, found)
    assert [(r.area, r.task, r.lead, r.support) for r in rows] == [
        ("加强水域管理", "渔业部门应加强巡查。巡查记录应存档。", "渔业部门", ""),
        ("加强水域管理", "海事部门要做好通航管理；", "海事部门", ""),
        ("加强水域管理", "港务部门负责码头安全。", "港务部门", ""),
        ("严格考核", "省水利厅负责组织考核。", "省水利厅", "")]
    assert [f.code for f in found].count("subject_sentence") == 4


def test_run_in_heading_is_the_area():
    pairs = [(1, "意见如下："), (2, "（一）强化联合执法。市公安局要牵头开展整治，会同市交通局做好排查。")]
    rows = subject_sentences(pairs, [])
    assert [(r.area, r.task, r.lead, r.support) for r in rows] == [
        ("强化联合执法", "市公安局要牵头开展整治，会同市交通局做好排查。", "市公安局", "市交通局")]


def test_replaces_few_bracket_rows_only_when_many_sentences():
    text = "".join(f"{name}应做好第{n}项工作。" for n, name in enumerate(
        ["林草部门", "水务部门", "交通部门", "文旅部门", "商务部门", "税务部门"], 1))
    found = []
    rows = running_text_rows([(1, "决定如下："), (2, "一、分工"), (3, text)], [], [], found)
    assert [r.lead for r in rows] == ["林草部门", "水务部门", "交通部门", "文旅部门", "商务部门", "税务部门"]
    found = []
    few = running_text_rows([(1, "决定如下："), (2, "一、分工"), (3, "林草部门应做好造林。水务部门应做好节水。")], [], [], found)
    assert "subject_sentence" not in {f.code for f in found} or len(few) < 6


def test_fields_sharing_a_kind_noun_and_an_organ_of_a_field_are_subjects():
    assert _units("林业、水利、交通等有关部门都要做好防汛工作。") == [("林业", "responsible"), ("水利", "responsible"),
                                                                    ("交通", "responsible")]
    assert _units("税务机关要依法追缴欠税。") == [("税务机关", "responsible")]
    assert _units("行政机关要依法行政。") == []


def test_a_measure_run_on_from_its_heading_starts_its_first_task_there():
    pairs = [(1, "意见如下："), (2, "（一）加强渔港管理。完善渔港登记制度。海洋部门要定期巡查。港务部门要做好维护。")]
    rows = subject_sentences(pairs, [])
    assert [(r.area, r.task, r.lead) for r in rows] == [
        ("加强渔港管理", "完善渔港登记制度。海洋部门要定期巡查。", "海洋部门"), ("", "港务部门要做好维护。", "港务部门")]
    # under a heading of its own, a task starts at its subject
    pairs = [(1, "意见如下："), (2, "一、加强渔港管理"), (3, "完善渔港登记制度。海洋部门要定期巡查。")]
    assert [r.task for r in subject_sentences(pairs, [])] == ["海洋部门要定期巡查。"]


def test_a_measure_before_a_closing_paragraph_keeps_its_own_sentences():
    pairs = [(1, "意见如下："), (2, "（九）健全协调机制。林草部门要会同气象部门做好预警。"), (3, "各地要抓好落实。商务部门要督查。")]
    rows = subject_sentences(pairs, [])
    # the closing call on the localities is a task of its own (README, eleventh session: in the closing part alike)
    assert [(r.area, r.task, r.lead, r.support) for r in rows] == [
        ("健全协调机制", "林草部门要会同气象部门做好预警。", "林草部门", "气象部门"), ("", "各地要抓好落实。", "各地", ""),
        ("", "商务部门要督查。", "商务部门", "")]


def _sections_notice(*measures):
    """A notice of numbered measures, each a run-in heading and its sentences."""
    return [(1, "通知如下：")] + [(n, f"（{'一二三四五'[n - 2]}）加强第{n}项工作。{text}") for n, text in enumerate(measures, 2)]


def test_sections_split_per_subject_where_their_sentences_name_different_bodies():
    notice = _sections_notice("省林业局要造林。", "省水利厅要节水。", "省交通厅要护路。省商务厅要做好流通。",
                              "省文旅厅要做好宣传。省税务局要落实减免。省民政厅要做好救助。")
    found = []
    rows = running_text_rows(notice, [], [], found)  # 7 sentences, not twice the 4 sections: but two sections mix bodies
    assert [r.lead for r in rows] == ["省林业局", "省水利厅", "省交通厅", "省商务厅", "省文旅厅", "省税务局", "省民政厅"]
    assert {"sections_split", "reading_replaced"} <= {f.code for f in found}


def test_sections_of_one_body_each_stay_whole():
    notice = _sections_notice("省林业局要造林。省林业局要护林。", "省水利厅要节水。省水利厅要治水。",
                              "省交通厅要护路。省交通厅要修路。", "省文旅厅要做好宣传。")
    found = []
    rows = running_text_rows(notice, [], [], found)
    assert [r.lead for r in rows] == ["省林业局", "省水利厅", "省交通厅", "省文旅厅"]
    assert "subject_section" in {f.code for f in found} and "sections_split" not in {f.code for f in found}


def test_partners_after_huitong_in_the_subject_clause_after_by_and_in_a_later_clause():
    pairs = [(1, "决定如下："), (2, "一、加强监督"),
             (3, "审计部门应当会同监察部门进行专项审计。评比办法由省人社厅会同有关部门组织制定。"
                 "统计部门应加强数据核查；对数据造假的地方，并会同纪检部门对责任人提出处理意见。")]
    found = []
    rows = subject_sentences(pairs, found)
    assert [(r.lead, r.support) for r in rows] == [("审计部门", "监察部门"), ("省人社厅", "有关部门"),
                                                   ("统计部门", "纪检部门")]
    assert [f.code for f in found].count("duty_partners") == 3


def test_a_list_of_subjects_set_off_by_a_comma_before_the_modal():
    assert _units("各级人民政府、各有关部门，必须严格执行规划。") == [("各级人民政府", "responsible"),
                                                                     ("各有关部门", "responsible")]
    assert _units("市交通局、市公安局，要加强路面巡查。") == [("市交通局", "responsible"), ("市公安局", "responsible")]
    assert _units("加强组织领导，要明确责任。") == []
    found = []
    rows = subject_sentences([(1, "决定如下："), (2, "一、严格执法"), (3, "各县政府、各有关部门，必须依法行政。")], found)
    assert [(r.lead, r.support) for r in rows] == [("各县政府、各有关部门", "")]
    assert "subject_set_off" in {f.code for f in found}
    found = []
    subject_sentences([(1, "决定如下："), (2, "一、严格执法"), (3, "市交通局应加强管理，要明确责任。")], found)
    assert "subject_set_off" not in {f.code for f in found}


def test_later_clauses_opening_with_their_own_subject_share_the_task():
    assert _units("按照移交程序，加快推进产权移交，市交通局要做好整改，各区政府要及时组织验收，确保按期完成。") == [
        ("市交通局", "responsible"), ("各区政府", "responsible")]
    assert _units("市财政局要加强预算管理，并定期通报进展，市审计局将组织检查。") == [
        ("市财政局", "responsible"), ("市审计局", "responsible")]
    assert _units("市财政局要加强预算管理，确保资金到位，要定期通报。") == [("市财政局", "responsible")]
    found = []
    subject_sentences([(1, "意见如下："), (2, "一、加强验收"), (3, "加快移交，市交通局要做好整改，各区政府要及时验收。")], found)
    assert "later_subject" in {f.code for f in found}


def test_a_class_of_enterprises_by_trade_as_a_subject_beside_a_department():
    assert _units("民航监管部门、民航运输企业要加强安全宣传。") == [("民航监管部门", "responsible"),
                                                               ("民航运输企业", "responsible")]
    assert _units("供电企业承担设施维护责任。") == [("供电企业", "responsible")]
    assert _units("重点排污企业要安装在线监测设备。") == []


def test_a_body_defining_its_short_name_opens_its_duty():
    found = []
    rows = subject_sentences([(1, "意见如下："), (2, "一、健全机制"),
                              (3, "水污染防治部际联席会议（简称联席会议）按照国务院部署，统筹协调治理工作。"
                                  "各成员单位要落实联席会议确定的任务。")], found)
    assert [(r.lead, r.support) for r in rows] == [("水污染防治部际联席会议", ""), ("各成员单位", "")]
    assert "defined_subject" in {f.code for f in found}
    assert _units("《水污染防治条例》（以下简称《条例》）规定，各地应当执行。") == [("各地", "responsible")]  # not 《条例》
    assert _units("《水污染防治条例》（以下简称《条例》）规定，应当从严执行。") == []


def test_parties_in_general_after_huitong_support():
    rows = subject_sentences([(1, "意见如下："), (2, "一、加强宣传"),
                              (3, "省体育局要会同有关方面充分利用电视、网络，做好赛事宣传。")], [])
    assert [(r.lead, r.support) for r in rows] == [("省体育局", "有关方面")]


def test_review_r9_subjects_manner_pointers_and_emergency_offices():
    assert _units("工作方案由各乡镇自行制定。") == [("各乡镇", "responsible")]  # 自行 says how, no part of a name
    assert _units("该局负责日常监管。") == []  # points back to a unit named before
    assert _units("市卫生应急办公室要做好应急准备。") == [("市卫生应急办公室", "responsible")]  # the 应 of 应急


def test_sentences_do_not_replace_brackets_dividing_roles(tmp_path):
    # review r9: subjects inside each task, then the bracket dividing lead and partners: the bracket decides
    body = "".join(f"{i}.{title}。市发改委要统筹推进。市行政审批局要压缩时限。市自然资源局要保障用地。"
                   "（市发改委牵头，市行政审批局、市自然资源局配合）\n"
                   for i, title in enumerate(["优化审批流程", "推进项目落地", "强化要素保障"], 1))
    notice = tmp_path / "notice.txt"
    notice.write_text("某市人民政府关于印发优化营商环境方案的通知\n" + body, encoding="utf-8")
    table = zygraph.read_table(notice)
    assert len(table.tasks) == 3
    assert table.assignments.role.tolist() == ["lead", "support", "support"] * 3


def test_a_collective_of_places_opening_a_sentence_with_its_verb_and_no_modal():
    # each place of the level does the work, so the collective is the subject, whole (各 runs over the levels)
    assert _units("各州、市、县级人民政府可结合本地实际，制定实施细则。") == [("各州、市、县级人民政府", "responsible")]
    assert _units("各乡镇根据任务清单，组织开展自查。") == [("各乡镇", "responsible")]
    # a single body so written is only reported doing it; a tally reports work done
    assert _units("省档案馆结合实际，制定细则。") == []
    assert _units("各街道积极动员，共清理垃圾300吨。") == []


def test_levels_counted_before_their_kind_are_one_subject():
    assert _units("省、市、县三级水利部门要建立巡查台账。") == [("省、市、县三级水利部门", "responsible")]
    assert _units("各州、县级人民政府要落实属地责任。") == [("各州、县级人民政府", "responsible")]


def test_an_opening_collective_is_a_finding_with_its_line():
    findings = []
    # no 可: with it, the leave to act (permitted_subjects) is the reading and its finding says so
    pairs = [(1, "通知如下："), (2, "一、完善清单"), (3, "清单每年更新。各盟、市结合实际，补充地方事项。")]
    rows = subject_sentences(pairs, findings)
    assert [(row.lead, row.support) for row in rows] == [("各盟、市", "")]
    # the line of the section, as every finding of this reader gives it
    assert [(f.line, f.code) for f in findings if f.code == "opening_collective"] == [(2, "opening_collective")]


def _codes(text: str) -> list[tuple[int, str]]:
    findings = []
    subject_sentences([(1, "通知如下："), (2, "一、加强养护"), (3, text)], findings)
    return [(f.line, f.code) for f in findings if f.code not in ("subject_sentence", "role_rule")]


def test_review_r10_each_subject_form_is_a_finding_of_the_rule_that_read_it():
    # the finding is written from the rule that chose the subject, not found again in the text
    assert _units("区人民政府依据年度方案，组织开展河道清淤。") == [("区人民政府", "responsible")]
    assert _codes("区人民政府依据年度方案，组织开展河道清淤。") == [(2, "subject_form")]
    assert _units("区环保局和其他负有排污监管职责的部门，每季度要通报结果。") == [
        ("区环保局", "responsible"), ("其他负有排污监管职责的部门", "responsible")]
    # bodies set off by a comma, one described by its duty: the one set-off pattern (subject_forms.SET_OFF) reads it
    assert _codes("区环保局和其他负有排污监管职责的部门，每季度要通报结果。") == [(2, "subject_set_off")]
    assert _codes("居民委员会按照居民公约，组织居民清扫楼道。") == [(2, "subject_form")]
    # read by 由 and its verb, not by a subject form: no subject_form finding
    assert _codes("由区林业局组织专家评审。") == []
    # read as a body said to be something: no finding of a comma setting the subject off
    assert "subject_set_off" not in {code for _, code in _codes("区卫健委是主管部门，要加强指导。")}


def test_a_long_sentence_of_conditions_reads_its_subject_after_them():
    # each clause after a condition may open the subject; the patterns are tried on as much as they reach
    piece = "凡抽检不合格的，" * 3000 + "区市场监管局要会同区公安局做好查处。"
    assert _units(piece) == [("区市场监管局", "responsible"), ("区公安局", "support")]
    rows = subject_sentences([(1, "通知如下："), (2, "一、严查"), (3, piece)], [])
    assert [(row.lead, row.support) for row in rows] == [("区市场监管局", "区公安局")]
    assert _units("抽检不合格的，" * 3000 + "要依法查处。") == []


def test_review_r10_a_verb_before_解放军_makes_no_subject():
    assert _units("慰问驻地解放军，要提前安排。") == []
    assert _units("学习解放军要形成制度。") == []
    assert _units("驻地解放军和武警支队要担负抢险任务。") == [("驻地解放军", "responsible"), ("武警支队", "responsible")]


def test_a_collective_owning_what_the_sentence_is_about_is_no_subject():
    # 各农村集体经济组织的资产收益仍归…: the villages' organisations own the proceeds, the proceeds are the subject
    assert _units("各农村集体经济组织的资产收益仍归本集体经济组织成员所有。") == []
    assert _units("各乡镇结合实际的需要，制定实施方案。") == [("各乡镇", "responsible")]


def test_calls_on_everyone_alone_make_no_document_of_subject_sentences():
    # 各地要…；各部门要…；县政府有关部门要…: calls, tasks only beside sentences naming bodies of their own
    found = []
    calls = [(1, "通知如下："), (2, "一、加强领导"), (3, "各地要加强领导；各部门要密切配合；县政府有关部门要各负其责。")]
    assert running_text_rows(calls, [], [], found) == [] and found == []
    found = []
    rows = running_text_rows(calls[:2] + [(3, "各地要加强领导。县水利局要加强巡查。县林业局要做好防火。县交通局要护路。")],
                             [], [], found)
    assert [row.lead for row in rows] == ["各地", "县水利局", "县林业局", "县交通局"]


def test_a_plans_department_clauses_read_paragraph_by_paragraph_give_way_to_its_subject_sentences():
    # 国发〔2011〕42号's wording: a paragraph of departments each with 要 (modal_sentences) beside a paragraph whose
    # second sentence calls on the State Council's departments; read document-wide, that sentence is a task too
    doc = parse_paragraphs("八、加强部门协同\n（十）部门协同推进环境保护\n环境保护部门要加强环境保护的指导、协调、监督和综合管理。"
                           "科技部门要加强关键技术的研发与示范支持。水利部门要优化水资源利用和调配。农业部门要加强畜禽养殖污染防治。"
                           "林业部门要加强林业生态建设力度。\n九、加强组织领导\n地方人民政府是规划实施的责任主体，要把规划目标纳入总体规划。"
                           "国务院各有关部门要各司其责，密切配合，推进规划实施。\n")
    assert [row.lead for row in doc.rows] == ["环境保护部门", "科技部门", "水利部门", "农业部门", "林业部门", "地方人民政府",
                                              "国务院各有关部门"]
    assert [f.message for f in doc.findings if f.code == "reading_replaced"] == [
        "sentences naming their units as subjects give 7 tasks naming every unit the 6 tasks read by labels and "
        "brackets name"]
    # a purpose clause made real (落到实处) is no body, though 处 ends a division's name
    assert _units("为把环境保护目标和任务落到实处，要积极实施各项环境保护工程。") == []


def test_a_body_after_you_whose_name_holds_zuzhi_stays_whole():
    # 由A…组织制定: 组织 is A's verb, but 组织部 is the name's own (the partner after 会同 this reading leaves out)
    assert _units("考核办法由县委组织部会同县人社局组织制定。") == [("县委组织部", "responsible")]
    assert _units("培训工作由县委组织部负责。") == [("县委组织部", "responsible")]
    assert _units("实施细则由县人社局组织制定。") == [("县人社局", "responsible")]


def test_a_connective_opening_the_sentence_is_no_part_of_its_subject():
    # 其中A要…, 同时A要…: the sentence goes on from the one before; its subject is A
    assert _units("其中县市场监管局要加强食品抽检。") == [("县市场监管局", "responsible")]
    assert _units("同时县市场监管局要加强食品抽检。") == [("县市场监管局", "responsible")]


def test_bodies_asked_with_qing_are_the_subject_and_those_after_huitong_support():
    # 国办发〔2018〕127号's wording: 请A会同B…; 请A、B等部门在…前完成; 请A落实…: the notice asks bodies to do the work
    assert _units("请水利部会同有关部门研究制定配套办法。") == [("水利部", "responsible"), ("有关部门", "support")]
    assert _units("请水利部、农业农村部等部门在6月底前完成修订。") == [("水利部", "responsible"),
                                                                         ("农业农村部", "responsible")]
    assert _units("请审计署落实《审计法》，加强审计监督。") == [("审计署", "responsible")]
    # asked after a clause naming no body (…事项，请A…)
    assert _units("考核结果不再报送，请水利部在3月底前完成清理。") == [("水利部", "responsible")]
    # 请示, and everyone asked, name no subject
    assert _units("请示国务院后实施。") == []


def test_bodies_in_what_a_body_is_asked_to_write_are_no_subjects_of_their_own():
    # 请A在…规定中明确，B要…: B is what A's rules are to say, not a subject
    assert _units("请水利部在相关管理规定中明确，流域机构要加强监管。") == [("水利部", "responsible")]


def test_a_notice_of_measures_read_whole_gives_way_to_its_subject_sentences_asking_bodies():
    # measures run on from their headings, read whole as duties of the bodies they open with (measure_subject,
    # modal_duty), more than six of them, while their sentences name other bodies and ask some with 请: one task a
    # subject sentence, the bodies in what one is asked to write (请A在…中明确，B要…) no subject
    doc = parse_paragraphs("一、加强管理\n"
                           "（一）完善制度。水利部、财政部和相关管理部门要修订办法。各地区、各部门要抓好落实。项目管理部门要加强监管。"
                           "各单位要配合。\n"
                           "（二）加强指导。各地区、各部门在制定办法时，要加强指导。\n"
                           "（三）强化督查。请水利部、农业农村部等部门在6月底前完成清理。国务院办公厅要开展督查。\n"
                           "二、规范管理\n"
                           "（一）做好宣传。请财政部在相关规定中明确，流域机构要加强监管。各单位要做好解读。\n"
                           "（二）加强培训。请人力资源社会保障部会同有关部门开展培训。各单位要组织参训。\n"
                           "（三）规范经费。请财政部落实《预算法》。各单位要规范使用经费。\n"
                           "（四）加强考核。请水利部在年底前完成考核。各地区要配合考核。\n"
                           "三、加强督查\n"
                           "（一）开展自查。各地区、各部门要开展自查。国务院办公厅要适时督查。\n"
                           "（二）做好宣传。水利部、财政部等有关部门要加强宣传。\n")
    rows = [(row.lead, row.support) for row in doc.rows]
    assert len(rows) == 18
    assert [row for row in rows if "有关部门" in row[1] or "农业农村部" in row[0] or row[0] == "财政部"] == [
        ("水利部、农业农村部", ""), ("财政部", ""), ("人力资源社会保障部", "有关部门"), ("财政部", "")]
    assert [f.message for f in doc.findings if f.code == "reading_replaced"] == [
        "sentences naming their units as subjects give 18 tasks naming every unit the 8 tasks read by labels and "
        "brackets name"]


def test_research_bodies_named_by_their_kind_are_subjects():
    # 科研单位要…, a run-in heading that is itself a subject sentence in a notice on research (国办发〔2018〕127号)
    assert _units("科研单位要健全完善内部管理制度。") == [("科研单位", "responsible")]
    assert _units("各科研机构要公开经费使用情况。") == [("各科研机构", "responsible")]
    # what a research body holds is no body
    assert _units("科研项目要按期结题。") == []
    rows = subject_sentences([(1, "意见如下："), (2, "一、加强管理"),
                              (3, "（一）科研单位要健全内部制度。项目管理部门要加强监管。")], [])
    assert [(row.task, row.lead) for row in rows] == [("科研单位要健全内部制度。", "科研单位"),
                                                     ("项目管理部门要加强监管。", "项目管理部门")]


def test_bodies_the_subject_guides_to_help_support():
    # A和B负责指导、协调C和D配合… / 各属地街道负责…，指导协调E配合开展… (blind102, 虹口区 e-bike charging plan)
    assert _units("区房管局负责指导、协调物业服务企业和业委会配合该项工作。") == [
        ("区房管局", "responsible"), ("物业服务企业", "support"), ("业委会", "support")]
    assert _units("各镇负责排摸底数，指导协调村委会配合开展整治。") == [("各镇", "responsible"), ("村委会", "support")]
    # guided people, or coordinating a matter, name no body
    assert _units("区房管局负责指导协调居民配合改造。") == [("区房管局", "responsible")]
    assert _units("区房管局负责协调解决配合中的问题。") == [("区房管局", "responsible")]
    findings = []
    subject_sentences([(1, "一、分工"), (2, "区房管局负责指导、协调物业服务企业配合改造。")], findings)
    assert "guided_helpers" in {f.code for f in findings}


def test_a_clause_opening_with_with_names_no_subject():
    # …，会同B将…: the subject left out, B supports the sentence's subject (blind109 崇明)
    assert ("会同县发改委", "responsible") not in _units("县公安局列出名单，会同县发改委等部门将名单纳入征信体系。")


def test_units_after_a_deadline_clause_alone():
    # 9月30日前，A、B对照标准完成…: no modal, the deadline makes them the subject (blind109 崇明)
    assert _units("10月31日前，县住建委、县房管局对照标准完成底数排查。") == [("县住建委", "responsible"),
                                                                     ("县房管局", "responsible")]


def test_measures_of_a_copy_that_lost_its_breaks_start_at_their_run_in_headings():
    # one-line State Council notice (blind110 迎峰度夏): a second measure's run-in heading inside the part starts its
    # task, a linking sentence and a short closing sentence before a heading are no headings; the part's first task
    # starts at its subject, as a regulation's glued headings do (tests/test_glued_headings.py, blind91)
    pairs = [(1, "通知如下："), (1, "一、加强管理，做好电力保障工作确保居民用电。各市要制定预案。加大调度力度。在用电高峰，"
              "要错峰供电。各县要筹措资金。方案另行下达。理顺电价关系。电力企业要合理定价。"),
             (1, "二、强化安全生产各市、各部门和电力企业要加强巡查。")]
    rows = subject_sentences(pairs, [])
    assert [(row.task[:7], row.lead) for row in rows] == [
        ("各市要制定预案", "各市"), ("加大调度力度。", "各县"), ("理顺电价关系。", "电力企业"), ("各市、各部门和", "各市、各部门、电力企业")]


def test_measures_read_whole_give_way_to_their_sentences_where_one_measure_names_several_bodies():
    # （二）A部门要…。B部门要…: measures read as duties of the bodies opening them hold sentences of other bodies; each
    # sentence whose subject is a class of departments is a task of its own (blind111's joint opinion)
    doc = parse_paragraphs("关于加强河湖保护工作的意见\n一、压实责任\n（一）各级水利部门要加强河湖巡查，建立问题台账。\n"
                           "（二）生态环境部门要加强水质监测。农业农村部门要控制面源污染。\n二、强化监管\n"
                           "（三）自然资源部门要严守生态保护红线。林草部门要做好岸线绿化。\n（四）交通运输部门要加强航道管理。\n")
    assert [r.lead for r in doc.rows] == ["各级水利部门", "生态环境部门", "农业农村部门", "自然资源部门", "林草部门",
                                          "交通运输部门"]
    assert {"sections_split", "reading_replaced"} <= {f.code for f in doc.findings}


def test_fields_sharing_one_noun_after_what_they_do_or_set_off_before_their_basis():
    # 承担…职责的A、B、…等国务院有关职能部门，根据…，梳理…: the fields are the subject, with no modal (blind111)
    fields = "发展改革、财政、水利、交通运输等国务院有关职能部门"
    assert [t for t, _ in _units(f"承担重要职责的{fields}要做好统筹。")] == ["发展改革", "财政", "水利", "交通运输"]
    assert [t for t, _ in _units(f"承担重要职责的{fields}，根据有关规定，梳理具体事项。")] == ["发展改革", "财政", "水利",
                                                                                        "交通运输"]
    assert _units("对发展改革、财政、水利、交通运输等部门，根据规定开展考核。") == []


def test_the_holders_of_a_role_in_a_field_written_with_de_are_a_subject():
    # 生态环境保护具体事项的牵头部门应当…: the units leading those matters, as 保洁责任单位 (blind111); 各项工作的牵头单位
    # and 本次活动的主办单位 point back at units named elsewhere
    assert _units("生态环境保护具体事项的牵头部门应当推动落实。") == [("生态环境保护具体事项的牵头部门", "responsible")]
    assert _units("本次活动的主办单位要做好保障。") == []


def test_a_body_urged_to_act_without_a_modal_is_the_subject():
    # 甲部抓紧编制…: the urgency adverb stands where a modal would
    assert _units("水利部抓紧编制流域规划，组织开展普查。") == [("水利部", "responsible")]
    assert _units("县交通局尽快完成验收。") == [("县交通局", "responsible")]
    assert _units("抓紧编制流域规划。") == []


def test_shishi_heading_a_noun_is_no_duty_verb():
    # 甲部、乙部等有关部门对…的总体思路、实施步骤进行了研究: 实施步骤 is a noun, the sentence a report
    assert _units("甲部、乙部等有关部门对改革的总体思路、实施步骤和配套政策进行了认真研究。") == []
    assert _units("县环保局对违法排污实施处罚。") == [("县环保局", "responsible")]


def test_bodies_set_off_by_a_comma_before_the_subject_share_its_verb():
    # 区规划土地局，各街镇（园区）要… (blind117 松江 环卫): two subjects of one 要 joined by a full-width comma
    assert _units("区规划局，各街镇要优先考虑用房建设。") == [("区规划局", "responsible"), ("各街镇", "responsible")]
    assert _units("今年，各街镇要完成用房建设。") == [("各街镇", "responsible")]


def test_a_body_and_its_union_are_two_subjects():
    # 本区环卫企业与其工会应… (blind117 松江 环卫): 其 is the companies', the union a subject of its own
    assert _units("环卫企业与其工会应开展集体协商。") == [("环卫企业", "responsible"), ("工会", "responsible")]
    assert ("工会", "responsible") not in _units("区总工会要指导区行业工会开展协商。")


def test_financial_institutions_by_kind_are_subjects():
    # 政府性融资担保、再担保机构要…, 银行业金融机构要… (blind118 国办发〔2019〕6号)
    assert _units("农业信贷担保、再担保机构要坚守主业。") == [("农业信贷担保", "responsible"), ("再担保机构", "responsible")]
    assert _units("银行业金融机构要落实风险分担。") == [("银行业金融机构", "responsible")]
    # the verb describing a noun: the share the fund bears, no duty
    assert _units("原则上担保基金和银行业金融机构承担的风险责任比例均不低于20%。") == []


def test_a_paragraph_s_run_in_heading_starts_its_subject_s_task():
    # 聚焦支小支农主业。A要… as an unnumbered paragraph under a heading (blind118 国办发〔2019〕6号 基本原则)
    pairs = [(1, "意见如下："), (2, "（二）基本原则。"), (3, "聚焦主业。担保机构要严格以支小为主业。"),
             (4, "坚持微利。再担保机构要保持较低费率。")]
    assert [row.task for row in subject_sentences(pairs, [])] == ["聚焦主业。担保机构要严格以支小为主业。",
                                                                 "坚持微利。再担保机构要保持较低费率。"]
    # a short sentence inside a paragraph stays on the task before
    pairs = [(1, "一、加强管理"), (2, "渔业部门应加强巡查。巡查结果公开。执法部门必须依法处罚。")]
    assert [row.task for row in subject_sentences(pairs, [])] == ["渔业部门应加强巡查。巡查结果公开。", "执法部门必须依法处罚。"]


def test_a_body_holding_a_standard_with_no_modal_is_a_subject():
    # 政府性融资担保、再担保机构不以营利为目的，…保持较低费率水平 (blind118 国办发〔2019〕6号, principle 2)
    assert _units("农业信贷担保、再担保机构不以营利为目的，保持较低费率。") == [("农业信贷担保", "responsible"),
                                                                ("再担保机构", "responsible")]
    assert _units("县文旅局不以创收为目的，办好公益展览。") == [("县文旅局", "responsible")]
    assert _units("该基金不以营利为目的。") == []  # what the fund is, named before: no body


def test_financial_kinds_pointing_back_or_a_fund_of_insurance_are_no_subjects():
    assert _units("上述金融机构要按月报送数据。") == []
    assert _units("该担保机构要完善风控制度。") == []
    assert _units("失业保险基金要按规定用于技能培训。") == []
    assert _units("融资担保、再担保机构要降低费率。") == [("融资担保", "responsible"), ("再担保机构", "responsible")]


def test_comma_joined_subjects_and_unnumbered_run_in_measures_leave_findings_on_their_line():
    found = []
    subject_sentences([(1, "决定如下："), (2, "一、严格执法"), (3, "县财政局，县审计局要加强资金监管。")], found)
    assert ("comma_joined", 2) in {(f.code, f.line) for f in found}
    found = []
    rows = subject_sentences([(1, "意见如下："), (2, "一、做强主业"), (3, "聚焦主业。县金融办要引导机构回归本源。"),
                              (4, "坚持微利。县财政局要落实贴息政策。"), (5, "防控风险。县审计局要加强审计。")], found)
    assert [r.lead for r in rows] == ["县金融办", "县财政局", "县审计局"]
    assert ("run_in_measure", 2) in {(f.code, f.line) for f in found}


def test_a_body_and_its_own_organ_leave_a_finding():
    found = []
    subject_sentences([(1, "决定如下："), (2, "一、工资协商"), (3, "本区环卫企业与其工会应协商工资。")], found)
    assert ("with_its_own", 2) in {(f.code, f.line) for f in found}


def test_named_places_sharing_the_kind_after_deng_are_one_collective_subject():
    # 甲、乙等重点省，要…: the places by their own names share the kind noun after 等 and are set off by a comma
    assert _units("山西、河南、陕西等重点产粮省（区），要加强耕地保护。") == [
        ("山西、河南、陕西等重点产粮省（区）", "responsible")]
    assert _units("黑龙江、四川、云南等省，要加大工作力度。") == [("黑龙江、四川、云南等省", "responsible")]
    # fields sharing a department's kind are no places: each a unit as before
    assert _units("财政、税务等部门要加强协作。") == [("财政", "responsible"), ("税务", "responsible")]


def test_a_body_in_the_case_of_its_own_act_is_the_subject():
    # A发现B有…的，要…: the body finding acts; the other, whose act it is, is no unit
    assert _units("上级主管机关发现所属单位有违规收费行为的，要及时制止。") == [("上级主管机关", "responsible")]
    # A及其工作人员…的，必须…: the body is told to stop; its staff are people
    assert _units("县水利局及其工作人员违规取水的，必须立即退出。") == [("县水利局", "responsible")]
    assert _units("群众发现违规取水的，要及时举报。") == []


def _rule_codes(text):
    found = []
    subject_sentences([(1, "意见如下："), (2, "一、工作要求"), (3, text)], found)
    return {(f.code, f.line) for f in found}


def test_named_places_sharing_a_kind_leave_a_finding():
    # found in review: 甲、乙等省 read as one collective inside _is_body, with only generic findings
    assert ("places_of_a_kind", 2) in _rule_codes("吉林、河南、黑龙江等产粮省，要加强粮食收储。")


def test_a_merger_s_party_as_the_subject_leaves_a_finding():
    assert ("merger_party", 2) in _rule_codes("兼并重组主体企业要切实承担安全管理责任。")


def test_a_body_with_its_kind_after_deng_leaves_a_finding():
    assert ("body_and_its_kind", 2) in _rule_codes("县餐饮协会等行业组织要加强行业自律。")


def test_a_holder_sending_the_matter_up_leaves_a_finding():
    # 由A报请B批准: B holds no share, and the cut says so
    assert ("sent_up_for_approval", 2) in _rule_codes("新建项目均由县住建局报请县人民政府批准后实施。")
    assert ("sent_up_for_approval", 2) not in _rule_codes("县住建局要加强项目审批。")
