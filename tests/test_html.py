"""Tests for zygraph.render.html, vis and layout: offline, safe, seeded interactive network pages."""

import html
import json
import math
import re
import time
from pathlib import Path

import networkx as nx
import pytest

from zygraph import read_table
from zygraph.errors import NodeSetError, OutputError
from zygraph.render import layout, vis
from zygraph.render.html import bipartite_html, coordination_html, network_html, write_html

TABLE = Path(__file__).resolve().parents[1] / "data" / "ziyang_2023_science_literacy_tasks.txt"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"

# The URLs inside vis-network.min.js: its licence comment, the SVG namespace, and error texts.
# None is fetched; the test pins the list so a new one cannot slip in unseen.
VIS_URLS = sorted([
    "http://almende.com",
    "http://opensource.org/licenses/MIT",
    "http://www.apache.org/licenses/LICENSE-2.0",
    "http://www.w3.org/2000/svg",
    "http://www.w3.org/2000/svg",
    "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
    "https://github.com/visjs",
    "https://github.com/zloirock/core-js",
    "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
    "https://visjs.github.io/vis-network/",
])


def embedded(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="zygraph-data">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def scripts(page: str) -> list[str]:
    """Bodies of the executable inline scripts, in order."""
    return re.findall(r"<script>(.*?)</script>\n", page, re.S)


def toy_graph() -> nx.Graph:
    G = nx.Graph()
    G.add_node("市科协", name_en="Association for Science and Technology", kind="people_org",
               tasks_led=2, tasks_supported=1, load=3)
    G.add_node("市教育体育局", name_en="Bureau of Education and Sports", kind="government",
               tasks_led=1, tasks_supported=1, load=2)
    G.add_node("团市委", name_en="Communist Youth League", kind="people_org", tasks_led=0, tasks_supported=2, load=1)
    G.add_edge("市科协", "市教育体育局", weight=2, shared=2, tasks=["T001", "T002"])
    G.add_edge("市科协", "团市委", weight=1, shared=1, tasks=["T002"])
    return G


def hostile_bipartite() -> nx.Graph:
    B = nx.Graph()
    B.add_node(f"unit:{SCRIPT}", bipartite=0, label=SCRIPT, name_en=IMG, kind="government")
    B.add_node("unit:市科协", bipartite=0, label="市科协", name_en="Association for Science", kind="people_org")
    B.add_node("task:T001", bipartite=1, label="T001", area=IMG, task=f"办科技周 {SCRIPT}")
    B.add_node("task:T002", bipartite=1, label="T002", area="科普 & </script><!--", task=IMG)
    B.add_edge(f"unit:{SCRIPT}", "task:T001", role="lead")
    B.add_edge("unit:市科协", "task:T001", role="support")
    B.add_edge("unit:市科协", "task:T002", role="lead")
    return B


def hostile_units() -> nx.Graph:
    G = nx.Graph()
    G.add_node(SCRIPT, name_en=IMG, kind=IMG, load=2, tasks_led=["T001"], tasks_supported=[])
    G.add_node("市科协", name_en="Association for Science", kind="people_org", load=1)
    G.add_edge(SCRIPT, "市科协", weight=1, shared=1, tasks=["T001"])
    return G


@pytest.fixture(scope="module")
def bundled_graphs():
    """B, the unit projection G and the lead -> support DiGraph D of the bundled table, built here by hand."""
    table = read_table(TABLE)
    B = nx.Graph()
    for unit in table.units.itertuples():
        B.add_node(f"unit:{unit.unit}", bipartite=0, label=unit.unit, name_en=unit.name_en, kind=unit.kind)
    for task in table.tasks.itertuples():
        B.add_node(f"task:{task.task_id}", bipartite=1, label=task.task_id, area=task.area, task=task.task)
    for row in table.assignments.itertuples():
        B.add_edge(f"unit:{row.unit}", f"task:{row.task_id}", role=row.role)
    units = [n for n, d in B.nodes(data=True) if d["bipartite"] == 0]
    P = nx.algorithms.bipartite.weighted_projected_graph(B, units)
    G = nx.relabel_nodes(P, {n: n[5:] for n in P})
    for unit in G:
        G.nodes[unit].update(name_en=B.nodes[f"unit:{unit}"]["name_en"], kind=B.nodes[f"unit:{unit}"]["kind"],
                             load=B.degree(f"unit:{unit}"))
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    for task in table.tasks.task_id:
        on = table.assignments[table.assignments.task_id == task]
        for lead in on[on.role == "lead"].unit:
            for support in on[on.role == "support"].unit:
                tasks = D.edges[lead, support]["tasks"] if D.has_edge(lead, support) else []
                D.add_edge(lead, support, weight=len(tasks) + 1, tasks=tasks + [task])
    return B, G, D


# -- string level --------------------------------------------------------------------------


def test_bundled_pages_embed_every_node_and_edge(bundled_graphs):
    B, G, D = bundled_graphs
    data = embedded(bipartite_html(B))
    # 95 tasks + 33 units, 591 assignments (counted when the table was read by hand).
    assert (len(data["nodes"]), len(data["edges"])) == (128, 591)
    assert sum(node.get("bipartite") == 1 for node in data["nodes"]) == 95
    data = embedded(network_html(G, B=B))
    assert (len(data["nodes"]), len(data["edges"])) == (len(G), G.number_of_edges()) == (33, G.number_of_edges())
    data = embedded(coordination_html(D, B=B))
    assert (len(data["nodes"]), len(data["edges"])) == (len(D), D.number_of_edges())
    assert data["directed"] is True


@pytest.mark.parametrize("render", ["units", "coordination", "bipartite"])
def test_page_loads_nothing_from_the_network(bundled_graphs, render):
    B, G, D = bundled_graphs
    page = {"units": lambda: network_html(G, B=B), "coordination": lambda: coordination_html(D),
            "bipartite": lambda: bipartite_html(B)}[render]()
    vis_js, app_js = scripts(page)
    data = re.search(r'<script type="application/json" id="zygraph-data">(.*?)</script>', page, re.S).group(1)
    markup = page.replace(vis_js, "").replace(app_js, "").replace(data, "")
    # No external reference in the markup: attributes, style rules, link or import.
    assert not re.search(r"""\b(?:src|href|action|poster|srcset|data)\s*=""", markup, re.I)
    assert not re.search(r"@import|url\(|<link\b|<iframe\b|<object\b|<embed\b|<base\b|https?:|//[a-z0-9.-]+\.[a-z]", markup, re.I)
    # The page script fetches nothing and names no URL but the SVG namespace of the SVG it saves; its one
    # link is the download of the view it drew (a data: or blob: URL). Nor does the bundled table's data.
    assert re.findall(r"https?://[^\"' )\n*]*", app_js) == ["http://www.w3.org/2000/svg"]
    assert re.findall(r"\w*\.href\b.*", app_js) == ["link.href = href;"]
    assert re.findall(r"download\((.*?), fileName", app_js) == [
        "png()", 'URL.createObjectURL(new Blob([svg()], { type: "image/svg+xml" }))']
    assert not re.search(r"https?:|fetch\(|XMLHttpRequest|import\(|\.src\b|\.href\b", data)
    assert not re.search(r"fetch\(|XMLHttpRequest|import\(|\.src\b", app_js)
    assert "node_modules" not in page
    # The URLs in vis-network are its licence comment, the SVG namespace and error texts: text, not fetched.
    assert sorted(re.findall(r"https?://[^\"' )\n*]*", vis_js)) == VIS_URLS
    # The policy forbids fetching anything and running any script but the two inlined.
    csp = html.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert csp.count("'sha256-") == 2


def test_inline_scripts_match_their_policy_hashes():
    page = network_html(toy_graph())
    csp = html.unescape(re.search(r'content="(default-src[^"]*)"', page).group(1))
    for body in scripts(page):
        assert vis.csp_hash(body) in csp
    # the hash is the standard one: sha256 of the UTF-8 bytes, base64
    assert vis.csp_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"


def test_hostile_text_is_escaped_in_the_page_and_kept_in_the_data():
    for page in (network_html(hostile_units(), B=hostile_bipartite()), bipartite_html(hostile_bipartite()),
                 coordination_html(nx.DiGraph(hostile_units())), network_html(hostile_units(), title=SCRIPT)):
        assert "alert(1)</script>" not in page
        assert "<img" not in page
        assert "</script><!--" not in page
        assert page.count("<script") == 3 + page.count('"<script>"+t+"</"+"script>"')
        data = embedded(page)
        texts = json.dumps(data, ensure_ascii=False)
        assert SCRIPT.replace("/", "\\/") in texts or SCRIPT in texts
    page = network_html(hostile_units(), title=SCRIPT)
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    labels = {node["label"] for node in embedded(page)["nodes"]}
    assert labels == {SCRIPT, "市科协"}
    legend = re.findall(r"<li>.*?</li>", bipartite_html(hostile_bipartite()))
    assert any("&lt;img src=x onerror=alert(1)&gt;" in item for item in legend)


def test_json_escapes_markup_and_line_separators():
    dumped = vis.to_json({"a": "</script>&\u2028\u2029<!--"})
    assert not set(dumped) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(dumped) == {"a": "</script>&\u2028\u2029<!--"}


def test_sizes_follow_the_square_root_of_load_and_widths_the_weight():
    data = embedded(network_html(toy_graph()))
    sizes = {node["info"]["title"]: node["size"] for node in data["nodes"]}
    # r = 6 + 30 * sqrt(load / 3): loads 3, 2, 1
    assert sizes == {"市科协": 36.0, "市教育体育局": 30.5, "团市委": 23.3}
    assert math.isclose(6 + 30 * math.sqrt(2 / 3), 30.49, abs_tol=0.01)
    # width = 1 + 7 * w / 2: weights 2, 1
    assert [edge["width"] for edge in data["edges"]] == [8.0, 4.5]


def test_kind_colours_and_legend_list_the_kinds_present_in_registry_order():
    page = network_html(toy_graph())
    legend = re.findall(r'<li><span class="zy-swatch zy-(\w+)"(?: style="background: (#[0-9a-f]+)")?></span><span>(.*?)</span></li>', page)
    assert legend == [("dot", "#0072b2", "政府部门"), ("dot", "#009e73", "群团组织"), ("line", "", "连线粗细 = 共同任务数")]
    colours = {node["info"]["title"]: node["color"]["background"] for node in embedded(page)["nodes"]}
    assert colours == {"市科协": "#009e73", "市教育体育局": "#0072b2", "团市委": "#009e73"}


def test_unknown_kind_is_coloured_unknown_and_shown_as_written():
    node = embedded(network_html(hostile_units()))["nodes"][0]
    assert node["color"]["background"] == "#f0e442"  # KIND_COLOURS["unknown"], as in the figures
    assert node["info"]["subtitle"] == f"{IMG} · {IMG}"


def test_english_labels_use_name_en():
    data = embedded(network_html(toy_graph(), lang="en"))
    # Labels longer than 24 characters break into lines as even as the words allow (15 + 22, not 23 + 14).
    assert [node["label"] for node in data["nodes"]] == [
        "Association for\nScience and Technology", "Bureau of Education\nand Sports", "Communist Youth League"]
    assert data["nodes"][0]["names"] == ["市科协", "Association for Science and Technology"]
    assert '<html lang="en">' in network_html(toy_graph(), lang="en")


def test_tooltips_list_the_tasks_a_unit_leads_and_supports_from_the_bipartite_graph():
    B = hostile_bipartite()
    G = nx.Graph()
    G.add_node("市科协", kind="people_org", load=2)
    G.add_node(SCRIPT, kind="government", load=1)
    G.add_edge("市科协", SCRIPT, weight=1, shared=1, tasks=["T001"])
    data = embedded(network_html(G, B=B))
    sections = {node["info"]["title"]: node["info"]["sections"] for node in data["nodes"]}
    assert sections["市科协"] == [
        {"heading": "牵头任务", "items": [f"T002 {IMG}"]},
        {"heading": "配合任务", "items": [f"T001 办科技周 {SCRIPT}"]},
    ]
    assert data["nodes"][0]["info"]["facts"] == ["任务负荷：2", "牵头 1 项，配合 1 项"]
    assert data["edges"][0]["info"]["sections"] == [{"heading": "共同任务", "items": [f"T001 办科技周 {SCRIPT}"]}]


def test_roles_mapping_fills_the_tooltips():
    roles = {"团市委": {"lead": [], "support": ["T002 办科普日", "T003 科普进校园"]}}
    data = embedded(network_html(toy_graph(), roles=roles))
    youth = data["nodes"][2]["info"]
    assert youth["sections"][1] == {"heading": "配合任务", "items": ["T002 办科普日", "T003 科普进校园"]}
    assert youth["facts"] == ["任务负荷：1", "牵头 0 项，配合 2 项"]


def test_same_seed_gives_the_same_page_and_another_seed_moves_the_nodes(bundled_graphs):
    B, G, _ = bundled_graphs
    assert network_html(G, seed=3) == network_html(G, seed=3)
    tasks = [f"task:T{i:03d}" for i in range(1, 21)]
    small = B.subgraph(tasks + [unit for task in tasks for unit in B[task]])
    assert bipartite_html(small, seed=3) == bipartite_html(small, seed=3)
    first = [(n["x"], n["y"]) for n in embedded(network_html(G, seed=3))["nodes"]]
    second = [(n["x"], n["y"]) for n in embedded(network_html(G, seed=4))["nodes"]]
    assert first != second


def test_given_positions_are_used_and_must_cover_every_node():
    G = toy_graph()
    pos = {"市科协": (0, 0), "市教育体育局": (1, 0), "团市委": (0, -1)}
    scale = 220 + 45 * math.sqrt(3)
    xy = [(n["x"], n["y"]) for n in embedded(network_html(G, pos=pos))["nodes"]]
    assert xy == [(0.0, 0.0), (round(scale, 1), 0.0), (0.0, round(-scale, 1))]
    with pytest.raises(ValueError, match="no position for 1 node"):
        network_html(G, pos={"市科协": (0, 0), "团市委": (1, 1)})


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="lang must be 'zh' or 'en'"):
        network_html(toy_graph(), lang="fr")


