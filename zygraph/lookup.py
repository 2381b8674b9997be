"""Questions about one unit of a table: its canonical name, its tasks, its partners, the tasks two units share."""

from __future__ import annotations

import difflib

import pandas as pd

from zygraph.errors import UnknownUnitError
from zygraph.names.naming import place_unit
from zygraph.names.units import PROJECTED_KINDS, Registry, match_key

__all__ = ["resolve_unit", "tasks_of", "partners", "shared_tasks"]


def resolve_unit(table, name: str, registry: Registry | None = None) -> str:
    """Return the canonical name of a unit in the table, accepting registry aliases.

    ``registry`` gives the aliases (by default the bundled registry); pass the
    one the table was read with, so that a user's own aliases are accepted.

    Raises
    ------
    UnknownUnitError
        When the name is neither a unit of the table nor an alias of one; the
        message lists the closest names in the table.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([("科普", "看展", ["市文化广电旅游局"], [])])
    >>> resolve_unit(t, "市文广旅局")
    '市文化广电旅游局'
    """
    names = table.units["unit"].tolist()
    if name in names:
        return name
    registry = registry or Registry.bundled()
    res = registry.resolve(name)
    for canonical in (res.unit.name, place_unit(res, registry=registry).name):  # 市发展和改革委员会 -> 市发展改革委
        if canonical in names:
            return canonical
    by_key = {match_key(n): n for n in names}
    if match_key(name) in by_key:
        return by_key[match_key(name)]
    close = [by_key[k] for k in difflib.get_close_matches(match_key(name), list(by_key), n=3, cutoff=0.5)]
    hint = f"; did you mean {'、'.join(close)}?" if close else "; run `zygraph metrics` to list the units"
    raise UnknownUnitError(f"no unit named {name!r} in this table{hint}", path=table.meta.get("path"))


def _units_by_task(table) -> pd.DataFrame:
    by_role = table.assignments.groupby(["task_id", "role"])["unit"].agg("、".join).unstack("role")
    # a role no task has is a column of NaN (float): cast it to text before filling it with ""
    return by_role.reindex(columns=["lead", "support"]).astype(object).fillna("").rename(
        columns={"lead": "leads", "support": "supports"}
    )


def tasks_of(table, unit: str) -> pd.DataFrame:
    """Return the tasks a unit leads or supports, leads first.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    unit : str
        A unit name or an alias of one.

    Returns
    -------
    DataFrame
        ``task_id, role, area, task, leads, supports``; ``leads`` and
        ``supports`` list every unit of the task, joined with 、.

    Raises
    ------
    UnknownUnitError
        When the unit is not in the table.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协"]),
    ...     ("科普", "办科普日", ["市科协"], []),
    ... ])
    >>> tasks_of(t, "市科协")[["task_id", "role", "leads"]]
      task_id     role leads
    0    T002     lead   市科协
    1    T001  support  市科技局
    """
    unit = resolve_unit(table, unit)
    mine = table.assignments.loc[table.assignments["unit"] == unit, ["task_id", "role"]]
    out = mine.merge(table.tasks[["task_id", "area", "task"]], on="task_id").join(_units_by_task(table), on="task_id")
    out["role"] = pd.Categorical(out["role"], ["lead", "support"])
    return out.sort_values(["role", "task_id"]).astype({"role": str}).reset_index(drop=True)


def partners(table, unit: str, kinds=PROJECTED_KINDS) -> pd.DataFrame:
    """Return the units that share tasks with ``unit``, most shared tasks first.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    unit : str
        A unit name or an alias of one (of any kind).
    kinds : collection of str or None
        Kinds of partner listed (default :data:`zygraph.names.units.PROJECTED_KINDS`,
        matching the ``degree`` of :func:`zygraph.metrics.unit_metrics`);
        ``None`` lists every unit.

    Returns
    -------
    DataFrame
        ``partner, kind, shared, unit_leads, partner_leads, tasks``: the number
        of shared tasks, how many of them ``unit`` leads and how many the
        partner leads, and the sorted task ids.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协", "市教育体育局"]),
    ...     ("科普", "办科普日", ["市科协"], ["市科技局"]),
    ... ])
    >>> partners(t, "市科技局")[["partner", "shared", "unit_leads", "tasks"]]
      partner  shared  unit_leads         tasks
    0     市科协       2           1  [T001, T002]
    1  市教育体育局       1           1        [T001]
    """
    unit = resolve_unit(table, unit)
    a = table.assignments
    mine = a.loc[a["unit"] == unit, ["task_id", "role"]]
    kind = table.units.set_index("unit")["kind"]
    others = a[a["unit"] != unit]
    if kinds is not None:
        others = others[others["unit"].map(kind).isin(kinds)]
    both = others.merge(mine, on="task_id", suffixes=("", "_unit")).sort_values("task_id")
    out = both.groupby("unit", sort=False).agg(
        shared=("task_id", "size"),
        unit_leads=("role_unit", lambda r: int((r == "lead").sum())),
        partner_leads=("role", lambda r: int((r == "lead").sum())),
        tasks=("task_id", list),
    )
    out = out.rename_axis("partner").reset_index()
    out.insert(1, "kind", out["partner"].map(kind))
    return out.sort_values(["shared", "partner"], ascending=[False, True], kind="stable").reset_index(drop=True)


def shared_tasks(table, a: str, b: str) -> pd.DataFrame:
    """Return the tasks two units share, with each one's role.

    Parameters
    ----------
    table : TaskTable
        Left untouched.
    a, b : str
        Unit names or aliases.

    Returns
    -------
    DataFrame
        ``task_id, area, task, role_a, role_b``, by task id.

    Raises
    ------
    UnknownUnitError
        When either unit is not in the table.

    Examples
    --------
    >>> from zygraph import TaskTable
    >>> t = TaskTable.from_lists([
    ...     ("科普", "办科技周", ["市科技局"], ["市科协"]),
    ...     ("科普", "办科普日", ["市科协"], []),
    ... ])
    >>> shared_tasks(t, "市科协", "市科技局")[["task_id", "role_a", "role_b"]]
      task_id   role_a role_b
    0    T001  support   lead
    """
    a, b = resolve_unit(table, a), resolve_unit(table, b)
    rows = table.assignments
    both = rows.loc[rows["unit"] == a, ["task_id", "role"]].merge(
        rows.loc[rows["unit"] == b, ["task_id", "role"]], on="task_id", suffixes=("_a", "_b")
    )
    out = both.merge(table.tasks[["task_id", "area", "task"]], on="task_id")
    return out[["task_id", "area", "task", "role_a", "role_b"]].sort_values("task_id").reset_index(drop=True)
