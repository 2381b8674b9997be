"""The web-page reader: tables with spanned cells, paragraph pages, and the bundled table saved as a page."""

import unicodedata
from pathlib import Path

import lxml.html
import pytest

from zygraph import read_table
from zygraph.errors import InputError, MissingColumnError
from zygraph.readers.html import expand_spans, read_html

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"
ZIYANG = Path(__file__).parent.parent / "data" / "ziyang_2023_science_literacy_tasks.txt"


def triples(table):
    """(task, unit, role) with the task text NFKC-folded: readers of web pages make ASCII commas full-width."""
    merged = table.assignments.merge(table.tasks[["task_id", "task"]], on="task_id")
    return sorted(zip(merged.task.map(lambda t: unicodedata.normalize("NFKC", t)), merged.unit, merged.role))


def test_the_bundled_table_saved_as_a_web_page_reads_as_the_text_export():
    text, page = read_table(ZIYANG), read_table(FIXTURES / "ziyang_table.html")
    assert page.meta["layout"] == "html"
    assert (len(page.tasks), len(page.units), len(page.assignments)) == (95, 33, 591)
    assert triples(page) == triples(text)
    assert page.tasks.area.tolist() == text.tasks.area.tolist()  # the area cells span their rows
    assert page.meta["number"] == "资府发〔2023〕1号"


def test_row_and_column_spans_are_expanded():
    table = lxml.html.fromstring(
        "<table><tr><th colspan=2>领域与序号</th><th>任务</th></tr>"
        "<tr><td rowspan=3>科普</td><td>1</td><td>a</td></tr>"
        "<tr><td>2</td><td rowspan=2>b</td></tr><tr><td>3</td></tr></table>")
    assert expand_spans(table) == [
        [("领域与序号", False), ("", False), ("任务", False)],
        [("科普", False), ("1", False), ("a", False)],
        [("科普", True), ("2", False), ("b", False)],
        [("科普", True), ("3", False), ("b", True)],
    ]


def test_a_bad_span_counts_as_one(tmp_path):
    table = lxml.html.fromstring("<table><tr><td rowspan='x'>a</td><td rowspan=99999999>b</td></tr><tr><td>c</td></tr></table>")
    assert expand_spans(table) == [[("a", False), ("b", False)], [("c", False)]]


def test_a_paragraph_page_is_read_as_paragraphs(tmp_path):
    path = tmp_path / "notice.html"
    path.write_text(
        "<html><head><title>t</title><script>var x = '牵头单位：假';</script></head><body>"
        "<p>一、科普</p><p>\n\t　　1.办科技周。（牵头单位：市科技局，配合单位：市科协）</p>"
        "<div>2.办科普日<br>（市科协负责）</div></body></html>", encoding="utf-8")
    table = read_table(path)
    assert table.meta["layout"] == "html"
    assert table.tasks[["area", "task"]].values.tolist() == [["科普", "办科技周。"], ["科普", "办科普日"]]
    assert table.assignments[["task_id", "unit", "role"]].values.tolist() == [
        ["T001", "市科技局", "lead"], ["T001", "市科协", "support"], ["T002", "市科协", "lead"]]


def test_a_gbk_page_is_decoded(tmp_path):
    path = tmp_path / "gbk.htm"
    path.write_bytes('<meta charset="gbk"><p>1.办科技周（市科协负责）</p>'.encode("gbk"))
    assert read_table(path).assignments.unit.tolist() == ["市科协"]


def test_an_empty_page_says_so(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x</script></body></html>", encoding="utf-8")
    with pytest.raises(MissingColumnError, match=r"empty\.html: the web page holds no text"):
        read_html(path)


def test_a_missing_page_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_html(tmp_path / "none.html")


def test_a_web_table_under_a_first_listed_note(tmp_path):
    path = tmp_path / "t.html"
    path.write_text("<p>第一个为牵头单位。</p><table><tr><td>重点任务</td><td>责任单位</td></tr>"
                    "<tr><td>办科技周</td><td>市科协<br>市科技局</td></tr></table>", encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["unit", "role"]].values.tolist() == [["市科协", "lead"], ["市科技局", "support"]]


def test_a_two_row_header_with_spanned_cells(tmp_path):
    path = tmp_path / "t.html"
    path.write_text(
        "<table><tr><th rowspan=2>序号</th><th rowspan=2>重点任务</th><th colspan=2>责任分工</th></tr>"
        "<tr><th>牵头单位</th><th>配合单位</th></tr>"
        "<tr><td>1</td><td>办科技周</td><td>市科技局</td><td>市科协</td></tr></table>", encoding="utf-8")
    document = read_html(path)
    assert [(r.line, r.task, r.lead, r.support) for r in document.rows] == [(3, "办科技周", "市科技局", "市科协")]


def test_comments_keep_the_text_after_them_and_deep_nesting_does_not_crash(tmp_path):
    from zygraph.readers.html import page_lines

    assert page_lines(lxml.html.fromstring("<div>1.办<!-- x -->科技周<p>（市科协<br>负责）</p></div>")) == [
        "1.办科技周", "（市科协", "负责）"]
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 5000 + "1.办科技周（市科协负责）" + "</div>" * 5000, encoding="utf-8")
    with pytest.raises(MissingColumnError, match="the web page holds no text"):
        read_html(path)  # libxml2 stops at 256 levels and keeps no text: an error saying so, not a crash


