"""A finding: one correction or doubt met while reading a table, with its line."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Finding", "FINDING_COLUMNS"]

FINDING_COLUMNS = ["line", "severity", "code", "message", "action"]


@dataclass(frozen=True)
class Finding:
    """One correction or problem met while reading a table.

    ``severity`` is ``info`` (a routine normalisation), ``warning`` (a change
    or a doubt a researcher should look at) or ``error`` (the row could not be
    used as written).
    """

    line: int | None
    severity: str
    code: str
    message: str
    action: str
