"""What every reader returns: a file's task rows as written, and its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["RawRow", "RawDocument"]


@dataclass(frozen=True)
class RawRow:
    """One task row as written: the cells of the table, plus its source line."""

    line: int
    area: str
    task: str
    lead: str
    support: str
    note: str = ""
    #: Line of each cell by column (``"lead"`` -> 40), where the reader knows it.
    lines: dict = field(default_factory=dict, compare=False)
    #: The unit names of each unit column as the reader split them (``"lead"`` -> (name, ...)), where it did:
    #: a cell joined again with 、 could split otherwise (各有关部门、乡镇人民政府).
    names: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class RawDocument:
    """What a reader found in one file."""

    path: str
    layout: str
    meta: dict
    rows: list[RawRow]
    findings: list = field(default_factory=list)
