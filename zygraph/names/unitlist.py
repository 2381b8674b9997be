"""Split a written list of unit names into the names, as notices write such lists.

Names are separated by 、，,；;/ outside brackets, or by 和/及/与 where both sides
are units; suffixes such as 等, 等有关部门, 按职责分工 are dropped; collectives
(各有关区、县级市, 各县（市、区）) stay one unit. What the names do (lead, support) is
:mod:`zygraph.sentences.grammar`'s business. Every function runs in time linear in its input.
"""

from __future__ import annotations

import functools
import re

from zygraph.names.level_collectives import ZONE_NAME, collective_run, joined_collectives
from zygraph.names.paired_bodies import joint_office, level_partner
from zygraph.names.places import Gazetteer
from zygraph.names.unitname import COLLECTIVE, COLLECTIVE_ENDINGS, TRAILING_NOTE, UNIT_ENDINGS, body_by_kind, looks_like_unit
from zygraph.names.list_marks import BY, CLAUSE_MARKS, FIRST_LEADS, both_forms, split_outside_brackets

__all__ = ["split_units", "units_run_together", "without_described_kind", "PARENT", "BARE_NAME", "JOINERS",
           "joined_pair", "places_of_a_kind", "MAX_NAME", "PLACE_END"]

_SEPARATORS = "、，,;；/"
_JOINERS = ("和", "及", "与", "與")
_JOINER = re.compile("以及|和|及|与|與")  # 以及 before 及: A以及B joins as A及B does
_SUFFIXES = both_forms(("等有关部门和单位", "等有关单位和部门", "等有关部门", "等有关单位", "等相关部门", "等相关单位", "等部门",
                   "等单位", "等局", "按照各自职责", "按照职责分工", "按照职责", "按职责分工", "按职责", "分别", "共同", "分工", "等"))
_PREFIXES = both_forms(("由", "以及", "和", "及"))
#: Words opening a clause before the units it names, no part of a name: a connective (其中, 此外, 同时), the verb
#: fixing the units (确定A为牵头单位, 明确, 确立), and 并 or 再 before 由 (…，并由A负责). Not 即 (即墨区 is a district)
#: nor 指定 (指定医疗机构 names the institutions designated).
_OPENING_WORDS = re.compile("^(?:其中|此外|另外|同时|同時|明确|明確|确定|確定|确立|確立)|^(?:并|並|再)(?=由)")
#: A unit named through the body it belongs to: 市住建局所属的市住房保障办公室 is the office, 市住建局 only says whose
#: it is (a unit's ending before the word, 的 after it: 各直属机构 is a collective, no parent).
PARENT = re.compile("^(?P<parent>[^、，,；;（(]{2,20}?)(?:所属|下属|直属|所屬|下屬|直屬)的(?=[\u4e00-\u9fff]{3})")
#: A piece that opens a collective of levels: 各区、县级市; 13个街道、镇.
#: A collective with an owner (县政府有关部门), and how one without its own owner starts (有关直属单位).
_OWNED = re.compile("^[^、，,；;]{2,12}?(有关|相关)[^、，,；;]{1,8}$")
_OWNERLESS = ("有关", "相关")
#: A collective with an owner before its 各 (市政府各部门, 县直各单位).
_OWNED_EACH = re.compile("^[^、，,；;各]{2,8}各[^、，,；;]{1,8}$")
_BARE_NOUNS = ("单位", "部门", "机构", "企业")  # also what a collective sharing its owner ends with
#: A bureau's branches named bare after a collective, sharing its owner: 各区县城管大队、分局 (one unit).
_BRANCH_NOUNS = ("分局", "支队", "大队", "中队")
#: A collective of all levels (or of each) over fields named bare that share the kind after the last:
#: 各级港航、海事部门, 各级财政、税务部门 (one collective: 各级 runs over both fields, 部门 is both fields' kind);
#: the 各 may be over the places of a level, after the level above (市级和各县(市、区)市政、工商部门).
_EACH_FIELD = re.compile("^(?:[省市县区]级[和及与、])?各(?:级|(?:省|市|县|区|乡|镇)+(?:[（(][^（()）]{1,8}[）)])?)?"
                         "(?P<field>[\u4e00-\u9fff]{2,4})$")
