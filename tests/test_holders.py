"""Holders a clause names after 由 or 经, or sharing its work out (zygraph.sentences.holders), as the sentence reader
reads them in a notice whose points divide work in such clauses (blind114: the 1991 国发 notice on protected minerals,
the 2006 国办发 opinion on coal-bed methane, both on one line)."""

from zygraph.readers.subject_sentences import piece_subjects, subject_sentences
from zygraph.sentences.holders import clause_holders, matter_before_holder

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

