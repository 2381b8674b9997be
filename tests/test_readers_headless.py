"""Tables copied as text without their header row (zygraph.readers.headless)."""

from zygraph.readers import read_raw
from zygraph.readers.detect import detect_layout
from zygraph.readers.headless import headless_table


def _barred(cells):
    """The lines of a web table copied one cell a line, each cell followed by a line holding only |."""
    return [line for cell in cells for line in (cell, "|")]


ROWS = ["1", "一、主要预期目标", "农村居民收入增长6%。", "法规科", "张某", "年底前", "5550001",
        "2", "粮食产量稳定。", "市农技中心\n市农机中心", "李某\n王某", "年底前", "5550002",
        "3", "二、产业发展", "农产品加工业产值增长15%。", "产业科", "", "年底前", "5550003"]


def test_numbered_rows_without_a_header_read_text_then_units_then_the_rest_as_note(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("\n".join(_barred(ROWS)) + "\n", encoding="utf-8")
    assert detect_layout(path) == "piped"
    document = read_raw(path)
    assert [(r.line, r.area, r.task, r.lead, r.support) for r in document.rows] == [
        (1, "主要预期目标", "农村居民收入增长6%。", "法规科", ""),
        (15, "主要预期目标", "粮食产量稳定。", "市农技中心、市农机中心", ""),  # one unit a line, one cell
        (29, "产业发展", "农产品加工业产值增长15%。", "产业科", "")]
    assert document.rows[0].note == "张某；年底前；5550001"  # people, deadline and phone: the note
    codes = [f.code for f in document.findings]
    assert "headless_table" in codes and "responsible_column" in codes  # the units lead, as 责任单位's


def test_numbered_cells_without_units_are_no_table():
    # a numbered list of sentences cut by bars names no units: not a table whose header was lost
    assert headless_table(_barred(["1", "加强领导。", "2", "落实责任。", "3", "强化督查。"])) is None


def test_a_row_without_a_unit_cell_is_a_warning_on_its_line():
    cells = ROWS[:7] + ["2", "粮食产量稳定。", "年底前"] + ROWS[13:] + ["4", "建农田。", "市农发中心", "年底前"]
    header, rows, areas, findings = headless_table(_barred(cells))
    assert [[text for _, text in row][:3] for row in rows] == [
        ["1", "农村居民收入增长6%。", "法规科"], ["2", "粮食产量稳定。", ""], ["3", "农产品加工业产值增长15%。", "产业科"],
        ["4", "建农田。", "市农发中心"]]
    assert [(f.line, f.code) for f in findings if f.severity == "warning"] == [
        (1, "headless_table"), (15, "headless_row_without_units")]


def test_the_same_rows_pasted_into_word_one_cell_a_paragraph_read_as_the_text_does(tmp_path):
    import docx

    # a Word document without a table runs the text's detection on its paragraphs, header-less rows included
    document = docx.Document()
    for line in "\n".join(_barred(ROWS)).split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "t.docx"
    document.save(path)
    assert detect_layout(path) == "piped"
    assert [(r.area, r.task, r.lead) for r in read_raw(path).rows] == [
        ("主要预期目标", "农村居民收入增长6%。", "法规科"), ("主要预期目标", "粮食产量稳定。", "市农技中心、市农机中心"),
        ("产业发展", "农产品加工业产值增长15%。", "产业科")]
