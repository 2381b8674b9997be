"""Holders a clause names after 由, 经 or 以…为主 (由A核准, 经A会同B认定, 未经A批准, 以A为主) or sharing its work out.

A State Council notice of the older kind divides work in clauses that name no subject: the matter first, then the
body that decides or does it after 由 (``…项目，由A核准``; ``由A和B会同C、D进行清理，由E限期收回…``), or the body
whose approval it needs after 经 (``需经A、B审查批准``, ``未经A批准，任何单位…不得…``, ``项目经A会同B认定后``).
Each such body holds the clause's duty: responsible; the bodies after 会同 or 商 (consult) support, and a body after
协助 (``分别由A和B协助C做好…``) is the one helped, responsible for its own verb, its helpers support (README).
A body a matter is sent up to (``报A批准``, ``报A备案``), a consent (``经国务院同意``), the central authority's
approval (``…经国务院批准后``), an approval given (``经A批准，…`` opening a sentence, ``经A批准已…``) and one naming which matter is meant (``经A批准的项目``, ``由A批准的规章``)
hold nothing: who approves or files what a task sends up is no unit of the task (README, role conventions).

Two readings share the work. :func:`clause_holders` reads a clause naming no subject whose holder decides or does
the matter (``…项目，由A核准``). :func:`held_by` reads the bodies after 由 wherever the clause stands, whatever the
verb after them: after the case it applies in (``无明确规定的由A制定办法``, ``…后由A负责修复``), after the rule it
follows (``按规定由A会同B明确…``), after a modal of leave (``可由A编制…``), or opening the sentence (``由A、B、C联合进行…``);
fields may share one kind noun (``由生态环境、林草主管部门按职责…``: two units). :func:`mainly_by` reads the
bodies a clause says carry the work mainly (``以地方政府为主，…逐步解决``). Not so a 由 inside a noun's description
(``持有的由各级财政出资形成的探矿权``), the members a body is made of (``由A、B组成``), a post (``由A副秘书长担任``),
nor a lead among partners (``由A牵头``: the grammar of roles reads it).

Each 由 or 经 is read from a few characters before it and a bounded stretch after it (:data:`_WINDOW`), never the
whole clause: the work is linear in the clause's length by construction, however many 由 it holds.
"""

from __future__ import annotations

import re

from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import BY, BY_WORD, VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list
from zygraph.sentences.clause_subjects import bodies_after
from zygraph.sentences.grammar import Item

__all__ = ["clause_holders", "matter_before_holder", "held_by", "mainly_by", "sharing_holders", "SHARED_WORD"]

#: How far after a 由 or 经 its holders, partners and verb are read: past the longest names and partners.
_WINDOW = 120
#: How far before a 由 what it follows is read (的, 后, 可以, 规定: two characters, and spaces).
_BEFORE_REACH = 6

#: The longest a list of holders runs before its verb.
_LONGEST = 40
#: The words naming partners after the holders: 会同, 商 (consult; not the 商 of 协商), 协助 (the body helped follows).
_PARTNER = "会同|會同|(?<![协協会會磋])商|协助|協助"
#: Where the holders after 由 end: a partner word, or a verb or basis their duty opens with (not 负责同志: people), or
#: sending the matter up (由A报请B批准: A holds it, B whom it is sent to is none, README).
_ACTS = re.compile(f"(?:{_PARTNER}|限期|收回|核准|核發|办理|辦理|决定|決定|统一|統一|制定|制订|研究|组织|組織|负责|負責"
                   "|进行|進行|指定|下达|下達|发放|發放|颁发|頒發|审查|審查|审核|審核|批准|认定|認定|确定|確定|印发|印發"
                   "|管理|监督|監督|实施|實施|落实|落實|做好|优先|優先|按|根据|根據|依照|依据|依法|对|對|予以|提出|共同|联合|承担|承擔"
                   "|报请|報請|报经|報經|报送|報送)"
                   f"{VERB_NOT_NAME}")
