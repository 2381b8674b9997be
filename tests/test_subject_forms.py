"""Forms of a duty sentence's subject the plain A要… reading misses (zygraph.sentences.subject_forms), as the sentence reader
reads them, and the short unlabelled notice of few subject sentences (zygraph.readers.running_text)."""

import pytest

from zygraph.errors import LayoutError
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.readers.running_text import running_text_rows
from zygraph.readers.piece_readings import piece_subjects
from zygraph.readers.subject_sentences import subject_sentences
from zygraph.sentences.subject_forms import bodies_apart, designating_subjects, more_subjects, partnered_subjects


def _units(piece):
    return [(item.text, item.role) for item in piece_subjects(piece)]


def test_frequency_between_subject_and_modal():
    assert _units("省级水利部门每年要对各市开展督查，市级水利部门每季度要对各县开展抽查。") == [
        ("省级水利部门", "responsible"), ("市级水利部门", "responsible")]
    assert _units("市审计局定期要向市政府报告审计结果。") == [("市审计局", "responsible")]


def test_by_a_body_on_a_basis_issuing_the_matter():
    assert _units("《实施细则》由国家林业和草原局根据本通知要求印发。") == [("国家林业和草原局", "responsible")]
    assert _units("考核办法由省人力资源社会保障厅按照有关规定制定。") == [("省人力资源社会保障厅", "responsible")]
    assert _units("《方案》由专家组根据评审意见印发。") == []  # a group of experts is no body


def test_two_bodies_of_different_kinds_joined_by_and():
    assert _units("各级交通运输部门和公安机关要建立联合执法机制。") == [("各级交通运输部门", "responsible"),
                                                                    ("公安机关", "responsible")]
    assert bodies_apart(["省经济和信息化厅"], lambda name: name.endswith("厅")) == ["省经济和信息化厅"]


def test_no_body_no_subject():
    assert more_subjects("年度报告每年要公开。", lambda name: False) == []
    assert _units("检查结果每年要公开。") == []


def test_a_short_notice_with_no_labels_reads_few_subject_sentences():
    notice = [(1, "各省、自治区、直辖市人民政府："), (2, "一、目录实施要坚持依法行政。"),
              (3, "二、各地要高度重视。水利部要加强对地方水利部门的业务指导。国家林草局要会同自然资源部加强统筹协调。"
                  "《实施细则》由水利部根据本通知精神印发。")]
    found = []
    rows = running_text_rows(notice, [], [], found)
    # the call on the localities is a task of its own in such a document (README, eleventh session), 各地 as 各地区
    assert [(r.lead, r.support) for r in rows] == [("各地", ""), ("水利部", ""), ("国家林草局", "自然资源部"),
                                                   ("水利部", "")]
    assert [f.code for f in found].count("subject_sentence") == 4
    # two subject sentences are not yet a document of them: the point is read as one section
    found = []
    few = running_text_rows(notice[:2] + [(3, "二、水利部要加强业务指导。国家林草局要会同自然资源部加强统筹协调。")],
                            [], [], found)
    assert "subject_sentence" not in {f.code for f in found} and len(few) == 1


def test_bodies_set_off_by_a_comma_one_described_with_de():
    assert _units("市场监管部门和其他负有食品安全监管职责的部门，每季度要公开抽检结果。") == [
        ("市场监管部门", "responsible"), ("其他负有食品安全监管职责的部门", "responsible")]
    assert _units("有条件的地方，要先行试点。") == []  # a place with a condition is no body


def test_subjects_helping_a_body_that_does_the_work():
    assert _units("对拒不执行的，住建、城管等部门和单位要配合区人民法院落实强制措施。") == [
        ("住建", "support"), ("城管", "support"), ("区人民法院", "responsible")]
    assert _units("市公安局要协助市税务局开展稽查。") == [("市公安局", "support"), ("市税务局", "responsible")]
    # no body helped: not this rule's; its duty is only to help (配合: support, zygraph.sentences.helping_duties)
    assert _units("市公安局要配合做好宣传。") == [("市公安局", "support")]


def test_helpers_after_a_semicolon_join_the_clause_before():
    from zygraph.readers.subject_sentences import subject_sentences
    pairs = [(1, "通知如下："), (2, "（一）强化网格管理。各县人民政府要划定网格，建立台账；村民委员会、社区居委会要协助做好相关工作。"
                                  "县水利局要加强巡查。")]
    found = []
    rows = subject_sentences(pairs, found)
    assert [(r.lead, r.support) for r in rows] == [("各县人民政府", "村民委员会、社区居委会"), ("县水利局", "")]
    assert "helpers_joined" in {f.code for f in found}


