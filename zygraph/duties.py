"""Lists of duties that divide one body's or one sector's work: who does each duty, read from the duty itself.

Notices that share out a body's or a sector's work rarely write labels; each duty opens with
the unit that does it, or sits under a heading naming that unit. The wordings read here:

* a measure whose sentences each give one department its share (``（一）严格落实监管职责。A部门负责…。
  B部门负责…；C部门负责…``): inside a paragraph already split into duties at ``；``, a later sentence
  opening with its own units is a duty of its own;
* a heading that names only a unit (``（二）公安部门``) over the duties below it, each written without
  its subject (``1.加强车辆登记管理；`` ``2.配合维护治安秩序；`` or one paragraph of ``；`` clauses):
  the heading's unit does each, and the duty's own words give the roles (:func:`owned_duty_units`).

The units and role words come from :mod:`zygraph.statements` and :mod:`zygraph.grammar`.
"""

from __future__ import annotations

import re

from zygraph.grammar import Item
from zygraph.statements import subject_units

__all__ = ["sentence_duties"]

_SENTENCE_END = re.compile("(?<=。)")


def sentence_duties(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """Split a duty whose later sentences open with their own units into one duty a sentence, or None.

    The sentences before the first that opens with units (a run-in heading) go with it; a sentence
    naming no unit goes on the duty before it. None when fewer than two sentences open with units:
    the duty is one task.

    Examples
    --------
    >>> duties = sentence_duties("压实监管责任。生态环境部门负责整治污染。农业部门负责监管种植，加强检测。")
    >>> [(text, [i.text for i in items]) for text, items in duties]
    [('压实监管责任。生态环境部门负责整治污染。', ['生态环境部门']), ('农业部门负责监管种植，加强检测。', ['农业部门'])]
    >>> sentence_duties("农业部门负责监管种植。加强检测。") is None
    True
    """
    out: list[tuple[str, list[Item]]] = []
    lead_in = ""
    for sentence in (part for part in _SENTENCE_END.split(text) if part.strip()):
        items = subject_units(sentence, known)
        if items:
            out.append((lead_in + sentence, items))
            lead_in = ""
        elif out:
            out[-1] = (out[-1][0] + sentence, out[-1][1])
        else:
            lead_in += sentence
    return out if len(out) > 1 else None