_LONE_FIELD = re.compile("^(?P<field>[\u4e00-\u9fff]{2,4})$")  # 市政: a field named bare, with no 各 of its own
#: A name whose 各 runs over levels (市级和各县(市、区)宣传部), whose levels the fields after it share.
_OVER_LEVELS = re.compile("^(?:[省市县区]级[和及与、])?各(?:级|(?:省|市|县|区)+[（(][^（()）]{1,8}[）)])")
_SHARED_KIND = re.compile("^(?P<field>[\u4e00-\u9fff]{2,6}?)(?:部门|机关|机构|部門|機關|機構)$")
#: 等 and words up to 有关部门 (银保监会等国务院相关部门): the examples' tail, not a unit.
_ETC_TAIL = re.compile("等[^、，,；;和及与]{0,10}?(有关|相关|有關|相關|主管)?(部门|单位|部門|單位)(和单位|和部门)?"
                       "([（(]单位[）)])?$")
#: 等, then what the units listed are for, over 、 (等市政交通设施、公共服务设施相关部门), then the kind they share: the
#: description is no unit; the list reads as …等相关部门.
_DESCRIBED_KIND = re.compile("(?<=等)(?P<what>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12}){1,4})(?=(?:有关|相关|有關|相關)"
                             "(?:部门|单位|部門|單位)$)")
#: A kind of body a description may name (中小学、幼儿园相关单位, 医疗机构、基层卫生院有关单位): the schools and the
#: hospitals are bodies the list goes on to, no description of what its units are for.
_BODY_KIND = re.compile("(?:学校|学|幼儿园|医院|卫生院|卫生室|机构|企业|公司|村|村组|社区|组织|协会|學校|醫院|機構)$")
#: A kind of body named by no owner (行业主管部门, 有关单位): after a described collective, part of it.
_GENERIC_KIND = re.compile("^(?:行业|业务|其他|其它|有关|相关)?(?:主管)?(?:部门|单位)$")
#: The units a matter concerns, named by a qualifier and a kind of their own: 相关单位, 有关部门.
_CONCERNED_KIND = re.compile("^(?:有关|相关|有關|相關)(?:部门|单位|部門|單位)$")
#: A name ending in the kind of the units concerned (省直有关部门), beside which a kind with its own 有关 is another.
_CONCERNED_END = re.compile("(?:有关|相关|有關|相關)(?:部门|单位|部門|單位)$")
#: A name ending in a kind of units in general (各有关部门), which a kind after 和 names again.
_KIND_END = re.compile("(?:部门|单位|部門|單位)$")
#: Unit nouns that take the owner of the name before 和 (各县(市、区)党委和人民政府): no unit on their own.
_BARE_UNITS = ("人民政府", "政府", "管委会", "党工委", "党委", "办事处")
#: A place, not a unit: the first of places that share the unit after them (城乡一体化示范区、高新区管委会).
#: 板块 is a district's development areas in Jiangsu notices (各街道、板块协办), a place as 功能区 is.
_PLACES = "示范区|开发区|高新区|新区|园区|功能区|板块|经开区|自贸区|保税区|省|县|区|市|州|盟|旗|镇|乡|街道"
PLACE_END = re.compile(f"({_PLACES})$")
_COUNTY = re.compile("^[\u4e00-\u9fff]{2,3}[区县市旗]$")  # 宝塔区, 延川县: a county-level place by its bare name
_BARE = "人民政府|政府|管委会|党工委|党委|办事处"
#: The last of places sharing a unit: a place and the units of its own (高新区党工委和管委会), or a level (市、县人民政府),
#: a bracket after it naming the places standing for it where it has none (区、镇人民政府（街道）: the street offices).
_PLACE_UNIT = re.compile(f"^(?:[^、，,；;]{{0,15}}?({_PLACES})({_BARE})([和及与]({_BARE}))*(?:[（(][^（()）、，,]{{1,8}}[）)])?|[^、，,；;]{{1,15}}?({_PLACES})[^、，,；;]{{1,12}}(部门|单位|局|委))$")
#: The last of levels written alone sharing its level's bodies (市、县级党委和政府): after one-character levels only
#: (县市区、乡级政府 are two).
_LEVEL_UNIT = re.compile(f"^[省市县区州乡镇]级(?:{_BARE})(?:[和及与](?:{_BARE}))*$")
#: Every place of a level or levels, named bare: 各市（州）, 各县（市、区）, 各市州 — places, not a unit, when places
#: after them share the unit named after the last (各市〔州〕、贵安新区数据管理部门: the cities' and the zone's offices).
_EACH_PLACE = re.compile(f"^各(?:{_PLACES})+(?:[（(〔][^（()）〔〕]{{1,8}}[）)〕])?$")
#: A zone that is a body of its own (荒湖管理区), whose kind bare names before it share (人民大垸、荒湖管理区).
_ZONE_KIND = re.compile("(管理区|开发区|示范区|高新区|经开区|功能区|试验区|风景区|度假区|园区)$")
#: A bare name or field: a few characters with no kind of unit or place (人民大垸; 港航, 卫生 said for their departments).
BARE_NAME = re.compile("^[\u4e00-\u9fff]{2,4}$")
#: No unit name is longer: joining pieces stops there, which keeps splitting linear.
MAX_NAME = 60
#: The most pieces one shared name covers (南宁、柳州…市政府; 各级港航、海事…部门): a run is tried no further, so a
#: list of bare names is split in time linear in its length.
_LONGEST_RUN = 40
_WORD = re.compile(r"\w")
#: Marks a copy leaves beside a name that no name ends or starts with (执法局&&).
_STRAY_MARKS = "&＆#＃@＠~～^_|｜"