#: Bodies opening a clause that share its work out among them, or do it together (A和B分别制定…, A、B共同研究…).
#: Not where the clause after it is a time named by the shared work (国家水站共同运维期: the joint-running period).
_SHARED = re.compile("(?:分别|分別|共同)(?![由經经])(?![^，,。；;]{1,6}(?:期|期间|期間|阶段|階段)[。；;]?$)")
#: A basis opening a clause, which no list of bodies opens with (按照企业和政府共同负担的原则).
_BASIS = re.compile("^(?:按照|按|根据|根據|依据|依據|依照)")
#: The approval itself, perhaps after its review (审查批准, 认定, 核准).
_APPROVAL = "(?:审查|審查|审核|審核)?(?:批准|认定|認定|审批|審批|核准|审定|審定)"
#: Where an approver's list ends: a partner word or the approval.
_APPROVES = re.compile(f"{_PARTNER}|{_APPROVAL}")
#: The approval after the approvers (and their partners), then the clause's end or 后 (经A认定后): a duty; not 的
#: (经A批准的项目: which projects), nor 已 or 了 (经A批准已…: done).
_APPROVED = re.compile(f"(?:(?:{_PARTNER})[^，,。；;]{{2,40}}?)?{_APPROVAL}(?:后|後)?(?:[，,。；;]|$)")
#: 经 before an approver, inside its clause after the matter or a requirement (未经, 需经, 须分别经); not 经济, 经过, 已经 …,
#: nor 经 opening a clause (经国务院批准，…: an approval given, no one's duty), nor a matter sent up (报经A批准).
_VIA = re.compile("(?<=[\u4e00-\u9fff])(?<![已曾神前后报報])(?:经|經)(?!济|濟|费|費|营|營|过|過|常|验|驗|贸|貿|信|开|開|管|发|發|作)")
#: The central authority above every body a notice divides work among (国务院, 党中央): its approval after 经 (…经国务院
#: 批准后，…) is a step the matter passes, no share of the work.
_CENTRAL = re.compile("^(?:国务院|國務院|党中央|黨中央|中共中央|中央)$")
#: A holder's verb that only says which matter is meant (需要由A批准的规章): no duty of the clause.
_DESCRIBING = re.compile("(?:审查|審查|审核|審核)?(?:批准|认定|認定|审批|審批|核准|审定|審定|同意)的")
#: A partner word inside a name: the list ran on past its holders.
_JOINED = re.compile("会同|會同|协助|協助")
#: A body named by what it did before (原批准单位, 原发证机关): the one that approved or issued, a holder by its role.
_FORMER = re.compile("^原[\u4e00-\u9fff]{1,6}(?:单位|單位|机关|機關|部门|部門)$")
#: A place qualifying a body it does not name (所在地的县人民政府: the county's government where it is).
_WHERE = re.compile("^所在地的?")
#: The word of a business by its trade name read as a holder with the units beside it, for the reader's finding.
SHARED_WORD = "共同（商号）"
#: A list of bodies after 由 doing the work together (由A、B、C共同组织实施, 由A、B联合举办): the list, its last mark.
_TOGETHER = re.compile("^(?P<names>[^，,。；;]{2,80}?)(?:共同|联合|聯合)$")
#: A business named by its trade name, the kind of place it runs closing it (华联商厦, 东方服装城, 人民商场): no unit by
#: its form, a holder where it shares work with units.
_TRADE_NAME = re.compile("^[\u4e00-\u9fff]{2,10}(?:城|广场|廣場|商场|商場|商厦|商廈|大厦|大廈|市场|市場|超市|百货|百貨"
                         "|酒店|宾馆|賓館|饭店|飯店|电器|電器)$")


