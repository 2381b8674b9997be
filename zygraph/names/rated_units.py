"""Units a notice rates for their record (表现好的单位：A、B；通报批评的单位：C): named, given no task.

An inspection notice may close its problems with a rating of the units it checked: those that did well
(表现好的单位, 先进单位, 通报表扬的单位) and those that did badly (表现较差的单位, 落后单位, 通报批评的单位). Such a
label names units by their record, not by a role in any work: it is no role label, and a list under it
is no unit list of a task.
"""

from __future__ import annotations

import re

__all__ = ["RATED_LABEL", "rated_label"]

#: What a rating says of the units it names: how they did (表现好, 表现较差), a rank (先进, 落后, 排名靠后), or
#: praise and blame (通报表扬, 通报批评, 红榜, 黑榜).
_RATING = ("表现(?:好|较好|良好|突出|优秀|一般|较差|差|不好|不佳)|先进|优秀|后进|落后|排名靠前|排名靠后|排名前列|排名末位"
           "|(?:受到|予以|给予)?(?:通报)?(?:表扬|表彰|批评)|被通报|红榜|黑榜")
#: A label naming units by their record: a rating, 的 or not, a noun for who, and a colon (or 是, 为).
RATED_LABEL = re.compile(f"(?:{_RATING})的?(?:单位|部门|集体|乡镇|街道|科室|單位|部門)\\s*(?:[：:]|是|为|為)")


def rated_label(text: str) -> str | None:
    """The first label in ``text`` naming units by their record (表现较差的单位：), or None.

    Examples
    --------
    >>> rated_label("本月巡查中表现突出的单位：县水利局、县林业局，表现较差的单位：县粮食局。")
    '表现突出的单位：'
    >>> rated_label("通报批评的单位为甲镇、乙乡。"), rated_label("责任单位：县水利局")
    ('通报批评的单位为', None)
    """
    found = RATED_LABEL.search(text)
    return found.group(0) if found else None