#: The words joining two names in one subject or cell beside 、: 和, 及, 与 (與), tried in this order.
JOINERS = ("和", "及", "与", "與")


def joined_pair(name: str, accept) -> tuple[str, str] | None:
    """``name`` parted at the first joining word (:data:`JOINERS`, in order) where ``accept(left, right, word)``
    holds, as (left, right); None when no word parts it so.

    >>> joined_pair("银行及有关金融机构", lambda left, right, word: True)
    ('银行', '有关金融机构')
    >>> joined_pair("区财政局", lambda left, right, word: True) is None
    True
    """
    for word in JOINERS:
        left, _, right = name.partition(word)
        if right and accept(left, right, word):
            return left, right
    return None


def split_units(text: str, known=None, after: str = "") -> list[str]:
    """Split a list of unit names into the names, in the order written.

    Parameters
    ----------
    text : str
        A cell or the units part of a group: ``市科协、市教育局和团市委等``.
    known : callable, optional
        ``known(name) -> bool``, true for a registry name (aliases included).
        A run of pieces that together form a known name stays whole; a piece is split at 和/及/与 only where
        every part is known or looks like a unit (ends in 局, 委, 办, 政府 …).
    after : str, optional
        The name the list follows after a comma, when it goes on a list split there (``市级和各县(市、区)宣传部``:
        its 各 over levels runs over fields named bare after it, ``市政、工商、文化部门``).

    Returns
    -------
    list of str
        Each name is a substring of ``text``; suffixes (等, 等有关部门, 按职责分工, 分别), leading 由/和/及 and
        the body a unit belongs to (``市住建局所属的``) are dropped.

    Examples
    --------
    >>> split_units("工业和信息化部等、各有关区、县级市和市妇联")
    ['工业和信息化部', '各有关区、县级市', '市妇联']
    >>> split_units("大气司、执法局&&")  # a copy's stray marks are no part of a name
    ['大气司', '执法局']
    >>> split_units("市住建局所属的市住房保障办公室")  # the body it belongs to says whose it is
    ['市住房保障办公室']
    >>> split_units("人力资源社会保障部等有关部门和单位，各省级人民政府按职责分工")
    ['人力资源社会保障部', '各省级人民政府']
    >>> split_units("市政府各部门、各直属机构"), split_units("各县（区）政府、各功能区管委会")
    (['市政府各部门、各直属机构'], ['各县（区）政府', '各功能区管委会'])
    >>> split_units("各区县城管大队、分局"), split_units("市公安局、分局")
    (['各区县城管大队、分局'], ['市公安局', '分局'])
    >>> split_units("各有关委、办、局")  # the 各 runs over the kinds written bare after it
    ['各有关委、办、局']
    >>> split_units("市政、工商部门", after="市级和各县(市、区)宣传部")  # the levels before run over the fields
    ['市政、工商部门']
    >>> split_units("省、自治区人民政府林业部门、海关")  # levels sharing the department after the last one's government
    ['省、自治区人民政府林业部门', '海关']
    >>> split_units("市、县人民政府及同级财政部门")  # levels sharing the government, then a unit joined after it
    ['市、县人民政府', '同级财政部门']
    >>> split_units("各街道、相关委、办、局")  # the kinds of offices concerned, each by its last character: one
    ['各街道', '相关委、办、局']
    >>> split_units("省直有关部门和有关单位"), split_units("各有关部门和单位")  # a kind with its own 有关 is another
    (['省直有关部门', '有关单位'], ['各有关部门和单位'])
    """
    registry = known is not None
    known = known or (lambda name: False)
    text = without_described_kind(text, known)
    pieces, seps = joined_collectives(*split_outside_brackets(text, _SEPARATORS))
    out, i = [], 0
    while i < len(pieces):
        after_comma = i > 0 and seps[i - 1] == "、"
        j, rest = _longest_known_run(known, pieces, seps, i) if registry else i, ""
        if j == i:
            j, rest = collective_run(pieces, seps, i)
        if j == i:
            before = (out[-1] if out and seps[i - 1] in ",，" else "") if i > 0 else after
            over_levels = bool(_OVER_LEVELS.match(before))  # 市级和各县(市、区)宣传部,市政、工商部门: the levels run on
            j, rest = _shared_kind_run(pieces, seps, i, known, over_levels)
        if j == i:
            j = _place_run(pieces, seps, i, known)
        if j == i:
            j = _office_kinds_run(pieces, seps, i)
        if j == i and i + 1 < len(pieces) and seps[i] == "、" and _shares_owner(pieces[i].strip(), pieces[i + 1].strip()):
            j = i + 1  # 县政府有关部门、有关直属单位; 市政府各部门、各直属机构: the second shares the first's owner
        if j == i and i + 1 < len(pieces) and seps[i] == "、" and joint_office(pieces[i].strip(), pieces[i + 1].strip()):
            j = i + 1  # 县委、县政府督察室: the office the committee and the government keep together
        last = pieces[j][: len(pieces[j]) - len(rest)] if rest else pieces[j]
        piece = last if j == i else "".join(p + s for p, s in zip(pieces[i:j], seps[i:j])) + last
        if rest:  # 各区、县级市和市妇联: the collective ends at 和, the rest is read next
            pieces[j], i = rest[1:], j
        else:
            i = j + 1
        piece = _trim(piece)
        if after_comma and out and (piece in _BARE_NOUNS + _BRANCH_NOUNS and COLLECTIVE.search(out[-1])
                                    or level_partner(out[-1], piece)):  # 各乡镇党委、政府: each place's two bodies
            out[-1] += "、" + piece  # 市直有关部门、单位; 各区县城管大队、分局: the noun shares the collective's owner
        elif piece:
            out.extend(name for part in _split_joined(piece, known) for name in _split_repeated_level(part, known))
    return out