def clause_holders(clause: str, is_body, opening: bool = True) -> list[Item]:
    """The bodies ``clause`` names after 由, as approvers after 经, or opening it to share out its work (A和B分别…), in
    their roles: holders responsible, partners after 会同/商 support, those after 协助 responsible beside their helpers'
    support; [] where none is so named or a name is no body by ``is_body``. A 经 may open the clause where the clause
    does not open its sentence (``opening`` False: ``…的企业，经A会同B批准，允许…``: the approval the case needs).

    >>> body = lambda name: name.endswith(("部", "局", "委", "政府", "部门", "公司"))
    >>> [(i.text, i.role) for i in clause_holders("该类项目，由省发展改革委核准", body)]
    [('省发展改革委', 'responsible')]
    >>> [(i.text, i.role) for i in clause_holders("由县人民政府和原批准单位会同甲部门、乙部门进行清理", body)]
    [('县人民政府', 'responsible'), ('原批准单位', 'responsible'), ('甲部门', 'support'), ('乙部门', 'support')]
    >>> [(i.text, i.role) for i in clause_holders("分别由甲公司和乙局协助丙委做好规划", body)]
    [('甲公司', 'support'), ('乙局', 'support'), ('丙委', 'responsible')]
    >>> [(i.text, i.role) for i in clause_holders("项目须经甲局会同乙局认定后", body)]
    [('甲局', 'responsible'), ('乙局', 'support')]
    >>> [(i.text, i.role) for i in clause_holders("未经甲委批准", body)]
    [('甲委', 'responsible')]
    >>> [(i.text, i.role) for i in clause_holders("甲公司和乙局分别制定生产计划", body)]
    [('甲公司', 'responsible'), ('乙局', 'responsible')]
    >>> [(i.text, i.role) for i in clause_holders("均由甲局报请县人民政府批准后办理", body)]
    [('甲局', 'responsible')]
    >>> clause_holders("报县发展改革局批准", body), clause_holders("经国务院同意", body), clause_holders("由群众自愿参加", body)
    ([], [], [])
    >>> [(i.text, i.role) for i in clause_holders("经甲部会同乙委批准", body, opening=False)]
    [('甲部', 'responsible'), ('乙委', 'support')]
    >>> clause_holders("红线方案经国务院批准后", lambda name: True)
    []
    >>> clause_holders("经国务院批准", body), clause_holders("对经甲委批准的项目", body), clause_holders("需要由甲委批准的规章", body)
    ([], [], [])
    >>> clause_holders("甲局共同运维期", body)  # a time the shared work names, no work shared
    []
    >>> clause_holders("价格由供需双方协商确定", body), clause_holders("成员由甲部等部门负责同志组成", body)
    ([], [])
    """
    clause = clause.strip()
    items: list[Item] = []
    names, _ = _bodies_before(clause, _SHARED, is_body) if not _BASIS.match(clause) else ([], 0)
    items += [Item(name, "responsible", "分别") for name in names]  # A和B分别制定…: the bodies share out the work
    for found in _VIA.finditer(clause if opening else "的" + clause):
        found_end = found.end() - (0 if opening else 1)
        names, end = _bodies_before(clause[found_end:found_end + _WINDOW], _APPROVES, is_body)
        if names and _APPROVED.match(clause, found_end + end) and not any(_CENTRAL.match(name) for name in names):
            items += _with_partners(names, clause[found_end + end:found_end + end + _WINDOW], is_body, "经")
    for found in re.finditer(BY_WORD, clause):
        names, end = _bodies_before(clause[found.end():found.end() + _WINDOW], _ACTS, is_body)
        if names and not _DESCRIBING.match(clause, found.end() + end):
            items += _with_partners(names, clause[found.end() + end:found.end() + end + _WINDOW], is_body, "由")
    seen: set[str] = set()
    return [item for item in items if not (item.text in seen or seen.add(item.text))]


#: A field named short before the kind noun it shares with the last name of its list (生态环境、林草主管部门).
_FIELD = re.compile("[\u4e00-\u9fff]{2,6}")
#: The word after the holders naming their partners (由A会同B…).
_WITH = re.compile("会同|會同")
#: What a holder's 由 follows, besides the clause's start: the case it applies in (…的由), a time (…后由), the rule it
#: follows (按规定由) or leave (可由); not a thing the clause is about (场馆由A办成…).
_BEFORE = re.compile("(?:的|后|後|可|可以|规定|規定)$")
#: The longest the holders' names run before 会同.
_WITH_LONGEST = 30
#: What follows the names when they are not who does the work: what a body is made of (由A、B组成), a post a person
#: holds (组长由A副秘书长担任, 由A局长兼任…主任: a person's post, no body's duty), or a lead among partners, which the grammar of roles reads (由A牵头，B配合).
_NOT_HELD = ("组成", "組成", "构成", "構成", "担任", "擔任", "兼任", "召集", "主持", "牵头", "牽頭")
#: A 由-phrase describing a noun: a short verb right after the names, then 的 (需要由A批准的规章, 由A出资勘查形成的探矿权).
_DESCRIBING_NOUN = re.compile("[\u4e00-\u9fff]{1,8}的")
#: The bodies a clause says carry the work mainly (以地方政府为主，…逐步解决).
_MAINLY = re.compile("^以(?P<units>[^，,。；;：:以]{2,30}?)为主(?:[，,]|$)")


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
    opening = len(clause) - len(clause.lstrip())  # where the clause's text starts
    for found in BY.finditer(clause):  # each 由 read from a few characters before it and a window after: linear
        before = clause[max(0, found.start() - _BEFORE_REACH):found.start()].rstrip()
        if found.start() != opening and not _BEFORE.search(before):  # 场馆由A办成…: what the thing is made, no duty
            continue
        text = clause[found.end():found.end() + _WINDOW]
        partners = _WITH.search(text, 0, _WITH_LONGEST)  # 由A会同B…: A holds it, B (read as a partner elsewhere) helps
        field = lambda name: is_body(name) or bool(_FIELD.fullmatch(name) and not name.endswith("级"))  # noqa: E731
        names = split_units(text[:partners.start()]) if partners else bodies_after(text, field)
        if not names or not all(map(field, names)) or not is_body(names[-1]):
            continue
        last = text.find(names[-1])
        rest = text[last + len(names[-1]):] if last >= 0 else ""
        if any(word in text for word in _NOT_HELD) or _DESCRIBING_NOUN.match(rest) or any("的" in name for name in names):
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


