"""The other units a duty opening with its subject and 要 names: after 要会同 (A要会同B…: B supports), after 会同 anywhere
in the duty (A应当会同B进行…, 由A会同B组织…, …，并会同B对…检查), and after a later 并由 (…，并由C限期办理…: C has a share
of its own)."""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import Item, officials
from zygraph.sentences.trade_enterprises import trade_enterprises
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["modal_partners", "duty_partners", "later_by_units"]

#: A later clause giving part of a duty to other units with 由, an adverb, then the work: …，并由C限期办理变更登记.
_LATER_BY = re.compile("[，,；;]\\s*(?:并|再|同时|然后)?由(?P<units>[^，,。；;由]{2,30}?)"
                       "(?:限期|依法|及时|立即|负责|统一|按规定)?"
                       f"(?=(?:办理|查处|处理|吊销|注销|撤销|收回|核发|审核|审批|组织|实施|落实|开展|公布|通报|处罚){VERB_NOT_NAME})")

#: The work after 会同's partners, which an adverb of time or manner may open (立即开展, 尽快制定); 组织 of a name
#: (会同县委组织部…) is none.
_WORK = ("(?:立即|尽快|盡快|抓紧|抓緊|及时|及時|共同|联合|聯合|认真|認真|切实|切實|进一步|進一步|统一|統一)?"
         f"(?:落实|研究|制订|制定|起草|做好|组织|开展|推进|负责|实施|加强|抓好|督促|指导|建立|完善|出台|监督检查){VERB_NOT_NAME}")
#: The partners after 会同, up to the work or a comma.
_PARTNERS = re.compile(f"(?:并|同时)?(?:会同|會同|汇同)(?P<units>[^，,。；;]{{2,40}}?)(?={_WORK}|[，,]|$)")
#: 会同 as notices write it, and where the clause after it ends; the longest its partners run.
_WITH = re.compile("会同|會同|汇同")
_CLAUSE_END = re.compile("[，,。；;]")
_LONGEST_PARTNERS = 40
#: The same anywhere in a duty, where the work may also be named by 进行, by what it is on (会同B进行检查, 会同B对…,
#: 会同B将信息纳入…, 会同B把…, 会同B针对…) or by the basis it acts on (会同B结合…要求, 会同B按照…, 会同B根据…).
_AFTER_PARTNERS = f"(?={_WORK}|进行|進行|对|對|将|將|把|针对|針對|结合|結合|按照|根据|根據|依据|依據|[，,]|$)"
_ANY_PARTNERS = re.compile(f"(?:会同|會同|汇同)(?P<units>[^，,。；;]{{2,40}}?){_AFTER_PARTNERS}")
#: A long list of partners, names joined by 、 past the length one name runs (会同A、B、C、D、E、F、G等有关部门，…):
#: each name short, the list as long as its names make it.
_LISTED_PARTNERS = re.compile(f"(?:会同|會同|汇同)(?P<units>(?:[^，,。；;、]{{2,20}}、){{3,20}}[^，,。；;、]{{2,30}}?)"
                              f"{_AFTER_PARTNERS}")


def modal_partners(text: str, at: int, known=None) -> list[Item]:
    """The units after 会同 right at ``at`` in ``text`` (just after a subject's 要, 将 or 应), as support; else [].

    Examples
    --------
    >>> text = "海关总署要会同商务部等有关部门立即开展专项整治行动"
    >>> [(i.text, i.role, i.word) for i in modal_partners(text, text.index("会同"))]
    [('商务部', 'support', '会同')]
    >>> [i.text for i in modal_partners("县工信局要会同有关部门，尽快制定方案", 5)]
    ['有关部门']
    >>> len(modal_partners("县发改局要会同县财政局、县人社局、县水利局、县税务局、县应急局、县能源办等部门，出台措施", 5))
    6
    >>> modal_partners("县工信局要会同研究制定方案", 5), modal_partners("县工信局要加强领导", 5)
    ([], [])
    """
    found = _partners_at(text, at, _PARTNERS, lambda units: looks_like_unit_list(units, known))
    if found is None:
        return []
    return [Item(name, "support", "会同") for name in split_units(found.group("units"), known)]