#: The last of named places and the kind of place they all are after 等, perhaps qualified (河南等重点产粮省（区）, 云南等省):
#: the kind noun after 等 runs over every place before it, as a government after the last does.
_PLACES_OF_A_KIND = re.compile("^[\u4e00-\u9fff]{2,4}等[\u4e00-\u9fff]{0,6}?(?:省|市|县|地区|城市)(?:[（(][^（()）]{1,8}[）)])?$")
#: 局 then the list's own level again (区发改局区统计局): two names written with nothing between them.
_REPEATED_LEVEL = re.compile("(?<=[局委办院厅部会联协社站所心队行司处科署馆室])(?=[区市县省州])")  # a unit's last character, a level


def without_described_kind(text: str, known=None) -> str:
    """``text`` without what the units it lists are for, where that stands over 、 between 等 and the kind they share
    (``A、B等市政设施、公共服务设施相关部门`` -> ``A、B等相关部门``); else unchanged. No part of the description may
    read as a unit (``A等、各区、各县有关部门`` keeps its units) or name a kind of body (``A等中小学、幼儿园相关单位``
    keeps the schools).

    >>> without_described_kind("区交通、水务、民政等市政交通设施、公共服务设施相关部门")
    '区交通、水务、民政等相关部门'
    >>> without_described_kind("区财政局等、各街道、各镇有关部门")
    '区财政局等、各街道、各镇有关部门'
    >>> without_described_kind("县教育局等中小学、幼儿园相关单位")
    '县教育局等中小学、幼儿园相关单位'
    """
    found = _DESCRIBED_KIND.search(text) if "等" in text else None
    if found is None or any(looks_like_unit(part, known or (lambda name: False)) or _is_place(part)
                            or _BODY_KIND.search(part) or body_by_kind(part) for part in found.group("what").split("、")):
        return text
    return text[: found.start()] + text[found.end():]


