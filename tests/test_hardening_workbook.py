"""Workbooks: the active visible sheet is read (or --sheet), formulas without values and duplicate columns warn."""

import openpyxl

from zygraph import read_table
from zygraph.cli import main


def book_with_hidden_first_sheet(path):
    book = openpyxl.Workbook()
    old = book.active
    old.title = "旧表"
    old.append(["工作任务", "牵头单位"])
    old.append(["旧任务", "市财政局"])
    old.sheet_state = "hidden"
    new = book.create_sheet("新表")
    new.append(["工作任务", "牵头单位"])
    new.append(["办科技周", "市科协"])
    book.active = 1
    book.save(path)
    return path


def test_a_hidden_first_sheet_is_not_read_the_active_one_is(tmp_path):
    t = read_table(book_with_hidden_first_sheet(tmp_path / "t.xlsx"))
    assert t.tasks.task.tolist() == ["办科技周"]
    assert t.meta["sheet"] == "新表"
    hidden = t.findings[t.findings.code == "sheet_hidden"]
    assert hidden[["message", "action"]].values.tolist() == [["the sheet 旧表 is hidden",
                                                              "not read; pass --sheet 旧表 to read it"]]


def test_sheet_option_reads_the_named_sheet_even_if_hidden(tmp_path, capsys):
    path = book_with_hidden_first_sheet(tmp_path / "t.xlsx")
    assert read_table(path, sheet="旧表").tasks.task.tolist() == ["旧任务"]
    assert main(["parse", str(path), "--sheet", "旧表"]) == 0
    assert "旧任务" in capsys.readouterr().out


def test_an_unknown_sheet_name_lists_the_sheets(tmp_path, capsys):
    path = book_with_hidden_first_sheet(tmp_path / "t.xlsx")
    assert main(["check", str(path), "--sheet", "三表"]) == 2
    assert capsys.readouterr().err == (f"zygraph: error: {path}: the workbook has no sheet named 三表; "
                                       "its sheets are 旧表, 新表\n")


def test_active_sheet_without_header_falls_to_the_next_visible_one_with_a_warning(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["本表由资阳市科协汇总"])
    sheet = book.create_sheet("分工")
    sheet.append(["工作任务", "牵头单位"])
    sheet.append(["办科技周", "市科协"])
    book.save(tmp_path / "t.xlsx")
    t = read_table(tmp_path / "t.xlsx")
    assert t.tasks.task.tolist() == ["办科技周"]
    chosen = t.findings[t.findings.code == "sheet_chosen"]
    assert chosen[["severity", "message"]].values.tolist() == [
        ["warning", "the active sheet 说明 has no table header; read the sheet 分工, the next visible sheet with one"]]


def test_formulas_without_saved_values_are_a_warning_naming_the_cells(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "分工"
    sheet.append(["工作任务", "牵头单位", "配合单位"])
    sheet.append(["办科技周", "市科协", '=CONCATENATE("市","科技局")'])
    sheet.append(["办科普日", '=B2', None])
    book.save(tmp_path / "t.xlsx")  # openpyxl saves formulas without values, as Excel never ran them
    t = read_table(tmp_path / "t.xlsx")
    found = t.findings[t.findings.code == "formula_without_value"]
    assert found[["severity", "message"]].values.tolist() == [
        ["warning", "sheet 分工: 2 cell(s) hold a formula whose value was never saved (C2、B3)"]]
    assert t.assignments[["task_id", "unit"]].values.tolist() == [["T001", "市科协"]]
