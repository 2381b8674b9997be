"""The issuer of a notice: which government (or party committee) speaks, at which level, from where.

Read from the issuing line, the title (国务院关于…, 广州市人民政府关于印发…, or a bare
区人民政府办公室关于…: its level alone), the name signed above the date (which a title's speaker
outweighs: it may be a forwarded document's, or a table's cell), the document
number (国发, 国办发, 粤府, 资府发), the table's own title, a heading opening with its
government (2024年金东区政府…), a copied page's label of its source (发布机构：…), whom it
addresses (区政府各部门: its own bodies), or a government the title names outside the
《documents》 it cites (近日，国务院发布…), in that order; ``--issuer NAME`` overrides them
all. ``Issuer.source`` says which. The issuer places the bare names of a notice: 市 in a
Guangzhou notice is Guangzhou.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from zygraph.findings import Finding
from zygraph.names.places import Gazetteer, Place, county_short

__all__ = ["Issuer", "issuer_from_name", "detect_issuer", "NO_ISSUER", "issuer_conflict", "issuer_findings", "DOC_NUMBER",
           "issuer_name_read"]

# Document-number prefixes of the State Council, its General Office and the Party Centre.
#: A document number as notices print it: 资府发〔2023〕1号, 港政发[2025]1号 (any of the brackets copies use). Its
#: prefix holds no 号, so a page's label glued before it (发文字号泰政办字〔2022〕57号) is not taken with it.
DOC_NUMBER = re.compile(r"(?:(?!号)[\u4e00-\u9fff]){1,8}[〔\[［(（]\d{4}[〕\]］)）]\d+号")
_NATIONAL_NUMBERS = re.compile(r"^(国发|国办发|国函|国办函|国令|中发|中办发|厅字|国办明电)")
_NATIONAL_NAMES = re.compile(r"^(中共中央|中央|国务院|全国|中华人民共和国|国家|中国"
                             r"|[\u4e00-\u9fff]{2,6}(?:总局|总署)"  # 市场监管总局, 海关总署: the State Council's bodies
                             r"|[\u4e00-\u9fff]{2,8}部(?:办公厅)?$"  # 生态环境部办公厅, 文化部: a ministry, no place first
                             r"|[\u4e00-\u9fff]{2}中国[\u4e00-\u9fff]{2,12}(?:委员会|领导小组))")  # 健康中国行动推进委员会
#: A township's or street's own government (象山县泗洲头镇人民政府), its county written before it or not.
_TOWNSHIP = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治县|县|区|旗|市))?([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))"
                       r"(?:人民政府|政府|党委|办事处)")
#: A township named alone after a county the county list knows: 千阳县城关镇.
_TOWNSHIP_ALONE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))$")
#: A township's name standing alone as the issuer (章化镇, 城关镇): two characters or more before 镇/乡, none of them
#: a word for townships in general (各乡镇, 全镇, 本乡, 小城镇, 特色小镇).
_NAMED_TOWNSHIP = re.compile(r"^(?!各|全|本|该|每|所有|小城|特色|城镇|乡镇)((?:(?![县区市旗])[\u4e00-\u9fff]){2,5}(?:镇|乡))$")
#: What follows a place's name in an issuer: its government, committee or a body of it (灵璧县卫生健康委员会, 平利县双创办);
#: a zone's 党工委 (平潭综合实验区党工委).
_GOVERNMENT_AFTER = (r"(?:委|人民政府|政府|党委|党工委|管委会|管理委员会|$"
                     r"|[\u4e00-\u9fff]{2,30}?(?:委员会|局|办公室|办|厅))")
#: After a place the gazetteer or the county list knows, its campaign bodies issue too (钟祥市…防控指挥部, 丰润区…领导小组);
#: after a mere ending they would make places of words (城市管理工作领导小组, 社区建设领导小组).
_BODY_AFTER_PLACE = re.compile(_GOVERNMENT_AFTER + r"|[\u4e00-\u9fff]{2,30}?(?:指挥部|领导小组)"
                               r"|[\u4e00-\u9fff“”、]{2,60}?工作专班")  # 嘉善县实施…“千村示范、万村整治”工程工作专班办公室
_LOCALITY = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{1,8}?(?:自治县|县级市|县|区|旗|市))" + _GOVERNMENT_AFTER)
#: What follows a government that a text cites rather than one that issues: its document's title.
_CITING = re.compile("(?:印发的|发布的|办公厅)?《")
_NAMED = re.compile(r"国务院|(?:中共)?[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|县|区)(?:委员会|委|人民政府|政府)")
#: Names ending 区 that are parts of a county or a city, not one: 君山片区, 工业园区, 景区, 社区.
_NOT_COUNTIES = ("片区", "园区", "景区", "社区", "小区", "街区")
_GOVERNMENT_TAIL = re.compile(r"(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|党委|委员会|委)$")


@dataclass(frozen=True)
class Issuer:
    """Who issued a notice.

    ``label`` is the short name that qualifies units in a corpus (资阳, 广东,
    国务院); ``place`` the gazetteer place (None for the State Council and for
    counties, which the gazetteer does not list); ``source`` says where it was read;
    ``above`` the place right above a county-level issuer (黄石 for 黄石港区, 上海 for
    浦东新区), when it is known.
    """

    name: str
    label: str
    level: str
    place: Place | None = None
    source: str = ""
    above: Place | None = None

    @property
    def en(self) -> str:
        """The place in pinyin (Guangzhou), "" for the nation or a place not in the gazetteer."""
        return self.place.en if self.place is not None else ""

    @property
    def city_level(self) -> str:
        """The level 市 means in this issuer's notices: its own city's, or the city above a county or district.

        Examples
        --------
        >>> gaz = Gazetteer.bundled()
        >>> [issuer_from_name(n, gaz).city_level for n in ("北京市人民政府", "义乌市人民政府", "黄石港区人民政府",
        ...                                                 "浦东新区人民政府", "广州市人民政府")]
        ['provincial', 'county', 'prefecture', 'provincial', 'prefecture']
        """
        if self.place is not None and self.level == "provincial" and self.place.name.endswith("市"):
            return "provincial"  # a municipality: 北京市
        if self.level == "county":
            if self.name.endswith("市"):
                return "county"  # a county-level city's own 市
            return self.above.level if self.above is not None else "prefecture"
        return "prefecture"


#: The issuer of a notice that names none: no level, no place.
NO_ISSUER = Issuer("", "", "")


def issuer_from_name(name: str, gazetteer: Gazetteer, source: str = "") -> Issuer | None:
    """Read an issuer from a government's or party committee's name; None when it names no place.

    Examples
    --------
    >>> gaz = Gazetteer.bundled()
    >>> i = issuer_from_name("广州市人民政府", gaz)
    >>> i.label, i.level, i.en
    ('广州', 'prefecture', 'Guangzhou')
    >>> issuer_from_name("中共资阳市委 资阳市人民政府", gaz).label
    '资阳'
    >>> issuer_from_name("国务院办公厅", gaz).level
    'national'
    >>> i = issuer_from_name("安岳县人民政府", gaz)
    >>> i.label, i.level
    ('安岳', 'county')
    >>> issuer_from_name("灵璧县卫生健康委员会", gaz).level  # a county's bureau
    'county'
    >>> [(i.label, i.level) for i in (issuer_from_name(n, gaz) for n in ("义乌市人民政府", "黄石港区人民政府"))]
    [('义乌', 'county'), ('黄石港', 'county')]
    >>> issuer_from_name("章化镇", gaz).level, issuer_from_name("各乡镇", gaz), issuer_from_name("小城镇", gaz)
    ('township', None, None)
    >>> [(i.label, i.level) for i in (issuer_from_name(n, gaz) for n in ("钟祥市防控指挥部", "千阳县城关镇"))]
    [('钟祥', 'county'), ('城关', 'township')]
    >>> issuer_from_name("平利县双创办", gaz).level  # a county's campaign office (创建办, 双创办)
    'county'
    >>> issuer_from_name("嘉善县深化“千村示范、万村整治”工程工作专班办公室", gaz).level  # a county's work group
    'county'
    >>> i = issuer_from_name("象山县泗洲头镇人民政府", gaz)
    >>> i.label, i.level
    ('泗洲头', 'township')
    >>> issuer_from_name("生态环境部办公厅", gaz).level, issuer_from_name("湖北省委宣传部", gaz).level
    ('national', 'provincial')
    >>> issuer_from_name("平潭综合实验区管委会", gaz).level  # a zone's management committee governs a county's land
    'county'
    >>> issuer_from_name("市场监管总局", gaz).level, issuer_from_name("健康中国行动推进委员会办公室", gaz).level
    ('national', 'national')
    """
    text = re.sub(r"\s+", "", name or "")
    text = text[2:] if text.startswith("中共") else text[5:] if text.startswith("中国共产党") else text
    if not text:
        return None
    township = _TOWNSHIP.match(text) or _NAMED_TOWNSHIP.match(text)
    if township is not None:
        return _township(township.group(1), source)
    place, size = gazetteer.prefix_match(text)
    county = _county_issuer(text, 0, None, gazetteer, source, longer_than=size)
    if county is not None:  # 义乌市 is a county-level city, not a prefecture; 黄石港区 is 黄石's district, not its 港区
        return county
    while place is not None:  # 广东省广州市人民政府 is Guangzhou's
        county = _county_issuer(text, size, place, gazetteer, source)
        if county is not None:  # 北京市朝阳区: Beijing's district, not 辽宁's 朝阳
            return county
        nested, more = gazetteer.prefix_match(text[size:])
        if nested is None or nested.level == place.level or nested.province != place.name:
            break
        place, size = nested, size + more
    if place is not None:
        rest = text[size:]
        # 广州市天河区人民政府 and 北京市海淀区人民政府 are county-level governments inside a city
        inner = None if rest.startswith("委") else _LOCALITY.match(rest)
        if inner is not None:
            locality = inner.group(1)
            return Issuer(locality, county_short(locality), "county", None, source, place)
        return Issuer(place.name, place.short, place.level, place, source)
    if _NATIONAL_NAMES.match(text):
        return Issuer("国务院" if text.startswith("国务院") else _GOVERNMENT_TAIL.sub("", text) or text,
                      "国务院" if text.startswith(("国务院", "中共中央", "中央")) else text[:6], "national", None, source)
    local = _LOCALITY.match(text)
    if local is not None:
        locality = local.group(1)
        if locality.endswith(_NOT_COUNTIES):  # 君山片区管理局: an area inside a county, not one
            return None
        level = "prefecture" if locality.endswith("市") else "county"  # a 市 in neither list: a city, most likely
        return Issuer(locality, county_short(locality), level, None, source)
    return None


def _township(name: str, source: str) -> Issuer:
    """A township's government as the issuer, labelled without its 镇/乡 (城关镇 -> 城关)."""
    return Issuer(name, name[:-1] if len(name) > 2 and name[-1] in "镇乡" else name, "township", None, source)


