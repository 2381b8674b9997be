"""Holders a clause names after 由, 经 or 以…为主, or sharing its work out (zygraph.sentences.holders), as the sentence reader
reads them in a notice whose points divide work in such clauses (blind114: the 1991 国发 notice on protected minerals,
the 2006 国办发 opinion on coal-bed methane, both on one line)."""

from zygraph.readers.piece_readings import is_body as _is_body, piece_subjects
from zygraph.readers.subject_sentences import subject_sentences
from zygraph.sentences.holders import clause_holders, held_by, matter_before_holder

_BODY = lambda name: name.endswith(("部", "局", "委", "政府", "部门", "公司", "小组", "单位", "机关"))  # noqa: E731


def _held(clause):
    return [(item.text, item.role) for item in clause_holders(clause, _BODY)]


def _units(piece):
    return [(item.text, item.role) for item in piece_subjects(piece)]


def test_a_body_after_you_deciding_the_matter_holds_it():
    # …项目，由A核准 (2006 国办发); …国内销售，由A统一管理 (1991 国发)
    assert _held("大型水电项目，由省发展改革委核准") == [("省发展改革委", "responsible")]
    assert _units("小型水库项目的验收，由县水利局统一管理。") == [("县水利局", "responsible")]


def test_holders_after_you_with_partners_and_a_second_you_clause():
    # 由A和B会同C、D进行清理，由E限期收回… (1991 国发): A, B, E hold it, C and D support
    assert _held("由区政府和原批准单位会同区林业局、区水务局进行清理，由原发证机关限期收回许可证") == [
        ("区政府", "responsible"), ("原批准单位", "responsible"), ("区林业局", "support"), ("区水务局", "support"),
        ("原发证机关", "responsible")]
    # 由A商B研究确定 (2006 国办发): 商 consults, as 会同 does; the 商 of 协商 is no partner word
    assert _held("具体比例由市税务局商有关部门研究确定") == [("市税务局", "responsible"), ("有关部门", "support")]
    assert _held("价格由供需双方协商确定") == []


def test_helpers_after_you_support_the_body_they_help():
    # 分别由A和B协助C做好…规划 (1991 国发): C does the work as its verb says, A and B help (README: A协助B负责)
    assert _held("分别由甲公司和乙小组协助丙委做好规划") == [("甲公司", "support"), ("乙小组", "support"),
                                                      ("丙委", "responsible")]


def test_approvers_after_jing_in_a_requirement_hold_the_approval():
    # 需经A、B审查批准; 未经A批准，任何单位不得…; 项目经A会同B认定后，可享受… (1991 国发, 2006 国办发)
    assert _held("新建矿山需经甲公司、乙小组审查批准") == [("甲公司", "responsible"), ("乙小组", "responsible")]
    assert _units("未经省林业局批准，任何单位不得进入保护区。") == [("省林业局", "responsible")]
    assert _units("示范项目经市发展改革委会同市财政局认定后，可享受补助。") == [("市发展改革委", "responsible"),
                                                                        ("市财政局", "support")]


def test_approvals_given_sent_up_or_naming_the_matter_hold_nothing():
    assert _held("经国务院批准，从明年起开展试点") == []
    assert _held("对经省政府批准的重点项目") == [] and _held("需要由市政府批准的规章") == []
    assert _held("此前经财政部批准已转增资本金的") == []
    assert _held("区划报国务院批准实施") == [] and _held("报县发展改革局备案") == []
    assert _held("成员由教育部、民政部等部门负责同志组成") == []


def test_bodies_opening_a_clause_that_share_its_work_out_hold_it():
    # A和B分别制定…计划，并组织实施 (1991 国发)
    assert _held("甲公司和乙小组分别制定年度计划，并组织实施") == [("甲公司", "responsible"), ("乙小组", "responsible")]
    assert _held("按照企业和政府共同负担的原则加大投入") == []


def test_a_matter_before_its_approver_is_no_body():
    # 煤层气抽采利用项目经各省…部门会同…认定后: the project is no subject, the department approves it
    assert matter_before_holder("示范项目经市发展改革部门", lambda name: name.endswith("部门"))
    assert not matter_before_holder("市经济和信息化部门", lambda name: name.endswith("部门"))


def test_points_run_together_divide_work_by_holders_one_task_a_clause():
    # 一、…，由A核准；…，由B核准。 二、…需经C审查批准。… on one line: each clause naming its holder is a task
    pairs = [(1, "通知如下："), (1, "一、大型项目，由省发展改革委核准；小型项目，由市发展改革委核准。"),
             (1, "二、凡新建矿山，需经省自然资源厅审查批准。凭批准文件办理手续。")]
    rows = subject_sentences(pairs, [])
    assert [(row.task[:6], row.lead) for row in rows] == [("大型项目，由", "省发展改革委"), ("小型项目，由", "市发展改革委"),
                                                          ("凡新建矿山，", "省自然资源厅")]


# held_by: the bodies after 由 wherever the clause stands, whatever the verb after them

def _held_by(clause):
    return [(item.text, item.role) for item in held_by(clause, _is_body)]


def test_the_body_after_you_after_a_case_holds_the_duty_whatever_its_verb():
    assert _held_by("无明确规定的由省级人民政府制定具体办法") == [("省级人民政府", "responsible")]
    assert _held_by("可由市人民政府编制调整方案") == [("市人民政府", "responsible")]
    assert _held_by("项目到期后由建设管理部门负责修复") == [("建设管理部门", "responsible")]


