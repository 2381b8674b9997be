"""The bipartite unit-task graph and its unit projections.

Units carry ``bipartite=0`` and node ids ``"unit:" + name``; tasks carry
``bipartite=1`` and node ids ``"task:" + task_id``, so the two sets never
collide. Projections hold units only, under their plain names, and are built
from a sparse units x tasks incidence matrix (``P = M @ M.T``), so they scale to
hundreds of thousands of assignments.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from zygraph.errors import NodeSetError
from zygraph.names.units import PROJECTED_KINDS

__all__ = [
    "UNIT_PREFIX",
    "TASK_PREFIX",
    "WEIGHTS",
    "bipartite_graph",
    "incidence_matrix",
    "project_units",
    "unit_ties",
    "project_coordination",
    "unit_area_matrix",
]

UNIT_PREFIX = "unit:"
TASK_PREFIX = "task:"
#: Tie weights :func:`project_units` knows.
WEIGHTS = ("count", "newman", "jaccard")


def bipartite_graph(table) -> nx.Graph:
    """Return the bipartite graph of units and the tasks they lead or support.

    Parameters
    ----------
    table : TaskTable
        Left untouched.

    Returns
    -------
    B : networkx.Graph
        Unit nodes ``"unit:" + name`` with ``bipartite=0, label, name_en, kind, label_en``;
        task nodes ``"task:" + task_id`` with ``bipartite=1, label, area, task``;
        one edge per assignment with ``role`` (``"lead"`` or ``"support"``).
        Every unit and every task is a node, local governments and collective
        placeholders included.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])])
    >>> B = bipartite_graph(t)
    >>> sorted(B.nodes)
    ['task:T001', 'unit:市科协', 'unit:市科技局']
    >>> B.edges["unit:市科协", "task:T001"]["role"]
    'support'
    """
    B = nx.Graph()
    B.add_nodes_from(
        (UNIT_PREFIX + u.unit, {"bipartite": 0, "label": u.unit, "name_en": u.name_en, "kind": u.kind,
                                "label_en": getattr(u, "label_en", "") or ""})
        for u in table.units.itertuples(index=False)
    )
    B.add_nodes_from(
        (TASK_PREFIX + t.task_id, {"bipartite": 1, "label": t.task_id, "area": t.area, "task": t.task})
        for t in table.tasks.itertuples(index=False)
    )
    B.add_edges_from(
        (UNIT_PREFIX + a.unit, TASK_PREFIX + a.task_id, {"role": a.role})
        for a in table.assignments.itertuples(index=False)
    )
    return B


# -- the incidence matrix ------------------------------------------------------


@dataclass(frozen=True)
class _Incidence:
    """Assignments as integer codes: ``unit[i]`` is on ``task[j]`` with ``lead[k]``."""

    units: np.ndarray  # unit names, the matrix rows
    tasks: np.ndarray  # task ids, the matrix columns
    row: np.ndarray  # one entry per assignment
    col: np.ndarray
    lead: np.ndarray  # bool
    unit_info: pd.DataFrame  # indexed by unit name: name_en, kind, tasks_led, tasks_supported

    def matrix(self, role: str | None = None) -> sp.csr_matrix:
        keep = slice(None) if role is None else (self.lead if role == "lead" else ~self.lead)
        row, col = self.row[keep], self.col[keep]
        data = np.ones(len(row), dtype=np.int64)
        return sp.csr_matrix((data, (row, col)), shape=(len(self.units), len(self.tasks)))


def _role_counts(assignments: pd.DataFrame) -> pd.DataFrame:
    counts = pd.crosstab(assignments["unit"], assignments["role"])
    return counts.reindex(columns=["lead", "support"], fill_value=0).rename(
        columns={"lead": "tasks_led", "support": "tasks_supported"}
    )


def _from_assignments(assignments: pd.DataFrame, units: pd.DataFrame, kinds) -> _Incidence:
    """Codes for the assignments of units whose kind is in ``kinds`` (None: every unit)."""
    info = units.set_index("unit")[["name_en", "kind", *(["label_en"] if "label_en" in units.columns else [])]]
    info = info.join(_role_counts(assignments)).fillna({"tasks_led": 0, "tasks_supported": 0})
    info[["tasks_led", "tasks_supported"]] = info[["tasks_led", "tasks_supported"]].astype(int)
    if kinds is not None:
        info = info[info["kind"].isin(kinds)]
    scoped = assignments[assignments["unit"].isin(info.index)]
    row = pd.Index(info.index).get_indexer(scoped["unit"])
    col, tasks = pd.factorize(scoped["task_id"], sort=True)
    return _Incidence(
        units=info.index.to_numpy(dtype=object),
        tasks=np.asarray(tasks, dtype=object),
        row=row.astype(np.int64),
        col=col.astype(np.int64),
        lead=(scoped["role"] == "lead").to_numpy(),
        unit_info=info,
    )


def _from_graph(B: nx.Graph, nodes, kinds) -> _Incidence:
    """Codes for the unit nodes ``nodes`` of a bipartite graph, after checking them."""
    units_in_B = [n for n, side in B.nodes(data="bipartite") if side == 0]
    if nodes is None:
        nodes = [n for n in units_in_B if kinds is None or B.nodes[n].get("kind", "unknown") in kinds]
    else:
        nodes = list(dict.fromkeys(nodes))
        missing = [n for n in nodes if n not in B]
        if missing:
            raise NodeSetError(
                f"{len(missing)} node(s) are not in the graph: {', '.join(map(str, missing[:5]))}; "
                f"unit nodes are written {UNIT_PREFIX!r} + name"
            )
        wrong = [n for n in nodes if B.nodes[n].get("bipartite") != 0]
        if wrong:
            raise NodeSetError(
                f"a unit projection takes unit nodes only (bipartite=0), but {len(wrong)} given are not: "
                f"{', '.join(map(str, wrong[:5]))}; pass units only, e.g. "
                f"[n for n, d in B.nodes(data='bipartite') if d == 0]"
            )
    rows = [
        (B.nodes[u].get("label", u), B.nodes[t].get("label", t), role)
        for u in nodes
        for t, role in ((t, B.edges[u, t].get("role", "support")) for t in B[u])
    ]
    assignments = pd.DataFrame(rows, columns=["unit", "task_id", "role"])
    units = pd.DataFrame(
        [(B.nodes[u].get("label", u), B.nodes[u].get("name_en", ""), B.nodes[u].get("kind", "unknown"),
          B.nodes[u].get("label_en", ""))
         for u in nodes],
        columns=["unit", "name_en", "kind", "label_en"],
    )
    return _from_assignments(assignments, units, None)


def _incidence(data, nodes=None, kinds=PROJECTED_KINDS) -> _Incidence:
    if isinstance(data, nx.Graph):
        return _from_graph(data, nodes, kinds)
    if nodes is not None:
        raise NodeSetError("nodes= is for a bipartite graph; with a table, choose units with kinds=")
    return _from_assignments(data.assignments, data.units, kinds)


def incidence_matrix(table, kinds=PROJECTED_KINDS, role: str | None = None):
    """Return the sparse units x tasks incidence matrix of a table.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    kinds : collection of str or None
        Unit kinds to keep (default :data:`zygraph.names.units.PROJECTED_KINDS`);
        ``None`` keeps every unit.
    role : {None, "lead", "support"}
        Keep only assignments in this role; ``None`` keeps both.

    Returns
    -------
    M : scipy.sparse.csr_matrix
        ``M[i, j] = 1`` when unit ``units[i]`` is on task ``tasks[j]``.
    units, tasks : numpy arrays
        Row and column labels. Tasks are those with at least one kept unit.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])])
    >>> M, units, tasks = incidence_matrix(t)
    >>> M.toarray().tolist(), list(units), list(tasks)
    ([[1], [1]], ['市科技局', '市科协'], ['T001'])
    """
    inc = _incidence(table, kinds=kinds)
    return inc.matrix(role), inc.units, inc.tasks


# -- projections -------------------------------------------------------------


def _pairs_by_task(inc: _Incidence, lead_first: bool = False):
    """Every (unit, unit, task) with both units on the task: unit pairs i < j, or lead -> support."""
    order = np.argsort(inc.col, kind="stable")
    row, col, lead = inc.row[order], inc.col[order], inc.lead[order]
    if lead_first:
        leads = pd.DataFrame({"a": row[lead], "t": col[lead]})
        supports = pd.DataFrame({"b": row[~lead], "t": col[~lead]})
        pairs = leads.merge(supports, on="t")
        return pairs["a"].to_numpy(), pairs["b"].to_numpy(), pairs["t"].to_numpy()
    # Within each task's block of rows, pair every position with every later one.
    starts = np.r_[0, np.flatnonzero(np.diff(col)) + 1]
    ends = np.r_[starts[1:], len(col)]
    block_end = np.repeat(ends, ends - starts)
    later = block_end - np.arange(len(col)) - 1
    first = np.repeat(np.arange(len(col)), later)
    offset = np.arange(len(first)) - np.repeat(np.cumsum(later) - later, later)
    second = first + 1 + offset
    a, b = row[first], row[second]
    return np.minimum(a, b), np.maximum(a, b), col[first]


def _edge_tasks(inc: _Incidence, a, b, t, key_of_edges):
    """The sorted task ids behind each edge ``(a, b)``, in the order of ``key_of_edges`` (a * n + b)."""
    if len(t) == 0:
        return []
    key = a * len(inc.units) + b
    order = np.argsort(key * len(inc.tasks) + t)  # by edge, then task
    key, ids = key[order], inc.tasks[t[order]].tolist()
    bounds = np.flatnonzero(np.diff(key)) + 1
    starts, ends = np.r_[0, bounds], np.r_[bounds, len(key)]
    at = np.searchsorted(key[starts], key_of_edges)
    return [ids[start:end] for start, end in zip(starts[at].tolist(), ends[at].tolist())]


def _unit_graph(inc: _Incidence, graph_class) -> nx.Graph:
    G = graph_class()
    G.add_nodes_from((name, row._asdict()) for name, row in zip(inc.units, inc.unit_info.itertuples(index=False)))
    return G


def project_units(data, nodes=None, *, weight: str = "count", kinds=PROJECTED_KINDS, tasks: bool = True) -> nx.Graph:
    """Return the co-responsibility graph: units tied when they share a task.

    Parameters
    ----------
    data : TaskTable or networkx.Graph
        A table, or a graph from :func:`bipartite_graph`. Left untouched.
    nodes : iterable, optional
        With a graph only: the unit nodes (``"unit:" + name``) to project onto.
        Default: every unit node whose kind is in ``kinds`` (a node with no
        ``kind`` attribute counts as ``"unknown"``).
    weight : {"count", "newman", "jaccard"}
        ``count``: number of shared tasks. ``newman``: each shared task ``t``
        adds ``1 / (n_t - 1)``, ``n_t`` the number of projected units on ``t``.
        ``jaccard``: shared tasks over tasks of either unit.
    kinds : collection of str or None
        Unit kinds projected (default :data:`zygraph.names.units.PROJECTED_KINDS`,
        which leaves out local governments and collective placeholders);
        ``None`` projects every unit.
    tasks : bool
        Keep the sorted task ids behind each tie on the edge (``tasks``).
        Turn off for very large tables when only the weights are needed.

    Returns
    -------
    G : networkx.Graph
        Nodes are plain unit names with ``name_en, kind, tasks_led,
        tasks_supported`` (counted over the whole table); a projected unit with
        no partner is an isolated node. Edges carry ``weight``, ``shared``
        (number of shared tasks) and, unless ``tasks=False``, ``tasks``.

    Raises
    ------
    NodeSetError
        When ``nodes`` are missing from the graph or include task nodes.
    ValueError
        For an unknown ``weight``.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"]),
    ...     ("科普", "办科普日", ["市科协"], ["市科技局"]),
    ... ])
    >>> G = project_units(t)
    >>> G.edges["市科技局", "市科协"]
    {'weight': 2, 'shared': 2, 'tasks': ['T001', 'T002']}
    >>> project_units(t, weight="newman").edges["市科技局", "市科协"]["weight"]
    1.5
    >>> project_units(t, weight="jaccard").edges["市科协", "市教育体育局"]["weight"]
    0.5

    Notes
    -----
    With ``M`` the units x tasks incidence matrix, shared counts are the off-
    diagonal entries of ``M @ M.T``; Newman's weights [1]_ are those of
    ``M D M.T`` with ``D = diag(1 / (n_t - 1))`` (a task with one projected unit
    adds nothing); Jaccard is ``s_ij / (k_i + k_j - s_ij)`` with ``k`` the
    number of (projected-unit) tasks of each unit. These equal networkx's
    ``weighted_projected_graph``, ``collaboration_weighted_projected_graph``
    and ``overlap_weighted_projected_graph`` on the bipartite graph restricted
    to the projected units. The weights are similarities, not distances.

    References
    ----------
    .. [1] M. E. J. Newman, "Scientific collaboration networks. II. Shortest
       paths, weighted networks, and centrality", Phys. Rev. E 64, 016132 (2001).
    """
    if weight not in WEIGHTS:
        raise ValueError(f"weight must be one of {', '.join(WEIGHTS)}, not {weight!r}")
    inc = _incidence(data, nodes, kinds)
    G = _project(inc, weight, tasks)
    G.graph.update(weight=weight, kinds=None if kinds is None else sorted(kinds))
    return G


def _tie_weights(M: sp.csr_matrix, weight: str):
    """Ties i < j of the incidence matrix ``M``, by row then column: rows, columns, weights, shared tasks."""
    shared = sp.triu(M @ M.T, k=1).tocsr().tocoo()
    if weight == "count":
        values = shared.data
    elif weight == "newman":
        n_t = np.asarray(M.sum(axis=0)).ravel()
        scale = np.divide(1.0, n_t - 1, out=np.zeros(len(n_t)), where=n_t > 1)
        values = sp.triu(M @ sp.diags(scale) @ M.T, k=1).tocsr()[shared.row, shared.col].A1
    else:
        k = np.asarray(M.sum(axis=1)).ravel()
        values = shared.data / (k[shared.row] + k[shared.col] - shared.data)
    return shared.row, shared.col, values, shared.data


def _project(inc: _Incidence, weight: str, tasks: bool) -> nx.Graph:
    row, col, values, shared = _tie_weights(inc.matrix(), weight)
    G = _unit_graph(inc, nx.Graph)
    u, v = inc.units[row], inc.units[col]
    if tasks:
        a, b, t = _pairs_by_task(inc)
        lists = _edge_tasks(inc, a, b, t, row * len(inc.units) + col)
        G.add_edges_from(
            (x, y, {"weight": w, "shared": s, "tasks": ts})
            for x, y, w, s, ts in zip(u, v, values.tolist(), shared.tolist(), lists)
        )
    else:
        G.add_edges_from(
            (x, y, {"weight": w, "shared": s}) for x, y, w, s in zip(u, v, values.tolist(), shared.tolist())
        )
    return G


def unit_ties(table, weight: str = "count", kinds=PROJECTED_KINDS) -> pd.DataFrame:
    """Return the ties of :func:`project_units` as a frame, without building a graph.

    For very large tables, or to write the ties out: building a networkx graph
    costs about a microsecond a tie, many times the sparse product itself.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    weight, kinds
        As in :func:`project_units`.

    Returns
    -------
    DataFrame
        ``unit_a, unit_b, weight, shared``, one row per tie, ``unit_a`` before
        ``unit_b`` in table order of first appearance.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"])])
    >>> unit_ties(t, weight="newman")
      unit_a  unit_b  weight  shared
    0   市科技局     市科协     0.5       1
    1   市科技局  市教育体育局     0.5       1
    2    市科协  市教育体育局     0.5       1
    """
    if weight not in WEIGHTS:
        raise ValueError(f"weight must be one of {', '.join(WEIGHTS)}, not {weight!r}")
    inc = _incidence(table, kinds=kinds)
    row, col, values, shared = _tie_weights(inc.matrix(), weight)
    return pd.DataFrame({"unit_a": inc.units[row], "unit_b": inc.units[col], "weight": values, "shared": shared})


def project_coordination(data, nodes=None, *, kinds=PROJECTED_KINDS) -> nx.DiGraph:
    """Return the lead -> support graph: who coordinates whom.

    Parameters
    ----------
    data, nodes, kinds
        As in :func:`project_units`.

    Returns
    -------
    D : networkx.DiGraph
        Nodes as in :func:`project_units`; an edge ``a -> b`` when ``a`` leads
        a task that ``b`` supports, with ``weight`` = the number of such tasks
        and ``tasks`` = their sorted ids.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"]),
    ...     ("科普", "办科普日", ["市科协"], ["市科技局"]),
    ... ])
    >>> D = project_coordination(t)
    >>> sorted((a, b, w) for a, b, w in D.edges(data="weight"))
    [('市科协', '市科技局', 1), ('市科技局', '市教育体育局', 1), ('市科技局', '市科协', 1)]

    Notes
    -----
    With ``L`` and ``S`` the lead and support incidence matrices, the weights
    are the entries of ``L @ S.T``. Co-leads of one task are not tied here
    (they are in :func:`project_units`).
    """
    inc = _incidence(data, nodes, kinds)
    C = (inc.matrix("lead") @ inc.matrix("support").T).tocoo()
    D = _unit_graph(inc, nx.DiGraph)
    a, b, t = _pairs_by_task(inc, lead_first=True)
    lists = _edge_tasks(inc, a, b, t, C.row * len(inc.units) + C.col)
    D.add_edges_from(
        (x, y, {"weight": w, "tasks": ts})
        for x, y, w, ts in zip(inc.units[C.row], inc.units[C.col], C.data.tolist(), lists)
    )
    D.graph.update(kinds=None if kinds is None else sorted(kinds))
    return D


def unit_area_matrix(table, role: str | None = None, kinds=None) -> pd.DataFrame:
    """Count each unit's tasks in each policy area, ready for a heatmap.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    role : {None, "lead", "support", "any"}
        ``"lead"`` or ``"support"``: one flat units x areas frame of that
        role's counts. ``"any"``: tasks in either role. ``None``: both roles
        side by side, columns a MultiIndex ``(role, area)``, so
        ``m["lead"]`` and ``m["support"]`` are each a heatmap.
    kinds : collection of str, optional
        Keep only units of these kinds; default every unit.

    Returns
    -------
    DataFrame
        Rows: units, most tasks first (ties in table order). Columns: areas,
        in the order the table first names them. Zero where a unit has no task.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协"]),
    ...     ("教育", "进校园", ["市科协"], []),
    ... ])
    >>> unit_area_matrix(t, role="lead")
    area  科普  教育
    unit
    市科协    0   1
    市科技局   1   0
    >>> int(unit_area_matrix(t)["support"].loc["市科协", "科普"])
    1
    """
    if role not in (None, "lead", "support", "any"):
        raise ValueError(f"role must be None, 'lead', 'support' or 'any', not {role!r}")
    tidy = table.assignments.merge(table.tasks[["task_id", "area"]], on="task_id", how="left")
    units = table.units if kinds is None else table.units[table.units["kind"].isin(kinds)]
    tidy = tidy[tidy["unit"].isin(units["unit"])]
    areas = pd.Index(pd.unique(table.tasks["area"]), name="area")
    totals = tidy.groupby("unit").size().reindex(units["unit"], fill_value=0)
    order = pd.Index(totals.sort_values(ascending=False, kind="stable").index, name="unit")

    def counts(rows):
        return pd.crosstab(rows["unit"], rows["area"]).reindex(index=order, columns=areas, fill_value=0)

    if role == "any":
        return counts(tidy)
    if role is not None:
        return counts(tidy[tidy["role"] == role])
    return pd.concat({r: counts(tidy[tidy["role"] == r]) for r in ("lead", "support")}, axis=1,
                     names=["role", "area"])
