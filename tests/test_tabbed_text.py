"""The tabbed-text reader and text loading: layouts, encodings and bad input."""

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zygraph import ZygraphError, read_table
from zygraph.errors import EncodingError, InputError, LayoutError, MissingColumnError
from zygraph.readers.tabbed_text import read_tabbed_text

ZIYANG = "data/ziyang_2023_science_literacy_tasks.txt"

HEADER = "\t工作目录\n\t工作任务\n\t牵头单位\n\t责任单位\n\t备注\n\n"
ROWS = "\t科普活动\n\t开展科技周\n\t市科技局\n\t市科协、市教育体育局\n\t\n\n\t\n\t开展科普日\n\t市科协\n\t市科技局\n\t\n"


def write(tmp_path, text, name="t.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def assignments(path):
    t = read_table(path)
    return t.assignments[["task_id", "unit", "role"]].values.tolist()


EXPECTED = [
    ["T001", "市科技局", "lead"], ["T001", "市科协", "support"], ["T001", "市教育体育局", "support"],
    ["T002", "市科协", "lead"], ["T002", "市科技局", "support"],
]


def test_small_table(tmp_path):
    assert assignments(write(tmp_path, HEADER + ROWS)) == EXPECTED


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_other_encodings_read_the_same_and_say_so(tmp_path, encoding):
    path = write(tmp_path, HEADER + ROWS, encoding=encoding)
    t = read_table(path)
    assert t.assignments[["task_id", "unit", "role"]].values.tolist() == EXPECTED
    if encoding != "utf-8-sig":
        assert "encoding" in set(t.findings.code)
    assert t.meta["encoding"] in {"gb18030", "utf-16", "utf-8-sig"}


def test_utf8_bom_reads_the_same(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + (HEADER + ROWS).encode("utf-8"))
    assert assignments(path) == EXPECTED


def test_crlf_line_endings(tmp_path):
    t = read_table(write(tmp_path, (HEADER + ROWS).replace("\n", "\r\n")))
    assert t.assignments[["task_id", "unit", "role"]].values.tolist() == EXPECTED
    assert "line_endings" in set(t.findings.code)


def test_header_synonyms(tmp_path):
    header = "\t序号\n\t主要任务\n\t牵头部门\n\t配合单位\n\n"
    rows = "\t1\n\t开展科技周\n\t市科技局\n\t市科协\n\n"
    t = read_table(write(tmp_path, header + rows))
    assert t.assignments[["unit", "role"]].values.tolist() == [["市科技局", "lead"], ["市科协", "support"]]
    assert t.tasks.area.tolist() == [""]


def test_bundled_table_rows_match_document_lines():
    doc = read_tabbed_text(ZIYANG)
    assert len(doc.rows) == 95
    broken = [r for r in doc.rows if r.line == 404][0]
    assert broken.area == "推动科技资源科普化"
    assert doc.rows[-1].line == 599 and doc.rows[-1].lines["lead"] == 601


def test_empty_file(tmp_path):
    with pytest.raises(InputError, match=r"t\.txt: the file is empty"):
        read_table(write(tmp_path, "\n\n  \n"))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_table(tmp_path / "nope.txt")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(InputError, match="this is a folder"):
        read_table(tmp_path)


def test_binary_file(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(EncodingError, match="not text"):
        read_table(path)


def test_file_with_no_table(tmp_path):
    with pytest.raises(LayoutError, match=r"t\.txt: no table found: no line starts with a TAB"):
        read_table(write(tmp_path, "资阳市人民政府\n关于开展科普活动的通知\n"))


def test_cells_but_no_header(tmp_path):
    with pytest.raises(LayoutError, match=r"line 1: no table header found"):
        read_table(write(tmp_path, "\t开展科技周\n\t市科技局\n\n"))


def test_units_named_only_as_responsible_all_lead(tmp_path):
    text = "\t工作目录\n\t工作任务\n\t责任单位\n\n\t科普\n\t开展科技周\n\t市科协、市科技局\n"
    table = read_table(write(tmp_path, text))
    assert table.assignments[["unit", "role"]].values.tolist() == [["市科协", "lead"], ["市科技局", "lead"]]
    assert table.findings.loc[table.findings.code == "responsible_column", "line"].tolist() == [3]


def test_the_main_responsible_column_leads_and_the_plain_one_supports(tmp_path):
    text = "\t主要目标\n\t主要责任单位\n\t责任单位\n\n\t开展科技周\n\t市科协\n\t市科技局、市教育局\n"
    table = read_table(write(tmp_path, text))
    assert table.assignments[["unit", "role"]].values.tolist() == [
        ["市科协", "lead"], ["市科技局", "support"], ["市教育局", "support"]]
    codes = table.findings.code.tolist()
    assert codes.count("main_responsible_column") == 1 and "responsible_column" not in codes


def test_missing_lead_column(tmp_path):
    text = "\t工作目录\n\t工作任务\n\t配合单位\n\n\t科普\n\t开展科技周\n\t市科协\n"
    with pytest.raises(MissingColumnError, match=r"line 1: the table header has no lead \(牵头单位"):
        read_table(write(tmp_path, text))


def test_header_only(tmp_path):
    with pytest.raises(LayoutError, match="line 1: the table has a header but no task rows"):
        read_table(write(tmp_path, HEADER))


def test_row_with_too_many_cells(tmp_path):
    text = HEADER + "\t科普\n\t任务\n\t市科协\n\t市科技局\n\t\n\t多出来的\n"
    with pytest.raises(LayoutError, match="line 7: this row has 6 cells but the header has 5"):
        read_table(write(tmp_path, text))


def test_row_with_no_lead_is_kept_and_flagged(tmp_path):
    text = HEADER + "\t科普\n\t开展科技周\n\t\n\t市科协\n\t\n"
    t = read_table(write(tmp_path, text))
    assert t.assignments[["unit", "role"]].values.tolist() == [["市科协", "support"]]
    flagged = t.findings[t.findings.code == "no_lead"]
    assert flagged.line.tolist() == [9] and flagged.severity.item() == "warning"


def test_row_with_units_but_no_task_is_reported_not_silently_dropped(tmp_path):
    text = HEADER + ROWS + "\n\t\n\t\n\t市科协\n\t\n\t\n"
    t = read_table(write(tmp_path, text))
    assert len(t.tasks) == 2
    assert t.findings.loc[t.findings.code == "no_task_text", "line"].tolist() == [19]


def test_text_between_rows_is_reported(tmp_path):
    text = HEADER + ROWS + "\n第 2 页\n\n"
    t = read_table(write(tmp_path, text))
    assert t.findings.loc[t.findings.code == "stray_text", "line"].tolist() == [19]


def test_unknown_unit_kept_with_suggestion(tmp_path):
    text = HEADER + "\t科普\n\t开展科技周\n\t市科技术局\n\t\n\t\n"
    t = read_table(write(tmp_path, text))
    assert t.assignments.unit.tolist() == ["市科技术局"]
    # not a registry name, but its ending (局) says it is a government department
    finding = t.findings[t.findings.code == "unit_inferred"].iloc[0]
    assert finding.line == 9 and "市科技局" in finding.message and "government" in finding.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=list("\t\n\r 、，和市科协局工作任务牵头单位责任目录备注总体要求（）x1"), max_size=300) | st.text(max_size=300))
def test_any_text_gives_a_table_or_our_error(tmp_path, text):
    path = tmp_path / "fuzz.txt"
    path.write_text(text, encoding="utf-8")
    try:
        t = read_table(path)
    except ZygraphError:
        return
    assert len(t.tasks) >= 1
    assert set(t.assignments.role) <= {"lead", "support"}


def test_a_note_in_the_responsible_header_makes_the_first_unit_lead(tmp_path):
    text = "\t工作任务\n\t责任单位（列第一位者为牵头单位）\n\n\t开展科技周\n\t市科协、市科技局\n"
    table = read_table(write(tmp_path, text))
    assert table.assignments[["unit", "role"]].values.tolist() == [["市科协", "lead"], ["市科技局", "support"]]
