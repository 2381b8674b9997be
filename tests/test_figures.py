"""Print figures: Chinese glyphs found without setup, drawn values equal to the data, files only where asked."""

import xml.etree.ElementTree as ET

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.ft2font import FT2Font  # noqa: E402

from zygraph import read_table  # noqa: E402
from zygraph.errors import FontError, OutputError  # noqa: E402
from zygraph.render import fonts  # noqa: E402
from zygraph.render.figures import (  # noqa: E402
    KIND_COLOURS,
    KIND_LABELS,
    area_heatmap,
    load_bars,
    network_overview,
    save_figure,
)
from zygraph.names.units import KINDS, PROJECTED_KINDS  # noqa: E402

ZIYANG = "data/ziyang_2023_science_literacy_tasks.txt"


@pytest.fixture(scope="module")
def table():
    return read_table(ZIYANG)


@pytest.fixture(scope="module")
def metrics(table):
    """Tasks led and supported per unit, counted here with pandas (not with zygraph.metrics)."""
    counts = pd.crosstab(table.assignments["unit"], table.assignments["role"])
    frame = table.units.set_index("unit")[["name_en", "kind"]].join(counts).fillna(0)
    return frame.rename(columns={"lead": "tasks_led", "support": "tasks_supported"}).reset_index()


@pytest.fixture(scope="module")
def matrix(table):
    tidy = table.tidy
    return pd.crosstab(tidy["unit"], tidy["area"])


@pytest.fixture(scope="module")
def projection(table, metrics):
    """Units sharing tasks, built here with networkx, in the shape zygraph.graph.project_units gives."""
    G = nx.Graph()
    for row in metrics[metrics["kind"].isin(PROJECTED_KINDS)].itertuples():
        G.add_node(row.unit, name_en=row.name_en, kind=row.kind, tasks_led=row.tasks_led,
                   tasks_supported=row.tasks_supported)
    tidy = table.tidy[table.tidy["kind"].isin(PROJECTED_KINDS)]
    for task_id, group in tidy.groupby("task_id"):
        units = sorted(group["unit"])
        for i, a in enumerate(units):
            for b in units[i + 1:]:
                data = G.get_edge_data(a, b) or {"weight": 0, "tasks": []}
                G.add_edge(a, b, weight=data["weight"] + 1, tasks=data["tasks"] + [task_id])
    return G


def _glyph_warnings(records):
    return [str(w.message) for w in records if "missing from font" in str(w.message)]


def _bars(fig):
    """(label, tasks led, tasks supported) per bar, top of the chart first."""
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    led = [float(p.get_width()) for p in ax.containers[0]]
    supported = [float(p.get_width()) for p in ax.containers[1]]
    return list(zip(labels, led, supported))[::-1]


# -- fonts ---------------------------------------------------------------
def test_bundled_font_has_every_chinese_character_the_figures_draw(table):
    path = fonts.cjk_font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf"
    charmap = FT2Font(str(path)).get_charmap()
    text = "".join(table.units["unit"]) + "".join(table.tasks["area"]) + "".join(KIND_LABELS["zh"].values())
    missing = sorted({ch for ch in text if ord(ch) not in charmap})
    assert missing == []
    assert ord("资") in charmap


def test_cjk_font_registers_the_file_once_and_leaves_rcparams_alone():
    before = dict(matplotlib.rcParams)
    path = str(fonts.cjk_font_path())

    def entries():
        return sum(entry.fname == path for entry in matplotlib.font_manager.fontManager.ttflist)

    assert fonts.cjk_font() == "Noto Sans CJK SC"
    registered = entries()  # matplotlib adds one entry per name the font gives itself
    assert registered >= 1
    assert fonts.cjk_font() == "Noto Sans CJK SC"
    assert entries() == registered
    assert dict(matplotlib.rcParams) == before


def test_no_font_at_all_raises_font_error_naming_the_fix(monkeypatch):
    monkeypatch.setattr(fonts, "bundled_font_path", lambda: None)
    with pytest.raises(FontError, match="pip install mplfonts"):
        fonts.cjk_font_path(families=("No Such Font Zygraph",))


