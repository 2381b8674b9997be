"""A reply letter's numbered requests (一、关于…问题。你省请求，…) each read as a task of the bodies its answer names as subjects.

A letter answering what a province (a city, a department) asked numbers the requests, each opening with its
run-in heading and the request (``一、关于…问题。你省请求，…。``), then says in the paragraphs below who handled it
and what each body has done or will do::

    一、关于堤防建设问题。你省请求，中央加大投资。
    发展改革委会同水利部研究提出了办理意见：发展改革委将会同财政部给予支持。交通部将进行行业审查。
    二、关于移民安置问题。你省请求，…。
    （一）关于资金问题。水利部已安排资金。
    有关部门研究提出了办理意见：…有关工作应请地方政府切实抓好。

Each item whose answer names a body is a task (a group item holding the request only is none; its sub-items
（一）, 1. are). Its units are the bodies opening a sentence or a clause of the answer with a verb or an adverb of
their work (``A研究提出了办理意见``, ``A将…``, ``A已…``, ``A正在…``, ``A建议``, ``A也表示``, ``A在…时将…``), lead;
those after 会同 support (``A会同B、C等部门…``: A leads, B and C support), unless the item gives them work of their
own (``…会同B…。B将着重做好…``: B leads); a body whose verb is only to help (``B也表示将积极配合…``) supports. Those
a sentence asks to do the work (``应请地方政府…抓好``, ``请你省有关部门指导…``) lead. The letter's addressee
(``你省``, ``你市``) and back-references (``该委``, ``该部``) are never units, and the request is no part of the answer.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.grammar import officials
from zygraph.people import cadres
from zygraph.readers.raw import RawRow
from zygraph.unitlist import looks_like_unit_list, split_units

__all__ = ["request_replies", "answer_units"]

#: An item's number and its run-in heading on a request (关于…问题。): 一、, （一）, (一), 1., 1、.
_ITEM = re.compile("^\\s*(?P<mark>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、．])\\s*"
                   "(?P<heading>关于[^。；;：:]{2,60}?(?:问题|事项|事宜|请求|建议))[。：:]")
#: The request after the heading, asked by the letter's addressee (你省请求，, 你省广安市请求，, 你市建议): no answer.
_REQUEST = re.compile("^\\s*你[省市县区部委局厅][^。；;，,]{0,8}?(?:请求|建议|要求|提出|希望)")
#: The answer's words saying a body handled the request: …研究提出了办理意见.
_HANDLED = re.compile("提出了?(?:办理|处理|答复)意见")
#: What a clause opens with before its subject: a time (目前，, 2004年, 1999年以来, 今年), 同时, 此外.
_SETTING = "(?:(?:目前|同时|此外|另外|今后|近期|近日|今年|明年|[0-9]{4}年(?:以来|起)?)[，,]?)?"
#: A body's verb or adverb of work right after it: what makes it the clause's subject.
_WORK = ("(?:(?:今年|近日|近期|目前)?(?:已经|已|将|正在|正|也|还|均|一直|拟|研究提出|提出了?|建议|表示|承诺|负责|商定|"
         "会同|对|在[^，,。；;]{2,40}?(?:时|中)))")
#: A clause opening with its bodies before their work: 发展改革委会同水利部研究…, 水利部和B已分别…, 交通部将…
_SUBJECT = re.compile(f"^{_SETTING}(?P<units>[^，,。；;：:“”《》（）()]{{2,40}}?)(?={_WORK})")
#: The partners after 会同 anywhere in a clause, up to 等部门 or the verb after them.
_PARTNERS = re.compile("(?:会同|會同)(?P<units>[^，,。；;：:“”《》]{2,60}?)(?:等(?:有关|相关)?(?:部门|单位|部門|單位))?"
                       "(?=将|已|正|认真|研究|积极|加快|根据|按照|对|就|在|做好|共同|赴|提出|上报|制定|编制|进行|[，,。；;：:])")
#: Bodies a sentence asks to do the work: 应请地方政府按照…抓好, 请你省有关部门指导….
_ASKED = re.compile("(?:^|[，,])(?:[^，,。；;]{0,12}?)(?<!申)请(?P<units>[^，,。；;：:“”《》]{2,20}?)"
                    "(?=按照|根据|指导|抓紧|切实|做好|组织|负责|研究|会同|加强|继续|认真|积极|尽快|督促|协调)")
#: A body whose only work is to help another (B也表示将积极配合A…): it supports.
_HELPS_ONLY = re.compile("^(?:也|还)?(?:表示)?(?:将|会)?(?:积极|全力|主动)?(?:配合|协助|参与)")
#: A body referred back to (该委, 该部) or the letter's addressee (你省): no unit.
_NOT_A_UNIT = re.compile("^(?:该|你[省市县区])")
#: The fewest items of requests with answers that make a reply letter.
_FEWEST_ITEMS = 2


def request_replies(pairs, findings: list) -> list[RawRow]:
    """One row for each numbered request of a reply letter whose answer names bodies, read by :func:`answer_units`;
    or no rows where fewer than two items ask (``你省请求``) and are answered.

    ``pairs`` are the notice's logical lines, (line number, text). An item runs from its numbered heading
    (``一、关于…问题。``) over the paragraphs after it that end a sentence, up to the next item; the request after
    the heading (``你省请求，…``) is no part of its answer. Each item read is a ``request_reply`` finding.

    Examples
    --------
    >>> pairs = [(1, "一、关于堤防问题。你省请求，加大投资。"), (2, "发展改革委会同水利部研究提出了办理意见。"),
    ...          (3, "二、关于移民问题。你省请求，对口支援。"), (4, "有关部门研究提出了办理意见：应请地方政府切实抓好。"),
    ...          (5, "国务院办公厅")]
    >>> [(r.line, r.task[:4], r.lead, r.support) for r in request_replies(pairs, [])]
    [(1, '关于堤防', '发展改革委', '水利部'), (3, '关于移民', '有关部门、地方政府', '')]
    >>> request_replies(pairs[:2], [])  # one request alone: no reply letter
    []
    """
    items, asked = [], 0
    for line, text in pairs:
        item = _ITEM.match(text)
        if item is not None:
            rest = text[item.end():]
            request = _REQUEST.match(rest) is not None
            asked += request
            items.append([line, text[item.start("heading"):], "" if request else rest])
        elif items and text.rstrip().endswith(("。", "；", ";", "：", ":", "！")):
            items[-1][1] += text
            items[-1][2] += text
    answered = [item for item in items if _HANDLED.search(item[2])]
    if asked < _FEWEST_ITEMS or len(answered) < _FEWEST_ITEMS:
        return []
    rows = []
    for line, task, answer in items:
        leads, supports = answer_units(answer)
        if not leads and not supports:
            continue
        findings.append(Finding(line, "info", "request_reply", f"a reply letter's numbered request, answered by the "
                                f"bodies its answer names as subjects: {task[:30]}",
                                "read the item as a task: the bodies doing or promising its work lead, those after "
                                "会同 or only helping support; the addressee (你省) and the request are no units"))
        rows.append(RawRow.of_units(line, task, leads, supports))
    return rows


def answer_units(answer: str) -> tuple[list[str], list[str]]:
    """The bodies an answer names as subjects of its clauses (lead) and as partners after 会同 or helpers (support),
    each once: a body with work of its own leads though named as a partner elsewhere.

    Examples
    --------
    >>> answer_units("环保总局会同发展改革委、交通部等部门研究提出了办理意见：交通部将着重做好监管工作。")
    (['环保总局', '交通部'], ['发展改革委'])
    >>> answer_units("2004年发展改革委将会同水利部认真研究。水利部也表示将积极配合发展改革委做好立项工作。")
    (['发展改革委'], ['水利部'])
    >>> answer_units("目前你省正在开展前期工作，待你省上报后，交通部将进行审查。林业局与该部也正在研究。")
    (['交通部', '林业局'], [])
    >>> answer_units("有关移民工作应请地方政府按照规划切实抓好。国务院领导同志已批示同意。")
    (['地方政府'], [])
    """
    roles: dict[str, str] = {}
    for clause in re.split("[。；;：:！!，,]", answer):
        clause = clause.strip()
        subject = _SUBJECT.match(clause)
        if subject is not None:
            helping = _HELPS_ONLY.match(clause[subject.end():]) is not None
            for name in _names(subject.group("units")):
                _give(roles, name, "support" if helping else "lead")
        asked = _ASKED.search(clause)
        if asked is not None:
            for name in _names(asked.group("units")):
                _give(roles, name, "lead")
    for sentence in re.split("[。；;！!]", answer):
        for partners in _PARTNERS.finditer(sentence):
            for name in _names(partners.group("units")):
                roles.setdefault(name, "support")
    return ([name for name, role in roles.items() if role == "lead"],
            [name for name, role in roles.items() if role == "support"])


def _give(roles: dict, name: str, role: str) -> None:
    """Give ``name`` ``role`` unless it leads already: work of its own outranks help."""
    if roles.get(name) != "lead":
        roles[name] = role


def _names(units: str) -> list[str]:
    """The unit names of a subject or a partner list, without back-references (该部) and the addressee (你省); none
    where the words are no list of units or name people."""
    units = re.sub("(?:与|和|及)该[部委局办厅]", "", units)
    if _NOT_A_UNIT.match(units) and not re.match("^你[省市县区](?:有关|相关)", units):
        return []
    if not looks_like_unit_list(units) or cadres(units) or officials(units):
        return []
    return [name for name in split_units(units)
            if not _NOT_A_UNIT.match(name) or re.match("^你[省市县区](?:有关|相关)", name)]
