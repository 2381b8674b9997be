"""Tests for zygraph.metrics: hand-worked toy values, networkx cross-checks, the bundled table."""

import math

import networkx as nx
import pandas as pd
import pytest
from networkx.algorithms import bipartite

from zygraph import metrics
from zygraph.graph import project_units
from zygraph.metrics import backbone, network_metrics, unit_metrics
from zygraph.table import TaskTable
from zygraph.names.units import PROJECTED_KINDS


A, B, C, D, LOCAL = "市科技局", "市科协", "市教育体育局", "市财政局", "高新区管委会"


@pytest.fixture(scope="module")
def independent(bundled):
    """The bundled co-responsibility graph built by networkx alone, from the assignments."""
    kind = dict(zip(bundled.units["unit"], bundled.units["kind"]))
    units = [u for u in bundled.units["unit"] if kind[u] in PROJECTED_KINDS]
    B_ = nx.Graph()
    B_.add_nodes_from(units)
    B_.add_edges_from((a.unit, ("task", a.task_id)) for a in bundled.assignments.itertuples() if a.unit in units)
    return bipartite.weighted_projected_graph(B_, units)


@pytest.fixture(scope="module")
def bundled_metrics(bundled):
    return unit_metrics(bundled).set_index("unit")


# -- unit_metrics on the toy table ----------------------------------------------


def test_load_weighs_leads_against_supports(toy):
    m = unit_metrics(toy).set_index("unit")
    # B leads T002 and T003, supports T001: 2 + 2 + 1.
    assert m.loc[B, "load"] == 5.0
    assert m.loc[A, "load"] == 3.0
    assert m.loc[LOCAL, "load"] == 1.0
    assert unit_metrics(toy, lead_weight=1.0).set_index("unit").loc[B, "load"] == 3.0


def test_shared_load_divides_each_task_among_its_units(toy):
    m = unit_metrics(toy, share=True).set_index("unit")
    # Every task has 3 units: B gets 2/3 (T002) + 2/3 (T003) + 1/3 (T001).
    assert m.loc[B, "load"] == pytest.approx(5 / 3)
    assert m.loc[A, "load"] == pytest.approx(1.0)


def test_projection_measures_match_the_hand_values(toy):
    m = unit_metrics(toy).set_index("unit")
    assert m.loc[[A, B, C, D], "degree"].tolist() == [3, 3, 2, 2]
    assert m.loc[[A, B, C, D], "strength"].tolist() == [4, 5, 3, 2]
    # C and D are joined by two shortest paths, via A and via B; normalised by (n-1)(n-2)/2 = 3.
    assert m.loc[[A, B, C, D], "betweenness"].tolist() == pytest.approx([1 / 6, 1 / 6, 0, 0])
    assert m.loc[[A, B, C, D], "closeness"].tolist() == pytest.approx([1, 1, 3 / 4, 3 / 4])
    assert m.loc[[A, B, C, D], "core_number"].tolist() == [2, 2, 2, 2]


def test_units_left_out_of_the_projection_get_nan_not_zero(toy):
    m = unit_metrics(toy).set_index("unit")
    row = m.loc[LOCAL]
    assert not row["in_projection"]
    assert (row["tasks_led"], row["tasks_supported"]) == (0, 1)
    for name in metrics.PROJECTION_MEASURES:
        assert pd.isna(row[name]), name


def test_every_unit_gets_a_row_with_kind_and_english_name(toy):
    m = unit_metrics(toy)
    assert sorted(m["unit"]) == sorted([A, B, C, D, LOCAL])
    assert set(m.columns) >= {"unit", "name_en", "kind", "tasks_led", "tasks_supported", "load",
                              *metrics.PROJECTION_MEASURES}
    assert m["name_en"].str.len().gt(0).all()


def test_kinds_none_brings_local_governments_into_the_measures(toy):
    m = unit_metrics(toy, kinds=None).set_index("unit")
    assert m.loc[LOCAL, "degree"] == 2  # T003 with B and C
    assert m.loc[B, "degree"] == 4


def test_betweenness_is_exact_in_each_component_and_normalised_by_the_whole_projection():
    # A path A - B - C and a separate pair D - 市公安局: five projected units in two components.
    t = TaskTable.from_lists([("科普", "x", [A], [B]), ("科普", "y", [B], [C]), ("科普", "z", [D], ["市公安局"])])
    m = unit_metrics(t).set_index("unit")
    assert m.attrs["betweenness"] == "exact"
    # B lies on the paths A-C and C-A of the 4 x 3 ordered pairs of other units
    assert m.loc[B, "betweenness"] == pytest.approx(2 / 12)
    assert m.loc[[A, C, D], "betweenness"].tolist() == [0, 0, 0]
    # closeness (Wasserman-Faust): B reaches 2 of the 4 others at distance 1 each
    assert m.loc[B, "closeness"] == pytest.approx((2 / 2) * (2 / 4))


