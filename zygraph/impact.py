"""What breaks if a unit drops out: tasks left without a department, a lead or any unit, and the network's pieces."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from zygraph.graph import project_units
from zygraph.lookup import resolve_unit
from zygraph.names.units import PROJECTED_KINDS

__all__ = ["removal_impact", "impact_ranking"]


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
        :data:`zygraph.names.units.PROJECTED_KINDS`); ``None``: every unit.

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


def impact_ranking(table, *, kinds=PROJECTED_KINDS, G: nx.Graph | None = None) -> pd.DataFrame:
    """Rank every unit by what its removal would break.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    kinds : collection of str or None
        As in :func:`removal_impact`.
    G : networkx.Graph, optional
        The co-responsibility projection of ``table`` for ``kinds``, when the
        caller has built it already; left untouched.

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
    0     市科协                   1                 1                        -2
    1    市科技局                   1                 0                        -1
    2  市教育体育局                   0                 0                        -1

    Notes
    -----
    The same measures as :func:`removal_impact`, for all units at once; the
    changes in components come from one depth-first search of the projection
    (articulation points and the sizes of the pieces they leave), so the
    ranking is one pass, not one projection per unit.
    """
    sole_lead, alone, lone_department = _lone_tasks(table.assignments, table.units.set_index("unit")["kind"], kinds)
    G = project_units(table, kinds=kinds, tasks=False) if G is None else G
    largest = max((len(c) for c in nx.connected_components(G)), default=0)
    pieces = _removal_pieces(G)
    out = table.units[["unit", "kind"]].reset_index(drop=True)
    out["tasks_without_lead"] = out["unit"].map(sole_lead.map(len)).fillna(0).astype(int)
    out["tasks_without_unit"] = out["unit"].map(alone.map(len)).fillna(0).astype(int)
    out["component_change"] = out["unit"].map({u: p[0] for u, p in pieces.items()}).astype("Int64")
    out["tasks_without_department"] = out["unit"].map(lone_department.map(len)).fillna(0).astype(int)
    out["largest_component_change"] = out["unit"].map({u: p[1] - largest for u, p in pieces.items()}).astype("Int64")
    keys = ["tasks_without_department", "tasks_without_lead", "tasks_without_unit", "component_change",
            "largest_component_change"]
    return out.sort_values(keys, ascending=[False, False, False, False, True], kind="stable",
                           na_position="last").reset_index(drop=True)
