"""Steps of a procedure put on a unit with 由 in running text: ``…后，由救灾司提出响应终止建议，分管副部长审核后，报部长确定``.

Response plans and working procedures (应急预案, 工作规程) say who takes each step of a procedure in a sentence: a
condition or a time (``灾情基本稳定…后，``), then 由 and the unit, then the act (提出…建议, 拟定…方案, 下达…通知). The
unit after 由 answers for the step; the people who approve it after (``分管副部长审核后，报部长确定``) are no units,
nor are whom it is reported to. Guidance opinions put the work on a matter the same way: the matter (``对于尚无明确
归属的数据专区，``), perhaps a word of time (先期, 暂), then 由, the unit and its act (``进行监管和指导``); a body it is
handed to later (``后续…交由相关部门进行监管``) does not open the sentence and is not read.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general, refers_elsewhere
from zygraph.sentences.grammar import Item, officials
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["step_units", "STEP_WORD"]

#: The word a unit taking a step carries, for the role and reading findings: 由…提出.
STEP_WORD = "由…"
#: A word of time before 由 saying the unit takes the work for now: 先期由A进行监管, 暂由A负责.
_FOR_NOW = "先期|初期|前期|暂时|暂|目前|现阶段|暫時|暫"
#: A sentence putting a step on a unit: an optional clause of condition, time or matter (…后，, …时，, …的，, 对于…，)
#: and word of time (先期), then 由, the unit, and the act of a step (提出, 拟定, 起草, 下达, 发布, 启动, 进行 …), not a
#: thing already done (由A提出的方案).
_STEP = re.compile("(?:^|(?<=[。；;]))(?:(?:[^，,。；;：:由]{2,60}?(?:后|时|前|的)|(?:对于|對於)[^，,。；;：:由]{2,60}?)[，,])?"
                   f"(?:{_FOR_NOW})?由(?P<units>[^，,。；;：:由]{{2,30}}?)"
                   "(?:提出|拟定|拟订|起草|下达|发布|启动|编制|报送|上报|审核|进行|進行)(?!的)")


def step_units(text: str, known=None) -> list[Item] | None:
    """The units a paragraph puts a step of a procedure on with 由, responsible; None when it puts none.

    Parameters
    ----------
    text : str
        A paragraph of running text.
    known : callable, optional
        ``known(name)`` is true for a registry name.

    Returns
    -------
    list of Item or None
        The units after 由 in each sentence opening so (after a clause of condition or time), responsible; None
        when no sentence does, or the units are named in general (有关部门, 各地) or are people (分管副部长).

    Examples
    --------
    >>> text = "灾情基本稳定和救灾工作基本转入常态后，由救灾司提出响应终止建议，分管副部长审核后，报部长确定。"
    >>> [(i.text, i.role) for i in step_units(text)]
    [('救灾司', 'responsible')]
    >>> step_units("由各地提出申请，报省厅审核。"), step_units("按照由市政府提出的方案实施。")
    (None, None)
    >>> step_units("审核后，由分管副部长提出意见。") is None
    True
    >>> text = "对于尚无明确领域归属的数据专区，先期由市经济和信息化局进行监管和指导，后续交由相关部门进行监管。"
    >>> [(i.text, i.role) for i in step_units(text)]
    [('市经济和信息化局', 'responsible')]
    """
    items = []
    for found in _STEP.finditer(text):
        units = found.group("units")
        if not looks_like_unit_list(units, known) or officials(units, known):
            continue
        names = split_units(units, known)
        if any(in_general(name) or refers_elsewhere(name) for name in names):
            continue
        items += [Item(name, "responsible", STEP_WORD) for name in names if name not in {i.text for i in items}]
    return items or None
