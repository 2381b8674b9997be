"""Compare two task tables (two cities, or two years of one city): units, roles, measures and ties."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from zygraph.graph import unit_ties
from zygraph.metrics import unit_metrics
from zygraph.table import TaskTable
from zygraph.names.units import PROJECTED_KINDS

__all__ = ["Comparison", "compare", "task_changes", "COMPARED_MEASURES"]

#: Measures of :func:`zygraph.metrics.unit_metrics` compared unit by unit.
COMPARED_MEASURES = ("load", "degree", "betweenness", "eigenvector")
_SHOWN = 5  # names listed in a summary sentence before "and n more"
#: Least similarity (difflib's ratio) of two task texts read as one task reworded.
TASK_SIMILARITY = 0.8
#: Most pairs of unmatched tasks compared for rewording (beyond, only identical texts match).
FUZZY_PAIRS_MAX = 250_000


@dataclass(frozen=True)
class Comparison:
    """What changed from table A to table B, unit by unit and tie by tie.

    Attributes
    ----------
    units : DataFrame
        ``unit, kind, status, in_a, in_b``; ``status`` is ``kept``, ``lost``
        (in A only) or ``gained`` (in B only). A's units first, in A's order.
    roles : DataFrame
        ``unit, status, tasks_led_a, tasks_led_b, led_change, tasks_supported_a,
        tasks_supported_b, supported_change`` (0 tasks where a unit is absent).
    measures : DataFrame
        ``unit, status`` and for each of :data:`COMPARED_MEASURES`
        ``<m>_a, <m>_b, <m>_change``; NaN where the unit is absent from that
        table or, for projection measures, outside its projection.
    ties : DataFrame
        ``unit_a, unit_b, weight_a, weight_b, change, status`` (``appeared``,
        ``vanished`` or ``kept``): shared tasks in each table, 0 where absent;
        ``unit_a < unit_b``; appeared first, then vanished, then kept, larger
        changes first.
    labels : tuple of str
        Names of A and B for sentences: each table's date, else its title, else its file stem, else "A"/"B".
        The unit with the largest change comes first among equals in A's order.
    tasks : DataFrame
        The task-level diff of :func:`task_changes`.
    """

    units: pd.DataFrame
    roles: pd.DataFrame
    measures: pd.DataFrame
    ties: pd.DataFrame
    labels: tuple = ("A", "B")
    tasks: pd.DataFrame | None = None

    def summary(self, lang: str = "en") -> list[str]:
        """Return short sentences on the main differences, in English or Chinese (``lang="zh"``).

        Examples
        --------
        >>> a = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"])])
        >>> b = TaskTable.from_lists([("科普", "t1", ["市科协"], ["市科技局", "市妇联"])])
        >>> for sentence in compare(a, b).summary():
        ...     print(sentence)
        Units: 2 in A, 3 in B; 1 gained (市妇联), 0 lost, 2 kept.
        Tasks led changed most for 市科技局 (1 -> 0).
        Load changed most for 市科技局 (2 -> 1).
        Co-responsibility ties: 2 appeared, 0 vanished, 1 kept (0 with another weight).
        Tasks: 0 added, 0 removed, 1 with another lead or other partners, 0 unchanged.
        """
        if lang == "zh":
            return self._summary_zh()
        a, b = self.labels
        status = self.units["status"]
        sentences = [
            f"Units: {int(self.units['in_a'].sum())} in {a}, {int(self.units['in_b'].sum())} in {b}; "
            f"{_count_named(self.units.loc[status == 'gained', 'unit'], 'gained')}, "
            f"{_count_named(self.units.loc[status == 'lost', 'unit'], 'lost')}, {int((status == 'kept').sum())} kept."
        ]
        kept = self.roles[self.roles["status"] == "kept"]
        if len(kept) and kept["led_change"].abs().max() > 0:
            row = kept.loc[kept["led_change"].abs().idxmax()]
            sentences.append(f"Tasks led changed most for {row.unit} ({row.tasks_led_a} -> {row.tasks_led_b}).")
        measures = self.measures[self.measures["status"] == "kept"]
        if len(measures) and measures["load_change"].abs().max() > 0:
            row = measures.loc[measures["load_change"].abs().idxmax()]
            sentences.append(f"Load changed most for {row.unit} ({row.load_a:g} -> {row.load_b:g}).")
        tie_status = self.ties["status"]
        kept_ties = self.ties[tie_status == "kept"]
        sentences.append(
            f"Co-responsibility ties: {int((tie_status == 'appeared').sum())} appeared, "
            f"{int((tie_status == 'vanished').sum())} vanished, {len(kept_ties)} kept "
            f"({int((kept_ties['change'] != 0).sum())} with another weight)."
        )
        if self.tasks is not None:
            counts = self.tasks["status"].value_counts()
            sentences.append(
                f"Tasks: {int(counts.get('added', 0))} added, {int(counts.get('removed', 0))} removed, "
                f"{int(counts.get('changed', 0))} with another lead or other partners, "
                f"{int(counts.get('kept', 0))} unchanged."
            )
        return sentences

    def _summary_zh(self) -> list[str]:
        a, b = self.labels
        status = self.units["status"]

        def named(names: pd.Series) -> str:
            shown = "、".join(names.iloc[:_SHOWN])
            more = f"等 {len(names)} 个" if len(names) > _SHOWN else ""
            return f"（{shown}{more}）" if len(names) else ""

        gained, lost = self.units.loc[status == "gained", "unit"], self.units.loc[status == "lost", "unit"]
        sentences = [
            f"单位：{a} {int(self.units['in_a'].sum())} 个，{b} {int(self.units['in_b'].sum())} 个；"
            f"新增 {len(gained)} 个{named(gained)}，减少 {len(lost)} 个{named(lost)}，保留 {int((status == 'kept').sum())} 个。"
        ]
        kept = self.roles[self.roles["status"] == "kept"]
        if len(kept) and kept["led_change"].abs().max() > 0:
            row = kept.loc[kept["led_change"].abs().idxmax()]
            sentences.append(f"牵头任务变化最大的是{row.unit}（{row.tasks_led_a} → {row.tasks_led_b}）。")
        measures = self.measures[self.measures["status"] == "kept"]
        if len(measures) and measures["load_change"].abs().max() > 0:
            row = measures.loc[measures["load_change"].abs().idxmax()]
            sentences.append(f"任务负荷变化最大的是{row.unit}（{row.load_a:g} → {row.load_b:g}）。")
        tie_status = self.ties["status"]
        kept_ties = self.ties[tie_status == "kept"]
        sentences.append(
            f"共担关系：新出现 {int((tie_status == 'appeared').sum())} 条，消失 {int((tie_status == 'vanished').sum())} 条，"
            f"保留 {len(kept_ties)} 条（其中 {int((kept_ties['change'] != 0).sum())} 条共同任务数有变化）。"
        )
        if self.tasks is not None:
            counts = self.tasks["status"].value_counts()
            sentences.append(
                f"任务：新增 {int(counts.get('added', 0))} 项，删去 {int(counts.get('removed', 0))} 项，"
                f"牵头或配合单位有变化 {int(counts.get('changed', 0))} 项，未变 {int(counts.get('kept', 0))} 项。"
            )
        return sentences


def _count_named(names: pd.Series, what: str) -> str:
    if not len(names):
        return f"0 {what}"
    shown = "、".join(names.iloc[:_SHOWN])
    more = f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else ""
    return f"{len(names)} {what} ({shown}{more})"


def _label(table: TaskTable, default: str) -> str:
    meta = table.meta
    path = meta.get("path") or ""
    named = meta.get("date") or meta.get("heading") or meta.get("title")
    return named or (Path(path).stem if path and not path.startswith("<") else default)


def _labels(a: TaskTable, b: TaskTable) -> tuple[str, str]:
    """Names of the two tables for sentences, made distinct: two notices of one day are told apart by file."""
    labels = (_label(a, "A"), _label(b, "B"))
    if labels[0] != labels[1]:
        return labels
    stems = tuple(Path(t.meta.get("path") or "").stem for t in (a, b))
    if all(stems) and stems[0] != stems[1]:
        return stems
    return ("A", "B")


def compare(a: TaskTable, b: TaskTable, *, kinds=PROJECTED_KINDS, seed: int = 0) -> Comparison:
    """Compare two task tables unit by unit, matching units by name.

    Parameters
    ----------
    a, b : TaskTable
        The two tables (earlier year or first city as ``a``); left untouched.
        Unit names are read in each notice's own place (市科协 in any city),
        so a corpus table (:func:`zygraph.corpus.read_corpus`) pools its issuers.
    kinds : collection of str or None
        Unit kinds of the co-responsibility projection, for the measures and
        ties (default :data:`zygraph.names.units.PROJECTED_KINDS`); ``units`` and
        ``roles`` list every unit.
    seed : int
        Passed to :func:`zygraph.metrics.unit_metrics`.

    Returns
    -------
    Comparison

    Examples
    --------
    >>> a = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"])])
    >>> b = TaskTable.from_lists([("科普", "t1", ["市科协"], ["市科技局", "市妇联"])])
    >>> c = compare(a, b)
    >>> c.units[["unit", "status"]].values.tolist()
    [['市科技局', 'kept'], ['市科协', 'kept'], ['市妇联', 'gained']]
    >>> c.roles[["unit", "led_change", "supported_change"]].values.tolist()
    [['市科技局', -1, 1], ['市科协', 1, -1], ['市妇联', 0, 1]]

    Notes
    -----
    Every change is ``B - A``. ``load`` and the projection measures are those
    of :func:`zygraph.metrics.unit_metrics` computed on each table separately
    (so betweenness and eigenvector are normalised within each table, and
    compare positions, not absolute amounts). Tie weights are shared tasks
    (:func:`zygraph.graph.unit_ties`, ``weight="count"``). Tasks are not
    matched between the tables: only units and ties are.
    """
    units = _units(a, b)
    key = units[["unit", "status"]]

    roles = key.copy()
    for side, table in (("a", a), ("b", b)):
        counts = pd.crosstab(table.assignments["unit"], table.assignments["role"])
        counts = counts.reindex(index=units["unit"], columns=["lead", "support"], fill_value=0)
        roles[f"tasks_led_{side}"] = counts["lead"].to_numpy()
        roles[f"tasks_supported_{side}"] = counts["support"].to_numpy()
    roles["led_change"] = roles["tasks_led_b"] - roles["tasks_led_a"]
    roles["supported_change"] = roles["tasks_supported_b"] - roles["tasks_supported_a"]
    roles = roles[["unit", "status", "tasks_led_a", "tasks_led_b", "led_change",
                   "tasks_supported_a", "tasks_supported_b", "supported_change"]]

    measures = key.copy()
    found = {side: unit_metrics(table, kinds=kinds, seed=seed).set_index("unit")
             for side, table in (("a", a), ("b", b))}
    for name in COMPARED_MEASURES:
        for side in ("a", "b"):
            measures[f"{name}_{side}"] = units["unit"].map(found[side][name]).astype(float).to_numpy()
        measures[f"{name}_change"] = measures[f"{name}_b"] - measures[f"{name}_a"]

    return Comparison(units=units, roles=roles, measures=measures, ties=_ties(a, b, kinds),
                      labels=_labels(a, b), tasks=task_changes(a, b))


def task_changes(a: TaskTable, b: TaskTable) -> pd.DataFrame:
    """Match the tasks of two tables by their text and say which were added, removed or given other units.

    Parameters
    ----------
    a, b : TaskTable
        Left untouched. Units are compared by name as the tables give them
        (:func:`compare` passes canonical names).

    Returns
    -------
    DataFrame
        One row per task of either table: ``task_id_a, task_id_b, area, task``
        (B's wording where both have it), ``status`` (``added``, ``removed``,
        ``changed``, ``kept``), ``change`` (``lead``, ``partners``, ``lead;
        partners``, ``text`` or empty), ``lead_a, lead_b, support_a,
        support_b`` (units joined by ``、``), ``similarity`` (1 for the same
        text). Changed first, then added, removed, kept; in B's order, then A's.

    Examples
    --------
    >>> a = TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"]), ("科普", "办展览", ["市科协"], [])])
    >>> b = TaskTable.from_lists([("科普", "办 科技周", ["市科协"], ["市科技局"]), ("科普", "进校园", ["市科协"], [])])
    >>> task_changes(a, b)[["task_id_a", "task_id_b", "status", "change", "lead_a", "lead_b"]].values.tolist()
    [['T001', 'T001', 'changed', 'lead; partners', '市科技局', '市科协'], [None, 'T002', 'added', '', '', '市科协'], ['T002', None, 'removed', '', '市科协', '']]

    Notes
    -----
    Texts match after NFKC normalisation with all white space removed; tasks
    left over are then paired greedily by difflib's ratio, most similar first,
    when at least :data:`TASK_SIMILARITY` (``change`` then includes ``text``).
    Beyond :data:`FUZZY_PAIRS_MAX` pairs only identical texts are matched.
    ``partners`` means the supporting units differ.
    """
    sides = {side: _task_units(table) for side, table in (("a", a), ("b", b))}
    keys = {side: [_text_key(text) for text in frame["task"]] for side, frame in sides.items()}
    pairs, free_a = [], list(range(len(keys["a"])))
    by_key: dict = {}
    for i in free_a:
        by_key.setdefault(keys["a"][i], []).append(i)
    free_b = []
    for j, key in enumerate(keys["b"]):
        if by_key.get(key):
            pairs.append((by_key[key].pop(0), j, 1.0))
        else:
            free_b.append(j)
    matched_a = {i for i, _, _ in pairs}
    free_a = [i for i in free_a if i not in matched_a]
    if free_a and free_b and len(free_a) * len(free_b) <= FUZZY_PAIRS_MAX:
        scored = sorted(
            ((difflib.SequenceMatcher(None, keys["a"][i], keys["b"][j], autojunk=False).ratio(), i, j)
             for i in free_a for j in free_b),
            key=lambda s: (-s[0], s[1], s[2]),
        )
        taken_a, taken_b = set(), set()
        for ratio, i, j in scored:
            if ratio < TASK_SIMILARITY:
                break
            if i in taken_a or j in taken_b:
                continue
            taken_a.add(i)
            taken_b.add(j)
            pairs.append((i, j, ratio))
        free_a = [i for i in free_a if i not in taken_a]
        free_b = [j for j in free_b if j not in taken_b]
    rows = []
    A, B = sides["a"], sides["b"]
    for i, j, ratio in pairs:
        ra, rb = A.iloc[i], B.iloc[j]
        change = [what for what, differs in (("lead", ra.lead != rb.lead), ("partners", ra.support != rb.support),
                                             ("text", ratio < 1)) if differs]
        rows.append((ra.task_id, rb.task_id, rb.area, rb.task, "changed" if change else "kept", "; ".join(change),
                     ra.lead, rb.lead, ra.support, rb.support, round(ratio, 3), j, 0))
    for j in free_b:
        rb = B.iloc[j]
        rows.append((None, rb.task_id, rb.area, rb.task, "added", "", "", rb.lead, "", rb.support, 0.0, j, 0))
    for i in free_a:
        ra = A.iloc[i]
        rows.append((ra.task_id, None, ra.area, ra.task, "removed", "", ra.lead, "", ra.support, "", 0.0, i, 0))
    columns = ["task_id_a", "task_id_b", "area", "task", "status", "change", "lead_a", "lead_b", "support_a",
               "support_b", "similarity", "_order", "_"]
    out = pd.DataFrame(rows, columns=columns).astype({"task_id_a": object, "task_id_b": object})
    rank = out["status"].map({"changed": 0, "added": 1, "removed": 2, "kept": 3})
    out = out.iloc[np.lexsort((out["_order"].to_numpy(), rank.to_numpy()))].reset_index(drop=True)
    return out.drop(columns=["_order", "_"]).replace({np.nan: None})


def _text_key(text) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text)).split())


def _task_units(table: TaskTable) -> pd.DataFrame:
    """One row per task: id, area, text, and its lead and support units joined by 、 in the table's order."""
    assignments = table.assignments
    joined = {role: assignments[assignments["role"] == role].groupby("task_id", sort=False)["unit"].agg("、".join)
              for role in ("lead", "support")}
    tasks = table.tasks[["task_id", "area", "task"]].reset_index(drop=True)
    for role in ("lead", "support"):
        tasks[role] = tasks["task_id"].map(joined[role]).astype(object).fillna("")
    return tasks