def test_each_form_is_a_finding():
    from zygraph.readers.subject_sentences import subject_sentences
    pairs = [(1, "通知如下："), (2, "（一）加强执法。市级水利部门每年要开展督查。"), (3, "（二）落实措施。住建、城管等部门要配合区人民法院落实强制措施。")]
    found = []
    subject_sentences(pairs, found)
    assert [(f.line, f.code) for f in found if f.code in {"subject_form", "helped_body"}] == [(2, "subject_form"),
                                                                                              (3, "helped_body")]


def test_a_body_on_a_basis_then_running_the_work_with_no_modal():
    assert _units("县级以上地方人民政府根据年度检查计划，组织领导本辖区的联合检查。") == [("县级以上地方人民政府", "responsible")]
    assert _units("各市人民政府结合本地实际，统筹制定年度计划。") == [("各市人民政府", "responsible")]
    assert _units("专家学者根据评审意见，组织论证。") == []  # people, no body
    assert _units("各地根据实际，统筹推进改革。") == [("各地", "responsible")]  # a call on the localities, as 各地区
    assert _units("有关方面根据实际，统筹推进改革。") == []  # units in general, no body


def test_a_party_a_penalty_is_about_set_off_by_a_comma_is_no_subject():
    from zygraph.readers.piece_readings import piece_subjects
    for sentence in ("年度考评不达标的单位，要向区政府作出书面说明。", "验收排名末位的街道，要在全区会议上表态。",
                     "整改进度滞后的村，要约谈村支书。", "涉及的相关单位，要积极配合。"):
        assert piece_subjects(sentence) == [], sentence


def test_a_body_described_by_its_duty_set_off_by_a_comma_is_a_subject():
    from zygraph.readers.piece_readings import piece_subjects
    assert [(i.text, i.role) for i in piece_subjects("区应急局和其他负有安全监管职责的部门，每季度要开展检查。")] == [
        ("区应急局", "responsible"), ("其他负有安全监管职责的部门", "responsible")]


def test_a_body_acting_before_what_it_must_do_first():
    # 地方政府作出村庄撤并决定前，必须…发布公告: the body is the subject of the act and of the duty before it
    assert _units("开展村庄撤并必须尊重农民意愿，地方政府作出村庄撤并决定前，必须在所涉及的行政村发布公告。") == [
        ("地方政府", "responsible")]
    assert _units("村庄撤并前，必须签订补偿安置协议。") == []  # no body acts


def test_a_body_on_a_binding_basis_then_any_verb_of_its_duty():
    # 国有林场根据协议规定，落实…: a rule or agreement binds the body, so what it does next is its duty
    assert _units("国有林场根据协议规定，落实筹措资金，按时移交资产。") == [("国有林场", "responsible")]
    assert _units("电力公司根据协议规定，按照先易后难的原则，及时编制电网改造方案。") == [("电力公司", "responsible")]
    assert _units("省档案馆结合本馆实际，制定实施细则。") == []  # a basis it weighs: only reported doing it


def test_bodies_given_partners_with_with_and_no_modal_are_the_subject():
    # the stage sentences of a plan (blind109 崇明 high-rise fire plan): A、B会同C对…; A和B列出…，会同C将…
    body = lambda name: name.endswith(("局", "委", "队"))  # noqa: E731
    assert more_subjects("县住建委、县房管局会同县公安局对违规建筑进行可行性分析。", body) == [
        ("县住建委", "会同"), ("县房管局", "会同")]
    assert more_subjects("县公安局和县消防大队列出失信单位名单，会同县市场监管局将名单公开。", body) == [
        ("县公安局", "会同"), ("县消防大队", "会同")]
    rows = subject_sentences([(1, "一、加强惩戒"), (2, "县公安局和县消防大队列出失信单位名单，会同县市场监管局等部门将名单公开。")], [])
    assert [(row.lead, row.support) for row in rows] == [("县公安局、县消防大队", "县市场监管局")]
    assert more_subjects("县发改委会同县财政局制定了实施方案。", body) == []  # work reported done