def duty_partners(text: str, known=None) -> list[Item]:
    """The units after each 会同 in a duty ``text``, wherever it stands (in the subject's own clause, after 由A, in a
    later clause whose subject is left out), as support, each once; units in general after 会同 (有关部门, 有关方面)
    count, as the README says of the unit after 会同.

    Examples
    --------
    >>> text = "市审计局应当会同市监察局进行专项检查；对发现的问题，并会同有关部门对责任人提出处理意见。"
    >>> [(i.text, i.role, i.word) for i in duty_partners(text)]
    [('市监察局', 'support', '会同'), ('有关部门', 'support', '会同')]
    >>> [i.text for i in duty_partners("县文旅局要会同有关方面充分利用广播、网站，会同县教育局做好宣传。")]
    ['有关方面', '县教育局']
    >>> [i.text for i in duty_partners("县公安局列出清单，会同县发改委、县市场监管局等部门将信息纳入征信体系。")]
    ['县发改委', '县市场监管局']
    >>> [i.text for i in duty_partners("清理工作由县自然资源局会同乡镇国土所统一组织督察员进行。")]
    ['乡镇国土所']
    >>> [i.text for i in duty_partners("县综治办要会同县公安局结合贯彻落实《规定》要求，进行督导。")]
    ['县公安局']
    >>> [i.text for i in duty_partners("电网公司要会同发电企业针对薄弱环节组织演习。")]  # enterprises of a trade
    ['发电企业']
    >>> [i.text for i in duty_partners("县发改局要会同县财政局、县人社局、县自然资源局、县税务局、县应急局、县能源办等有关部门，出台措施。")]
    ['县财政局', '县人社局', '县自然资源局', '县税务局', '县应急局', '县能源办']
    >>> duty_partners("实施办法由县民政局会同研究制定。"), duty_partners("县民政局应加强与各乡镇的协作。")
    ([], [])
    """
    items = []
    for with_word in _WITH.finditer(text):
        found = _partners_at(text, with_word.start(), _ANY_PARTNERS, lambda units: _partners(units, known))
        units = found.group("units") if found else _general_partners(
            _CLAUSE_END.split(text[with_word.end():], maxsplit=1)[0])
        items += [Item(name, "support", "会同") for name in split_units(units, known)
                  if name not in {item.text for item in items}]
    return items


def _partners_at(text: str, at: int, short: re.Pattern, takes) -> re.Match | None:
    """The partners after the 会同 at ``at`` in ``text`` by the pattern ``short`` (a list no longer than one name
    runs), else by the long list's (会同A、B、C、D…等有关部门): the first whose units ``takes`` accepts, or None."""
    for pattern in (short, _LISTED_PARTNERS):
        found = pattern.match(text, at)
        if found and takes(found.group("units")):
            return found
    return None


def _partners(units: str, known=None) -> bool:
    """True when ``units`` names units after 会同: each looks like one, or stands for units in general (有关方面), or
    is a class of enterprises by trade (发电企业)."""
    return bool(units) and (looks_like_unit_list(units, known)
                            or all(in_general(name) or trade_enterprises(name) for name in split_units(units, known)))


def _general_partners(clause: str) -> str:
    """The units in general opening ``clause`` (what follows 会同) before a work no list of verbs names
    (有关方面充分利用…: 有关方面): the shortest opening that stands for units in general; "" when none does."""
    return next((clause[:end] for end in range(2, min(len(clause), _LONGEST_PARTNERS) + 1)
                 if in_general(clause[:end])), "")


def later_by_units(text: str, known=None) -> list[Item]:
    """The units a later clause of a duty gives a share with 由 (``…，并由C限期办理…``), responsible; else [].

    Units in general (由有关部门…) and people (由分管副局长…) are none.

    Examples
    --------
    >>> text = "市工信局要开展专项整治，取消生产资质，并由市场监管部门限期办理注销登记。"
    >>> [(i.text, i.role, i.word) for i in later_by_units(text)]
    [('市场监管部门', 'responsible', '由')]
    >>> later_by_units("市工信局要开展整治，并由有关部门依法查处。"), later_by_units("由市工信局办理登记。")
    ([], [])
    """
    items = []
    for found in _LATER_BY.finditer(text):
        units = found.group("units")
        if looks_like_unit_list(units, known) and not officials(units, known or (lambda name: False)):
            items += [Item(name, "responsible", "由") for name in split_units(units, known) if not in_general(name)]
    return items
