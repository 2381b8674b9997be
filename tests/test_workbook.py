"""Tests for zygraph.render.workbook: the report's Excel workbook, read back with openpyxl."""

import pytest
from openpyxl import load_workbook

from zygraph import Document, TaskTable, load
from zygraph.render.workbook import write_workbook

BUNDLED = "data/ziyang_2023_science_literacy_tasks.txt"


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    doc = load(BUNDLED)
    folder = tmp_path_factory.mktemp("book")
    return {lang: load_workbook(write_workbook(doc, folder / f"{lang}.xlsx", lang=lang)) for lang in ("zh", "en")}


def _rows(sheet):
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    return header, [dict(zip(header, row)) for row in rows]


def test_every_sheet_is_there_with_a_frozen_filtered_header(books):
    assert books["zh"].sheetnames == ["说明", "单位指标", "分工", "任务", "单位×工作目录", "各工作目录", "读取发现",
                                      "缺位影响"]
    assert books["en"].sheetnames == ["About", "Metrics", "Assignments", "Tasks", "Unit x area", "Work areas",
                                      "Findings", "Removal impact"]
    for sheet in books["en"].worksheets[1:]:
        assert sheet.freeze_panes == "B2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert sheet.column_dimensions["A"].width >= 6
    assert books["en"]["Assignments"].max_row == 592  # 591 assignments and the header
    assert books["en"]["Tasks"].max_row == 96


def test_headers_and_coded_values_are_in_the_editions_language(books):
    header, rows = _rows(books["zh"]["单位指标"])
    assert header[:6] == ["单位", "英文名称", "单位类型", "牵头任务数", "配合任务数", "任务负荷"]
    kexie = next(row for row in rows if row["单位"] == "市科协")
    assert kexie["单位类型"] == "群团组织"
    _, rows = _rows(books["en"]["Assignments"])
    assert {row["Role"] for row in rows} == {"lead", "support"}
    _, rows = _rows(books["zh"]["分工"])
    assert {row["角色"] for row in rows} == {"牵头", "配合"}
    about = [row[1] for row in books["en"]["About"].iter_rows(values_only=True)]
    assert "资府发〔2023〕1号" in about
    assert any(isinstance(text, str) and text.startswith("Burt's constraint") for text in about)


def test_counts_are_integers_and_checked_against_the_table(books):
    _, rows = _rows(books["en"]["Metrics"])
    kexie = next(row for row in rows if row["Unit"] == "市科协")
    # 市科协 leads 29 and supports 46 tasks; 26 partners among the departments; load 29 x 2 + 46
    assert (kexie["Tasks led"], kexie["Tasks supported"], kexie["Load"], kexie["Partners"]) == (29, 46, 104, 26)
    assert all(type(kexie[key]) is int for key in ("Tasks led", "Load", "Partners", "Core number", "Community"))
    assert type(kexie["Betweenness"]) is float
    local = next(row for row in rows if row["Unit"] == "各县（区）人民政府")
    assert local["Partners"] is None  # outside the department network: a blank cell, not 0 or NaN
    _, rows = _rows(books["en"]["Unit x area"])
    kexie = next(row for row in rows if row["Unit"] == "市科协")
    assert sum(v for k, v in kexie.items() if k.endswith("(lead)")) == 29
    assert sum(v for k, v in kexie.items() if k.endswith("(support)")) == 46
    _, rows = _rows(books["en"]["Removal impact"])
    assert (rows[0]["Unit"], rows[0]["Tasks left without a department"], rows[0]["Tasks left without a lead"]) == (
        "市科协", 6, 27)
    _, rows = _rows(books["en"]["Work areas"])
    youth = next(row for row in rows if row["Area"] == "Science literacy of young people")
    assert (youth["Tasks"], youth["Its leads"], youth["Tasks on one department"]) == (14, 12, 1)
    about = {}
    for label, value in books["zh"]["说明"].iter_rows(values_only=True):
        about.setdefault(label, value)  # the values first; the same labels come again with their meaning
    assert about["牵头集中度（HHI）"] == 0.1406 and about["牵头基尼系数"] == 0.7089
    _, rows = _rows(books["en"]["Findings"])
    assert len(rows) == 93 and all(type(row["Line"]) is int for row in rows if row["Line"] is not None)


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    doc = Document(TaskTable.from_lists([
        ("=1+1", "=1+1", ["市科技局"], ["市科协"]),
        ("科普", "+SUM(A1:A9)", ["市科协"], []),
        ("科普", "@cmd", ["市科协"], []),
        ("科普", "-2 起\x07", ["市科协"], []),
    ]))
    book = load_workbook(write_workbook(doc, tmp_path / "w.xlsx"))
    tasks = book["任务"]
    assert [tasks.cell(row, 3).value for row in range(2, 6)] == ["=1+1", "+SUM(A1:A9)", "@cmd", "-2 起\ufffd"]
    assert all(tasks.cell(row, 3).data_type == "s" for row in range(2, 6))
    assert tasks["B2"].value == "=1+1" and tasks["B2"].data_type == "s"
    header = [cell.value for cell in book["单位×工作目录"][1]]
    assert header[:3] == ["单位", "=1+1（牵头）", "=1+1（配合）"] and book["单位×工作目录"]["B1"].data_type == "s"


def test_a_corpus_workbook_has_each_documents_own_counts(tmp_path):
    from zygraph.corpus import read_corpus

    other = "tests/fixtures/real/dev/2021_jinan_gangcheng_district/source.txt"
    single = load(other)
    doc = Document(read_corpus([BUNDLED, other]))
    book = load_workbook(write_workbook(doc, tmp_path / "c.xlsx", lang="en"))
    _, rows = _rows(book["Documents"])
    by_file = {row["Document"]: row for row in rows}
    assert (by_file[BUNDLED]["Tasks"], by_file[BUNDLED]["Assignments"], by_file[BUNDLED]["Areas"]) == (95, 591, 13)
    assert by_file[other]["Tasks"] == len(single.tasks) and by_file[other]["Assignments"] == len(single.assignments)
    assert by_file[BUNDLED]["Units"] == 33
    assert "Documents" not in load_workbook(write_workbook(load(BUNDLED), tmp_path / "one.xlsx", lang="en")).sheetnames
