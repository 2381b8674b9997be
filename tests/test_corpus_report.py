"""Tests of zygraph.render.corpus_report: the page comparing documents, its data files and per-document briefings."""

from pathlib import Path

import pandas as pd
import pytest

import zygraph
from zygraph.cli import main
from zygraph.render.corpus_report import corpus_html, corpus_tables, write_corpus_report

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "ziyang_2023_science_literacy_tasks.txt"


@pytest.fixture
def folder(tmp_path):
    """资阳 2023 (the bundled table), 资阳 2024 (its copy, 市妇联's tasks given to 市残联), and a small 眉山 table."""
    notices = tmp_path / "notices"
    notices.mkdir()
    (notices / "ziyang_2023.txt").write_bytes(BUNDLED.read_bytes())
    text = BUNDLED.read_text(encoding="utf-8").replace("2023年1月10日", "2024年2月1日").replace("市妇联", "市残联")
    (notices / "ziyang_2024.txt").write_text(text, encoding="utf-8")
    lines = ["眉府发〔2023〕2号", "", "眉山市人民政府", "关于印发《任务分工表》的通知", "", "眉山市人民政府", "2023年3月1日", "",
             "\t工作目录", "\t工作任务", "\t牵头单位", "\t责任单位", "",
             "\t科普", "\t办科技周", "\t市科技局", "\t市科协、<b>市教育体育局</b>", "",
             "\t科普", "\t办科普日", "\t市科协", "\t市科技局", ""]
    (notices / "meishan.txt").write_text("\n".join(lines), encoding="utf-8")
    return notices


def test_tables_give_one_row_per_document_and_per_unit(folder):
    tables = corpus_tables(zygraph.load(folder))
    documents = tables["documents"].set_index("document")
    assert documents.index.tolist() == ["meishan", "ziyang_2023", "ziyang_2024"]
    # the bundled table: 市科协 leads 29 of 95 tasks
    assert documents.loc["ziyang_2023", ["issuer", "number", "tasks", "top_unit"]].tolist() == [
        "资阳", "资府发〔2023〕1号", 95, "市科协"]
    assert documents.loc["ziyang_2023", "top_unit_lead_share"] == pytest.approx(29 / 95)
    # 眉山: 市科技局 and 市科协 lead one task each; 市科技局 is named first
    assert documents.loc["meishan", ["tasks", "top_unit", "top_unit_lead_share"]].tolist() == [2, "市科技局", 0.5]
    units = tables["units"].set_index("unit")
    assert units.loc["市科协", ["documents", "tasks_led", "median_rank", "top_in"]].tolist() == [3, 59, 1.0, 2]
    assert units.loc["市科协", "lead_share"] == pytest.approx(59 / (95 + 95 + 2))
    assert units.loc["市残联", "documents"] == 1
    assert tables["leads"].loc["市科协"].tolist() == [1, 29, 29]
    assert tables["panel"].issuer.unique().tolist() == ["资阳"]


def test_the_page_escapes_names_and_lines_up_years(folder):
    page = corpus_html(zygraph.load(folder), lang="en")
    assert "<b>市教育体育局" not in page and "&lt;b&gt;市教育体育局" in page
    assert "3 documents from 2 issuers, compared" in page
    assert "<h3>资阳</h3>" in page and "104 (1)" in page  # 市科协's load and rank in both years


def test_an_issuer_with_two_documents_in_one_year_gets_a_column_for_each(folder):
    # The State Council issues many notices a year: the panel lines up documents, not years.
    text = BUNDLED.read_text(encoding="utf-8").replace("2023年1月10日", "2024年6月1日").replace("市科协", "市残联")
    (folder / "ziyang_2024b.txt").write_text(text, encoding="utf-8")
    page = corpus_html(zygraph.load(folder), lang="en")
    assert "<th class=\"num\">2023</th>" in page
    assert "<th class=\"num\">2024 ziyang_2024</th>" in page and "<th class=\"num\">2024 ziyang_2024b</th>" in page
    # 市科协: heaviest in 2023 and in ziyang_2024, not named in ziyang_2024b (its tasks went to 市残联)
    assert "<td>市科协</td><td class=\"num\">104 (1)</td><td class=\"num\">104 (1)</td><td class=\"num\">—</td>" in page


