"""Bodies named for the place a sentence's matter lies in: ``所在市、县人民政府`` (the governments where the farm lies).

所在 before a level says whose bodies a sentence means: those of the place its matter (a farm, a project) lies in,
the bodies a notice names with the same levels elsewhere (``市、县人民政府要…。…所在市、县人民政府及同级财政部门要…``).
The name is read without it, so both sentences name one unit; 所在地 (the place itself: 所在地人民政府) stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zygraph.sentences.grammar import Item

__all__ = ["without_place_concerned"]

#: 所在 before the level of the place concerned (所在市、县人民政府, 所在县政府); not 所在地.
_CONCERNED = re.compile("^所在(?=[省市县区州乡镇旗縣區鄉鎮])")


def without_place_concerned(items: list[Item]) -> tuple[list[Item], list[str]]:
    """``items`` with 所在 dropped before the level opening a name, each name once (the first item naming it kept),
    and the names so read (as written).

    >>> items, read = without_place_concerned([Item("市、县人民政府", "responsible", "要"),
    ...     Item("所在市、县人民政府", "responsible", "要"), Item("所在地人民政府", "responsible", "要")])
    >>> [i.text for i in items], read
    (['市、县人民政府', '所在地人民政府'], ['所在市、县人民政府'])
    """
    read = [item.text for item in items if _CONCERNED.match(item.text)]
    out: list[Item] = []
    for item in (replace(item, text=_CONCERNED.sub("", item.text)) for item in items):
        if item.text not in {other.text for other in out}:
            out.append(item)
    return out, read
