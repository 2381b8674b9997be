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
