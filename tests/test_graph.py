"""Tests for zygraph.graph: hand-worked toy projections, networkx cross-checks, the bundled table."""


import networkx as nx
import pytest
from networkx.algorithms import bipartite

from zygraph.errors import NodeSetError
from zygraph.graph import (
    bipartite_graph,
    incidence_matrix,
    project_coordination,
    project_units,
    unit_area_matrix,
    unit_ties,
)
from zygraph.lookup import shared_tasks
from zygraph.table import TaskTable
from zygraph.names.units import PROJECTED_KINDS


A, B, C, D, LOCAL = "市科技局", "市科协", "市教育体育局", "市财政局", "高新区管委会"


def edge_weights(G, attr="weight"):
    return {frozenset((u, v)): w for u, v, w in G.edges(data=attr)}


def pair(u, v):
    return frozenset((u, v))


# -- bipartite graph -------------------------------------------------------


def test_bipartite_graph_keeps_units_and_tasks_apart_with_their_attributes(toy):
    B_ = bipartite_graph(toy)
    assert {n for n, s in B_.nodes(data="bipartite") if s == 0} == {f"unit:{u}" for u in (A, B, C, D, LOCAL)}
    assert {n for n, s in B_.nodes(data="bipartite") if s == 1} == {"task:T001", "task:T002", "task:T003"}
    assert B_.nodes[f"unit:{LOCAL}"]["kind"] == "local_government"
    assert B_.nodes[f"unit:{B}"]["label"] == B
    assert B_.nodes["task:T003"] == {"bipartite": 1, "label": "T003", "area": "教育", "task": "进校园"}
    assert B_.edges[f"unit:{B}", "task:T003"]["role"] == "lead"
    assert B_.edges[f"unit:{LOCAL}", "task:T003"]["role"] == "support"
    assert B_.number_of_edges() == 9


def test_unit_named_like_a_task_id_does_not_collide_with_the_task():
    t = TaskTable.from_lists([("科普", "x", ["T001"], [])])
    B_ = bipartite_graph(t)
    assert B_.has_edge("unit:T001", "task:T001")
    assert B_.number_of_nodes() == 2


def test_bundled_bipartite_graph_has_every_unit_task_and_assignment(bundled):
    B_ = bipartite_graph(bundled)
    units = [n for n, s in B_.nodes(data="bipartite") if s == 0]
    tasks = [n for n, s in B_.nodes(data="bipartite") if s == 1]
    assert (len(units), len(tasks), B_.number_of_edges()) == (33, 95, 591)
    # Line 565: the three local governments lead the last 组织实施 task together.
    leads = {u for u in B_["task:T089"] if B_.edges[u, "task:T089"]["role"] == "lead"}
    assert leads == {"unit:各县（区）人民政府", "unit:高新区管委会", "unit:临空经济区管委会"}


# -- unit projections, worked by hand ------------------------------------------


def test_count_projection_matches_the_hand_count(toy):
    G = project_units(toy)
    assert set(G) == {A, B, C, D}  # the local government is left out
    assert edge_weights(G) == {pair(A, B): 2, pair(A, C): 1, pair(B, C): 2, pair(A, D): 1, pair(B, D): 1}
    assert edge_weights(G, "shared") == edge_weights(G)
    assert G.edges[B, C]["tasks"] == ["T001", "T003"]
    assert G.edges[A, D]["tasks"] == ["T002"]


def test_newman_weight_counts_only_projected_units_on_each_task(toy):
    # In scope T001 and T002 have 3 units (1/2 per pair), T003 has 2 (1/1).
    assert edge_weights(project_units(toy, weight="newman")) == pytest.approx(
        {pair(A, B): 1.0, pair(A, C): 0.5, pair(B, C): 1.5, pair(A, D): 0.5, pair(B, D): 0.5}
    )
    # With every kind, T003 has 3 units too.
    everyone = edge_weights(project_units(toy, weight="newman", kinds=None))
    assert everyone[pair(B, C)] == pytest.approx(1.0)
    assert everyone[pair(B, LOCAL)] == pytest.approx(0.5)


