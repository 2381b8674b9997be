"""An analysed document: tables, graphs and measures one attribute away, each computed once.

This is the object a notebook wants::

    doc = zygraph.load("data/ziyang_2023_science_literacy_tasks.txt")
    doc.metrics.head()            # pandas
    doc.units_graph               # networkx
    doc.select(areas="青少年").show()
"""

from __future__ import annotations

import math
import numbers
from functools import cached_property
from pathlib import Path

import networkx as nx
import pandas as pd

from zygraph import graph, lookup, metrics
from zygraph.errors import OptionError
from zygraph.table import TaskTable, read_table
from zygraph.names.units import PROJECTED_KINDS

__all__ = ["Document", "load"]


def load(path: str | Path, *, registry=None, layout: str | None = None, issuer: str | None = None,
         **options) -> "Document":
    """Read a task-division table and return it as an analysable :class:`Document`.

    Parameters
    ----------
    path : str or Path
        The table file.
    registry : Registry or path, optional
        Extra unit names (see :func:`zygraph.read_table`).
    layout : str, optional
        Force a reader.
    issuer : str, optional
        Who issued the notice (``"广州市人民政府"``), if the notice does not say.
    **options
        Passed to :class:`Document` (``kinds``, ``lead_weight``, ``share``, ``seed``).

    Examples
    --------
    >>> doc = load("data/ziyang_2023_science_literacy_tasks.txt")
    >>> top = doc.metrics.iloc[0]
    >>> top.unit, int(top.tasks_led), int(top.tasks_supported)
    ('市科协', 29, 46)
    """
    return Document(read_table(path, registry=registry, layout=layout, issuer=issuer), **options)


