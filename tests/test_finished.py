"""Work reported finished is no duty (zygraph.sentences.finished), for the collective opening a section's sentence and for
units a deadline is set for alike."""

from zygraph import read_table
from zygraph.sentences.dated_subjects import dated_subject_units
from zygraph.sentences.finished import reports_finished, reports_tally

SUMMARY = ("某县2024年秋季农业工作总结\n\n一、抓好秋收秋种\n各乡镇积极组织农机下田，共完成秋收面积12万亩。县农业农村局要加强技术指导。\n"
           "二、做好防灾减灾\n各村结合实际情况，成立了应急分队，共排查隐患200处。县应急局要做好物资储备。\n"
           "三、加强宣传引导\n各街道通过微信群发放资料3000份，群众知晓率达95%。县融媒体中心要做好宣传报道。\n")


def test_the_completed_aspect_and_a_report_s_tallies_are_finished_work():
    assert reports_finished("县财政局已拨付资金。") and reports_finished("各村成立了应急分队。")
    assert reports_finished("累计完成造林1万亩。") and reports_finished("各乡镇共完成秋收面积12万亩。")
    assert not reports_finished("各部门要了解情况，为了群众，除了节假日。")  # 了解, 为了, 除了: no completed aspect
    assert reports_tally("各街道发放资料3000份。") and reports_tally("群众知晓率达95%。")
    assert not reports_tally("各村结合实际情况，聘请农业专家。")


def test_a_collective_reported_doing_finished_work_is_no_unit_of_its_section(tmp_path):
    # review r7 s1: 各乡镇…共完成…12万亩, 各村…成立了…, 各街道…发放资料3000份 were made leads beside the unit with 要
    path = tmp_path / "summary.txt"
    path.write_text(SUMMARY, encoding="utf-8")
    table = read_table(path)
    assert table.assignments.raw_unit.tolist() == ["县农业农村局", "县应急局", "县融媒体中心"]
    done = table.findings[table.findings.code == "collective_reported_done"]
    assert done.line.tolist() == [3, 5, 7]  # the sections, by their headings
    # the same collective with a plain verb and no report of finished work is the section's unit
    path.write_text(SUMMARY.replace("成立了应急分队，共排查隐患200处", "聘请农业专家"), encoding="utf-8")
    assert "各村" in set(read_table(path).assignments.raw_unit)


def test_a_deadline_in_a_sentence_reporting_finished_work_sets_no_duty():
    assert dated_subject_units("省政府于2019年12月底前已印发实施方案。") == []
    assert [i.text for i in dated_subject_units("各省份于11月底前完成考核工作。")] == ["各省份"]
