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

The family answers in other words too: ``A会同有关部门研究提出：``, ``A意见：``, ``经商A、B，…`` (the bodies consulted
lead), ``A表示…``; requests by ``你们``, ``你委``, ``你部``. A reply to a proposal (``你们提出的关于…的提案，经商A，现答复
如下``, ``你部…提案收悉``) numbers measures of any heading (``一、研究制定指导性文件。目前，A已会同B…``, ``（一）``)
with no request, the bodies in running text: ``将由A牵头`` (A leads), ``A将与B、C等单位一起…`` (B and C support, as after
会同), ``A连续四年组织…``; a ``（略）`` item names none, and the closing thanks (``感谢你们…，我们将会同有关部门…``,
``此复``) is no item's answer.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.grammar import officials
from zygraph.sentences.helped_bodies import HELPING_VERBS
from zygraph.names.people import cadres
from zygraph.readers.raw import RawRow
from zygraph.sentences.subject_units import WITH
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["request_replies", "answer_units"]

#: An item's number: 一、, （一）, (一), 1., 1、.
_MARK = "^\\s*(?P<mark>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、．])\\s*"
#: An item's number and its run-in heading on a request (关于…问题。).
_ITEM = re.compile(_MARK + "(?P<heading>关于[^。；;：:]{2,60}?(?:问题|事项|事宜|请求|建议))[。：:]")
#: An item of a reply to a proposal: its number and its run-in heading of any words (一、研究制定指导性文件。),
#: or the whole line where it has no sentence end (五、其他问题（略）).
_MEASURE = re.compile(_MARK + "(?P<heading>[^。；;：:]{2,60}?)(?:[。：:]|[（(]略[）)]|$)")
#: The opening of a reply to a proposal or a suggestion: 你们提出的关于…的提案，经商A，现答复如下; 你部…提案收悉.
_OPENING = re.compile("(?:提案|建议|议案)(?:已)?收悉|(?:提案|建议|议案)[^。]{0,60}?(?:答复|函复)如下")
#: A paragraph closing the letter after its items (感谢你们对…的关心, 此复): no item's answer.
_CLOSING = re.compile("^\\s*(?:衷心)?(?:感谢|谢谢|此复|特此(?:函复|答复))")
#: The request after the heading, asked by the letter's addressee (你省请求，, 你省广安市请求，, 你们建议): no answer.
_REQUEST = re.compile("^\\s*你(?:们|单位|会|[省市县区部委局厅])[^。；;，,]{0,8}?(?:请求|建议|要求|提出|希望|反映|提议)")
#: The answer's words saying a body handled the request: …研究提出了办理意见, A会同有关部门研究提出：, A意见：, 经商A.
_HANDLED = re.compile("提出了?(?:办理|处理|答复)?意见|研究提出[：:，,]|^[^。，,]{2,30}?(?:的)?意见[：:]|(?:^|[。，,])经(?:商|征求)")
#: What a clause opens with before its subject: a time (目前，, 2004年, 1999年以来, 今年), 同时, 此外.
_SETTING = "(?:(?:目前|同时|此外|另外|今后|近期|近日|今年|明年|[0-9]{4}年(?:以来|起)?)[，,]?)?"
#: A body's verb or adverb of work right after it: what makes it the clause's subject; or its view heading the
#: answer (财政部意见：, 财政部的意见如下).
_WORK = ("(?:(?:今年|近日|近期|目前)?(?:已经|已|将|正在|正|也|还|均|一直|拟|研究提出|提出了?|建议|表示|认为|承诺|负责|"
         "商定|会同|牵头|组织|连续[^，,。；;]{1,4}年|先后|多次|继续|对|在[^，,。；;]{2,40}?(?:时|中))"
         "|(?:的)?意见(?:如下|是)?$)")
#: A clause opening with its bodies before their work: 发展改革委会同水利部研究…, 水利部和B已分别…, 交通部将…,
#: 将由A牵头 (由 names the subject).
_SUBJECT = re.compile(f"^{_SETTING}(?:(?:将|拟|应|可)?由)?(?P<units>[^，,。；;：:“”《》（）()]{{2,40}}?)(?={_WORK})")
#: Bodies the answer says were consulted (经商A、B，…; 经征求A意见): they gave the answer, lead.
_CONSULTED = re.compile("^经(?:商|征求|与)(?P<units>[^，,。；;：:“”《》]{2,60}?)(?:的?意见|协商|研究|同意)?$")
#: The partners a subject works with (A将与B、C等单位一起…, A同B共同…), up to 等单位: support, as after 会同.
_WITH = re.compile("(?<=[将已也还正拟])(?:与|同)(?P<units>[^，,。；;：:“”《》]{2,60}?)(?:等(?:有关|相关)?(?:部门|单位))?"
                   "(?:一起|共同)")
#: The partners after 会同 anywhere in a clause, up to 等部门 or the verb after them.
_PARTNERS = re.compile(f"(?:{'|'.join(WITH)})(?P<units>[^，,。；;：:“”《》]{{2,60}}?)(?:等(?:有关|相关)?(?:部门|单位|部門|單位))?"
                       "(?=将|已|正|认真|研究|积极|加快|根据|按照|对|就|在|做好|共同|赴|提出|上报|制定|编制|进行|继续|组织|抓紧|"
                       "尽快|进一步|开展|一起|[，,。；;：:])")