# -- no boxes for Chinese --------------------------------------------------
def test_figures_of_the_bundled_table_miss_no_glyph(metrics, matrix, projection, recwarn):
    for fig in (load_bars(metrics), area_heatmap(matrix), network_overview(projection)):
        fig.canvas.draw()
        plt.close(fig)
    assert _glyph_warnings(recwarn) == []


def test_axes_made_before_the_call_also_get_the_chinese_font(metrics, recwarn):
    fig, ax = plt.subplots()
    assert load_bars(metrics.head(3), ax=ax) is fig
    fig.canvas.draw()
    plt.close(fig)
    assert _glyph_warnings(recwarn) == []


def test_drawing_leaves_global_rcparams_untouched(metrics):
    before = dict(matplotlib.rcParams)
    plt.close(load_bars(metrics))
    assert dict(matplotlib.rcParams) == before


# -- load bars -------------------------------------------------------------
def test_bars_equal_the_counts_given_largest_total_on_top():
    metrics = pd.DataFrame({
        "unit": ["市妇联", "市科协", "市科技局", "市财政局"],
        "name_en": ["Women", "Association", "Science", "Finance"],
        "tasks_led": [1, 2, 3, 0],
        "tasks_supported": [0, 5, 1, 1],
    })
    fig = load_bars(metrics)
    # totals 1, 7, 4, 1: the tie between 市妇联 and 市财政局 goes to the one leading more
    assert _bars(fig) == [("市科协", 2, 5), ("市科技局", 3, 1), ("市妇联", 1, 0), ("市财政局", 0, 1)]
    plt.close(fig)
    fig = load_bars(metrics, top=2, lang="en")
    assert _bars(fig) == [("Association", 2, 5), ("Science", 3, 1)]
    assert fig.axes[0].get_xlabel() == "number of tasks"
    plt.close(fig)


def test_bars_sort_by_a_named_column_and_accept_units_as_index():
    metrics = pd.DataFrame(
        {"tasks_led": [2, 0], "tasks_supported": [0, 5], "load": [4.0, 2.5]},
        index=pd.Index(["市科协", "团市委"], name="unit"),
    )
    assert [label for label, *_ in _bars(load_bars(metrics))] == ["团市委", "市科协"]
    assert [label for label, *_ in _bars(load_bars(metrics, sort_by="load"))] == ["市科协", "团市委"]
    plt.close("all")


def test_bars_of_the_bundled_table_match_counts_read_from_the_document(metrics):
    fig = load_bars(metrics)
    bars = {label: (led, supported) for label, led, supported in _bars(fig)}
    assert len(bars) == 33
    # counted by reading the table (see tests/test_table.py)
    assert bars["市科协"] == (29, 46)
    assert bars["市教育体育局"] == (14, 17)
    assert bars["市消防大队"] == (1, 0)
    assert bars["资阳新闻传媒中心"] == (0, 1)
    height = fig.get_size_inches()[1]
    assert height >= 0.25 * 33  # sized to the unit count, about a quarter inch a bar
    plt.close(fig)


def test_bars_refuse_a_frame_without_counts_and_an_unknown_language():
    with pytest.raises(ValueError, match="tasks_supported"):
        load_bars(pd.DataFrame({"unit": ["市科协"], "tasks_led": [1]}))
    with pytest.raises(ValueError, match="lang must be"):
        load_bars(pd.DataFrame({"unit": ["市科协"], "tasks_led": [1], "tasks_supported": [0]}), lang="fr")


# -- heatmap ---------------------------------------------------------------
def test_heatmap_writes_each_nonzero_count_in_its_cell():
    matrix = pd.DataFrame(
        [[2, 0, 1], [0, 4, 0]], index=["市科协", "市科技局"],
        columns=["青少年科学素质提升行动", "节庆科普活动", "组织实施"],
    )
    fig = area_heatmap(matrix)
    ax = fig.axes[0]
    cells = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    assert cells == {(0, 0): "2", (0, 2): "1", (1, 1): "4"}
    assert [t.get_text() for t in ax.get_yticklabels()] == ["市科协", "市科技局"]
    # 11 characters wrapped evenly (4 + 4 + 3), short names left whole
    assert [t.get_text() for t in ax.get_xticklabels()] == ["青少年科\n学素质提\n升行动", "节庆科\n普活动", "组织实施"]
    assert len(fig.axes) == 2  # the heatmap and its colour bar
    plt.close(fig)


