"""Word tables split by a page break continue when their columns match; other headerless tables warn."""

import docx

from zygraph import read_table


def add_table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    return table


def test_a_table_split_in_two_by_a_page_break_is_read_whole(tmp_path):
    document = docx.Document()
    add_table(document, [("领域", "工作任务", "牵头单位"), ("科普", "办科技周", "市科技局"), ("", "办科普日", "市科协")])
    document.add_page_break()
    add_table(document, [("", "办展览", "市科协"), ("人才", "培训讲师", "市教育体育局")])
    document.save(tmp_path / "t.docx")
    t = read_table(tmp_path / "t.docx")
    assert t.tasks[["area", "task", "line"]].values.tolist() == [
        ["科普", "办科技周", 2], ["科普", "办科普日", 3], ["科普", "办展览", 1], ["人才", "培训讲师", 2]]
    assert t.assignments.unit.tolist() == ["市科技局", "市科协", "市科协", "市教育体育局"]
    continued = t.findings[t.findings.code == "table_continued"]
    assert continued[["severity", "message"]].values.tolist() == [
        ["info", "table 2 has no header and the 3 columns of the table above"]]
    carried = t.findings[t.findings.code == "area_carried"]
    assert carried.message.tolist() == ["table 1, row 3: the area cell is empty", "table 2, row 1: the area cell is empty"]


def test_a_headerless_table_of_another_width_after_the_task_table_is_a_warning(tmp_path):
    document = docx.Document()
    add_table(document, [("工作任务", "牵头单位"), ("办科技周", "市科技局")])
    add_table(document, [("联系人", "电话", "邮箱"), ("张三", "123", "a@b")])
    document.save(tmp_path / "t.docx")
    t = read_table(tmp_path / "t.docx")
    skipped = t.findings[t.findings.code == "table_skipped"]
    assert skipped[["severity", "message"]].values.tolist() == [
        ["warning", "table 2 has no header naming a task and a lead column, and 3 columns where the table above has 2"]]


def test_a_docx_whose_relationships_part_has_the_wrong_root_gets_our_error(tmp_path):
    # hypothesis found it: python-docx raised AttributeError ('Relationship_lst') on such a part
    import zipfile

    import pytest

    from zygraph.errors import InputError

    document = docx.Document()
    add_table(document, [("工作任务", "牵头单位"), ("办科技周", "市科技局")])
    good, bad = tmp_path / "good.docx", tmp_path / "bad.docx"
    document.save(good)
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                data = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
            target.writestr(item, data)
    with pytest.raises(InputError, match="not a Word .docx file that can be opened"):
        read_table(bad)
