"""Bodies a notice names as a class by what they do: the press (新闻单位), service organisations of every level.

A notice dividing a campaign's work among departments in ；-clauses gives the press its share (``新闻单位要做好宣传报道``,
``各新闻媒体要…``) and the service organisations built for the work theirs (``各级抗旱服务组织要发挥自身优势``), as it
gives the departments theirs. Neither ends as an office does (局, 委, 部门), nor opens with a word of a collective
before 单位 (各有关单位): their form is their own. The press is named by the word for news (新闻) and its kind of
body; service organisations by 服务 and 组织 after a field, with 各级 (or 各) saying they stand at every level: a bare
``社会组织`` or ``服务组织`` names no field's bodies.
"""

from __future__ import annotations

import re

__all__ = ["class_body"]

#: A collective's opening before a class of bodies: 各, 各级, 各有关, 有关, 全市 (the notice's own area).
_OPENING = "(?:各级|各級|各有关|各有關|各相关|各相關|各|有关|有關|相关|相關|(?:全|本)[省市县区州縣區])?"
#: The press: 新闻单位, 新闻媒体, 各新闻媒体, 新闻机构 (the news outlets of the notice's area, its share the reporting).
_PRESS = re.compile(f"^{_OPENING}(?:新闻|新聞)(?:单位|單位|媒体|媒體|机构|機構)$")
#: Service organisations of a field at every level: 各级抗旱服务组织, 各级农技服务组织 (a field of two to six characters).
_SERVICE = re.compile("^(?:各级|各級|各)[\u4e00-\u9fff]{2,6}(?:服务|服務)(?:组织|組織)$")


def class_body(name: str) -> bool:
    """True when ``name`` names a class of bodies by what they do: the press (新闻单位, 各新闻媒体), or a field's
    service organisations of every level (各级抗旱服务组织).

    Examples
    --------
    >>> [class_body(n) for n in ("新闻单位", "各新闻媒体", "全市新闻单位", "各级抗旱服务组织", "各级农技服务组织")]
    [True, True, True, True, True]
    >>> [class_body(n) for n in ("新闻", "服务组织", "社会组织", "抗旱服务组织", "新闻发布会", "县水利局")]
    [False, False, False, False, False, False]
    """
    return _PRESS.match(name) is not None or _SERVICE.match(name) is not None
