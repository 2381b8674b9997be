"""Bodies a duty's sentence names past its opening (zygraph.sentences.clause_subjects), as the running-sentence reader reads them."""

import zygraph
from zygraph.sentences.clause_subjects import (bodies_after, calls_on, clause_findings, condition_ends, designated_subjects, helping_units,
                                     what_body_is)
from zygraph.sentences.grammar import Item
from zygraph.sentences.modal_partners import duty_partners
from zygraph.readers.piece_readings import piece_subjects
from zygraph.readers.subject_sentences import subject_sentences
from zygraph.names.unitname import looks_like_unit


def _units(piece):
    return [(item.text, item.role) for item in piece_subjects(piece)]


def _body(name):
    return looks_like_unit(name, lambda _: False)


def test_subject_after_a_clause_setting_the_case():
    assert _units("推行垃圾分类收费，收费标准要合理，凡分类设施未建成的地方，县住建局要限期补建。") == [("县住建局", "responsible")]
    assert _units("严格执行排放标准，对整改逾期未完成的，由市生态环境局负责查处。") == [("市生态环境局", "responsible")]
    assert condition_ends(["加强督查", "凡检查不合格的单位", "区应急局要通报"]) == [2]
    assert condition_ends(["加强督查", "严格考核", "区应急局要通报"]) == []


def test_bodies_after_a_modal_by_or_by_each_do_the_work_whatever_its_verb():
    # 应当由A办成…; 分别由A和B依法办理…: the work required of the bodies after 由 (blind111's kindergartens notice)
    from zygraph.readers.piece_readings import piece_subjects
    assert [i.text for i in piece_subjects("场馆移交后，应当由体育行政部门办成公共场馆，不得出租。")] == ["体育行政部门"]
    assert [i.text for i in piece_subjects("根据性质，分别由县民政局和县市场监管局依法办理登记。")] == ["县民政局", "县市场监管局"]
    assert piece_subjects("场馆由体育行政部门办成公共场馆。") == []  # no modal before 由: no requirement


def test_a_purse_of_a_level_is_the_finance_body():
    assert _units("建立补助机制，凡达标的乡镇，县级财政要给予奖励。") == [("县级财政", "responsible")]
    assert _units("中央和地方财政转移支付应考虑补偿因素。") == []


def test_a_body_said_to_be_something_before_its_duty():
    assert _units("县人民政府是河道治理的责任主体，要落实资金，会同县水利局制定方案。") == [
        ("县人民政府", "responsible"), ("县水利局", "support")]
    assert what_body_is("市交通局是公路养护的主管部门，应当加强巡查。", _body) == [Item("市交通局", "responsible", "应当")]
    assert what_body_is("保障供水是各级政府的职责，要加大投入。", _body) == []


def test_bodies_giving_help_to_the_subject_support():
    assert _units("市人民政府要统一指挥抢险工作，省水利厅及省气象局根据情况给予协调支援。") == [
        ("市人民政府", "responsible"), ("省水利厅", "support"), ("省气象局", "support")]
    assert helping_units(["区政府要做好安置", "区民政局给予支持"], _body) == [Item("区民政局", "support", "支持")]
    assert helping_units(["区政府要做好安置", "中央财政给予补助"], _body) == []


def test_drafting_verbs_after_by_and_partners_who_check():
    assert _units("奖惩的具体办法由省教育厅会同有关部门拟定。") == [("省教育厅", "responsible")]
    rows = subject_sentences([(1, "一、完善奖惩"), (2, "奖惩的具体办法由省教育厅会同有关部门拟定。")], [])
    assert [(row.lead, row.support) for row in rows] == [("省教育厅", "有关部门")]
    assert [(i.text, i.role) for i in duty_partners("市审计局要会同市纪委监督检查资金使用情况。")] == [("市纪委", "support")]
    assert [i.text for i in duty_partners("县农业局要会同县市场监督管理局开展抽检。")] == ["县市场监督管理局"]


def test_no_subject_where_a_person_or_a_call_stands():
    assert _units("乡镇卫生院负责人的任免，应当征求县卫健委的意见。") == []
    assert _units("推行一体化运营，鼓励养殖企业委托专业公司承担粪污处理。") == []
    assert calls_on("引导物流公司") and not calls_on("县物流公司")


def test_each_decision_is_a_finding_with_its_line():
    pairs = [(1, "决定如下："), (2, "一、加强管理"),
             (3, "全面收费，标准要合理，凡收费不到位的地方，县财政局要给予补助。"
                 "县人民政府是治理的责任主体，要落实经费。市政府要统一指挥，省应急厅给予协调支援。")]
    findings = []
    rows = subject_sentences(pairs, findings)
    assert [(row.lead, row.support) for row in rows] == [("县财政局", ""), ("县人民政府", ""), ("市政府", "省应急厅")]
    codes = [(f.line, f.code) for f in findings if f.code in ("subject_after_condition", "body_said_to_be", "helping_units")]
    assert codes == [(2, "subject_after_condition"), (2, "body_said_to_be"), (2, "helping_units")]
    assert [f.code for f in clause_findings(5, "市政府要统一指挥，省应急厅给予协调支援。",
                                            [Item("省应急厅", "support", "支援")], _body)] == ["helping_units"]
    assert zygraph  # the package imports whole