def units_run_together(text: str) -> str:
    """``text`` with 、 between unit names written with nothing between them, where the whole text is such
    names and the level opening the first opens each (区发改局区统计局 -> 区发改局、区统计局); else unchanged.

    >>> units_run_together("区发改局区统计局"), units_run_together("市委市政府"), units_run_together("加强区统计局")
    ('区发改局、区统计局', '市委市政府', '加强区统计局')
    """
    parts = _split_repeated_level(text.strip(), lambda name: False)
    return "、".join(parts) if len(parts) > 1 else text


def _split_repeated_level(piece: str, known) -> list[str]:
    """Split names run together with nothing between them where the level that opens the first opens the
    next one too, right after a unit's ending: 区发改局区统计局 is two; 市委市政府 and 县政府办公室 stay whole.

    >>> _split_repeated_level("区发改局区统计局", lambda name: False)
    ['区发改局', '区统计局']
    """
    if known(piece) or len(piece) < 6 or piece[0] not in "区市县省州":
        return [piece]
    cuts = [m.start() for m in _REPEATED_LEVEL.finditer(piece) if piece[m.start()] == piece[0]]
    parts = [piece[a:b] for a, b in zip([0, *cuts], [*cuts, len(piece)])]
    if len(parts) < 2 or not all(len(part) >= 3 and looks_like_unit(part, known) for part in parts):
        return [piece]
    return parts


def _shares_owner(first: str, second: str) -> bool:
    """True when ``second`` is a collective with no owner of its own after ``first``'s owned one:
    县政府有关部门、有关直属单位; 市政府各部门、各直属机构 (but 各县政府、各功能区管委会 are two)."""
    if _OWNED.match(first) and second.startswith(_OWNERLESS):
        return True
    return _OWNED_EACH.match(first) is not None and second.startswith("各") and len(second) <= 8 \
        and second.endswith(_BARE_NOUNS)


