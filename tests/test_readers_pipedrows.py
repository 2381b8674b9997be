"""Tests for cutting a table copied as text into rows (zygraph.readers.pipedrows)."""

from zygraph import read_table

_GROUPED = "某区更新工作任务清单\n任务类型\n序号\n工作任务\n责任单位\n{last}\n旧区改造\n"


def _write(tmp_path, last, rows):
    path = tmp_path / "t.txt"
    path.write_text(_GROUPED.format(last=last) + rows, encoding="utf-8")
    return read_table(path)


def test_a_long_deadline_closing_a_row_is_its_note_not_the_next_rows_group(tmp_path):
    # the row 2 / … / 区房管局 is one cell short of the header when the long 完成时限 follows: that cell is its own
    table = _write(tmp_path, "完成时限", "1\n完成旧里改造。\n区房管局\n2023年底\n2\n推进成套改造。\n区房管局\n"
                   "根据市里统一部署要求持续推进落实\n3\n实施小区改造。\n区建管委\n2023年底\n城市设施\n4\n加装电梯。\n区房管局\n2023年底\n")
    assert list(table.tasks.area) == ["旧区改造", "旧区改造", "旧区改造", "城市设施"]
    assert table.tasks.note[1] == "根据市里统一部署要求持续推进落实"


def test_a_note_closing_a_row_before_a_group_cell_is_the_rows_note_not_an_outer_group(tmp_path):
    # 市级重点项目 then 城市设施 then 4: the row 3 lacks its 备注 without it, so it is no outer group over 城市设施
    table = _write(tmp_path, "备注", "1\n完成旧里改造。\n区房管局\n2023年底\n2\n推进成套改造。\n区房管局\n2023年底\n"
                   "3\n实施小区改造。\n区建管委\n市级重点项目\n城市设施\n4\n加装电梯。\n区房管局\n2023年底\n")
    assert list(table.tasks.area) == ["旧区改造", "旧区改造", "旧区改造", "城市设施"]
    assert table.tasks.note[2] == "市级重点项目" and "outer_group_cell" not in set(table.findings.code)
