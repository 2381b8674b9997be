"""The units of a numbered item titled in a short sentence, then given to its units: 加强组织领导。A负责统筹协调。

A plan's numbered item often opens with a run-in title saying what the measure is (``1.加强组织领导。``) and goes
on with the sentence saying who does it, its units the subject of a role word (``县政府办公室负责统筹协调。``):
those units are the item's, in the role their sentence gives, and the title is part of the task. Later sentences
naming units of their own so add them (:func:`zygraph.sentences.subject_units.sentence_subjects`). A title that
itself names a body (``服务办。负责…``), a sentence after it opening otherwise (``各地要…``, ``在…基础上，A负责…``
counts), or a first sentence too long for a title is none of this.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import duty_subject_units, sentence_subjects, subject_units

__all__ = ["titled_duty_units"]

#: A run-in title: a short first sentence with no comma, closed by a full stop (加强组织领导。).
_TITLE = re.compile("^[^，,。；;：:、！？]{2,20}。")


def titled_duty_units(text: str, known=None) -> list[Item] | None:
    """The units of ``text``, a numbered item's words after its number, when a run-in title opens it and the sentence
    right after names its units as the subject of a role word; None otherwise.

    Examples
    --------
    >>> [(i.text, i.role) for i in titled_duty_units("加强组织领导。县政府办公室负责统筹协调。")]
    [('县政府办公室', 'responsible')]
    >>> [(i.text, i.role) for i in titled_duty_units("强化保障。县财政局牵头，县审计局配合，落实资金。")]
    [('县财政局', 'lead'), ('县审计局', 'support')]
    >>> titled_duty_units("加强组织领导。各地要统筹协调。") is None  # no role word after the title
    True
    >>> titled_duty_units("县政府办公室负责统筹协调。") is None  # no title: the subject opens the item
    True
    >>> titled_duty_units("加强组织领导。完善机制。县政府办公室负责统筹协调。") is None  # not right after the title
    True
    """
    body = text.strip()
    title = _TITLE.match(body)
    if title is None or subject_units(title.group(0), known) or duty_subject_units(title.group(0), known):
        return None  # 服务办。负责…: a title naming a body is a headed duty, read elsewhere
    return sentence_subjects(body[title.end():], known) or None
