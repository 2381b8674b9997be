"""Place a resolved unit in its notice: canonical name, level, body and English name from the issuer.

The same written name means different units in different notices: 市财政局 in a
Guangzhou notice is the Guangzhou Municipal Bureau of Finance, a bare 发展改革委
in a State Council notice the National Development and Reform Commission. The
rules, in order:

* the level comes from :func:`zygraph.names.unitform.level_of` (place written in the
  name, level marker read against the issuer, else the issuer's level where the
  body has that form);
* the place of the English name is the place written in the name; else the
  issuer's place when the unit is at the issuer's level; else, for a provincial
  unit in a prefecture's notice, the prefecture's province; else none (the English
  name then says only ``Municipal``, ``County`` ...), so it never names a wrong place;
* the canonical name of a body's form keeps a written place only when it is not
  the issuer's (广州市财政局 in a Guangzhou notice is 市财政局) and uses the body's
  canonical form at that level (市发展和改革委员会 -> 市发展改革委); institutions and
  enterprises keep their own names (广州供电局);
* registry names (``units.csv``) keep their own name and kind, and their own
  English pattern where they have one; there ``{name}`` is the place written,
  else the issuer's place for a unit at or below the issuer's level.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zygraph.names.bodies import Body
from zygraph.names.issuer import NO_ISSUER, Issuer
from zygraph.names.places import Gazetteer, Place
from zygraph.names.unitform import MARKER_LEVELS, level_of
from zygraph.names.units import Registry, Resolution, Unit

__all__ = ["place_unit", "pool_key"]

_PLAIN_ADJECTIVE = {"provincial": "Provincial", "prefecture": "Municipal", "county": "County", "township": "Township"}
_MARKER_OF_LEVEL = {"provincial": "省", "prefecture": "市", "county": "县", "township": "镇"}


def place_unit(res: Resolution, issuer: Issuer = NO_ISSUER, registry: Registry | None = None) -> Unit:
    """The unit of ``res`` as the notice of ``issuer`` means it: name, English, kind, body, level.

    Parameters
    ----------
    res : Resolution
        A written name as the registry resolved it (:meth:`Registry.resolve`); left untouched.
    issuer : Issuer
        Who issued the notice (:func:`zygraph.names.issuer.detect_issuer`); :data:`NO_ISSUER` if unknown.
    registry : Registry, optional
        The registry that resolved ``res`` (default: the bundled one); it keeps each placement.

    Returns
    -------
    Unit
        With ``name`` (canonical in this notice), ``name_en``, ``kind``, ``body``, ``level``, ``label_en``.

    Examples
    --------
    >>> from zygraph.names.issuer import issuer_from_name
    >>> reg = Registry.bundled()
    >>> gz = issuer_from_name("广州市人民政府", reg.gazetteer)
    >>> u = place_unit(reg.resolve("市发展改革委"), gz, reg)
    >>> u.name, u.level, u.body, u.name_en
    ('市发展改革委', 'prefecture', '发展改革委', 'Guangzhou Municipal Development and Reform Commission')
    >>> state = issuer_from_name("国务院", reg.gazetteer)
    >>> u = place_unit(reg.resolve("发展改革委"), state, reg)
    >>> u.name, u.level, u.name_en
    ('国家发展改革委', 'national', 'National Development and Reform Commission')
    >>> place_unit(reg.resolve("中共广州市委宣传部"), gz, reg).name_en
    'Publicity Department of the CPC Guangzhou Municipal Committee'
    """
    registry = registry or Registry.bundled()
    key = (res.raw, issuer)
    found = registry.placed.get(key)
    if found is None:
        found = registry.placed[key] = _place(res, issuer, registry)
    return found


def _place(res: Resolution, issuer: Issuer, registry: Registry) -> Unit:
    written = registry.form(res.raw)
    if (res.how in ("alias", "misspelling") and written.place is not None and issuer.place is not None
            and written.place != issuer.place and written.body is not None):
        # 资阳市科学技术协会 is a Ziyang alias; in a Guangzhou notice it still names Ziyang's 科协
        res = Resolution(res.raw, Unit(res.unit.name, "", written.kind, written.body.body), "body", form=written)
    form = res.form if res.form is not None else registry.form(res.unit.name)
    level = level_of(form, issuer.level, issuer.place, issuer.city_level)
    written = written if res.how in ("alias", "misspelling") else form
    place = _english_place(written.place or form.place, level, issuer, registry.gazetteer)
    adjective, place_name = _adjective(place, level, form, _issuer_marker(issuer.name) if issuer.level == "county" else "")
    body = _body(res, form, registry)
    unit = res.unit
    name = unit.name
    if res.how == "body" and body is not None and body.kind not in ("institution", "state_enterprise"):
        name = _canonical(form, body, level, issuer)  # an enterprise's or institution's name is its own
    elif (res.how == "inferred" and form.place is not None and form.place == issuer.place and form.stem
          and unit.kind in ("government", "party")):
        # 资阳市档案局 in a Ziyang notice is its 市档案局
        name = _own_marker(form.place) + ("委" if form.party else "") + form.stem
    if unit.name_en:
        # a registry row's {name} is the place written, else the issuer's (the 高新区 of a Ziyang notice is Ziyang's)
        if not place_name and issuer.place is not None and _at_or_below(level, issuer.level):
            place_name = issuer.place.en
        name_en = _fill(unit.name_en, adjective, place_name)
        label = _fill(unit.name_en, "", "")
    elif body is not None:
        stem = form.stem if form.body is body else ""
        name_en = body.english(level, adjective, place_name, stem)
        label = body.label(level, stem)
    else:
        name_en = label = ""
    return replace(unit, name=name, name_en=name_en, body=unit.body or form.body_name, level=level, label_en=label)


def pool_key(name: str, body: str, level: str, gazetteer: Gazetteer | None = None) -> tuple:
    """The key under which units of several notices are pooled: (body, level), or the name.

    The 市科协 of every city is one 科协 at the prefecture level. A unit with
    no body or level, or named with its place (广州市财政局 beside 深圳市财政局
    in a provincial notice), is pooled by its name.

    Examples
    --------
    >>> pool_key("市科协", "科协", "prefecture"), pool_key("广州市财政局", "财政", "prefecture")
    (('科协', 'prefecture'), ('广州市财政局',))
    """
    gazetteer = gazetteer or Gazetteer.bundled()
    if body and level and gazetteer.prefix(name) is None:
        return (body, level)
    return (name,)


def _at_or_below(level: str, issuer_level: str) -> bool:
    order = ("national", "provincial", "prefecture", "county", "township")
    return level in order and issuer_level in order and order.index(level) >= order.index(issuer_level)


def _body(res: Resolution, form, registry: Registry) -> Body | None:
    if res.unit.body and res.unit.body in registry.bodies:
        return registry.bodies[res.unit.body]
    return form.body


def _english_place(place: Place | None, level: str, issuer: Issuer, gazetteer: Gazetteer) -> Place | None:
    if place is not None:
        return place if place.level == level else None
    if issuer.above is not None and level == issuer.above.level:
        return issuer.above  # 市财政局 in a 千阳县 notice is 宝鸡's, in a 浦东新区 notice Shanghai's
    if issuer.place is None or not level:
        return None
    if level == issuer.level:
        return issuer.place
    if level == "provincial" and issuer.level == "prefecture" and issuer.place.province:
        return gazetteer.find(issuer.place.province)
    return None


#: The English word for a county-level place by how its name ends: 黄石港区 a District, 义乌市 a (county-level) City.
_COUNTY_ADJECTIVE = {"区": "District", "市": "Municipal"}


def _adjective(place: Place | None, level: str, form, issuer_ending: str = "") -> tuple[str, str]:
    """The English words before a unit's name for its place; ``issuer_ending`` the last character of a county-level
    issuer's name (区, 市, 县), which a bare name of the issuer's own level takes."""
    if place is not None:
        return place.adjective, place.en
    if level == "county":
        ending = form.marker or form.locality[-1:] or issuer_ending
        if ending in _COUNTY_ADJECTIVE:
            return _COUNTY_ADJECTIVE[ending], ""
    return _PLAIN_ADJECTIVE.get(level, ""), ""


#: What follows the place in an issuer's name: 区政府, 宝山区人民政府办公室, 县委办公室.
_SEAT = re.compile(r"(?:人民政府|政府|党委|委员会|委)?(?:办公室|办公厅)?$")


def _issuer_marker(name: str) -> str:
    """The level marker of an issuer's place (区 for 区政府 or 宝山区人民政府办公室), or ``""``.

    >>> _issuer_marker("区政府"), _issuer_marker("宝山区人民政府办公室"), _issuer_marker("立山区"), _issuer_marker("市发展改革委")
    ('区', '区', '区', '')
    """
    place = _SEAT.sub("", name, count=1)
    return place[-1:] if place[-1:] in ("省", "市", "县", "区", "州", "旗") else ""


def _own_marker(place: Place) -> str:
    """The marker a notice uses for its own place: 市 for 广州市, 省 for 广东省."""
    return next((m for m in ("自治区", "省", "市", "州", "盟") if place.name.endswith(m)), "")


def _fill(pattern: str, adjective: str, place_name: str) -> str:
    text = pattern.replace("{place}", adjective).replace("{name}", place_name)
    return " ".join(text.split())


def _canonical(form, body: Body, level: str, issuer: Issuer) -> str:
    """市发展和改革委员会 -> 市发展改革委; 广州市财政局 in a Guangzhou notice -> 市财政局."""
    if level == "national":
        return body.canonical("national") or form.name
    stem = body.canonical_for(level, form.stem)
    if not stem and body.body != "党委":
        return form.name
    foreign = form.place is not None and form.place != issuer.place
    if form.locality:  # 资阳市安岳县教育局: the county is what counts, its city only when not the issuer's
        prefix = ((form.place_text or form.place.name) if foreign else "") + form.locality
    elif foreign:
        prefix = form.place_text or form.place.name  # as written: 合肥海关 stays 合肥海关
    elif form.place is not None:  # the issuer's own place, written out: use its marker
        prefix = _own_marker(form.place)
    elif form.marker in MARKER_LEVELS:
        prefix = form.marker
    elif level == issuer.level and _issuer_marker(issuer.name):
        prefix = _issuer_marker(issuer.name)  # a bare 税务局 in a 立山区 (or 区政府) notice is its 区税务局
    else:
        prefix = _MARKER_OF_LEVEL.get(level, "")
    if not prefix:
        return form.name
    if body.body == "共青团":
        return f"团{prefix}委" if prefix in MARKER_LEVELS else f"共青团{prefix}委"
    if body.body == "党委":
        return f"{prefix}委"
    if (body.kind == "party" and (form.party or not form.marker)) or (form.party and body.body == "党校"):
        return f"{prefix}委{stem}"
    return prefix + stem
