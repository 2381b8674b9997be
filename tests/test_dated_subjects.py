"""Units a sentence sets a deadline as its subject, alone and in the sections the paragraph reader reads."""

import pytest

from zygraph import read_table
from zygraph.sentences.dated_subjects import dated_subject_units
from zygraph.errors import LayoutError
from zygraph.names.listlike import looks_like_unit_list


def names(text):
    return [item.text for item in dated_subject_units(text)]


def test_units_before_their_deadline_with_or_without_a_preposition_are_its_subject():
    assert names("市卫生健康委于2021年6月底前完成评估，并报市政府。") == ["市卫生健康委"]
    assert names("2022年起，市卫生健康委每年3月底前完成上述工作。") == ["市卫生健康委"]
    assert names("县教育局、县财政局在10月中旬前拨付资金。") == ["县教育局", "县财政局"]


def test_units_after_a_deadline_opening_the_clause_end_at_the_verb_of_their_work():
    # 2月底前各区县完成…: the collective, not 各区县完成辖区内学校 (a name ending at 学校 that swallows the verb)
    assert names("每年2月底前各区县完成辖区内学校考核工作，3月底前市教育局完成汇总。") == ["各区县", "市教育局"]


def test_a_deadline_clause_later_in_a_sentence_makes_the_units_it_opens_with_its_subject():
    assert names("各二级医院对照考核指标，在2021年9月底前，完成自评。") == ["各二级医院"]
    # the next sentence opens with no unit: its deadline is no one's
    assert names("各二级医院对照考核指标。在9月底前，完成自评。") == []


def test_a_date_without_before_or_a_deadline_without_a_subject_names_no_unit():
    assert names("3月16日，市住建局召开推进会议。") == []
    assert names("2021年12月底前完成第一次全市考核工作。") == []
    assert names("市住建局负责督导。") == []  # a role verb, no deadline: read elsewhere


def test_a_national_notice_s_provinces_are_a_collective_of_units():
    assert looks_like_unit_list("各省份")
    assert not looks_like_unit_list("省份")


def test_a_section_whose_steps_give_deadlines_to_their_bodies_is_one_task_a_step(tmp_path):
    # 四、… / a lead-in naming two bodies with their yearly deadlines / （一）heading。text opening with its body
    path = tmp_path / "opinion.txt"
    path.write_text("四、考核程序\n考核按照年度实施。2022年起，每年2月底前各区县完成辖区内考核工作，"
                    "3月底前市卫生健康委完成监测分析工作。\n"
                    "（一）医院自评。各二级医院对照考核指标，在2021年9月底前，完成自评。\n"
                    "（二）区县考核。各区县于2021年11月底前完成辖区内考核工作，考核结果反馈医院。\n", encoding="utf-8")
    table = read_table(path)
    units = {task: sorted(table.assignments[table.assignments.task_id == task].raw_unit) for task in table.tasks.task_id}
    assert list(units.values()) == [["各区县", "市卫生健康委"], ["各二级医院"], ["各区县"]]
    assert set(table.assignments.role) == {"lead"}
    assert list(table.findings.code).count("subject_section") == 3


def test_a_section_of_deadlines_naming_no_body_is_still_refused(tmp_path):
    path = tmp_path / "opinion.txt"
    path.write_text("四、考核程序\n考核按照年度实施。2021年12月底前完成第一次考核工作。\n"
                    "（一）医院自评。对照考核指标，在2021年9月底前，完成自评。\n", encoding="utf-8")
    with pytest.raises(LayoutError, match="no numbered paragraph names its units"):
        read_table(path)


def test_an_approver_or_a_body_reported_on_is_no_deadlines_subject():
    # review r6 item 5: the opening subject's own clause says what it did, not how it works toward the deadline
    assert dated_subject_units("省人民政府批复同意，于2020年底前，完成验收。") == []
    assert dated_subject_units("市委市政府高度重视，在2019年底前，全面完成了改造。") == []
    assert [i.text for i in dated_subject_units("各三级公立医院按照要求，在2019年9月底前，完成评估。")] == ["各三级公立医院"]


def test_work_reported_done_sets_no_deadline():
    # review r6 item 5: 了 and 已 report the past; 为了 does not
    assert dated_subject_units("省政府于2019年12月底前印发了实施方案。") == []
    assert dated_subject_units("各省份于2018年底前已全部完成考核。") == []
    assert [i.text for i in dated_subject_units("为了加快进度，县统计局于3月底前完成数据审核。")] == ["县统计局"]


def test_units_after_a_deadline_whose_name_holds_zuzhi_stay_whole():
    # 组织 after the units is their work (6月底前A组织开展…); 组织部 is the name's own
    assert names("2023年6月底前县委组织部完成干部培训。") == ["县委组织部"]
    assert names("6月底前县委组织部组织开展干部培训。") == ["县委组织部"]
    assert names("6月底前县人社局组织开展技能培训。") == ["县人社局"]


def test_deadline_clause_alone_then_units_and_how_they_work():
    # 9月30日前，A、B对照标准完成… (blind109 崇明 fire plan): the units after the deadline's own clause
    assert [i.text for i in dated_subject_units("10月31日前，县住建委、县房管局对照标准完成底数排查。")] == ["县住建委", "县房管局"]
    assert dated_subject_units("10月31日前，对照标准完成底数排查。") == []
