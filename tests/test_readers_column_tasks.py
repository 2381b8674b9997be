"""Tests of transposed tables, their tasks the column headings and a row naming units (zygraph.readers.column_tasks).

Made-up tables in the wording of 2021年眉山市30件民生实事责任分工表 (blind100/2021_meishan_livelihood_projects_duty_table),
each in two forms: a cell a line (rows parted by a blank line) and a row a line with bars (``a | b |``).
"""

import pytest

from zygraph.readers import read_raw
from zygraph.readers.column_tasks import column_tasks
from zygraph.readers.detect import detect_layout

_HEADINGS = ["地区", "新建公园(个)", "改造公厕(座)", "植树(万株)"]
_UNITS = ["责任单位", "市住建局", "市城管局", "市林业局、市自然资源局"]
_TARGETS = ["全市", "3", "20", "5"]


def _cell_a_line(*rows):
    return "\n\n".join("\n".join(row) for row in rows).split("\n")


def _piped(*rows):
    return [" | ".join(row) + " |" for row in rows]


FORMS = [_cell_a_line, _piped]


def _read(lines):
    found = column_tasks(lines)
    return [(task, units, role) for _, task, units, role in found.tasks] if found else None


@pytest.mark.parametrize("form", FORMS)
def test_each_column_heading_is_a_task_with_the_unit_cell_under_it(form):
    assert _read(form(_HEADINGS, _UNITS, _TARGETS)) == [
        ("新建公园(个)", ["市住建局"], "lead"), ("改造公厕(座)", ["市城管局"], "lead"),
        ("植树(万株)", ["市林业局、市自然资源局"], "lead")]


@pytest.mark.parametrize("form", FORMS)
def test_a_unit_label_broken_over_two_cells_is_read_whole(form):
    units = ["责任", "单位", *_UNITS[1:]]
    assert [units for _, units, _ in _read(form(_HEADINGS, units, _TARGETS))] == [
        ["市住建局"], ["市城管局"], ["市林业局、市自然资源局"]]


@pytest.mark.parametrize("form", FORMS)
def test_merged_unit_cells_give_units_only_to_the_columns_no_other_cell_could_span(form):
    headings = ["地区", "新建公园(个)", "改造公厕(座)", "植树(万株)", "修绿道(公里)"]
    units = ["牵头单位", "市住建局", "市城管局", "市林业局"]  # four columns, three cells: one spans two
    found = column_tasks(form(headings, units, _TARGETS))
    assert [units for _, _, units, _ in found.tasks] == [["市住建局"], [], [], ["市林业局"]]
    assert any(f.code == "merged_unit_cells" and "改造公厕(座) | 植树(万株)" in f.action for f in found.findings)


@pytest.mark.parametrize("form", FORMS)
def test_merged_cells_naming_the_same_unit_place_it_over_every_column_between(form):
    headings = ["地区", "新建公园(个)", "改造公厕(座)", "植树(万株)"]
    units = ["责任单位", "市住建局", "市住建局"]
    assert [units for _, units, _ in _read(form(headings, units, _TARGETS))] == [["市住建局"]] * 3


@pytest.mark.parametrize("form", FORMS)
def test_more_unit_cells_than_columns_place_none(form):
    found = column_tasks(form(_HEADINGS[:3], _UNITS, _TARGETS))
    assert [units for _, _, units, _ in found.tasks] == [[], []]
    assert any(f.code == "unit_cells_unplaced" for f in found.findings)


@pytest.mark.parametrize("form", FORMS)
def test_a_partner_row_under_a_lead_row_gives_supports(form):
    partners = ["配合单位", "市财政局", "市财政局", "市林业局"]
    found = column_tasks(form(_HEADINGS, ["牵头单位", *_UNITS[1:]], partners, _TARGETS))
    assert [(task, units, role) for _, task, units, role in found.tasks][:2] == [
        ("新建公园(个)", ["市住建局"], "lead"), ("新建公园(个)", ["市财政局"], "support")]


def test_a_wrapped_heading_tail_is_joined_when_the_headings_end_with_their_measure():
    headings = ["地区", "新建公园(个)", "劳务品牌", "培训(人)", "植树(万株)"]
    found = column_tasks(_cell_a_line(headings, _UNITS, _TARGETS))
    assert [task for _, task, _, _ in found.tasks] == ["新建公园(个)", "劳务品牌培训(人)", "植树(万株)"]
    assert any(f.code == "heading_joined" for f in found.findings)


def test_a_unit_label_inside_a_row_whose_end_is_not_shown_is_not_read_but_warned():
    def paragraphs(*rows):  # a cell a paragraph, rows parted by two blank lines (a web page's copy)
        return "\n\n\n".join("\n\n".join(row) for row in rows).split("\n")

    shown = paragraphs(_HEADINGS, _UNITS, _TARGETS)
    unshown = paragraphs([*_HEADINGS, *_UNITS, *_TARGETS])  # the second block's row ends lost: one run of cells
    assert column_tasks(unshown) is None
    found = column_tasks(shown + ["", "", ""] + unshown)
    assert [task for _, task, _, _ in found.tasks] == _HEADINGS[1:]
    assert any(f.code == "unit_row_unseen" for f in found.findings)


@pytest.mark.parametrize("lines", [
    ["序号", "工作任务", "责任单位", "", "1", "修路", "市交通局"],  # a table the usual way round: 责任单位 heads a column
    ["地区 | 新建公园(个) |", "责任单位 | 3 |"],  # the row after the label holds figures, no units
])
def test_tables_with_no_row_of_units_are_no_column_tasks(lines):
    assert column_tasks(lines) is None


@pytest.mark.parametrize("form", FORMS)
def test_a_text_of_such_a_table_is_read_as_piped(form, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("\n".join(["2024年民生实事责任分工表", "", *form(_HEADINGS, _UNITS, _TARGETS)]), encoding="utf-8")
    assert detect_layout(path) == "piped"
    assert [(row.task, row.lead) for row in read_raw(path).rows] == [
        ("新建公园(个)", "市住建局"), ("改造公厕(座)", "市城管局"), ("植树(万株)", "市林业局、市自然资源局")]
