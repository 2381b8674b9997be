"""Units a point of minutes gives work inside its clauses: …，A负责X，B负责Y; 委托A负责…; A、B和C三方负责."""

from zygraph.sentences.inner_duties import INNER_WORD, inner_duty_units
from zygraph.readers import read_raw


def _read(items):
    return [(i.text, i.role) for i in items]


def test_bodies_given_their_share_after_what_the_point_sets_up_are_its_units_and_the_people_none():
    text = "成立道路修复领导小组，李镇长任组长，王某具体负责，农业办负责群众工作，财政所负责资金拨付，村建站负责施工。"
    assert _read(inner_duty_units(text)) == [("农业办", "responsible"), ("财政所", "responsible"),
                                             ("村建站", "responsible")]
    assert {i.word for i in inner_duty_units(text)} == {INNER_WORD}


def test_a_body_after_the_basis_of_the_work_or_entrusted_with_it_answers_for_the_point():
    assert _read(inner_duty_units("根据设计方案，村建站负责工程质量的监督，及时上报进度。")) == [("村建站", "responsible")]
    assert _read(inner_duty_units("要严格控制支出，委托审计机构负责工程结算审计。")) == [("审计机构", "responsible")]
    assert _read(inner_duty_units("责成镇财政所负责资金兑付。")) == [("镇财政所", "responsible")]


def test_parties_a_point_counts_are_its_units_and_a_share_that_is_no_body_is_none():
    # 以A、B和C三方负责: the bodies among the parties answer for it, the funds to be sought are no body
    assert _read(inner_duty_units("修复费用以争取资金、政府和信用社三方负责。")) == [("政府", "responsible"), ("信用社", "responsible")]
    assert _read(inner_duty_units("由镇政府、村委会两方共同负责。")) == [("镇政府", "responsible"), ("村委会", "responsible")]
    assert inner_duty_units("由个人、社会两方负责。") is None  # 社会 only ends as a body (会) does


def test_a_point_naming_no_body_with_its_own_duty_everyone_or_several_sentences_gives_none():
    assert inner_duty_units("前期征地已全面到位，费用共计15万元，对方案进行了重新设计。") is None  # what was done
    assert inner_duty_units("招标工作做好与县纪委、国土局和计划局的衔接。") is None  # whom to liaise with
    assert inner_duty_units("要加强领导，各部门负责抓好落实。") is None  # units in general
    assert inner_duty_units("要尽快施工，镇长负责协调。") is None  # a person by the post
    assert inner_duty_units("县长出席会议，县财政局负责人参加会议。") is None  # attendance
    assert inner_duty_units("会议听取了县交通局负责同志的汇报，原则同意。") is None  # a report
    assert inner_duty_units("搞好秸秆还田。农办发放明白纸，农机站负责调配农机。") is None  # a title, then subjects


def test_minutes_points_name_their_bodies_inside_them_and_reports_and_points_naming_none_are_no_tasks(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("镇长办公会会议纪要\n\n"
                    "一、张某汇报前期准备工作：党委、政府高度重视，及时组织干部撤离。\n\n"
                    "二、会议强调\n\n"
                    "1、前期征地已全面到位，费用共计15万元。\n\n"
                    "2、成立道路修复领导小组，李镇长任组长，农业办负责群众工作，财政所负责资金拨付。\n\n"
                    "3、要尽快做好前期工作：评审要求本周完成；招标工作做好与县纪委、国土局的衔接。\n\n"
                    "4、按工程设计的要求，村建站负责工程质量监督，聘请专业监理实行管理。\n\n"
                    "5、关于费用问题\n\n"
                    "（1）修复费用以争取资金、政府和信用社三方负责，信用社负责协调贷款。\n\n"
                    "（2）要控制工程支出，委托中介机构负责招投标。\n", encoding="utf-8")
    doc = read_raw(path)
    assert [(r.task[:6], r.lead) for r in doc.rows] == [
        ("成立道路修复", "农业办、财政所"), ("按工程设计的", "村建站"), ("修复费用以争", "政府、信用社"),
        ("要控制工程支", "中介机构")]
    assert [f.line for f in doc.findings if f.code == "inner_duty"] == [9, 13, 17, 19]
    assert {f.line for f in doc.findings if f.code == "no_assignment"} >= {7, 11}