def _county_issuer(text: str, at: int, within: Place | None, gazetteer: Gazetteer, source: str,
                   longer_than: int = 0) -> Issuer | None:
    """The county-level government (or a township of it) whose known name, longer than ``longer_than`` (a place's
    name read there instead: 黄石 of 黄石港区), starts ``text`` at ``at``; None when there is none."""
    county = gazetteer.county_prefix(text[at:])
    if len(county) <= longer_than:
        return None
    rest = text[at + len(county):]
    above = gazetteer.above(county, within) or (within if within is not None and within.level == "prefecture" else None)
    if within is not None and above is None:
        return None  # a county of that name lies under another place: 北京市 then a 朝阳 of elsewhere
    township = _TOWNSHIP_ALONE.match(rest)
    if township is not None:
        return _township(township.group(1), source)
    if _BODY_AFTER_PLACE.match(rest):
        return Issuer(county, county_short(county), "county", None, source, above)
    return None


def detect_issuer(meta: dict, gazetteer: Gazetteer, override: str | None = None) -> Issuer:
    """The issuer of a notice from its metadata (an issuing line in ``issuer``, ``title``, a signature in ``issuer``,
    ``number``, ``table_title``, ``heading``, ``publisher``, ``addressees``), in that order; the first that names
    one wins (a bare title's level gives way to a signature of that level, which places it).

    Parameters
    ----------
    meta : dict
        A reader's document metadata; left untouched.
    gazetteer : Gazetteer
    override : str, optional
        ``--issuer NAME``: wins over the notice; a name that places nothing is kept as given.

    Returns
    -------
    Issuer
        :data:`NO_ISSUER` when the notice says nothing that places it.

    Examples
    --------
    >>> gaz = Gazetteer.bundled()
    >>> detect_issuer({"issuer": "资阳市人民政府", "number": "资府发〔2023〕1号"}, gaz).label
    '资阳'
    >>> detect_issuer({"title": "国务院关于落实《政府工作报告》重点工作部门分工的意见"}, gaz).level
    'national'
    >>> detect_issuer({"number": "粤府〔2021〕22号"}, gaz).name
    '广东省'
    >>> detect_issuer({"number": "国办函〔2016〕38号"}, gaz).source
    'document number'
    >>> detect_issuer({"issuer": "资阳市人民政府"}, gaz, override="广州市").label
    '广州'
    >>> detect_issuer({"number": "港政发〔2025〕1号", "title": "港政发〔2025〕1号黄石港区人民政府关于印发…的通知"}, gaz).label
    '黄石港'

    Weaker sources say so: a bare level marker gives the level, and the place only where the notice names it;
    a name signed above the date, a heading, a page's label of its source:

    >>> i = detect_issuer({"title": "区人民政府办公室关于印发2020年区政府重点工作责任分解的通知"}, gaz)
    >>> i.label, i.level, i.source
    ('', 'county', 'title (a bare 区人民政府办公室: its level, no place)')
    >>> detect_issuer({"title": "市人民政府关于印发咸宁市城市生活垃圾处理收费管理办法的通知"}, gaz).label
    '咸宁'
    >>> detect_issuer({"title": "市人民政府办公室关于印发2021年市政府重点工作的通知"}, gaz) is NO_ISSUER  # 市: which?
    True
    >>> detect_issuer({"issuer": "湖州市人民政府办公室", "issuer_line": "signature"}, gaz).source
    'signature'
    >>> [detect_issuer(m, gaz).source for m in ({"heading": "2024年金东区政府民生实事任务分解方案"},
    ...                                          {"publisher": "苍南县人民政府办公室"})]
    ['heading', 'publisher line']
    >>> detect_issuer({"addressees": "各镇人民政府，区政府各部门："}, gaz).level  # it addresses its own bodies
    'county'
    """
    if override:
        found = issuer_from_name(override, gazetteer, "--issuer")
        return found or Issuer(override, override, "", None, "--issuer")
    signed, titled = _signed_and_titled(meta, gazetteer)
    line = (meta.get("issuer") or "").strip()
    if line and not signed:
        found = issuer_from_name(line, gazetteer, "issuing line")
        if found is not None:
            return found
    if titled is not None and not (signed is not None and not titled.label and signed.level == titled.level):
        return titled  # the title's own speaker wins over a name signed after the text (a forwarded one's),
        # unless it gives only the level the signature places (区人民政府办公室关于…, 武汉市蔡甸区人民政府办公室)
    if signed is not None:
        return signed
    number = (meta.get("number") or "").strip()
    if number:
        if _NATIONAL_NUMBERS.match(number):
            return Issuer("国务院", "国务院", "national", None, "document number")
        place = gazetteer.by_number(number)
        if place is not None:
            return Issuer(place.name, place.short, place.level, place, "document number")
    table_title = (meta.get("table_title") or "").strip()
    place = gazetteer.prefix(table_title) if table_title and not _PAGE_LABEL.search(table_title) else None
    if place is not None:
        # 上海市崇明区人民政府办公室转发…: the city's district, named right after it, issues
        district = issuer_from_name(table_title, gazetteer, "table title")
        if district is not None and district.level == "county" and district.above == place:
            return district
        return Issuer(place.name, place.short, place.level, place, "table title")
    for key, source in (("heading", "heading"), ("table_title", "table title")):
        text = meta.get(key) or ""
        if _SENTENCE.search(text) or _PAGE_LABEL.search(text):  # 来源：临汾日报: a page's label, not its title  # 经县政府同意，现将…: a sentence before the table, not a document's name
            continue
        found = _speaker(text, meta, gazetteer, source, verbs=("关于", "印发"), alone=True)
        if found is not None:
            return found
    publisher = (meta.get("publisher") or "").strip()
    if _MEDIA.search(publisher):
        publisher = ""  # 来源：中国政府网, 临汾日报, 新华社: the site, paper or station that carried it
    found = issuer_from_name(publisher, gazetteer, "publisher line") if publisher else None
    if found is not None and found.place is None and found.name not in gazetteer.counties \
            and (found.level != "national" or not publisher.startswith(("国务院", "中共中央"))):
        found = None  # 来源：市委市政府督查室 places nothing; 来源：人力资源社会保障部 is a ministry's site reposting
    if found is not None and found.place is not None and not _GOVERNMENT_NEXT.search(publisher):
        found = None  # 来源：临汾日报: a place's newspaper, not its government
    if found is None and _BARE.fullmatch(publisher):
        found = _bare(publisher, meta, gazetteer, "publisher line")
    if found is not None:
        return found
    own = min(_OWN_BODIES.finditer(meta.get("addressees") or ""), default=None,
              key=lambda match: _RANKS.index(match.group(1)[0]))  # the highest government addressing its own
    if own is not None:  # 各镇人民政府，区政府各部门：: a notice addresses its own government's bodies
        if own.group(1) == "国务院":
            return Issuer("国务院", "国务院", "national", None, f"addressees ({own.group(0).strip('，,、;；:：')})")
        found = _bare(own.group(1) + "政府", meta, gazetteer, f"addressees ({own.group(0).strip('，,、;；:：')})")
        if found is not None:
            return found
    for key in ("title", "table_title"):  # 近日，国务院发布关于…: a government named in the text
        found = _named_in(meta.get(key) or "", gazetteer)
        if found is not None:
            return found
    return NO_ISSUER


