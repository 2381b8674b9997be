"""Units a timetable names for its stages: ``9月25日-27日为各乡镇、各单位自检自查阶段``.

A campaign's notice often sets out its timetable before its duties, each stage a clause of dates, 为, and the
work of the stage ending in 时间 or 阶段; where a stage names who does it (``9月27日-30日为县爱卫会办公室，县农业
技术推广中心联合全面检查验收阶段``), those units answer for the work the timetable times. Stages naming no one
(``9月18日上午9:30分为饱和投药时间``) give no unit.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["schedule_units", "STAGE_WORD"]

#: The word the items of a stage carry, for the reader's findings.
STAGE_WORD = "为…阶段"
#: A stage: its dates (9月16日-17日, 2023年3月, 十月中旬), 为, then its work up to 时间 or 阶段 closing the clause.
_STAGE = re.compile("^(?P<when>(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,3}月[^为，,。；;]{0,20}?)为"
                    "(?P<work>[^。；;]{3,160}?)(?:时间|阶段|時間|階段)$")
#: Where a timetable's stages end.
_STAGE_END = re.compile("[。；;]")


def schedule_units(text: str, known=None) -> list[Item] | None:
    """The units the stages of a timetable in ``text`` name as doing their work, each once, or None.

    Parameters
    ----------
    text : str
        A paragraph, its stages split by ； or 。.
    known : callable, optional
        ``known(name) -> bool`` for registry names, as :func:`zygraph.names.unitlist.split_units` takes it.

    Returns
    -------
    list of Item or None
        The units opening each stage's work (:func:`zygraph.sentences.subject_units.duty_subject_units`), responsible,
        their word :data:`STAGE_WORD`; None when no stage names one.

    Examples
    --------
    >>> text = "9月16日-17日为各乡镇领取鼠药时间；9月18日为投药时间；9月27日-30日为县爱卫会，县农技中心联合检查验收阶段。"
    >>> [(i.text, i.role) for i in schedule_units(text)]
    [('各乡镇', 'responsible'), ('县爱卫会', 'responsible'), ('县农技中心', 'responsible')]
    >>> schedule_units("9月18日为饱和投药时间。"), schedule_units("县爱卫会负责检查验收。")
    (None, None)
    """
    items: list[Item] = []
    for clause in _STAGE_END.split(text):
        stage = _STAGE.match(clause.strip())
        found = duty_subject_units(stage.group("work"), known) if stage else None
        items += [Item(item.text, "responsible", STAGE_WORD) for item in found or []
                  if item.text not in {seen.text for seen in items}]
    return items or None