def test_input_graph_is_left_untouched():
    G = toy_graph()
    before = (list(G.nodes(data=True)), list(G.edges(data=True)))
    network_html(G)
    assert (list(G.nodes(data=True)), list(G.edges(data=True))) == before


def test_the_shipped_library_is_vis_network_9_1_2_with_its_licences():
    assets = Path(vis.__file__).with_name("assets")
    source = (assets / "vis-network.min.js").read_text(encoding="utf-8")
    assert "@version 9.1.2" in source[:400]
    assert "Permission is hereby granted" in (assets / "vis-network-LICENSE-MIT.txt").read_text()
    assert "Apache License" in (assets / "vis-network-LICENSE-APACHE-2.0.txt").read_text()
    # Nothing in it can end the <script> element it is inlined into.
    assert "</script" not in source.lower() and "<!--" not in source


# -- write_html -----------------------------------------------------------------------------


def test_write_html_writes_only_the_given_path(tmp_path):
    (tmp_path / "other.txt").write_text("keep")
    out = write_html("<!DOCTYPE html><title>网</title>", tmp_path / "g.html")
    assert out == tmp_path / "g.html"
    assert out.read_text(encoding="utf-8") == "<!DOCTYPE html><title>网</title>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html", "other.txt"]
    write_html("second", out)
    assert out.read_text(encoding="utf-8") == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html", "other.txt"]