def _units(a: TaskTable, b: TaskTable) -> pd.DataFrame:
    names_a, names_b = a.units["unit"], b.units["unit"]
    order = list(dict.fromkeys([*names_a, *names_b]))
    kind = {**a.units.set_index("unit")["kind"].to_dict(), **b.units.set_index("unit")["kind"].to_dict()}
    units = pd.DataFrame({"unit": order, "kind": [kind[u] for u in order]})
    units["in_a"] = units["unit"].isin(set(names_a))
    units["in_b"] = units["unit"].isin(set(names_b))
    units["status"] = np.select([units["in_a"] & units["in_b"], units["in_a"]], ["kept", "lost"], "gained")
    return units[["unit", "kind", "status", "in_a", "in_b"]]


def _ties(a: TaskTable, b: TaskTable, kinds) -> pd.DataFrame:
    frames = []
    for side, table in (("a", a), ("b", b)):
        ties = unit_ties(table, weight="count", kinds=kinds)
        first = ties[["unit_a", "unit_b"]].min(axis=1)
        second = ties[["unit_a", "unit_b"]].max(axis=1)
        frames.append(pd.DataFrame({"unit_a": first, "unit_b": second, f"weight_{side}": ties["weight"]}))
    ties = frames[0].merge(frames[1], on=["unit_a", "unit_b"], how="outer")
    ties[["weight_a", "weight_b"]] = ties[["weight_a", "weight_b"]].fillna(0).astype(int)
    ties["change"] = ties["weight_b"] - ties["weight_a"]
    ties["status"] = np.select([ties["weight_a"] == 0, ties["weight_b"] == 0], ["appeared", "vanished"], "kept")
    rank = ties["status"].map({"appeared": 0, "vanished": 1, "kept": 2})
    order = np.lexsort((ties["unit_b"], ties["unit_a"], -ties["change"].abs(), rank))
    return ties.iloc[order].reset_index(drop=True)[["unit_a", "unit_b", "weight_a", "weight_b", "change", "status"]]
