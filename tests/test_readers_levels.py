"""Rows of a table of levels (一级指标 … 三级指标 | 责任科室) copied one cell a line: merged levels, scores, items."""

from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.levels import segment_levels


def _texts(rows):
    return [[text for _, text in row] for row in rows]


def test_a_row_writes_its_deepest_levels_and_carries_the_shallower_down():
    # 一级 / 二级 merged over the rows of their group: written on its first row only; a new 二级 group restates
    # nothing above it, a new 一级 group restates both
    cells = [(1, "公开"), (2, "财政预算"), (3, "是否公开本级部门预算和三公经费预算"), (4, "财务科"),
             (5, "是否公开本级部门决算和三公经费决算"), (6, "财务科"),
             (7, "财政资金"), (8, "是否公开专项资金的分配和使用情况"), (9, "财务科"),
             (10, "解读"), (11, "政策解读"), (12, "是否同步解读本局出台的规范性文件"), (13, "办公室")]
    rows, findings = segment_levels(cells, task_at=2)
    assert _texts(rows) == [["公开", "财政预算", "是否公开本级部门预算和三公经费预算", "财务科"],
                            ["公开", "财政预算", "是否公开本级部门决算和三公经费决算", "财务科"],
                            ["公开", "财政资金", "是否公开专项资金的分配和使用情况", "财务科"],
                            ["解读", "政策解读", "是否同步解读本局出台的规范性文件", "办公室"]]
    assert [row[0][0] for row in rows] == [1, 5, 7, 10]  # a row starts at the first cell it writes
    assert [(f.line, f.code) for f in findings] == [(5, "levels_carried"), (7, "levels_carried")]


def test_scores_beside_the_levels_are_left_out_and_a_score_glued_after_a_bracket_taken_off():
    cells = [(1, "主动公开"), (2, "12"), (3, "养老服务(2"), (4, "是否及时公开老年人补贴政策(0.25"), (5, "民政科"),
             (6, "是否按月公开补贴发放总金额等0.5"), (7, "民政科")]
    rows, findings = segment_levels(cells, task_at=2)
    assert _texts(rows) == [["主动公开", "养老服务", "是否及时公开老年人补贴政策", "民政科"],
                            ["主动公开", "养老服务", "是否按月公开补贴发放总金额等", "民政科"]]
    assert sorted((f.line, f.code) for f in findings if f.code != "levels_carried") == [
        (2, "scores_left_out"), (3, "score_glued"), (4, "score_glued"), (6, "score_glued")]


def test_a_bare_figure_ending_an_item_stays_where_the_table_gives_no_scores():
    rows, findings = segment_levels([(1, "建设"), (2, "是否建成5G基站共计200"), (3, "工信局")], task_at=1)
    assert _texts(rows) == [["建设", "是否建成5G基站共计200", "工信局"]]
    assert findings == []


def test_an_item_broken_over_cells_is_joined_and_the_units_of_one_cell_listed():
    # the deepest cell is a sentence; the piece after it, before the units, is its end a narrow column broke off;
    # the unit cell's two names stand one a line
    cells = [(1, "监督"), (2, "是否公开公共场所的监督检查情况,包括检查计划、检查结"), (3, "果及处理信息"),
             (4, "监督科"), (5, "卫生监督执法大队")]
    rows, findings = segment_levels(cells, task_at=1)
    assert _texts(rows) == [["监督", "是否公开公共场所的监督检查情况,包括检查计划、检查结果及处理信息",
                             "监督科、卫生监督执法大队"]]
    assert [(f.line, f.code) for f in findings] == [(2, "cell_joined"), (4, "units_one_a_line")]


def test_two_unit_columns_keep_their_cells_apart():
    rows, _ = segment_levels([(1, "监督"), (2, "是否公开监督检查结果"), (3, "监督科"), (4, "执法大队")], 1, 2)
    assert _texts(rows) == [["监督", "是否公开监督检查结果", "监督科", "执法大队"]]


def test_an_item_with_no_units_before_the_next_shares_those_of_the_row_above():
    # a unit cell merged over two items is written once, with the first; each item a sentence, so no level's name
    cells = [(1, "公开"), (2, "是否公开本局机构职能,包括领导信息"), (3, "办公室"), (4, "是否公开本局内设机构,包括联系方式"),
             (5, "解读"), (6, "是否同步解读本局出台的规范性文件"), (7, "法规科")]
    rows, _ = segment_levels(cells, task_at=1)
    assert _texts(rows) == [["公开", "是否公开本局机构职能,包括领导信息", "办公室"],
                            ["公开", "是否公开本局内设机构,包括联系方式", "办公室"],
                            ["解读", "是否同步解读本局出台的规范性文件", "法规科"]]
    assert rows[1][-1] == (3, "办公室")  # the merged cell keeps its line: the piped reader reports it


def test_cells_the_table_ends_with_and_no_unit_follows_are_reported():
    rows, findings = segment_levels([(1, "公开"), (2, "是否公开本局机构职能"), (3, "办公室"),
                                     (4, "是否公开本局内设机构和联系")], task_at=1)
    assert len(rows) == 1 and [(f.line, f.code) for f in findings] == [(4, "item_without_units")]


def test_a_table_of_indicator_levels_one_cell_a_paragraph_is_read_by_the_piped_reader(tmp_path):
    # the page's lines, then the header (levels and one unit column) and rows one cell a paragraph, the merged
    # level cells written once with their scores, the levels restated on a new page, no row numbers
    cells = ["区卫生健康局2021年度政务公开重点工作任务分解", "一级指标", "二级指标", "三级指标", "四级指标", "责任科室、单位", " ",
             "主动公开", "养老服务(2", "补贴发放", "0.75", "是否及时公开本地区老年人养老补贴相关政策(0.25", "中医科", " ",
             "是否按月度公开各项老年人补贴发放总金额(0.5", "中医科", " ",
             "主动公开", "养老服务(2", "医疗服务", "2", "是否公开本地区公共场所的监督检查情况,包括检查结",
             "果及处理信息(0.5", "医政科", "监督执法大队"]
    path = tmp_path / "t.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.area, r.task, r.lead) for r in document.rows] == [
        ("主动公开；养老服务；补贴发放", "是否及时公开本地区老年人养老补贴相关政策", "中医科"),
        ("主动公开；养老服务；补贴发放", "是否按月度公开各项老年人补贴发放总金额", "中医科"),
        ("主动公开；养老服务；医疗服务", "是否公开本地区公共场所的监督检查情况，包括检查结果及处理信息", "医政科、监督执法大队")]
    codes = {f.code for f in document.findings}
    assert {"catalog_levels", "levels_carried", "scores_left_out", "score_glued", "cell_joined", "units_one_a_line",
            "responsible_column"} <= codes
    assert "duplicate_column" not in codes  # levels are areas by design
