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

    @classmethod
    def of_units(cls, line: int, task: str, leads: list[str], supports: list[str], area: str = "") -> "RawRow":
        """A row of a task read from running text: its line, its text, and the units the reader split out, each
        column joined with 、 and kept as split (``names``).

        >>> row = RawRow.of_units(3, "修路", ["市交通局"], ["市财政局", "各有关部门"])
        >>> row.lead, row.support, row.lines, row.names["support"]
        ('市交通局', '市财政局、各有关部门', {'task': 3}, ('市财政局', '各有关部门'))
        """
        return cls(line=line, area=area, task=task, lead="、".join(leads), support="、".join(supports),
                   lines={"task": line}, names={"lead": tuple(leads), "support": tuple(supports)})


@dataclass(frozen=True)
class RawDocument:
    """What a reader found in one file."""

    path: str
    layout: str
    meta: dict
    rows: list[RawRow]
    findings: list = field(default_factory=list)
