"""The partners after 会同 in a duty's clause that opens with its basis or occasion: 根据气象条件会同气象部门提供….

A member's duty whose subject is left out (``市国土资源局：提供…，根据气象条件会同气象部门提供…预报信息``) may open a
clause with what it acts on (根据…, 按照…) or when (发生…时) before its 会同, with no comma; and the work after the
partners may open with any verb (提供, 下拨), which a list of the verbs that end them (研究, 制定 …) does not hold.
The partners are the units opening what follows 会同, read as a duty's opening units are
(:func:`zygraph.sentences.subject_units.duty_subject_units`): they support the duty's unit, which leads it.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["clause_partners", "opening_names", "WITH_AFTER_BASIS"]

#: What a clause may open with before its 会同: a link (并, 同时), a basis (根据气象条件, 按照职责) or an occasion
#: (发生灾情时, 必要时), with or without a comma, and 负责.
_OPENING = re.compile("^(?:并|并且|同时|還|还|依法)?(?P<basis>(?:根据|根據|按照|依据|依據|依照|结合|結合|视|視)[^，,。；;]{1,20}?"
                      "|[^，,。；;]{1,20}?[时時])?[，,]?(?:负责|負責)?(?:会同|會同|汇同)")
#: A short bracket after a name: its short name or the office it also is (市委文明办（市创城办）).
_NOTE = re.compile("[（(][^（()）]{1,12}[）)]")
#: The word the partners carry, for the reader's findings: 会同 after the basis or occasion its clause opens with.
WITH_AFTER_BASIS = "根据…会同"


def clause_partners(clause: str, known=None) -> list[Item]:
    """The units after a clause's 会同 (after the basis or occasion it may open with), supporting; [] when the clause
    opens otherwise or no units follow its 会同.

    Examples
    --------
    >>> clause = "根据气象条件会同气象部门提供地质灾害发生概率等级预报信息"
    >>> [(i.text, i.role, i.word) for i in clause_partners(clause)]
    [('气象部门', 'support', '根据…会同')]
    >>> [(i.text, i.role, i.word) for i in clause_partners("发生重大灾情时，会同市财政局下拨救灾应急款物")]
    [('市财政局', 'support', '根据…会同')]
    >>> [(i.text, i.role, i.word) for i in clause_partners("会同物价部门做好市场监管和平抑物价工作")]
    [('物价部门', 'support', '会同')]
    >>> clause_partners("根据气象条件提供预报信息"), clause_partners("会同做好灾区保险理赔服务工作")
    ([], [])
    """
    clause = clause.strip()
    found = _OPENING.match(clause)
    if found is None:
        return []
    word = WITH_AFTER_BASIS if found.group("basis") else "会同"
    return [Item(name, "support", word) for name in opening_names(clause[found.end():], known)]


def opening_names(text: str, known=None) -> list[str]:
    """The names of the units opening ``text`` (:func:`zygraph.sentences.subject_units.duty_subject_units`), each with the short
    bracket that follows it in ``text`` (``市委文明办（市创城办）``): the brackets are set aside while the names are read,
    as a name cut at its bracket (``市委``) would be read for the whole.

    >>> opening_names("市工信局、市委文明办（市创城办）、市城市管理局不定期现场抽查整治质量")
    ['市工信局', '市委文明办（市创城办）', '市城市管理局']
    """
    notes, plain, last = {}, "", 0
    for note in _NOTE.finditer(text):
        plain += text[last:note.start()]
        notes[len(plain)] = note.group()
        last = note.end()
    plain += text[last:]
    names, at = [], 0
    for item in duty_subject_units(plain, known) or ():
        start = plain.find(item.text, at)
        at = start + len(item.text) if start >= 0 else at
        names.append(item.text + (notes.get(at, "") if start >= 0 else ""))
    return names
