"""The briefing folder: contents, numbers, safety of the output folder, escaping."""

import json
from pathlib import Path

import pytest

from zygraph import TaskTable
from zygraph.cli import main
from zygraph.document import Document, load
from zygraph.errors import OutputError
from zygraph.render.report import MANIFEST, briefing_html, headlines, write_report

ZIYANG = "data/ziyang_2023_science_literacy_tasks.txt"


@pytest.fixture(scope="module")
def doc():
    return load(ZIYANG)


@pytest.fixture(scope="module")
def small():
    """A three-task table: writing its report is quick."""
    return Document(TaskTable.from_lists([
        ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局", "高新区管委会"]),
        ("科普", "办科普日", ["市科协"], ["市科技局"]),
        ("教育", "进校园", ["市教育体育局"], ["团市委"]),
    ]))


@pytest.fixture(scope="module")
def report(doc, tmp_path_factory):
    return write_report(doc, tmp_path_factory.mktemp("out") / "ziyang")


def test_report_folder_holds_every_part(report):
    names = {str(p.relative_to(report)) for p in report.rglob("*") if p.is_file()}
    expected = {
        "index.html", "workbook.xlsx", MANIFEST,
        "graphs/units.html", "graphs/coordination.html", "graphs/bipartite.html",
        "figures/load.png", "figures/load.svg", "figures/area_heatmap.png", "figures/area_heatmap.svg",
        "figures/network.png", "figures/network.svg", "figures/area_share.png", "figures/area_share.svg",
        "data/assignments.csv", "data/tasks.csv", "data/units.csv", "data/metrics.csv", "data/findings.csv",
        "data/unit_area_matrix.csv", "data/unit_area_matrix_lead.csv", "data/unit_area_matrix_support.csv",
        "data/removal_impact.csv", "data/network.json", "data/positions.json",
        "gephi/units.gexf", "gephi/units.graphml", "gephi/coordination.gexf", "gephi/coordination.graphml",
        "gephi/bipartite.gexf", "gephi/bipartite.graphml",
    }
    assert names == expected
    assert set(json.loads((report / MANIFEST).read_text(encoding="utf-8"))["files"]) == expected - {MANIFEST}
    assert not list(report.parent.glob(".ziyang*")), "the staging folder is removed"


def test_briefing_states_checked_numbers(report):
    page = (report / "index.html").read_text(encoding="utf-8")
    assert "资府发〔2023〕1号" in page and "2023-01-10" in page and "资阳市人民政府" in page
    assert "市科协牵头 29 项任务（共 95 项，占 31%），牵头最多。" in page
    assert "<b>591</b>" in page and "<b>33</b>" in page and "<b>13</b>" in page
    assert "「市科协局」是「市科技局」的已知错写" in page  # warnings first, in the edition's language
    assert page.index("已知错写") < page.index("工作目录空白，沿用上一行") and "<td class=\"num\">76</td>" in page


def test_briefing_needs_no_network(report):
    page = (report / "index.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    assert page.count("data:image/png;base64,") == 3


def test_headlines_in_english(doc):
    lines = headlines(doc, "en")
    assert lines[0] == ("Ziyang Municipal Association for Science and Technology (市科协) leads 29 of the 95 tasks (31%), "
                        "more than any other unit.")
    # 市科协, 市教育体育局 and 市科技局 lead 52 distinct tasks between them: two tasks are co-led by 市科协 and 市科技局
    assert lines[1].startswith("The three units that lead most (Ziyang Municipal Association for Science and Technology, "
                               "Ziyang Municipal Bureau of Education and Sports, Ziyang Municipal Bureau of Science and "
                               "Technology) lead 55%")
    assert not any("市教育体育局" in line for line in lines[1:])  # units by their English names


def test_ties_are_reported_as_ties_and_the_surprising_broker_named(doc):
    lines = headlines(doc, "zh")
    # betweenness 0.067730 (市科技局) and 0.067724 (市卫生健康委): equal to three decimals
    assert "市科技局与市卫生健康委并列第三（0.068）" in lines[4]
    assert lines[5].startswith("市卫生健康委只牵头 4 项任务")  # 4 leads, yet a broker as the top three leaders are
    tied = Document(TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"]), ("科普", "t2", ["市科协"], []),
                                          ("科普", "t3", ["市科技局"], []), ("科普", "t4", ["市科协"], [])]))
    # in the load table's order: 市科协 also supports t1
    assert headlines(tied, "zh")[0] == "市科协、市科技局并列牵头最多，各牵头 2 项任务（共 4 项，各占 50%）。"


