"""Bodies: the kinds of office every level of Chinese government has, and their names at each level.

A body (财政, 发展改革委, 科协) is an office without its place or level. Each row of
``zygraph/data/bodies.csv`` gives its kind, its English name, its forms at each
level and, for a body abolished or renamed by an institutional reform, the body
that succeeded it. The rules that derive what the file does not spell out are
stated here, next to the loader:

* ``national`` lists whole names (国家发展改革委, 财政部); ``provincial``, ``prefecture``
  and ``county`` list *stems*, the name without the level marker or place
  (财政厅 for 省财政厅 and 广东省财政厅).
* A blank ``prefecture`` cell repeats the ``provincial`` stems, a blank ``county``
  cell the ``prefecture`` stems (most offices keep one name below the province);
  ``-`` means the body has no form at that level. ``aliases`` are stems good at
  every local level.
* The first form of a level is the canonical one: a written 广州市发展和改革委员会
  becomes 市发展改革委 in a Guangzhou notice. Where the written form and the first
  one end in different kinds of office (厅, 室, 局, 委, 部, 署), the first form that
  ends as the written one is: 市政府办公厅 and 市政府办公室 are different names.
* ``en`` is a pattern: ``{place}`` becomes the place with its English level word
  (``Guangzhou Municipal``, ``Guangdong Provincial``; ``County`` or ``District``
  where no gazetteer entry names the place), ``{name}`` the place alone
  (``Guangzhou``). A pattern may differ by level: ``A|county=B`` (``A`` elsewhere).
  At the provincial level a stem ending in 厅 turns ``Bureau`` into ``Department``
  (财政厅: ``Guangdong Provincial Department of Finance``).
* ``en_national`` is the national body's English name, used as written.
* A body of kind ``party`` is found after a party marker (省委, 市委, 中共X市委);
  its stems are looked up there first.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from importlib import resources

from zygraph.errors import RegistryError

__all__ = ["Body", "Bodies", "LOCAL_LEVELS", "bundled_fields"]

LOCAL_LEVELS = ("provincial", "prefecture", "county")
_COLUMNS = ("body", "kind", "en", "en_national", "national", "provincial", "prefecture", "county", "aliases",
            "succeeded_by", "note")
_NO_FORM = "-"
# Endings that name the kind of office: 办公厅 and 办公室 differ, 科学技术协会 and 科协 do not.
_OFFICE_ENDINGS = frozenset("厅室局委部署")


@dataclass(frozen=True)
class Body:
    """One body: its kind, English patterns, and forms at each level (see the module notes)."""

    body: str
    kind: str
    en: dict = field(compare=False)  # level or "*" -> pattern
    en_national: str
    national: tuple[str, ...]
    local: dict = field(compare=False)  # level -> stems, canonical first
    succeeded_by: str = ""
    note: str = ""

    def levels_of(self, stem: str) -> tuple[str, ...]:
        """The local levels at which ``stem`` is a form of this body."""
        return tuple(level for level in LOCAL_LEVELS if stem in self.local.get(level, ()))

    def canonical(self, level: str) -> str:
        """The canonical form at ``level`` (a whole name for ``national``, else a stem); "" if none."""
        forms = self.national if level == "national" else self.local.get(level, ())
        return forms[0] if forms else ""

    def canonical_for(self, level: str, stem: str) -> str:
        """The canonical form at ``level`` of the written ``stem`` (see the module notes).

        Examples
        --------
        >>> b = Bodies.bundled()["政府办公厅"]
        >>> b.canonical_for("prefecture", "人民政府办公室"), b.canonical_for("prefecture", "人民政府办公厅")
        ('政府办公室', '政府办公厅')
        """
        forms = self.local.get(level, ())
        if stem not in forms:
            return stem
        first = forms[0]
        if first[-1:] != stem[-1:] and first[-1:] in _OFFICE_ENDINGS and stem[-1:] in _OFFICE_ENDINGS:
            return next(form for form in forms if form[-1:] == stem[-1:])
        return first

    def english(self, level: str, place_adjective: str = "", place_name: str = "", stem: str = "") -> str:
        """The English name at ``level`` for a place (``Guangzhou Municipal``, ``Guangzhou``).

        ``stem`` is the form written, where known: a municipality's provincial 财政局 stays a Bureau.

        Examples
        --------
        >>> b = Bodies.bundled()["财政"]
        >>> b.english("prefecture", "Guangzhou Municipal", "Guangzhou")
        'Guangzhou Municipal Bureau of Finance'
        >>> b.english("provincial", "Guangdong Provincial", "Guangdong")
        'Guangdong Provincial Department of Finance'
        >>> b.english("national")
        'Ministry of Finance'
        """
        if level == "national":
            if self.en_national:
                return self.en_national
            place_adjective = place_name = "National"
        pattern = self.en.get(level) or self.en.get("*", "")
        if not pattern:
            return ""
        if level == "provincial" and (stem or self.canonical("provincial")).endswith("厅") \
                and "Department" not in pattern:
            pattern = pattern.replace("Bureau", "Department")
        text = pattern.replace("{place}", place_adjective).replace("{name}", place_name)
        return re.sub(r"\s+", " ", text).strip()

    def label(self, level: str, stem: str = "") -> str:
        """A short English label without the place, for graphs: ``Bureau of Finance``.

        Examples
        --------
        >>> Bodies.bundled()["宣传部"].label("prefecture")
        'Publicity Department (CPC)'
        """
        if level == "national" and self.en_national:
            return self.en_national
        text = self.english(level, "", "", stem)
        text = re.sub(r"\s*of the CPC\s+Committee$", " (CPC)", text)
        text = re.sub(r"\s*of the\s*$", "", text)
        return re.sub(r"\s+", " ", text).strip()


class Bodies:
    """The bodies of ``bodies.csv`` with indexes from national names and local stems to bodies.

    Examples
    --------
    >>> bodies = Bodies.bundled()
    >>> [b.body for b in bodies.national("财政部")]
    ['财政']
    >>> [(b.body, b.levels_of("财政厅")) for b in bodies.stem("财政厅")]
    [('财政', ('provincial',))]
    >>> bodies["卫生"].succeeded_by, bodies["卫生计生"].succeeded_by
    ('卫生计生', '卫生健康')
    """

    def __init__(self, bodies):
        self._bodies = {b.body: b for b in bodies}
        self._national: dict[str, list[Body]] = {}
        self._stems: dict[str, list[Body]] = {}
        for body in self._bodies.values():
            for form in body.national:
                self._national.setdefault(form, []).append(body)
            for stem in {s for level in LOCAL_LEVELS for s in body.local.get(level, ())}:
                self._stems.setdefault(stem, []).append(body)

    @classmethod
    def bundled(cls) -> "Bodies":
        """Return the bodies shipped with zygraph (``zygraph/data/bodies.csv``)."""
        source = resources.files("zygraph").joinpath("data/bodies.csv")
        with source.open(encoding="utf-8") as handle:
            return cls(read_bodies(csv.DictReader(handle), "zygraph/data/bodies.csv"))

    def __getitem__(self, body: str) -> Body:
        return self._bodies[body]

    def __contains__(self, body: str) -> bool:
        return body in self._bodies

    def __iter__(self):
        return iter(self._bodies.values())

    def __len__(self) -> int:
        return len(self._bodies)

    def national(self, name: str) -> list[Body]:
        """Bodies that have ``name`` as a national name."""
        return self._national.get(name, [])

    def stem(self, stem: str) -> list[Body]:
        """Bodies that have ``stem`` as a local form, party bodies last."""
        return sorted(self._stems.get(stem, []), key=lambda b: b.kind == "party")


@functools.lru_cache(maxsize=1)
def bundled_fields() -> frozenset[str]:
    """The fields of government the bundled bodies are named by (财政, 公安, 铁路), read once: the words a notice
    names a field's organs (公安机关) or its trade's enterprises (铁路运输企业) with.

    >>> "财政" in bundled_fields(), "行政" in bundled_fields()
    (True, False)
    """
    return frozenset(body.body for body in Bodies.bundled())


def read_bodies(rows, path, kinds=None) -> list[Body]:
    """Read rows of ``bodies.csv`` into bodies, applying the module's derivation rules.

    Raises
    ------
    RegistryError
        A row lacks its body or kind, names a kind not in ``kinds``, or a
        ``succeeded_by`` names no body of the file.

    Examples
    --------
    >>> rows = [{"body": "财政", "kind": "government", "en": "{place} Bureau of Finance", "national": "财政部",
    ...          "provincial": "财政厅", "prefecture": "财政局", "county": ""}]
    >>> read_bodies(rows, "<rows>")[0].local["county"]
    ('财政局',)
    """
    bodies, seen = [], set()
    for line, row in enumerate(rows, start=2):
        if None in row:  # csv puts cells beyond the header under None: an unquoted comma
            raise RegistryError(f"the body row has more cells than the header ({len(_COLUMNS)}); quote a cell "
                                "that holds a comma", path=path, line=line)
        name, kind = (row.get("body") or "").strip(), (row.get("kind") or "").strip()
        if not name or not kind:
            raise RegistryError(f"the body row lacks its body or kind (columns: {', '.join(_COLUMNS)})",
                                path=path, line=line)
        if kinds is not None and kind not in kinds:
            raise RegistryError(f"kind {kind!r} is not one of {', '.join(kinds)}", path=path, line=line)
        if name in seen:
            raise RegistryError(f"the body {name} is listed twice; keep one row", path=path, line=line)
        seen.add(name)
        aliases = _bars(row.get("aliases"))
        local, above = {}, ()
        for level in LOCAL_LEVELS:
            cell = (row.get(level) or "").strip()
            forms = () if cell == _NO_FORM else (_bars(cell) or above)
            local[level] = tuple(dict.fromkeys(forms + (aliases if forms else ())))
            above = forms
        bodies.append(Body(name, kind, _patterns(row.get("en") or ""), (row.get("en_national") or "").strip(),
                           _bars(row.get("national")), local, (row.get("succeeded_by") or "").strip(),
                           (row.get("note") or "").strip()))
    names = {b.body for b in bodies}
    for line, body in enumerate(bodies, start=2):
        if body.succeeded_by and body.succeeded_by not in names:
            raise RegistryError(f"{body.body} is succeeded by {body.succeeded_by}, which is not a body of the file",
                                path=path, line=line)
    return bodies


def _bars(value) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _patterns(value: str) -> dict:
    """``A|county=B`` -> {"*": A, "county": B}: a part without ``level=`` serves every other level."""
    patterns = {}
    for part in value.split("|"):
        level, _, pattern = part.rpartition("=") if "=" in part else ("*", "", part)
        patterns[level.strip()] = pattern.strip()
    return patterns
