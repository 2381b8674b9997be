"""Per-unit and whole-network measures of many networks at once, from their assignments: rows of units and networks."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from zygraph import networks
from zygraph.names.units import PROJECTED_KINDS

__all__ = ["PROJECTION_MEASURES", "NETWORK_COLUMNS", "measure"]

#: Per-unit measures of the co-responsibility projection, in the order of the frame's columns.
PROJECTION_MEASURES = ["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "constraint",
                       "effective_size", "core_number", "community"]
#: Measures that count (partners, k-core, community number): whole numbers, kept as integers
#: with a gap (pd.NA) for a unit outside the projection, so a file writes them the same in any folder.
COUNT_MEASURES = frozenset({"degree", "core_number", "community"})
#: Whole-network measures, one per network, in the order of the frame's columns.
NETWORK_COLUMNS = ["tasks", "units", "ties", "density", "degree_centralisation", "components", "average_clustering",
                   "communities", "modularity", "top_unit", "top_unit_lead_share", "top3_units", "top3_lead_share"]


def measure(units: pd.DataFrame, assignments: pd.DataFrame, tasks: pd.Series, *, kinds=PROJECTED_KINDS,
            lead_weight: float = 2.0, share: bool = False, seed: int = 0, G: nx.Graph | None = None):
    """Measure every unit in its own network, and every network, for many networks at once.

    Parameters
    ----------
    units : DataFrame
        ``network, unit, name_en, kind``: one row per unit of each network,
        ``network`` an integer code ``0 .. k-1``, non-decreasing; within a
        network, units in the order they first appear.
    assignments : DataFrame
        ``network, task_id, unit, role``; a task id names one task within its network.
    tasks : Series
        Number of tasks of each network, indexed by its code.
    kinds : collection of str or None
        Unit kinds in the projections (default
        :data:`zygraph.names.units.PROJECTED_KINDS`); ``None``: every unit.
    lead_weight, share, seed
        As in :func:`zygraph.metrics.unit_metrics`.
    G : networkx.Graph, optional
        For one network only: its projection, already built, whose weights are
        used instead of building them here.

    Returns
    -------
    by_unit : DataFrame
        ``network, unit, name_en, kind, tasks_led, tasks_supported, load,
        in_projection`` and :data:`PROJECTION_MEASURES`; grouped by network,
        heaviest ``load`` first within it (ties in table order).
    by_network : DataFrame
        ``network`` and :data:`NETWORK_COLUMNS`, one row per network.

    Examples
    --------
    >>> units = pd.DataFrame({"network": [0, 0, 1, 1], "unit": ["甲", "乙", "甲", "丙"],
    ...                       "name_en": "", "kind": "government"})
    >>> assignments = pd.DataFrame({"network": [0, 0, 1, 1], "task_id": ["T1", "T1", "T1", "T1"],
    ...                             "unit": ["甲", "乙", "甲", "丙"], "role": ["lead", "support", "support", "lead"]})
    >>> by_unit, by_network = measure(units, assignments, pd.Series([1, 1]))
    >>> by_unit[["network", "unit", "load", "degree"]].values.tolist()
    [[0, '甲', 2, 1], [0, '乙', 1, 1], [1, '丙', 2, 1], [1, '甲', 1, 1]]
    >>> by_network[["network", "units", "ties", "top_unit"]].values.tolist()
    [[0, 2, 1, '甲'], [1, 2, 1, '丙']]
    """
    network = units["network"].to_numpy(dtype=np.int64)
    k = int(network.max()) + 1 if len(network) else 0
    n = len(units)
    names = units["unit"].to_numpy(dtype=object)
    codes, vocabulary = pd.factorize(np.concatenate([names, assignments["unit"].to_numpy(dtype=object)]))
    width = len(vocabulary) + 1
    unit_key = network * width + codes[:n]
    assignment_network = assignments["network"].to_numpy(dtype=np.int64)
    node = pd.Index(unit_key).get_indexer(assignment_network * width + codes[n:])
    if np.any(node < 0):
        raise ValueError("an assignment names a unit missing from the units of its network")
    task_codes, task_names = pd.factorize(assignments["task_id"])
    task, _ = pd.factorize(assignment_network * (len(task_names) + 1) + task_codes)
    lead = (assignments["role"] == "lead").to_numpy()
    led = np.bincount(node[lead], minlength=n)
    supported = np.bincount(node[~lead], minlength=n)
    weight = np.where(lead, float(lead_weight), 1.0)
    if share:
        weight = weight / np.bincount(task)[task]
    load = np.bincount(node, weights=weight, minlength=n)
    if float(lead_weight).is_integer() and not share:  # whole weights: a count, typed so whatever the values
        load = load.astype(np.int64)
    kind = units["kind"].to_numpy(dtype=object)
    projected = np.ones(n, dtype=bool) if kinds is None else pd.Index(list(kinds)).get_indexer(kind) >= 0
    if G is not None:
        projected = np.isin(names, list(G.nodes))
    position = np.full(n, -1)
    position[projected] = np.arange(projected.sum())
    if G is None:
        keep = projected[node]
        M = sp.csr_matrix((np.ones(keep.sum()), (position[node[keep]], task[keep])),
                          shape=(int(projected.sum()), int(task.max()) + 1 if len(task) else 0))
        A = (M @ M.T).tocsr()
        A = (A - sp.diags(A.diagonal())).tocsr()  # a unit is not its own partner
        A.eliminate_zeros()
    elif projected.any():
        A = nx.to_scipy_sparse_array(G, nodelist=names[projected].tolist(), weight="weight", format="csr")
        A = sp.csr_matrix(A, dtype=float)
    else:  # every unit left out of the network (local governments only): nothing to measure
        A = sp.csr_matrix((0, 0), dtype=float)
    whole_ties = bool(np.all(A.data == np.round(A.data)))  # ties weighed by shared tasks, not a fractional weight
    found = networks.measure_nodes(A, network[projected], names[projected], seed=seed)

    by_unit = units[["network", "unit", "name_en", "kind"]].reset_index(drop=True)
    by_unit["tasks_led"], by_unit["tasks_supported"], by_unit["load"] = led, supported, load
    by_unit["in_projection"] = projected
    for name in PROJECTION_MEASURES:
        column = np.full(n, np.nan)
        column[projected] = found[name]
        counted = name in COUNT_MEASURES or (name == "strength" and whole_ties)
        by_unit[name] = pd.array(column, dtype="Int64") if counted else column
    for column in ("level", "body"):  # where the units have them: a unit's like in other documents
        if column in units:
            by_unit[column] = units[column].to_numpy()
    order = np.lexsort((np.arange(n), -led, -load, network))
    by_unit = by_unit.iloc[order].reset_index(drop=True)

    whole = networks.measure_networks(A, network[projected], found["community"], found["component"], count=k)
    by_network = pd.DataFrame({"network": np.arange(k), "tasks": np.asarray(tasks.reindex(range(k), fill_value=0),
                                                                          dtype=np.int64)})
    for name, values in whole.items():
        by_network[name] = values
    _add_leaders(by_network, names, led, network, projected, node[lead], task[lead])
    return by_unit, by_network[["network", *NETWORK_COLUMNS]]


def _add_leaders(by_network, names, led, network, projected, lead_node, lead_task) -> None:
    """Top unit by tasks led (ties in table order), and the shares of all tasks led by it and by the top three."""
    k, counts = len(by_network), by_network["tasks"].to_numpy()
    scoped = np.flatnonzero(projected)
    ranked = scoped[np.lexsort((scoped, -led[scoped], network[scoped]))]
    rank = pd.Series(network[ranked]).groupby(network[ranked]).cumcount().to_numpy()
    first, top3 = ranked[rank == 0], ranked[rank < 3]
    top_unit = np.full(k, None, dtype=object)
    top_unit[network[first]] = names[first]
    top_led = np.zeros(k)
    top_led[network[first]] = led[first]
    top3_names = pd.Series(names[top3]).groupby(network[top3]).agg(list)
    in_top3 = np.zeros(len(led), dtype=bool)
    in_top3[top3] = True
    tasks_led = np.unique(lead_task[in_top3[lead_node]], return_index=True)[1]  # each task once
    by_top3 = np.bincount(network[lead_node[in_top3[lead_node]][tasks_led]], minlength=k)
    has_top = np.array([unit is not None for unit in top_unit], dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        by_network["top_unit"] = top_unit
        by_network["top_unit_lead_share"] = np.where(has_top & (counts > 0), top_led / counts, np.nan)
        by_network["top3_units"] = [top3_names.get(i, []) for i in range(k)]
        by_network["top3_lead_share"] = np.where(counts > 0, by_top3 / counts, np.nan)
