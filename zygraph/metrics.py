"""Per-unit and whole-network measures of who carries the work, as DataFrames and dicts."""

from __future__ import annotations

import logging

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse.linalg as sp_linalg

from zygraph.graph import project_units, resolve_unit
from zygraph.units import PROJECTED_KINDS

__all__ = [
    "EXACT_BETWEENNESS_MAX_NODES",
    "BETWEENNESS_SAMPLE",
    "unit_metrics",
    "network_metrics",
    "lead_concentration",
    "backbone",
    "removal_impact",
    "impact_ranking",
    "area_summary",
]

logger = logging.getLogger(__name__)

#: Above this many projected units, betweenness is estimated from a seeded sample of sources.
EXACT_BETWEENNESS_MAX_NODES = 5000
#: Number of sampled source units for the betweenness estimate.
BETWEENNESS_SAMPLE = 500

PROJECTION_MEASURES = [
    "degree",
    "strength",
    "betweenness",
    "closeness",
    "eigenvector",
    "pagerank",
    "constraint",
    "effective_size",
    "core_number",
    "community",
]


def _communities(G: nx.Graph, seed: int) -> list[set]:
    """Louvain communities on shared-task weights, numbered largest first (ties by first name)."""
    if G.number_of_edges() == 0:
        return [{n} for n in G]
    found = nx.community.louvain_communities(G, weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), min(c)))


def _eigenvector(G: nx.Graph) -> dict:
    """Weighted eigenvector centrality in each connected component, unit length within it; 0 if alone."""
    out = {}
    order = {node: i for i, node in enumerate(G)}
    for component in nx.connected_components(G):
        # in the graph's own order: a set's order changes with the process's string hashing
        nodes = sorted(component, key=order.__getitem__)
        if len(nodes) == 1:
            out[nodes[0]] = 0.0
            continue
        A = nx.to_scipy_sparse_array(G, nodelist=nodes, weight="weight", format="csr").astype(float)
        if len(nodes) <= 500:
            vector = np.linalg.eigh(A.toarray())[1][:, -1]
        else:
            vector = sp_linalg.eigsh(A, k=1, which="LA", v0=np.ones(len(nodes)))[1][:, 0]
        vector = np.abs(vector) / np.linalg.norm(vector)
        out.update(zip(nodes, vector.tolist()))
    return out


def _load(assignments: pd.DataFrame, lead_weight: float, share: bool) -> pd.Series:
    weight = np.where(assignments["role"] == "lead", float(lead_weight), 1.0)
    if share:
        weight = weight / assignments.groupby("task_id")["unit"].transform("size").to_numpy()
    return pd.Series(weight, index=assignments.index).groupby(assignments["unit"]).sum()


