"""The issuer of a notice: which government (or party committee) speaks, at which level, from where.

Read from the issuing line, the title (国务院关于…, 广州市人民政府关于印发…), the
document number (国发, 国办发, 粤府, 资府发), the table's own title, or a government
the title names outside the 《documents》 it cites (近日，国务院发布…), in that order;
``--issuer NAME`` overrides them all. The issuer places the bare names of a notice:
市 in a Guangzhou notice is Guangzhou.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zygraph.places import Gazetteer, Place

__all__ = ["Issuer", "issuer_from_name", "detect_issuer", "NO_ISSUER"]

# Document-number prefixes of the State Council, its General Office and the Party Centre.
_NATIONAL_NUMBERS = re.compile(r"^(国发|国办发|国函|国办函|国令|中发|中办发|厅字|国办明电)")
_NATIONAL_NAMES = re.compile(r"^(中共中央|中央|国务院|全国|中华人民共和国|国家|中国"
                             r"|[\u4e00-\u9fff]{2,6}(?:总局|总署)"  # 市场监管总局, 海关总署: the State Council's bodies
                             r"|[\u4e00-\u9fff]{2,8}部(?:办公厅)?$"  # 生态环境部办公厅, 文化部: a ministry, no place first
                             r"|[\u4e00-\u9fff]{2}中国[\u4e00-\u9fff]{2,12}(?:委员会|领导小组))")  # 健康中国行动推进委员会
#: A township's or street's own government (象山县泗洲头镇人民政府), its county written before it or not.
_TOWNSHIP = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治县|县|区|旗|市))?([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))"
                       r"(?:人民政府|政府|党委|办事处|$)")  # or the township alone, as a meeting's news names it: 千阳县城关镇
#: A place's government or one of its bodies: 灵璧县卫生健康委员会, 平利县双创办, a zone's party working committee
#: (平潭综合实验区党工委), a place's headquarters for an emergency (钟祥市…防控指挥部).
_LOCALITY = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{1,8}?(?:自治县|县级市|县|区|旗|市))"
                       r"(?:委|人民政府|政府|党委|党工委|管委会|管理委员会|$|[\u4e00-\u9fff]{2,30}?(?:委员会|局|办公室|办|厅|指挥部))")
#: What follows a government that a text cites rather than one that issues: its document's title.
_CITING = re.compile("(?:印发的|发布的|办公厅)?《")
_NAMED = re.compile(r"国务院|(?:中共)?[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|县|区)(?:委员会|委|人民政府|政府)")
_GOVERNMENT_TAIL = re.compile(r"(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|党委|委员会|委)$")


@dataclass(frozen=True)
class Issuer:
    """Who issued a notice.

    ``label`` is the short name that qualifies units in a corpus (资阳, 广东,
    国务院); ``place`` the gazetteer place (None for the State Council and for
    counties, which the gazetteer does not list); ``source`` says where it was read.
    """

    name: str
    label: str
    level: str
    place: Place | None = None
    source: str = ""

    @property
    def en(self) -> str:
        """The place in pinyin (Guangzhou), "" for the nation or a place not in the gazetteer."""
        return self.place.en if self.place is not None else ""


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
    >>> issuer_from_name("灵璧县卫生健康委员会", gaz).level  # a county's bureau, the county not in the gazetteer
    'county'
    >>> issuer_from_name("平利县双创办", gaz).level  # a county's campaign office (创建办, 双创办)
    'county'
    >>> i = issuer_from_name("象山县泗洲头镇人民政府", gaz)
    >>> i.label, i.level
    ('泗洲头', 'township')
    >>> issuer_from_name("生态环境部办公厅", gaz).level, issuer_from_name("湖北省委宣传部", gaz).level
    ('national', 'provincial')
    >>> issuer_from_name("平潭综合实验区管委会", gaz).level  # a zone's management committee governs a county's land
    'county'
    >>> [issuer_from_name(n, gaz).level for n in ("平潭综合实验区党工委", "千阳县城关镇", "钟祥市疫情防控指挥部")]
    ['county', 'township', 'prefecture']
    >>> issuer_from_name("市场监管总局", gaz).level, issuer_from_name("健康中国行动推进委员会办公室", gaz).level
    ('national', 'national')
    """
    text = re.sub(r"\s+", "", name or "")
    text = text[2:] if text.startswith("中共") else text
    if not text:
        return None
    township = _TOWNSHIP.match(text)
    if township is not None:
        name = township.group(1)
        return Issuer(name, name[:-1] if len(name) > 2 and name[-1] in "镇乡" else name, "township", None, source)
    place, size = gazetteer.prefix_match(text)
    while place is not None:  # 广东省广州市人民政府 is Guangzhou's
        nested, more = gazetteer.prefix_match(text[size:])
        if nested is None or nested.level == place.level:
            break
        place, size = nested, size + more
    if place is not None:
        rest = text[size:]
        # 广州市天河区人民政府 and 北京市海淀区人民政府 are county-level governments inside a city
        inner = None if rest.startswith("委") else _LOCALITY.match(rest)
        if inner is not None:
            locality = inner.group(1)
            return Issuer(locality, locality[:-1] if len(locality) > 2 else locality, "county", None, source)
        return Issuer(place.name, place.short, place.level, place, source)
    if _NATIONAL_NAMES.match(text):
        return Issuer("国务院" if text.startswith("国务院") else _GOVERNMENT_TAIL.sub("", text) or text,
                      "国务院" if text.startswith(("国务院", "中共中央", "中央")) else text[:6], "national", None, source)
    local = _LOCALITY.match(text)
    if local is not None:
        locality = local.group(1)
        level = "prefecture" if locality.endswith("市") else "county"
        return Issuer(locality, locality[:-1] if len(locality) > 2 else locality, level, None, source)
    return None


