"""A paragraph or run-in heading of a plan whose sentences name bodies as their subjects: one task a subject sentence.

A plan divided by its sentences writes, under a heading line, a paragraph whose first sentence opens with a body
(``市经信委支持推广…``), and a later sentence may open with another (``市经信委和市环保局联合推进…``, ``市交通委加快布局…``):
each such sentence starts a task of its own, running on over the sentences after it that open with no body. A point
with a run-in heading (``（一）组织申报。A会同B发布…。鼓励…。A组织评审…``) and no item under it is divided so too, its
first task starting at the heading, where two sentences at least name their bodies so. A subject is one or two bodies
named by their level (市交通委; not 各区, 市级部门, lists of many or 等), read by a role word (``A负责…``, ``A会同B…``)
or as the body a sentence opens with before its verb; a sentence with a modal (``A要…``) is the running-sentence
reader's (:mod:`zygraph.readers.subject_sentences`). Copies run together on one line are left to that reader too.
"""

from __future__ import annotations

import re

from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.people import cadres
from zygraph.names.unitform import opens_with_level
from zygraph.sentences.clause_subjects import calls_on
from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import Item
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.subject_units import duty_subject_units, subject_units

__all__ = ["subject_split", "heading_subject_split"]

#: Where a sentence ends: a full stop (a ；-clause stays with its sentence).
_SENTENCE_END = re.compile("(?<=[。！？])")
#: A run-in heading opening a point's text: a short sentence with no comma (``组织申报和评估遴选。``).
_RUN_IN = re.compile("^[^，,；;：:、。]{2,20}。")
#: The most bodies a sentence's subject names here (a list of many is a call on them, not a department's share).
_MOST_NAMES = 2
#: Verbs of a body setting up another (区更新办下设…专班): what is set up does the work, no subject here.
_SETTING_UP = ("下设", "设立", "设置")
#: Kind words that name a level's bodies as a whole (市级部门, 区级单位), no one department's share.
_KINDS = ("部门", "单位", "机构")
#: A partner's name after 会同 run on into its verb (会同市经信委发布…): up to the first kind word a verb follows.
_PARTNER = re.compile("^(?P<name>[^，,。；;]{2,20}?(?:委|局|办|厅|部门|单位|中心|政府))(?=[^、和及与等门员会厅局办委部])")


def subject_split(text: str, opening: list[Item]) -> list[tuple[str, list[Item]]] | None:
    """The tasks of a paragraph whose first sentence has the units ``opening`` as its subject, split at each later
    sentence opening with other bodies (each its own task, the sentences with none running on); None where no later
    sentence so opens.

    >>> opening = [Item("市经信委", "responsible", "")]
    >>> [(t[:6], [i.text for i in items]) for t, items in subject_split(
    ...     "市经信委支持推广新模式。市经信委和市环保局联合推进无废园区建设。定期总结经验。", opening)]
    [('市经信委支持', ['市经信委']), ('市经信委和市', ['市经信委', '市环保局'])]
    >>> subject_split("市经信委支持推广新模式。定期总结经验，加强宣传。", opening) is None
    True
    """
    tasks = _split(text, opening)
    return tasks if tasks and len(tasks) > 1 else None


def heading_subject_split(text: str) -> list[tuple[str, list[Item]]] | None:
    """The tasks of a point's text opening with a run-in heading (``组织申报。…``) whose later sentences name bodies as
    their subjects: one a subject sentence, the first starting at the heading; None where the text opens with no
    run-in heading or fewer than two sentences name bodies so (one subject: the point is read whole by the other readers).

    >>> [(t[:6], [(i.text, i.role) for i in items]) for t, items in heading_subject_split(
    ...     "组织申报。市发改委会同市经信委发布通知。鼓励园区申报。市发改委组织评审方案。")]
    [('组织申报。市', [('市发改委', 'lead'), ('市经信委', 'support')]), ('市发改委组织', [('市发改委', 'responsible')])]
    >>> heading_subject_split("组织申报。鼓励园区申报。") is None, heading_subject_split("市发改委组织评审方案。") is None
    (True, True)
    >>> heading_subject_split("组织申报。市发改委会同市经信委发布通知。鼓励园区申报。") is None  # one subject: read whole
    True
    """
    if not _RUN_IN.match(text.strip()):
        return None
    tasks = _split(text, [])
    return tasks if len(tasks) > 1 else None


