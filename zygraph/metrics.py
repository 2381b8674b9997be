"""Per-unit and whole-network measures of who carries the work, as DataFrames and dicts."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from zygraph.corpus_metrics import PROJECTION_MEASURES, measure
from zygraph.graph import project_units
from zygraph.impact import impact_ranking, removal_impact
from zygraph.names.units import PROJECTED_KINDS

__all__ = [
    "PROJECTION_MEASURES",
    "unit_metrics",
    "network_metrics",
    "lead_concentration",
    "backbone",
    "removal_impact",
    "impact_ranking",
    "area_summary",
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
        :data:`zygraph.names.units.PROJECTED_KINDS`); ``None`` projects every unit.
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
    0    市科技局          1                1     3       2         3
    1     市科协          1                1     3       2         3
    2  市教育体育局          0                1     1       2         2
    3  高新区管委会          0                1     1    <NA>      <NA>

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
    units = table.units[["unit", "name_en", "kind", *[c for c in ("level", "body") if c in table.units]]]
    units = units.assign(network=0)
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
        :data:`zygraph.names.units.PROJECTED_KINDS`); ``None`` takes every unit.
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
        Unit kinds counted (default :data:`zygraph.names.units.PROJECTED_KINDS`);
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


def area_summary(table, *, kinds=PROJECTED_KINDS) -> pd.DataFrame:
    """Summarise each work area: its tasks, the units on them, who leads most, and what rests on one department.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    kinds : collection of str or None
        Unit kinds counted as departments (default
        :data:`zygraph.names.units.PROJECTED_KINDS`); ``None``: every unit.

    Returns
    -------
    DataFrame
        One row per area, in the table's order: ``area, tasks, units`` (units
        of those kinds named on its tasks), ``lead_units`` (of those kinds
        leading one or more), ``top_lead`` (the unit leading most of its
        tasks; several joined by ``、`` when tied), ``top_lead_tasks``,
        ``top_lead_share`` (of the area's tasks), ``single_department_tasks``
        (tasks on which only one unit of those kinds is named).

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协"]),
    ...     ("科普", "办科普日", ["市科协"], ["高新区管委会"]),
    ...     ("教育", "进校园", ["市教育体育局", "市科协"], []),
    ... ])
    >>> area_summary(t).values.tolist()
    [['科普', 2, 2, 2, '市科技局、市科协', 1, 0.5, 1], ['教育', 1, 2, 2, '市教育体育局、市科协', 1, 1.0, 0]]
    """
    tidy = table.assignments.merge(table.tasks[["task_id", "area"]], on="task_id", how="left")
    kind_of = table.units.set_index("unit")["kind"]
    if kinds is not None:
        tidy = tidy[tidy["unit"].map(kind_of).isin(kinds)]
    rows = []
    for area, tasks in table.tasks.groupby("area", sort=False):
        on = tidy[tidy["area"] == area]
        leads = on[on["role"] == "lead"]["unit"].value_counts()
        top = leads[leads == leads.max()].index.tolist() if len(leads) else []
        per_task = on.groupby("task_id")["unit"].nunique()
        rows.append({
            "area": area,
            "tasks": len(tasks),
            "units": on["unit"].nunique(),
            "lead_units": len(leads),
            "top_lead": "、".join(sorted(top, key=list(leads.index).index)),
            "top_lead_tasks": int(leads.max()) if len(leads) else 0,
            "top_lead_share": float(leads.max() / len(tasks)) if len(leads) else float("nan"),
            "single_department_tasks": int((per_task == 1).sum()),
        })
    return pd.DataFrame(rows, columns=["area", "tasks", "units", "lead_units", "top_lead", "top_lead_tasks",
                                       "top_lead_share", "single_department_tasks"])