class Document:
    """One analysed task table; every result is computed on first use and kept.

    Parameters
    ----------
    table : TaskTable
    kinds : collection of str or None
        Unit kinds that enter the projections and network measures
        (default: departments, people's organisations and institutions; local
        governments and collective placeholders stay out). ``None``: all.
    lead_weight : float
        What leading a task counts in ``load`` against supporting it (1): a
        finite number, 0 or more (:class:`~zygraph.errors.OptionError` otherwise).
    share : bool
        Divide each task's weight in ``load`` among the units on it.
    seed : int
        Seed of communities, sampled betweenness and layouts.

    Examples
    --------
    >>> doc = Document(TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])]))
    >>> sorted(doc.units_graph.edges(data="weight"))
    [('市科技局', '市科协', 1)]
    """

    def __init__(self, table: TaskTable, *, kinds=PROJECTED_KINDS, lead_weight: float = 2.0,
                 share: bool = False, seed: int = 0):
        if not isinstance(lead_weight, numbers.Real) or not math.isfinite(lead_weight) or lead_weight < 0:
            raise OptionError(f"lead_weight is {lead_weight!r}; give a finite number of 0 or more, such as 2")
        self.table = table
        self.kinds = None if kinds is None else frozenset(kinds)
        self.lead_weight = lead_weight
        self.share = share
        self.seed = seed

    def __repr__(self) -> str:
        return f"<Document {self.meta.get('title') or self.meta.get('path', '')}: {len(self.tasks)} tasks, {len(self.units)} units>"

    # -- the tidy table --------------------------------------------------
    @property
    def tasks(self) -> pd.DataFrame:
        """One row per task (``task_id, area, task, note, line, document``)."""
        return self.table.tasks

    @property
    def assignments(self) -> pd.DataFrame:
        """One row per (task, unit) with its role."""
        return self.table.assignments

    @property
    def units(self) -> pd.DataFrame:
        """One row per unit named, with English name and kind."""
        return self.table.units

    @property
    def findings(self) -> pd.DataFrame:
        """Every correction and problem met while reading the table."""
        return self.table.findings

    @property
    def meta(self) -> dict:
        """Document number, issuer, title, date."""
        return self.table.meta

    @property
    def tidy(self) -> pd.DataFrame:
        """Assignments joined with task and unit columns."""
        return self.table.tidy

    # -- graphs ----------------------------------------------------------
    @cached_property
    def B(self) -> nx.Graph:
        """The bipartite unit-task graph (units ``bipartite=0``, tasks ``bipartite=1``)."""
        return graph.bipartite_graph(self.table)

    @cached_property
    def _projection(self) -> nx.Graph:
        """The co-responsibility projection, built once and handed to every measure."""
        return graph.project_units(self.table, weight="count", kinds=self.kinds)

    @cached_property
    def units_graph(self) -> nx.Graph:
        """Unit co-responsibility: weight = shared tasks; node ``load`` from :attr:`metrics`."""
        G = self._projection
        nx.set_node_attributes(G, self.metrics.set_index("unit")["load"].to_dict(), "load")
        return G

    def units_graph_weighted(self, weight: str = "newman") -> nx.Graph:
        """The co-responsibility graph with another tie weight (``"newman"`` or ``"jaccard"``)."""
        return graph.project_units(self.table, weight=weight, kinds=self.kinds)

    @cached_property
    def coordination(self) -> nx.DiGraph:
        """Lead -> support graph: weight = tasks one leads and the other supports."""
        D = graph.project_coordination(self.table, kinds=self.kinds)
        nx.set_node_attributes(D, self.metrics.set_index("unit")["load"].to_dict(), "load")
        return D

    @cached_property
    def area_matrix(self) -> pd.DataFrame:
        """Units x areas: tasks each unit is on in each area (lead or support)."""
        return graph.unit_area_matrix(self.table, role="any")

    @cached_property
    def area_matrix_by_role(self) -> pd.DataFrame:
        """Units x (role, area): lead and support counts side by side."""
        return graph.unit_area_matrix(self.table)

    def backbone(self, alpha: float = 0.05) -> nx.Graph:
        """The disparity-filter backbone of :attr:`units_graph` at level ``alpha``."""
        return metrics.backbone(self.units_graph, alpha=alpha)

    # -- measures --------------------------------------------------------
    @cached_property
    def metrics(self) -> pd.DataFrame:
        """Per-unit load and centrality (see :func:`zygraph.metrics.unit_metrics`)."""
        return metrics.unit_metrics(self.table, lead_weight=self.lead_weight, share=self.share,
                                    kinds=self.kinds, seed=self.seed, G=self._projection)

    @cached_property
    def network(self) -> dict:
        """Whole-network measures (see :func:`zygraph.metrics.network_metrics`)."""
        return metrics.network_metrics(self.table, kinds=self.kinds, seed=self.seed, G=self._projection)

    @cached_property
    def concentration(self) -> dict:
        """How concentrated leading is: HHI, Gini, top-1 and top-3 shares (see :func:`zygraph.metrics.lead_concentration`).

        Examples
        --------
        >>> doc = load("data/ziyang_2023_science_literacy_tasks.txt")
        >>> round(doc.concentration["hhi"], 3), round(doc.concentration["gini"], 3)
        (0.141, 0.709)
        """
        return metrics.lead_concentration(self.table, kinds=self.kinds)

    @cached_property
    def area_summary(self) -> pd.DataFrame:
        """One row per work area: tasks, units, who leads most, single-department tasks (see :func:`zygraph.metrics.area_summary`).

        Examples
        --------
        >>> doc = load("data/ziyang_2023_science_literacy_tasks.txt")
        >>> youth = doc.area_summary.set_index("area").loc["青少年科学素质提升行动"]
        >>> int(youth.tasks), youth.top_lead, int(youth.top_lead_tasks)
        (14, '市教育体育局', 12)
        """
        return metrics.area_summary(self.table, kinds=self.kinds)

    @cached_property
    def impact(self) -> pd.DataFrame:
        """Units ranked by what their removal would break."""
        return metrics.impact_ranking(self.table, kinds=self.kinds, G=self._projection)

    @cached_property
    def single_unit_tasks(self) -> pd.DataFrame:
        """Tasks on which only one unit of the projected kinds is named.

        Such a task rests on one department: no other department shares it
        (local governments and collective placeholders may still be listed).
        """
        tidy = self.tidy
        if self.kinds is not None:
            tidy = tidy[tidy.kind.isin(self.kinds)]
        counts = tidy.groupby("task_id").unit.transform("size")
        alone = tidy[counts == 1][["task_id", "area", "task", "unit", "role"]]
        return alone.reset_index(drop=True)

    # -- questions -------------------------------------------------------
    def tasks_of(self, unit: str) -> pd.DataFrame:
        """The tasks a unit leads and supports."""
        return lookup.tasks_of(self.table, unit)

    def partners(self, unit: str) -> pd.DataFrame:
        """The units a unit shares tasks with, and the tasks."""
        return lookup.partners(self.table, unit, kinds=self.kinds)

    def shared_tasks(self, a: str, b: str) -> pd.DataFrame:
        """The tasks two units are both named on."""
        return lookup.shared_tasks(self.table, a, b)

    def removal_impact(self, unit: str) -> dict:
        """What breaks if ``unit`` drops out: tasks left without a lead, a department or any unit; components.

        See :func:`zygraph.impact.removal_impact`; :meth:`without` gives the
        whole document after the removal.
        """
        return metrics.removal_impact(self.table, unit, kinds=self.kinds)

    def without(self, unit: str) -> "Document":
        """A new Document of the same table with one unit's assignments taken out; this one is left untouched.

        Parameters
        ----------
        unit : str
            A unit name or an alias of one.

        Returns
        -------
        Document
            Every task stays, even one left with no unit, so before and after
            count the same tasks; the options (``kinds``, ``lead_weight``,
            ``share``, ``seed``) are kept.

        Raises
        ------
        UnknownUnitError
            When the unit is not in the table.

        Examples
        --------
        >>> doc = load("data/ziyang_2023_science_literacy_tasks.txt")
        >>> after = doc.without("市科协")
        >>> len(after.units), len(after.tasks), after.network["components"]
        (32, 95, 1)
        >>> int((after.tasks_without_lead()).sum()) - int(doc.tasks_without_lead().sum())
        27
        """
        name = lookup.resolve_unit(self.table, unit)
        table = self.table
        assignments = table.assignments[table.assignments.unit != name].reset_index(drop=True)
        kept = TaskTable(
            tasks=table.tasks,
            assignments=assignments,
            units=table.units[table.units.unit != name].reset_index(drop=True),
            findings=table.findings,
            meta=dict(table.meta),
        )
        return Document(kept, kinds=self.kinds, lead_weight=self.lead_weight, share=self.share, seed=self.seed)

    def tasks_without_lead(self) -> pd.Series:
        """Whether each task (indexed by ``task_id``) has no lead unit, in task order.

        Examples
        --------
        >>> doc = Document(TaskTable.from_lists([("科普", "办科技周", ["市科技局"], ["市科协"])]))
        >>> doc.without("市科技局").tasks_without_lead().tolist()
        [True]
        """
        led = self.assignments.loc[self.assignments.role == "lead", "task_id"]
        return pd.Series(~self.tasks.task_id.isin(led).to_numpy(), index=self.tasks.task_id.to_numpy(), name="no_lead")

    # -- narrowing -------------------------------------------------------
    def select(self, areas=None, units=None, kinds=None) -> "Document":
        """A new Document on part of the table (see :meth:`TaskTable.select`)."""
        return Document(self.table.select(areas=areas, units=units, kinds=kinds), kinds=self.kinds,
                        lead_weight=self.lead_weight, share=self.share, seed=self.seed)

    # -- display ---------------------------------------------------------
    def html(self, view: str = "units", *, lang: str = "zh") -> str:
        """The self-contained interactive page of one view: ``units``, ``coordination`` or ``bipartite``."""
        from zygraph.render import report

        return report.graph_page(self, view, lang=lang)

    def show(self, view: str = "units", *, lang: str = "zh", height: int = 640):
        """Display an interactive graph inline in Jupyter or VS Code, with no network access.

        The page is embedded whole (``srcdoc`` of an iframe), scripts included.
        """
        from zygraph.render.notebook import inline_frame

        return inline_frame(self.html(view, lang=lang), height=height)

    def write_report(self, outdir: str | Path, **options) -> Path:
        """Write the briefing folder (see :func:`zygraph.render.report.write_report`)."""
        from zygraph.render import report

        return report.write_report(self, outdir, **options)
