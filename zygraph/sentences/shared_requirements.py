"""One requirement several subjects share, each given its part by a duty word: A要扛起主体责任，B要发挥牵头抓总作用，C要齐心协力，….

A speaker may give one piece of work to several units in one sentence, each subject's clause saying only the part
it plays, the work itself said once (``要加强组织领导，各县政府要扛起主体责任，市县自然资源部门要发挥牵头抓总作用，
相关部门要齐心协力、同向发力，全力推动整改到位``). Cut by subject each would be a task of its own; the duty words say
it is one task, the whole sentence, its roles: 主体责任 and 牵头抓总 lead, 齐心协力 and its kin support.
"""

from __future__ import annotations

import re

from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import CLAUSE_AFTER, Item
from zygraph.names.people import cadres, personal_name

__all__ = ["SHARE_LEAD", "SHARE_SUPPORT", "shared_task", "is_shared"]

#: Duty words saying a subject leads a shared requirement: 扛起…主体责任, 发挥牵头抓总作用, 发挥牵头作用.
SHARE_LEAD = "主体责任|牵头抓总|牵头作用"
#: Duty words saying a subject joins in it: 齐心协力, 同向发力, 通力合作, 密切配合.
SHARE_SUPPORT = "齐心协力|同向发力|通力合作|密切配合"
_LEAD = re.compile(SHARE_LEAD)
_SUPPORT = re.compile(SHARE_SUPPORT)
_SHARE_WORD = re.compile(f"^(?:{SHARE_LEAD}|{SHARE_SUPPORT})$")
#: How many subjects a sentence must give their parts to be one shared requirement.
_FEWEST_SHARERS = 2


def shared_task(sentence: str, known=None) -> tuple[str, list[Item]] | None:
    """``sentence`` as one task of the subjects of its clauses (units before 要), when each says its part by a duty
    word (:data:`SHARE_LEAD`, :data:`SHARE_SUPPORT`) before the next subject and one named unit leads; else None.

    Units in general (``相关部门``) may join in, never lead; people by their post or name are no subject.

    Examples
    --------
    >>> text = ("要加强组织领导，各县政府要扛起主体责任，市自然资源局要发挥牵头抓总作用，"
    ...         "相关部门要齐心协力、同向发力，全力推动整改到位。")
    >>> task, items = shared_task(text)
    >>> task == text, [(i.text, i.role, i.word) for i in items]
    (True, [('各县政府', 'lead', '主体责任'), ('市自然资源局', 'lead', '牵头抓总'), ('相关部门', 'support', '齐心协力')])
    >>> shared_task("县财政局要保障经费，相关部门要齐心协力。") is None  # no part said by a duty word leads
    True
    >>> shared_task("县财政局要扛起主体责任，县自然资源局要做好规划。") is None  # one subject has work of its own
    True
    >>> shared_task("各部门要扛起主体责任，相关部门要齐心协力。") is None  # everyone: no named unit leads
    True
    """
    clauses = CLAUSE_AFTER.split(sentence)
    subjects: list[tuple[int, list[Item]]] = []  # the clause each subject opens, and its units
    for at, clause in enumerate(clauses):
        units = modal_subject_units(clause, known, opening=True)
        if units and all(item.word == "要" for item in units):
            if any(cadres(item.text) or personal_name(item.text, known) for item in units):
                return None
            subjects.append((at, units))
    if len(subjects) < _FEWEST_SHARERS:
        return None
    items: list[Item] = []
    ends = [at for at, _ in subjects[1:]] + [len(clauses)]
    for (at, units), end in zip(subjects, ends):
        part = "".join(clauses[at:end])
        found = _LEAD.search(part) or _SUPPORT.search(part)
        if found is None:
            return None
        role = "lead" if _LEAD.fullmatch(found.group()) else "support"
        if role == "lead" and any(in_general(item.text) for item in units):
            return None
        items.extend(Item(item.text, role, found.group()) for item in units)
    return (sentence, items) if any(item.role == "lead" for item in items) else None


def is_shared(items: list[Item]) -> bool:
    """Whether ``items`` are the units of a shared requirement, their roles said by duty words.

    >>> is_shared([Item("县林业局", "lead", "主体责任")]), is_shared([Item("县林业局", "responsible", "要")])
    (True, False)
    """
    return any(_SHARE_WORD.match(item.word) for item in items)
