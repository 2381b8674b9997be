"""The units a measure's running text gives work to, clause by clause: ``（一）加强组织领导。A要…。B、C负责…；D落实…``.

A plan that closes each task with a bracket of its units often goes on with measures (保障措施) whose headings run
on into sentences dividing the work among units in running text, with no bracket: ``区医保局要切实发挥牵头部门作用，…。
扶贫、民政部门负责核实…；卫计局落实…；相关部门加强沟通协调…``. Such a measure is one piece of work with all those units,
each in the role its clause gives it (``卫计、扶贫、民政部门结合业务职能，配合做好…``: support); units in general
(``相关部门``, ``各部门``) are calls on everyone and no units of it.
"""

from __future__ import annotations

import re

from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import Item, split_clauses
from zygraph.sentences.subject_units import duty_subject_units
from zygraph.names.unitname import body_by_kind

__all__ = ["measure_units"]

_SENTENCE = re.compile("(?<=[。；;])")  # a measure's sentences and the duties its semicolons part
#: Verbs of work a clause's units may open with when no modal or role word stands after them (卫计局落实…).
_WORK_VERB = re.compile("^(?:落实|负责|做好|组织|开展|结合|配合|协助|参与|督促|指导|牵头|承担)")
_FEWEST_CLAUSES = 2  # clauses naming units a measure needs to divide its work in running text
#: Clauses read from a clause on for its units' work (…，E、F结合业务职能，配合做好…: the role two clauses on); a window,
#: not the sentence's rest, keeps the reading linear in a long sentence.
_CLAUSES_READ = 12


def measure_units(text: str) -> list[Item] | None:
    """The units a measure's running text gives work to, or None unless two clauses name units.

    Each sentence (or part between semicolons) may open with its units, before a modal verb (``A要…``,
    ``B应…``: :func:`zygraph.sentences.modal_duties.modal_subject_units`) or a duty's verb (``C负责…``, ``D落实…``:
    :func:`zygraph.sentences.subject_units.duty_subject_units`); a later clause of a sentence opening so may name other
    units with their own work, the same ways (``…，G要…``; ``…，E、F结合业务职能，配合做好…``: support). A body named by its kind
    (``医保经办机构``) counts beside them. Units in general (``相关部门``) are none; each unit is named once.

    Examples
    --------
    >>> text = "区医保局要做好基础工作。扶贫、民政部门负责核实贫困人口；卫计局落实分级诊疗；相关部门加强沟通协调。"
    >>> [(i.text, i.role) for i in measure_units(text)]
    [('区医保局', 'responsible'), ('扶贫', 'responsible'), ('民政部门', 'responsible'), ('卫计局', 'responsible')]
    >>> text = "医保经办机构要开设专栏。区医保局要协调媒体做好解读，卫计、民政部门结合业务职能，配合做好宣传。"
    >>> [(i.text, i.role) for i in measure_units(text)]
    [('医保经办机构', 'responsible'), ('区医保局', 'responsible'), ('卫计', 'support'), ('民政部门', 'support')]
    >>> measure_units("各部门要高度重视。区财政局要保障经费。") is None
    True
    """
    items, clauses_naming = [], 0
    for sentence in (part for part in _SENTENCE.split(text) if part.strip()):
        clauses = [clause for clause, _ in split_clauses(sentence)]
        for index in range(len(clauses)):
            # 县财政局要…，县审计局要…: a later clause may open with its units and 要 as the first does
            rest = "，".join(clauses[index:index + _CLAUSES_READ])
            found = modal_subject_units(rest, body_by_kind, opening=True) or _working_units(rest)
            if index and not _said_in(items, sentence):
                break  # a later clause names units only after the sentence has opened with its own
            units = [item for item in found or [] if not in_general(item.text)]
            if units:
                clauses_naming += 1
                items += [(sentence, item) for item in units if item.text not in {i.text for _, i in items}]
    return [item for _, item in items] if clauses_naming >= _FEWEST_CLAUSES else None


def _working_units(clause):
    """The units opening ``clause`` before a verb of their work (卫计局落实…, A、B结合业务职能，配合做好…), or None:
    a clause opening with a call (鼓励地方政府统筹…) or a verb (加大科技投入) names none."""
    found = duty_subject_units(clause, body_by_kind)
    if not found:
        return None
    after = clause[clause.find(found[-1].text) + len(found[-1].text):] if found[-1].text in clause else ""
    return found if _WORK_VERB.match(after) else None


def _said_in(items, sentence):
    """True when some of ``items`` (pairs of sentence and unit) come from ``sentence``."""
    return any(said == sentence for said, _ in items)