def issuer_name_read(issuer: Issuer) -> str:
    """The name of the issuer :func:`detect_issuer` read from the notice's text, "" where none was read there (an
    issuer given by the caller has no source): what a report's header shows when no issuing line names one.

    >>> issuer_name_read(Issuer("静安区", "静安", "county", source="title")), issuer_name_read(Issuer("甲县", "甲", "county"))
    ('静安区', '')
    """
    return issuer.name if issuer.source else ""


def _signed_and_titled(meta: dict, gazetteer: Gazetteer) -> tuple[Issuer | None, Issuer | None]:
    """The issuer the name signed above the notice's date gives, and the one the title's speaker gives; None each
    when it gives none."""
    line = (meta.get("issuer") or "").strip()
    signed = None
    if line and meta.get("issuer_line") == "signature":  # the name signed above the notice's date
        signed = issuer_from_name(line, gazetteer, "signature")
    title = (meta.get("title") or "").strip()
    number = (meta.get("number") or "").strip()
    if number and title.startswith(number):  # 港政发〔2025〕1号黄石港区人民政府关于…: a copy glued them
        title = title[len(number):].strip()
    return signed, _speaker(title, meta, gazetteer, "title", verbs=("关于", "印发"))  # 山西省人民政府印发关于…


def issuer_conflict(meta: dict, gazetteer: Gazetteer) -> str:
    """What the title's speaker and the name signed after the text say when they name different issuers, else "".

    Examples
    --------
    >>> gaz = Gazetteer.bundled()
    >>> issuer_conflict({"title": "寿光市人民政府办公室关于印发重点工作的通知", "issuer": "潍坊市生态环境局",
    ...                  "issuer_line": "signature"}, gaz)
    'the title names 寿光 (county), the signature 潍坊市生态环境局 names 潍坊 (prefecture): the title is kept'
    >>> issuer_conflict({"title": "寿光市人民政府关于印发重点工作的通知", "issuer": "寿光市人民政府办公室",
    ...                  "issuer_line": "signature"}, gaz)
    ''
    """
    signed, titled = _signed_and_titled(meta, gazetteer)
    if signed is None or titled is None or (signed.label, signed.level) == (titled.label, titled.level) \
            or (not titled.label and signed.level == titled.level):
        return ""
    return (f"the title names {titled.label or titled.name} ({titled.level}), the signature {meta['issuer']} names "
            f"{signed.label} ({signed.level}): the title is kept")