def test_eigenvector_is_computed_within_each_component():
    t = TaskTable.from_lists([("科普", "x", [A], [B, C]), ("科普", "y", [D], ["市公安局"]), ("科普", "z", ["市民政局"], [])])
    m = unit_metrics(t).set_index("unit")
    # A triangle and a pair, each its own unit vector of equal entries; an isolated unit gets 0.
    assert m.loc[[A, B, C], "eigenvector"].tolist() == pytest.approx([3 ** -0.5] * 3)
    assert m.loc[[D, "市公安局"], "eigenvector"].tolist() == pytest.approx([2 ** -0.5] * 2)
    assert m.loc["市民政局", "eigenvector"] == 0


def test_communities_are_seeded(bundled):
    first, again = unit_metrics(bundled, seed=3), unit_metrics(bundled, seed=3)
    assert first["community"].equals(again["community"])


# -- unit_metrics on the bundled table ----------------------------------------------


def test_bundled_role_counts_match_the_table(bundled_metrics):
    m = bundled_metrics
    assert (m.loc["市科协", "tasks_led"], m.loc["市科协", "tasks_supported"]) == (29, 46)
    assert (m.loc["市教育体育局", "tasks_led"], m.loc["市教育体育局", "tasks_supported"]) == (14, 17)
    assert (m.loc["市科技局", "tasks_led"], m.loc["市科技局", "tasks_supported"]) == (11, 32)
    for local in ("各县（区）人民政府", "高新区管委会", "临空经济区管委会"):
        assert (m.loc[local, "tasks_led"], m.loc[local, "tasks_supported"]) == (1, 93)
        assert pd.isna(m.loc[local, "degree"])
    assert len(m) == 33
    assert m.index[0] == "市科协"  # heaviest load: 29 * 2 + 46


@pytest.mark.parametrize(
    ("column", "reference"),
    [
        ("degree", lambda G: dict(G.degree())),
        ("strength", lambda G: dict(G.degree(weight="weight"))),
        ("betweenness", lambda G: nx.betweenness_centrality(G)),
        ("closeness", lambda G: nx.closeness_centrality(G)),
        ("eigenvector", lambda G: nx.eigenvector_centrality_numpy(G, weight="weight")),
        ("pagerank", lambda G: nx.pagerank(G, weight="weight")),
        ("constraint", lambda G: nx.constraint(G, weight="weight")),
        # Burt's definition, networkx's node-by-node path (its whole-graph path differs on weighted graphs)
        ("effective_size", lambda G: nx.effective_size(G, nodes=list(G), weight="weight")),
        ("core_number", lambda G: nx.core_number(G)),
    ],
)
def test_bundled_measures_equal_networkx_on_an_independent_graph(bundled_metrics, independent, column, reference):
    expected = reference(independent)
    got = bundled_metrics.loc[list(expected), column]
    assert got.tolist() == pytest.approx([expected[u] for u in expected], rel=1e-6, abs=1e-9)


def test_bundled_measures_equal_igraph(bundled_metrics, independent):
    ig = pytest.importorskip("igraph", reason="igraph is a benchmark-only dependency (pip install igraph)")
    names = list(independent)
    g = ig.Graph.from_networkx(independent)
    order = [g.vs[i]["_nx_name"] for i in range(g.vcount())]
    m = bundled_metrics.loc[order]
    n = g.vcount()
    assert m["betweenness"].tolist() == pytest.approx([b / ((n - 1) * (n - 2) / 2) for b in g.betweenness()])
    assert m["pagerank"].tolist() == pytest.approx(g.pagerank(weights="weight"), rel=1e-4)
    assert m["core_number"].tolist() == g.coreness()
    assert sorted(order) == sorted(names)


# -- network_metrics -------------------------------------------------------------


def test_network_metrics_match_the_hand_values(toy):
    m = network_metrics(toy)
    assert (m["units"], m["ties"], m["tasks"], m["components"]) == (4, 5, 3, 1)
    assert m["density"] == pytest.approx(5 / 6)
    # Degrees 3, 3, 2, 2: (0 + 0 + 1 + 1) / (3 * 2).
    assert m["degree_centralisation"] == pytest.approx(1 / 3)
    # A and B: 2 of 3 neighbour pairs tied; C and D: 1 of 1.
    assert m["average_clustering"] == pytest.approx(5 / 6)
    assert (m["top_unit"], m["top_unit_lead_share"]) == (B, pytest.approx(2 / 3))
    assert m["top3_units"] == [B, A, C]
    assert m["top3_lead_share"] == 1.0


