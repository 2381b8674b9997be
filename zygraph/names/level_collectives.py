"""Collectives of levels: a 各 (or a level word) running over the levels listed after it (各区、县级市)."""

from __future__ import annotations

import re

__all__ = ["ZONES", "ZONE_NAME", "ADMIN_TAIL", "collective_run", "joined_collectives"]

#: Development zones a managing committee runs, whose name stands for that committee (潜江高新区, 经开区).
ZONES = "高新区|开发区|经开区|示范区|自贸区|保税区|试验区"
#: Pieces after a 各… piece that belong to it: 各有关区、县级市 and 各县、市、区人民政府 are one unit each; 特区 is
#: a county-level place of its own (贵州: 各县、特区、区人民政府); 街道办 is the subdistricts' office said short;
#: 行署 (行政公署) is a prefecture's administrative office, the peer of a city's government (各盟委、行署); a level
#: said with 级 (各市、县级人民政府) and the provinces' peers (各省、自治区、直辖市) are levels too.
ADMIN_TAIL = re.compile(
    "^(县级市|县级|市级|乡级|自治区|直辖市|自治州|自治县|县市区|县区|市区|区县|县|区|市|乡|镇|乡镇|街道办|街道|开发区|园区|功能区|管委会|旗|特区|行署|行政公署|縣級市|縣|區|特區)([（(][^（()）]{1,10}[）)])?(人民政府|政府|办事处|管委会)?"
    "([（(][^（()）]{1,10}[）)])?(?=[和及与]|$)"  # 各县、区人民政府(管委会)
)
#: The townships' level, and the subdistrict offices that are their peers in the towns (街道办, 街道办事处).
_TOWNSHIP = re.compile("^(乡|镇|乡镇|鄉|鎮|鄉鎮)$")
_SUBDISTRICT_OFFICE = re.compile("^(街道办事处|街道办|街道辦事處|街道辦)$")
_COLLECTIVE_START = re.compile("各|\\d{1,3}个|[一二三四五六七八九十]{1,3}个")
#: 有关/相关 before a level opens a collective of levels too: 有关县、区政府 (the governments concerned).
_OWNERLESS_START = re.compile("^(有关|相关|有關|相關)")
#: A unit joined to a collective of levels: 省环保厅及各有关市、县(区)政府 (the collective starts at 各).
_JOINED_COLLECTIVE = re.compile("[和及与與](?=(?:各|\\d{1,3}个)[^和及与與]{1,8}$)")
#: A unit joined to the first of zones that share a committee named after the last: …政府和金华开发区、….
_JOINED_ZONES = re.compile(f"(?<=[府委局办厅])[和及与與](?=[\u4e00-\u9fff]{{2,10}}(?:{ZONES}|新区)$)")
ZONE_NAME = re.compile(f"(?:{ZONES}|新区)(?:管委会|管理委员会|党工委和管委会)?$")


def joined_collectives(pieces: list[str], seps: list[str]) -> tuple[list[str], list[str]]:
    """Split a piece at the 和/及 before a collective of levels that runs on after 、: ``A及各有关市、县``.

    The collective then takes the levels after it as :func:`collective_run` reads them.
    """
    for i in range(len(pieces) - 2, -1, -1):
        found = _JOINED_COLLECTIVE.search(pieces[i]) or _JOINED_ZONES.search(pieces[i])
        if found and found.start() >= 2 and seps[i] in "、/" and (
                ADMIN_TAIL.match(pieces[i + 1].strip()) or ZONE_NAME.search(pieces[i + 1].strip())):
            # 各县（市、区）政府和金华开发区、金义都市新区管委会: the zones that share a committee start at 和
            pieces[i:i + 1] = [pieces[i][: found.start()], pieces[i][found.end():]]
            seps.insert(i, "、")
    return pieces, seps


def collective_run(pieces: list[str], seps: list[str], i: int) -> tuple[int, str]:
    """A 各… piece takes the administrative-level pieces after it: 各区、县级市 -> one unit.

    Returns the index of the last piece taken and, when that piece goes on
    after 和/及/与 (``县级市和市妇联``), the text from the joiner on.
    """
    levels = _counted_levels(pieces, seps, i)
    if levels > i:
        return levels, ""
    if not _opens_collective(pieces[i].strip()) or pieces[i].strip().endswith(("部门", "单位", "机构")):
        return i, ""  # 各有关部门 is whole: a level after it (乡镇人民政府) is a unit of its own
    j = i
    while j + 1 < len(pieces) and seps[j] in "、/":  # 各有关部门，乡镇人民政府: a comma ends the collective
        match = ADMIN_TAIL.match(pieces[j + 1].strip())
        if match is None:
            break
        j += 1
        pieces[j] = pieces[j].strip()
        rest = pieces[j][match.end():]
        if rest:
            return j, rest
        if match.group(3) and not _with_subdistricts(match, pieces, seps, j):
            break  # 各区、县(市)政府: the run is closed by its unit noun; 开发区管委会 after it is a unit of its own
    return j, ""


#: A bare level word (市), and the last of a run of them said with how many levels it names (县两级环境保护部门) or
#: with 级 and the government all of them share (县级人民政府).
#: A level may be written with its 级 (省级、地级人民政府), the prefecture level only so (地级).
_BARE_LEVEL = re.compile("^(?:(省|州|市|县|区|乡|镇|縣|區|鄉|鎮)|(?:省|地|市|县|縣)[级級])$")
_COUNTED_LEVEL = re.compile("^(省|州|市|县|区|乡|镇|縣|區|鄉|鎮|地(?=[级級]))"
                            "(?:[两二三四兩][级級][\u4e00-\u9fff]{2,}|[级級](?:人民政府|政府)$)")


def _counted_levels(pieces: list[str], seps: list[str], i: int) -> int:
    """The index of the last piece of levels listed bare before a count of them and the kind they share, or ``i``.

    ``市、县两级环境保护部门`` and ``省、市、县三级人民政府`` are one collective each: the count says that the levels
    before it are the levels of the one kind named after it; so is ``市、县级人民政府``, levels sharing the government
    named after the last, as places sharing it are.

    >>> pieces, seps = ["省", "市", "县三级财政部门", "海关"], ["、", "、", "、"]
    >>> _counted_levels(pieces, seps, 0), _counted_levels(pieces, seps, 3)
    (2, 3)
    >>> _counted_levels(["省级", "地级人民政府"], ["、"], 0)  # levels written with their 级
    1
    """
    j = i
    while _BARE_LEVEL.match(pieces[j].strip()) and j + 1 < len(pieces) and seps[j] == "、":
        j += 1
    return j if j > i and _COUNTED_LEVEL.match(pieces[j].strip()) else i


def _with_subdistricts(match, pieces: list[str], seps: list[str], j: int) -> bool:
    """True when a run closed by the townships' governments goes on with the subdistrict offices, their peers
    in the towns: 各县（市、区）、乡（镇）人民政府、街道办 is one collective, as 各乡镇政府、街道办事处 is."""
    return _TOWNSHIP.match(match.group(1)) is not None and j + 1 < len(pieces) and seps[j] == "、" \
        and _SUBDISTRICT_OFFICE.match(pieces[j + 1].strip()) is not None


def _opens_collective(piece: str) -> bool:
    """True when ``piece`` opens a collective of levels: 各区, 13个街道, or 有关/相关 and a level (有关县)."""
    if _COLLECTIVE_START.match(piece):
        return True
    word = _OWNERLESS_START.match(piece)
    level = ADMIN_TAIL.match(piece[word.end():]) if word else None
    return level is not None and word.end() + level.end() == len(piece)

