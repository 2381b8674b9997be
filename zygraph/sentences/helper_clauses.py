"""The units a later clause of a duty names as helping it with a subject of their own: ``A牵头负责…，B、C要积极配合``.

A notice giving a lead its duty often names the units that help in the next clause, as the subject of 配合 or 协助
(``发展改革委牵头负责关停工作，财政、税收等部门及电网企业要积极配合，制定…``). Those units support the duty; the list may
name departments by field (``财政和税收等部门``: each field a department, the 和 the list's last separator) and add a
kind of body after the examples' 等部门 with 及 (``…等部门及电网企业``). The clause may name them bare, with no
modal (``区应急管理局负责组织开展大检查，区公安分局、区市场监管局配合``; ``…，各街道参与``), and go on with the work
helped with (``…，各乡镇配合做好排查``); a clause of the subject acting on bodies (``组织各乡镇参与``) names no helpers.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.names.unitlist import BARE_NAME, split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import looks_like_unit
from zygraph.sentences.territory import LOCALITIES

__all__ = ["helper_clause_units", "units_before_their_work", "HELPER_CLAUSE"]

#: What the word of a unit read from a later clause of its own ends with (配合（分句）), for the reader's finding.
HELPER_CLAUSE = "（分句）"

#: A clause that is only its units helping, with or without a modal or a manner: B、C要积极配合, B和C密切配合, B要协助,
#: a bare B、C配合 or B参与 after the duty's own words (A负责X，B、C配合). The clause ends at the verb, or goes on with
#: the work helped with only (B配合做好…, B协助开展…): a body named after the verb (B配合C落实…) is whom B helps, read elsewhere.
_HELPERS = re.compile("^(?P<units>[^，,。；;：:]{2,80}?)(?:要|应|也要|都要|须|需)?(?:积极|密切|主动|全力|大力|共同)?"
                      "(?P<verb>配合|协助|協助|参与|參與)(?:$|(?=做好|开展|開展|落实|落實|推进|推進|实施|實施|完成|抓好))")
#: A clause whose words before the help verb open with the subject's own act on others (组织各乡镇参与, 指导各街道配合,
#: 鼓励行业协会参与): those bodies are what the subject acts on, and their words no unit list of helpers.
_ACTS_ON = re.compile("^(?:并|並|同时|同時|还|還)?(?:组织|組織|动员|動員|指导|指導|协调|協調|督促|鼓励|鼓勵|引导|引導|支持|"
                      "推动|推動|要求|邀请|邀請|发动|發動|带领|帶領|帮助|幫助|联合|聯合|会同|會同|请|請)")
#: The examples' 等部门 closing a list before a kind of body added with 及/和 (…等部门及电网企业).
_ETC_THEN = re.compile("等(?:有关|相关)?(?:部门|单位|部門|單位)(?P<joiner>及|和|与|以及)")
#: A kind of business named by its field, added after the departments (电网企业, 电力企业): the field's businesses.
_FIELD_BUSINESSES = re.compile("^[\u4e00-\u9fff]{2,6}(?:企业|企業)$")
#: A field of work named bare in a list of departments (国土, 国有资产管理), a few characters.
_FIELD = re.compile("^[\u4e00-\u9fff]{2,8}$")
#: Two fields joined by 和 as the last of a list of fields (国土、财政和税收): 和 is the list's last separator.
_TWO_FIELDS = re.compile("^(?P<first>[\u4e00-\u9fff]{2,4})[和及与](?P<second>[\u4e00-\u9fff]{2,4})$")


def helper_clause_units(clause: str, known=None) -> list[Item]:
    """The units of a clause naming only who helps (``B、C等部门要积极配合``), support; ``[]`` when it is no such clause.

    Parameters
    ----------
    clause : str
        One comma clause after a duty's own words.
    known : callable, optional
        The registry's test of a unit name.

    Returns
    -------
    list of zygraph.sentences.grammar.Item
        Each unit, ``support``, with the verb and :data:`HELPER_CLAUSE` as its word.

    Examples
    --------
    >>> [(i.text, i.role) for i in helper_clause_units("市财政局、市税务局要积极配合")]
    [('市财政局', 'support'), ('市税务局', 'support')]
    >>> [i.text for i in helper_clause_units("国土、财政和税收等部门及电网企业要积极配合")]
    ['国土', '财政', '税收', '电网企业']
    >>> [(i.text, i.role, i.word) for i in helper_clause_units("区公安分局、区市场监管局配合")]
    [('区公安分局', 'support', '配合（分句）'), ('区市场监管局', 'support', '配合（分句）')]
    >>> [i.text for i in helper_clause_units("各乡镇配合做好排查")], [i.text for i in helper_clause_units("区教育局参与")]
    (['各乡镇'], ['区教育局'])
    >>> helper_clause_units("积极配合"), helper_clause_units("确保按期完成"), helper_clause_units("组织各乡镇参与")
    ([], [], [])
    """
    found = _HELPERS.match(clause.strip())
    if found is None or _ACTS_ON.match(found.group("units")):
        return []
    names = _helper_names(found.group("units"), known)
    return [Item(name, "support", found.group("verb") + HELPER_CLAUSE) for name in names] if names else []


def _helper_names(units: str, known=None) -> list[str] | None:
    """The names of a helpers' list, or None when it is no list of units (``积极``, a clause's words); the localities
    (各地, :data:`zygraph.sentences.territory.LOCALITIES`) help as a collective of their own, as in a role group."""
    then = _ETC_THEN.search(units)
    head, tail = (units[: then.start()], units[then.end():]) if then else (units, "")
    if head in LOCALITIES and not then:
        return [head]  # 各地配合做好…: the localities help
    names = split_units(head, known)
    others = [name for name in names if name not in LOCALITIES]  # 各地、各部门: the other names must be units
    listed = head if others == names else "、".join(others)
    if not looks_like_unit_list(listed + ("等部门" if then else ""), known):
        return None
    if len(names) > 1 and all(_is_field(name, known) for name in names[:-1]):
        names = names[:-1] + _fields(names[-1])  # 国土、财政和税收: the last two fields joined by 和
    if tail:
        if not (_FIELD_BUSINESSES.match(tail) or looks_like_unit_list(tail, known)):
            return None
        names += split_units(tail, known) if looks_like_unit_list(tail, known) else [tail]
    return names


def _is_field(name: str, known=None) -> bool:
    """Whether ``name`` is a department's field named bare (国土, 国有资产管理), no unit's name (市财政局)."""
    return bool(_FIELD.match(name)) and not looks_like_unit(name, known or (lambda other: False))


def _fields(name: str) -> list[str]:
    """``财政和税收`` as its two fields when both are short names of fields (no unit's kind), else ``[name]``."""
    two = _TWO_FIELDS.match(name)
    if two is None or not all(BARE_NAME.match(part) for part in two.groups()):
        return [name]
    return list(two.groups())


#: A clause whose units take on the work with 负责 and go on to its words: C负责组织实施…, C具体负责….
_TAKING_ON = re.compile("^(?P<units>[^，,。；;：:]{2,80}?)(?:具体|具體)?(?P<verb>负责|負責)(?!人|同志)")


def units_before_their_work(clauses: list[str], known=None) -> list[Item]:
    """The units of comma clauses naming units, the last going on with 负责 and its work (``B，C负责组织实施…``),
    responsible; ``[]`` when the clauses are no such run.

    After a lead (``由A牵头，B，C负责组织实施所辖…``) each clause's units take the verb the last one says.

    Examples
    --------
    >>> [(i.text, i.role) for i in units_before_their_work(["县区委组织部", "开发区党工委负责组织实施所辖考核工作"])]
    [('县区委组织部', 'responsible'), ('开发区党工委', 'responsible')]
    >>> units_before_their_work(["加强考核", "开发区党工委负责组织实施"]), units_before_their_work(["负责组织实施"])
    ([], [])
    """
    *before, last = clauses or [""]
    taking = _TAKING_ON.match(last.strip())
    if taking is None or not all(looks_like_unit_list(clause, known) for clause in before) \
            or not looks_like_unit_list(taking.group("units"), known):
        return []
    return [Item(name, "responsible", taking.group("verb"))
            for units in [*before, taking.group("units")] for name in split_units(units.strip(), known)]