def test_bundled_network_metrics(bundled, bundled_metrics, independent):
    m = network_metrics(bundled)
    assert (m["tasks"], m["units"], m["ties"]) == (95, 29, independent.number_of_edges())
    assert m["density"] == pytest.approx(nx.density(independent))
    assert m["components"] == nx.number_connected_components(independent)
    assert m["average_clustering"] == pytest.approx(nx.average_clustering(independent))
    assert m["top_unit"] == "市科协"
    assert m["top_unit_lead_share"] == pytest.approx(29 / 95)
    assert m["top3_units"] == ["市科协", "市教育体育局", "市科技局"]
    a = bundled.assignments
    led_by_top3 = set(a.loc[(a.role == "lead") & a.unit.isin(m["top3_units"]), "task_id"])
    assert m["top3_lead_share"] == pytest.approx(len(led_by_top3) / 95)
    groups = bundled_metrics.dropna(subset=["community"]).groupby("community").groups
    partition = [set(members) for members in groups.values()]
    assert m["communities"] == len(partition)
    assert m["modularity"] == pytest.approx(nx.community.modularity(independent, partition, weight="weight"))


# -- backbone -----------------------------------------------------------------------


def star():
    G = nx.Graph()
    G.add_weighted_edges_from([("a", "b", 10), ("a", "c", 1), ("a", "d", 1), ("a", "e", 1)])
    return G


def test_backbone_keeps_the_edge_significant_for_the_hub():
    H = backbone(star(), alpha=0.05)
    # From a (k = 4, s = 13): (1 - 10/13)^3 = 0.0123; (1 - 1/13)^3 = 0.786.
    assert sorted(H.edges) == [("a", "b")]
    assert H.edges["a", "b"]["p_value"] == pytest.approx((3 / 13) ** 3)
    assert H.edges["a", "b"]["weight"] == 10
    assert set(H) == set("abcde") and H.graph["alpha"] == 0.05


def test_backbone_takes_a_degree_one_endpoint_as_not_significant():
    G = nx.Graph()
    G.add_edge("a", "b", weight=5)
    assert backbone(G, alpha=0.99).number_of_edges() == 0
    assert backbone(star(), alpha=1.0).number_of_edges() == 4


def test_bundled_backbone_p_values_follow_the_formula(bundled):
    G = project_units(bundled)
    H = backbone(G, alpha=0.05)
    assert 0 < H.number_of_edges() < G.number_of_edges()
    s, k = dict(G.degree(weight="weight")), dict(G.degree())
    for u, v, w in G.edges(data="weight"):
        p = min((1 - w / s[x]) ** (k[x] - 1) if k[x] > 1 else 1.0 for x in (u, v))
        assert H.has_edge(u, v) == (p < 0.05)
        if H.has_edge(u, v):
            assert H.edges[u, v]["p_value"] == pytest.approx(p)


def test_backbone_refuses_bad_alpha_and_weights():
    with pytest.raises(ValueError, match="alpha must be between 0 and 1"):
        backbone(star(), alpha=0)
    G = star()
    G.edges["a", "c"]["weight"] = 0
    with pytest.raises(ValueError, match="needs positive weights"):
        backbone(G)


def test_lead_concentration_matches_a_pairwise_gini_and_the_lead_counts(bundled):
    concentration = metrics.lead_concentration(bundled)
    scoped = bundled.units[bundled.units["kind"].isin(PROJECTED_KINDS)]["unit"]
    leads = bundled.assignments[bundled.assignments["role"] == "lead"]
    counts = [int((leads["unit"] == unit).sum()) for unit in scoped]
    total, n = sum(counts), len(counts)
    pairwise = sum(abs(a - b) for a in counts for b in counts) / (2 * n * n * (total / n))
    assert concentration["units"] == n
    assert concentration["leads"] == total
    assert concentration["gini"] == pytest.approx(pairwise)
    assert concentration["hhi"] == pytest.approx(sum((c / total) ** 2 for c in counts))
    # 市科协 leads 29 of the department leads (README)
    assert concentration["top1_share"] == pytest.approx(29 / total)


def test_lead_concentration_is_nan_when_no_unit_leads():
    table = TaskTable.from_lists([("科普", "办科技周", [], ["市科协"])])
    concentration = metrics.lead_concentration(table)
    assert concentration["leads"] == 0
    assert math.isnan(concentration["hhi"]) and math.isnan(concentration["gini"])


def test_measures_are_the_same_whatever_the_process_string_hashing(tmp_path):
    # Set order follows the per-process string hash; no measure may depend on it.
    import os
    import subprocess
    import sys

    script = (
        "import zygraph; "
        "print(zygraph.load('data/ziyang_2023_science_literacy_tasks.txt').metrics.to_csv())"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