def issuer_findings(issuer: Issuer, meta: dict, gazetteer: Gazetteer) -> list[Finding]:
    """The issuer as a reading decision: an info finding saying who the notice is read as issued by and where that
    was read (``issuer_read``); and, where the title and the signature name different issuers, which was kept and
    which set aside (``issuer_conflict``). None for a notice that names no issuer (the table says so where a unit's
    level rests on it: ``issuer_unknown``) or one given with ``--issuer`` (the user's, not a reading). The reader
    keeps no line for its metadata, so the findings have none.

    Examples
    --------
    >>> gaz = Gazetteer.bundled()
    >>> meta = {"title": "寿光市人民政府办公室关于印发重点工作的通知", "issuer": "潍坊市生态环境局",
    ...         "issuer_line": "signature"}
    >>> [(f.code, f.severity) for f in issuer_findings(detect_issuer(meta, gaz), meta, gaz)]
    [('issuer_read', 'info'), ('issuer_conflict', 'info')]
    >>> issuer_findings(detect_issuer({"number": "粤府〔2021〕22号"}, gaz), {}, gaz)[0].message
    'the notice is read as issued by 广东省 (provincial), from its document number'
    >>> issuer_findings(NO_ISSUER, {}, gaz)
    []
    """
    if issuer.source == "--issuer" or not issuer.level:
        return []
    who = issuer.name or f"a bare {issuer.level}-level government"
    found = [Finding(None, "info", "issuer_read", f"the notice is read as issued by {who} ({issuer.level or 'no level'}"
                     f"), from its {issuer.source}", "pass --issuer NAME if this is wrong")]
    conflict = issuer_conflict(meta, gazetteer)
    if conflict:
        found.append(Finding(None, "info", "issuer_conflict", f"{conflict}; the issuer is read from the "
                             f"{issuer.source}", "pass --issuer NAME if the title is wrong"))
    return found


