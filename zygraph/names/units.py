"""Unit names: the registry, aliases, known misspellings, kinds, and list splitting.

A task-division table names its units loosely: abbreviations (市文广旅局 for
市文化广电旅游局), typos (市人力资源社会社会保障局), lists joined by 、，, or 和.
This module turns such a cell into canonical unit names and says how it did so.
The registry is a CSV file shipped with the package (``data/units.csv``); users
can add their own. A name the registry does not list is read from its form
against the bodies of every level of government (:mod:`zygraph.names.unitform`).
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable

from zygraph.names.bodies import Bodies
from zygraph.errors import InputError, RegistryError
from zygraph.names.unitlist import split_units
from zygraph.names.places import Gazetteer
from zygraph.source import csv_records
from zygraph.names.unitform import NameForm, read_form

__all__ = [
    "KINDS",
    "PROJECTED_KINDS",
    "Unit",
    "Resolution",
    "Registry",
    "match_key",
]

#: Kinds of unit, in the order figures and legends list them.
KINDS = (
    "party",
    "government",
    "people_org",
    "institution",
    "judiciary",
    "legislature",
    "state_enterprise",
    "military",
    "local_government",
    "collective",
    "unknown",
)

#: Kinds that enter the unit projections by default. Local governments and
#: collective placeholders sit on nearly every task and would hide the departments.
#: Courts, procuratorates, people's congresses, CPPCC committees, state enterprises
#: and military units are named on a task as departments are, each for its own part
#: of it, so they are projected too.
PROJECTED_KINDS = frozenset({"party", "government", "people_org", "institution", "judiciary", "legislature",
                             "state_enterprise", "military", "unknown"})

_REGISTRY_COLUMNS = ("name", "name_en", "kind", "aliases", "misspellings", "body", "note")
_WHITE_SPACE = re.compile(r"\s+")


def match_key(name: str) -> str:
    """Return the key under which a unit name is matched.

    NFKC folds full-width forms (（ -> (), and all white space is removed, since
    Chinese unit names contain none. Chinese characters are never removed.

    Examples
    --------
    >>> match_key(" 各县（区） 人民政府 ")
    '各县(区)人民政府'
    """
    return _WHITE_SPACE.sub("", unicodedata.normalize("NFKC", name))


@dataclass(frozen=True)
class Unit:
    """One unit: the canonical name, its English name and kind, and (once placed by the issuer) more.

    ``name_en`` of a registry entry may hold ``{place}`` and ``{name}``, filled
    from the issuer (see :mod:`zygraph.names.naming`). ``body`` is the level-free body
    (科协, 发展改革委); ``level`` and ``label_en`` (English without the place) are
    set when the unit is placed in a notice.
    """

    name: str
    name_en: str
    kind: str
    body: str = ""
    level: str = ""
    label_en: str = ""


@dataclass(frozen=True)
class Resolution:
    """How one written name was resolved.

    ``how`` is ``"exact"``, ``"alias"``, ``"misspelling"`` (registry names),
    ``"body"`` (a form of a body of any level, from ``bodies.csv``),
    ``"inferred"`` (kind read from the ending of the name) or ``"unknown"``;
    for an inferred or unknown name ``unit.name`` is the name as written (white
    space folded) and ``suggestions`` holds the closest registry names, searched
    for only when asked (the search costs about a millisecond a name).
    ``form`` is what the form of the name says (place, level marker, body).
    """

    raw: str
    unit: Unit
    how: str
    suggest: Callable[[], tuple[str, ...]] | None = field(default=None, compare=False, repr=False)
    form: NameForm | None = field(default=None, compare=False)

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The closest registry names to an inferred or unknown name (searched on first use), else ()."""
        return self.suggest() if self.suggest is not None else ()

    @property
    def known(self) -> bool:
        """True when the name is in the registry or is a form of a known body."""
        return self.how not in ("unknown", "inferred")


class Registry:
    """Canonical unit names with their aliases, misspellings, English names and kinds.

    Parameters
    ----------
    units : iterable of Unit
    aliases : dict
        Match key -> canonical name, for abbreviations and other full forms.
    misspellings : dict
        Match key -> canonical name, for known typos; resolving one is reported
        as a correction.

    Examples
    --------
    >>> reg = Registry.bundled()
    >>> reg.resolve("市文广旅局").unit.name
    '市文化广电旅游局'
    >>> reg.resolve("市文广旅局").how
    'alias'
    >>> [r.unit.name for r in reg.split("市科协、市经济和信息化局和市妇联")]
    ['市科协', '市经济和信息化局', '市妇联']
    """

    def __init__(self, units, aliases=None, misspellings=None, bodies: Bodies | None = None,
                 gazetteer: Gazetteer | None = None):
        self.bodies = bodies if bodies is not None else Bodies.bundled()
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.bundled()
        self._forms: dict[str, NameForm] = {}
        self._units: dict[str, Unit] = {}
        self._keys: dict[str, tuple[str, str]] = {}
        # Look-ups already made, by the text as written: a registry does not change once built,
        # and a corpus writes the same names thousands of times.
        self._match_keys: dict[str, str] = {}
        self._resolved: dict[str, Resolution] = {}
        self._splits: dict[str, tuple[Resolution, ...]] = {}
        self._suggested: dict[str, tuple[str, ...]] = {}
        #: Units already placed in a notice, by (text as written, issuer): see zygraph.names.naming.place_unit.
        self.placed: dict[tuple, Unit] = {}
        for unit in units:
            self._add_unit(unit)
        for how, table in (("alias", aliases or {}), ("misspelling", misspellings or {})):
            for written, name in table.items():
                self._add_key(match_key(written), name, how)

    def _add_key(self, key: str, name: str, how: str) -> None:
        owner, owner_how = self._keys.get(key, (name, how))
        if owner_how == "exact" and owner != name:
            raise RegistryError(
                f"{key} is listed as {how} of {name}, but it is the name of another unit; remove it from {name}'s row"
            )
        if owner_how != "exact":  # a canonical name stays itself
            self._keys[key] = (name, how)

    def _add_unit(self, unit: Unit) -> None:
        if unit.kind not in KINDS:
            raise RegistryError(f"unit {unit.name!r} has kind {unit.kind!r}; use one of {', '.join(KINDS)}")
        self._units[unit.name] = unit
        self._keys[match_key(unit.name)] = (unit.name, "exact")

    # -- loading ---------------------------------------------------------
    @classmethod
    def bundled(cls) -> "Registry":
        """Return the registry shipped with zygraph (``zygraph/data/units.csv``)."""
        source = resources.files("zygraph").joinpath("data/units.csv")
        with source.open(encoding="utf-8") as handle:
            return cls._from_rows(enumerate(csv.DictReader(handle), start=2), "zygraph/data/units.csv")

    @classmethod
    def from_csv(cls, path: str | Path, base: "Registry | None" = None) -> "Registry":
        """Read a registry CSV; entries extend ``base`` and override it by name.

        The file has the columns ``name, name_en, kind, aliases, misspellings``
        (``body`` and ``note`` optional); several aliases or misspellings are
        separated by ``|``. ``name_en`` may hold ``{place}`` (``Guangzhou
        Municipal``) and ``{name}`` (``Guangzhou``), filled from the issuer; left
        empty, the English name comes from ``body`` (a body of ``bodies.csv``).

        Raises
        ------
        RegistryError
            When the file cannot be read (missing, binary, not UTF-8 or GBK, a
            huge cell), lacks a column, names an unknown kind, or gives one
            alias to two units.
        """
        path = Path(path)
        try:
            records = csv_records(path)
        except InputError as exc:
            raise RegistryError(f"cannot read the unit registry: {exc.message}", path=path, line=exc.line) from None
        extra = cls._from_rows(records, path)
        return extra if base is None else base.merged(extra)

    @classmethod
    def _from_rows(cls, rows, path) -> "Registry":
        units, aliases, misspellings = [], {}, {}
        claimed: dict[str, tuple] = {}  # match key -> (unit, line, how), to name both lines of a clash
        for line, row in rows:
            missing = [c for c in ("name", "kind") if not (row.get(c) or "").strip()]
            if missing:
                raise RegistryError(
                    f"the registry row has no {' or '.join(missing)}; every row needs name and kind "
                    f"(columns: {', '.join(_REGISTRY_COLUMNS)})",
                    path=path,
                    line=line,
                )
            name = row["name"].strip()
            kind = row["kind"].strip()
            if kind not in KINDS:
                raise RegistryError(f"kind {kind!r} is not one of {', '.join(KINDS)}", path=path, line=line)
            units.append(Unit(name, (row.get("name_en") or "").strip(), kind, (row.get("body") or "").strip()))
            _claim(claimed, match_key(name), name, line, path, name, "name")
            for table, how in ((aliases, "alias"), (misspellings, "misspelling")):
                for written in _bar_list(row.get(f"{how}es" if how == "alias" else f"{how}s")):
                    _claim(claimed, match_key(written), name, line, path, written, how)
                    table[written] = name
        return cls(units, aliases, misspellings)

    def merged(self, other: "Registry") -> "Registry":
        """Return a new registry: this one extended and overridden by ``other``.

        An alias in ``other`` may take over one of this registry's canonical
        names (to rename a unit); within one registry that is an error.
        """
        merged = Registry([], bodies=self.bodies, gazetteer=self.gazetteer)
        merged._units = {**self._units, **other._units}
        # the other registry wins, even where its alias is one of our canonical names
        merged._keys = {**self._keys, **other._keys}
        reachable = {name for name, _ in merged._keys.values()}
        merged._units = {n: u for n, u in merged._units.items() if n in reachable}
        return merged

    # -- look-up ---------------------------------------------------------
    def __contains__(self, name: str) -> bool:
        """True when ``name`` is a canonical name, alias or known misspelling, or a form of a known body."""
        key = self._match_keys.get(name)
        if key is None:
            key = self._match_keys[name] = match_key(name)
        return key in self._keys or self.form(key).rule in ("body", "national")

    def form(self, name: str) -> NameForm:
        """What the form of ``name`` says: place, level marker, body, kind (see :func:`zygraph.names.unitform.read_form`).

        Examples
        --------
        >>> f = Registry.bundled().form("广州市教育局")
        >>> f.place.name, f.body.body, f.kind
        ('广州市', '教育', 'government')
        """
        key = match_key(name)
        found = self._forms.get(key)
        if found is None:
            found = self._forms[key] = read_form(key, self.bodies, self.gazetteer)
        return found

    def __len__(self) -> int:
        return len(self._units)

    @property
    def units(self) -> list[Unit]:
        """The canonical units, in registry order."""
        return list(self._units.values())

    def unit(self, name: str) -> Unit:
        """Return the canonical entry for ``name`` (an ``unknown`` Unit if absent)."""
        return self.resolve(name).unit

    def resolve(self, raw: str) -> Resolution:
        """Resolve one written unit name to its canonical unit.

        The input is left untouched; matching uses :func:`match_key`. An unknown
        name is kept as written (white space folded) with kind ``unknown`` and
        up to three close registry names as suggestions.
        """
        found = self._resolved.get(raw)
        if found is None:
            found = self._resolved[raw] = self._resolve(raw)
        return found

    def _resolve(self, raw: str) -> Resolution:
        key = match_key(raw)
        hit = self._keys.get(key)
        if hit is not None:
            name, how = hit
            return Resolution(raw, self._units[name], how, form=self.form(name))
        form = self.form(key)
        written = re.sub(r"\s+", "", raw)
        if form.rule in ("body", "national"):
            return Resolution(raw, Unit(written, "", form.kind, form.body_name), "body", form=form)
        how = "inferred" if form.rule else "unknown"
        return Resolution(raw, Unit(written, "", form.kind, form.body_name if form.rule else ""), how,
                          suggest=functools.partial(self._suggest, key), form=form)

    def _suggest(self, key: str) -> tuple[str, ...]:
        found = self._suggested.get(key)
        if found is None:
            by_key = {match_key(n): n for n in self._units}
            close = difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.6)
            found = self._suggested[key] = tuple(by_key[c] for c in close)
        return found

    # -- splitting -------------------------------------------------------
    def split(self, cell: str) -> list[Resolution]:
        """Split a cell listing units into resolved names, in the order written.

        The grammar of unit lists is :func:`zygraph.names.unitlist.split_units`, with
        this registry's names as the known ones: neighbouring pieces that
        together form a registry name (``各区、县级市``) are kept whole, and
        市经济和信息化局 is not split at 和. Each ``raw`` is the text as
        written; repeats are kept, the caller decides about them. Each
        distinct cell text is split once per registry.
        """
        found = self._splits.get(cell)
        if found is None:
            found = self._splits[cell] = tuple(self._split(cell))
        return list(found)

    def _split(self, cell: str) -> list[Resolution]:
        return [self.resolve(name) for name in split_units(cell, self.__contains__)]


def _claim(claimed: dict, key: str, name: str, line: int, path, written: str, how: str) -> None:
    """Refuse a name or alias that another row already gave to another unit, naming both lines."""
    owner, first, first_how = claimed.setdefault(key, (name, line, how))
    if owner == name:
        return
    if first_how == "name":
        message = (f"{written} is listed as {how} of {name}, but it is the name of another unit (line {first}); "
                   f"remove it from {name}'s row")
    elif how == "name":
        message = f"{written} is the name of a unit, but line {first} lists it as {first_how} of {owner}; " \
                  f"remove it from {owner}'s row"
    else:
        message = f"{written} is listed as {how} of {name} here and of {owner} on line {first}; keep it in one row"
    raise RegistryError(message, path=path, line=line)


def _bar_list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]
