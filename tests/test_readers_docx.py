"""The Word reader: a real .docx table with merged cells, and a .docx of numbered paragraphs."""

import docx
import pytest

from zygraph import read_table
from zygraph.errors import LayoutError, MissingColumnError


def table_document(tmp_path, rows, merge=None):
    document = docx.Document()
    document.add_paragraph("资阳市人民政府")
    document.add_paragraph("关于印发《科普工作方案》的通知")
    document.add_paragraph("资府发〔2024〕9号")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    for (r1, c1), (r2, c2) in merge or []:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def test_table_with_a_vertically_merged_area_and_a_repeated_header(tmp_path):
    rows = [
        ("工作领域", "工作任务", "牵头单位", "责任单位"),
        ("科普阵地", "建设科普基地", "市科技局", "市科协、市财政局"),
        ("", "建设科普站", "市科协", ""),
        ("工作领域", "工作任务", "牵头单位", "责任单位"),
        ("科普人才", "培训讲师", "市科协", "市委宣传部"),
    ]
    path = table_document(tmp_path, rows, merge=[((1, 0), (2, 0))])
    t = read_table(path)
    assert t.meta["layout"] == "docx"
    assert t.meta["number"] == "资府发〔2024〕9号"
    assert t.tasks[["task_id", "area", "task", "line"]].values.tolist() == [
        ["T001", "科普阵地", "建设科普基地", 2],
        ["T002", "科普阵地", "建设科普站", 3],
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
    messages = dict(t.findings[["code", "message"]].values.tolist())
    assert messages["area_merged"] == "table 1, row 3: the area cell is merged with the one above"
    assert messages["header_repeated"] == "table 1, row 4 repeats the header"


def test_horizontally_merged_cell_is_read_once(tmp_path):
    rows = [("工作任务", "牵头单位", "配合单位"), ("办科技周", "市科协", "")]
    path = table_document(tmp_path, rows, merge=[((1, 1), (1, 2))])
    t = read_table(path)
    assert t.assignments[["unit", "role"]].values.tolist() == [["市科协", "lead"]]


def test_docx_of_numbered_paragraphs_goes_to_the_paragraph_reader(tmp_path):
    document = docx.Document()
    for text in ("一、科普阵地", "1.建设科普基地。（牵头单位：市科技局，配合单位：市科协）", "2.办科普日（市科协负责）"):
        document.add_paragraph(text)
    path = tmp_path / "plan.docx"
    document.save(path)
    t = read_table(path)
    assert t.meta["layout"] == "paragraph"
    assert t.tasks[["area", "task", "line"]].values.tolist() == [
        ["科普阵地", "建设科普基地。", 2],
        ["科普阵地", "办科普日", 3],
    ]
    assert t.assignments[["task_id", "unit", "role"]].values.tolist() == [
        ["T001", "市科技局", "lead"],
        ["T001", "市科协", "support"],
        ["T002", "市科协", "lead"],
    ]


@pytest.mark.parametrize("paragraphs, layout", [
    # a web table pasted into Word as text: one cell a paragraph, each ending in |
    (["序号 |", "工作任务 |", "牵头单位 |", "配合单位 |", "1 |", "建设科普基地 |", "市科技局 |", "市科协 |",
      "2 |", "办科普日 |", "市科协 |", "市教育局 |"], "piped"),
    # a table typed with spaces between its cells, one row a paragraph
    (["序号 工作任务 牵头单位 配合单位", "1 建设科普基地 市科技局 市科协", "2 办科普日 市科协 市教育局"], "spaced"),
])
def test_a_table_pasted_into_word_as_text_is_read_as_that_text_table(tmp_path, paragraphs, layout):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "plan.docx"
    document.save(path)
    t = read_table(path)
    assert t.meta["layout"] == layout
    assert t.tasks.task.tolist() == ["建设科普基地", "办科普日"]
    assert t.assignments[["task_id", "unit", "role"]].values.tolist() == [
        ["T001", "市科技局", "lead"], ["T001", "市科协", "support"],
        ["T002", "市科协", "lead"], ["T002", "市教育局", "support"]]
    assert "docx_paragraphs" in set(t.findings.code)


def test_table_without_a_lead_header(tmp_path):
    path = table_document(tmp_path, [("序号", "工作任务"), ("1", "办科技周")])
    with pytest.raises(MissingColumnError, match=r"plan\.docx: no table in the Word document has a header row"):
        read_table(path, layout="docx")


def test_document_without_a_table_forced_to_docx(tmp_path):
    document = docx.Document()
    document.add_paragraph("通知")
    path = tmp_path / "plan.docx"
    document.save(path)
    with pytest.raises(LayoutError, match="the Word document has no table"):
        read_table(path, layout="docx")


def test_a_paragraph_above_the_table_naming_one_lead_for_all_of_it(tmp_path):
    # as a web page says it (test_readers_html): 综合科 leads every row, the row's own sections support it
    document = docx.Document()
    document.add_paragraph("综合科牵头，各有关股室按职责分工负责（详见事项表）。")
    table = document.add_table(rows=3, cols=2)
    for row, texts in zip(table.rows, [("公开事项", "责任股室"), ("机构职能", "人事股"), ("工作动态", "综合科")]):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    path = tmp_path / "t.docx"
    document.save(path)
    t = read_table(path)
    assert t.assignments[["task_id", "unit", "role"]].values.tolist() == [
        ["T001", "综合科", "lead"], ["T001", "人事股", "support"], ["T002", "综合科", "lead"]]
    assert "table_lead" in set(t.findings.code)