def test_jaccard_weight_is_shared_over_union_of_task_sets(toy):
    # Task sets: A {1,2}, B {1,2,3}, C {1,3}, D {2}.
    assert edge_weights(project_units(toy, weight="jaccard")) == pytest.approx(
        {pair(A, B): 2 / 3, pair(A, C): 1 / 3, pair(B, C): 2 / 3, pair(A, D): 1 / 2, pair(B, D): 1 / 3}
    )


def test_projection_nodes_carry_role_counts_over_the_whole_table(toy):
    G = project_units(toy)
    assert G.nodes[B] == {"name_en": G.nodes[B]["name_en"], "kind": "people_org", "tasks_led": 2,
                          "tasks_supported": 1, "label_en": "Association for Science and Technology"}
    assert G.nodes[B]["name_en"]


def test_kinds_none_brings_local_governments_into_the_projection(toy):
    G = project_units(toy, kinds=None)
    assert LOCAL in G
    assert edge_weights(G)[pair(B, LOCAL)] == 1


def test_unit_with_no_partner_is_an_isolated_node():
    t = TaskTable.from_lists([("科普", "x", [A], [B]), ("科普", "y", [C], [])])
    G = project_units(t)
    assert C in G and G.degree(C) == 0


def test_tasks_can_be_left_off_the_edges(toy):
    G = project_units(toy, tasks=False)
    assert G.edges[A, B] == {"weight": 2, "shared": 2}


def test_unknown_weight_is_refused(toy):
    with pytest.raises(ValueError, match="weight must be one of count, newman, jaccard"):
        project_units(toy, weight="cosine")


def test_unit_ties_list_the_projection_edges(toy):
    ties = unit_ties(toy, weight="jaccard")
    assert list(ties.columns) == ["unit_a", "unit_b", "weight", "shared"]
    as_dict = {pair(a, b): w for a, b, w in ties[["unit_a", "unit_b", "weight"]].itertuples(index=False)}
    assert as_dict == pytest.approx(edge_weights(project_units(toy, weight="jaccard")))
    assert ties[["unit_a", "unit_b"]].values.tolist()[0] == [A, B]  # table order
    with pytest.raises(ValueError, match="weight must be one of"):
        unit_ties(toy, weight="sum")


def test_coordination_points_from_lead_to_support(toy):
    D_ = project_coordination(toy)
    assert {(a, b): w for a, b, w in D_.edges(data="weight")} == {(A, B): 1, (A, C): 1, (B, A): 1, (B, D): 1}
    assert D_.edges[B, A]["tasks"] == ["T002"]
    everyone = project_coordination(toy, kinds=None)
    assert everyone.edges[C, LOCAL]["tasks"] == ["T003"]
    assert not everyone.has_edge(B, C)  # co-leads are not coordinating each other


def test_incidence_matrix_rows_are_units_and_columns_tasks(toy):
    M, units, tasks = incidence_matrix(toy, role="lead")
    assert list(tasks) == ["T001", "T002", "T003"]
    leads = {(units[i], tasks[j]) for i, j in zip(*M.nonzero())}
    assert leads == {(A, "T001"), (B, "T002"), (C, "T003"), (B, "T003")}


# -- projections from a bipartite graph, and the node-set check ------------------


def test_projection_from_the_bipartite_graph_equals_the_projection_from_the_table(toy):
    from_graph, from_table = project_units(bipartite_graph(toy)), project_units(toy)
    assert set(from_graph) == set(from_table)
    assert edge_weights(from_graph) == edge_weights(from_table)
    assert edge_weights(from_graph, "tasks") == edge_weights(from_table, "tasks")


def test_projection_on_chosen_unit_nodes_uses_those_units_only(toy):
    G = project_units(bipartite_graph(toy), nodes=[f"unit:{u}" for u in (A, B, C)], weight="newman")
    # T001 has A, B, C (1/2 per pair); T002 has A, B only (1); T003 has B, C (1).
    assert edge_weights(G) == pytest.approx({pair(A, B): 1.5, pair(A, C): 0.5, pair(B, C): 1.5})


def test_mixed_node_set_is_refused(toy):
    with pytest.raises(NodeSetError, match="unit nodes only"):
        project_units(bipartite_graph(toy), nodes=[f"unit:{A}", "task:T001"])
    with pytest.raises(NodeSetError, match="unit nodes only"):
        project_coordination(bipartite_graph(toy), nodes=["task:T001"])


