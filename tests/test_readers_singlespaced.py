"""Tables flattened with single spaces and no number column (zygraph.readers.singlespaced), as the spaced reader
reads them: the wording is 上海市基本公共服务项目清单's (优军服务保障), the only such page in the sets."""

from zygraph import read_table
from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.rebroken import table_lines
from zygraph.readers.singlespaced import single_spaced_header, single_spaced_lines, single_spaced_rows
from zygraph.readers.spaced import spaced_table

HEADER = "项目名称 服务对象 服务内容 服务标准 支出责任 牵头负责单位"
ROW_1 = ("优待抚恤 本市符合条件的优抚对象 提供伤残抚恤、定期定量补助、生活补助、义务兵家庭优待金。 "
         "按照当年度本市抚恤、补助、优待金标准发放。 市与区财政分别负担(按照事项) 市退役军人事务局")
ROW_3 = ("退役军人就业创业服务 本市符合条件的退役军人 提供退役军人专场招聘活动服务。 每年至少组织2次退役军人专场招聘活动。 "
         "市与区财政分别负担(按照机构隶属关系) 市退役军人事务局、市人力资源社会保障局")
ROW_4 = ("重点优抚对象集中供养 本市户籍1-4级残疾军人、符合条件的享受国家抚恤补助的优抚对象 免费提供医疗、护理、康复、疗养等服务。 "
         "略高于全市平均生活水平。 市财政负担 市退役军人事务局")
PAGE = f"优军服务保障 2024-06-19\n字号:\n\n{HEADER}\n{ROW_1}\n{ROW_3}\n{ROW_4}\n分享:\n"