def unit_metrics(table, *, lead_weight: float = 2.0, share: bool = False, kinds=PROJECTED_KINDS,
                 seed: int = 0) -> pd.DataFrame:
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
        Seed of the Louvain communities and of the betweenness sample.

    Returns
    -------
    DataFrame
        One row per unit of the table, heaviest ``load`` first, with ``unit,
        name_en, kind, tasks_led, tasks_supported, load, in_projection`` for
        every unit, and for units in the projection ``degree, strength,
        betweenness, closeness, eigenvector, pagerank, constraint,
        effective_size, core_number, community``; NaN for units left out of
        the projection. ``attrs`` records ``betweenness`` ("exact" or
        "sampled"), ``betweenness_k``, ``lead_weight``, ``share``, ``seed``.

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
      Above :data:`EXACT_BETWEENNESS_MAX_NODES` units, betweenness is
      estimated from :data:`BETWEENNESS_SAMPLE` seeded sources.
    * ``eigenvector`` and ``pagerank``: weighted by shared tasks.
    * ``constraint`` and ``effective_size``: Burt's measures [1]_, weighted by
      shared tasks; NaN for a unit with no partner.
    * ``core_number``: k-core index, unweighted.
    * ``community``: Louvain [2]_ on shared tasks, seeded; 0 is the largest.

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
    G = project_units(table, weight="count", kinds=kinds, tasks=False)
    units = table.units.set_index("unit")
    out = pd.DataFrame({"unit": units.index, "name_en": units["name_en"].to_numpy(), "kind": units["kind"].to_numpy()})
    roles = pd.crosstab(table.assignments["unit"], table.assignments["role"]).reindex(
        index=out["unit"], columns=["lead", "support"], fill_value=0
    )
    out["tasks_led"] = roles["lead"].to_numpy()
    out["tasks_supported"] = roles["support"].to_numpy()
    out["load"] = _load(table.assignments, lead_weight, share).reindex(out["unit"], fill_value=0.0).to_numpy()
    out["in_projection"] = out["unit"].isin(list(G.nodes))

    n = G.number_of_nodes()
    sampled = n > EXACT_BETWEENNESS_MAX_NODES
    k = min(BETWEENNESS_SAMPLE, n) if sampled else None
    if sampled:
        logger.info("betweenness estimated from %d of %d units (seed %d)", k, n, seed)
    measures = {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G, k=k, normalized=True, weight=None, seed=seed) if n else {},
        "closeness": nx.closeness_centrality(G),
        "eigenvector": _eigenvector(G),
        "pagerank": nx.pagerank(G, weight="weight") if n else {},
        "constraint": nx.constraint(G, weight="weight"),
        "effective_size": nx.effective_size(G, weight="weight"),
        "core_number": nx.core_number(G),
        "community": {u: i for i, c in enumerate(_communities(G, seed)) for u in c},
    }
    for name in PROJECTION_MEASURES:
        out[name] = out["unit"].map(measures[name]).astype(float)
    out = out.sort_values(["load", "tasks_led"], ascending=False, kind="stable").reset_index(drop=True)
    out.attrs.update(
        betweenness="sampled" if sampled else "exact", betweenness_k=k, lead_weight=lead_weight, share=share,
        seed=seed, kinds=None if kinds is None else sorted(kinds),
    )
    return out


def _freeman_centralisation(G: nx.Graph) -> float:
    n = G.number_of_nodes()
    if n < 3:
        return float("nan")
    degrees = np.array([d for _, d in G.degree()])
    return float((degrees.max() - degrees).sum() / ((n - 1) * (n - 2)))


def network_metrics(table, *, kinds=PROJECTED_KINDS, seed: int = 0) -> dict:
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
    G = project_units(table, weight="count", kinds=kinds, tasks=False)
    communities = _communities(G, seed)
    n_tasks = len(table.tasks)
    leads = table.assignments[table.assignments["role"] == "lead"]
    scoped = table.units if kinds is None else table.units[table.units["kind"].isin(kinds)]
    leads = leads[leads["unit"].isin(scoped["unit"])]
    ranking = leads["unit"].value_counts().reindex(scoped["unit"], fill_value=0)
    ranking = ranking.sort_values(ascending=False, kind="stable")
    top3 = ranking.index[:3].tolist()
    return {
        "tasks": n_tasks,
        "units": G.number_of_nodes(),
        "ties": G.number_of_edges(),
        "density": nx.density(G) if G.number_of_nodes() > 1 else float("nan"),
        "degree_centralisation": _freeman_centralisation(G),
        "components": nx.number_connected_components(G),
        "average_clustering": nx.average_clustering(G) if G.number_of_nodes() else float("nan"),
        "communities": len(communities),
        "modularity": nx.community.modularity(G, communities, weight="weight") if G.number_of_edges() else float("nan"),
        "top_unit": str(ranking.index[0]) if len(ranking) else None,
        "top_unit_lead_share": float(ranking.iloc[0] / n_tasks) if len(ranking) and n_tasks else float("nan"),
        "top3_units": top3,
        "top3_lead_share": float(leads.loc[leads["unit"].isin(top3), "task_id"].nunique() / n_tasks)
        if n_tasks else float("nan"),
    }


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


