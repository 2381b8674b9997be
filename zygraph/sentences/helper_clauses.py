"""The units a later clause of a duty names as helping it with a subject of their own: ``A牵头负责…，B、C要积极配合``.

A notice giving a lead its duty often names the units that help in the next clause, as the subject of 配合 or 协助
(``发展改革委牵头负责关停工作，财政、税收等部门及电网企业要积极配合，制定…``). Those units support the duty; the list may
name departments by field (``财政和税收等部门``: each field a department, the 和 the list's last separator) and add a
kind of body after the examples' 等部门 with 及 (``…等部门及电网企业``).
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.names.unitlist import BARE_NAME, split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import looks_like_unit

__all__ = ["helper_clause_units", "units_before_their_work"]

#: A clause that is only its units helping, said with a modal or a manner: B、C要积极配合, B和C密切配合, B要协助 (the
#: clause ends at the verb). A bare B配合 after the duty's own words is left as before (tests/test_grammar.py).
_HELPERS = re.compile("^(?P<units>[^，,。；;：:]{2,80}?)(?:(?:要|应|也要|都要|须|需)(?:积极|密切|主动|全力|大力|共同)?"
                      "|(?:积极|密切|主动|全力|大力|共同))(?P<verb>配合|协助|協助)$")
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
        Each unit, ``support``, with the verb as its word.

    Examples
    --------
    >>> [(i.text, i.role) for i in helper_clause_units("市财政局、市税务局要积极配合")]
    [('市财政局', 'support'), ('市税务局', 'support')]
    >>> [i.text for i in helper_clause_units("国土、财政和税收等部门及电网企业要积极配合")]
    ['国土', '财政', '税收', '电网企业']
    >>> helper_clause_units("积极配合"), helper_clause_units("市财政局要积极配合做好经费保障")
    ([], [])
    """
    found = _HELPERS.match(clause.strip())
    if found is None:
        return []
    names = _helper_names(found.group("units"), known)
    return [Item(name, "support", found.group("verb")) for name in names] if names else []


def _helper_names(units: str, known=None) -> list[str] | None:
    """The names of a helpers' list, or None when it is no list of units (``积极``, a clause's words)."""
    then = _ETC_THEN.search(units)
    head, tail = (units[: then.start()], units[then.end():]) if then else (units, "")
    if not looks_like_unit_list(head + ("等部门" if then else ""), known):
        return None
    names = split_units(head, known)
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
