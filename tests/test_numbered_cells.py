"""Tests of tables copied one cell a paragraph with no header row (zygraph.readers.numbered_cells)."""

from zygraph.readers.numbered_cells import numbered_cells_table

#: Rows of 2026年上海市城市体检基本指标体系(区级) (沪奉建发〔2026〕2号, attachment 1), one cell a paragraph, no header.
_ROWS = [
    "品质宜居",
    "*1", "千人社区养老服务设施面积", "全区每千名常住人口拥有的社区养老服务设施面积", "㎡/千人", "区民政局",
    "请提供各类社区养老设施点位清单",
    "*2", "千人3岁以下婴幼儿托位数", "全区每千名常住人口拥有3岁以下婴幼儿托位数", "个/千人", "区教育局",
    "请提供各类托幼设施点位清单",
    "3", "人均体育场地面积", "全区建成区内常住人口人均拥有的体育场地面积", "㎡/人", "区体育局", "请提供各体育健身场地点位清单",
    "安全韧性",
    "*4", "完成有高坠隐患的住宅小区隐患整改率", "全区累计已完成隐患整改的高坠隐患小区数量占比累计存在高坠隐患小区总数量", "%",
    "区建设管理委、区房管局", "详见附件2-1第7项",
    "5", "城市常年积水内涝点数量/住宅小区积水点数量", "全区建成区内常年出现积水内涝的点位数量", "个",
    "区水务局、区房管局、\n区交通委", "请提供积水点清单",
    "6", "“12345”热线回访满意度", "全区市民、企业对热线诉求处置情况的满意比例", "%", "区建设管理委", "请统计到街镇",
]


def _lines(cells):
    return "\n\n".join(cells).split("\n")


def test_numbered_rows_of_as_many_cells_read_their_unit_column_by_what_it_holds():
    header, rows, areas, findings = numbered_cells_table(_lines(_ROWS))
    assert [text for _, text in header] == ["序号", "工作任务", "责任单位", "备注"]
    assert [row[2][1] for row in rows] == ["区民政局", "区教育局", "区体育局", "区建设管理委、区房管局",
                                           "区水务局、区房管局、区交通委", "区建设管理委"]
    assert rows[0][1][1] == "千人社区养老服务设施面积 全区每千名常住人口拥有的社区养老服务设施面积 ㎡/千人"
    assert rows[5][3][1] == "请统计到街镇"
    assert areas == ["品质宜居"] * 3 + ["安全韧性"] * 3
    assert [(f.severity, f.code, f.line) for f in findings] == [("warning", "headless_cells_table", 3)]
    assert "column 5" in findings[0].message and "6 cells" in findings[0].message


def test_a_row_of_another_count_of_cells_is_no_table_of_this_shape():
    cells = [cell for cell in _ROWS if cell != "请提供各类托幼设施点位清单"]  # row 2 lost its note
    assert numbered_cells_table(_lines(cells)) is None


def test_no_column_naming_units_in_every_row_is_no_table():
    cells = ["指标未明" if cell == "区体育局" else cell for cell in _ROWS]
    assert numbered_cells_table(_lines(cells)) is None


def test_numbered_paragraphs_of_a_notice_are_no_table():
    text = ["一、工作任务", "1", "区民政局负责养老设施建设。", "2", "区教育局负责托育设施建设。", "3", "区体育局负责场地开放。",
            "4", "区水务局负责排水。", "5", "区房管局负责住宅整改。"]
    assert numbered_cells_table(_lines(text)) is None
