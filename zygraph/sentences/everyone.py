"""Names that stand for units named elsewhere (各部门, 有关单位, 上述单位), not for units of their own.

A notice calls on 各级各部门 or 有关单位 in general, points back with 该局 or 上述单位, and addresses its own
readers as 我局: none of these names who does a task. A collective of one level's governments or bodies
(各乡镇, 各县（市、区）人民政府, 各相关企业) does name who does it, and is kept as a unit by the readers. The readers
ask two questions of a name, answered here once for every layout:

- :func:`refers_elsewhere`: does the name open with a word that points elsewhere (各, 有关, 上述, 该, 我 …)?
  A subject so opened does not head a unit's own duties (各乡镇职责 is a duty of many, 该局负责 of one named
  before).
- :func:`in_general`: is the name, or its last part, units in general (各部门, 县直有关部门, 各级党委政府)?
  Such a name is dropped where the readers would otherwise take it as a unit.
- :func:`members_as_one`: does the name call a body's members as one (领导小组成员单位)? Opening the clauses that
  give each member its own share, it is a call on them all, as 各成员单位 is.
- :func:`role_holders`: does the name name units only by a role label (各责任单位, 牵头单位, 有关主管部门)? Whoever
  holds the role is named elsewhere. A field before the label (保洁责任单位) names the units holding it in that field,
  a collective: :func:`with_roles_held_in_a_field` takes such a name as a unit's.
"""

from __future__ import annotations

import re

from zygraph.sentences.role_words import LABELS

__all__ = ["refers_elsewhere", "points_back", "in_general", "opens_in_general", "role_holders", "with_roles_held_in_a_field",
           "members_as_one", "concerned_bodies", "GENERAL_NAME", "ALL_PARTIES"]

#: All the parties concerned, called on to act in a notice's closing (各有关方面要按照本意见的要求…): a call on everyone,
#: a task of its own in a document of running sentences, as 各地 is.
ALL_PARTIES = ("各有关方面", "各相关方面", "有关各方", "各方面")

#: The area a call on everyone may open with: 全县各级各部门, 全国各地.
_AREA = "全[国國省市县區区州盟旗镇乡縣鄉]"
#: Words opening a name that points elsewhere: 各, 有关, 相关, 其他, 所有, 上述, 以上, 该, 我, 此, 这; 本 before a
#: level or kind (本市, 本单位, 本系统), not in a place's name (本溪市); 全 before an area and a word of all (全市各部门,
#: 全县上下) or 全体, not in a place's name (全椒县, 全州县) or a national body's (全国妇联).
_POINTS_ELSEWHERE = re.compile("^(?:各|有关|相关|有關|相關|其他|其它|所有|上述|以上|该|該|我|此|这|這"
                               "|本(?=[省市县区州镇乡縣區鄉局委办辦厅廳部级級单單系行])"
                               f"|{_AREA}(?=各|有关|相关|有關|相關|上下|所有|其他|其它)|全[体體])")
#: The words of those pointing back to one unit named before, not to many: 该局, 上述单位, 此单位, 本局.
_POINTS_BACK = re.compile("^(?:上述|以上|该|該|此|这|這|本(?=[局委办辦厅廳部单單]))")
#: Words that open units in general (各部门, 所有单位, 县直部门: 直 is 直属).
_OPENER = "各|全|所有|上述|以上|其他|其它|有关|相关|有關|相關|直|该|該|本"
#: Words between the opener and the kind (各级各部门, 有关部门, 各成员单位, 市直属单位). Not 职能: 各职能部门 names a
#: notice's functional departments as one collective beside others (各乡镇(街道)、各职能部门要设联络员).
_QUALIFIER = "级|級|各|有关|相关|有關|相關|成员|成員|责任|責任|直属|直屬|属下|屬下"
#: The kinds that make a name general when nothing more particular is said: 部门, 单位, 地方, 党委政府.
_KIND = "部门|部門|单位|單位|机构|機構|方面|地方|地区|地區|地|党委政府|党委|黨委|政府|级|級"
#: A name of units in general from its first character: 各相关单位, 全县各级各部门, 职能部门, 责任单位.
GENERAL_NAME = f"(?:{_AREA})?(?:{_OPENER}|{_QUALIFIER})+(?:{_KIND})"
_OPENS_GENERAL = re.compile(GENERAL_NAME)
#: A name whose last part is units in general (市政府有关部门, 县直单位), or the bare kind (部门, 单位).
_ENDS_GENERAL = re.compile(f"(?:{_OPENER})(?:{_QUALIFIER})*(?:{_KIND})$")
_BARE_GENERAL = re.compile(f"(?:{_QUALIFIER})*(?:{_KIND})")
#: The longest last part of a name that can be units in general (全县各级各有关部门): only so much is searched, so a
#: long text costs no more than a short one.
_LONGEST_GENERAL = 16
#: A role label inside a name (牵头单位, 责任单位, 主管部门: the grammar's labels), longest first.
_ROLE_LABEL = re.compile("|".join(sorted(LABELS, key=len, reverse=True)))
#: Words before a role label that name no field: an area, an opener, a qualifier, a level (全县各责任单位, 县直牵头单位).
_NO_FIELD = re.compile(f"{_AREA}|{_OPENER}|{_QUALIFIER}|[省市县区州盟旗镇乡縣區鄉]")
#: The bodies a matter concerns, with no word of all (有关部门, 国务院有关部门, 相关单位): its last part.
_CONCERNED = re.compile(f"(?:有关|相关|有關|相關)(?:{_KIND})$")
#: Words calling on all of a kind (各有关部门, 全市有关单位, 所有相关单位): a call on everyone, not the bodies concerned.
_OF_ALL = re.compile("各|全|所有")
#: Characters a field before a label needs at least (行业, 保洁): fewer leave whoever holds the role.
_SHORTEST_FIELD = 2


