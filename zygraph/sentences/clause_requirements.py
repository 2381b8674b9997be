"""A requirement said in a clause of a report's sentence, its unit after 要求 and a helper after it (…，要求A做好…，B配合)."""

from __future__ import annotations

from zygraph.sentences.everyone import refers_elsewhere
from zygraph.sentences.grammar import CLAUSE_AFTER, SENTENCE_AFTER, Item
from zygraph.names.people import personal_name
from zygraph.sentences.speakers import SPEAKS
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["required_with_helpers"]

#: The verb of requiring opening a clause inside a sentence, its speaker the sentence's subject before it (…走访农户，
#: 要求A…); not a basis (按照上级要求，) nor one with its words after a colon (要求：), which others read.
_REQUIRED = "要求"
_BEFORE = "，,"
_AFTER_NOT = "，,：:"
#: How far into a clause before 要求 its speaker's name or post may end (县领导深入田间: 县领导).
_SPEAKER_LONGEST = 12


def required_with_helpers(text: str, known=None) -> tuple[str, list[Item]] | None:
    """The first clause of ``text`` opening with 要求 inside a sentence whose next clause names who helps:
    (the requirement from 要求 to the sentence's end, its units), or None.

    The unit right after 要求 does the work (responsible; it leads where no lead is named), the units opening the next
    clause with a verb of helping (``B紧密配合``) support: a division of the work, not a report's aside. A unit named
    elsewhere (有关部门) or a person is no unit required so. Someone who speaks must open a clause before 要求 (a
    leader, a meeting: :data:`zygraph.sentences.speakers.SPEAKS`): the public asking (群众来电反映…，要求A…) divides no work.

    Examples
    --------
    >>> text = "会后，县领导深入田间，要求县农业农村局做好技术指导，各乡镇积极配合，确保不误农时。"
    >>> task, items = required_with_helpers(text)
    >>> task[:8], [(i.text, i.role) for i in items]
    ('要求县农业农村局', [('县农业农村局', 'responsible'), ('各乡镇', 'support')])
    >>> required_with_helpers("会后，县领导深入田间，要求县农业农村局做好技术指导，确保不误农时。") is None  # no helper
    True
    >>> required_with_helpers("近日，有群众来电反映路灯损坏，要求县住建局做好维修，社区居委会积极配合。") is None
    True
    """
    for sentence in SENTENCE_AFTER.split(text):
        at = sentence.find(_REQUIRED)
        while at > 0:
            if sentence[at - 1] in _BEFORE and sentence[at + len(_REQUIRED): at + len(_REQUIRED) + 1] not in _AFTER_NOT \
                    and _spoken(sentence[:at]):
                found = _required(sentence[at:], known)
                if found is not None:
                    return found
            at = sentence.find(_REQUIRED, at + 1)
    return None


def _required(work: str, known) -> tuple[str, list[Item]] | None:
    """``work`` (from 要求) with its units when its first clause names the unit required and its second the helpers."""
    clauses = [clause.rstrip("，,") for clause in CLAUSE_AFTER.split(work[len(_REQUIRED):])]
    if len(clauses) < 2:
        return None
    owners = duty_subject_units(clauses[0], known)
    helpers = duty_subject_units(clauses[1], known)
    if not owners or not helpers or any(item.role != "responsible" or refers_elsewhere(item.text)
                                        or personal_name(item.text, known) for item in owners) \
            or any(item.role != "support" for item in helpers):
        return None
    return work.strip(), [*owners, *helpers]


def _spoken(before: str) -> bool:
    """Whether a clause of ``before`` (the sentence up to 要求) opens with someone who speaks: 县领导深入田间, 会议."""
    clauses = [clause.strip() for clause in CLAUSE_AFTER.split(before)]
    return any(SPEAKS.search(clause[:end]) for clause in clauses for end in range(1, min(len(clause), _SPEAKER_LONGEST) + 1))