def test_heatmap_of_the_bundled_table_annotates_the_matrix(matrix):
    fig = area_heatmap(matrix)
    ax = fig.axes[0]
    written = {(round(t.get_position()[1]), round(t.get_position()[0])): int(t.get_text()) for t in ax.texts}
    expected = {(r, c): int(v) for (r, c), v in np.ndenumerate(matrix.to_numpy()) if v}
    assert written == expected
    assert sum(written.values()) == 591  # every assignment in one cell
    plt.close(fig)


def test_heatmap_refuses_lead_and_support_side_by_side(matrix):
    both = pd.concat({"lead": matrix, "support": matrix}, axis=1)
    with pytest.raises(ValueError, match="pass one role"):
        area_heatmap(both)


# -- network ---------------------------------------------------------------
def _toy_network():
    G = nx.Graph()
    G.add_node("市科协", kind="people_org", load=6, name_en="Association")
    G.add_node("市科技局", kind="government", load=3, name_en="Science")
    G.add_node("市委宣传部", kind="party", load=1, name_en="Publicity")
    G.add_node("资阳新闻传媒中心", kind="institution", load=2, name_en="News")
    G.add_edge("市科协", "市科技局", weight=3, shared=3, tasks=["T001", "T002", "T003"])
    G.add_edge("市科协", "市委宣传部", weight=1, shared=1, tasks=["T004"])
    G.add_edge("市科技局", "资阳新闻传媒中心", weight=1, shared=1, tasks=["T005"])
    return G


def test_network_colours_nodes_by_kind_sizes_by_load_and_labels_the_top():
    G = _toy_network()
    fig = network_overview(G, label_top=2)
    ax = fig.axes[0]
    nodes = ax.collections[-1]
    colours = [to_hex(c) for c in nodes.get_facecolors()]
    assert colours == [KIND_COLOURS[G.nodes[n]["kind"]].lower() for n in G]
    sizes = dict(zip(G, nodes.get_sizes()))
    assert sizes["市科协"] > sizes["市科技局"] > sizes["资阳新闻传媒中心"] > sizes["市委宣传部"]
    assert [t.get_text() for t in ax.texts][:2] == ["市科协", "市科技局"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["党委部门", "政府部门", "群团组织", "事业单位"]
    plt.close(fig)


def test_network_layout_is_the_same_for_the_same_seed():
    G = _toy_network()
    first = network_overview(G, seed=3).axes[0].collections[-1].get_offsets()
    again = network_overview(G, seed=3).axes[0].collections[-1].get_offsets()
    np.testing.assert_allclose(first, again)
    plt.close("all")


def test_network_draws_a_directed_graph_in_english():
    D = nx.DiGraph(_toy_network())
    fig = network_overview(D, lang="en", label_top=1, title="Who leads whom")
    ax = fig.axes[0]
    assert ax.get_title() == "Who leads whom"
    assert ax.texts[0].get_text() == "Association"
    assert [t.get_text() for t in ax.get_legend().get_texts()][0] == "Party department"
    plt.close(fig)


def test_palette_and_labels_cover_every_kind():
    assert set(KIND_COLOURS) == set(KINDS)
    assert len(set(KIND_COLOURS.values())) == len(KINDS)
    assert set(KIND_LABELS["zh"]) == set(KIND_LABELS["en"]) == set(KINDS)
    assert KIND_LABELS["zh"]["local_government"] == "地方政府"


# -- saving ----------------------------------------------------------------
def test_save_writes_png_and_svg_only_where_asked(tmp_path, metrics):
    fig = load_bars(metrics.head(4))
    paths = save_figure(fig, tmp_path / "load")
    assert paths == [tmp_path / "load.png", tmp_path / "load.svg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["load.png", "load.svg"]  # no temporary left
    assert (tmp_path / "load.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "load.svg").read_bytes()
    assert b"<svg" in svg and b"<dc:date>" not in svg  # no date stamp to make two runs differ
    assert b"<text" not in svg  # text as outlines: Chinese shows without the font installed
    plt.close(fig)


def test_save_refuses_a_missing_folder_and_an_unknown_format(tmp_path):
    fig, _ = plt.subplots()
    with pytest.raises(OutputError, match="does not exist"):
        save_figure(fig, tmp_path / "nowhere" / "load")
    with pytest.raises(OutputError, match="cannot write figure format doc"):
        save_figure(fig, tmp_path / "load", formats=("png", "doc"))
    assert list(tmp_path.iterdir()) == []
    plt.close(fig)


def test_drawing_keeps_pyplot_interactive_mode_as_notebooks_set_it():
    import matplotlib.pyplot as plt

    from zygraph import TaskTable
    from zygraph.metrics import unit_metrics
    from zygraph.render.figures import load_bars

    table = TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])])
    plt.ion()
    try:
        fig = load_bars(unit_metrics(table))
        assert plt.isinteractive()
        plt.close(fig)
    finally:
        plt.ioff()