def points_back(name: str) -> bool:
    """Whether ``name`` points back to a unit named before (该局, 上述单位, 本局), not to units in general (各部门).

    >>> [points_back(n) for n in ("该局", "上述单位", "本局", "各部门", "有关部门", "本溪市公安局")]
    [True, True, True, False, False, False]
    """
    return _POINTS_BACK.match(name) is not None


def refers_elsewhere(name: str) -> bool:
    """Whether ``name`` opens with a word pointing to units named elsewhere or to many (各, 有关, 该, 上述 …).

    Examples
    --------
    >>> [refers_elsewhere(n) for n in ("各乡镇", "该局", "上述单位", "我局", "全市各部门", "全国妇联", "县教育局")]
    [True, True, True, True, True, False, False]
    >>> [refers_elsewhere(n) for n in ("本单位", "本溪市财政局", "全椒县人民政府", "全州县财政局", "全体成员单位")]
    [True, False, False, False, True]
    """
    return bool(_POINTS_ELSEWHERE.match(name))


def in_general(name: str) -> bool:
    """Whether ``name``, or its last part, is units in general (各部门, 县直有关部门, 各级党委政府), naming none.

    A collective of one level's bodies (各乡镇, 各县区人民政府, 各相关企业) names who acts, and is not general.

    Examples
    --------
    >>> [in_general(n) for n in ("各部门", "市政府有关部门", "县直单位", "各级党委政府", "各地", "单位")]
    [True, True, True, True, True, True]
    >>> [in_general(n) for n in ("各乡镇", "各县区人民政府", "各相关企业", "县人民政府", "县教育局")]
    [False, False, False, False, False]
    """
    return _ENDS_GENERAL.search(name[-_LONGEST_GENERAL:]) is not None or _BARE_GENERAL.fullmatch(name) is not None


def opens_in_general(text: str) -> bool:
    """Whether ``text`` opens with units in general (各相关单位高度重视…, 全县各级各部门要…, 职能部门要…).

    Examples
    --------
    >>> opens_in_general("各相关单位要高度重视"), opens_in_general("全县各级各部门要"), opens_in_general("县财政局要")
    (True, True, False)
    """
    return bool(_OPENS_GENERAL.match(text))


def _field_of_role(name: str) -> tuple[str, bool] | None:
    """The field written before the first role label in ``name`` (without area, opener, qualifier or level) and
    whether the label ends the name; None when ``name`` holds no label."""
    found = _ROLE_LABEL.search(name)
    return None if found is None else (_NO_FIELD.sub("", name[: found.start()]), found.end() == len(name))


def role_holders(name: str) -> bool:
    """Whether ``name`` names units only by a role label: whoever holds the role (各责任单位, 牵头单位, 有关主管部门).

    A notice names such units elsewhere (its labels, its table's columns). A field before the label
    (``保洁责任单位``: the units answering for cleaning; ``各行业领域业务主管部门``) names a collective, units of their
    own: not role holders.

    Examples
    --------
    >>> [role_holders(n) for n in ("各责任单位", "牵头单位", "有关主管部门", "县直责任单位")]
    [True, True, True, True]
    >>> [role_holders(n) for n in ("保洁责任单位", "各行业领域业务主管部门", "县教育局")]
    [False, False, False]
    """
    field = _field_of_role(name)
    return field is not None and len(field[0]) < _SHORTEST_FIELD


def with_roles_held_in_a_field(known=None):
    """``known`` (a test of names known as units, or None), also passing a name that ends with a role label held in a
    field (``保洁责任单位``): the units holding the role there, a collective, which the form of a name does not show.

    Examples
    --------
    >>> known = with_roles_held_in_a_field()
    >>> known("保洁责任单位"), known("各责任单位"), known("保洁责任单位负责人"), known("施工单位")
    (True, False, False, False)
    """
    def test(name: str) -> bool:
        field = _field_of_role(name)
        held = field is not None and field[1] and len(field[0]) >= _SHORTEST_FIELD
        return held or (known is not None and known(name))
    return test


#: The members of a body named as one: 领导小组成员单位, 赛事组委会成员单位, 成員單位.
_MEMBERS_AS_ONE = re.compile("(?:成员|成員)(?:单位|單位)$")


def members_as_one(name: str) -> bool:
    """Whether ``name`` calls a body's members as one (``领导小组成员单位``): where clauses after it give each member its
    own share by name, the readers take it as a call on them all, no unit of a share of its own.

    Examples
    --------
    >>> members_as_one("领导小组成员单位"), members_as_one("赛事组委会成員單位"), members_as_one("县教育局")
    (True, True, False)
    """
    return _MEMBERS_AS_ONE.search(name) is not None


def concerned_bodies(name: str) -> bool:
    """Whether ``name`` is the bodies a matter concerns (``有关部门要抓紧处置…``, ``国务院有关部门``): units in general by
    form, but said of one point's matter, not a call on everyone (``各有关部门``, ``全市有关单位`` call on all).

    Examples
    --------
    >>> [concerned_bodies(n) for n in ("有关部门", "国务院有关部门", "相关单位", "各有关部门", "各部门", "县教育局")]
    [True, True, True, False, False, False]
    """
    return _CONCERNED.search(name) is not None and _OF_ALL.search(name) is None
