"""The spreadsheet reader: .csv and .xlsx with a header near the top, read through read_table."""

from pathlib import Path

import openpyxl
import pytest

from zygraph import read_table
from zygraph.errors import InputError, MissingColumnError

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def registry_csv(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("name,name_en,kind\n各区、县级市,Districts,local_government\n", encoding="utf-8")
    return path


def test_gbk_csv_with_title_rows_carried_areas_and_multiline_cells(tmp_path):
    t = read_table(FIXTURES / "table_gbk.csv", registry=registry_csv(tmp_path))
    assert t.meta["layout"] == "spreadsheet"
    assert t.tasks[["task_id", "area", "task", "note", "line"]].values.tolist() == [
        ["T001", "科普阵地", "建设科普基地", "2024年底", 4],
        ["T002", "科普阵地", "建设社区科普站", "2024年6月", 5],
        ["T003", "科普人才", "培训科普讲师", "长期", 6],
    ]
    assert t.assignments[["task_id", "unit", "role", "line"]].values.tolist() == [
        ["T001", "市科技局", "lead", 4],
        ["T001", "市科协", "support", 4],
        ["T001", "市教育体育局", "support", 4],
        ["T002", "市科协", "lead", 5],
        ["T002", "市民政局", "support", 5],
        ["T002", "各区、县级市", "support", 5],
        ["T003", "市科协", "lead", 6],
    ]
    found = t.findings.dropna(subset=["line"])
    assert list(zip(found.line, found.code)) == [(5, "area_carried"), (7, "empty_row"), (8, "no_task_text"),
                                                 (5, "units_joined")]  # the reader's findings, then the table's
    assert t.findings.loc[t.findings.line.isna(), "code"].tolist() == ["encoding", "line_endings", "issuer_read"]
    assert t.meta["table_title"] == "资阳市2024年科普工作任务分工表"


def test_xlsx_with_title_row_and_merged_area_cell(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "分工"
    sheet.append(["资阳市科普工作任务分工表"])
    sheet.merge_cells("A1:D1")
    sheet.append(["重点领域", "主要任务", "牵头单位", "配合单位"])
    sheet.append(["科普阵地", "建设科普基地", "市科技局", "市科协\n市财政局"])
    sheet.append([None, "建设科普站", "市科协", None])
    sheet.append(["科普人才", "培训讲师", "市 科协", "市委宣传部"])
    sheet.merge_cells("A3:A4")
    path = tmp_path / "plan.xlsx"
    book.save(path)
    t = read_table(path)
    assert t.tasks[["task_id", "area", "task", "line"]].values.tolist() == [
        ["T001", "科普阵地", "建设科普基地", 3],
        ["T002", "科普阵地", "建设科普站", 4],
        ["T003", "科普人才", "培训讲师", 5],
    ]
    assert t.assignments[["task_id", "unit", "role"]].values.tolist() == [
        ["T001", "市科技局", "lead"],
        ["T001", "市科协", "support"],
        ["T001", "市财政局", "support"],
        ["T002", "市科协", "lead"],
        ["T003", "市科协", "lead"],
        ["T003", "市委宣传部", "support"],
    ]
    assert t.findings.loc[t.findings.code == "area_merged", "message"].tolist() == [
        "sheet 分工, row 4: the area cell is merged with the one above"
    ]
    assert t.findings.loc[t.findings.code == "space_removed", "line"].tolist() == [5]
    assert (t.meta["sheet"], t.meta["table_title"]) == ("分工", "资阳市科普工作任务分工表")


def test_units_named_only_as_responsible_all_lead(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("任务分工表\n序号,任务,责任单位\n1,办科技周,市科协、市科技局\n", encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["unit", "role"]].values.tolist() == [["市科协", "lead"], ["市科技局", "lead"]]
    assert table.findings.loc[table.findings.code == "responsible_column", "line"].tolist() == [2]


def test_csv_without_a_task_and_lead_header(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("任务分工表\n序号,任务,备注\n1,办科技周,市科协\n", encoding="utf-8")
    with pytest.raises(MissingColumnError, match=r"t\.csv: no header row in the first 15 rows names a task column"):
        read_table(path)


def test_header_below_the_first_fifteen_rows_is_not_found(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("说明\n" * 15 + "工作任务,牵头单位\n办科技周,市科协\n", encoding="utf-8")
    with pytest.raises(MissingColumnError, match="the first row reads: 说明"):
        read_table(path)


def test_a_file_named_xlsx_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "t.xlsx"
    path.write_text("工作任务,牵头单位\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t\.xlsx: this is not an Excel \.xlsx file"):
        read_table(path)


def test_the_first_listed_unit_of_a_responsible_column_leads_when_the_title_says_so(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("任务分工表\n注：排在第一位的为牵头单位\n序号,任务,责任单位\n1,办科技周,市科协、市科技局、市妇联\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["unit", "role"]].values.tolist() == [
        ["市科协", "lead"], ["市科技局", "support"], ["市妇联", "support"]]
    assert table.findings.loc[table.findings.code == "first_listed_leads", "line"].tolist() == [2]


def test_another_sheet_holding_a_task_table_is_named_not_passed_over_in_silence(tmp_path):
    import openpyxl

    from zygraph.readers import read_raw

    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "附件1"
    first.append(["工作任务", "牵头单位"])
    first.append(["办科技周", "市科协"])
    second = workbook.create_sheet("附件2")
    second.append(["重点任务", "牵头单位"])
    second.append(["办科普日", "市科技局"])
    workbook.create_sheet("说明").append(["本表由市政府办公室编制"])
    path = tmp_path / "t.xlsx"
    workbook.save(path)
    document = read_raw(path)
    assert [(r.task, r.lead) for r in document.rows] == [("办科技周", "市科协")]
    assert [(f.code, f.message) for f in document.findings if f.code == "sheet_not_read"] == [
        ("sheet_not_read", "the sheet 附件2 also holds a task table")]
    assert [(r.task, r.lead) for r in read_raw(path, sheet="附件2").rows] == [("办科普日", "市科技局")]


def test_a_sheet_whose_task_column_holds_targets_reads_its_items_as_tasks(tmp_path):
    # 项目 | 分值 | 目标任务 | 考核单位: the target cells are figures; the items name the tasks
    path = tmp_path / "targets.csv"
    path.write_text("项目,分值,目标任务,考核单位\n地区生产总值增长率,3,186,区发改局\n工业投资,1,52,区经信局\n"
                    "城镇登记失业率,1,低于4.1,区人社局\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks["task"].tolist() == ["地区生产总值增长率", "工业投资", "城镇登记失业率"]
    assert table.assignments["raw_unit"].tolist() == ["区发改局", "区经信局", "区人社局"]
    assert {"items_as_tasks", "judging_column_read_as_responsible"} <= set(table.findings["code"])


def test_a_sheet_whose_header_names_no_unit_column_finds_it_by_what_its_cells_hold(tmp_path):
    path = tmp_path / "dept.csv"
    path.write_text("序号,部门,考核内容\n1,县农粮局,农村生活垃圾专项治理。\n2,县水利局,河道采砂专项整治。\n", encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [["县农粮局", "lead"], ["县水利局", "lead"]]
    assert "unit_column_by_content" in set(table.findings["code"])