def test_node_missing_from_the_graph_is_refused(toy):
    with pytest.raises(NodeSetError, match="not in the graph.*'unit:' \\+ name"):
        project_units(bipartite_graph(toy), nodes=[A])


def test_nodes_with_a_table_are_refused(toy):
    with pytest.raises(NodeSetError, match="nodes= is for a bipartite graph"):
        project_units(toy, nodes=[f"unit:{A}"])


# -- cross-checks against networkx on the bundled table ---------------------------


@pytest.fixture(scope="module")
def independent(bundled):
    """The bipartite graph of the projected units, built by hand from the assignments."""
    kind = dict(zip(bundled.units["unit"], bundled.units["kind"]))
    G = nx.Graph()
    units = [u for u in bundled.units["unit"] if kind[u] in PROJECTED_KINDS]
    G.add_nodes_from(units)
    G.add_edges_from((a.unit, ("task", a.task_id)) for a in bundled.assignments.itertuples() if a.unit in units)
    return G, units


@pytest.mark.parametrize(
    ("weight", "reference"),
    [
        ("count", bipartite.weighted_projected_graph),
        ("newman", bipartite.collaboration_weighted_projected_graph),
        ("jaccard", bipartite.overlap_weighted_projected_graph),
    ],
)
def test_bundled_projection_weights_equal_networkx(bundled, independent, weight, reference):
    B_, units = independent
    expected = reference(B_, units)
    G = project_units(bundled, weight=weight)
    assert set(G) == set(expected)
    assert edge_weights(G) == pytest.approx(edge_weights(expected))


def test_bundled_coordination_weights_count_lead_support_pairs(bundled):
    a = bundled.assignments
    lead = set(zip(a.loc[a.role == "lead", "task_id"], a.loc[a.role == "lead", "unit"]))
    support = set(zip(a.loc[a.role == "support", "task_id"], a.loc[a.role == "support", "unit"]))
    expected = {}
    for t, u in lead:
        for t2, v in support:
            if t == t2:
                expected[(u, v)] = expected.get((u, v), 0) + 1
    D_ = project_coordination(bundled, kinds=None)
    assert {(u, v): w for u, v, w in D_.edges(data="weight")} == expected


def test_bundled_projection_node_counts_match_the_table(bundled):
    G = project_units(bundled)
    assert G.number_of_nodes() == 29  # 33 units less 3 local governments and 各成员单位
    assert (G.nodes["市科协"]["tasks_led"], G.nodes["市科协"]["tasks_supported"]) == (29, 46)
    assert (G.nodes["市教育体育局"]["tasks_led"], G.nodes["市教育体育局"]["tasks_supported"]) == (14, 17)
    assert (G.nodes["市科技局"]["tasks_led"], G.nodes["市科技局"]["tasks_supported"]) == (11, 32)
    assert G.edges["市科协", "市科技局"]["tasks"] == shared_tasks(bundled, "市科协", "市科技局")["task_id"].tolist()


# -- unit x area matrix ----------------------------------------------------------


def test_unit_area_matrix_counts_roles_per_area(toy):
    m = unit_area_matrix(toy)
    assert list(m.columns.get_level_values("role").unique()) == ["lead", "support"]
    assert m["lead"].loc[B].to_dict() == {"科普": 1, "教育": 1}
    assert m["support"].loc[A].to_dict() == {"科普": 1, "教育": 0}
    assert m["lead"].index[0] == B  # most tasks first
    assert unit_area_matrix(toy, role="any").loc[C].to_dict() == {"科普": 1, "教育": 1}
    assert list(unit_area_matrix(toy, kinds={"local_government"}).index) == [LOCAL]


def test_bundled_unit_area_matrix_adds_up_to_the_role_counts(bundled):
    m = unit_area_matrix(bundled)
    assert m["lead"].shape == (33, 13)
    assert m["lead"].loc["市科协"].sum() == 29
    assert m["support"].loc["高新区管委会"].sum() == 93
    assert m["lead"].to_numpy().sum() == (bundled.assignments.role == "lead").sum()


def test_unit_area_matrix_refuses_an_unknown_role(toy):
    with pytest.raises(ValueError, match="role must be"):
        unit_area_matrix(toy, role="leader")
