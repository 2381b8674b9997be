"""Enterprises named by their part in a merger or restructuring (兼并重组主体企业, 被兼并企业): a duty's subject.

A notice dividing the work of merging enterprises names two parties by the part they take in it: the enterprise that
takes the others over (``兼并重组主体企业``, ``整合主体企业``) and those taken over (``被兼并煤矿企业``, ``被收购企业``).
Each is given duties of its own (``主体企业要认真履行…管理责任``, ``被兼并企业要认真做好…``), as a
body is; enterprises named by what they did wrong (被处罚企业) or bare (企业) are the parties a rule binds, no such
class (:mod:`zygraph.sentences.trade_enterprises` reads enterprises named by their trade).
"""

from __future__ import annotations

import re

__all__ = ["restructured_enterprises"]

#: The verbs of taking enterprises over, which name the parties of a merger (兼并重组, 收购, 托管).
_TAKING_OVER = "(?:兼并|兼併|重组|重組|收购|收購|并购|併購|托管|整合|合并|合併)"
#: The enterprise that takes the others over (兼并重组主体企业), or those taken over (被兼并煤矿企业): the kind of
#: enterprise may stand between the verb and 企业 (煤矿, 国有).
_PARTY = re.compile(f"^(?:各|有关|有關|相关|相關)?(?:{_TAKING_OVER}{{1,2}}主[体體]|被{_TAKING_OVER}{{1,2}}[\u4e00-\u9fff]{{0,4}}?)"
                    "(?:企业|企業|公司)$")


def restructured_enterprises(name: str) -> bool:
    """True when ``name`` names enterprises by their part in a merger or restructuring: the one taking over, or those
    taken over, each a subject of duties of its own in such a notice.

    Examples
    --------
    >>> restructured_enterprises("兼并重组主体企业"), restructured_enterprises("被兼并煤矿企业")
    (True, True)
    >>> restructured_enterprises("被收购企业"), restructured_enterprises("整合主体企业")
    (True, True)
    >>> restructured_enterprises("被处罚企业"), restructured_enterprises("企业"), restructured_enterprises("主体企业")
    (False, False, False)
    """
    return _PARTY.match(name) is not None
