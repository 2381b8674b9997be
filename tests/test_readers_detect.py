"""Choosing a reader from the file, and the promise that any text reads or raises a ZygraphError."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zygraph
from zygraph.errors import LayoutError, ZygraphError
from zygraph.readers import RawDocument, read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.paragraph import parse_paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


@pytest.mark.parametrize(
    "name, layout",
    [
        ("plan_labels.txt", "paragraph"),
        ("plan_verbs.txt", "paragraph"),
        ("plan_ocr.txt", "paragraph"),  # 牽頭單位: is seen only after normalising
        ("table_gbk.csv", "spreadsheet"),
    ],
)
def test_fixtures_are_detected(name, layout):
    assert detect_layout(FIXTURES / name) == layout


def test_bundled_table_is_still_tabbed_text():
    assert detect_layout("data/ziyang_2023_science_literacy_tasks.txt") == "tabbed-text"


def test_tabbed_header_wins_over_labels_in_the_notice(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("通知（市科协负责）\n\t工作任务\n\t牵头单位\n\n\t办科技周\n\t市科协\n", encoding="utf-8")
    assert detect_layout(path) == "tabbed-text"
    assert read_raw(path).rows[0].lead == "市科协"


def test_layout_can_be_forced(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("工作任务,牵头单位\n办科技周,市科协\n", encoding="utf-8")
    with pytest.raises(LayoutError, match=r"no table found: .* To force a reader, pass --layout NAME \(layout= in Python\)"):
        detect_layout(path)
    document = read_raw(path, layout="spreadsheet")  # read as comma-separated text
    assert (document.layout, document.rows[0].task, document.rows[0].lead) == ("spreadsheet", "办科技周", "市科协")


def test_old_office_and_wps_files_go_to_the_converter(tmp_path):
    for suffix in (".doc", ".wps", ".xls", ".et"):
        assert detect_layout(tmp_path / f"plan{suffix}") == "office"


@pytest.mark.parametrize("name, start, layout", [("page.htm", "<p>x</p>", "html"), ("saved.txt", "<!DOCTYPE html><html>", "html"),
                                                  ("scan.bin", "%PDF-1.4", "pdf"), ("table.txt", "序号 |\n工作任务 |\n责任单位 |\n1 |\n办 |\n市科协 |", "piped")])
def test_web_pages_pdfs_and_piped_tables_are_recognised(tmp_path, name, start, layout):
    path = tmp_path / name
    path.write_text(start, encoding="utf-8")
    assert detect_layout(path) == layout


def test_a_text_with_role_verbs_only_is_read_as_paragraphs(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("1.地区生产总值增长6%以上。\n部门分工：省发展改革委牵头，各地、各部门配合。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"


def test_unrecognised_text_says_what_was_looked_for(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("资阳市人民政府\n关于开展科普活动的通知\n", encoding="utf-8")
    with pytest.raises(LayoutError, match=r"no line starts with a TAB .*\(牵头单位：…, 责任单位：… or （…负责）\)"):
        read_raw(path)


_ALPHABET = st.sampled_from(list("一二、（）()[]【】1.2.3牵头单位责任配合参与负责由会同市科协局，,:：；;。排在第一位的为\n\t 各区县级市<>|%"))
#: Texts with pieces of web pages, piped tables, PDFs and document-wide sentences in them.
_PIECES = st.lists(st.sampled_from(["<p>", "</p>", "<td rowspan=2>", "<tr>", "<table>", " |\n", "以下均需", "不再列出",
                                    "%PDF", "1.办（", "市科协", "负责）", "\n"]), max_size=20).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.text(_ALPHABET, max_size=80) | st.text(max_size=40) | _PIECES)
def test_any_text_gives_a_document_or_a_zygraph_error(text):
    try:
        document = parse_paragraphs(text)
    except ZygraphError:
        return
    assert isinstance(document, RawDocument)
    assert all(row.lead or row.support for row in document.rows)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(_ALPHABET, max_size=80) | st.text(max_size=40) | _PIECES,
       st.sampled_from([".txt", ".csv", ".docx", ".xlsx", ".html", ".pdf"]))
def test_any_file_through_auto_detection_gives_a_document_or_a_zygraph_error(text, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            document = read_raw(path)
        except ZygraphError:
            return
        assert isinstance(document, RawDocument)


def test_a_sheet_saved_as_tab_separated_text_is_read_as_a_spreadsheet(tmp_path):
    from zygraph.readers import read_raw

    for name in ("sheet.txt", "sheet.tsv"):
        path = tmp_path / name
        path.write_text("资阳市任务分工表\n序号\t工作任务\t牵头单位\t配合单位\n1\t办科技周\t市科协\t市教育局\n", encoding="utf-8")
        assert detect_layout(path) == "spreadsheet"
        assert [(r.task, r.lead, r.support) for r in read_raw(path).rows] == [("办科技周", "市科协", "市教育局")]


def test_duties_numbered_as_headings_are_a_paragraph_notice(tmp_path):
    path = tmp_path / "duties.txt"
    path.write_text("（十二）监察部门负责对违规行为进行查处。\n（十三）公安部门负责维护秩序。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"


def test_numbered_duties_each_opening_with_a_department_and_yao_are_a_paragraph_notice(tmp_path):
    path = tmp_path / "duties.txt"
    path.write_text("职能分工\n（一）公安部门要加强防范控制；\n（二）供销社要加强网点管理。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    path.write_text("保障措施\n（一）各地要加强领导；\n（二）各部门要加强宣传。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        detect_layout(path)
    path.write_text("（九）民爆器材管理。县公安局要检查储存。\n（十）建筑施工安全。县住建局要检查现场。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"  # a run-in title before each bureau
    path.write_text("一、工作任务\n\n    4、农委要加强试点建设。\n\n    5、畜牧局要开展调查。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"  # indented paragraphs, blank lines between


def test_numbered_member_duties_with_the_department_alone_on_its_line_are_a_paragraph_notice(tmp_path):
    path = tmp_path / "members.txt"
    path.write_text("3.2职责分工。\n(1)县水利局。\n负责水情监测。\n(2)县气象局。\n负责天气预报。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    assert [row.lead for row in read_raw(path).rows] == ["县水利局", "县气象局"]
    path.write_text("3.2保障措施。\n(1)加强领导。\n负责统筹协调。\n(2)强化宣传。\n负责解读政策。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        detect_layout(path)  # run-in titles, not departments


def test_member_duties_one_a_line_with_a_colon_are_a_paragraph_notice(tmp_path):
    path = tmp_path / "members.txt"
    path.write_text("预案汇编（第11页）\n县水利局：承担水情监测；组织工程调度。\n县气象局：承担天气预报。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    assert [row.lead for row in read_raw(path).rows] == ["县水利局", "县气象局"]


def test_member_duties_run_together_on_one_line_with_spaces_are_a_paragraph_notice(tmp_path):
    # a crawl's copy that lost every line break, a space where each was: 3.2职责分工。 (1)县水利局。 负责… (2)…
    path = tmp_path / "members.txt"
    path.write_text("3.2职责分工。 (1)县水利局。 负责水情监测。 (2)县气象局。 负责天气预报。 (3)县民政局。 负责灾民安置。\n",
                    encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    assert [row.lead for row in read_raw(path).rows] == ["县水利局", "县气象局", "县民政局"]


def test_a_page_of_one_units_numbered_duties_under_its_heading_is_a_paragraph_notice(tmp_path):
    # 二、乡镇人民政府 / 1、… 2、… 3、…: a page of a duty list, the unit only in its heading, the rest on other pages
    path = tmp_path / "page.txt"
    path.write_text("某县实施方案的通知\n\n  二、乡镇人民政府\n\n  1、成立工作机构。\n\n  2、配备专职干部。\n\n"
                    "  3、制定年度工作计划。\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    assert [(row.task, row.lead) for row in read_raw(path).rows] == [
        ("成立工作机构。", "乡镇人民政府"), ("配备专职干部。", "乡镇人民政府"), ("制定年度工作计划。", "乡镇人民政府")]
    path.write_text("二、乡镇人民政府\n1、成立工作机构。\n2、配备专职干部。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        detect_layout(path)  # two items under one heading: too few to say the heading is a unit's
    path.write_text("二、加强领导\n1、成立工作机构。\n2、配备专职干部。\n3、制定年度工作计划。\n", encoding="utf-8")
    with pytest.raises(LayoutError):
        detect_layout(path)  # a heading naming no unit


def test_bracketed_headings_naming_units_over_their_duties_are_a_paragraph_notice(tmp_path):
    # 四、职责分工 / (一)区体育局 / 1.负责… / (二)区财政局 / 负责…(one duty, no number) / (三)南庄镇、各街道办事处 / 1.配合…:
    # each heading's units do the duties under it; one opening with 配合 they support, whom it helps is no unit of it
    path = tmp_path / "page.txt"
    path.write_text("加大对群众体育工作宣传力度，增强人民群众健身意识。\n四、职责分工\n(一)区体育局\n"
                    "1.负责组织实施区群众体育工作方案;\n2.切实做好各项比赛、活动的组织与筹备事务。\n(二)区财政局\n"
                    "负责区群众体育工作经费的安排与调拨工作。\n(三)南庄镇、各街道办事处\n1.做好组织发动工作;\n"
                    "2.配合区体育局做好扶持居(村)委健身器材试点工作;\n", encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    assert [(row.task[:6], row.lead, row.support) for row in read_raw(path).rows] == [
        ("负责组织实施", "区体育局", ""), ("切实做好各项", "区体育局", ""), ("负责区群众体", "区财政局", ""),
        ("做好组织发动", "南庄镇、各街道办事处", ""), ("配合区体育局", "", "南庄镇、各街道办事处")]
    findings = zygraph.read_table(path).findings
    assert [(f.line, f.message.split(": ")[-1]) for f in findings.itertuples() if f.code == "heading_names_units"] \
        == [(3, "区体育局"), (6, "区财政局"), (8, "南庄镇、各街道办事处")]


@pytest.mark.parametrize("text", [
    # bracketed headings that look like units over lines that are no duties of theirs: subheadings of events
    "(一)县体育馆\n于5月下旬举办全县运动会。\n(二)县文化馆\n于6月举办文艺汇演。\n1.报名时间另行通知。\n",
    # bracketed headings naming no unit over numbered items
    "(一)重点项目\n1.建设体育公园。\n(二)预备项目\n1.建设游泳馆。\n",
])
def test_bracketed_headings_are_no_division_of_duties_unless_a_duty_stands_under_each(tmp_path, text):
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LayoutError):
        detect_layout(path)


def test_a_ministrys_indicator_table_copied_a_cell_a_line_is_piped(tmp_path):
    # its only unit column is 牵头负责司局 (a ministry's departments), empty cells a bare bar; a note after the table
    text = ("为加强信息公开，现公开年度关键业绩指标。\n序号 |\n指标名称 |\n完成时限 |\n牵头负责司局 |\n备注 |\n"
            "1 |\n建成示范平台数量 |\n12月 |\n科技司 |\n|\n2 |\n发布标准项数 |\n10月 |\n标准司 |\n|\n"
            "注:预期性指标是指依靠各级政府、社会各界的力量努力实现的目标。\n")
    path = tmp_path / "indicators.txt"
    path.write_text(text, encoding="utf-8")
    assert detect_layout(path) == "piped"
    table = zygraph.read_table(path)
    assert list(zip(table.assignments.unit, table.assignments.role)) == [("科技司", "lead"), ("标准司", "lead")]


def test_a_conferences_rules_listing_its_members_as_people_are_read_from_the_office_and_the_requirement(tmp_path):
    # one line: members listed by name and post (no sentence naming member bodies), then the office set in a unit
    # with its duty; part 三 procedures; part 四's title glued to 各成员单位要…: two tasks, the seat no unit
    path = tmp_path / "rules.txt"
    path.write_text("某县联席会议制度为加强领导，建立联席会议制度。一、主要职能研究重大问题。二、会议成员召集人：张三　县水利局局长"
                    "成员：李四　县农业局副局长联席会议办公室设在县水利局，承担联席会议的日常工作。联络员由有关人员担任。"
                    "三、工作规则联席会议每季度召开一次。四、工作要求各成员单位要按照职能分工，主动研究有关问题。要互通信息。\n",
                    encoding="utf-8")
    assert detect_layout(path) == "paragraph"
    assert [(row.task[:8], row.lead) for row in read_raw(path).rows] == [
        ("联席会议办公室设", "联席会议办公室"), ("工作要求各成员单", "各成员单位")]
