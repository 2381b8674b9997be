"""zygraph: who is responsible for what in Chinese government task-division tables.

The data flow, one module per stage::

    readers/   a file                -> raw rows, as written (tabbed text, paragraphs, docx, xlsx/csv)
    units      unit names             -> canonical units, kinds, English names
               (bodies, places, unitform: the bodies of every level, the gazetteer, a name's form;
                issuer, naming: who issued a notice, and each unit as that notice means it)
    table      raw rows               -> TaskTable: tasks, assignments with roles, findings
    graph      TaskTable              -> bipartite graph B, unit projections, unit x area matrix
    lookup     TaskTable, a unit      -> its tasks, its partners, the tasks two units share
    metrics    TaskTable              -> per-unit and whole-network measures, backbone, removal impact
    render/    measures and graphs    -> interactive HTML, figures, the briefing report
    export     frames and graphs      -> CSV, GEXF, GraphML, JSON
    corpus     many files             -> each document's rows, read on all cores; one pooled TaskTable
    corpus_view  many documents       -> Corpus: each measured in its own network, compared, by year
    compare    two TaskTables     -> what changed: units, roles, measures, ties
    document   all of the above, one attribute away, for notebooks

Examples
--------
>>> import zygraph
>>> doc = zygraph.load("data/ziyang_2023_science_literacy_tasks.txt")
>>> len(doc.tasks), len(doc.units)
(95, 33)
"""

from zygraph._version import __version__
from zygraph.compare import Comparison, compare
from zygraph.corpus import read_corpus
from zygraph.corpus_view import Corpus, load
from zygraph.document import Document
from zygraph.errors import ZygraphError
from zygraph.graph import bipartite_graph, project_coordination, project_units, unit_area_matrix
from zygraph.names.issuer import Issuer, detect_issuer
from zygraph.metrics import backbone, impact_ranking, network_metrics, removal_impact, unit_metrics
from zygraph.table import Finding, TaskTable, read_table
from zygraph.names.units import Registry

__all__ = [
    "__version__",
    # reading
    "read_table",
    "TaskTable",
    "Finding",
    "Registry",
    "Issuer",
    "detect_issuer",
    "read_corpus",
    # graphs
    "bipartite_graph",
    "project_units",
    "project_coordination",
    "unit_area_matrix",
    # measures
    "unit_metrics",
    "network_metrics",
    "backbone",
    "removal_impact",
    "impact_ranking",
    # comparing
    "compare",
    "Comparison",
    # notebooks
    "load",
    "Document",
    "Corpus",
    # errors
    "ZygraphError",
]
