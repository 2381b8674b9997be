"""The words reporting work as finished (了, 已, 累计, 共完成), which no reader may take for a duty set."""

from __future__ import annotations

import re

__all__ = ["FINISHED", "TALLY", "reports_finished", "reports_tally"]

#: Work reported finished, not set: 印发了, 成立了, 已全部完成, 已经, 累计完成, 共完成…12万亩, 共计排查
#: (为了, 除了 and 了解 say no such thing).
FINISHED = re.compile("(?<![为除為])了(?!解)|已|累计|累計|共完成|共计|共計")

#: A count of what was done, as a report tallies it: 发放资料3000份, 排查隐患200处, 知晓率达95% (a sentence with a
#: deadline may set such a figure: 11月底前完成1000份, so only readers of plain verbs use it).
TALLY = re.compile("[0-9０-９]+(?:\\.[0-9]+)?(?:万|亿)?(?:份|处|人次|户|家|起|场|件|吨|万亩|亩)|[达達][0-9０-９]")


def reports_finished(sentence: str) -> bool:
    """Whether ``sentence`` reports work finished (completed aspect) rather than sets it.

    Examples
    --------
    >>> reports_finished("各乡镇积极组织农机下田，共完成秋收面积12万亩。")
    True
    >>> reports_finished("各村结合实际情况，成立了应急分队。"), reports_finished("县财政局已拨付资金。")
    (True, True)
    >>> reports_finished("各村结合实际情况，聘请农业专家。"), reports_finished("各部门要了解情况，为了群众。")
    (False, False)
    """
    return FINISHED.search(sentence) is not None


def reports_tally(sentence: str) -> bool:
    """Whether ``sentence`` reports work finished or tallies what was done (``发放资料3000份``, ``知晓率达95%``).

    Examples
    --------
    >>> reports_tally("各街道通过微信群发放资料3000份，群众知晓率达95%。"), reports_tally("各村成立了应急分队。")
    (True, True)
    >>> reports_tally("各村结合实际情况，聘请农业专家。")
    False
    """
    return reports_finished(sentence) or TALLY.search(sentence) is not None