def test_bodies_opening_a_sentence_after_you_hold_it_jointly():
    assert _held_by("由财政部、商务部、海关总署联合进行试点动员") == [
        ("财政部", "responsible"), ("商务部", "responsible"), ("海关总署", "responsible")]


def test_fields_sharing_one_kind_noun_after_you_are_each_a_unit():
    assert _held_by("由水利、林草主管部门按职责依法处罚") == [("水利", "responsible"), ("林草主管部门", "responsible")]


def test_the_partners_after_huitong_support_the_holder_fields_sharing_a_noun_each():
    assert _held_by("由财政部会同有关部门研究调整税额") == [("财政部", "responsible"), ("有关部门", "support")]
    assert [(i.text, i.role) for i in piece_subjects("按规定由省级林业主管部门会同水利、自然资源主管部门明确范围。")] == [
        ("省级林业主管部门", "responsible"), ("水利", "support"), ("自然资源主管部门", "support")]


def test_no_holder_in_a_description_a_membership_a_post_or_a_lead_among_partners():
    assert _held_by("转让持有的由各级政府出资勘查形成的探矿权") == []
    assert _held_by("负责审查需要由同级政府批准的规章") == []
    assert _held_by("成员由教育部、民政部等部门负责同志组成") == []
    assert _held_by("组长由协助分管工作的国务院副秘书长担任") == []
    assert _held_by("由市交通局牵头") == []


def test_the_body_a_duty_sends_its_work_up_to_is_no_unit_of_it():
    # README role conventions: 报A批准/审批/备案, 报经A批准 name no unit, nor a refused or past approval
    assert _units("省级人民政府要编制方案，报国务院批准。") == [("省级人民政府", "responsible")]
    assert _units("甲县自然资源局要制定方案报经县政府批准后实施。") == [("甲县自然资源局", "responsible")]
    assert _units("县自然资源局要加强用地审查，形成报告经县政府审批后实施。") == [("县自然资源局", "responsible")]
    assert _units("甲县发展改革局要制定细则，报省发改委备案后由省政府批准。") == [("甲县发展改革局", "responsible")]
    assert _units("县发展改革局要做好衔接，无需报国务院批准。") == [("县发展改革局", "responsible")]
    assert _held("方案报经县政府批准") == []
    assert _units("上述事项不再报市政府审批，由县发展改革局审批。") == [("县发展改革局", "responsible")]
    assert _units("县市场监管局应当加强监管，已报市政府批准的规划要严格执行。") == [("县市场监管局", "responsible")]


def test_a_sentence_holding_its_duty_after_you_is_a_task_without_its_approver():
    pairs = [(1, "通知如下："), (2, "一、加强管理"),
             (3, "（一）规范审批。甲市水务局要加强审批。无明确规定的，由省级人民政府制定办法。"
                 "可由省级人民政府编制调整方案，报国务院批准。")]
    rows = subject_sentences(pairs, [])
    assert [(row.task[:8], row.lead) for row in rows] == [
        ("甲市水务局要加强", "甲市水务局"), ("无明确规定的，由", "省级人民政府"), ("可由省级人民政府", "省级人民政府")]


def test_the_body_a_clause_says_carries_the_work_mainly_holds_it():
    assert [(i.text, i.role) for i in piece_subjects("对历史遗留的问题，以地方政府为主，逐步解决。")] == [("地方政府", "responsible")]
    assert piece_subjects("坚持以预防为主，综合治理。") == []


def test_a_post_after_you_holds_no_duty():
    # 由A局长兼任办公室主任; 由A分管副县长召集: a person's post, no body's duty
    assert _held_by("由县民政局局长兼任办公室主任") == []
    assert _held_by("联席会议由县政府召集") == []


def test_each_you_is_read_from_a_few_characters_around_it():
    # linear by construction: a line of 由 with a holder at its end still reads, each 由 looked at locally
    assert _held_by("由" * 2000 + "的由县财政局负责落实") == [("县财政局", "responsible")]
    assert _held("由" * 2000 + "，由县财政局核准") == [("县财政局", "responsible")]


def test_the_body_a_matter_is_sent_up_to_holds_nothing():
    # 由A报请B批准后再办理…: A holds the duty; B, to whom it is sent for approval, is no unit (README)
    assert _held("均由县自然资源局报请县人民政府批准后再办理登记手续") == [("县自然资源局", "responsible")]
    assert _held("由县自然资源局报经县人民政府同意后公布") == [("县自然资源局", "responsible")]


def test_a_business_by_its_trade_name_shares_work_with_units_after_you_together():
    # 由A、B、C共同组织实施: the mall named by its trade name holds the work with the bureau and the street office
    from zygraph.sentences.statements import clause_units

    items = clause_units("本次展销由县商务局、城关街道办事处、南门百货共同组织实施。")
    assert [(item.text, item.role) for item in items] == [("县商务局", "responsible"), ("城关街道办事处", "responsible"),
                                                          ("南门百货", "responsible")]
    assert clause_units("本次展销由县商务局、城关街道办事处、广大市民共同组织实施。") is None
    assert clause_units("本次展销由南门百货组织实施。") is None