def test_a_broker_that_leads_nothing_is_said_so(doc):
    # blind76's emergency plan: 水利部 leads none of the seven groups (it joins three), yet bridges as 环境保护部 and
    # 公安部 do
    source = next(Path(__file__).parent.glob("fixtures/real/*/2014_guobanhan_environmental_emergency_working_groups/source.txt"))
    plan = load(source)
    assert "水利部不牵头任何任务，却与环境保护部、公安部一样处在部门之间的桥梁位置：它联系的部门彼此少有共同任务。" in headlines(plan, "zh")
    assert any(line.startswith("Ministry of Water Resources leads no task, yet") for line in headlines(plan, "en"))


def test_concentration_and_areas_are_in_the_briefing_and_in_python(doc, report):
    c = doc.concentration
    leads = doc.assignments[(doc.assignments.role == "lead")].unit.value_counts()
    departments = doc.units[doc.units.kind.isin(doc.kinds)].unit
    shares = leads.reindex(departments, fill_value=0) / leads.reindex(departments, fill_value=0).sum()
    assert abs(c["hhi"] - (shares**2).sum()) < 1e-12
    page = (report / "index.html").read_text(encoding="utf-8")
    assert "赫芬达尔指数 0.14" in page and "基尼系数 0.71" in page
    youth = doc.area_summary.set_index("area").loc["青少年科学素质提升行动"]
    # read off lines 86-180: 市教育体育局 is the lead unit of 12 of the 14 youth tasks
    assert (youth.tasks, youth.top_lead, youth.top_lead_tasks) == (14, "市教育体育局", 12)
    assert doc.area_summary.tasks.sum() == 95
    assert doc.area_summary.single_department_tasks.sum() == 12
    assert "<td>青少年科学素质提升行动</td>" in page


def test_top_three_share_is_distinct_tasks(doc):
    a = doc.assignments
    led = a[(a.role == "lead") & a.unit.isin(["市科协", "市教育体育局", "市科技局"])].task_id.nunique()
    assert led == 52 and round(100 * led / 95) == 55


def test_single_unit_tasks_are_those_with_one_department(doc):
    single = doc.single_unit_tasks
    # read from the table: e.g. line 346 (市委组织部 alone with local governments), 595 and 601 (市财政局)
    assert {"T053", "T094", "T095"} <= set(single.task_id)
    assert single.set_index("task_id").loc["T094", "unit"] == "市财政局"
    assert len(single) == 12 and single.task_id.is_unique


def test_briefing_is_headed_by_the_documents_name_not_its_preamble():
    """2021 济南钢城区 has no 关于 title; the line above its tasks is the preamble sentence (…制定本方案。)."""
    notice = load("tests/fixtures/real/dev/2021_jinan_gangcheng_district/source.txt")
    assert notice.meta["title"] == ""
    assert notice.meta["heading"] == "深化“放管服”改革优化营商环境2021年重点任务分工方案"
    page = briefing_html(notice)
    assert '<h1 id="top">深化“放管服”改革优化营商环境2021年重点任务分工方案</h1>' in page
    assert "<title>深化“放管服”改革优化营商环境2021年重点任务分工方案</title>" in page


def test_a_notice_naming_itself_nowhere_is_headed_by_its_file_name(tmp_path):
    path = tmp_path / "inspection_tasks.txt"
    path.write_text("序号 |\n工作任务 |\n牵头单位 |\n1 |\n办科技周 |\n市科协 |\n", encoding="utf-8")
    page = briefing_html(load(path))
    assert '<h1 id="top">inspection_tasks.txt</h1>' in page and str(tmp_path) not in page.split("</h1>")[0]


def test_hostile_text_is_escaped_in_briefing(tmp_path):
    evil = '<img src=x onerror="alert(1)">'
    table = TaskTable.from_lists([
        ("<script>alert(2)</script>", evil, ["市科协"], ["<i>某单位"]),
        ("<script>alert(2)</script>", "t2", ["市科技局"], []),
    ])
    page = briefing_html(Document(table))
    assert "<script>alert(2)</script>" not in page and "<img src=x" not in page and "<i>某单位" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # the area of T002, a single-unit task
    assert "&lt;i&gt;某单位" in page  # an unknown unit, in the load table and the findings


