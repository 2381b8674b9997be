"""The PDF reader: the bundled table printed to PDF, a paragraph plan printed to PDF, and PDFs it cannot read."""

import unicodedata
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from zygraph import read_table  # noqa: E402
from zygraph.cli import main  # noqa: E402
from zygraph.errors import InputError, LayoutError  # noqa: E402
from zygraph.readers.pdf import read_pdf  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"
ZIYANG = Path(__file__).parent.parent / "data" / "ziyang_2023_science_literacy_tasks.txt"


def triples(table):
    merged = table.assignments.merge(table.tasks[["task_id", "task"]], on="task_id")
    return sorted(zip(merged.task.map(lambda t: unicodedata.normalize("NFKC", t)), merged.unit, merged.role))


def test_the_bundled_table_printed_to_pdf_reads_as_the_text_export():
    text, pdf = read_table(ZIYANG), read_table(FIXTURES / "ziyang_table.pdf")
    assert pdf.meta["layout"] == "pdf"
    assert (len(pdf.tasks), len(pdf.units), len(pdf.assignments)) == (95, 33, 591)
    assert triples(pdf) == triples(text)
    assert pdf.tasks.area.tolist() == text.tasks.area.tolist()
    assert pdf.meta["number"] == "资府发〔2023〕1号"


def test_rows_cut_by_page_breaks_are_joined():
    findings = read_table(FIXTURES / "ziyang_table.pdf").findings
    joined = findings[findings.code == "row_across_pages"]
    assert len(joined) >= 1  # page 3 starts with the rest of a unit list (checked by eye in the PDF)
    # the cut list reads whole: 市妇联's task keeps every unit it names in the text export
    pdf, text = read_table(FIXTURES / "ziyang_table.pdf"), read_table(ZIYANG)
    task = "实施农村妇女素质提升行动"
    units = lambda t: t.assignments[t.assignments.task_id.isin(t.tasks.task_id[t.tasks.task == task])].unit.tolist()
    assert units(pdf) == units(text) and "临空经济区管委会" in units(pdf)


def test_a_paragraph_plan_printed_to_pdf_reads_as_the_text():
    pdf = read_table(FIXTURES / "plan_labels.pdf")
    assert pdf.tasks.task.tolist() == ["建设一批科普基地，完善设施。", "建设社区科普站。", "开展科普大篷车进校园活动",
                                       "组建科普讲师团，面向基层开展巡回宣讲。", "培训农村科普带头人。", "强化经费保障"]
    assert pdf.assignments[["task_id", "unit", "role"]].values.tolist()[:4] == [
        ["T001", "市科技局", "lead"], ["T001", "市科协", "support"], ["T001", "市教育局", "support"],
        ["T001", "各区、县级市", "support"]]
    assert pdf.meta["number"] == "资府办发〔2024〕5号"


@pytest.fixture
def scan(tmp_path):
    """A PDF with a drawing and no text layer, as a scanner makes."""
    path = tmp_path / "scan.pdf"
    fig, ax = plt.subplots()
    ax.axis("off")
    ax.add_patch(plt.Rectangle((0.1, 0.1), 0.5, 0.5))
    fig.savefig(path)
    plt.close(fig)
    return path


def test_a_scanned_pdf_asks_for_ocr(scan):
    with pytest.raises(LayoutError, match=r"scan\.pdf: the PDF has no text layer .* run OCR on it first"):
        read_pdf(scan)


def test_the_cli_refuses_a_scan_with_exit_2_and_one_line(scan, tmp_path, capsys):
    assert main(["parse", str(scan), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "run OCR on it first" in err


def test_a_file_that_is_no_pdf_is_an_input_error(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nnot really")
    with pytest.raises(InputError, match=r"broken\.pdf: this is not a PDF that can be opened"):
        read_pdf(path)


def test_a_real_paragraph_notice_printed_to_pdf_reads_as_its_gold():
    """The 2022 Sichuan notice of the dev set, printed: wrapped lines, 〔〕 groups, a document-wide unit."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("zygraph_test_realset_pdf", Path(__file__).with_name("realset.py"))
    realset = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = realset
    spec.loader.exec_module(realset)
    fixture = next(f for f in realset.fixtures() if f.id == "2022_sichuan_circulation")
    table = read_table(FIXTURES / "sichuan_circulation.pdf")
    score = realset.score(fixture.gold, list(zip(table.tasks.task_id, table.tasks.task)),
                          list(zip(table.assignments.task_id, table.assignments.unit, table.assignments.raw_unit,
                                   table.assignments.role)))
    assert (score.precision, score.recall, score.tasks_found, score.gold_tasks) == (1.0, 1.0, 2, 2)


def test_lines_wrapped_at_the_margin_are_joined_into_paragraphs():
    table = read_table(FIXTURES / "sichuan_circulation.pdf")
    assert table.tasks.task.str.startswith("加强市场体系建设。推进高标准市场体系建设").tolist() == [True, False]
    assert "争取将成都市纳入国家要素市场化配置综合改革试点。" in table.tasks.task[0]


def test_which_row_at_the_top_of_a_page_continues_the_row_above():
    from zygraph.readers.pdf import _continues

    numbered, plain = ["seq", "task", "lead"], ["area", "task", "lead"]
    assert _continues(["", "的其余部分", "市科协"], numbered)  # no number: the task text went on
    assert not _continues(["7", "办科技周", "市科协"], numbered)
    assert _continues(["", "", "市科技局"], plain)  # only a unit list went on
    assert not _continues(["", "办科普日", "市科协"], plain)  # a new task under the same area
    assert not _continues(["", "", ""], plain)


def test_a_pdf_longer_than_the_page_limit_is_refused(monkeypatch):
    import zygraph.readers.pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    with pytest.raises(InputError, match=r"ziyang_table\.pdf: the PDF has 8 pages, more than the 2 zygraph reads"):
        read_pdf(FIXTURES / "ziyang_table.pdf")


def test_running_headers_and_footers_are_found_on_half_the_pages():
    from zygraph.readers.pdf import _running_lines

    def page(*texts):
        return [{"text": text} for text in texts]

    pages = [page("11/30/26, 5:42 AM 某市通知", f"{n}．推进改革", "正文乙", "正文丙", "（责任单位：省财政厅）",
                  f"file:///tmp/x.html {n}/3") for n in (1, 2, 3)]
    found = _running_lines(pages)
    # 正文乙 and 正文丙 repeat too, but in the middle of the pages; a task start and a unit line are text
    assert found == {"#/#/#,#:#AM某市通知", "file:///tmp/x.html#/#"}
    assert _running_lines(pages[:1]) == set()


def test_a_table_printed_without_rules_reads_as_the_real_notice_it_was_made_from():
    # tests/make_layout_fixtures.py lays out the space-flattened table of a real State Council notice as a table
    # without rules and prints it: cells wrap (人力资源社会保障 / 部, …500亿 / 元) and 序 / 号 wraps in the header
    from pathlib import Path

    from zygraph import read_table

    here = Path(__file__).parent / "fixtures"
    pdf = read_table(here / "layouts" / "quantified_targets_unruled.pdf")
    text = read_table(here / "real" / "holdout" / "2016_guobanhan_quantified_targets" / "source.txt")
    assert pdf.assignments[["unit", "role"]].values.tolist() == text.assignments[["unit", "role"]].values.tolist()
    assert pdf.tasks.task.tolist()[1] == "城镇新增就业1000万人以上"
    assert pdf.tasks.task.tolist()[4].endswith("2016年安排500亿元")
    assert "unruled_table" in pdf.findings.code.tolist()
