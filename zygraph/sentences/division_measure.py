"""A numbered measure titled as the division of duties, read one task a sentence: （二十一）明确责任和分工。A负责…。B、C牵头….

A national opinion (国发) often closes with a measure that divides the work among ministries in running text, one
ministry or list a sentence (``工业和信息化部总负责，并负责…。发展改革委牵头做好…。财政部牵头研究…。有关地方政府对
本地区…负总责``): each sentence is that unit's own task, not one task of every ministry the measure names. The
title (明确责任和分工) says so; the sentences before the first that opens with its own units (``国务院有关部门按职能
分工，做好…``: a call on units in general) lead in to the division and are no task.
"""

from __future__ import annotations

import re

from zygraph.sentences.duty_sections import divides_duties
from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["divided_measure", "DIVIDED_WORD"]

#: The word a finding names for units read so (:mod:`zygraph.readers.blockrows`).
DIVIDED_WORD = "分工逐句"
#: A measure's title announcing that it divides responsibilities: 明确责任和分工, 落实责任分工, 责任与分工.
_TITLE = re.compile("(?:责任|職責|职责|責任|任务|任務)(?:和|与|及|與)?(?:分工|分解)")
#: A unit answering for the whole of a field (``有关地方政府对本地区稀土行业的管理负总责``): it leads.
_OVERALL = re.compile("^(?P<units>[^，,。；;：:对對]{2,40}?)(?:要|应|應)?[对對][^。；;]{1,40}?(?:负总责|負總責)")
#: A unit answering for all of the work before its own share (``A总负责，并负责…``): read as 负责.
_WHOLE = re.compile("^(?P<units>[^，,。；;：:]{2,40}?)(?:总|總)负责(?:[，,]并?负责)?")
#: The fewest sentences with units of their own for a measure to be a division (one is a measure of one unit).
_FEWEST_DUTIES = 2
_SENTENCE = re.compile("(?<=[。！!])")


def divided_measure(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """Split a measure titled as a division of duties into one task a sentence opening with its own units, or None.

    Parameters
    ----------
    text : str
        The measure's text after its number: its run-in title, then its sentences.
    known : callable, optional
        ``known(name) -> bool`` for registry names, as :func:`zygraph.names.unitlist.split_units` takes it.

    Returns
    -------
    list of (str, list of Item) or None
        Each duty's text (from its units to the next duty) and its units in the role their own sentence gives
        (``牵头``: lead; ``负责``: responsible; ``A对…负总责``: lead). A sentence naming no units of its own goes on
        the duty before it; those before the first duty (units in general, 国务院有关部门按职能分工…) are no
        task. None unless the title divides duties and two sentences at least open with their own units.

    Examples
    --------
    >>> text = ("明确责任和分工。各有关部门按职能分工，做好管理。市工信局总负责，并负责行业管理。市商务局、市委宣传部牵头做好"
    ...         "宣传。有关县政府对本地区的管理负总责，要层层落实。")
    >>> [(task[:8], [(i.text, i.role) for i in items]) for task, items in divided_measure(text)]
    [('市工信局总负责，', [('市工信局', 'responsible')]), ('市商务局、市委宣', [('市商务局', 'lead'), ('市委宣传部', 'lead')]), ('有关县政府对本地', [('有关县政府', 'lead')])]
    >>> divided_measure("加强组织领导。市工信局负责管理。市商务局牵头宣传。") is None  # a title dividing nothing
    True
    """
    title, _, rest = text.strip().partition("。")
    if not rest or not (_TITLE.search(title) or divides_duties(title)):
        return None
    duties: list[tuple[str, list[Item]]] = []
    for sentence in (part for part in _SENTENCE.split(rest) if part.strip()):
        items = _own_units(sentence.strip(), known)
        if items:
            duties.append((sentence.strip(), items))
        elif duties:
            duties[-1] = (duties[-1][0] + sentence.strip(), duties[-1][1])
    return duties if len(duties) >= _FEWEST_DUTIES else None


def _own_units(sentence: str, known=None) -> list[Item] | None:
    """The units opening ``sentence`` as its subject (``A负责…``, ``A总负责``, ``A对…负总责``), or None when it opens
    otherwise or with units in general (各有关部门, 国务院有关部门)."""
    items = subject_units(_WHOLE.sub(r"\g<units>负责", sentence, count=1), known)
    if not items or not sentence.startswith(items[0].text):
        overall = _OVERALL.match(sentence)
        units = overall.group("units") if overall else ""
        if not units or not looks_like_unit_list(units, known):
            return None
        items = [Item(name, "lead", "负总责") for name in split_units(units, known)]
    if any(in_general(item.text) for item in items):
        return None
    return items