def test_body_convening_on_what_it_found_is_the_subject():
    body = lambda name: name.endswith("政府")  # noqa: E731
    assert more_subjects("县政府根据督查情况召开专题会议，研究整改方案。", body) == [("县政府", "召开")]
    assert more_subjects("县政府根据督查情况研究整改方案。", body) == []


def test_body_setting_up_a_body_as_circumstances_require_is_the_subject():
    # 加强…工作，公安部门根据具体情况设立派驻的公安机构 (blind114 1991 国发): the clause before says what it is for
    body = lambda name: name.endswith("部门")  # noqa: E731
    assert more_subjects("海关部门根据实际情况设立临时检查站，加强查验。", body) == [("海关部门", "设立")]
    assert _units("加强口岸的检疫工作，海关部门根据实际情况设立临时检查站。") == [("海关部门", "responsible")]


def test_organs_of_the_state_named_by_their_kind_acting_by_law_are_subjects():
    # 公安机关依法严厉打击…; 人民法院依法审理…; 司法行政机关按照职责权限依法负责… (blind111's joint opinion): no modal,
    # the law binds the organ, so what it does is its duty
    from zygraph.readers.piece_readings import piece_subjects
    assert [i.text for i in piece_subjects("公安机关依法查处非法采砂行为。")] == ["公安机关"]
    assert [i.text for i in piece_subjects("人民检察院依法提起公益诉讼。")] == ["人民检察院"]
    assert [i.text for i in piece_subjects("税务机关按照职责权限依法办理退税。")] == ["税务机关"]
    assert piece_subjects("相关案件依法审理。") == []


def test_two_collectives_each_with_its_own_each_are_two_subjects():
    # 各地区各部门要…: each with its own 各, two units (blind111); 各级各部门 is one (各级 is no body)
    from zygraph.readers.piece_readings import piece_subjects
    assert [i.text for i in piece_subjects("各地区各部门要认真贯彻落实。")] == ["各地区", "各部门"]
    assert [i.text for i in piece_subjects("各级各部门要加强组织领导。")] == ["各级各部门"]


def test_bodies_describing_a_kind_of_thing_by_what_they_confirmed_are_no_subject():
    # 国务院投资主管部门会同有关部门确认的…项目: a kind of project defined by who confirmed it
    body = lambda name: name.endswith(("部门", "委", "局"))  # noqa: E731
    assert partnered_subjects("市发改委会同有关部门确认的需加大保障力度的重点项目；", body) == []
    assert partnered_subjects("市发改委会同有关部门研究制定保障措施。", body) == [("市发改委", "会同")]


def test_prohibition_binds_its_body_as_a_modal_does():
    # 2004 State Council power-station notice (blind118): 电网企业不得…；银行及有关金融机构不得…；国土管理部门不予…
    assert _units("燃气企业不得为其接通管网；") == [("燃气企业", "responsible")]
    assert _units("县自然资源局不予办理用地手续，已办理的要撤销；") == [("县自然资源局", "responsible")]
    assert _units("市环保局不应擅自审批。") == [("市环保局", "responsible")]
    assert _units("违规项目不得开工。") == []  # a project forbidden is no body


def test_two_kinds_of_body_joined_by_ji_are_two_subjects():
    assert _units("商业银行及有关金融机构不得为其提供贷款；") == [("商业银行", "responsible"), ("有关金融机构", "responsible")]
    assert bodies_apart(["县财政局及有关部门"], lambda name: name.endswith(("局", "部门"))) == ["县财政局", "有关部门"]


def test_collective_with_its_own_each_after_a_listed_body():
    # 1997 State Council notice on social organisations (blind118): 地方各级政府、各有关部门要…
    assert _units("地方各级政府、各有关部门要加强领导，周密部署。") == [("地方各级政府", "responsible"),
                                                               ("各有关部门", "responsible")]


def test_bodies_with_a_duty_on_what_was_confirmed_are_its_subject():
    # A会同B确认的…项目 describes a kind of project; A会同B对认定的企业开展检查 is A's duty (names only before the verb)
    from zygraph.readers.piece_readings import piece_subjects
    assert [(i.text, i.role) for i in piece_subjects("县市场监管局会同有关部门对认定的重点企业开展检查。")] == [
        ("县市场监管局", "responsible")]
    assert piece_subjects("国家发展改革委会同有关部门确认的重点项目，享受优惠。") == []


