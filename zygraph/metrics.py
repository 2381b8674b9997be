"""Per-unit and whole-network measures of who carries the work, as DataFrames and dicts."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from zygraph.corpus_metrics import PROJECTION_MEASURES, measure
from zygraph.graph import project_units
from zygraph.lookup import resolve_unit
from zygraph.units import PROJECTED_KINDS

__all__ = [
    "PROJECTION_MEASURES",
    "unit_metrics",
    "network_metrics",
    "lead_concentration",
    "backbone",
    "removal_impact",
    "impact_ranking",
]

def _projection(table, kinds, G: nx.Graph | None) -> nx.Graph:
    """The projection a measure was given, or the co-responsibility projection of ``table`` built now."""
    return project_units(table, weight="count", kinds=kinds, tasks=False) if G is None else G


def unit_metrics(table, *, lead_weight: float = 2.0, share: bool = False, kinds=PROJECTED_KINDS,
                 seed: int = 0, G: nx.Graph | None = None) -> pd.DataFrame:
    """Return one row of measures per unit: workload, position and community.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    lead_weight : float
        What a lead counts in ``load`` against a support's 1 (default 2).
    share : bool
        If True, a task's weight in ``load`` is divided by the number of units
        on the task (all kinds), so a task shared by many weighs less on each.
    kinds : collection of str or None
        Unit kinds in the co-responsibility projection (default
        :data:`zygraph.units.PROJECTED_KINDS`); ``None`` projects every unit.
    seed : int
        Seed of the Louvain communities.
    G : networkx.Graph, optional
        The co-responsibility projection of ``table`` with ``kinds``, weighted
        by shared tasks (:func:`zygraph.graph.project_units`), when the caller
        has built it already; built here when not given. Left untouched.

    Returns
    -------
    DataFrame
        One row per unit of the table, heaviest ``load`` first, with ``unit,
        name_en, kind, tasks_led, tasks_supported, load, in_projection`` for
        every unit, and for units in the projection ``degree, strength,
        betweenness, closeness, eigenvector, pagerank, constraint,
        effective_size, core_number, community``; NaN for units left out of
        the projection. ``attrs`` records ``betweenness`` ("exact"),
        ``lead_weight``, ``share``, ``seed`` and ``kinds``.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"]),
    ...     ("科普", "办科普日", ["市科协"], ["市科技局", "高新区管委会"]),
    ... ])
    >>> m = unit_metrics(t)
    >>> m[["unit", "tasks_led", "tasks_supported", "load", "degree", "strength"]]
         unit  tasks_led  tasks_supported  load  degree  strength
    0    市科技局          1                1   3.0     2.0       3.0
    1     市科协          1                1   3.0     2.0       3.0
    2  市教育体育局          0                1   1.0     2.0       2.0
    3  高新区管委会          0                1   1.0     NaN       NaN

    Notes
    -----
    ``load`` of unit ``u`` is ``sum over its tasks t of r(u, t) / d_t`` with
    ``r = lead_weight`` for a lead and 1 for a support, and ``d_t`` the number
    of units on ``t`` if ``share`` else 1. It counts every unit, in or out of
    the projection.

    Projection measures use the graph of :func:`zygraph.graph.project_units`
    with ``weight="count"`` (shared tasks, a similarity):

    * ``degree``: partner units; ``strength``: sum of shared tasks over ties.
    * ``betweenness`` and ``closeness``: unweighted (hops), networkx's
      normalised definitions (closeness with the Wasserman-Faust correction
      for disconnected graphs). Shared-task weights are not read as distances.
      Both are exact, computed in each connected component and normalised
      by the whole projection's size, as networkx does.
    * ``eigenvector`` and ``pagerank``: weighted by shared tasks.
    * ``constraint`` and ``effective_size``: Burt's measures [1]_, weighted by
      shared tasks; NaN for a unit with no partner.
    * ``core_number``: k-core index, unweighted.
    * ``community``: Louvain [2]_ on shared tasks, seeded; 0 is the largest.

    Every measure is computed from sparse matrices, by
    :func:`zygraph.networks.measure_nodes` (which the tests cross-check
    against networkx), so it scales to many documents at once.
    ``effective_size`` follows Burt's definition, as networkx's node-by-node
    computation does; networkx 3.6's whole-graph shortcut differs from it on
    weighted graphs.

    ``eigenvector`` is computed in each connected component separately (the
    leading eigenvector of its weighted adjacency matrix, unit length within
    the component; 0 for an isolated unit): on a disconnected graph the
    whole-graph eigenvector puts all weight on one component. Compare it
    within a component; on a connected graph it is networkx's
    ``eigenvector_centrality``.

    References
    ----------
    .. [1] R. S. Burt, Structural Holes, Harvard University Press (1992).
    .. [2] V. D. Blondel et al., "Fast unfolding of communities in large
       networks", J. Stat. Mech. P10008 (2008).
    """
    by_unit, _ = _measure(table, kinds=kinds, lead_weight=lead_weight, share=share, seed=seed, G=G)
    out = by_unit.drop(columns="network")
    out.attrs.update(betweenness="exact", lead_weight=lead_weight, share=share, seed=seed,
                     kinds=None if kinds is None else sorted(kinds))
    return out


def _measure(table, **options):
    """:func:`zygraph.corpus_metrics.measure` of one table: a corpus of one network."""
    units = table.units[["unit", "name_en", "kind"]].assign(network=0)
    assignments = table.assignments[["task_id", "unit", "role"]].assign(network=0)
    return measure(units, assignments, pd.Series([len(table.tasks)]), **options)


def network_metrics(table, *, kinds=PROJECTED_KINDS, seed: int = 0, G: nx.Graph | None = None) -> dict:
    """Return whole-network measures of the co-responsibility graph and of lead concentration.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    kinds : collection of str or None
        Unit kinds projected and ranked (default
        :data:`zygraph.units.PROJECTED_KINDS`); ``None`` takes every unit.
    seed : int
        Seed of the Louvain communities.
    G : networkx.Graph, optional
        The projection, as in :func:`unit_metrics`; built here when not given.

    Returns
    -------
    dict
        ``tasks, units, ties, density, degree_centralisation, components,
        average_clustering, communities, modularity, top_unit,
        top_unit_lead_share, top3_units, top3_lead_share``.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"]),
    ...     ("科普", "办科普日", ["市科协"], ["市科技局"]),
    ...     ("教育", "进校园", ["市科协"], []),
    ... ])
    >>> m = network_metrics(t)
    >>> m["density"], m["components"], m["top_unit"], round(m["top_unit_lead_share"], 3)
    (1.0, 1, '市科协', 0.667)

    Notes
    -----
    The graph is :func:`zygraph.graph.project_units` with shared-task counts.
    ``degree_centralisation`` is Freeman's ``sum(max_k - k_i) / ((n-1)(n-2))``
    [1]_ (1 for a star, 0 when all degrees are equal); ``average_clustering``
    is unweighted and counts isolated units as 0; ``modularity`` is that of
    the Louvain communities of :func:`unit_metrics`, weighted by shared tasks.
    ``top_unit_lead_share`` is the share of all tasks led by the unit that
    leads most; ``top3_lead_share`` the share led by at least one of the three
    units that lead most (a co-led task counts once). Units are ranked by
    tasks led, then in table order.

    References
    ----------
    .. [1] L. C. Freeman, "Centrality in social networks conceptual
       clarification", Social Networks 1, 215-239 (1978).
    """
    _, by_network = _measure(table, kinds=kinds, seed=seed, G=G)
    row = by_network.drop(columns="network").iloc[0]
    return {name: value.item() if isinstance(value, np.generic) else value for name, value in row.items()}


def lead_concentration(table, *, kinds=PROJECTED_KINDS) -> dict:
    """Return how concentrated the leading of tasks is among units: HHI, Gini and top shares.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    kinds : collection of str or None
        Unit kinds counted (default :data:`zygraph.units.PROJECTED_KINDS`);
        ``None`` counts every unit.

    Returns
    -------
    dict
        ``units`` (units of those kinds named in the table), ``leads`` (their
        lead assignments), ``hhi``, ``gini``, ``top1_share``, ``top3_share``.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"]),
    ...     ("科普", "办科普日", ["市科协"], ["市科技局"]),
    ...     ("教育", "进校园", ["市科协"], []),
    ... ])
    >>> c = lead_concentration(t)
    >>> c["units"], c["leads"], round(c["hhi"], 4), round(c["gini"], 4), round(c["top1_share"], 4)
    (3, 3, 0.5556, 0.4444, 0.6667)

    Notes
    -----
    With ``l_i`` the tasks unit ``i`` leads and ``L = sum(l_i)``, the share
    ``s_i = l_i / L`` gives the Herfindahl-Hirschman index ``HHI = sum(s_i^2)``
    (1 when one unit leads everything, ``1/n`` when n units lead equally).
    ``gini`` is the Gini coefficient of ``l_i`` over every unit of the counted
    kinds named in the table, units that lead nothing included:
    ``sum_i sum_j |l_i - l_j| / (2 n^2 mean(l))``. ``top1_share`` and
    ``top3_share`` are shares of lead assignments (not of tasks, unlike
    :func:`network_metrics`, whose shares count a co-led task once). All are
    NaN when no unit of those kinds leads.
    """
    scoped = table.units if kinds is None else table.units[table.units["kind"].isin(kinds)]
    leads = table.assignments[(table.assignments["role"] == "lead") & table.assignments["unit"].isin(scoped["unit"])]
    counts = leads["unit"].value_counts().reindex(scoped["unit"], fill_value=0).to_numpy(dtype=float)
    total = counts.sum()
    result = {"units": len(counts), "leads": int(total)}
    if not total:
        return {**result, "hhi": float("nan"), "gini": float("nan"), "top1_share": float("nan"),
                "top3_share": float("nan")}
    shares = np.sort(counts / total)[::-1]
    n = len(counts)
    ascending = np.sort(counts)
    # sum_i sum_j |x_i - x_j| = 2 * sum_k (2k - n - 1) x_(k), k = 1..n over the sorted values
    gini = float(np.sum((2 * np.arange(1, n + 1) - n - 1) * ascending) / (n * total))
    return {**result, "hhi": float(np.sum(shares**2)), "gini": gini,
            "top1_share": float(shares[0]), "top3_share": float(shares[:3].sum())}


def backbone(G: nx.Graph, alpha: float = 0.05, weight: str = "weight") -> nx.Graph:
    """Return the disparity-filter backbone of a weighted co-responsibility graph.

    Parameters
    ----------
    G : networkx.Graph
        An undirected graph with positive weights, e.g. from
        :func:`zygraph.graph.project_units`. Left untouched.
    alpha : float
        Significance level, between 0 and 1: an edge is kept when its p-value
        is below ``alpha`` for at least one endpoint.
    weight : str
        The edge attribute holding the weight.

    Returns
    -------
    networkx.Graph
        Every node of ``G``; the kept edges with their attributes plus
        ``p_value`` (the smaller of the two endpoints' p-values). ``graph``
        records ``alpha``.

    Raises
    ------
    ValueError
        When ``alpha`` is not in (0, 1] or a weight is not positive.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_weighted_edges_from([("a", "b", 10), ("a", "c", 1), ("a", "d", 1), ("a", "e", 1), ("b", "c", 1)])
    >>> H = backbone(G, alpha=0.05)
    >>> sorted(H.edges)
    [('a', 'b')]
    >>> round(H.edges["a", "b"]["p_value"], 4)
    0.0123

    Notes
    -----
    For node ``i`` with degree ``k_i > 1`` and strength ``s_i``, the p-value
    of edge ``(i, j)`` is ``(1 - w_ij / s_i) ** (k_i - 1)`` [1]_: the chance
    that a uniform random split of ``s_i`` over ``k_i`` edges gives one edge
    at least that share. For a node of degree 1 the test is undefined; as the
    paper does, such an edge is kept only when it is significant for the
    node at the other end (its p-value from the degree-1 side is taken as 1).

    References
    ----------
    .. [1] M. A. Serrano, M. Boguñá, A. Vespignani, "Extracting the
       multiscale backbone of complex weighted networks", PNAS 106,
       6483-6488 (2009).
    """
    if not 0 < alpha <= 1:
        raise ValueError(f"alpha must be between 0 and 1, not {alpha!r}")
    strength = dict(G.degree(weight=weight))
    degree = dict(G.degree())

    def p_value(node, w):
        k = degree[node]
        return 1.0 if k < 2 else (1.0 - w / strength[node]) ** (k - 1)

    H = nx.Graph(alpha=alpha, **{k: v for k, v in G.graph.items() if k != "alpha"})
    H.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        w = data.get(weight, 1)
        if not w > 0:
            raise ValueError(f"the weight of edge {u!r}-{v!r} is {w!r}; the disparity filter needs positive weights")
        p = min(p_value(u, w), p_value(v, w))
        if p < alpha:
            H.add_edge(u, v, **data, p_value=p)
    return H


def _lone_tasks(assignments: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Per unit: tasks it leads alone, and tasks it holds alone (no other unit at all)."""
    leads = assignments[assignments["role"] == "lead"]
    sole_lead = leads[leads.groupby("task_id")["unit"].transform("size") == 1]
    alone = assignments[assignments.groupby("task_id")["unit"].transform("size") == 1]
    return sole_lead.groupby("unit")["task_id"].apply(sorted), alone.groupby("unit")["task_id"].apply(sorted)


def _component_change(G: nx.Graph) -> dict:
    """For each node, connected components after removing it minus before.

    A node in ``b`` blocks (biconnected components) of a component leaves
    ``b`` pieces when removed, a change of ``b - 1``; an isolated node, -1.
    """
    blocks = dict.fromkeys(G, 0)
    for block in nx.biconnected_components(G):
        for node in block:
            blocks[node] += 1
    return {node: (b - 1 if b else -1) for node, b in blocks.items()}


def removal_impact(table, unit: str, *, kinds=PROJECTED_KINDS) -> dict:
    """Say what would break if a unit dropped out of the table.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    unit : str
        A unit name or an alias of one.
    kinds : collection of str or None
        Unit kinds of the co-responsibility projection whose components are
        counted (default :data:`zygraph.units.PROJECTED_KINDS`).

    Returns
    -------
    dict
        ``unit``; ``tasks_without_lead``: sorted ids of the tasks the unit
        leads alone; ``tasks_without_unit``: tasks no other unit is on;
        ``components_before``, ``components_after`` and ``component_change``
        of the projection (change 0 for a unit outside the projection).

    Raises
    ------
    UnknownUnitError
        When the unit is not in the table.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协"]),
    ...     ("科普", "办科普日", ["市科协"], ["市教育体育局"]),
    ...     ("科普", "办展览", ["市科协"], []),
    ... ])
    >>> r = removal_impact(t, "市科协")
    >>> r["tasks_without_lead"], r["tasks_without_unit"], r["component_change"]
    (['T002', 'T003'], ['T003'], 1)

    Notes
    -----
    Removing a unit removes its node and ties from the projection and changes
    nothing else, since the others' shared tasks remain. Removing an isolated
    unit lowers the count of components by one.
    """
    unit = resolve_unit(table, unit)
    sole_lead, alone = _lone_tasks(table.assignments)
    G = project_units(table, kinds=kinds, tasks=False)
    before = nx.number_connected_components(G)
    after = before
    if unit in G:
        H = G.copy()
        H.remove_node(unit)
        after = nx.number_connected_components(H)
    return {
        "unit": unit,
        "tasks_without_lead": sole_lead.get(unit, []),
        "tasks_without_unit": alone.get(unit, []),
        "components_before": before,
        "components_after": after,
        "component_change": after - before,
    }


def impact_ranking(table, *, kinds=PROJECTED_KINDS, G: nx.Graph | None = None) -> pd.DataFrame:
    """Rank every unit by what its removal would break.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    kinds : collection of str or None
        As in :func:`removal_impact`.
    G : networkx.Graph, optional
        The projection, as in :func:`unit_metrics`; built here when not given.

    Returns
    -------
    DataFrame
        ``unit, kind, tasks_without_lead, tasks_without_unit,
        component_change`` (counts; change NaN outside the projection), most
        tasks left without a lead first, then without any unit, then most
        components added.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协"]),
    ...     ("科普", "办科普日", ["市科协"], ["市教育体育局"]),
    ... ])
    >>> impact_ranking(t)
         unit        kind  tasks_without_lead  tasks_without_unit  component_change
    0     市科协  people_org                   1                   0               1.0
    1    市科技局  government                   1                   0               0.0
    2  市教育体育局  government                   0                   0               0.0

    Notes
    -----
    The same measures as :func:`removal_impact`, for all units at once; the
    component change comes from the blocks (biconnected components) of the
    projection, so the ranking is one pass, not one projection per unit.
    """
    sole_lead, alone = _lone_tasks(table.assignments)
    G = _projection(table, kinds, G)
    out = table.units[["unit", "kind"]].reset_index(drop=True)
    out["tasks_without_lead"] = out["unit"].map(sole_lead.map(len)).fillna(0).astype(int)
    out["tasks_without_unit"] = out["unit"].map(alone.map(len)).fillna(0).astype(int)
    out["component_change"] = out["unit"].map(_component_change(G)).astype(float)
    keys = ["tasks_without_lead", "tasks_without_unit", "component_change"]
    return out.sort_values(keys, ascending=False, kind="stable", na_position="last").reset_index(drop=True)