def test_write_html_keeps_the_old_file_when_the_replace_fails(tmp_path, monkeypatch):
    out = tmp_path / "g.html"
    out.write_text("old", encoding="utf-8")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(vis.os, "replace", refuse)
    with pytest.raises(OutputError, match="cannot write the page: Permission denied"):
        write_html("new", out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.html"]


def test_write_html_refuses_a_missing_folder_and_a_folder_path(tmp_path):
    with pytest.raises(OutputError, match="does not exist; create it first"):
        write_html("x", tmp_path / "missing" / "g.html")
    with pytest.raises(OutputError, match="this is a folder"):
        write_html("x", tmp_path)
    assert list(tmp_path.iterdir()) == []


# -- in a browser, offline --------------------------------------------------------------------


def assert_clean(result: dict, nodes: int):
    assert result["ready"], result
    assert result["errors"] == [] and result["violations"] == [], result
    assert result["resources"] == []
    assert result["nodes"] == nodes
    assert result["painted"] > 1000, "the canvas is blank"


def test_units_page_draws_offline_and_finds_a_unit(browser, bundled_graphs, tmp_path):
    B, G, _ = bundled_graphs
    result = browser.probe(network_html(G, B=B), tmp_path, find="市科协")
    assert_clean(result, len(G))
    assert result["edges"] == G.number_of_edges()
    assert result["details"].startswith("市科协Ziyang Municipal Association for Science and Technology")
    assert result["legend"][0] == "党委部门"


def test_coordination_page_draws_offline(browser, bundled_graphs, tmp_path):
    _, _, D = bundled_graphs
    result = browser.probe(coordination_html(D, lang="en"), tmp_path, find="Association for Science")
    assert_clean(result, len(D))
    assert result["found"] is not None


def test_hostile_cells_show_as_text_and_never_run(browser, tmp_path):
    result = browser.probe(bipartite_html(hostile_bipartite()), tmp_path, find=SCRIPT)
    assert_clean(result, 4)
    assert result["alerts"] == 0
    assert result["images"] == 0
    assert result["titleMarkup"] == 0 and result["detailsMarkup"] == 0
    assert result["scripts"] == 3 + 2  # the page's three, the probe's two
    assert SCRIPT in result["details"] and f"T001 办科技周 {SCRIPT}" in result["details"]
    assert any(IMG in title for title in result["titles"])
    assert IMG in result["legend"]


def test_a_thousand_nodes_open_within_seconds(browser, tmp_path):
    G = nx.gnm_random_graph(1000, 3000, seed=1)
    pos = nx.random_layout(G, seed=1)
    page = network_html(G, pos=pos)
    start = time.monotonic()
    result = browser.probe(page, tmp_path, budget_ms=5000)
    elapsed = time.monotonic() - start
    assert_clean(result, 1000)
    assert result["edges"] == 3000
    assert elapsed < 20, f"took {elapsed:.1f} s"


def test_nodes_do_not_overlap_in_the_bundled_unit_network(bundled_graphs):
    B, G, _ = bundled_graphs
    nodes = embedded(network_html(G, B=B))["nodes"]
    # Three local governments share all their tasks; any layout puts them on one spot unless pushed apart.
    gaps = [
        math.hypot(a["x"] - b["x"], a["y"] - b["y"]) - a["size"] - b["size"]
        for i, a in enumerate(nodes) for b in nodes[i + 1:]
    ]
    assert min(gaps) > 0


def test_spring_layout_matches_networkx_dense_spring_layout():
    # The layout is networkx's dense Fruchterman-Reingold, vectorised for large graphs;
    # distances use hypot, so the two agree up to rounding that 50 iterations amplify a little.
    for G in (nx.karate_club_graph(), nx.les_miserables_graph()):
        ours = layout.spring(nx.to_numpy_array(G, weight="weight"), seed=7)
        theirs = nx.spring_layout(G, seed=7, method="force", weight="weight")
        assert abs(ours - [theirs[n] for n in G]).max() < 0.01


def test_a_thousand_node_page_renders_in_python_within_seconds():
    G = nx.gnm_random_graph(1000, 3000, seed=1)
    start = time.monotonic()
    page = network_html(G)
    assert time.monotonic() - start < 15  # about 1 s on an idle laptop core
    assert len(embedded(page)["nodes"]) == 1000


def test_numpy_numbers_are_read_and_a_missing_load_falls_back_to_weighted_degree():
    import numpy as np

    G = toy_graph()
    G.nodes["市科协"]["load"] = np.int64(3)  # as read from a DataFrame
    G.nodes["团市委"]["load"] = float("nan")  # weighted degree 1 instead
    del G.nodes["团市委"]["tasks_led"], G.nodes["团市委"]["tasks_supported"]
    G.edges["市科协", "市教育体育局"]["weight"] = np.int64(2)
    data = embedded(network_html(G))
    assert [node["size"] for node in data["nodes"]] == [36.0, 30.5, 23.3]
    assert data["nodes"][0]["info"]["facts"][0] == "任务负荷：3"
    assert [edge["width"] for edge in data["edges"]] == [8.0, 4.5]


def test_bipartite_page_refuses_nodes_that_are_neither_unit_nor_task():
    B = hostile_bipartite()
    B.add_node("市科协")  # a projection's node mixed in
    with pytest.raises(NodeSetError, match=r"1 node\(s\) of the bipartite graph, for example '市科协', have no bipartite"):
        bipartite_html(B)


def test_without_load_the_size_follows_the_tasks_led_and_supported():
    G = toy_graph()
    for unit in G:
        del G.nodes[unit]["load"]
    # tasks led + supported: 3, 2, 2 -> r = 6 + 30 * sqrt(v / 3)
    assert [node["size"] for node in embedded(network_html(G))["nodes"]] == [36.0, 30.5, 30.5]


def test_search_finds_a_task_by_its_text(browser, tmp_path):
    B = hostile_bipartite()
    result = browser.probe(bipartite_html(B), tmp_path, find="科技周")
    assert_clean(result, 4)
    assert result["details"].startswith(f"T001 办科技周 {SCRIPT}")


@pytest.mark.parametrize("width, stacked", [(400, True), (1000, False)])
def test_on_a_phone_the_sidebar_goes_under_the_graph(browser, tmp_path, width, stacked):
    page = network_html(toy_graph())
    found = browser.evaluate(page, """
        var graph = document.getElementById("zy-graph").getBoundingClientRect();
        var aside = document.querySelector("aside").getBoundingClientRect();
        return {graph: [graph.width, graph.height, graph.bottom], aside: [aside.top, aside.left, aside.width],
                inner: document.documentElement.clientWidth};
    """, tmp_path, width=width)
    assert found["errors"] == []
    if stacked:
        # the whole width (less a scroll bar), not a 90 px strip
        assert found["graph"][0] == found["inner"] >= width - 20 and found["graph"][1] >= 320
        assert found["aside"][0] >= found["graph"][2] and found["aside"][1] == 0
    else:
        assert found["aside"][2] == 300 and found["graph"][0] == width - 300


# -- the page's controls ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def ziyang_doc():
    from zygraph import load

    return load(str(TABLE))


def test_search_lists_every_match_by_alias_english_name_and_task_text(browser, ziyang_doc, tmp_path):
    from zygraph.render.report import graph_page

    page = graph_page(ziyang_doc, "units", lang="en")
    found = browser.evaluate(page, """
        var zy = window.__zy;
        function names(q) { return zy.search(q).map(function (n) { return n.names[0]; }); }
        var box = document.getElementById("zy-search");
        box.value = "局"; box.dispatchEvent(new Event("input"));
        var listed = document.querySelectorAll("#zy-matches li").length;
        return {alias: names("市文广旅局"), english: names("Bureau of Finance"), many: names("局").length, listed: listed,
                task: names("馆校合作"),
                status: document.getElementById("zy-status").textContent, chosen: zy.find("市文广旅局")};
    """, tmp_path)
    assert found["errors"] == []
    assert found["alias"] == ["市文化广电旅游局"]  # written 市文广旅局 on line 492
    assert found["english"] == ["市财政局"]
    # a unit is found by its tasks' text too: who is on the museum-school task (实施馆校合作行动...)
    on_task = set(ziyang_doc.tidy[ziyang_doc.tidy.task.str.contains("馆校合作")].unit) & set(ziyang_doc.units_graph)
    assert set(found["task"]) == on_task and len(on_task) == 13
    assert found["many"] == found["listed"] >= 15 and found["status"] == f"{found['many']} matches"
    assert isinstance(found["chosen"], int)


def test_filters_hide_by_area_kind_and_shared_tasks_and_colour_by_community(browser, ziyang_doc, tmp_path):
    from zygraph.render.report import graph_page

    page = graph_page(ziyang_doc, "units")
    G = ziyang_doc.units_graph
    strong = sum(1 for _, _, w in G.edges(data="weight") if w >= 5)
    youth = set(ziyang_doc.tidy[ziyang_doc.tidy.area == "青少年科学素质提升行动"].unit) & set(G)
    found = browser.evaluate(page, """
        var zy = window.__zy;
        function shown(set) { return set.get({filter: function (x) { return !x.hidden; }}).length; }
        var out = {};
        var min = document.getElementById("zy-min"); min.value = "5"; min.dispatchEvent(new Event("input"));
        out.strong = shown(zy.edges);
        min.value = "1"; min.dispatchEvent(new Event("input"));
        var area = document.getElementById("zy-area");
        area.value = String(Array.prototype.findIndex.call(area.options, function (o) {
            return o.textContent === "青少年科学素质提升行动"; }) - 1);
        area.dispatchEvent(new Event("change"));
        out.youth = zy.nodes.get({filter: function (x) { return !x.hidden; }}).map(function (n) { return n.label; });
        area.value = ""; area.dispatchEvent(new Event("change"));
        var party = document.querySelector('#zy-kinds input[value="party"]');
        party.checked = false; party.dispatchEvent(new Event("change"));
        out.withoutParty = shown(zy.nodes);
        party.checked = true; party.dispatchEvent(new Event("change"));
        var colour = document.getElementById("zy-colour");
        colour.value = "community"; colour.dispatchEvent(new Event("change"));
        out.colours = Array.from(new Set(zy.nodes.get().map(function (n) { return n.color.background; }))).length;
        out.legend = document.getElementById("zy-community-legend").hidden;
        var before = zy.edges.get().map(function (e) { return e.width; });
        zy.highlight(zy.nodes.get()[0].id);
        out.widthsKept = JSON.stringify(zy.edges.get().map(function (e) { return e.width; })) === JSON.stringify(before);
        return out;
    """, tmp_path)
    assert found["errors"] == []
    assert found["strong"] == strong
    assert set(found["youth"]) == youth
    assert found["withoutParty"] == len(G) - sum(1 for _, k in G.nodes(data="kind") if k == "party")
    assert found["colours"] == ziyang_doc.network["communities"] and found["legend"] is False
    assert found["widthsKept"] is True


def test_the_view_saves_as_png_and_as_svg_with_names_as_text(browser, tmp_path):
    found = browser.evaluate(network_html(hostile_units(), B=hostile_bipartite()), """
        var zy = window.__zy;
        var svg = zy.svg();
        var parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
        return {png: zy.png().slice(0, 22), circles: parsed.querySelectorAll("circle").length,
                texts: Array.prototype.map.call(parsed.querySelectorAll("text"), function (t) { return t.textContent; }),
                markup: parsed.querySelectorAll("script, img").length};
    """, tmp_path)
    assert found["errors"] == [] and found["png"] == "data:image/png;base64,"
    assert found["circles"] == 2 and SCRIPT in found["texts"] and found["markup"] == 0


def test_bipartite_page_opens_in_columns_and_switches_to_the_force_layout(browser, ziyang_doc, tmp_path):
    page = bipartite_html(ziyang_doc.B)
    data = embedded(page)
    units = [n for n in data["nodes"] if n["bipartite"] == 0]
    assert len({n["x"] for n in units}) == 1  # one column of units
    areas = {}
    for n in data["nodes"]:
        if n["bipartite"] == 1:
            areas.setdefault(n["color"]["background"], set()).add(n["x"])
    assert len(areas) == 13 and all(len(xs) == 1 for xs in areas.values())  # one column per area
    found = browser.evaluate(page, """
        var zy = window.__zy;
        var view = document.getElementById("zy-view");
        view.value = "force"; view.dispatchEvent(new Event("change"));
        var p = zy.network.getPositions();
        return {x: Object.keys(p).map(function (k) { return p[k].x; })};
    """, tmp_path)
    assert found["errors"] == []
    assert found["x"] == [pytest.approx(xy[0], abs=1) for xy in data["views"]["force"]]  # vis gives whole pixels
