"""A cell of two units joined by 会 alone, as ledgers short of space write 会同: read out in full."""

from __future__ import annotations

import re

from zygraph.names.listlike import looks_like_unit_list

__all__ = ["together_in_short"]

#: 会 written alone for 会同 between two units of a cell (宣传处会办公室): the first ends as a unit of its own, the
#: second is no word 会 begins (会计, 会议, 会展, 会商 …).
#: 管委会, 居委会, 常委会: a body whose name ends in 委会 is one unit, not two joined by 会.
_SHORT_TOGETHER = re.compile("^(?P<head>[^、，,；;会會]{1,20}(?<![管居村常党黨])委|[^、，,；;会會]{2,20}[处局办室厅部科股組组處辦廳])"
                             "[会會](?P<tail>(?![同計计议議展务務员員所馆館堂商])[\u4e00-\u9fff].{2,30})$")


def together_in_short(cell: str) -> str | None:
    """A cell of two units joined by 会 alone, written out with 会同 (宣传处会办公室 -> 宣传处会同办公室); else None.

    Ledgers short of space write 会 for 会同 between the unit that does the work and the one it works with.
    Both sides must look like units, the second not opening a word with 会 (会计科, 会议室).

    Examples
    --------
    >>> together_in_short("宣传处会办公室"), together_in_short("市财政局会计科"), together_in_short("市总工会")
    ('宣传处会同办公室', None, None)
    >>> together_in_short("市发改委会市财政局"), together_in_short("经济区管委会、各镇政府")
    ('市发改委会同市财政局', None)
    """
    found = _SHORT_TOGETHER.match(cell.strip())
    if found is None or not looks_like_unit_list(found.group("head")) or not looks_like_unit_list(found.group("tail")):
        return None
    return f"{found.group('head')}会同{found.group('tail')}"
