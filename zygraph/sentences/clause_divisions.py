"""A sentence dividing work among bodies one ；-clause each, with no role word or 要 (A组织…；B落实…；C联合…开展…).

A news report of a division of work tells each body's part in a clause of one sentence, the body its subject and
its work after it, with no role word, no modal and no number::

    团市委积极协调青年志愿者为赛事提供志愿服务；市交投公司现已落实大客车；大庆新闻传媒集团组织全媒体对赛事进行宣传。
    A局结合地域特色，全面规划建设蓝图；各乡镇人民政府根据总体规划，明确任务；各行政村作为实施主体，细化任务。

Each clause its own body opens (:func:`zygraph.sentences.subject_units.duty_subject_units`) is a task of that body.
Three such clauses at least, naming three different sets of bodies, make the sentence a division: fewer, or one body
in every clause, is a report of some work, not a division of it. A clause naming no body of its own goes on the task
before it (the words before the first lead in: no task). A sentence tallying what was done (``发放资料3000份``) or
reporting more than one clause's work as done (``了``, ``已``) reports results, not shares; a body in general
(``各部门``), a person, the means or place a clause opens with (``利用…``, ``在…``), or a would-be name holding a clause's word (``A成立了以…的``) opens no share; a group the clause sets up and gives
its work at once (``A成立了以县长任组长的B领导小组，监督…``) opens its own.
"""

from __future__ import annotations

import re

from zygraph.names.people import personal_name
from zygraph.sentences.everyone import in_general
from zygraph.sentences.finished import TALLY, reports_finished
from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["divided_sentence", "FEWEST_SHARES"]

#: The fewest ；-clauses opening with bodies of their own, and the fewest different sets of them, that divide work.
FEWEST_SHARES = 3
#: How many clauses of the sentence may report their work done (现已落实…, 成立了…) among those setting it.
_DONE_AT_MOST = 1
#: Where a clause ends: its ； and the spaces after it.
_CLAUSE_END = re.compile("[；;]\\s*")
#: Words of a clause that no body's name holds: 了 (成立了), 的 (以县长任组长的).
_CLAUSE_WORD = re.compile("[了的]")
#: A clause opening with the means or the place of its work, whose subject is left out (利用…宣传, 在…设置标牌): its
#: first words may pass for a name (利用镇, 利用互联) but name no body.
_MEANS = re.compile("^(?:在|利用|通过|運用|运用|借助|依托|采取|採取|采用|採用)")
#: A clause setting up a group and giving it its share at once: A成立了以县长任组长的B领导小组，监督… (B's share; A,
#: the place or body setting it up, is where it sits).
_GROUP_SET_UP = re.compile("^[^，,。；;]{2,12}?(?:成立|組建|组建)了?(?:以[^，,。；;]{2,20}?的)?"
                           "(?P<body>[^，,。；;的]{2,30}?(?:领导小组|領導小組|工作组|工作組|指挥部|指揮部|专班|專班))[，,]")
#: A lead-in closed by a colon before the first share (分工如下：A…): not the share's subject.
_LEAD_IN = re.compile("^[^：:]*[：:]")


def divided_sentence(sentence: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The shares of ``sentence``, one task a ；-clause its own bodies open, or None when it divides no work.

    Examples
    --------
    >>> text = "市团委积极协调志愿者提供服务；市交通公司落实大客车；市传媒集团组织全媒体进行宣传，营造氛围。"
    >>> [(task[:6], [i.text for i in items]) for task, items in divided_sentence(text)]
    [('市团委积极协', ['市团委']), ('市交通公司落', ['市交通公司']), ('市传媒集团组', ['市传媒集团'])]
    >>> text = "为做好工作，分工如下：县公安局负责安保；县卫健局做好医疗保障；县交通局组织车辆；同时做好衔接。"
    >>> [(task, [i.text for i in items]) for task, items in divided_sentence(text)][1:]
    [('县卫健局做好医疗保障', ['县卫健局']), ('县交通局组织车辆；同时做好衔接。', ['县交通局'])]
    >>> divided_sentence("市团委协调志愿者；市交通公司落实大客车。") is None  # two shares: no division
    True
    >>> divided_sentence("县公安局组织巡逻；县公安局开展排查；县公安局落实值守。") is None  # one body's work
    True
    >>> divided_sentence("县公安局破获案件12起；县卫健局组织义诊；县交通局检查车辆。") is None  # a tally
    True
    >>> text = "甲县成立了以县长任组长的建设工作领导小组，监督资金使用；甲县财政局全面规划；各乡镇人民政府明确任务。"
    >>> [[i.text for i in items] for _, items in divided_sentence(text)][0]
    ['建设工作领导小组']
    >>> divided_sentence("利用镇村电子屏宣传；利用互联网平台宣传；在街道设置标牌；利用校园电子屏宣传。") is None  # means
    True
    >>> divided_sentence("县公安局已完成排查；县卫健局开展了义诊；县交通局检查车辆。") is None  # work done
    True
    """
    parts = [part for part in _CLAUSE_END.split(sentence) if part.strip()]
    if len(parts) < FEWEST_SHARES or TALLY.search(sentence):
        return None
    tasks: list[tuple[str, list[Item]]] = []
    done = 0
    for at, part in enumerate(parts):
        text = part[_LEAD_IN.match(part).end():] if at == 0 and _LEAD_IN.match(part) else part
        items = _share_units(text, known)
        if items:
            tasks.append((text, items))
            done += reports_finished(text)
        elif tasks:
            tasks[-1] = (tasks[-1][0] + _joined(sentence, tasks[-1][0], part), tasks[-1][1])
    bodies = {tuple(item.text for item in items) for _, items in tasks}
    if len(tasks) < FEWEST_SHARES or len(bodies) < FEWEST_SHARES or done > _DONE_AT_MOST:
        return None
    return tasks


def _share_units(text: str, known=None) -> list[Item] | None:
    """The bodies opening ``text`` as the subject of their share, or None (no body, a body in general, a person,
    or a would-be name holding a clause's word)."""
    group = _GROUP_SET_UP.match(text.strip())
    if group:
        return [Item(group.group("body"), "responsible", "成立…")]
    items = None if _MEANS.match(text.strip()) else duty_subject_units(text, known)
    if not items or any(in_general(item.text) or personal_name(item.text, known) or _CLAUSE_WORD.search(item.text)
                        for item in items):
        return None
    return items


def _joined(sentence: str, before: str, part: str) -> str:
    """The mark between ``before`` and ``part`` in ``sentence`` and ``part``: a clause going on the task before."""
    at = sentence.find(before) + len(before)
    end = sentence.find(part, at)
    return sentence[at:end] + part if end >= 0 else part
