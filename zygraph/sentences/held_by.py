"""Who holds a duty written after 由 or 以…为主 inside a sentence, and who approves what a duty sends up (报A批准).

Running text names the body doing the work after 由 wherever the clause stands: after the case it applies in
(``无明确规定的由A制定办法``, ``…后由A负责修复``), after the rule it follows (``按规定由A会同B明确…``), after a
modal of leave (``可由A编制…``), or opening the sentence (``由A、B、C联合进行…``); fields may
share one kind noun (``由生态环境、林草主管部门按职责…``: two units). A clause naming who carries the work mainly
(``以地方政府为主，…逐步解决``) names its holder as well. What a duty sends up for approval names its
approver (``…，报国务院批准``): that body holds the approval, a unit of the task. Not so a 由 inside a noun's
description (``持有的由各级财政出资形成的探矿权``), the members a body is made of (``由A、B组成``), a lead among
partners (``由A牵头``: the grammar of roles reads it), nor an approval
already given (``经国务院批准后``).
"""

from __future__ import annotations

import re

from zygraph.names.unitlist import BY, looks_like_unit_list, split_units
from zygraph.sentences.clause_subjects import bodies_after
from zygraph.sentences.grammar import Item

__all__ = ["held_by", "mainly_by", "sent_up"]

#: A field named short before the kind noun it shares with the last name of its list (生态环境、林草主管部门).
_FIELD = re.compile("[\u4e00-\u9fff]{2,6}")
#: The word after the holders naming their partners (由A会同B…).
_WITH = re.compile("会同|會同")
#: What a holder's 由 follows: the clause's start, the case it applies in (…的由), a time (…后由), the rule it
#: follows (按规定由) or leave (可由); not a thing the clause is about (场馆由A办成…).
_BEFORE = re.compile("(?:^|的|后|後|可|可以|规定|規定)$")
#: The longest the holders' names run before 会同.
_LONGEST = 30
#: What follows the names when they are not who does the work: what a body is made of (由A、B组成), a post a person
#: holds (组长由A副秘书长担任), or a lead among partners, which the grammar of roles reads (由A牵头，B配合).
_NOT_HELD = ("组成", "組成", "构成", "構成", "担任", "擔任", "牵头", "牽頭")
#: A 由-phrase describing a noun: a short verb right after the names, then 的 (需要由A批准的规章, 由A出资勘查形成的探矿权).
_DESCRIBING = re.compile("[\u4e00-\u9fff]{1,8}的")
#: The bodies a clause says carry the work mainly (以地方政府为主，…逐步解决).
_MAINLY = re.compile("^以(?P<units>[^，,。；;：:以]{2,30}?)为主(?:[，,]|$)")
#: A body a duty sends its result up to for approval (报国务院批准, 报省政府审批); 经…批准 is an approval given.
_SENT_UP = re.compile("(?<![汇彙呈申填])报(?:送|请)?(?P<units>[^，,。；;：:、报]{2,20}?)(?:批准|审批|審批|核准)")


def held_by(clause: str, is_body) -> list[Item]:
    """The bodies after a 由 in ``clause`` that hold its duty, responsible, whatever the verb after them, and those
    after 会同 there, supporting; a list of fields sharing the kind noun of its last name counts each field
    (``由生态环境、林草主管部门``, ``会同水利、林业和草原主管部门``); [] where no such
    body follows a 由, the 由 opens a description inside a noun (``…的由A出资形成的B``), or the names are members
    (``由A、B组成``).

    Examples
    --------
    >>> dept = lambda name: name.endswith(("部门", "政府", "单位"))
    >>> [(i.text, i.role, i.word) for i in held_by("无明确规定的由省级人民政府制定具体监管办法", dept)]
    [('省级人民政府', 'responsible', '由')]
    >>> [i.text for i in held_by("由生态环境、林草主管部门按职责依法处罚", dept)]
    ['生态环境', '林草主管部门']
    >>> [i.text for i in held_by("项目到期后由建设单位负责做好生态修复", dept)]
    ['建设单位']
    >>> [(i.text, i.role) for i in held_by("按规定由省级自然资源部门会同水利、林业主管部门明确范围", dept)]
    [('省级自然资源部门', 'responsible'), ('水利', 'support'), ('林业主管部门', 'support')]
    >>> held_by("地勘单位转让持有的由各级政府出资勘查形成的探矿权", dept), held_by("小组由农业部门、水利部门组成", dept)
    ([], [])
    >>> held_by("审查需要由同级政府批准的规章", dept), held_by("由交通部门牵头", dept), held_by("场馆由体育部门办成场馆", dept)
    ([], [], [])
    >>> held_by("成员由农业部门、水利部门等部门负责同志组成", dept)
    []
    """
    for found in BY.finditer(clause):
        if not _BEFORE.search(clause[:found.start()].strip()):  # 场馆由A办成…: what the thing is made, no duty
            continue
        text = clause[found.end():]
        partners = _WITH.search(text, 0, _LONGEST)  # 由A会同B…: A holds it, B (read as a partner elsewhere) helps
        field = lambda name: is_body(name) or bool(_FIELD.fullmatch(name) and not name.endswith("级"))  # noqa: E731
        names = split_units(text[:partners.start()]) if partners else bodies_after(text, field)
        if not names or not all(map(field, names)) or not is_body(names[-1]):
            continue
        last = clause.find(names[-1], found.end())
        rest = clause[last + len(names[-1]):] if last >= 0 else ""
        if any(word in rest for word in _NOT_HELD) or _DESCRIBING.match(rest) or any("的" in name for name in names):
            continue
        if not all(map(is_body, names)) and not looks_like_unit_list("、".join(names)):
            continue
        helping = bodies_after(text[partners.end():], field) if partners else []  # 会同生态环境、林草主管部门: two
        helping = helping if helping and is_body(helping[-1]) else []
        return [Item(name, "responsible", "由") for name in names] + \
            [Item(name, "support", "会同") for name in helping if name not in names]
    return []


def mainly_by(clause: str, is_body) -> list[Item]:
    """The bodies ``clause`` says carry its work mainly (``以地方政府为主``), responsible; [] where the clause does not
    open so or names no bodies by ``is_body`` (``以预防为主``).

    Examples
    --------
    >>> [(i.text, i.role, i.word) for i in mainly_by("以地方政府为主", lambda name: name.endswith("政府"))]
    [('地方政府', 'responsible', '为主')]
    >>> mainly_by("以预防为主", lambda name: name.endswith("政府"))
    []
    """
    found = _MAINLY.match(clause.strip())
    names = split_units(found.group("units")) if found else []
    return [Item(name, "responsible", "为主") for name in names] if names and all(map(is_body, names)) else []


def sent_up(piece: str, is_body) -> list[Item]:
    """The bodies ``piece`` sends its work up to for approval (``…调整方案一并报国务院批准``), each responsible for the
    approval; [] where none is named, or the names are no bodies by ``is_body``.

    Examples
    --------
    >>> [(i.text, i.role, i.word) for i in sent_up("省政府编制方案，报国务院批准。", lambda name: True)]
    [('国务院', 'responsible', '批准')]
    >>> [i.text for i in sent_up("A局提出意见，报送发展改革委审批后下达。", lambda name: True)]
    ['发展改革委']
    >>> sent_up("经国务院批准后，应逐级汇交。", lambda name: True), sent_up("按时汇报县政府审批情况。", lambda name: True)
    ([], [])
    """
    items: list[Item] = []
    for found in _SENT_UP.finditer(piece):
        name = found.group("units")
        if is_body(name) and name not in {item.text for item in items}:
            items.append(Item(name, "responsible", "批准"))
    return items
