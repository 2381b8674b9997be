"""Unit names a copy ran together with nothing between them (教育局经开区各街道): told apart, fewest names first."""

from __future__ import annotations

import re

from zygraph.names.listlike import balanced
from zygraph.names.unitname import looks_like_unit

__all__ = ["LONGEST_NAME", "LONGEST_RUN", "one_name", "split_glued"]

LONGEST_NAME = 24  # characters of one unit's name read from a run of names
LONGEST_RUN = 160  # characters of names run together read as names
_ZONE = re.compile("(?:开发区|经开区|高新区|高新园|园区|港区|新区|示范区)(?:[（(][^（()）]*[）)])?$")
#: The members of the body named before them, not a name of their own: 市三产发展领导小组各成员单位.
_MEMBERS = ("各成员单位", "成员单位")


def _is_name(name: str) -> bool:
    """A unit's name, or a zone's that a committee runs (经开区, 嘉兴港区, 高新园(邹区镇))."""
    return looks_like_unit(name, lambda name: False) or _ZONE.search(name) is not None


def _splittable(name: str) -> bool:
    """True when ``name`` is two names of three characters or more run together (市科协市教育局); a body
    and its members (市三产发展领导小组各成员单位) are one name."""
    depth = 0
    for at, char in enumerate(name):
        depth += (char in "（(") - (char in "）)")
        if depth == 0 and 3 <= at + 1 <= len(name) - 3 and _is_name(name[: at + 1]) and _is_name(name[at + 1:]) \
                and name[at + 1:] not in _MEMBERS:
            return True
    return False


def one_name(name: str) -> bool:
    """True when ``name`` reads as one unit's name, not two run together nor a bracket's inside.

    Examples
    --------
    >>> one_name("市教育局"), one_name("市科协市教育局"), one_name("市三产发展领导小组各成员单位")
    (True, False, True)
    """
    return name[0] not in "（(" and balanced(name) and _is_name(name) and not _splittable(name)


def split_glued(piece: str) -> list[str] | None:
    """``piece`` as unit names written with nothing between them, in as few names as possible, none of them two
    names run together; or None.

    Examples
    --------
    >>> split_glued("教育局经开区各街道"), split_glued("推进学校建设")
    (['教育局', '经开区', '各街道'], None)
    """
    n = len(piece)
    if n > LONGEST_RUN:
        return None  # no cell of units runs this long without a separator: time stays bounded
    best: list[list[str] | None] = [None] * (n + 1)
    best[n] = []
    for i in range(n - 1, -1, -1):
        for j in range(i + 2, min(n, i + LONGEST_NAME) + 1):
            rest = best[j]
            name = piece[i:j]
            if rest is not None and (best[i] is None or len(rest) + 1 < len(best[i])) and one_name(name):
                best[i] = [name, *rest]
    return best[0]