def _write(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_without_numbers_are_read_cell_for_cell_under_a_single_spaced_header():
    line, header, rows = spaced_table(PAGE.split("\n"))
    assert (line, header) == (4, HEADER.split(" "))
    assert [(row[0], row[2], row[4], row[6]) for row in rows] == [
        (5, "1", ["市退役军人事务局"], ""),
        (6, "2", ["市退役军人事务局、市人力资源社会保障局"], ""),
        (7, "3", ["市退役军人事务局"], ""),
    ]
    # the task is every cell before the unit cell, whole: the expenditure cell (市财政负担) is text, not a unit
    assert rows[2][3] == ("重点优抚对象集中供养 本市户籍1-4级残疾军人、符合条件的享受国家抚恤补助的优抚对象 "
                          "免费提供医疗、护理、康复、疗养等服务。 略高于全市平均生活水平。 市财政负担")


def test_the_page_reads_as_spaced_with_its_leads_and_says_how(tmp_path):
    path = _write(tmp_path, PAGE)
    assert detect_layout(path) == "spaced"
    doc = read_raw(path)
    assert [(row.line, row.task[:12], row.lead, row.support) for row in doc.rows] == [
        (5, "优待抚恤本市符合条件的优", "市退役军人事务局", ""),
        (6, "退役军人就业创业服务本市", "市退役军人事务局、市人力资源社会保障局", ""),
        (7, "重点优抚对象集中供养本市", "市退役军人事务局", ""),
    ]
    header = next(f for f in doc.findings if f.code == "spaced_table")
    assert header.line == 4 and "no row has a number" in header.action
    table = read_table(path)
    assert sorted(set(table.assignments["unit"])) == ["市人力资源社会保障局", "市退役军人事务局"]
    assert set(table.assignments["role"]) == {"lead"}


def test_prose_and_headers_the_grammar_does_not_know_are_no_such_table():
    # 成员单位 names a unit column, but no role label: a header of this kind needs one
    assert not single_spaced_header("项目名称 服务内容 成员单位", ["项目名称", "服务内容", "成员单位"])
    # a title before the header, or runs of spaces between its cells: not a header line of single spaces
    assert not single_spaced_header(f"附件 {HEADER}", HEADER.split(" "))
    assert not single_spaced_header(HEADER.replace(" ", "  "), HEADER.split(" "))
    # sentences with spaces after a header line: no line lines up with its six columns, so no table
    prose = [HEADER, "各区要 加强 优抚对象 服务保障 工作 。", "市退役军人事务局 负责 统筹 协调。"]
    assert spaced_table(prose) is None


def test_a_row_with_a_space_too_many_keeps_its_task_whole_and_says_so():
    spaced_cell = ROW_3.replace("提供退役军人专场招聘活动服务。", "提供退役军人 专场招聘活动服务。")
    rows = single_spaced_rows([HEADER, ROW_1, spaced_cell], 1, HEADER.split(" "))
    assert rows[1][3].startswith("退役军人就业创业服务 本市符合条件的退役军人 提供退役军人 专场招聘活动服务。")
    assert rows[1][4] == ["市退役军人事务局、市人力资源社会保障局"]
    assert rows[1][6] == "7 parts for 6 columns: the 1 space(s) too many read as inside the text cells before the " \
                         "units, all the task's"


def test_a_line_between_rows_that_is_no_row_is_said_on_the_row_after_it():
    broken = ["优待抚恤 本市符合条件的优抚对象", "提供伤残抚恤。 按照标准发放。 市与区财政分别负担(按照事项) 市退役军人事务局"]
    rows = single_spaced_rows([HEADER, ROW_1, *broken, ROW_4], 1, HEADER.split(" "))
    assert [row[0] for row in rows] == [2, 5]
    assert rows[1][6] == ("line 3 (2 part(s) for 6 columns) between rows read as no row; "
                          "line 4 (4 part(s) for 6 columns) between rows read as no row")
    assert rows[0][6] == ""


def test_lead_and_partner_columns_a_heading_and_a_column_of_people():
    header = ["工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
    lines = [" ".join(header), "一、优军服务", "提供退役军人专场招聘活动服务。 张三 市退役军人事务局 市人力资源社会保障局 2024年底",
             "免费提供医疗、护理、康复、疗养等服务。 李四 市退役军人事务局 市卫生健康委 长期"]
    rows = single_spaced_rows(lines, 1, header)
    assert [(row[1], row[3], row[4], row[5]) for row in rows] == [
        ("优军服务", "提供退役军人专场招聘活动服务。", ["市退役军人事务局", "市人力资源社会保障局"], "2024年底"),
        ("优军服务", "免费提供医疗、护理、康复、疗养等服务。", ["市退役军人事务局", "市卫生健康委"], "长期"),
    ]


def test_a_single_spaced_table_run_onto_one_line_is_given_back_a_row_a_line():
    one_line = f"优军服务保障 2024-06-19 字号: {HEADER} {ROW_1} {ROW_3} {ROW_4} 分享:"
    text, findings = table_lines(one_line)
    assert text.split("\n") == ["优军服务保障 2024-06-19 字号:", HEADER, ROW_1, ROW_3, ROW_4, "分享:"]
    assert "cut after every header's width of cells" in findings[0].message
    assert single_spaced_lines(f"{HEADER} {ROW_1}") is None  # one row is no table
    numbered = "工作任务 牵头单位 1 办科技周 市科协 2 办科普日 市科协"
    assert single_spaced_lines(numbered) is None  # numbered rows are cut at their numbers, a cell a line


def test_rows_of_other_widths_run_onto_one_line_are_not_cut_by_the_header_width():
    # 江门市蓬江区民政局 (2021): a table copied a cell a line, groups' headings opening rows and rows of one cell; run
    # onto one line, cutting every three cells goes out of step: left a cell a line, as its reader reads it
    one_line = ("工作任务 具体要求 责任股室 一、做好各类规划主动公开。 做好民政事业相关规划的归集整理和主动公开工作。 办公室 "
                "二、做好市场规则标准和监管执法信息公开 加强行政执法信息公开。 办公室、各股室")
    assert single_spaced_lines(one_line) is None
    rows = ("工作任务 具体要求 责任股室 做好各类规划主动公开。 做好民政事业相关规划的归集整理和主动公开工作。 办公室 "
            "做好市场规则标准和监管执法信息公开 加强行政执法信息公开。 办公室、各股室 积极推进单位预算公开。 办公室、各股室")
    assert single_spaced_lines(rows) is None  # units left after the last row cut: out of step