@functools.lru_cache(maxsize=65536)  # a pure function of the piece; notices repeat their unit names
def _trim(piece: str) -> str:
    """Drop white space, the words opening a clause (:data:`_OPENING_WORDS`), a leading 由/和 (but not the 和 a place's
    name begins with: 和布克赛尔县, 和平区), the body a unit belongs to
    (:data:`PARENT`), a bracketed note and trailing suffixes (等有关部门, 按职责分工 …)."""
    piece = _OPENING_WORDS.sub("", piece.strip(" \t\u3000\u00a0\n"), count=1)  # 其中A负责, 确定A为…, 并由A…
    note = TRAILING_NOTE.search(piece)
    if note and (FIRST_LEADS.search(note.group(0)) or "下同" in note.group(0)):
        piece = piece[: note.start()]  # 市财政局（第一责任单位为牵头单位，下同）: the note is read by the reader
    for prefix in _PREFIXES:
        if piece.startswith(prefix) and len(piece) > len(prefix) + 1 and (prefix != "由" or BY.match(piece)):
            if prefix != "由" and _gazetteer().written_prefix(piece).startswith(prefix):
                break  # 和布克赛尔县住房和城乡建设局, 和田地区…: the place's name begins with 和, no joiner
            piece = piece[len(prefix):]
            break
    parent = PARENT.match(piece)
    if parent is not None and parent.group("parent").endswith(UNIT_ENDINGS):
        piece = piece[parent.end():]  # 市住建局所属的市住房保障办公室: the office
    end, changed = len(piece), True
    while changed:  # suffixes stack (等按职责分工): strip them by moving the end, without copying
        changed = False
        for suffix in _SUFFIXES:
            if end > len(suffix) and piece.endswith(suffix, 0, end):
                end, changed = end - len(suffix), True
                break
    etc = _ETC_TAIL.search(piece, 0, end) if "等" in piece else None
    if etc and etc.start() > 0:
        end = etc.start()
    piece = piece[:end].strip(CLAUSE_MARKS + "、 \t\u3000" + _STRAY_MARKS)  # 执法局&&: a copy's marks, no name's
    return piece if _WORD.search(piece) else ""  # a bracket or a mark alone names no unit


def _split_joined(piece: str, known) -> list[str]:
    """Split at 和/及/与 where every part is a unit: 市经济和信息化局 stays whole. Greedy, left to right."""
    if known(piece) or not any(j in piece for j in _JOINERS):
        return [piece]
    parts, start = [], 0
    joiners = list(_JOINER.finditer(piece))
    for index, match in enumerate(joiners):
        head = piece[start:match.start()]
        if len(head) > MAX_NAME:
            break
        after = piece[match.end(): joiners[index + 1].start() if index + 1 < len(joiners) else len(piece)]
        if after in _BARE_UNITS:
            continue  # 各县(市、区)党委和人民政府: 人民政府 is the same owner's, not a unit of its own
        if _GENERIC_KIND.match(after) and ("的" in head or COLLECTIVE.search(head)) \
                and not (_CONCERNED_KIND.match(after) and "的" not in head
                         and (not _KIND_END.search(head) or _CONCERNED_END.search(head) and not head.startswith("各"))):
            # 其他负有监管职责的部门和行业主管部门: a collective described, then a kind of it, is one; but 各乡镇及相关
            # 单位 is two: the units concerned have a kind and a 相关 of their own beside a level's bodies, and so is
            # 省直有关部门和有关单位: each kind with its own 有关 (各有关部门和单位, the kind bare, and 各有关部门和相关单位,
            # the 各 over both, are one)
            continue
        head = _trim(head)  # 供销合作总社等和各有关省级人民政府: 等 closes the list before 和
        if looks_like_unit(head, known) or (_COUNTY.match(head) and looks_like_unit(after, known)):
            parts.append(head)  # 宝塔区和市环卫处: a county-level place named bare beside a unit, its government
            start = match.end()
    tail = piece[start:]
    if parts and (looks_like_unit(tail, known) or ZONE_NAME.search(tail)):  # 各县政府和金华开发区: its committee
        return parts + [tail]
    return [piece]