#: Bodies a sentence asks to do the work: 应请地方政府按照…抓好, 请你省有关部门指导….
_ASKED = re.compile("(?:^|[，,])(?:[^，,。；;]{0,12}?)(?<!申)请(?P<units>[^，,。；;：:“”《》]{2,20}?)"
                    "(?=按照|根据|指导|抓紧|切实|做好|组织|负责|研究|会同|加强|继续|认真|积极|尽快|督促|协调)")
#: A body whose only work is to help another (B也表示将积极配合A…): it supports.
_HELPS_ONLY = re.compile(f"^(?:也|还)?(?:表示)?(?:将|会)?(?:积极|全力|主动)?(?:{'|'.join(HELPING_VERBS)}|参与)")
#: A body referred back to (该委, 该部) or the letter's addressee (你省): no unit.
_NOT_A_UNIT = re.compile("^(?:该|你(?:们|单位|会|[省市县区部委局厅]))")
#: The fewest items of requests with answers that make a reply letter.
_FEWEST_ITEMS = 2


def request_replies(pairs, findings: list) -> list[RawRow]:
    """One row for each numbered request of a reply letter whose answer names bodies, read by :func:`answer_units`;
    or no rows where fewer than two items do, or where the letter neither opens as a reply to a proposal (``…提案，
    …现答复如下``) nor has two items ask (``你省请求``) and be answered (``…研究提出了办理意见``, ``A意见：``).

    ``pairs`` are the notice's logical lines, (line number, text). An item runs from its numbered heading
    (``一、关于…问题。``; in a reply to a proposal any heading, ``一、研究制定指导性文件。``) over the paragraphs after
    it that end a sentence, up to the next item or the closing thanks (``感谢…``, ``此复``); the request's sentence
    after the heading (``你省请求，…。``) is no part of its answer. Each item read is a ``request_reply`` finding.

    Examples
    --------
    >>> pairs = [(1, "一、关于堤防问题。你省请求，加大投资。"), (2, "发展改革委会同水利部研究提出了办理意见。"),
    ...          (3, "二、关于移民问题。你省请求，对口支援。"), (4, "有关部门研究提出了办理意见：应请地方政府切实抓好。"),
    ...          (5, "国务院办公厅")]
    >>> [(r.line, r.task[:4], r.lead, r.support) for r in request_replies(pairs, [])]
    [(1, '关于堤防', '发展改革委', '水利部'), (3, '关于移民', '有关部门、地方政府', '')]
    >>> request_replies(pairs[:2], [])  # one request alone: no reply letter
    []
    >>> proposal = [(1, "你们的提案，经商交通部，现答复如下："), (2, "一、完善规划。交通部已会同农业部编制规划。"),
    ...             (3, "二、加强保障。将由财政部牵头，研究补助办法。"), (4, "感谢你们的关心，我们将会同有关部门做好工作。")]
    >>> [(r.line, r.lead, r.support) for r in request_replies(proposal, [])]
    [(2, '交通部', '农业部'), (3, '财政部', '')]
    """
    items, asked, opened = [], 0, False
    for line, text in pairs:
        opened = opened or (not items and _OPENING.search(text) is not None)
        if items and _CLOSING.match(text):
            break
        item = (_MEASURE if opened else _ITEM).match(text)
        if item is not None:
            rest = text[item.end():]
            request = _REQUEST.match(rest) is not None
            asked += request
            # the request is its sentence: an answer may follow it on the line (你委建议，…。教育部会同…研究提出：…)
            answer = rest.partition("。")[2] if request else rest
            items.append([line, text[item.start("heading"):], answer])
        elif items and text.rstrip().endswith(("。", "；", ";", "：", ":", "！")):
            items[-1][1] += text
            items[-1][2] += text
    answered = [item for item in items if _HANDLED.search(item[2])]
    if not opened and (asked < _FEWEST_ITEMS or len(answered) < _FEWEST_ITEMS):
        return []
    rows = []
    for line, task, answer in items:
        leads, supports = answer_units(answer)
        if not leads and not supports:
            if _HANDLED.search(answer):  # answered, but by no body it names: said, not dropped in silence
                findings.append(Finding(line, "warning", "request_without_body", f"a reply letter's request is "
                                        f"answered but its answer names no body as doing the work: {task[:30]}",
                                        "read no task for it; check the letter for who handles the request"))
            continue
        findings.append(Finding(line, "info", "request_reply", f"a reply letter's numbered request, answered by the "
                                f"bodies its answer names as subjects: {task[:30]}",
                                "read the item as a task: the bodies doing or promising its work lead, those after "
                                "会同 or only helping support; the addressee (你省) and the request are no units"))
        rows.append(RawRow.of_units(line, task, leads, supports))
    return rows if len(rows) >= _FEWEST_ITEMS else []


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
        for asked in (_ASKED.search(clause), _CONSULTED.match(clause)):
            for name in _names(asked.group("units")) if asked is not None else ():
                _give(roles, name, "lead")
    for sentence in re.split("[。；;！!]", answer):
        for partners in (*_PARTNERS.finditer(sentence), *_WITH.finditer(sentence)):
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
    if _NOT_A_UNIT.match(units) and not re.match("^你[省市县区部委局厅](?:有关|相关)", units):
        return []
    if not looks_like_unit_list(units) or cadres(units) or officials(units):
        return []
    return [name for name in split_units(units)
            if not _NOT_A_UNIT.match(name) or re.match("^你[省市县区部委局厅](?:有关|相关)", name)]
