"""Holders a clause names after 由 or 经 (由A核准, 由A会同B进行…, 经A会同B认定, 未经A批准, 报A批准): who holds its duty.

A State Council notice of the older kind divides work in clauses that name no subject: the matter first, then the
body that decides or does it after 由 (``…项目，由A核准``; ``由A和B会同C、D进行清理，由E限期收回…``), or the body
whose approval it needs after 经 or 报 (``需经A、B审查批准``, ``未经A批准，任何单位…不得…``, ``报A批准后由B下达``).
Each such body holds the clause's duty: responsible; the bodies after 会同 or 商 (consult) support, and a body after
协助 (``分别由A和B协助C做好…``) is the one helped, responsible for its own verb, its helpers support (README).
A filing body (``报A备案``) and a consent (``经国务院同意``) hold nothing.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.names.unitlist import BY_WORD, split_units

__all__ = ["clause_holders", "matter_before_holder"]

#: The longest a list of holders runs before its verb.
_LONGEST = 40
#: Where the holders after 由 end: a partner word, or a verb or basis their duty opens with.
_PARTNER = "会同|會同|商|协助|協助"
_ACTS = re.compile(f"(?:{_PARTNER}|限期|收回|核准|核發|办理|辦理|决定|決定|统一|統一|制定|制订|研究|组织|組織|负责|負責"
                   "|进行|進行|指定|下达|下達|发放|發放|颁发|頒發|审查|審查|审核|審核|批准|认定|認定|确定|確定|印发|印發"
                   "|管理|监督|監督|实施|實施|落实|落實|做好|优先|優先|按|根据|根據|依照|依据|依法|对|對|予以|提出|负|共同|联合)")
#: Where an approver's list ends: the approval itself, perhaps after its review (审查批准, 认定, 核准).
_APPROVES = re.compile(f"{_PARTNER}|(?:审查|審查|审核|審核)?(?:批准|认定|認定|审批|審批|核准|审定|審定)")
#: The word before an approver: 经 (also 未经, 需经, 须分别经) or 报 (sent up for approval); not 经济, 经过, 已经 …
_VIA = re.compile("(?<![已曾神])(?:经|經|报|報)(?!济|濟|费|費|营|營|过|過|常|验|驗|告|送|道|刊|纸|紙|名|到|贸|貿|信|开|開|管|发|發|作)")
#: A partner word inside a name: the list ran on past its holders.
_JOINED = re.compile("会同|會同|协助|協助")
#: A body named by what it did before (原批准单位, 原发证机关): the one that approved or issued, a holder by its role.
_FORMER = re.compile("^原[\u4e00-\u9fff]{1,6}(?:单位|單位|机关|機關|部门|部門)$")
#: A place qualifying a body it does not name (所在地的县人民政府: the county's government where it is).
_WHERE = re.compile("^所在地的?")


def clause_holders(clause: str, is_body) -> list[Item]:
    """The bodies ``clause`` names after 由 or as approvers after 经/报, in their roles: holders responsible, partners
    after 会同/商 support, those after 协助 responsible beside their helpers' support; [] where none is so named or a
    name is no body by ``is_body``.

    >>> body = lambda name: name.endswith(("部", "局", "委", "政府", "部门", "公司"))
    >>> [(i.text, i.role) for i in clause_holders("该类项目，由省发展改革委核准", body)]
    [('省发展改革委', 'responsible')]
    >>> [(i.text, i.role) for i in clause_holders("由县人民政府和原批准单位会同甲部门、乙部门进行清理", body)]
    [('县人民政府', 'responsible'), ('原批准单位', 'responsible'), ('甲部门', 'support'), ('乙部门', 'support')]
    >>> [(i.text, i.role) for i in clause_holders("分别由甲公司和乙局协助丙委做好规划", body)]
    [('甲公司', 'support'), ('乙局', 'support'), ('丙委', 'responsible')]
    >>> [(i.text, i.role) for i in clause_holders("须经甲局会同乙局认定后", body)]
    [('甲局', 'responsible'), ('乙局', 'support')]
    >>> [(i.text, i.role) for i in clause_holders("出口计划报甲委批准后由乙部下达", body)]
    [('甲委', 'responsible'), ('乙部', 'responsible')]
    >>> clause_holders("报县发展改革局备案", body), clause_holders("经国务院同意", body), clause_holders("由群众自愿参加", body)
    ([], [], [])
    """
    items: list[Item] = []
    for found in _VIA.finditer(clause):
        names, end = _bodies_before(clause[found.end():], _APPROVES, is_body)
        if names:
            items += _with_partners(names, clause[found.end() + end:], is_body, "批准")
    for found in re.finditer(BY_WORD, clause):
        names, end = _bodies_before(clause[found.end():], _ACTS, is_body)
        if names:
            items += _with_partners(names, clause[found.end() + end:], is_body, "由")
    seen: set[str] = set()
    return [item for item in items if not (item.text in seen or seen.add(item.text))]


def matter_before_holder(name: str, is_body) -> bool:
    """Whether ``name``, read as a subject, is a matter and the body approving it after 经 or 报 (``项目经A``: the
    project, certified by A), no body itself; the name's first characters are no 经 of a name (经贸部, 经信局).

    >>> body = lambda name: name.endswith("部门")
    >>> matter_before_holder("抽采项目经各省煤炭管理部门", body), matter_before_holder("经济和信息化部门", body)
    (True, False)
    """
    return any(found.start() >= 2 and is_body(name[found.end():]) for found in _VIA.finditer(name))


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