def _lone_tasks(assignments: pd.DataFrame, kind_of: pd.Series, kinds) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Per unit: tasks it leads alone, tasks it holds alone, and tasks it is the only unit of ``kinds`` on."""
    leads = assignments[assignments["role"] == "lead"]
    sole_lead = leads[leads.groupby("task_id")["unit"].transform("size") == 1]
    alone = assignments[assignments.groupby("task_id")["unit"].transform("size") == 1]
    scoped = assignments if kinds is None else assignments[assignments["unit"].map(kind_of).isin(kinds)]
    lone_department = scoped[scoped.groupby("task_id")["unit"].transform("size") == 1]
    return tuple(frame.groupby("unit")["task_id"].apply(sorted) for frame in (sole_lead, alone, lone_department))


def _removal_pieces(G: nx.Graph) -> dict:
    """For each node: (components after removing it minus before, size of the largest component after).

    One depth-first search per component (Hopcroft-Tarjan low points): removing
    ``v`` splits its component into one piece per DFS child ``c`` with
    ``low[c] >= disc[v]`` (every child, for the root), plus the rest of the
    component when ``v`` is not the root. An isolated node leaves no piece.
    """
    components = [len(c) for c in nx.connected_components(G)]
    top_two = sorted(components, reverse=True)[:2] + [0, 0]
    disc: dict = {}
    low: dict = {}
    size: dict = {}
    out = {}
    for root in G:
        if root in disc:
            continue
        order = [root]
        disc[root] = low[root] = 0
        parent = {root: None}
        stack = [(root, iter(G[root]))]
        while stack:
            node, neighbours = stack[-1]
            for other in neighbours:
                if other == node:
                    continue
                if other not in disc:
                    disc[other] = low[other] = len(order)
                    order.append(other)
                    parent[other] = node
                    stack.append((other, iter(G[other])))
                    break
                if other != parent[node]:
                    low[node] = min(low[node], disc[other])
            else:
                stack.pop()
                size[node] = 1 + sum(size[c] for c in G[node] if parent.get(c) == node and c != node)
                if parent[node] is not None:
                    low[parent[node]] = min(low[parent[node]], low[node])
        whole = len(order)
        others = top_two[1] if whole == top_two[0] else top_two[0]
        for node in order:
            children = [c for c in G[node] if c != node and parent.get(c) == node]
            pieces = [size[c] for c in children if parent[node] is None or low[c] >= disc[node]]
            rest = whole - 1 - sum(pieces)
            if rest > 0:
                pieces.append(rest)
            out[node] = (len(pieces) - 1, max([others, *pieces]))
    return out


def removal_impact(table, unit: str, *, kinds=PROJECTED_KINDS) -> dict:
    """Say what would break if a unit dropped out of the table.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    unit : str
        A unit name or an alias of one.
    kinds : collection of str or None
        Unit kinds counted as departments, and those of the co-responsibility
        projection whose components are counted (default
        :data:`zygraph.units.PROJECTED_KINDS`); ``None``: every unit.

    Returns
    -------
    dict
        ``unit``; ``tasks_without_lead``: sorted ids of the tasks the unit
        leads alone; ``tasks_without_unit``: tasks no other unit is on;
        ``tasks_without_department``: tasks on which no other unit of
        ``kinds`` is named (the tasks that rest on it alone, as in
        ``Document.single_unit_tasks``); ``components_before``,
        ``components_after`` and ``component_change`` of the projection;
        ``largest_component_before``, ``largest_component_after`` and
        ``largest_component_change`` (units in its largest connected
        component). The changes are 0 for a unit outside the projection.

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
    >>> r["tasks_without_lead"], r["tasks_without_department"], r["component_change"], r["largest_component_change"]
    (['T002', 'T003'], ['T003'], 1, -2)

    Notes
    -----
    Removing a unit removes its node and ties from the projection and changes
    nothing else, since the others' shared tasks remain. Removing an isolated
    unit lowers the count of components by one. Local governments and
    collective placeholders, named on nearly every task, leave
    ``tasks_without_unit`` at 0 in most notices; ``tasks_without_department``
    sets them aside.
    """
    unit = resolve_unit(table, unit)
    sole_lead, alone, lone_department = _lone_tasks(table.assignments, table.units.set_index("unit")["kind"], kinds)
    G = project_units(table, kinds=kinds, tasks=False)
    before = nx.number_connected_components(G)
    largest_before = max((len(c) for c in nx.connected_components(G)), default=0)
    after, largest_after = before, largest_before
    if unit in G:
        H = G.copy()
        H.remove_node(unit)
        after = nx.number_connected_components(H)
        largest_after = max((len(c) for c in nx.connected_components(H)), default=0)
    return {
        "unit": unit,
        "tasks_without_lead": sole_lead.get(unit, []),
        "tasks_without_unit": alone.get(unit, []),
        "tasks_without_department": lone_department.get(unit, []),
        "components_before": before,
        "components_after": after,
        "component_change": after - before,
        "largest_component_before": largest_before,
        "largest_component_after": largest_after,
        "largest_component_change": largest_after - largest_before,
    }


def impact_ranking(table, *, kinds=PROJECTED_KINDS) -> pd.DataFrame:
    """Rank every unit by what its removal would break.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    kinds : collection of str or None
        As in :func:`removal_impact`.

    Returns
    -------
    DataFrame
        ``unit, kind, tasks_without_lead, tasks_without_unit,
        component_change, tasks_without_department, largest_component_change``
        (counts; the two changes are NaN outside the projection), most tasks
        left without a department first, then without a lead, then without any
        unit, then most components added, then the largest component shrinking
        most.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协"]),
    ...     ("科普", "办科普日", ["市科协"], ["市教育体育局"]),
    ... ])
    >>> impact_ranking(t)[["unit", "tasks_without_lead", "component_change", "largest_component_change"]]
         unit  tasks_without_lead  component_change  largest_component_change
    0     市科协                   1               1.0                      -2.0
    1    市科技局                   1               0.0                      -1.0
    2  市教育体育局                   0               0.0                      -1.0

    Notes
    -----
    The same measures as :func:`removal_impact`, for all units at once; the
    changes in components come from one depth-first search of the projection
    (articulation points and the sizes of the pieces they leave), so the
    ranking is one pass, not one projection per unit.
    """
    sole_lead, alone, lone_department = _lone_tasks(table.assignments, table.units.set_index("unit")["kind"], kinds)
    G = project_units(table, kinds=kinds, tasks=False)
    largest = max((len(c) for c in nx.connected_components(G)), default=0)
    pieces = _removal_pieces(G)
    out = table.units[["unit", "kind"]].reset_index(drop=True)
    out["tasks_without_lead"] = out["unit"].map(sole_lead.map(len)).fillna(0).astype(int)
    out["tasks_without_unit"] = out["unit"].map(alone.map(len)).fillna(0).astype(int)
    out["component_change"] = out["unit"].map({u: p[0] for u, p in pieces.items()}).astype(float)
    out["tasks_without_department"] = out["unit"].map(lone_department.map(len)).fillna(0).astype(int)
    out["largest_component_change"] = out["unit"].map({u: p[1] - largest for u, p in pieces.items()}).astype(float)
    keys = ["tasks_without_department", "tasks_without_lead", "tasks_without_unit", "component_change",
            "largest_component_change"]
    return out.sort_values(keys, ascending=[False, False, False, False, True], kind="stable",
                           na_position="last").reset_index(drop=True)


def area_summary(table, *, kinds=PROJECTED_KINDS) -> pd.DataFrame:
    """Summarise each work area: its tasks, the units on them, who leads most, and what rests on one department.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    kinds : collection of str or None
        Unit kinds counted as departments (default
        :data:`zygraph.units.PROJECTED_KINDS`); ``None``: every unit.

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
