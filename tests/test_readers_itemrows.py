"""A table a crawl ran together on one line, its rows opened by their task cells' item numbers, no 序号 column."""

from zygraph import read_table
from zygraph.readers.columns import column_for
from zygraph.readers.itemrows import item_rows
from zygraph.readers.rebroken import table_lines

#: A made-up bureau's page as a crawl copies it: the notice, then its attachment table on the same line, the
#: header's words spaced out (工 作 任 务), rows N.task / zone departments / the bureau's own divisions / requirement,
#: empty cells dropped, a division in brackets and a role verb each on a cell of their own, the page's source after.
CRAWLED_PAGE = ("当前位置：首页 区水利局关于印发2020年河湖管理工作任务分解表的通知 局各处、所属单位：现将任务分解表印发给你们，"
                "请认真贯彻落实。 附件 任务分解表 工 作 任 务 管委会牵头部门 本局责任处（单位） 工　作　要　求 "
                "一、加强河湖管理 （一）落实河长制 1.建立河长巡河制度 区农业农村局 河湖处牵头，各处、单位配合落实 "
                "每月巡河一次。 2.公开河长名单 及时更新公示牌。 3.开展河道清障行动 区执法局 区自然资源局 "
                "河湖处、水保处 牵头落实 （二）加强执法监管 4.公开涉河执法信息 区管委会办公室 （政策法规处） "
                "综合处牵头落实 依法公开执法结果。 5.做好涉河信访回应 综合处牵头落实 来源：区水利局 附件下载")


def test_a_header_of_the_bureaus_own_divisions_names_a_unit_column():
    assert column_for("本局责任处（单位）") == "support"
    assert column_for("牵头处") == "lead"
    assert column_for("办事处") is None  # a body's name, no role word


def test_a_spaced_out_header_word_stays_one_cell_when_the_table_is_cut_a_cell_a_line():
    text, findings = table_lines("附件 工 作 任 务 牵头部门 1.举办科技活动周。 市科协 2.举办全国科普日。 市科技局 "
                                 "3.建设科技馆。 市文旅局")
    assert text.split("\n")[:5] == ["附件", "工作任务", "牵头部门", "1.举办科技活动周。", "市科协"]
    assert [f.code for f in findings] == ["lines_recovered"]


def test_rows_are_cut_at_item_numbers_going_on_across_headings():
    findings = []
    rows, areas = item_rows([(1, "一、管理"), (2, "1.巡河"), (3, "区农业局"), (4, "2.公开名单"), (5, "（二）执法"),
                             (6, "3.清障"), (7, "区执法局"), (8, "牵头")], findings)
    assert [[text for _, text in row] for row in rows] == [["1.巡河", "区农业局"], ["2.公开名单"], ["3.清障", "区执法局牵头"]]
    assert areas == ["管理", "管理", "执法"]
    assert [f.code for f in findings] == ["rows_by_item_number"]


def test_no_rows_without_a_sequence_or_with_text_before_the_first_item():
    assert item_rows([(1, "1.巡河"), (2, "区农业局"), (3, "3.清障"), (4, "4.公开")], []) is None
    assert item_rows([(1, "1.巡河"), (2, "2.清障")], []) is None  # too few items to be a table's rows
    assert item_rows([(1, "现将分解表印发"), (2, "1.巡河"), (3, "2.清障"), (4, "3.公开")], []) is None