def _shared_kind_run(pieces: list[str], seps: list[str], i: int, known, levels: bool = False) -> tuple[int, str]:
    """Fields named bare after 各级 (or 各) that share the kind named after the last of them are one collective:
    各级港航、海事部门 is the port-and-shipping and the maritime departments of every level (the README's 各 running
    over a bare noun that shares it). A field with a kind or a 各 of its own (各级、各部门), or a place
    (各县区、市政府各部门), starts a unit of its own. With ``levels`` (the name before, after a comma, has a 各 over
    levels: 市级和各县(市、区)宣传部,市政、工商、文化部门) the first field may be bare: the levels run over them too.

    Returns the index of the last piece of the run (``i`` when there is none) and, when that piece goes on after
    和/及/与 (``海事部门和市公安局``), the text from the joiner on, as :func:`zygraph.names.level_collectives.collective_run` does.

    >>> _shared_kind_run(["各级港航", "海事部门和市公安局"], ["、"], 0, lambda name: False)
    (1, '和市公安局')
    >>> _shared_kind_run(["各县区", "海事部门"], ["、"], 0, lambda name: False)
    (0, '')
    """
    first = _EACH_FIELD.match(pieces[i].strip()) or (levels and _LONE_FIELD.match(pieces[i].strip()))
    if not first or not _bare_field(first.group("field"), known):
        return i, ""
    j = i
    while j + 1 < len(pieces) and seps[j] == "、" and j - i < _LONGEST_RUN:
        piece = pieces[j + 1].strip()
        joiner = _JOINER.search(piece)
        kind = _SHARED_KIND.match(piece[: joiner.start()] if joiner else piece)
        if kind is not None and _bare_field(kind.group("field"), known):
            pieces[j + 1] = piece  # 各级港航、海事部门: the last field names the kind all share
            return j + 1, piece[joiner.start():] if joiner else ""
        if not (BARE_NAME.match(piece) and _bare_field(piece, known)):
            break
        j += 1  # 各级财政、税务、审计部门: a middle field, bare too
    return i, ""


#: A collective naming the kinds of a government's offices by their last character: 各委、办、局, 相关委、办、局
#: (its commissions, offices and bureaus), the first opening it, the others one character each.
_OFFICE_KINDS_START = re.compile("^[省市县区州]?(?:各(?:有关|相关|有關|相關)?|有关|相关|有關|相關)[委办局厅辦廳]$")
_OFFICE_KIND = re.compile("^[委办局厅辦廳]$")


def _office_kinds_run(pieces: list[str], seps: list[str], i: int) -> int:
    """The index of the last kind of office a collective of them (相关委、办、局) runs over from ``pieces[i]``, or
    ``i``: one unit, the offices concerned of every kind named.

    >>> _office_kinds_run(["各街道", "相关委", "办", "局"], ["、", "、", "、"], 1)
    3
    """
    if not _OFFICE_KINDS_START.match(pieces[i].strip()):
        return i
    j = i
    while j + 1 < len(pieces) and seps[j] == "、" and _OFFICE_KIND.match(pieces[j + 1].strip()):
        j += 1
    return j


def _bare_field(field: str, known) -> bool:
    """True when ``field`` is a field of work named bare: no unit's kind (局, 部门), no place, no 各 or 有关 of its own."""
    return not (looks_like_unit(field, known) or _is_place(field) or COLLECTIVE.search(field)
                or field.endswith(COLLECTIVE_ENDINGS))