def detect_issuer(meta: dict, gazetteer: Gazetteer, override: str | None = None) -> Issuer:
    """The issuer of a notice from its metadata (``issuer``, ``title``, ``number``, ``table_title``).

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
    """
    if override:
        found = issuer_from_name(override, gazetteer, "--issuer")
        return found or Issuer(override, override, "", None, "--issuer")
    for key, source in (("issuer", "issuing line"), ("title", "title")):
        text = (meta.get(key) or "").strip()
        if key == "title":  # the title's issuer stands before its 关于; a title without one names none there
            text = text.split("关于", 1)[0] if "关于" in text else ""
        found = issuer_from_name(text, gazetteer, source) if text else None
        if found is not None:
            return found
    number = (meta.get("number") or "").strip()
    if number:
        if _NATIONAL_NUMBERS.match(number):
            return Issuer("国务院", "国务院", "national", None, "document number")
        place = gazetteer.by_number(number)
        if place is not None:
            return Issuer(place.name, place.short, place.level, place, "document number")
    table_title = (meta.get("table_title") or "").strip()
    place = gazetteer.prefix(table_title) if table_title else None
    if place is not None:
        return Issuer(place.name, place.short, place.level, place, "table title")
    for key in ("title", "table_title"):  # 近日，国务院发布关于…: a government named in the text
        found = _named_in(meta.get(key) or "", gazetteer)
        if found is not None:
            return found
    return NO_ISSUER


def _inside_citation(text: str, at: int) -> bool:
    """True when position ``at`` lies inside a 《title》."""
    return text.count("《", 0, at) > text.count("》", 0, at)


def _named_in(text: str, gazetteer: Gazetteer) -> Issuer | None:
    """The first government or party committee a text names, outside the 《titles》 it cites."""
    for match in _NAMED.finditer(text):
        if _CITING.match(text, match.end()) or _inside_citation(text, match.start()):
            continue  # 按照国务院《关于…》: the government of a document cited, not the issuer
        found = issuer_from_name(match.group(0), gazetteer, "text")
        # only a place the gazetteer knows, or the State Council: 全面落实市委 names no place
        if found is not None and (found.place is not None or found.level == "national"):
            return found
    return None
