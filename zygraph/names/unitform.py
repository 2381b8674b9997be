"""The form of a unit name: its place, level marker, body and kind, read from how it is written.

Every reader's unit names pass through :func:`read_form` (through
:meth:`zygraph.names.units.Registry.resolve`), so a wording learnt once serves every
layout. A name is read as ``[中共][place][level marker][委]stem``: 中共广州市委宣传部 is
place 广州市, party, stem 宣传部. The stem is looked up among the bodies of
``bodies.csv``; a stem that is not there gets its kind from its ending (the rules
of :data:`KIND_RULES`, in order), and a name that no rule fits stays ``unknown``.
:func:`level_of` then gives the level, using the issuer for relative markers
(市 in a Guangzhou notice is the prefecture Guangzhou; a bare 发展改革委 in a State
Council notice is national).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from zygraph.names.bodies import Bodies, Body
from zygraph.names.places import Gazetteer, Place

__all__ = ["NameForm", "read_form", "level_of", "opens_with_level", "without_level", "KIND_RULES", "MARKER_LEVELS"]

#: Level markers written before a stem, and the level each means; 市 is resolved by the issuer.
MARKER_LEVELS = {"自治区": "provincial", "省": "provincial", "市": "relative", "州": "prefecture", "盟": "prefecture",
                 "县": "county", "区": "county", "旗": "county", "镇": "township", "乡": "township",
                 "街道": "township"}
_MARKERS = sorted(MARKER_LEVELS, key=len, reverse=True)
_MARKET = ("市场", "市場")  # 市场监管部门, 市场司: 市 of 市场 (market) is no city
_PARTY_PREFIX = ("中国共产党", "中共")
_NATIONAL_PREFIX = ("国务院", "国家", "中央", "中国", "全国", "中华全国", "最高")
#: How a name written with its level opens: a level marker (县交通局, 自治区民政厅, 自治县财政局, 街道办事处) or the
#: national bodies' 国家 and 国务院 (国家统计局, 国务院办公厅).
_LEVEL_OPENING = re.compile("^(?:" + "|".join(sorted([*MARKER_LEVELS, "自治州", "自治县", "自治旗", "国家", "国务院"],
                                                     key=len, reverse=True)) + ")")
# A place that the gazetteer does not list (counties, districts, towns): 2-6 characters and a level ending; not the
# 乡 of 城乡 (urban and rural: 住房城乡建设部门 is a field's department, no township 住房城).
_LOCALITY = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:自治县|县级市|新区|县|区|旗|镇|(?<!城)乡|街道))")

#: Kind from the form of a name not among the bodies: (pattern searched in the stem, kind), first match wins.
KIND_RULES = (
    (re.compile(r"人民银行|^人行"), "government"),  # 人行武汉分行: the central bank's branch, by its short name
    (re.compile(r"(法院|检察院|法庭|(?:司法|检察|审判)机关)$"), "judiciary"),
    (re.compile(r"(人大|人民代表大会|政协|政治协商)"), "legislature"),
    (re.compile(r"(军委|军分区|军区|警备区|武警|人武部|人民武装部|部队)"), "military"),
    (re.compile(r"(人民政府|政府|管委会|管理委员会|办事处)$"), "local_government"),
    (re.compile(r"(?<!人民)银行|公司|集团|电网|移动|联通|电信|供电局"), "state_enterprise"),
    (re.compile(r"(纪委|纪检|党委|党组|工委|委员会办公室|党工委)"), "party"),
    (re.compile(r"(联合会|协会|学会|总会|工会|团委|商会|基金会|[妇残侨文科]联)$"), "people_org"),
    (re.compile(r"(中心|馆|院|台|学校|大学|学院|报社|出版社|研究所|研究会|站|所|医院|杂志社|园|地质队|勘[查探]队)$"),
     "institution"),
    # 公安部门 (a department named by its field), 水司 (a ministry's 司), 人事股, 各工作组, 行政执法队, 公安机关,
    # 领导小组 and 工作小组 (a body the government sets up; not a village's 村民小组)
    # 电监会, 银监会: a regulatory commission (监督管理委员会) by its short name; 调查队: a statistics bureau's survey team;
    # 电力监管机构, 环境监察机构, 统计机构 and a body's 派出机构: an agency named by its function
    (re.compile(r"(总局|局|委员会|委|监会|办公室|室|办|厅|部|部门|署|处|司|科|股|海关|总队|支队|大队|中队|执法队|调查队|工作组|机关|"
                r"(?:监管|监察|统计|派出)机构|"
                r"(?:领导|工作|专项|协调)小组)$"),
     "government"),
)
#: The endings of offices that make a field named alone a form of a body: 发展改革 + 委, 住建 + 局, 宣传 + 部.
_FIELD_OFFICES = ("局", "委", "厅", "部", "办")
_SECOND_NAME = re.compile(r"^([^()]{2,}?)(?:\([^()]+\)|等|\))$")  # ...(粮食局), ...等, or a stray closing bracket
_COLLECTIVE = re.compile(r"^(各|有关|相关|全体|其他|其余|所属|涉及)|(有关|相关|成员|责任|各)(部门|单位|部委|直属机构|机构|委办局)|等(部门|单位)$")
_LOCAL_COLLECTIVE = re.compile(r"^(各)(.*)(人民政府|政府|管委会|地|区|县|市|镇|乡|街道|乡镇|州|盟)$")
_COLLECTIVE_LEVEL = (("国务院", "national"), ("中央", "national"), ("省", "provincial"), ("自治区", "provincial"),
                     ("地级以上市", "prefecture"), ("地市", "prefecture"), ("州", "prefecture"),
                     ("县级市", "county"), ("县", "county"), ("区", "county"), ("街道", "township"),
                     ("镇", "township"), ("乡", "township"), ("市", "relative"))


@dataclass(frozen=True)
class NameForm:
    """What the form of one name says.

    ``rule`` says how the kind was found: ``body`` (a stem of bodies.csv),
    ``national`` (a national name of bodies.csv), ``collective``,
    ``local_government``, ``suffix`` (a :data:`KIND_RULES` ending), ``field`` (a
    body's field alone, as a list sharing its noun leaves it: 财政 of 发展改革、财政等部门)
    or ``""`` (nothing fits: unknown). A field that is a form of a body only with an office
    ending (发展改革 + 委) keeps that body's name in ``field_office``.
    """

    name: str
    place: Place | None = None
    locality: str = ""
    marker: str = ""
    party: bool = False
    stem: str = ""
    body: Body | None = None
    national: bool = False
    stem_levels: tuple = ()
    kind: str = "unknown"
    rule: str = ""
    level_hint: str = ""
    place_text: str = ""  # the place as written: 广州市, or 广州
    field_office: str = ""  # the body a field named alone is the office of, with an ending: 发展改革委 for 发展改革

    @property
    def body_name(self) -> str:
        """The body: a bodies.csv body, else the stem (the name without place and level marker).

        A county or district written out (黄埔区) is part of what the unit is, so it stays.
        """
        if self.body is not None:
            return self.body.body
        if self.kind in ("institution", "state_enterprise") and self.place is not None:
            return self.name  # 金华职业技术学院 is a name, not a 职业技术学院 of Jinhua
        return (self.locality + self.stem) or self.name


def opens_with_level(name: str) -> bool:
    """Whether ``name`` opens with its level: a level marker (县, 市, 自治区 …) or 国家/国务院; 市 of 市场 is no level.

    Readers ask it of a subject with no role word (县交通局依法查处…；) and of names listed with commas: one place's
    bodies are named with their level.

    Parameters
    ----------
    name : str
        A unit's name as written.

    Returns
    -------
    bool

    Examples
    --------
    >>> opens_with_level("县交通局"), opens_with_level("国家统计局"), opens_with_level("市场监管局")
    (True, True, False)
    """
    return _LEVEL_OPENING.match(name) is not None and not name.startswith(_MARKET)


def without_level(name: str) -> str:
    """``name`` without the level it opens with (:func:`opens_with_level`), when a name of two characters or more is
    left; else ``name`` as it is.

    Examples
    --------
    >>> without_level("县财政局"), without_level("市场监管局"), without_level("自治区民政厅"), without_level("市局")
    ('财政局', '市场监管局', '民政厅', '市局')
    """
    found = _LEVEL_OPENING.match(name)
    if not opens_with_level(name) or found is None or len(name) - found.end() < 2:
        return name
    return name[found.end():]


def read_form(name: str, bodies: Bodies, gazetteer: Gazetteer) -> NameForm:
    """Read place, level marker, body and kind from the form of ``name`` (its match key).

    Parameters
    ----------
    name : str
        The name as :func:`zygraph.names.units.match_key` folds it.
    bodies : Bodies
    gazetteer : Gazetteer

    Returns
    -------
    NameForm
        ``rule`` says how the kind was found; ``""`` and kind ``unknown`` when nothing fits.

    Examples
    --------
    >>> bodies, gaz = Bodies.bundled(), Gazetteer.bundled()
    >>> f = read_form("中共广州市委宣传部", bodies, gaz)
    >>> f.place.name, f.party, f.body.body, f.kind
    ('广州市', True, '宣传部', 'party')
    >>> f = read_form("市卫生局", bodies, gaz)
    >>> f.marker, f.body.body, f.body.succeeded_by
    ('市', '卫生', '卫生计生')
    >>> read_form("市城市更新局", bodies, gaz).kind, read_form("市城市更新局", bodies, gaz).rule
    ('government', 'suffix')
    >>> read_form("各有关单位", bodies, gaz).kind
    'collective'
    >>> read_form("财政", bodies, gaz).kind, read_form("财政", bodies, gaz).rule  # 发展改革、财政等部门: its field alone
    ('government', 'field')
    >>> f = read_form("发展改革", bodies, gaz)  # a form of 发展改革委 with its office's ending (发展改革委, 发展改革局)
    >>> f.kind, f.rule, f.field_office
    ('government', 'field', '发展改革委')
    >>> read_form("县发改局(粮食局)", bodies, gaz).body.body
    '发展改革委'
    """
    collective = _collective(name)
    if collective is not None:
        return collective
    # 县发改局(粮食局): a second name in brackets, a list's closing 等 or a closing bracket whose opening one
    # the reader left behind says nothing the name before does not
    second = _SECOND_NAME.match(name)
    if second is not None:
        inner = read_form(second.group(1), bodies, gazetteer)
        if inner.rule:
            return replace(inner, name=name)
    national = bodies.national(name) or bodies.national(_without_party(name))
    youth = _youth_league(name, bodies, gazetteer)
    if youth is not None:
        return youth
    candidates = list(_candidates(name, gazetteer))
    for place, locality, marker, party, stem in candidates:
        if stem in _OFFICE_NOUNS and not (place or locality or marker or party):
            continue  # 办公室 alone: every body has one; the notice's own, a group's, not the party committee's
        found = _body(stem, party, bodies)
        if found is not None:
            return NameForm(name, place, locality, marker, party, stem, found, bool(national),
                            found.levels_of(stem), found.kind, "body", place_text=_place_text(name, place))
    if national:
        return NameForm(name, stem=name, body=national[0], national=True, kind=national[0].kind, rule="national")
    place, locality, marker, party, stem = candidates[0]
    written = _place_text(name, place)
    hint = "national" if name.startswith(_NATIONAL_PREFIX) and place is None and not marker else ""
    if party and not stem:
        return NameForm(name, place, locality, marker, party, stem, bodies["党委"] if "党委" in bodies else None,
                        kind="party", rule="body", place_text=written)
    if not stem and (place is not None or locality):
        return NameForm(name, place, locality, marker, party, stem, kind="local_government", rule="local_government",
                        place_text=written)
    field = _field_body(stem, bodies) if stem and not party and not (place or locality) else None
    if field is not None:  # 财政, 县财政: the department of a field; 发展改革 of 发展改革、财政等部门: 发展改革委's
        return NameForm(name, place, locality, marker, party, stem, kind=field.kind, rule="field", level_hint=hint,
                        place_text=written, field_office=field.body if field.body != stem else "")
    for pattern, kind in KIND_RULES:
        if pattern.search(stem) or pattern.search(locality + stem):
            kind = "party" if party and kind == "government" else kind
            return NameForm(name, place, locality, marker, party, stem, kind=kind, rule="suffix", level_hint=hint,
                            place_text=written)
    if party:
        return NameForm(name, place, locality, marker, party, stem, kind="party", rule="suffix", place_text=written)
    return NameForm(name, place, locality, marker, party, stem, level_hint=hint, place_text=written)


def level_of(form: NameForm, issuer_level: str = "", issuer_place: Place | None = None, city_level: str = "") -> str:
    """The level of a unit of this form in a notice of this issuer; "" when it spans levels or is unknown.

    Parameters
    ----------
    form : NameForm
    issuer_level : str
        The issuer's level (national ... county), "" if unknown.
    issuer_place : Place, optional
        The issuer's place: a municipality's 市 is provincial.
    city_level : str, optional
        The level 市 means in the issuer's notices (:attr:`zygraph.names.issuer.Issuer.city_level`):
        a county-level city's own (义乌市: county), the city above a county or district
        (千阳县, 黄石港区: prefecture; 浦东新区: provincial). Unset, 市 is the issuer's own level.

    Examples
    --------
    >>> bodies, gaz = Bodies.bundled(), Gazetteer.bundled()
    >>> level_of(read_form("发展改革委", bodies, gaz), "national")
    'national'
    >>> level_of(read_form("发展改革委", bodies, gaz), "prefecture")
    'prefecture'
    >>> level_of(read_form("市发展改革委", bodies, gaz), "prefecture"), level_of(read_form("科技厅", bodies, gaz), "prefecture")
    ('prefecture', 'provincial')
    >>> level_of(read_form("市教委", bodies, gaz), "provincial", gaz.find("北京市"))
    'provincial'
    >>> level_of(read_form("市财政局", bodies, gaz), "county", None, "county"), level_of(read_form("市财政局", bodies, gaz), "county", None, "prefecture")
    ('county', 'prefecture')
    """
    if form.rule == "collective":
        return _relative(form.level_hint, issuer_level, issuer_place, city_level)
    if form.locality:
        return "township" if form.locality.endswith(("镇", "乡", "街道")) else "county"
    if form.place is not None:
        return form.place.level
    if form.marker:
        return _relative(MARKER_LEVELS[form.marker], issuer_level, issuer_place, city_level)
    if issuer_level == "national" and (form.national or (form.body is not None and form.body.national)):
        return "national"  # a State Council notice writes 粮食局 for 国家粮食局
    if issuer_level in form.stem_levels:
        return issuer_level
    if form.national:
        return "national"
    if len(form.stem_levels) == 1:
        return form.stem_levels[0]
    if form.level_hint:
        return form.level_hint
    if form.kind == "local_government":
        return ""  # 试点城市政府: the governments of places the name does not fix
    if form.stem_levels or form.rule in ("suffix", "body", "field"):
        return issuer_level if issuer_level != "national" or form.rule in ("suffix", "field") else ""
    return ""


def _relative(level: str, issuer_level: str, issuer_place: Place | None, city_level: str = "") -> str:
    """市 means the issuer's own city: a municipality, a prefecture, a county-level city; in a county's or a
    district's notice (千阳县, 黄石港区: no 市 of their own) the city above them, as ``city_level`` says."""
    if level != "relative":
        return level
    if city_level:
        return city_level
    if issuer_level == "provincial" and issuer_place is not None and issuer_place.name.endswith("市"):
        return "provincial"
    if issuer_level == "county":
        return "county"
    return "prefecture"


def _collective(name: str) -> NameForm | None:
    local = _LOCAL_COLLECTIVE.match(re.sub(r"\([^()]*\)$", "", name))  # 各街道(功能区)
    if local is None and not _COLLECTIVE.search(name):
        return None
    hint = next((level for token, level in _COLLECTIVE_LEVEL if token in name), "")
    if local is not None and not re.search(r"(部门|单位)$", name):
        return NameForm(name, stem=name, kind="local_government", rule="collective", level_hint=hint)
    return NameForm(name, stem=name, kind="collective", rule="collective", level_hint=hint)


def _youth_league(name: str, bodies: Bodies, gazetteer: Gazetteer) -> NameForm | None:
    """团市委, 团省委, 共青团广州市委: the level marker sits inside the name."""
    if "共青团" not in bodies:
        return None
    rest = name[3:] if name.startswith("共青团") else name[1:] if name.startswith("团") else None
    if rest is None:
        return None
    place, size = gazetteer.prefix_match(rest)
    rest = rest[size:]
    for tail in ("委员会", "委"):
        if rest.endswith(tail):
            marker = rest[: -len(tail)]
            if (marker in MARKER_LEVELS or (place is not None and not marker)) and (place or marker):
                return NameForm(name, place, "", marker, False, "团委", bodies["共青团"], False,
                                bodies["共青团"].levels_of("团委"), "people_org", "body")
    return None


def _place_text(name: str, place: Place | None) -> str:
    if place is None:
        return ""
    text = _without_party(name)
    return place.name if place.name in text else place.short


def _without_party(name: str) -> str:
    for prefix in _PARTY_PREFIX:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _candidates(name: str, gazetteer: Gazetteer):
    """Readings of ``name`` as (place, locality, marker, party, stem), most specific first."""
    party = name.startswith(_PARTY_PREFIX)
    text = name
    for prefix in _PARTY_PREFIX:
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    place, size = gazetteer.prefix_match(text)
    heads = []
    county = gazetteer.county_prefix(text)
    if len(county) > size:  # 黄石港区教育局 is 黄石港区's, not 黄石's 港区; 义乌市 is a county-level city
        heads.append((None, county, text[len(county):]))
    while place is not None:  # 广东省广州市发展改革委 is Guangzhou's
        nested, more = gazetteer.prefix_match(text[size:])
        if nested is None or nested.level == place.level:
            break
        place, size = nested, size + more
    if place is not None:
        county = gazetteer.county_prefix(text[size:])  # 浙江省义乌市教育局
        if county and not text[size:].startswith(tuple(MARKER_LEVELS)):
            heads.append((place, county, text[size + len(county):]))
        inner = _LOCALITY.match(text[size:])  # 资阳市安岳县教育局 is Anyue's
        if inner is not None and not text[size:].startswith(tuple(MARKER_LEVELS)):
            heads.append((place, inner.group(1), text[size + inner.end():]))
        heads.append((place, "", text[size:]))
    locality = None if text.startswith(tuple(MARKER_LEVELS)) else _LOCALITY.match(text)  # 市警备区 is no place
    if locality is not None:
        heads.append((None, locality.group(1), text[locality.end():]))
    heads.append((None, "", text))
    for place, locality, rest in heads:
        for marker in _MARKERS:
            if rest.startswith(marker) and (place is None and not locality) and not rest.startswith(_MARKET):
                after = rest[len(marker):]
                if after.startswith("委") and (len(after) == 1 or not after.startswith("委员会")):
                    yield place, locality, marker, True, after[1:]
                yield place, locality, marker, party, after
        if (place is not None or locality) and rest.startswith("委") and not rest.startswith("委员会"):
            yield place, locality, "", True, rest[1:]
        yield place, locality, "", party, rest


#: An office noun alone names no body in particular (the issuer's own office, a group's, a bureau's): with no place,
#: marker or 委 before it, it is kept as written rather than read as the party committee's general office (市委办公室).
_OFFICE_NOUNS = frozenset({"办公室", "办", "办公厅"})


def _field_body(stem: str, bodies: Bodies) -> Body | None:
    """The body whose field ``stem`` names alone: a body of that name (财政), else the body that ``stem`` with an
    office's ending is a form of (发展改革 + 委: 发展改革委; 住建 + 局: 住房城乡建设); None when neither is."""
    if stem in bodies:
        return bodies[stem]
    return next((found[0] for ending in _FIELD_OFFICES if (found := bodies.stem(stem + ending))), None)


def _body(stem: str, party: bool, bodies: Bodies) -> Body | None:
    if not stem:
        return None
    found = bodies.stem(stem)
    if party:
        found = [b for b in found if b.kind == "party" or b.body == "党校"] or []
    return found[0] if found else None
