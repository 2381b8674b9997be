"""A body a sentence sets up inside a unit and gives work at once: 在A设立B，统筹做好…, A下设B（…），负责… (B answers)."""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.names.unitname import looks_like_unit

__all__ = ["set_up_body", "opening_set_in_body", "SET_UP_WORD", "SET_UNDER_WORD", "SET_IN_WORD", "SEATED_WORD", "SET_IN"]

#: The word a body so read carries, for the findings.
SET_UP_WORD = "设立…负责"
#: The word a body set up under another carries (A下设B，负责…).
SET_UNDER_WORD = "下设…负责"
#: The word a body set in a unit carries (A设在B，承担…).
SET_IN_WORD = "设在…负责"
#: The word the body a paragraph opens with carries when set in a unit (A设在B，承担…; :func:`opening_set_in_body`).
SEATED_WORD = "设在…承担"
#: 在A设立B，then the work B does: 负责, 承担, 统筹 or 牵头 right after the comma (在县统计局设立普查办公室，负责…).
_SET_UP = re.compile("(?:^|(?<=[。；;，,]))在(?P<host>[^，,。；;]{2,20}?)(?:设立|设置|成立|组建|設立|設置|組建)"
                     "(?P<body>[^，,。；;在]{2,20}?)[，,](?:主要)?(?:负责|負責|承担|承擔|统筹|統籌|牵头|牽頭)")
#: The work a body set up is given right after it: 负责, 承担, 统筹.
_ITS_WORK = "(?:主要|具体|具體)?(?:负责|負責|承担|承擔|统筹|統籌)"
#: A下设B, its seat in a bracket after it (办公室设在县应急局) or in a clause of its own (，办公室设在县应急局), then its
#: work: 指挥部下设办公室（设在…），负责…; 小组下设办公室，办公室设在县应急局，承担….
_SET_UNDER = re.compile("(?:^|(?<=[。；;，,]))(?P<host>[^，,。；;（(]{2,20}?)(?:下设|下設)(?P<body>[^，,。；;（(]{2,20}?)"
                        "(?:[（(][^（()）]{0,40}[）)]|[，,][^，,。；;（(]{0,20}?(?:设在|設在)[^，,。；;]{2,20})?[，,]" + _ITS_WORK)
#: A body set in a unit, then its work: 联席会议办公室设在县水利局，承担日常工作 (the body answers; its seat is where it sits).
SET_IN = re.compile("(?:^|(?<=[。；;，,]))(?P<units>[^，,。；;]{2,30}?)(?:设在|設在)(?P<host>[^，,。；;]{2,20})[，,]"
                    + _ITS_WORK)
#: A title's word, which no body's name holds: 领导小组工作机构及其职责 glued before the office it is about.
_TITLE_WORD = re.compile("职责|職責|及其")


def set_up_body(text: str) -> list[Item] | None:
    """The body a sentence of ``text`` sets up in a unit and gives work (``在A设立B，负责…``), responsible; or None.

    So is a body set up under another, its seat in a bracket or a clause (``A下设B（设在C），负责…``, ``A下设B，B设在C，
    承担…``), and a body set in a unit (``B设在C，承担…``). The unit it is set up
    in is where it sits, no unit of the work; a body set up with no work given in the same sentence (``在A设立B。``)
    is none.

    Examples
    --------
    >>> [(i.text, i.role) for i in set_up_body("要发挥机制作用。在市工信局设立稀土办公室，统筹做好行业管理；负责协调。")]
    [('稀土办公室', 'responsible')]
    >>> [i.text for i in set_up_body("指挥部下设办公室（办公室设在县应急局），负责日常工作。")]  # its seat no unit
    ['办公室']
    >>> [i.text for i in set_up_body("小组下设办公室，办公室设在县应急局，承担小组日常工作。")]  # its seat a clause
    ['办公室']
    >>> [(i.text, i.word) for i in set_up_body("联席会议办公室设在县水利局，承担联席会议日常工作。")]
    [('联席会议办公室', '设在…负责')]
    >>> set_up_body("在市工信局设立稀土办公室。"), set_up_body("在全市设立示范点，负责推广。")
    (None, None)
    """
    for found in [*_SET_UP.finditer(text), *_SET_UNDER.finditer(text)]:
        if all(looks_like_unit(found.group(part), _nothing_known) for part in ("body", "host")):
            return [Item(found.group("body"), "responsible", SET_UNDER_WORD if found.re is _SET_UNDER else SET_UP_WORD)]
    for found in SET_IN.finditer(text):
        if all(looks_like_unit(found.group(part), _nothing_known) for part in ("units", "host")):
            return [Item(found.group("units"), "responsible", SET_IN_WORD)]
    return None


def _nothing_known(name: str) -> bool:
    """No registry: whether a name is a unit's is read from its form."""
    return False


def opening_set_in_body(text: str) -> list[Item] | None:
    """The body a paragraph opens with when it is set in a unit and given work (``联席会议办公室设在A，承担日常工作。``),
    responsible; else None: the paragraph is that body's task, though it has no number, and the unit it sits in is
    none of it.

    Examples
    --------
    >>> [(i.text, i.role) for i in opening_set_in_body("领导小组办公室设在县民政局，承担日常工作。办公室主任由张某兼任。")]
    [('领导小组办公室', 'responsible')]
    >>> opening_set_in_body("召集人由县长担任。领导小组办公室设在县民政局，承担日常工作。") is None  # not its opening
    True
    >>> opening_set_in_body("工作机构及其职责领导小组办公室设在县民政局，承担日常工作。") is None  # a title glued on
    True
    """
    found = SET_IN.match(text.lstrip())
    if found is None or _TITLE_WORD.search(found.group("units")) \
            or not all(looks_like_unit(found.group(part), _nothing_known) for part in ("units", "host")):
        return None
    return [Item(found.group("units"), "responsible", SEATED_WORD)]