def _split(text: str, opening: list[Item]) -> list[tuple[str, list[Item]]]:
    """The subject sentences of ``text``, each with the sentences after it naming no body; those before the first
    subject open its task. ``opening`` are the units of its first sentence, where known."""
    pieces = [piece for piece in _SENTENCE_END.split(text.strip()) if piece.strip()]
    tasks, lead_in = [], ""
    for at, piece in enumerate(pieces):
        found = opening if at == 0 and opening else _subjects(piece, bare=bool(tasks) or bool(opening))
        if found and (not tasks or {i.text for i in found} != {i.text for i in tasks[-1][1]}):
            tasks.append((lead_in + piece, found))
            lead_in = ""
        elif tasks:
            tasks[-1] = (tasks[-1][0] + piece, tasks[-1][1])
        else:
            lead_in += piece
    return tasks


def _subjects(piece: str, bare: bool) -> list[Item]:
    """The bodies ``piece`` makes its subject, named by their level (市交通委, not 各区 or 生态环境部): by a duty or role
    word, with 会同 (``A会同B发布…``); where ``bare``, also the bodies it opens with before its verb (``市交通委加快布局…``).
    Sentences with a modal (``A要…``) are the running-sentence reader's; units in general and people are none.

    >>> [i.text for i in _subjects("市交通委加快布局充换电设施。", True)], _subjects("市交通委加快布局充换电设施。", False)
    (['市交通委'], [])
    >>> _subjects("各区政府加强统筹。", True), _subjects("市交通委要加快布局。", True), _subjects("市级部门加强协同。", True)
    ([], [], [])
    >>> _subjects("区更新办下设改造专班，负责推进。", True), _subjects("县财政局、县水利局为协办单位。", True)
    ([], [])
    >>> _subjects("县交通局、县住建局等部门负责人说明了情况。", True)
    []
    """
    if modal_subject_units(piece, opening=True):
        return []
    found = [_partner(item) for item in subject_units(piece) or []]
    if not found and bare:  # 市交通委加快布局…: the body opening the sentence, named by its level (not 定期总结…)
        found = [item for item in duty_subject_units(piece) or [] if piece.startswith(item.text)][:1] \
            and duty_subject_units(piece)
    names = [item.text for item in found or []]
    after = piece[piece.find(names[-1]) + len(names[-1]):] if names else ""
    if not names or len(names) > _MOST_NAMES or not opens_with_level(names[0]) or after.startswith(("等", "负责人")) \
            or any(verb in piece[:len(names[0]) + 2] for verb in _SETTING_UP):
        return []  # 州A、州B、州C…, A、B等有关部门负责人…: a list of many, people; 区更新办下设…: what is set up acts
    if any(name.endswith(_KINDS) or in_general(name) or cadres(name) or calls_on(name) or "等" in name or "为" in name
           or piece[piece.find(name) + len(name):].startswith(("为", "是"))  # A、B为协办单位: what they are, no duty
           or not looks_like_unit_list(name) for name in names):
        return []  # 市级部门…, 鼓励园区…: a level's bodies as a whole, the parks called on are no subject
    return list(found)


def _partner(item: Item) -> Item:
    """``item`` with a partner's name cut where a copy of 会同B runs it on into its verb (``市经信委发布通知`` ->
    ``市经信委``); other items as they are.

    >>> _partner(Item("市经信委发布零碳园区", "support", "会同")).text, _partner(Item("相关部门", "support", "会同")).text
    ('市经信委', '相关部门')
    """
    found = _PARTNER.match(item.text) if item.role == "support" else None
    return Item(found.group("name"), item.role, item.word) if found else item