def test_write_corpus_report_writes_data_figures_and_each_briefing(folder, tmp_path):
    corpus = zygraph.load(folder).select(documents=["meishan", "ziyang_2023"])
    out = write_corpus_report(corpus, tmp_path / "report", each=True, workers=2, lang="en")
    assert sorted(p.name for p in out.iterdir()) == [".zygraph-manifest.json", "data", "documents", "figures",
                                                      "index.html"]
    assert sorted(p.name for p in (out / "documents").iterdir()) == ["meishan", "ziyang_2023"]
    assert (out / "documents" / "ziyang_2023" / "graphs" / "units.html").exists()
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="documents/ziyang_2023/index.html"' in page
    metrics = pd.read_csv(out / "data" / "metrics.csv", encoding="utf-8-sig")
    alone = pd.read_csv(out / "documents" / "ziyang_2023" / "data" / "metrics.csv", encoding="utf-8-sig")
    mine = metrics[metrics.document == "ziyang_2023"].drop(columns=["document", "issuer"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(mine, alone)  # the corpus's numbers are the document's own


def test_report_command_compares_a_folder_and_keeps_one_file_a_briefing(folder, tmp_path, capsys):
    assert main(["report", str(folder), "-o", str(tmp_path / "corpus")]) == 0
    assert not (tmp_path / "corpus" / "graphs").exists()  # no network of every document is drawn
    assert (tmp_path / "corpus" / "data" / "documents.csv").exists()
    assert main(["report", str(folder / "meishan.txt"), "-o", str(tmp_path / "one")]) == 0
    assert (tmp_path / "one" / "graphs" / "units.html").exists()


CORPUS_PROBE = """<script>
window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push(String(e.message)); }, true);
window.addEventListener("load", function () {
  var images = Array.prototype.slice.call(document.images);
  var out = {errors: window.__errors, images: images.length,
             drawn: images.filter(function (img) { return img.complete && img.naturalWidth > 0; }).length,
             rows: document.querySelectorAll("#documents tbody tr").length};
  var pre = document.createElement("pre"); pre.id = "zy-probe"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def test_the_corpus_page_opens_offline_with_its_figure(browser, folder, tmp_path):
    import html as html_module
    import json
    import re

    out = write_corpus_report(zygraph.load(folder), tmp_path / "report")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "https://" not in page
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + CORPUS_PROBE, 1),
                      encoding="utf-8")
    dom = browser._run(["--virtual-time-budget=3000", "--dump-dom", probed.as_uri()], tmp_path, 90)
    found = json.loads(html_module.unescape(re.search(r'<pre id="zy-probe">(.*?)</pre>', dom, re.S).group(1)))
    assert found == {"errors": [], "images": 1, "drawn": 1, "rows": 3}  # the distributions; 3 documents


def test_pooled_documents_get_the_corpus_page_with_one_merged_network(folder, tmp_path, capsys):
    assert main(["report", str(folder), "--pool", "-o", str(tmp_path / "pooled")]) == 0
    assert "merged into one network" in capsys.readouterr().err
    assert not (tmp_path / "pooled" / "graphs").exists()  # a pooled network of every document is not drawn
    documents = pd.read_csv(tmp_path / "pooled" / "data" / "documents.csv", encoding="utf-8-sig")
    assert documents[["document", "tasks"]].values.tolist() == [["all", 95 + 95 + 2]]


def _small_notice(path, city, lead, support):
    lines = [f"{city}人民政府", "关于印发《任务分工表》的通知", "", f"{city}人民政府", "2023年3月1日", "",
             "\t工作目录", "\t工作任务", "\t牵头单位", "\t责任单位", "",
             "\t科普", "\t办科技周", f"\t{lead}", f"\t{support}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_units_line_up_across_documents_by_body_and_level_not_by_how_they_are_written(tmp_path):
    _small_notice(tmp_path / "meishan.txt", "眉山市", "眉山市财政局", "市科协")
    _small_notice(tmp_path / "leshan.txt", "乐山市", "乐山市财政局", "市科协")
    _small_notice(tmp_path / "sichuan.txt", "四川省", "省财政厅", "省科协")
    corpus = zygraph.load(tmp_path)
    # each read in its own city: 市财政局 there, the body 财政 at prefecture level
    assert corpus.metrics.query("body == '财政'")[["unit", "level"]].values.tolist() == [
        ["市财政局", "prefecture"], ["市财政局", "prefecture"], ["省财政厅", "provincial"]]
    units = corpus_tables(corpus)["units"]
    finance = units[units["unit"].str.contains("财政")]
    # one body at one level across the two cities; the province's is a row of its own
    assert sorted(finance["documents"].tolist()) == [1, 2]
    assert finance.set_index("documents").loc[2, "tasks_led"] == 2
    assert units.set_index("unit").loc["市科协", "documents"] == 2


def test_units_named_with_their_place_stay_apart_as_pool_keeps_them(tmp_path):
    # a provincial notice naming two cities' finance bureaus: two units, not one 财政 row
    _small_notice(tmp_path / "guangdong.txt", "广东省", "广州市财政局", "深圳市财政局")
    _small_notice(tmp_path / "foshan.txt", "佛山市", "市财政局", "市科协")
    units = corpus_tables(zygraph.load(tmp_path))["units"].set_index("unit")
    assert units.loc[["广州市财政局", "深圳市财政局", "市财政局"], "documents"].tolist() == [1, 1, 1]


def test_a_document_without_an_issuer_shows_a_dash_and_says_why(tmp_path):
    from zygraph import load
    from zygraph.render.corpus_report import corpus_html

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.txt").write_text("一、科普\n1.办科技周。（牵头单位：市科协）\n2.办科普日。（牵头单位：市科技局）\n",
                                     encoding="utf-8")
    page = corpus_html(load([folder]), lang="en")
    assert ">—</span>" in page and "Issuer —: none was found in the notice" in page


def test_the_headlines_speak_only_of_what_two_documents_share(tmp_path):
    # three cities whose leads all differ and share no unit: no unit "leads most" or is "most common" across them
    for file, city, lead, support in (("a.txt", "眉山市", "市财政局", "市科协"), ("b.txt", "乐山市", "市教育局", "市妇联"),
                                      ("c.txt", "雅安市", "市民政局", "市残联")):
        _small_notice(tmp_path / file, city, lead, support)
    page = corpus_html(zygraph.load(tmp_path), lang="en")
    assert "leads most in" not in page and "Named in the most documents" not in page
    assert "The median concentration of leads" in page
