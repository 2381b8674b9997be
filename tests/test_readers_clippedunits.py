"""Units a table clipped to a short name, among a row's unit cells, read as units."""

from zygraph.readers import read_raw
from zygraph.readers.clippedunits import clipped_units


def test_a_short_name_between_two_cells_of_units_is_a_clipped_unit():
    lines, findings = clipped_units([(1, "推进健康促进。"), (2, "省卫生厅"), (3, "省人口计生"), (4, "省妇联"),
                                     (5, "加强疾病防控。"), (6, "省卫生厅"), (7, "人口计生"), (8, "省公安厅")])
    assert lines == frozenset({3, 7})
    assert [(f.line, f.code) for f in findings] == [(3, "clipped_unit"), (7, "clipped_unit")]


def test_a_cell_of_text_or_one_not_between_units_is_no_clipped_unit():
    lines, findings = clipped_units([(1, "省卫生厅"), (2, "推进健康促进工作。"), (3, "省妇联"), (4, "人口计生"),
                                     (5, "加强防控。"), (6, "省卫生厅"), (7, "2020年底"), (8, "省公安厅")])
    assert lines == frozenset() and findings == []


def test_a_table_one_cell_a_paragraph_keeps_its_clipped_names_among_the_rows_units(tmp_path):
    path = tmp_path / "t.txt"
    cells = ["主要目标", "主要责任单位", "责任单位", "妇女艾滋病感染率得到控制。", "省卫生厅", "人口计生", "省公安厅",
             "妇女心理健康知识知晓率提高。", "省卫生厅", "省新闻出版", "省总工会"]
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    document = read_raw(path)
    assert [(r.task, r.lead, r.support) for r in document.rows] == [
        ("妇女艾滋病感染率得到控制。", "省卫生厅", "人口计生、省公安厅"),
        ("妇女心理健康知识知晓率提高。", "省卫生厅", "省新闻出版、省总工会")]
    assert [f.line for f in document.findings if f.code == "clipped_unit"] == [11, 19]


def test_a_clipped_name_then_a_unit_opening_with_its_level_stay_two_cells(tmp_path):
    # 省人口计生 / 省妇联: no pieces of one name broken by a narrow column (区新兴产业 / 服务中心 are)
    path = tmp_path / "t.txt"
    cells = ["主要目标", "主要责任单位", "责任单位", "妇女寿命延长。", "省卫生厅", "省人口计生", "省妇联"]
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    assert [(r.lead, r.support) for r in read_raw(path).rows] == [("省卫生厅", "省人口计生、省妇联")]


def test_a_short_name_after_a_cell_joining_units_by_a_comma_is_the_next_rows_task():
    # 属地街镇、区属企业 / 落实场所备案 / 区绿化市容局: the table joins a row's units in one cell, so the short name
    # after such a cell is the next row's task written without a stop, not a unit clipped
    lines, findings = clipped_units([(1, "落实土方调度。"), (2, "区土方专班"), (3, "属地街镇、区属企业"),
                                     (4, "落实场所备案"), (5, "区绿化市容局")])
    assert lines == frozenset() and findings == []