def test_a_crawled_page_reads_each_row_with_its_zone_and_own_units(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(CRAWLED_PAGE, encoding="utf-8")
    table = read_table(path)
    tasks = dict(zip(table.tasks.task_id, table.tasks.task))
    read = {(tasks[row.task_id][:4], row.raw_unit, row.role) for row in table.assignments.itertuples()}
    assert read == {
        ("1.建立", "区农业农村局", "lead"), ("1.建立", "河湖处", "lead"), ("1.建立", "各处、单位", "support"),
        ("3.开展", "区执法局", "lead"), ("3.开展", "区自然资源局", "lead"), ("3.开展", "河湖处", "lead"),
        ("3.开展", "水保处", "lead"),
        ("4.公开", "区管委会办公室（政策法规处）", "lead"), ("4.公开", "综合处", "lead"),
        ("5.做好", "综合处", "lead"),
    }
    assert len(tasks) == 5  # 2.公开河长名单 names no unit: a task with none, its requirement no task
    assert {"rows_by_item_number", "table_ends_at_page"} <= set(table.findings.code)


#: A bureau's plan copied one cell a paragraph (工作任务 / 具体要求 / 落实科室（部门）): group cells, numbered requirements,
#: unit cells; in the second group one unit cell follows three requirements (the wording of 中山市医疗保障局's plan).
SHARED_CELL_CELLS = [(26, "做好各类规划主动公开"), (28, "1.主动公开各类规划原文和政策解读等相关信息。"),
                     (30, "各科室、医疗保障事业管理中心按职责分工落实"), (32, "2.加强数据互联互通工作，集中发布规划原文。"),
                     (34, "办公室"), (36, "做好市场规则标准和监管执法信息公开"),
                     (38, "3.主动公开全国统一的市场准入负面清单。"), (40, "4.及时公开定点医药机构管理相关政策规定。"),
                     (42, "5.强化行政执法信息公开。"), (44, "法规和基金监管科、医药服务管理科按职责分工落实")]


def test_a_unit_cell_after_a_groups_requirements_is_shared_by_all_of_them():
    findings = []
    rows, areas = item_rows(SHARED_CELL_CELLS[1:], findings, SHARED_CELL_CELLS[0])
    assert [[line for line, _ in row] for row in rows] == [[28, 30], [32, 34], [38, 44], [40, 44], [42, 44]]
    assert areas == ["做好各类规划主动公开"] * 2 + ["做好市场规则标准和监管执法信息公开"] * 3
    assert [(f.line, f.code) for f in findings] == [(26, "group_cell_as_area"), (36, "group_cell_as_area"),
                                                    (38, "shared_unit_cell"), (40, "shared_unit_cell"),
                                                    (28, "rows_by_item_number")]
    assert "(line 44)" in findings[2].message


def test_a_row_without_units_after_a_row_of_its_group_with_units_is_not_given_a_later_cell():
    # 3.… / 办公室 / 4.… / 5.… / 财务科: the cell merged over 4 is the one above it, written on its group's first row
    findings = []
    rows, _ = item_rows([(1, "1.公开预算。"), (2, "财务科"), (3, "做好财政信息公开"), (4, "2.公开决算。"), (5, "办公室"),
                         (6, "3.公开债务信息。"), (7, "4.公开补贴信息。"), (8, "财务科")], findings)
    assert [[text for _, text in row] for row in rows] == [["1.公开预算。", "财务科"], ["2.公开决算。", "办公室"],
                                                          ["3.公开债务信息。"], ["4.公开补贴信息。", "财务科"]]
    assert "shared_unit_cell" not in [f.code for f in findings]


def test_a_sentence_between_rows_is_no_groups_cell():
    findings = []
    rows, areas = item_rows([(1, "1.公开预算。"), (2, "财务科"), (3, "按要求报送公开情况。"), (4, "2.公开决算。"),
                             (5, "办公室"), (6, "3.公开债务信息。"), (7, "财务科")], findings)
    assert [text for _, text in rows[0]] == ["1.公开预算。", "财务科", "按要求报送公开情况。"]
    assert areas == ["", "", ""]
    assert "group_cell_as_area" not in [f.code for f in findings]


def test_a_plan_copied_one_cell_a_paragraph_gives_the_shared_cell_to_each_requirement(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("中山市医疗保障局2021年政务公开工作要点分工方案\n\n工作任务\n\n具体要求\n\n落实科室(部门)\n\n"
                    + "\n\n".join(text for _, text in SHARED_CELL_CELLS) + "\n", encoding="utf-8")
    table = read_table(path)
    tasks = dict(zip(table.tasks.task_id, table.tasks.task))
    read = {(tasks[row.task_id][:4], row.raw_unit, row.role) for row in table.assignments.itertuples()}
    assert read == {
        ("1.主动", "各科室", "lead"), ("1.主动", "医疗保障事业管理中心", "lead"), ("2.加强", "办公室", "lead"),
        ("3.主动", "法规和基金监管科", "lead"), ("3.主动", "医药服务管理科", "lead"),
        ("4.及时", "法规和基金监管科", "lead"), ("4.及时", "医药服务管理科", "lead"),
        ("5.强化", "法规和基金监管科", "lead"), ("5.强化", "医药服务管理科", "lead"),
    }
    assert list(table.findings.code).count("shared_unit_cell") == 2
