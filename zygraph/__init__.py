"""zygraph: who is responsible for what in Chinese government task-division tables.

The data flow, one module per stage::

    readers/  a file            -> raw rows, as written
    units     unit names         -> canonical units, kinds, English names
    table     raw rows           -> TaskTable (tasks, assignments, findings)
"""

from zygraph.document import Document, load
from zygraph.errors import ZygraphError
from zygraph.table import Finding, TaskTable, read_table
from zygraph.units import Registry

__all__ = [
    "ZygraphError",
    "Finding",
    "TaskTable",
    "read_table",
    "Registry",
    "Document",
    "load",
]

__version__ = "0.1.0"
