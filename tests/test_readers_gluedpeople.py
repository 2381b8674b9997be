"""Rows of a glued table closed by dates, its units between columns of people."""

from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.gluedpeople import closed_by_dates, dated_rows

_HEADER = "序号工作内容责任领导责任科室责任人完成时间"


def _rows(body):
    return [(number, task, units) for number, task, units, _ in dated_rows(_HEADER + body, len(_HEADER), _HEADER)]


def test_a_header_closed_by_a_time_column_with_people_after_its_units_is_read_so():
    assert closed_by_dates(["序号", "工作内容", "责任领导", "责任科室", "责任人", "完成时间"])
    assert not closed_by_dates(["序号", "工作内容", "责任科室", "完成时间"])  # no people: the units end the row
    assert not closed_by_dates(["序号", "工作内容", "责任科室", "责任人", "备注"])  # no dates closing the rows


def test_each_row_is_cut_after_its_date_and_its_units_read_between_its_leaders_and_its_people():
    # 王 浩 (a two-character name padded with a space) and 李建国 (written again in row 3) lead; 赵 敏, 孙志刚 answer
    rows = _rows("1推进证照分离改革王 浩审批科赵 敏2016年6月2建设信用平台李建国信用科稽查大队孙志刚2016年12月"
                 "3开展质量提升行动李建国质量科周明亮2016年9月")
    assert rows == [("1", "推进证照分离改革", ["审批科"]), ("2", "建设信用平台", ["信用科", "稽查大队"]),
                    ("3", "开展质量提升行动", ["质量科"])]


def test_a_row_without_people_has_the_units_of_the_row_above_merged_and_written_once():
    rows = dated_rows(_HEADER + "1推进证照分离改革王 浩审批科赵 敏2016年6月2简化企业注销登记2016年12月", len(_HEADER),
                      _HEADER)
    assert [(task, units) for _, task, units, _ in rows] == [("推进证照分离改革", ["审批科"]),
                                                             ("简化企业注销登记", ["审批科"])]
    assert "those of the row above (审批科), a merged cell written once" in rows[1][3]


def test_an_office_the_table_names_again_ends_a_task_where_the_shortest_name_would_not():
    # no leader before the units: 检测中心 could be a unit, but the task builds it; 审批处 and 食品处 recur (and so
    # does 批处食品处, the end of one and the other)
    rows = _rows("1推进证照分离改革王 浩审批处食品处赵 敏2016年6月2组建检测中心审批处食品处钱 进2016年3月"
                 "3建立3家平价商店物价科吴文清2016年5月")
    assert rows[1] == ("2", "组建检测中心", ["审批处", "食品处"])
    # nothing else marks where 建立3家平价商店 ends: the shortest name before the person, as the remark says
    assert rows[2] == ("3", "建立3家平价商店", ["物价科"])
    assert "the shortest name before its people" in dated_rows(_HEADER + "1建立3家平价商店物价科吴文清2016年5月",
                                                                len(_HEADER), _HEADER)[0][3]


def test_the_header_repeated_over_a_page_break_is_no_row(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(f"附件：分解表 {_HEADER}1推进证照分离改革王 浩审批科赵 敏2016年6月{_HEADER}2建设信用平台李建国"
                    "信用科孙志刚2016年12月3开展质量提升行动李建国质量科周明亮2016年9月\n", encoding="utf-8")
    assert detect_layout(path) == "glued"
    document = read_raw(path)
    assert [(row.task, row.lead) for row in document.rows] == [
        ("推进证照分离改革", "审批科"), ("建设信用平台", "信用科"), ("开展质量提升行动", "质量科")]
    assert [f.code for f in document.findings].count("glued_row") == 3