def sharing_holders(units: str, known=None):
    """A ``known`` test for the names of a list after 由 whose bodies do the work together (``由A、B、C共同组织实施``):
    besides ``known``'s names, a business named by its trade name (``东方服装城``, ``华联商厦``) among units holds the
    work with them. None where the list says no 共同 (联合), where no other name in it is a unit by its form, or where
    a name is neither.

    Examples
    --------
    >>> known = sharing_holders("市商务局、某某街道办事处、东方服装城共同")
    >>> known("东方服装城"), known("西城商厦")
    (True, False)
    >>> sharing_holders("市商务局、东方服装城"), sharing_holders("东方服装城、华联商厦共同"), sharing_holders("市商务局、广大群众共同")
    (None, None, None)
    """
    together = _TOGETHER.match(units.strip())
    if together is None:
        return None
    names = re.split("[、，,]", together.group("names"))
    units_of = [name for name in names if looks_like_unit_list(name, known)]
    trade = frozenset(name for name in names if _TRADE_NAME.match(name) and name not in units_of)
    if not units_of or not trade or len(units_of) + len(trade) < len(names):
        return None
    return lambda name: name in trade or bool(known and known(name))


def matter_before_holder(name: str, is_body) -> bool:
    """Whether ``name``, read as a subject, is the body approving a matter after 经, no subject itself: the matter
    written before it (``项目经A``: the project, certified by A) or only the 经 (``经A``, the clause ``经A会同B批准``);
    a name opening with a 经 of its own (经贸部, 经信局, 经济和信息化部门) is a body.

    >>> body = lambda name: name.endswith("部门")
    >>> matter_before_holder("抽采项目经各省煤炭管理部门", body), matter_before_holder("经财政部门", body)
    (True, True)
    >>> matter_before_holder("经济和信息化部门", body)
    False
    """
    opening = _VIA.match("的" + name, 1)  # the 经 opening the name, as it would stand after a matter
    return (opening is not None and is_body(name[opening.end() - 1:])) \
        or any(found.start() >= 2 and is_body(name[found.end():]) for found in _VIA.finditer(name))


def _with_partners(names: list[str], after: str, is_body, word: str) -> list[Item]:
    """The holders ``names`` with the bodies ``after`` them names as partners (会同B, 商B: support) or as the body
    they help (协助C: C responsible, the holders support)."""
    partner = re.match(_PARTNER, after)
    others, _ = _bodies_before(after[partner.end():], _ACTS, is_body) if partner else ([], 0)
    if others and partner.group(0) in ("协助", "協助"):
        return [Item(name, "support", partner.group(0)) for name in names] + \
            [Item(name, "responsible", partner.group(0)) for name in others]
    return [Item(name, "responsible", word) for name in names] + \
        [Item(name, "support", partner.group(0)) for name in others]


def _bodies_before(text: str, ends: re.Pattern, is_body) -> tuple[list[str], int]:
    """The bodies ``text`` opens with up to the first place ``ends`` matches, and where they end; ([], 0) where no
    such list of bodies opens it (a trailing 等有关部门 goes with the list)."""
    for end in range(2, min(len(text), _LONGEST) + 1):
        if not ends.match(text, end):
            continue
        names = [_WHERE.sub("", part) for name in split_units(text[:end]) for part in _apart(name, is_body)]
        if names and all(_holder(name, is_body) for name in names):
            return names, end
    return [], 0


def _holder(name: str, is_body) -> bool:
    """Whether ``name`` can hold a clause's duty: a body by ``is_body`` or by what it did before (原发证机关)."""
    return (is_body(name) or bool(_FORMER.match(name))) and not _JOINED.search(name)


def _apart(name: str, is_body) -> list[str]:
    """``name`` cut at a 和 or 或 joining two holders the unit lists keep whole (县人民政府和原批准单位: the second
    named by what it did before), else ``name``."""
    for at, char in enumerate(name):
        if char in "和或" and _holder(name[:at], is_body) and _holder(name[at + 1:], is_body):
            return [name[:at], name[at + 1:]]
    return [name]