def test_units_separated_by_spaces_in_a_web_table_cell(tmp_path):
    path = tmp_path / "t.html"
    path.write_text("<table><tr><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
                    "<tr><td>办科技周</td><td>市科技局</td><td>市科协&nbsp;&nbsp;团市委 市妇联</td></tr></table>",
                    encoding="utf-8")
    assert read_html(path).rows[0].support == "市科协、团市委、市妇联"


def test_a_web_page_whose_table_is_made_of_divs_reads_as_a_table(tmp_path):
    # no <table>: each cell a <div>, as pages built with CSS grids publish their task tables
    cells = ["序号", "工作任务", "牵头单位", "配合单位", "1", "办科技周。", "市科协", "市教育局、团市委",
             "2", "办科普日。", "市科技局", "市科协"]
    page = tmp_path / "grid.html"
    page.write_text("<html><body><h1>任务分工表</h1>" + "".join(f"<div>{cell}</div>" for cell in cells) + "</body></html>",
                    encoding="utf-8")
    from zygraph.readers import read_raw

    document = read_raw(page)
    assert document.layout == "html"
    assert [(r.task, r.lead, r.support) for r in document.rows] == [
        ("办科技周。", "市科协", "市教育局、团市委"), ("办科普日。", "市科技局", "市科协")]


def test_a_column_of_headings_over_numbered_items_gives_area_and_task(tmp_path):
    # 工作任务 holds headings merged over their groups (rowspan); 具体要求 the numbered items, the tasks
    path = tmp_path / "t.html"
    path.write_text("<table><tr><td>工作任务</td><td>具体要求</td><td>责任部门</td></tr>"
                    "<tr><td>一、做好财政信息公开。</td><td>1.积极推进预算公开。</td><td>财务科</td></tr>"
                    "<tr><td rowspan='2'>二、做好网站专栏信息公开。</td><td>2.及时更新概况信息。</td><td>办公室</td></tr>"
                    "<tr><td>3.及时反馈网民意见。</td><td>各科室</td></tr></table>", encoding="utf-8")
    document = read_html(path)
    assert [(r.task, r.lead) for r in document.rows] == [
        ("1.积极推进预算公开。", "财务科"), ("2.及时更新概况信息。", "办公室"), ("3.及时反馈网民意见。", "各科室")]
    assert [r.area[:2] for r in document.rows] == ["一、", "二、", "二、"]
    assert any(f.code == "groups_over_items" for f in document.findings)


def test_a_table_whose_header_names_no_unit_column_finds_it_by_what_its_cells_hold(tmp_path):
    # 考核项目 spans a category column and a department column; the departments are the units, the
    # category (重点考核部门, merged over its rows) is not
    path = tmp_path / "t.html"
    path.write_text("<table><tr><td>序号</td><td colspan='2'>考核项目</td><td>各项分值</td><td>考核内容</td></tr>"
                    "<tr><td>1</td><td rowspan='3'>重点考核部门</td><td>县农粮局</td><td>5</td><td>农村生活垃圾专项治理。</td></tr>"
                    "<tr><td>2</td><td rowspan='2'>县水利局</td><td>5</td><td>河道采砂专项整治。</td></tr>"
                    "<tr><td>3</td><td>5</td><td>水土保持。</td></tr></table>", encoding="utf-8")
    rows = read_html(path).rows
    assert [(r.task, r.lead) for r in rows] == [("农村生活垃圾专项治理。", "县农粮局"), ("河道采砂专项整治。", "县水利局"),
                                               ("水土保持。", "县水利局")]


def test_a_paragraph_above_the_table_naming_one_lead_for_all_of_it(tmp_path):
    # 综合科牵头，各有关股室按职责分工负责 above a table whose only unit column is 责任股室: 综合科 leads every row,
    # the row's own sections support it
    path = tmp_path / "t.html"
    path.write_text("<p>（四）责任主体</p><p>综合科牵头，各有关股室按职责分工负责（详见事项表）。</p>"
                    "<table><tr><th>公开事项</th><th>责任股室</th></tr><tr><td>机构职能</td><td>人事股</td></tr>"
                    "<tr><td>工作动态</td><td>综合科</td></tr></table>", encoding="utf-8")
    document = read_html(path)
    assert [(r.task, r.lead, r.support) for r in document.rows] == [("机构职能", "综合科", "人事股"),
                                                                   ("工作动态", "综合科", "")]
    assert "table_lead" in {f.code for f in document.findings}


def test_a_positional_rule_in_the_first_rows_unit_cell_holds_for_the_rows_below(tmp_path):
    path = tmp_path / "rule.html"
    path.write_text(
        "<html><body><p>分工方案</p><table><tr><th>序号</th><th>工作任务</th><th>负责单位</th></tr>"
        "<tr><td>1</td><td>建立救助体系</td><td>县民政局、县财政局（列在首位的为牵头部门，下同）</td></tr>"
        "<tr><td>2</td><td>制定实施办法</td><td>县民政局、县教育局</td></tr></table></body></html>", encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["task_id", "raw_unit", "role"]].values.tolist() == [
        ["T001", "县民政局", "lead"], ["T001", "县财政局", "support"],
        ["T002", "县民政局", "lead"], ["T002", "县教育局", "support"]]
    assert "first_listed_leads" in table.findings.code.tolist()