def test_a_body_said_to_be_a_supporting_or_leading_unit_takes_its_labels_role():
    assert _units("区民政局是协办单位，要做好经费保障。") == [("区民政局", "support")]
    assert _units("区教育局是牵头单位，要会同区体育局制定方案。") == [("区教育局", "lead"), ("区体育局", "support")]
    assert _units("区教育局是本项工作的责任主体，要制定方案。") == [("区教育局", "responsible")]


def test_whether_a_body_acts_names_no_duty_of_it():
    assert _units("区住建局是否按期完成整改，要纳入年度考核。") == []


def test_a_clause_helping_the_one_before_names_its_help_verb_however_its_list_is_written():
    def rows(text):
        return [(r.lead, r.support) for r in subject_sentences([(1, "意见如下："), (2, "一、强化保障"), (3, text)], [])]
    assert rows("区水务局要排查河道隐患；各街道和各社区要协助做好相关工作。") == [("区水务局", "各街道、各社区")]
    assert rows("区水务局要排查河道隐患；各街道、各社区等要配合做好此项工作。") == [("区水务局", "各街道、各社区")]
    assert rows("区水务局要排查河道隐患；区交通局要抓好工作。") == [("区水务局", ""), ("区交通局", "")]


def test_a_designated_subject_of_a_project_is_responsible():
    # 该为民办实事项目建设主体为区应急局，统筹开展… (blind102, 虹口区 e-bike charging plan): the 主体 named, then its work
    body = lambda name: looks_like_unit(name, lambda other: False)  # noqa: E731
    assert [(i.text, i.role) for i in designated_subjects("本工程建设主体为县水利局", body)] == [("县水利局", "responsible")]
    assert [i.text for i in designated_subjects("县住建局和县城管局为项目实施主体", body)] == ["县住建局", "县城管局"]
    assert designated_subjects("压实企业主体责任", body) == [] and designated_subjects("群众为受益主体", body) == []
    # the sentence reader: the designated body is the subject; the clause after is its work
    assert _units("该改造项目建设主体为县水利局，统筹开展项目建设和验收工作。") == [("县水利局", "responsible")]
    rows = subject_sentences([(1, "二、职责分工"), (2, "项目建设主体为县水利局，统筹开展建设。县财政局负责落实经费。")], [])
    assert [(row.task[:6], row.lead) for row in rows] == [("项目建设主体", "县水利局"), ("县财政局负责", "县财政局")]


def test_with_a_body_as_the_main_one_is_a_manner_not_a_designation():
    # found in review: 坚持以区住建委为主体 read '坚持以区住房城乡建设委' as the designated body
    bureau = lambda name: name.endswith(("局", "委"))  # noqa: E731
    assert designated_subjects("坚持以区住建委为主体", bureau) == []
    assert [i.text for i in designated_subjects("区住建委为改造实施主体", bureau)] == ["区住建委"]


def test_a_name_after_by_may_end_before_the_adverb_jishi():
    # 由A主管部门及时总结…: 及时 (timely) is no 及 joining names
    assert bodies_after("县水利局及时总结经验", lambda name: name.endswith("局")) == ["县水利局"]
    assert bodies_after("县水利局及县林业局共同总结", lambda name: name.endswith("局")) == ["县水利局", "县林业局"]


def test_a_name_after_you_ends_at_any_unit_ending_not_at_a_verb_opening_there():
    # 室, 中心, 办, 科 end names (unitname.UNIT_ENDINGS); 办理, 协调, 联合, 处理 are verbs, 自行 an adverb
    from zygraph.readers.piece_readings import is_body as _is_body
    from zygraph.sentences.clause_subjects import bodies_after
    assert bodies_after("县政府办公室统一协调", _is_body) == ["县政府办公室"]
    assert bodies_after("县防汛抗旱指挥部办公室统一调度", _is_body) == ["县防汛抗旱指挥部办公室"]
    assert bodies_after("县疾控中心负责采样", _is_body) == ["县疾控中心"]
    assert bodies_after("县爱卫办组织验收", _is_body) == ["县爱卫办"]
    assert bodies_after("县人社局社保科负责审核", _is_body) == ["县人社局社保科"]
    assert bodies_after("民政部门依法办理登记", _is_body) == ["民政部门"]
    assert bodies_after("县财政局处理", _is_body) == ["县财政局"]
    assert bodies_after("县交通运输局、县公安局交警大队联合执法", _is_body) == ["县交通运输局", "县公安局交警大队"]
    assert bodies_after("县直各单位自行安排", _is_body) == ["县直各单位"]
    assert bodies_after("教育行政部门办成公办园或委托办园", _is_body) == ["教育行政部门"]


def test_a_body_as_the_subject_it_is_made_with_zuowei():
    # A作为…责任主体，要…: what the body is for the work, then its duty, as A是…主体，要…
    assert _units("各地环境保护部门作为监测站交接工作的责任主体，要加快推进自查。") == [("各地环境保护部门", "responsible")]
    assert _units("该报告作为审批依据，要妥善存档。") == []  # no 主体: 作为 says what a thing serves as
