"""Tests of zygraph.corpus_view: each document measured in its own network, by issuer, pooled, and by year."""

from pathlib import Path

import pandas as pd
import pytest

import zygraph
from zygraph.cli import main
from zygraph.corpus import read_corpus
from zygraph.corpus_view import Corpus
from zygraph.metrics import network_metrics, unit_metrics
from zygraph.table import read_table

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "ziyang_2023_science_literacy_tasks.txt"


def write_table(path, issuer, rows, date="2023年1月10日"):
    """A small table in the tabbed-text layout: a notice signed by ``issuer`` on ``date``, then rows of cells."""
    lines = ["资府发〔2023〕1号", "", issuer, "关于印发《任务分工表》的通知", "", issuer, date, "",
             "\t工作目录", "\t工作任务", "\t牵头单位", "\t责任单位", ""]
    for area, task, lead, support in rows:
        lines += [f"\t{area}", f"\t{task}", f"\t{lead}", f"\t{support}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path):
    """The bundled 资阳 2023 table, 资阳's table of 2024 (a copy with the date changed), and two other cities."""
    tmp_path = tmp_path / "notices"
    tmp_path.mkdir()
    (tmp_path / "ziyang_2023.txt").write_bytes(BUNDLED.read_bytes())
    text = BUNDLED.read_text(encoding="utf-8").replace("2023年1月10日", "2024年2月1日")
    (tmp_path / "ziyang_2024.txt").write_text(text.replace("市妇联", "市残联"), encoding="utf-8")
    write_table(tmp_path / "meishan.txt", "眉山市人民政府",
                [("科普", "办科技周", "市科技局", "市科协、市教育体育局"), ("科普", "办科普日", "市科协", "市科技局、市妇联"),
                 ("教育", "进校园", "市教育体育局", "市科协")])
    write_table(tmp_path / "neijiang.txt", "内江市人民政府",
                [("科普", "办科普日", "市科协", "市科技局"), ("科普", "看展", "市文广旅局", "市科协")])
    return tmp_path


def test_a_documents_measures_are_the_same_alone_and_in_the_corpus(folder):
    corpus = zygraph.load(folder)
    assert corpus.ids == ["meishan", "neijiang", "ziyang_2023", "ziyang_2024"]
    for doc_id in corpus.ids:
        alone = read_table(folder / f"{doc_id}.txt")
        part = corpus.metrics[corpus.metrics.document == doc_id]
        pd.testing.assert_frame_equal(part.drop(columns=["document", "issuer"]).reset_index(drop=True),
                                      unit_metrics(alone), check_exact=True)
        row = corpus.network.set_index("document").loc[doc_id]
        for name, value in network_metrics(alone).items():
            assert row[name] == value or (value != value and row[name] != row[name]), (doc_id, name)
    # the bundled table's own numbers (README): 市科协 leads 29 and supports 46
    ziyang = corpus.metrics[corpus.metrics.document == "ziyang_2023"].set_index("unit")
    assert ziyang.loc["市科协", ["tasks_led", "tasks_supported", "issuer"]].tolist() == [29, 46, "资阳"]


def test_adding_documents_changes_nothing_in_the_others(folder):
    small = zygraph.load([folder / "ziyang_2023.txt", folder / "meishan.txt"])
    large = zygraph.load(folder)
    for doc_id in ("ziyang_2023", "meishan"):
        pd.testing.assert_frame_equal(small.metrics[small.metrics.document == doc_id].reset_index(drop=True),
                                      large.metrics[large.metrics.document == doc_id].reset_index(drop=True),
                                      check_exact=True)


def test_by_issuer_merges_one_issuers_years_and_says_which(folder):
    corpus = zygraph.load(folder, by="issuer")
    assert corpus.network.document.tolist() == ["meishan", "neijiang", "ziyang_2023+ziyang_2024"]
    merged = read_corpus([folder / "ziyang_2023.txt", folder / "ziyang_2024.txt"])
    part = corpus.metrics[corpus.metrics.issuer == "资阳"].drop(columns=["document", "issuer"])
    pd.testing.assert_frame_equal(part.reset_index(drop=True), unit_metrics(merged), check_exact=True)
    assert part.set_index("unit").loc["市科协", "tasks_led"] == 58  # 29 in each year


def test_pool_merges_every_document_by_unit_name(folder):
    corpus = zygraph.load(folder, by="pool")
    pooled = read_corpus([folder])
    pd.testing.assert_frame_equal(corpus.metrics.drop(columns=["document", "issuer"]), unit_metrics(pooled),
                                  check_exact=True)
    assert set(corpus.metrics.document) == {"all"}
    assert corpus.metrics.set_index("unit").loc["市科协", "issuer"] == "眉山、内江、资阳"


def test_iteration_select_and_compare(folder):
    corpus = zygraph.load(folder)
    assert [doc.meta["issuer"] for doc in corpus] == ["眉山市人民政府", "内江市人民政府", "资阳市人民政府", "资阳市人民政府"]
    assert corpus.select(issuer="资阳").ids == ["ziyang_2023", "ziyang_2024"]
    assert corpus.assignments.groupby("document").size()["ziyang_2023"] == 591  # as the bundled table has
    assert corpus.tasks.groupby("document").size().to_dict() == {"meishan": 3, "neijiang": 2, "ziyang_2023": 95,
                                                                "ziyang_2024": 95}
    assert corpus.select(year=2024).ids == ["ziyang_2024"]
    assert corpus["neijiang"].metrics.set_index("unit").loc["市文化广电旅游局", "tasks_led"] == 1  # alias resolved
    change = corpus.compare("ziyang_2023", "ziyang_2024")
    assert change.units.set_index("unit").loc[["市妇联", "市残联"], "status"].tolist() == ["lost", "gained"]
    with pytest.raises(KeyError, match="no document 'x'"):
        corpus["x"]
    with pytest.raises(ValueError, match="by must be one of"):
        Corpus([], by="city")


def test_panel_lines_up_each_units_load_and_rank_by_year(folder):
    panel = zygraph.load(folder).panel()
    assert set(panel.issuer) == {"资阳"}  # the only issuer with two years
    kexie = panel[panel.unit == "市科协"]
    assert kexie[["year", "document", "tasks_led", "tasks_supported", "load", "rank"]].values.tolist() == [
        [2023, "ziyang_2023", 29, 46, 104.0, 1], [2024, "ziyang_2024", 29, 46, 104.0, 1]]
    # 市妇联 leads 3 and supports 1 in 2023 (load 7); in 2024 its tasks are 市残联's
    assert panel[panel.unit == "市妇联"][["year", "load"]].values.tolist() == [[2023, 7.0]]
    assert panel[panel.unit == "市残联"][["year", "load"]].values.tolist() == [[2024, 7.0]]


def test_metrics_command_measures_each_document_and_names_it(folder, tmp_path, capsys):
    out = tmp_path / "metrics.csv"
    assert main(["metrics", str(folder), "-o", str(out)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert list(frame.columns[:3]) == ["document", "issuer", "unit"]
    assert not frame.unit.str.contains("·").any()
    row = frame[(frame.document == "ziyang_2023") & (frame.unit == "市科协")].iloc[0]
    assert row.betweenness == pytest.approx(unit_metrics(read_table(BUNDLED)).set_index("unit").loc["市科协",
                                                                                                     "betweenness"])
    assert "note:" not in capsys.readouterr().err
    assert main(["metrics", str(folder), "--by", "issuer", "-o", str(out)]) == 0
    assert "4 documents of 3 issuers merged into one network per issuer" in capsys.readouterr().err


def test_who_answers_per_document(folder, capsys):
    assert main(["who", "市残联", str(folder)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("[ziyang_2024] 市残联 (Ziyang Municipal Disabled Persons' Federation; people_org; "
                              "prefecture): leads 3 tasks, supports 1")
    assert "Not named in 3 of 4: meishan, neijiang, ziyang_2023" in printed
    assert main(["who", "市火星局", str(folder)]) == 2
    assert "no unit named '市火星局' in any of the 4 documents" in capsys.readouterr().err


def test_an_empty_selection_and_a_table_without_departments_measure_cleanly():
    empty = zygraph.load([BUNDLED.parent]).select(issuer="成都")
    assert (len(empty), len(empty.metrics), len(empty.network), len(empty.panel())) == (0, 0, 0, 0)
    only_local = zygraph.TaskTable.from_lists([("科普", "x", ["高新区管委会"], [])])
    assert network_metrics(only_local)["units"] == 0 and network_metrics(only_local)["top_unit"] is None
    assert unit_metrics(only_local)["in_projection"].tolist() == [False]


def test_a_document_whose_units_are_all_left_out_does_not_stop_the_others(folder):
    # every unit of 乐至's table is a local government, left out of the network by default: its network has
    # no node, and the others are measured as before (PageRank once never stopped iterating on it)
    write_table(folder / "lezhi.txt", "乐至县人民政府", [("科普", "办科技周", "各乡镇人民政府", "各村委会")])
    corpus = zygraph.load(folder)
    alone = read_table(folder / "meishan.txt")
    part = corpus.metrics[corpus.metrics.document == "meishan"]
    pd.testing.assert_frame_equal(part.drop(columns=["document", "issuer"]).reset_index(drop=True),
                                  unit_metrics(alone), check_exact=True)
    assert "lezhi" in corpus.ids