def test_rerun_replaces_a_zygraph_folder_whole(small, tmp_path):
    out = tmp_path / "r"
    write_report(small, out)
    stale = out / "data" / "old.csv"
    stale.write_text("stale", encoding="utf-8")
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"].append("data/old.csv")  # listed without a checksum, as older zygraph wrote manifests
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    write_report(small, out)  # a manifest of zygraph's (without checksums): its files may go
    assert not stale.exists() and (out / "index.html").exists()


def test_refuses_folder_with_foreign_files_unless_forced(small, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.docx").write_bytes(b"precious")
    with pytest.raises(OutputError, match=r"holds what zygraph did not write .*\(e\.g\. notes\.docx \(not written by"):
        write_report(small, out)
    assert (out / "notes.docx").read_bytes() == b"precious"
    write_report(small, out, force=True)
    assert not (out / "notes.docx").exists() and (out / "index.html").exists()


def test_never_replaces_a_folder_holding_the_input(tmp_path):
    table = tmp_path / "in" / "t.txt"
    table.parent.mkdir()
    table.write_bytes(open(ZIYANG, "rb").read())
    with pytest.raises(OutputError, match="would contain the input table"):
        write_report(load(table), tmp_path / "in", force=True)
    assert table.exists()


def test_cli_report_shows_progress_and_exits_0(tmp_path, capsys):
    out = tmp_path / "cli"
    assert main(["report", ZIYANG, "-o", str(out), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "[1/8] read the table: 95 tasks, 33 units" in err and "[8/8] writing the briefing" in err
    assert "Headline findings" in (out / "index.html").read_text(encoding="utf-8")


def test_cli_report_refusal_is_one_line(tmp_path, capsys):
    out = tmp_path / "taken"
    out.mkdir()
    (out / "x.txt").write_text("x", encoding="utf-8")
    assert main(["report", ZIYANG, "-o", str(out)]) == 2
    err = capsys.readouterr().err  # said before reading: no step line before it
    assert err.count("\n") == 1 and err.startswith(f"zygraph: error: {out}: the folder holds what zygraph did not write")


def test_cli_report_of_a_file_with_no_table_says_one_line(tmp_path, capsys):
    (tmp_path / "memo.txt").write_text("购物清单\n苹果三个\n牛奶两瓶\n", encoding="utf-8")
    assert main(["report", str(tmp_path / "memo.txt"), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"zygraph: error: {tmp_path / 'memo.txt'}: no table found")
    assert not (tmp_path / "out").exists()


BRIEFING_PROBE = """<script>
window.addEventListener("load", function () {
  var out = {errors: window.__errors || []};
  var images = Array.prototype.slice.call(document.images);
  out.images = images.length;
  out.drawn = images.filter(function (img) { return img.complete && img.naturalWidth > 0; }).length;
  var led = document.querySelectorAll("#load-table thead th")[2];
  led.click();  /* ascending */
  out.least = document.querySelector("#load-table tbody tr td").textContent;
  led.click();  /* descending */
  out.top = document.querySelector("#load-table tbody tr td").textContent;
  var pre = document.createElement("pre"); pre.id = "zy-probe"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push(String(e.message)); }, true);
</script>"""


def test_briefing_opens_offline_with_figures_and_a_sortable_table(browser, report, tmp_path):
    import html as html_module
    import re

    page = (report / "index.html").read_text(encoding="utf-8")
    probed = tmp_path / "index.html"
    probed.write_text(page.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + BRIEFING_PROBE, 1),
                      encoding="utf-8")
    dom = browser._run(["--virtual-time-budget=5000", "--dump-dom", probed.as_uri()], tmp_path, 90)
    found = json.loads(html_module.unescape(re.search(r'<pre id="zy-probe">(.*?)</pre>', dom, re.S).group(1)))
    assert found["errors"] == []
    assert found["images"] == found["drawn"] == 3
    assert found["top"] == "市科协"  # leads 29, the most
    assert found["least"] == "团市委"  # leads none; the heaviest of those, so first in the table's load order


def test_graph_pages_link_back_to_the_briefing(report):
    for view in ("units", "coordination", "bipartite"):
        page = (report / "graphs" / f"{view}.html").read_text(encoding="utf-8")
        assert '<a class="zy-back" href="../index.html">← 返回简报</a>' in page
    index = (report / "index.html").read_text(encoding="utf-8")
    assert all(f'href="graphs/{view}.html"' in index for view in ("units", "coordination", "bipartite"))


def test_single_file_briefing_works_alone(browser, small, tmp_path):
    import base64
    import io
    import re

    from openpyxl import load_workbook

    out = write_report(small, tmp_path / "out", single_file=True)
    alone = tmp_path / "mail"
    alone.mkdir()
    page = (out / "index.html").read_text(encoding="utf-8")
    (alone / "briefing.html").write_text(page, encoding="utf-8")
    # nothing points into the folder it came from
    assert not re.search(r'(?:href|src)="(?:graphs|data|figures|gephi)/|href="workbook\.xlsx"', page)
    downloads = dict(re.findall(r'<a download="([^"]+)" href="data:[^;]+;base64,([^"]+)"', page))
    assert sorted(downloads) == ["bipartite.gexf", "coordination.gexf", "units.gexf", "workbook.xlsx"]
    book = load_workbook(io.BytesIO(base64.b64decode(downloads["workbook.xlsx"])))
    assert book["单位指标"]["A2"].value == "市科技局"  # leads 1 and supports 1: the heaviest load of the three
    found = browser.evaluate(page, """
        document.querySelectorAll("details.embedded").forEach(function (d) { d.open = true; });
        return {frames: document.querySelectorAll("details.embedded iframe").length};
    """, alone, delay_ms=100)
    assert found == {"frames": 3, "errors": []}
    opened = browser.evaluate(page.replace("<details ", "<details open "), """
        var frames = Array.prototype.slice.call(document.querySelectorAll("details.embedded iframe"));
        return {canvases: frames.filter(function (f) {
            var canvas = f.contentDocument && f.contentDocument.querySelector("#zy-graph canvas");
            return canvas && canvas.width > 0; }).length};
    """, alone, delay_ms=3000)
    assert opened == {"canvases": 3, "errors": []}


def test_print_shows_whole_tables_breaks_pages_and_shows_links(browser, report, tmp_path):
    page = (report / "index.html").read_text(encoding="utf-8")
    # Chromium has no switch to emulate print media for --dump-dom; apply the print rules to the screen.
    assert page.count("@media print {") == 1
    as_printed = page.replace("@media print {", "@media all {")
    found = browser.evaluate(as_printed, """
        var box = document.querySelector("#load .scroll");
        var rows = document.querySelectorAll("#load-table tbody tr");
        var sections = Array.prototype.slice.call(document.querySelectorAll("section"));
        var link = document.querySelector('a[href="workbook.xlsx"]');
        return {
          clipped: box.scrollHeight > box.clientHeight + 1,
          rows: rows.length,
          nav: window.getComputedStyle(document.querySelector("nav")).display,
          breaks: sections.map(function (s) { return window.getComputedStyle(s).breakBefore; }),
          link: window.getComputedStyle(link, "::after").content,
        };
    """, tmp_path)
    assert found["clipped"] is False and found["rows"] == 33
    assert found["nav"] == "none"
    assert found["breaks"][0] == "auto" and set(found["breaks"][1:]) == {"page"}
    assert found["link"] == '" (workbook.xlsx)"'
    assert found["errors"] == []


def test_briefing_tables_keep_readable_cells_on_a_phone(browser, report, tmp_path):
    page = (report / "index.html").read_text(encoding="utf-8")
    found = browser.evaluate(page, """
        var cell = document.querySelector("#load-table tbody td");
        var wide = Array.prototype.filter.call(document.querySelectorAll("body *"), function (el) {
            return el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".wide, .scroll"); });
        return {width: cell.getBoundingClientRect().width, viewport: window.innerWidth,
                wide: wide.map(function (el) { return el.tagName + "." + el.className; }).slice(0, 5)};
    """, tmp_path, width=400)
    assert found["width"] > 60  # a unit name, not one character per line
    assert found["viewport"] <= 400
    assert found["wide"] == []  # tables scroll inside their boxes; nothing else runs off the screen


def test_the_english_edition_translates_areas_titles_and_names_units_in_english(doc, tmp_path):
    import re

    page = briefing_html(doc, lang="en")
    assert '<h1 id="top">Notice of the Ziyang Municipal People&#39;s Government on issuing' in page
    assert "<td>Science literacy of young people</td>" in page  # the area table
    assert "<td>Ziyang Municipal Bureau of Finance</td>" in page  # T094 rests on 市财政局 alone
    assert "Issuer: Ziyang Municipal People&#39;s Government" in page
    text = re.sub(r"<small>.*?</small>|<script>.*?</script>|<[^>]+>", " ", page, flags=re.S)
    units = set(doc.units.unit)
    # unit names in Chinese appear only inside quoted data-quality messages and the first headline's reference
    quoted = {"市科协", "市人力资源社会保障局", "市科技局", "各成员单位", "市文化广电旅游局"}
    assert {u for u in units if u in text} <= quoted
    from zygraph.render.editions import translate

    assert translate("不在词表中的领域", "en") == "[zh] 不在词表中的领域"


def test_a_later_report_keeps_the_units_where_the_earlier_one_drew_them(tmp_path, capsys):
    first = tmp_path / "2023"
    assert main(["report", ZIYANG, "-o", str(first)]) == 0
    text = open(ZIYANG, encoding="utf-8").read().replace("市妇联", "市残联")
    later = tmp_path / "2024.txt"
    later.write_text(text, encoding="utf-8")
    second = tmp_path / "r2024"
    assert main(["report", str(later), "-o", str(second), "--positions", str(first / "data" / "positions.json")]) == 0
    before = json.loads((first / "data" / "positions.json").read_text(encoding="utf-8"))["units"]
    after = json.loads((second / "data" / "positions.json").read_text(encoding="utf-8"))["units"]
    kept = set(before) & set(after)
    assert len(kept) == 28 and all(before[u] == after[u] for u in kept)  # every unit but 市妇联 -> 市残联
    assert set(after) - set(before) == {"市残联"}

    def drawn(folder):
        page = (folder / "graphs" / "units.html").read_text(encoding="utf-8")
        nodes = json.loads(page.split('id="zygraph-data">')[1].split("</script>")[0])["nodes"]
        return {node["names"][0]: (node["x"], node["y"]) for node in nodes}

    a, b = drawn(second), drawn(tmp_path / "2023")
    # the same layout units, scaled alike (both graphs have 29 units); the first report also pushed overlapping
    # dots a few pixels apart, the second draws the positions as given
    assert all(abs(a[u][0] - b[u][0]) < 40 and abs(a[u][1] - b[u][1]) < 40 for u in kept)
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    capsys.readouterr()
    assert main(["report", ZIYANG, "-o", str(tmp_path / "x"), "--positions", str(bad)]) == 2
    assert "not a zygraph positions file" in capsys.readouterr().err


def test_communities_are_named_by_their_main_areas_and_numbered_as_in_the_tables(doc, report):
    page = (report / "index.html").read_text(encoding="utf-8")
    community = int(doc.metrics.set_index("unit").loc["市科协", "community"])
    # the areas 市科协's community is most often named in, counted here from the tidy table
    members = doc.metrics[doc.metrics.community == community].unit
    areas = doc.tidy[doc.tidy.unit.isin(members)].area.value_counts()
    name = f"社群 {community}：{areas.index[0]} · {areas.index[1]}"
    assert f"<li><b>{name}</b>：" in page
    item = page.split(f"<li><b>{name}</b>：")[1].split("</li>")[0]
    assert set(item.split("、")) == set(members)


def test_a_document_naming_only_local_governments_gets_a_briefing_without_a_department_network(tmp_path):
    # 三、儋州市政府 / 1.… : every unit is a local government, left out of the department network
    source = tmp_path / "hainan.txt"
    source.write_text("三、儋州市政府\n(一)重点项目(2个)。\n1.竣工项目(1个):生猪加工项目。\n2.续建项目(1个):滨海新区开发项目。\n"
                      "四、文昌市政府\n(一)重点项目(1个)。\n1.续建项目(1个):航天发射场项目。\n", encoding="utf-8")
    assert main(["report", str(source), "-o", str(tmp_path / "out")]) == 0
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "部门网络为空" in page and "<b>—</b>网络密度" in page


def test_a_notice_with_no_issuing_line_shows_the_issuer_read_from_its_title(tmp_path):
    """A district's notice names itself only in its title (甲市乙区人民政府关于…), with no signature under it: the
    header says who issued it and where that was read, rather than nothing."""
    source = tmp_path / "notice.txt"
    source.write_text("上海市静安区人民政府关于印发《排水管理实施方案》的通知\n\n"
                      "1.完善排水设施（牵头单位：区水务局；配合单位：区财政局）\n"
                      "2.加强管网养护（牵头单位：区建设管理委）\n", encoding="utf-8")
    document = load(source)
    assert document.meta["issuer"] == "" and document.meta["issuer_name_read"] == "静安区"
    assert "<span>发文机关（读自标题）：静安区</span>" in briefing_html(document)
    assert "<span>Issuer (read from the title): " in briefing_html(document, lang="en")
