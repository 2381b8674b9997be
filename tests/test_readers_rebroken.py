"""A table a copy ran together on one line, its line breaks spaces: its header found, a cell a line again."""

from zygraph.readers import read_raw
from zygraph.readers.rebroken import table_lines

_ROWS = "1 举办全市科技活动周 市科协 市科技局、团市委 2 举办全国科普日活动 市科技局 市教育局、市卫生健康委"


def test_a_table_run_on_after_its_header_is_given_back_one_cell_a_line():
    text, findings = table_lines(f"关于印发分工的通知 序号 工作任务 牵头单位 配合单位 {_ROWS}")
    assert text.split("\n") == ["关于印发分工的通知", "序号", "工作任务", "牵头单位", "配合单位",
                                "1", "举办全市科技活动周", "市科协", "市科技局、团市委",
                                "2", "举办全国科普日活动", "市科技局", "市教育局、市卫生健康委"]
    assert [(f.line, f.severity, f.code) for f in findings] == [(1, "info", "lines_recovered")]
    assert "(序号 工作任务 牵头单位 配合单位) with 8 cells" in findings[0].message


def test_a_header_wrapped_over_lines_is_found_by_its_pieces():
    # 牵头 / 部门 and 完成 / 时间 were a cell each, wrapped; 项目 names no column of ours
    text, findings = table_lines(f"附件 序号 项目 工作任务 牵头 部门 配合单位 完成 时间 {_ROWS}")
    assert text.split("\n")[:3] == ["附件", "序号", "项目"] and len(findings) == 1
    assert "(附件 序号 项目 工作任务 牵头 部门 配合单位 完成 时间)" in findings[0].message  # 附件: a short word too


def test_a_header_as_published_is_kept_with_the_lines_below_it():
    published = f"序号 工作任务 牵头单位 配合单位\n{_ROWS}"
    assert table_lines(published) == (published, [])
    # header words after an unknown long column name: the header row of a table copied a row a line
    header_row = "序号 牵头 部门 《联合事项清单》事项名称 拟抽查 对象数 (户) 参与部门 信用风险等级(低、一般、较高、高)"
    assert table_lines(header_row) == (header_row, [])


def test_column_words_without_a_unit_column_make_no_header():
    text = f"序号 工作任务 完成时限 {_ROWS}"
    assert table_lines(text) == (text, [])


def test_a_table_with_bars_is_cut_after_each_bar_before_a_cell():
    text, findings = table_lines("附件1：任务分工表 序号 | 工作任务 | 牵头单位 | 1 | 举办全市科技活动周 | 市科协 | "
                                 "2 | 举办全国科普日活动 | 市科技局 | ||")
    assert text.split("\n") == ["附件1：任务分工表", "序号 |", "工作任务 |", "牵头单位 |", "1 |", "举办全市科技活动周 |", "市科协 |",
                                "2 |", "举办全国科普日活动 |", "市科技局 | ||"]
    assert len(findings) == 1


def test_a_traditional_header_is_found_as_its_simplified_words():
    text, findings = table_lines("序號 工作任務 牽頭單位 1 舉辦全市科技活動周 市科協 2 舉辦全國科普日活動 市科技局")
    assert text.split("\n")[:4] == ["序號", "工作任務", "牽頭單位", "1"] and len(findings) == 1


def test_a_one_line_table_file_reads_as_its_copy_one_cell_a_line(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(f"附件 任务分工 序号 工作任务 牵头单位 配合单位 {_ROWS}\n", encoding="utf-8")
    document = read_raw(path)
    assert [(row.task, row.lead, row.support) for row in document.rows] == [
        ("举办全市科技活动周", "市科协", "市科技局、团市委"), ("举办全国科普日活动", "市科技局", "市教育局、市卫生健康委")]
    assert "lines_recovered" in {finding.code for finding in document.findings}