def _inside_citation(text: str, at: int) -> bool:
    """True when position ``at`` lies inside a 《title》."""
    return text.count("《", 0, at) > text.count("》", 0, at)


def _named_in(text: str, gazetteer: Gazetteer) -> Issuer | None:
    """The first government or party committee a text names, outside the 《titles》 it cites."""
    for match in _NAMED.finditer(text):
        if _CITING.match(text, match.end()) or _inside_citation(text, match.start()):
            continue  # 按照国务院《关于…》: the government of a document cited, not the issuer
        clause = re.split(r"[，,。；;]", text[: match.start()])[-1]
        if _HEEDING.search(clause):
            continue  # 为贯彻落实党中央、国务院关于…的决策部署: the government whose decisions the issuer carries out
        found = issuer_from_name(match.group(0), gazetteer, "text")
        # only a place the gazetteer knows, or the State Council: 全面落实市委 names no place
        if found is not None and (found.place is not None or found.level == "national"):
            return found
    return None


def _speaker(text: str, meta: dict, gazetteer: Gazetteer, source: str, verbs: tuple, alone: bool = False) -> Issuer | None:
    """The issuer a title or heading names before its 关于 (or 印发); with ``alone``, at its start too.

    A label or a document number before the name is cut off (标题：…, 首页 > 政务公开 > …, 阳政办〔2019〕1号—…);
    a bare level marker (区人民政府办公室关于…) gives the level, its place read from the text
    (:func:`_bare`); a government at the start of a heading (2024年金东区政府民生实事…) names the issuer.
    """
    text = re.sub(r"\s+", "", text)
    cut = min((text.find(verb) for verb in verbs if verb in text), default=-1)
    # 按照镇政府关于…, 今年以来，我省…贯彻落实国务院关于…: a sentence cites a government, it does not speak
    # 会议分别听取了区自然资源和规划分局关于…。: a title has no full stop
    if cut >= 0 and not _inside_citation(text, cut) and not _SENTENCE.search(text[:cut]) \
            and not _HEEDING.search(text[:cut]):
        before = _LABEL.split(text[:cut])[-1]
        found = issuer_from_name(before, gazetteer, source) if before else None
        # 西藏省人民政党关于 (a garbled copy): a place followed by no government's name does not speak
        if found is not None and (found.place is None or _GOVERNMENT_NEXT.search(before)
                                  or before in (found.place.name, found.place.short)):  # 吉林省关于…: the place speaks
            return found
        if _BARE.fullmatch(before):
            return _bare(before, meta, gazetteer, source)
    if not alone:
        return None
    start = _LABEL.split(text)[-1] if _LABEL.search(text[:12]) else text
    start = _YEAR.sub("", start)
    local = _LOCALITY.match(start)
    if local is not None and local.group(0) != local.group(1):  # 金东区政府…, 西城区政府…: a government named
        found = issuer_from_name(local.group(0), gazetteer, source)
        if found is not None and (found.place is not None or found.name in gazetteer.counties):
            return found
    marker = _BARE_START.match(start)
    if marker is not None:  # 2023年区政府重点民生实事…: the plan of a district's own government
        return _bare(marker.group(0), meta, gazetteer, source)
    start = _YEAR.sub("", start[2:]) if start.startswith("附件") else start  # 附件 监利县2018年…方案职责清单
    place, size = gazetteer.prefix_match(start)
    if place is not None and (start[:size] != place.name or _FOR_ANOTHER.search(start)):
        place = None  # 杭州亚运会, 黄山风景区, 临汾日报: a short name opens an event, a landmark, a paper, not a
        # government; 浙江省…报告涉及嘉兴的任务: a higher government's tasks as one below it takes them
    size = size if place is not None else 0
    nested = gazetteer.county_prefix(start[size:]) if place is not None else ""  # 杭州市萧山区…政策: 萧山's
    whole = gazetteer.county_prefix(start)  # 石城县2018年度…考核细则; 义乌市 is a county, not a city's 义乌
    county = nested or (whole if len(whole) > size else "")
    if county and county[-1] not in _LEVEL_ENDS:
        county = ""
    if county:
        return Issuer(county, county_short(county), "county", None, f"{source} (the place it opens with)")
    if place is not None and start[size:]:  # 九江市支持大南昌都市圈发展行动方案: the city's own plan
        found = issuer_from_name(start, gazetteer, source)
        return replace(found, source=f"{source} (the place it opens with)") if found is not None else None
    return None


