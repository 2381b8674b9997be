"""Exceptions raised by zygraph, each named for what the user must fix.

Every error carries the file and, where known, the line, so the command line
can print one clear sentence instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ZygraphError",
    "InputError",
    "EncodingError",
    "LayoutError",
    "MissingColumnError",
    "StructureError",
    "RegistryError",
    "UnknownUnitError",
    "NodeSetError",
    "OutputError",
    "OptionError",
    "FontError",
]


class ZygraphError(Exception):
    """Base class of every error zygraph raises on purpose.

    Parameters
    ----------
    message : str
        What is wrong and how to fix it, in words a researcher understands.
    path : str or Path, optional
        The file the problem is in.
    line : int, optional
        The 1-based line number in that file.

    Examples
    --------
    >>> str(ZygraphError("no table found", path="a.txt", line=3))
    'a.txt, line 3: no table found'
    """

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = []
        if self.path is not None:
            where.append(self.path)
        if self.line is not None:
            where.append(f"line {self.line}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class InputError(ZygraphError):
    """The input file cannot be used as it is (missing, empty, unreadable)."""


class EncodingError(InputError):
    """The file's bytes are not text in any encoding zygraph knows."""


class LayoutError(InputError):
    """No task table was found in the file, or its layout is not recognised."""


class MissingColumnError(LayoutError):
    """The table's header lacks a column zygraph needs (task, lead units)."""


class StructureError(LayoutError):
    """With ``--strict``: a row's cells may have moved a column, or part of the table was not read."""


class RegistryError(ZygraphError):
    """A unit registry file is malformed."""


class UnknownUnitError(ZygraphError):
    """A unit name asked for is not in the table or the registry."""


class NodeSetError(ZygraphError):
    """A graph function was given nodes of the wrong kind (units mixed with tasks)."""


class OutputError(ZygraphError):
    """An output folder or file cannot be written safely."""


class OptionError(ZygraphError):
    """An option's value cannot be used (a lead weight that is negative, infinite or not a number)."""


class FontError(ZygraphError):
    """No font with Chinese glyphs was found for drawing figures."""
