"""Units a point of minutes gives work inside its clauses, after words naming none: ``…，A负责X，B负责Y``.

Minutes list what the meeting settled point by point (``三、会议强调`` / ``1、…`` / ``2、…``), and a point names the
bodies that do its work with 负责 inside its sentence, not at its opening: after what is set up or the basis of the
work (``成立…领导小组，张某任组长，党政办负责外围环境，财政所负责资金兑付``, ``按工程设计的要求，社会管理办公室负责…``),
after the verb that entrusts a body (``委托中介机构负责招投标``), or in a list the point counts as parties
(``以争取资金、政府和信用社三方负责``). Each such body is responsible for the point (:func:`inner_duty_units`); the
readers ask this last, when nothing opens or closes the point with its units.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general, refers_elsewhere
from zygraph.sentences.grammar import Item, officials, split_clauses
from zygraph.names.people import cadres, personal_name
from zygraph.sentences.subject_units import subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import UNIT_ENDINGS, body_by_kind

__all__ = ["inner_duty_units", "INNER_WORD"]

#: A clause entrusting a body with the work, then its 负责: 委托中介机构负责招投标, 责成县交通局负责…, 交由A负责….
_ENTRUSTED = re.compile("^(?:并|再)?(?P<verb>委托|责成|交由|授权|委託|責成|授權)(?P<units>[^，,。；;：:]{2,30}?)"
                        "(?:负责|負責|牵头|牽頭|承担|承擔)")
#: A list of bodies the clause counts as parties before their 负责: 以争取资金、政府和信用社三方负责, 由甲乙双方共同负责.
_PARTIES = re.compile("^(?:以|由)?(?P<units>[^，,。；;：:]{2,40}?)(?:[两二三四五六七八九十]|双|雙|兩)方(?:共同)?(?:负责|負責)")
#: The words joining the parties of such a list (、, 和, 及, 与).
_PARTY_MARK = re.compile("[、和及与與]")
#: Where a sentence ends: a point read so is one sentence (a point of several opens its sentences with subjects).
_SENTENCE_END = re.compile("[。！!]")
#: The shortest kind of body that names one written bare in a list of parties (政府, 公司; not 局 or 会 alone).
_SHORTEST_KIND = 2
#: The word the bodies so named carry, for the role and reading findings (负责 inside a point's sentence).
INNER_WORD = "句中负责"


def inner_duty_units(text: str, known=None) -> list[Item] | None:
    """The bodies a point of minutes, one sentence, names with 负责 inside its clauses, each once, responsible; or None.

    A clause opening with units and 负责 (or 牵头) names them (:func:`zygraph.sentences.subject_units.subject_units`), wherever
    it stands in the point; so does a clause entrusting a body with the work (``委托中介机构负责…``: a body named by
    its kind counts, as the entrusted one), and a list the clause counts as parties before 负责
    (``以争取资金、政府和信用社三方负责``): each party that is a body, named bare by its kind of body too (``政府``),
    answers for it; a share that is no body (``争取资金``) is none. A point of several sentences (``搞好…。A向群众…。
    B负责…``: a title, then sentences opening with their subjects) is read by the readers of subjects, not here. People (``张某具体负责``, ``镇长``), people by
    their post and units in general (``各部门负责…``) are no units of it.

    Examples
    --------
    >>> text = "成立工程领导小组，张镇长任组长，王某具体负责，党政办负责外围环境，财政所负责资金兑付。"
    >>> [(i.text, i.role) for i in inner_duty_units(text)]
    [('党政办', 'responsible'), ('财政所', 'responsible')]
    >>> [i.text for i in inner_duty_units("按工程设计的要求，社会管理办公室负责材料的完善工作。")]
    ['社会管理办公室']
    >>> [(i.text, i.role) for i in inner_duty_units("要控制工程支出，委托中介机构负责招投标，做到费用从减。")]
    [('中介机构', 'responsible')]
    >>> [i.text for i in inner_duty_units("整个工程以争取资金、政府和信用社三方负责，信用社负责协调。")]
    ['政府', '信用社']
    >>> inner_duty_units("招标工作做好与县纪委、国土局的衔接。") is None  # bodies to liaise with, no verb of theirs
    True
    >>> inner_duty_units("要加强领导，各部门负责抓好落实。") is None  # units in general
    True
    >>> inner_duty_units("搞好秸秆还田。农办发放明白纸，农机站负责调配农机。") is None  # several sentences
    True
    """
    if _SENTENCE_END.search(text.strip().rstrip("。！!；; ")):
        return None  # 搞好…。A向群众…。B负责…: a title and sentences opening with their subjects, read as such
    items: list[Item] = []
    for clause, _ in split_clauses(text):
        for item in _clause_units(clause.strip(), known):
            if item.text not in {seen.text for seen in items}:
                items.append(item)
    return items or None


def _clause_units(clause: str, known=None) -> list[Item]:
    """The bodies one clause names as answering for the work: entrusted, counted as parties, or its subject."""
    entrusted = _ENTRUSTED.match(clause)
    if entrusted is not None:
        units = entrusted.group("units")
        names = split_units(units, known) if looks_like_unit_list(units, known) else [units] if body_by_kind(units) else []
        return _own([Item(name, "responsible", INNER_WORD) for name in names], known)
    parties = _PARTIES.match(clause)
    if parties is not None:
        return _own([Item(name, "responsible", INNER_WORD) for name in _PARTY_MARK.split(parties.group("units"))
                     if _party(name, known)], known, bare=True)
    items = subject_units(clause, known)
    if not items or not clause.startswith(items[0].text) or items[0].role not in ("lead", "responsible"):
        return []  # 根据…，A负责…: what opens the clause is its basis, read as its own clause
    return _own([Item(item.text, item.role, INNER_WORD if item.role == "responsible" else item.word)
                 for item in items], known)


def _party(name: str, known=None) -> bool:
    """Whether a party of a counted list is a body: a unit's name, or a body named bare by its kind (``政府``,
    ``公司``: the one the notice's place has), not a word that only ends as one does (``社会``)."""
    return looks_like_unit_list(name, known) or (len(name) >= _SHORTEST_KIND and name in UNIT_ENDINGS)


def _own(items: list[Item], known=None, bare: bool = False) -> list[Item]:
    """``items`` without people, people by their post and units in general (a bare kind kept where ``bare``)."""
    known_test = known or (lambda name: False)
    return [item for item in items
            if not (personal_name(item.text, known) or cadres(item.text) or officials(item.text, known_test)
                    or (not bare and (in_general(item.text) or refers_elsewhere(item.text))))]
