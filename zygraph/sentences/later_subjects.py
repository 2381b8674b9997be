"""The bodies a sentence's later clauses open with before their own modal or duty verb (…，B负责…, …，C要…).

Also what a subject of running text must be to count as a body (:func:`is_body`), which both the sentence
reader (:mod:`zygraph.readers.piece_readings`) and the numbered-paragraph reader use.
"""

from __future__ import annotations

import re

from zygraph.names.list_marks import VERB_NOT_NAME
from zygraph.names.class_bodies import class_body
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.people import cadres
from zygraph.names.unitlist import places_of_a_kind, split_units
from zygraph.names.unitname import looks_like_unit, organ_of_field
from zygraph.sentences.clause_subjects import PURSE, calls_on
from zygraph.sentences.everyone import ALL_PARTIES, points_back
from zygraph.sentences.function_bodies import function_body
from zygraph.sentences.grammar import Item
from zygraph.sentences.holders import matter_before_holder
from zygraph.sentences.kind_subjects import research_body
from zygraph.sentences.kinds_after_etc import body_and_its_kind
from zygraph.sentences.restructured_enterprises import restructured_enterprises
from zygraph.sentences.subject_forms import bodies_apart, more_subjects
from zygraph.sentences.subject_units import MODAL_INSIDE, WITH
from zygraph.sentences.territory import LOCALITIES
from zygraph.sentences.trade_enterprises import trade_enterprises

__all__ = ["is_body", "later_subjects", "own_duty_subjects"]

#: A later clause of a sentence opening with bodies and their own modal verb (…，B要及时组织验收).
_LATER_SUBJECT = re.compile(f"^(?P<units>[^，,。；;：:的由对在]{{2,40}}?)(?P<verb>必须|必需|应当|{MODAL_INSIDE.pattern}|负责|負責)"
                            f"{VERB_NOT_NAME}")
#: The duty verb a clause gives its own body a share of the work by (…，B负责…).
_OWN_DUTY = ("负责", "負責")
#: No registry here: a subject is taken as a unit by its form alone (局, 部门, 政府 …).
_unknown = lambda name: False  # noqa: E731


def is_body(name: str) -> bool:
    """True when ``name``, a subject of running text, names a body: by its form, an organ of a field (公安机关), a
    class of enterprises by trade, research bodies by their kind (科研单位), bodies by their function in a regime
    (登记管理机关, 挂靠单位, 银行: function_bodies), all the parties concerned (各有关方面), the localities (各地: a call on
    everyone, a task of its own in such text), named places sharing the kind after 等 (山西、河南等省), or enterprises
    named by their part in a merger (兼并重组主体企业, 被兼并企业), or a body with the kind it heads after 等
    (县餐饮协会等行业组织), or a class of bodies named by what they do (新闻单位, 各级抗旱服务组织: class_bodies).

    >>> is_body("县交通运输局"), is_body("公安机关"), is_body("黑龙江、云南等省"), is_body("该局"), is_body("鼓励企业")
    (True, True, True, False, False)
    >>> is_body("新闻单位"), is_body("各级抗旱服务组织"), is_body("社会组织")
    (True, True, False)
    """
    return (looks_like_unit(name, _unknown) or organ_of_field(name) or trade_enterprises(name) or PURSE.match(name)
            or class_body(name)
            or name in LOCALITIES or name in ALL_PARTIES or research_body(name) or function_body(name)
            or places_of_a_kind(name) or restructured_enterprises(name) or body_and_its_kind(name, is_body)) \
        and not cadres(name) and not points_back(name) and not calls_on(name) \
        and not matter_before_holder(name, is_body)  # 该局: named before; 鼓励…: called on; 项目经A: A approves


def later_subjects(clauses: list[str], start: int) -> list[Item]:
    """The bodies later clauses of one sentence open with before their own modal verb (…，A要做好…，B要及时验收):
    each takes its own share of the sentence's task, responsible.

    >>> [i.text for i in later_subjects(["按照规定程序", "市交通局要做好移交", "各区政府要及时验收"], 1)]
    ['市交通局', '各区政府']
    >>> later_subjects(["市交通局要做好移交", "确保按期完成"], 1), later_subjects(["甲局列出清单", "会同乙局将名单公布"], 1)
    ([], [])
    >>> [i.text for i in later_subjects(["各地应开展帮扶", "监测、执法部门应明确分工"], 1)]
    ['监测', '执法部门']
    """
    items = []
    for clause in clauses[start:]:
        if clause.lstrip().startswith(WITH):  # …，会同B将…: B a partner of the sentence's subject, no subject
            continue
        found = _LATER_SUBJECT.match(clause.strip())
        names = bodies_apart(split_units(found.group("units")), is_body) if found else []
        # 监测、执法部门应…: fields sharing one kind noun, each a unit as written
        fields = len(names) > 1 and is_body(names[-1]) and looks_like_unit_list(found.group("units"))
        if names and (fields or all(is_body(name) for name in names)):
            items += [Item(name, "responsible", found.group("verb")) for name in names
                      if name not in {item.text for item in items}]
        else:  # …，B每年要…: a later subject in one of subject_forms' forms
            items += [Item(name, "responsible", verb) for name, verb in more_subjects(clause, is_body)
                      if name not in {item.text for item in items}]
    return items


def own_duty_subjects(sentence: str) -> list[Item]:
    """The bodies the later ，-clauses of ``sentence`` open with before their own 负责 (``A负责X，B负责Y``: B), each
    responsible for the sentence's task beside its first subject; [] where no later clause so opens. A partner with
    no 负责 of its own (``A负责…，B配合``) and a body the duty is put on (``A负责督促B…``) are no such subject.

    >>> [(i.text, i.role) for i in own_duty_subjects("县财政局负责资金监管，县审计局负责审计监督。")]
    [('县审计局', 'responsible')]
    >>> own_duty_subjects("县财政局负责资金监管，县审计局配合。"), own_duty_subjects("县督查室负责督促各乡镇落实，确保实效。")
    ([], [])
    """
    clauses = re.split("[，,]", sentence.strip().rstrip("。；;"))
    return [item for item in later_subjects(clauses, 1) if item.word in _OWN_DUTY]