def test_a_standard_the_body_is_to_hold_binds_it_as_a_prohibition_does():
    # 政府性融资担保、再担保机构不以营利为目的，…保持较低费率水平 (blind118 国办发〔2019〕6号, principle 2)
    body = lambda name: name.endswith(("局", "公司"))  # noqa: E731
    assert more_subjects("县农业担保公司不以营利为目的，保持较低费率。", body) == [("县农业担保公司", "不以")]
    assert more_subjects("县文旅局始终不以创收为宗旨，办好公益展览。", body) == [("县文旅局", "不以")]
    assert more_subjects("本项目不以营利为目的。", body) == []  # a project is no body


def test_a_body_designating_something_for_a_function_is_its_sentence_s_subject():
    # 区政府明确华泾镇关港H4-7地块…为本区装修垃圾集中分拣、中转场所 (blind113 徐汇, after 区绿化市容局负责…)
    body = lambda name: name.endswith(("政府", "委"))  # noqa: E731
    assert designating_subjects("县政府明确城东某地块为建筑垃圾中转场所，分拣后外运。", body) == [("县政府", "明确")]
    assert designating_subjects("县卫健委指定县人民医院为定点救治医院；", body) == [("县卫健委", "指定")]
    assert designating_subjects("县卫健委确定为牵头单位。", body) == []  # designated, no actor
    assert designating_subjects("县政府明确了中转场所。", body) == []  # a designation reported done
    assert designating_subjects("县政府要明确中转场所。", body) == []  # a modal: the plain reading's


def test_a_designating_sentence_after_a_duty_starts_a_duty_of_its_own():
    text = "县环卫所负责全县建筑垃圾的清运和处置工作。县政府明确城东某地块为中转场所，分拣后外运；残渣运至填埋场。\n"
    doc = parse_paragraphs(text)
    assert [(row.lead, row.task[:5]) for row in doc.rows] == [("县环卫所", "县环卫所负"), ("县政府", "县政府明确")]
    assert [f.code for f in doc.findings if f.code == "designating_subject"] == ["designating_subject"]
    # with no duty named by a role verb before it, the designation alone is no list of duties
    with pytest.raises(LayoutError, match="no numbered task names its units"):
        parse_paragraphs("县政府明确城东某地块为中转场所，分拣后外运。\n")


def test_a_body_under_a_leadership_with_its_role_verb_is_the_subject():
    # 2021_mee_three_lines_one_list_zoning_opinion: 省级生态环境部门在省级党委和政府领导下，牵头做好…
    body = lambda name: name.endswith(("部门", "政府", "局"))
    assert more_subjects("县水利局在县委和县政府领导下，牵头做好河道治理。", body) == [("县水利局", "牵头")]
    assert more_subjects("县水利局在县委领导下开展工作。", body) == []  # no role verb after the leadership


def test_a_body_on_a_basis_running_the_work_soon_with_no_modal():
    # A根据…，尽快分批组织…: how soon the work is run may come before its verb
    assert _units("市环境监测中心根据现场复核情况，尽快分批组织专家进行论证。") == [("市环境监测中心", "responsible")]


def test_a_body_forbidden_to_act_on_a_matter_named_before_the_prohibition():
    # A对…不得干预: what the body must not act on stands between it and its 不得
    assert _units("县人民政府对企业正常经营活动不得干预。") == [("县人民政府", "responsible")]
    assert _units("违规项目对周边环境不得造成污染。") == []  # a project is no body


def test_a_body_working_under_another_bodys_guidance_with_no_modal():
    # A在B指导下做好…: no modal; the body doing the work and its guide both lead (指导 is a lead's word)
    assert _units("市行业协会在市发展改革委指导下做好协调和信息汇总工作。") == [
        ("市行业协会", "responsible"), ("市发展改革委", "responsible")]
    assert _units("县交通局在县政府的支持、指导下，开展道路整治。") == [
        ("县交通局", "responsible"), ("县政府", "responsible")]
    assert _units("需要在国家规划指导下加快建设。") == []  # a need, no body, opens it
    rows = subject_sentences([(1, "一、加强管理"), (2, "市行业协会在市发展改革委指导下做好协调。市交通局要加强运输保障。")], [])
    assert [(row.lead, row.support) for row in rows] == [("市行业协会、市发展改革委", ""), ("市交通局", "")]
