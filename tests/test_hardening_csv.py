"""CSV files: huge cells, unbalanced quotes, short rows and duplicate columns are loud, never silent."""

import pytest

from zygraph import read_table
from zygraph.cli import main
from zygraph.errors import InputError


def test_a_cell_over_the_csv_field_limit_names_the_file_and_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("工作任务,牵头单位\n办科技周,市科协\n办科普日," + "市" * 140_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t.csv, line 3: a cell is longer than 131,072 characters"):
        read_table(path)


def test_inside_a_folder_the_huge_cell_names_its_file_and_the_others_are_still_read(tmp_path, capsys):
    (tmp_path / "a.csv").write_text("工作任务,牵头单位\n办科技周,市科协\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("工作任务,牵头单位\n\"" + "市" * 140_000 + "\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("not a table\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "zygraph: error: 2 of 3 documents could not be read:\n" in err
    assert f"{tmp_path / 'b.csv'}, line 2: a cell is longer than 131,072 characters" in err
    assert f"{tmp_path / 'c.txt'}: no table found" in err
    assert "Traceback" not in err


def test_an_unbalanced_quote_is_blamed_on_the_line_where_it_opened(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('领域,工作任务,牵头单位\n科普,"办科技周,市科协\n科普,办科普日,市科技局\n科普,办展览,市科协\n',
                    encoding="utf-8")
    t = read_table(path)
    quote = t.findings[t.findings.code == "unbalanced_quote"]
    assert quote.message.tolist() == [
        "line 2: a quote (\") opens a cell here and closes only on line 4, so 2 lines that look like rows were read "
        "as one cell"
    ]
    assert quote.severity.tolist() == ["warning"]


def test_a_quoted_cell_broken_over_lines_is_not_a_quote_problem(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('工作任务,牵头单位,配合单位\n办科技周,市科协,"市科技局\n市财政局"\n', encoding="utf-8")
    t = read_table(path)
    assert "unbalanced_quote" not in t.findings.code.tolist()
    assert t.assignments.unit.tolist() == ["市科协", "市科技局", "市财政局"]


def test_a_row_missing_one_cell_is_a_warning_not_a_silent_shift(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("领域,工作任务,牵头单位,配合单位,备注\n科普,办科技周,市科协,市科技局,\n科普,办科普日,市科技局,\n"
                    "科普,办展览,市科协,市财政局,长期\n", encoding="utf-8")
    t = read_table(path)
    short = t.findings[t.findings.code == "missing_cells"]
    assert short[["line", "severity", "message"]].values.tolist() == [
        [3, "warning", "row 3 has 4 cells where the header has 5; if a cell in the middle was left out, the cells "
                       "after it moved one column left"]]


def test_text_past_the_last_header_column_is_a_warning(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("工作任务,牵头单位\n办科技周,市科协\n办科普日,,市科技局\n", encoding="utf-8")
    t = read_table(path)
    extra = t.findings[t.findings.code == "extra_cells"]
    assert extra[["line", "message"]].values.tolist() == [[3, "row 3 has text past the header's last column (市科技局)"]]


def test_duplicate_header_columns_are_a_warning_not_silently_joined(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("工作任务,牵头单位,责任单位,配合单位\n办科技周,市科协,市科技局,市财政局\n", encoding="utf-8")
    t = read_table(path)
    dup = t.findings[t.findings.code == "duplicate_column"]
    assert dup[["line", "severity", "message"]].values.tolist() == [
        [1, "warning", "row 1: the header names the support column twice (责任单位、配合单位)"]]
    assert t.assignments.unit.tolist() == ["市科协", "市科技局", "市财政局"]


EVIL = "序号,工作任务,牵头单位,配合单位\n1,=cmd|' /C calc'!A0,市\x1b[31m科技局,市财政局\n2,办科技周,市科协,市教育局\n"


def test_parse_to_stdout_prefixes_formula_cells_as_a_written_file_does(tmp_path, capsys):
    (tmp_path / "evil.csv").write_text(EVIL, encoding="utf-8")
    assert main(["parse", str(tmp_path / "evil.csv")]) == 0
    row = capsys.readouterr().out.splitlines()[1].split(",")
    assert row[4] == "'=cmd|' /C calc'!A0" and row[5] == "市\x1b[31m科技局"  # a redirect keeps the data as it is


def test_parse_to_a_terminal_shows_control_characters_as_escapes(tmp_path, capsys, monkeypatch):
    (tmp_path / "evil.csv").write_text(EVIL, encoding="utf-8")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["parse", str(tmp_path / "evil.csv")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "市\\x1b[31m科技局" in out.splitlines()[1]


def test_the_briefing_shows_an_inputs_control_characters_as_escapes_not_as_characters(tmp_path):
    (tmp_path / "evil.csv").write_text(EVIL, encoding="utf-8")
    assert main(["report", str(tmp_path / "evil.csv"), "-o", str(tmp_path / "out")]) == 0
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "\x1b" not in page  # HTML forbids it; a terminal that cats the page would obey it
    assert "<td>市\\x1b[31m科技局</td>" in page  # the unit's row of the load table, its ESC shown
    assert "\x1b" in (tmp_path / "out" / "data" / "units.csv").read_text(encoding="utf-8-sig")  # data keeps the data


def test_a_carriage_return_is_shown_not_obeyed_and_the_comparison_tables_show_escapes_too(tmp_path):
    from zygraph.shown import visible
    assert visible("a.csv\rFAKE") == "a.csv\\x0dFAKE"  # a CR would let a name overwrite the line it is printed on
    (tmp_path / "a.csv").write_text(EVIL, encoding="utf-8")
    (tmp_path / "b.csv").write_text(EVIL.replace("市财政局", "市教育局"), encoding="utf-8")
    assert main(["compare", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "-o", str(tmp_path / "cmp")]) == 0
    page = (tmp_path / "cmp" / "index.html").read_text(encoding="utf-8")
    assert "\x1b" not in page and "市\\x1b[31m科技局" in page