def _place_run(pieces: list[str], seps: list[str], i: int, known) -> int:
    """The index of the last piece of a run of places sharing the unit named after the last (``i`` if none): 城乡一体化
    示范区、高新区管委会; places without their level (南宁、柳州市政府), levels alone (市、县人民政府: 1 below); bare names
    before a zone that share its kind (人民大垸、荒湖管理区: two management districts).
    >>> _place_run(["市", "县人民政府"], ["、"], 0, lambda name: False)
    1
    >>> _place_run(["市", "县人民政府及同级财政部门"], ["、"], 0, lambda name: False)  # the unit, then one joined to it
    1
    >>> _place_run(["区", "镇人民政府（街道）"], ["、"], 0, lambda name: False)  # the towns' or street offices'
    1
    >>> _place_run(["吉林", "黑龙江", "河南等重点产粮省"], ["、", "、"], 0, lambda name: False)  # places of one kind after 等
    2
    """
    j, bare = i, True
    while j + 1 < len(pieces) and seps[j] == "、" and j - i < _LONGEST_RUN:
        place = pieces[j].strip()
        if j == i and _EACH_PLACE.match(place):
            j, bare = j + 1, False  # 各市〔州〕、贵安新区数据管理部门: every city's office and the zone's
            continue
        if known(place) or looks_like_unit(place, known):
            break
        if j > i and bare and _named_zone(_trim(place)):
            return j  # 人民大垸、荒湖管理区: names with no kind of their own take the zone's
        if _is_place(place):
            bare = False
        elif not BARE_NAME.match(place):
            break
        j += 1
    if j > i and bare and _named_zone(_trim(pieces[j])):
        return j
    places = all(_is_place(piece.strip()) or _EACH_PLACE.match(piece.strip()) for piece in pieces[i:j])
    unit = _trim(pieces[j]) if j > i and places else ""
    if unit and places_of_a_kind("、".join([*map(str.strip, pieces[i:j]), unit])):
        return j  # 吉林、黑龙江、河南等重点产粮省（区）: named places sharing the kind noun after 等, one collective
    levels = unit and _LEVEL_UNIT.match(unit) and all(len(piece.strip()) == 1 for piece in pieces[i:j])
    return j if unit and (_PLACE_UNIT.match(unit) or _PLACE_UNIT.match(_split_joined(unit, known)[0]) or levels) else i


def places_of_a_kind(name: str) -> bool:
    """True when ``name`` lists places by their own names sharing the kind of place written after 等
    (``吉林、黑龙江、河南等重点产粮省（区）``, ``黑龙江、云南等省``): one collective, whose places each do the work, as places
    sharing one government after the last are (README).

    >>> places_of_a_kind("吉林、黑龙江、河南等重点产粮省（区）"), places_of_a_kind("黑龙江、云南等省")
    (True, True)
    >>> places_of_a_kind("财政、税务等部门"), places_of_a_kind("云南等省"), places_of_a_kind("山西省")
    (False, False, False)
    """
    pieces = name.split("、")
    last = pieces[-1]
    return len(pieces) > 1 and _PLACES_OF_A_KIND.match(last) is not None and _is_place(last[:last.index("等")]) \
        and all(_is_place(piece) and BARE_NAME.match(piece) for piece in pieces[:-1])


def _named_zone(piece: str) -> bool:
    """True for a zone that is a body of its own with a bare name before its kind: 荒湖管理区, not 开发区 or 江汉区."""
    zone = _ZONE_KIND.search(piece)
    return zone is not None and BARE_NAME.match(piece[: zone.start()]) is not None \
        and not _is_place(piece[: zone.start()])


def _longest_known_run(known, pieces: list[str], seps: list[str], i: int) -> int:
    """Index of the last piece that, joined with pieces[i:], forms a known name (at most MAX_NAME long)."""
    best, joined = i, pieces[i].strip()
    if known(joined):  # a name on its own is never joined to the next
        return best
    for j in range(i + 1, len(pieces)):
        joined += seps[j - 1] + pieces[j].strip()
        if len(joined) > MAX_NAME:
            break
        if known(joined):
            best = j
    return best


@functools.lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.bundled()


def _is_place(piece: str) -> bool:
    """True when ``piece`` names a place: it ends in one's level (高新区, 海东市) or is a known place's name (黑河)."""
    return PLACE_END.search(piece) is not None or _gazetteer().find(piece) is not None


