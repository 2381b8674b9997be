"""A plan's dotted section number opening a line (2.6.1, 3.2, 4.1.2): the item's number, never part of what follows.

Emergency plans (预案) and other long plans number their sections by the decimal outline: ``2.5 各乡镇…职责``,
``2.6县…成员单位职责``, ``2.6.1县救灾办:协助…``. Such a number may be glued to the unit opening the item, with no
space or mark between them; it is the item's number all the same, and a unit's name never starts with a digit.
A figure opening a wrapped line is no section number: ``3.5%``, ``1.5万元``, ``2.5小时`` (a measure word after it),
and a date ``1.9月30日前`` (the item ``1.`` glued to its date).
"""

from __future__ import annotations

import re

from zygraph.findings import Finding

__all__ = ["SECTION_NUMBER", "section_number", "section_number_found"]

#: What follows a figure, not a section's title: a unit of measure, time or money (1.5万元, 3.5%, 2.5小时, 1.9月).
_MEASURE = "月日号时点万亿千百元角分倍个%％‰吨米公亩平方人户家次年天周小岁度克斤升项条座所台辆件张册届期"
#: A section number of two levels at least (2.6.1, 4.1.2.3), then a closing mark if any (2.6.1.、3.2、).
_DEEP = r"\d{1,2}(?:[.．]\d{1,2}){2,3}[.．、]?(?![\d.．])"
#: One of two levels (2.5, 3.2): only before a space or a Chinese character that is no measure word.
_SHALLOW = rf"\d{{1,2}}[.．]\d{{1,2}}[.．、]?(?![\d.．])(?=[ \t\u3000]|(?![{_MEASURE}])[\u4e00-\u9fff])"
#: The pattern, for :data:`zygraph.readers.lines.TASK` to take in among the marks of items.
SECTION_NUMBER = rf"(?:{_DEEP}|{_SHALLOW})"
_AT_START = re.compile(rf"^\s*({SECTION_NUMBER})\s*")


def section_number(line: str) -> str | None:
    """The dotted section number opening ``line`` (as written, without the space after it), or None.

    Examples
    --------
    >>> section_number("3.2.1县卫生局：负责医疗救治。"), section_number("4.1 市应急局职责")
    ('3.2.1', '4.1')
    >>> section_number("1.5万元用于补助"), section_number("3.5%以上"), section_number("1.9月30日前完成"), section_number("2.办好展会")
    (None, None, None, None)
    """
    found = _AT_START.match(line)
    return found.group(1) if found else None


def section_number_found(line_number: int | None, line: str) -> Finding | None:
    """A ``section_number`` finding for a line opening with a dotted section number, or None: the number is the
    item's, cut off before the unit or title after it.

    Examples
    --------
    >>> found = section_number_found(12, "3.2.1县卫生局：负责医疗救治。")
    >>> found.code, found.line, found.message
    ('section_number', 12, 'a dotted section number opens the line: 3.2.1 | 县卫生局：负责医疗救治。')
    >>> section_number_found(3, "1.5万元用于补助") is None
    True
    """
    found = _AT_START.match(line)
    if found is None:
        return None
    return Finding(line_number, "info", "section_number", f"a dotted section number opens the line: {found.group(1)} | "
                   f"{line[found.end():][:20]}", "read as the item's number, no part of the unit or title after it")
