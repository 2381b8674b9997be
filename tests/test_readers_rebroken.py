"""A table a copy ran together on one line, its line breaks spaces: its header found, a cell a line again."""

from zygraph.readers import read_raw
from zygraph.readers.rebroken import table_lines


def test_a_table_run_on_after_its_header_is_given_back_one_cell_a_line():
    text, findings = table_lines("关于印发分工的通知 序号 工作任务 牵头单位 1 办科技周 市科协 2 办科普日 市科技局 各县区")
    assert text.split("\n") == ["关于印发分工的通知", "序号", "工作任务", "牵头单位", "1", "办科技周", "市科协",
                                "2", "办科普日", "市科技局", "各县区"]
    assert [(f.line, f.severity, f.code) for f in findings] == [(1, "info", "lines_recovered")]
    assert "序号 工作任务 牵头单位" in findings[0].message and "7 cells" in findings[0].message


def test_a_header_ending_its_line_or_with_few_cells_after_it_is_kept_as_published():
    published = "序号 工作任务 牵头单位\n1 办科技周 市科协\n2 办科普日 市科技局"
    assert table_lines(published) == (published, [])
    assert table_lines("序号 工作任务 牵头单位 备注 1 办科技周") == ("序号 工作任务 牵头单位 备注 1 办科技周", [])


def test_column_words_without_a_unit_column_make_no_header():
    text = "序号 工作任务 完成时限 1 办科技周 年底 2 办科普日 9月 3 办展览 10月"
    assert table_lines(text) == (text, [])


def test_a_line_whose_cells_bars_still_part_is_left_whole():
    text = "序号 | 工作任务 | 牵头单位 | 1 | 办科技周 | 市科协 | 2 | 办科普日 | 市科技局 |"
    assert table_lines(text) == (text, [])


def test_a_traditional_header_is_found_as_its_simplified_words():
    text, findings = table_lines("序號 工作任務 牽頭單位 1 辦科技周 市科協 2 辦科普日 市科技局")
    assert text.split("\n")[:4] == ["序號", "工作任務", "牽頭單位", "1"] and len(findings) == 1


def test_a_one_line_table_file_reads_as_its_copy_one_cell_a_line(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("附件 任务分工 序号 工作任务 牵头单位 配合单位 1 办科技周 市科协 市科技局、团市委 "
                    "2 办科普日 市科技局 市教育局\n", encoding="utf-8")
    document = read_raw(path)
    assert [(row.task, row.lead, row.support) for row in document.rows] == [
        ("办科技周", "市科协", "市科技局、团市委"), ("办科普日", "市科技局", "市教育局")]
    assert "lines_recovered" in {finding.code for finding in document.findings}