def test_local_governments_and_placeholders_are_drawn_apart_in_grey():
    metrics = pd.DataFrame({"unit": ["各县（区）人民政府", "市科协", "各成员单位", "市科技局"],
                            "kind": ["local_government", "people_org", "collective", "government"],
                            "tasks_led": [1, 2, 0, 1], "tasks_supported": [93, 1, 7, 1]})
    ax = load_bars(metrics).axes[0]
    # bottom up: the two set aside below the line, then the departments, largest at the top
    assert [t.get_text() for t in ax.get_yticklabels()] == ["各成员单位", "各县（区）人民政府", "市科技局", "市科协"]
    colours = [to_hex(bar.get_facecolor()) for bar in ax.containers[1]]
    assert colours == ["#c9ced4", "#c9ced4", "#e69f00", "#e69f00"]
    matrix = pd.DataFrame([[14, 0], [3, 1], [1, 3]], index=["各县（区）人民政府", "市科协", "市科技局"], columns=["青少年", "科普"])
    kinds = dict(zip(metrics.unit, metrics.kind))
    heat = area_heatmap(matrix, kinds=kinds, share=True).axes[0]
    assert [t.get_text() for t in heat.get_yticklabels()] == ["市科协", "市科技局", "各县（区）人民政府"]
    # shares of each unit's tasks: 市科协 3 of 4 in 青少年, 市科技局 1 of 4
    assert sorted(t.get_text() for t in heat.texts) == ["100%", "25%", "25%", "75%", "75%"]


def test_a_dollar_in_a_name_is_text_not_mathtext(tmp_path):
    # "$\frac{$" is broken mathtext: parsed, it would stop the figure from drawing at all
    name = r"$\frac{$"
    metrics = pd.DataFrame({"unit": [name, "市科协"], "tasks_led": [1, 0], "tasks_supported": [0, 1]})
    G = nx.Graph()
    G.add_edge(name, "市科协", weight=1)
    for fig in (load_bars(metrics), area_heatmap(pd.DataFrame([[1]], index=[name], columns=[name])),
                network_overview(G)):
        fig.savefig(tmp_path / "f.png")
        assert name in [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
        plt.close(fig)


def test_an_svg_of_a_name_with_a_control_character_is_well_formed_xml(tmp_path):
    fig, ax = plt.subplots()
    ax.barh(["市\x1b[31m科技局", "市科协"], [2, 1])
    ax.set_title("市\x1b科技局")
    (svg,) = save_figure(fig, tmp_path / "load", formats=("svg",))
    plt.close(fig)
    text = svg.read_text(encoding="utf-8")
    assert "\x1b" not in text and "市\ufffd[31m科技局" in text
    ET.parse(svg)  # raises ParseError if not well-formed