def _bare(marker: str, meta: dict, gazetteer: Gazetteer, source: str) -> Issuer | None:
    """The issuer a bare level marker names (区人民政府办公室, 县政府, 省政府, 市人民政府): its level, and the
    place of that level the notice's title, heading, table title, publisher or addressees name, or the one county
    its document number and that text agree on (嘉政办发, 嘉鱼), if one; None for a bare 市 whose
    place the notice does not name (a city, or a county-level city?).
    """
    own = marker.lstrip("中共")[0]
    level = _MARKER_LEVELS.get(own, "")
    text = "".join(meta.get(key) or "" for key in ("title", "heading", "table_title", "publisher", "addressees"))
    # where a notice names its own place: the page's label of its source, whom it addresses, and the opening of the
    # document it issues (关于印发咸宁市…); not a place its title is about (对口支援巴东县, 学习借鉴深圳市)
    names = [name for key in ("title", "heading", "table_title") for name in _opening_names(meta.get(key) or "", own)]
    for match in re.finditer(own, "".join(meta.get(key) or "" for key in ("publisher", "addressees"))):
        whole = "".join(meta.get(key) or "" for key in ("publisher", "addressees"))
        names += [whole[max(0, match.start() - size + 1): match.end()] for size in (2, 3, 4) if match.start() >= size - 1]
    # 许昌市人民政府文件 …: its letterhead, wherever a copy glued it; and the title before its 关于 (a page's path)
    names += [match.group(1)[-size:] for match in re.finditer(
        rf"([\u4e00-\u9fff]{{1,3}}{own})(?:人民政府|政府)(?:办公室|办公厅)?文件", text) for size in (2, 3, 4)]
    title = re.sub(r"\s+", "", meta.get("title") or "")
    head = title[: title.find("关于")] if "关于" in title else ""
    for match in re.finditer(own, head):
        names += [head[max(0, match.start() - size + 1): match.end()] for size in (2, 3, 4) if match.start() >= size - 1]
    for name in names:  # 咸宁市, 寿光市, 黄石港区: a place named, ending as the marker does
        if not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            continue
        found = issuer_from_name(name + "人民政府", gazetteer, f"{source} (a bare {marker}, its place named)")
        if found is not None and found.label and (found.level == level or (not level and found.level in
                                                                           ("prefecture", "county"))):
            if found.place is not None or name in gazetteer.counties:
                return found
    if not level:
        return None
    number = (meta.get("number") or "").strip()
    if level == "county" and number:  # 嘉政办发 and 嘉鱼 named in the title: the one county both name
        named = {county for county in gazetteer.counties if county[0] == number[0] and county[-1] == marker[0]
                 and county_short(county) in text}
        if len(named) == 1:
            county = named.pop()
            return Issuer(county, county_short(county), "county", None,
                          f"{source} (a bare {marker}, its place from the number and the text)")
    return Issuer(marker, "", level, None, f"{source} (a bare {marker}: its level, no place)")


