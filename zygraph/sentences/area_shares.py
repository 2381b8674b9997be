"""Shares of work a notice gives by area and by sector in running clauses: ``老城区范围由A和B负责清扫；…，由管理单位负责。``

A notice dividing work that every place needs done (clearing snow, cleaning streets, keeping order) gives each area
to the units answerable for it, the area first and its units after 由 (``老城区范围由宝塔区和市环卫处负责清扫；``,
``…等公众聚集场所，由经营或管理单位负责。``), the units often named by how they hold the place (``管理单位``,
``物业管理单位``: the one that runs it); then it gives the sectors their shares as the subjects of 要
(``公安交警部门要加强交通管理。``, ``城管、交通等部门要…``). :func:`area_units` reads the first kind of clause and
:func:`sector_units` the second, for :mod:`zygraph.readers.assignment`'s reading of duties one a clause.
"""

from __future__ import annotations

import re

from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general, refers_elsewhere
from zygraph.sentences.grammar import Item
from zygraph.names.people import personal_name
from zygraph.sentences.report_duties import without_setting
from zygraph.names.unitform import opens_with_level
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["area_units", "sector_units", "AREA_WORD", "SECTOR_WORD"]

#: The word an area's units carry, for the role and reading findings: they are answerable for the area (由…负责).
AREA_WORD = "由…负责（区域）"
#: The word a sector's units carry after areas or duties were given out, for the role and reading findings.
SECTOR_WORD = "要（行业）"
#: A clause giving an area to its units: the area, then 由 and the units, then 负责 and what they do there
#: (老城区范围由宝塔区和市环卫处负责清扫；, …自管房屋、场地等区域，由管理单位负责。).
_AREA_BY = re.compile("^(?P<area>[^。；;：:由]{2,80}?)[，,]?由(?P<units>[^，,。；;：:由]{2,40}?)(?:负责|負責)")
#: A body named by how it holds the place the clause gives it (管理单位, 经营或管理单位, 物业管理单位, 产权单位): the
#: body that runs, owns or uses it, whichever that is for each place.
_HOLDER = re.compile("^(?:[\u4e00-\u9fff]{0,4}?(?:管理|经营|經營|产权|產權|使用|业主|業主|养护|養護|物业|物業)(?:或|和|及|、)?)+"
                     "(?:单位|單位|企业|企業)$")


def area_units(clause: str, known=None) -> list[Item] | None:
    """The units a clause gives an area to with 由 (``老城区范围由宝塔区和市环卫处负责清扫；``), responsible; or None.

    Parameters
    ----------
    clause : str
        One ；- or 。-clause of a paragraph dividing work.
    known : callable, optional
        The registry's test of a unit name.

    Returns
    -------
    list of zygraph.sentences.grammar.Item or None
        The units after 由, each responsible with the word 负责; a body named by how it holds the place
        (``管理单位``, ``经营或管理单位``) counts, units in general (``有关单位``) and people do not.

    Examples
    --------
    >>> [(i.text, i.role) for i in area_units("老城区范围由宝塔区和市环卫处负责清扫；")]
    [('宝塔区', 'responsible'), ('市环卫处', 'responsible')]
    >>> [i.text for i in area_units("车站、公园等公众聚集场所，由经营或管理单位负责。")]
    ['经营或管理单位']
    >>> area_units("公共区域由有关单位负责。"), area_units("老城区范围由张三负责。"), area_units("由市城管局负责清扫。")
    (None, None, None)
    """
    found = _AREA_BY.match(clause.strip())
    if found is None:
        return None  # 由A负责…: no area first
    units = found.group("units")
    if _HOLDER.match(units):
        names = [units]
    elif looks_like_unit_list(units, known):
        names = split_units(units, known)
    else:
        return None
    if any(in_general(name) or refers_elsewhere(name) or personal_name(name, known) for name in names):
        return None
    return [Item(name, "responsible", AREA_WORD) for name in names]


#: Sectors named by their fields sharing 等单位 before 要 (供水、供热、供气等单位要…): each field's bodies, a share of their own.
#: Only here, as the subject of a share after areas were given out: elsewhere such a list may be businesses or places.
_FIELDS_OF = re.compile("^(?P<fields>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)等(?:单位|單位)要")
#: The businesses of a field the matter concerns (有关电力企业, 相关供水企业): a collective named by its kind, who acts,
#: not a pointer to units named elsewhere as 有关单位 is.
_CONCERNED_BUSINESSES = re.compile("^(?:有关|相关|有關|相關)[\u4e00-\u9fff]{2,6}(?:企业|企業)$")


def sector_units(sentence: str, known=None) -> list[Item] | None:
    """The units a sentence opens with before 要 after areas were given out (``公安交警部门要加强交通管理。``),
    responsible; or None.

    Read only after clauses giving areas or duties to units by name, where each sentence's subject is the sector
    answerable for its share. Units in general or pointing elsewhere (``各级各部门要…``, ``有关单位要…``) are a call
    on everyone, none; the businesses of a field the matter concerns (``有关电力企业``) are a collective who acts. A
    clause of setting may open the sentence before its sector (``在关停过程中，各省级人民政府要…``).

    Examples
    --------
    >>> [(i.text, i.role, i.word) for i in sector_units("城管、交通等部门要组织车辆清运积雪。")]
    [('城管', 'responsible', '要（行业）'), ('交通', 'responsible', '要（行业）')]
    >>> [i.text for i in sector_units("供水、供热、供气等单位要做好保障工作。")]
    ['供水', '供热', '供气']
    >>> sector_units("各级各部门要高度重视。"), sector_units("有关单位要加强巡查。"), sector_units("要及时清运积雪。")
    (None, None, None)
    >>> [i.text for i in sector_units("在关停过程中，各省级人民政府和有关电力企业要妥善安置职工。")]
    ['各省级人民政府', '有关电力企业']
    """
    sentence = without_setting(sentence.strip())  # 在关停过程中，A要…: the sector after the clause of setting
    fields = _FIELDS_OF.match(sentence)
    if fields is not None:  # 供水、供热、供气等单位要…: the bodies of each field
        return [Item(name, "responsible", SECTOR_WORD) for name in fields.group("fields").split("、")]
    items = modal_subject_units(sentence, known, opening=True)
    if not items or any((item.role == "responsible" and item.word != "要") or not _acts(item.text) for item in items):
        return None
    return [Item(item.text, item.role, SECTOR_WORD if item.role == "responsible" else item.word) for item in items]


def _acts(name: str) -> bool:
    """Whether ``name`` names who acts: no units in general (各部门) nor a pointer elsewhere (有关单位, 该局), but a
    collective of one level's bodies (各省级人民政府, 各乡镇) or the businesses of a field (有关电力企业) is."""
    if in_general(name):
        return False
    return not refers_elsewhere(name) or bool(_CONCERNED_BUSINESSES.match(name)) \
        or (name.startswith("各") and opens_with_level(name[1:]))
