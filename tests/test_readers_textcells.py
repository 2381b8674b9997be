"""Cells of a table copied as text (zygraph.readers.textcells): a unit cell written one unit a line."""

from zygraph.readers.textcells import joined_paragraphs, line_cells


def test_a_unit_cell_written_one_unit_a_line_joins_its_units_by_a_comma():
    lines = ["责任单位", "", "区建设管理委", "（区水务局）", "上海城投集团", "", "建立清单。"]
    assert line_cells(lines) == [(1, "责任单位"), (3, "区建设管理委（区水务局）、上海城投集团"), (7, "建立清单。")]
    assert [(f.line, f.code) for f in joined_paragraphs(lines, line_cells(lines))] == [(3, "units_one_a_line")]


def test_a_unit_name_or_a_sentence_broken_over_lines_runs_together():
    lines = ["牵头单位", "", "区土方工作", "专班", "", "明确岗位情况", "完成书面征询", "", "市政府", "办公厅"]
    assert [text for _, text in line_cells(lines)] == ["牵头单位", "区土方工作专班", "明确岗位情况完成书面征询",
                                                       "市政府办公厅"]