def _opening_names(text: str, own: str) -> list[str]:
    """The names of 2 to 4 characters ending ``own`` (市, 区) that open the document a title issues (关于印发寿光市
    2019年…: 寿光市) or a heading or table title (after its year), shortest first."""
    text = re.sub(r"\s+", "", text)
    cut = text.find("关于")
    start = text[cut + 2:] if cut >= 0 else _LABEL.split(text)[-1] if _LABEL.search(text[:12]) else text
    start = _YEAR.sub("", re.sub(r"^印发《?|^《", "", start))
    return [start[:size] for size in (2, 3, 4) if start[size - 1: size] == own]


#: Labels and paths a copied page puts before a title: 标题：, 首页 > 政务公开 >, a document number and a dash.
_LABEL = re.compile(r"[：:>|｜—_•·]|" + DOC_NUMBER.pattern)
_YEAR = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?")
#: How the name of a government or of one of its bodies ends.
_GOVERNMENT_NEXT = re.compile(r"(?:人民政府|政府|委|党委|党工委|管委会|管理委员会|[\u4e00-\u9fff]{0,20}"
                              r"(?:委员会|局|办公室|办|厅|指挥部|领导小组|部))$")
#: Words before a government whose decisions a text carries out (为贯彻落实国务院关于…) or whose report a meeting
#: hears (会议听取了区自然资源和规划分局关于…): it is not the issuer.
_HEEDING = re.compile(r"贯彻|落实|按照|根据|依据|遵照|执行|对照|响应|听取|审议")
_SENTENCE = re.compile(r"[，,。；;！？]")
#: A bare level marker: a government named by its level alone (区人民政府办公室, 县政府, 省政府, 市委).
_BARE = re.compile(r"(?:中共)?[省市州盟县区旗](?:人民政府|政府|府|委|党委)(?:办公室|办公厅|办)?")
#: A heading opening with its district's or county's own government (区政府重点工作…, 县政府重点工作…).
_BARE_START = re.compile(r"[县区旗](?:人民政府|政府)")
#: In whom a notice addresses, its own government's bodies: 区政府各部门, 省直各单位, 县直和…, 区级各部门, 国务院各部委.
#: 各市、县人民政府和省政府各部门: 县人民政府和 is a government addressed, not the issuer's own bodies.
_OWN_BODIES = re.compile(r"(?:^|[，,、;；:：和])(国务院|自治区|[省市州盟县区旗])(?:人民政府|政府|府)?"
                         r"(?:(?:直属|直|级)(?:各|有关|和)|各|有关)")
_RANKS = "国省自州盟市县区旗"
#: The last character of a place's full name, its level's: 杭州市, 萧山区, 浙江省 (杭州 alone may open 杭州亚运会).
_LEVEL_ENDS = "省市县区州盟旗"
#: A heading that takes another government's tasks for its own place: 涉及嘉兴的重点任务, 涉杭任务.
_FOR_ANOTHER = re.compile(r"涉及|涉[\u4e00-\u9fff]{1,2}(?:的)?(?:重点)?(?:工作|任务|事项)")
#: A copied page's labels, not a title: 来源：…, 发布机构：…
_PAGE_LABEL = re.compile(r"来源|发布机构|发文机关|发布单位|发布时间|浏览")
#: A publisher that is a website, a newspaper, a station or a news agency (中国政府网, 临汾日报, 新华社, 电视台).
_MEDIA = re.compile(r"(?:网|报|报社|新华社|通讯社|电视台|广播电台|融媒体中心|新闻中心|客户端|杂志社?)$")
_MARKER_LEVELS = {"省": "provincial", "自": "provincial", "州": "prefecture", "盟": "prefecture", "县": "county", "区": "county",
                  "旗": "county", "市": ""}
