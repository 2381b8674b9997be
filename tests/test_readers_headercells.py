"""Header cells of a table copied as text: wrapped cells joined, where the header ends."""

from zygraph.readers.headercells import join_wrapped_header, names_row, without_repeated_header


def test_a_word_and_the_name_after_it_wrapped_over_two_cells_are_one_header_cell():
    # 项目 / 名称: 项目 names the area column and 名称 the task, but 名称 only says what 项目 is: one cell, 项目名称
    assert join_wrapped_header([(1, "项目"), (3, "名称"), (5, "内容"), (7, "牵头单位")]) == [
        (1, "项目名称"), (5, "内容"), (7, "牵头单位")]
    assert join_wrapped_header([(1, "任务"), (2, "名称"), (3, "责任单位")]) == [(1, "任务名称"), (3, "责任单位")]
    # two columns each named in full stay two
    assert join_wrapped_header([(1, "项目"), (2, "任务"), (3, "责任单位")]) == [(1, "项目"), (2, "任务"), (3, "责任单位")]


def test_a_project_after_the_headers_notes_starts_the_first_row():
    cells = [(1, "项目名称"), (2, "内容"), (3, "牵头单位"), (4, "进展情况"), (5, "民生实事项目"), (6, "新建书房10家。")]
    found = names_row(cells, 0, 4)
    assert (found.line, found.code) == (5, "row_name_after_header")
    # no note column after the units: 攻坚目标 is a column of the header (重点工作 | 责任科室 | 攻坚目标 | 工作任务安排)
    assert names_row([(1, "重点工作"), (2, "责任科室"), (3, "攻坚目标"), (4, "推进建设。")], 0, 2) is None
    # a header's second line (备注 / 工作 / 内容): the next cell names a column too
    assert names_row([(1, "重点工作"), (2, "牵头单位"), (3, "备注"), (4, "工作"), (5, "内容")], 0, 3) is None
    # a header word in full (项目) is no project's name
    assert names_row([(1, "任务"), (2, "牵头单位"), (3, "备注"), (4, "项目"), (5, "推进建设。")], 0, 3) is None


def test_a_header_row_written_again_inside_the_table_is_no_row_and_a_finding():
    findings = []
    cells = without_repeated_header([(1, "加强监管。"), (2, "区建管委"), (3, "序号"), (4, "工作任务"), (5, "牵头单位"),
                                     (6, "加强执法。"), (7, "区城管局")], ["序号", "工作任务", "牵头单位"], findings)
    assert [text for _, text in cells] == ["加强监管。", "区建管委", "加强执法。", "区城管局"]
    assert [(f.line, f.code) for f in findings] == [(3, "header_repeated")]


def test_a_task_cell_followed_by_a_rows_number_is_the_headers_last():
    # 权力名称 / 行使主体 / 设定依据 / 权力事项 / 1: the first row starts at its number, 权力事项 is a header cell
    cells = [(1, "序号"), (2, "权力名称"), (3, "行使主体"), (4, "设定依据"), (5, "权力事项"), (7, "1"), (8, "道路管理")]
    assert names_row(cells, 0, 4) is None
