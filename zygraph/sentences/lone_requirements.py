"""Requirements a meeting's news names units in only once: one numbered point of several, or the departments concerned.

A speaker's points numbered 一是, 二是 … after the words reporting them (``会议提出几点要求，一是县区及各相关部门要…；
二是要…；三是…``, ``强调三点：一是思想上再重视。要…。二是…。三是责任再夯实。各乡镇、相关部门一定要…``) may name units
in one point alone, the others saying what is to be done with no subject: that point is a task of its units, from after
its ordinal, a run-in heading before its subject kept (:func:`named_points`). A meeting's requirements may be addressed
to the departments concerned alone (``会议要求：各有关部门要…；对…；对…，要督促有关部门要尽快落实办理。``): with no unit
named in full beside them, they are whom the work is given to, one task from their sentence (:func:`concerned_paragraph`);
a body it urges to act with a verb of its own (``督促有关部门要…``) is a unit of it too. Units in general (``各部门``,
``各级各部门``, ``全县各单位``) and people by their post (``各村干部``) are no units here either: a call on everyone.
"""

from __future__ import annotations

import re

from zygraph.sentences.decisions import REQUIREMENTS_SAID
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import Item, officials
from zygraph.names.people import cadres, personal_name
from zygraph.sentences.report_duties import numbered_points
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["lone_requirements", "named_points", "concerned_paragraph", "concerned"]

#: The words before the first point reporting requirements, the points perhaps counted: 会议提出几点要求，,
#: 冯浩在讲话中强调三点：, 提出以下几点意见：; counted, whatever short word names them (提出四点希望, 提出几点建议).
_POINTS_SAID = re.compile(f"(?:{REQUIREMENTS_SAID})了?(?:(?:[一二三四五六七八九十几两幾兩]|以下几?)[点點]"
                          "[\u4e00-\u9fff]{0,4}|要求|意见|意見)?[：:，,]?\\s*$")
#: A point's run-in heading, a short sentence with no comma before its text: 责任再夯实。, 思想上再重视。.
_RUN_IN = re.compile("^[^，,。；;：:！!]{2,12}[。：:]")
#: A point's run-in heading that is its requirement, up to its full stop, longer: 要强化乡村振兴工作的责任感和紧迫感。.
#: The sentence after it says who is to meet it, their 将 as good as a 要 (要强化追踪问效。县政府将成立…).
_REQUIRED_HEADING = re.compile("^要[^，,。；;：:！!]{2,20}[。：:]")
#: The departments or units a matter concerns, with or without 各: 各有关部门, 相关单位, 各相关部门.
_CONCERNED = re.compile("^各?(?:有关|相关|有關|相關)(?:部门|单位|部門|單位)$")
#: The governments of two levels named bare, a collective as 各县区 is: 县区及各相关部门要…, 乡镇要….
_LEVEL_PAIR = re.compile("^(?:县区|区县|县市区|县市|乡镇|镇乡|镇街|乡镇街道|縣區|區縣|鄉鎮)$")
#: The words reporting a meeting's or a speaker's requirement opening a paragraph, after a link (最后，):
#: 会议要求：, 县长强调，. The speaker is a short phrase, no document (《方案》要求, 通知要求) nor a basis (根据…要求).
_LEAD_IN = re.compile("^\\s*(?:(?:最后|同时|此外|另外|最後|同時)[，,])?(?P<speaker>[^，,。；;：:“”\"《》\\s]{1,12}?)"
                      "(?:要求|强调|指出|強調)[，,：:]\\s*")
#: The meeting as the speaker, whose words settle work (会议要求, 会上强调, 会议还指出); else an official by post
#: (县长指出) may be, never an expert, a reporter or a bare name (专家指出, 李明强调: an opinion, a quotation).
_MEETING = re.compile("^(?:会议|會議|会上|會上)(?:上|还|還|同时|同時|并|並)?$")
#: A call to carry out the division as a whole, not a piece of work: 按照分工抓好落实, 各司其职, 切实抓好落实。
_DIVISION_CALL = re.compile("分工|各司其职|各負其責|各负其责|各司其職|(?:抓好|狠抓|切实|切實|认真|認真|抓紧|抓緊)落实"
                            "(?=[，,。；;！!]|$)")
#: A sentence reporting the meeting, ending the requirement before it: 会议听取了…, 会议还审议了….
_MEETING_REPORT = re.compile("(?<=[。！!])\\s*(?:会议|會議)(?:还|還)?(?:听取|聽取|审议|審議|研究|通报|通報|传达|傳達)")
#: Where a requirement's sentences and ；-clauses end.
_CLAUSE_END = re.compile("(?<=[。；;！!])")
#: A body a requirement urges to act with a verb of its own: 要督促有关部门要尽快落实办理, 责成县交通局及时整改.
_URGED = re.compile("(?P<verb>督促|责成|責成)(?P<units>[^，,。；;：:]{2,30}?)(?:要(?!求)|尽快|及时|按时|限期|儘快|及時)")


def concerned(name: str) -> bool:
    """Whether ``name`` is the departments or units a matter concerns (各有关部门, 相关单位), not everyone.

    >>> [concerned(n) for n in ("各有关部门", "相关单位", "有關部門", "各部门", "各级各部门", "县直有关部门")]
    [True, True, True, False, False, False]
    """
    return _CONCERNED.match(name) is not None


def _with_levels(known=None):
    """``known``, also passing the governments of two levels named bare (县区, 乡镇): a collective of levels."""
    def test(name: str) -> bool:
        return _LEVEL_PAIR.match(name) is not None or (known is not None and known(name))
    return test


def _subject(clause: str, known=None, verbs=("要",)) -> list[Item] | None:
    """The units ``clause`` opens with before its 要 (or one of ``verbs``) (``[]`` for a subject naming none: units
    in general, people), or None when it opens with no subject of units."""
    levels = _with_levels(known)
    items = modal_subject_units(clause, levels, opening=True)
    if not items:
        return None
    own = [item for item in items if item.role == "responsible"]
    if any(item.word not in verbs for item in own):
        return None  # 各部门将…: what is planned, no requirement
    if any(cadres(item.text) or personal_name(item.text, known)
           or (in_general(item.text) and not concerned(item.text)) for item in own):
        return []  # 各级各部门要…, 各村干部要…: a call on everyone
    return items


def named_points(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """A speaker's points numbered 一是, 二是 … after the words reporting them, one task each point naming units as
    the subject of its requirement, even one alone; or None.

    The ordinals, in sequence from 一, cut the points (or 第一、, 第二、); the text before 一是 ends with the words reporting them, the
    points perhaps counted (``会议提出几点要求，``, ``强调三点：``). A point's units open it before 要 (``一是A及各相关部门
    要…``), or open the sentence after its run-in heading (``三是责任再夯实。各乡镇、相关部门一定要…``); a heading that is
    itself the requirement (``四是要强化追踪问效。``) may be longer, and the units after it may meet it with 将 as with 要
    (``县政府将成立…``). The count may name the points by any short word (``提出四点希望``). The task is the
    point from after its ordinal, heading kept, its units responsible. The departments concerned (``各相关部门``) are
    units of a point; units in general (``各部门``) and people by their post are not, and a point naming none is no
    task. None unless a point names units.

    Examples
    --------
    >>> text = "会议提出几点要求，一是县区及各相关部门要统一思想，主动融入；二是要坚持规划引领；三是尽快成立推进小组。"
    >>> [(task, [(i.text, i.role) for i in items]) for task, items in named_points(text)]
    [('县区及各相关部门要统一思想，主动融入；', [('县区', 'responsible'), ('各相关部门', 'responsible')])]
    >>> text = "县长强调三点：一是思想上再重视。要认清形势。二是责任再夯实。各乡镇、县农业局一定要落实责任。"
    >>> [(task, [i.text for i in items]) for task, items in named_points(text)]
    [('责任再夯实。各乡镇、县农业局一定要落实责任。', ['各乡镇', '县农业局'])]
    >>> text = "区长提出两点希望，一是要加快推进老旧小区改造工作的进度。二是要强化督查问效。区政府督查室将每月通报。"
    >>> [(task, [i.text for i in items]) for task, items in named_points(text)]
    [('要强化督查问效。区政府督查室将每月通报。', ['区政府督查室'])]
    >>> named_points("会议要求：一是各部门要高度重视；二是要加强领导。") is None  # a call on everyone
    True
    >>> named_points("抓好建设。一是县财政局要保障经费；二是要加强领导。") is None  # no words reporting them
    True
    """
    return numbered_points(text, _POINTS_SAID, lambda point: _point_units(point, known), 1)


def _point_units(point: str, known=None) -> list[Item] | None:
    """The units a point opens with before 要, or the sentence after its run-in heading does; or None."""
    items = _subject(point, known)
    heading = _RUN_IN.match(point)
    required = _REQUIRED_HEADING.match(point)
    if items is None and (heading or required):  # 责任再夯实。各乡镇、相关部门一定要…
        after = (heading or required).end()
        items = _subject(point[after:], known, ("要", "将") if required else ("要",))  # 要…。县政府将…: who meets it
    return items or None


def concerned_paragraph(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """A meeting's requirements addressed to the departments concerned alone: [(the task, its units)], or None.

    After the words reporting the meeting's or an official's requirement opening the paragraph (``会议要求：``,
    ``县长强调，``; not ``专家指出，`` or ``李明强调，``, an opinion or a quotation, nor a document's ``通知要求，``), the first sentence or ；-clause with a subject of its own opens with the
    departments concerned and 要 (``各有关部门要…``, ``相关单位要…``): with no unit named in full in the paragraph, they
    are whom the work is given to, unless their sentence only calls for the division carried out (``按照分工抓好落实``).
    The task runs from their sentence to the paragraph's end or a sentence reporting the meeting (``会议听取了…``)
    (the subjectless sentences before it lead in to it, those after go on it); a body it urges to act with a verb of its own (``要督促有关部门要尽快
    落实``) is a unit of it too. All are responsible. A paragraph naming a unit in full (read sentence by sentence
    elsewhere), units in general (``各级各部门``) or people first, or none, gives None.

    Examples
    --------
    >>> text = "会议要求：各有关部门要认真梳理意见；对不能吸收的问题，集中提交研究；对需要落实的问题，要督促有关部门要尽快落实。"
    >>> [(task[:9], [(i.text, i.role) for i in items]) for task, items in concerned_paragraph(text)]
    [('各有关部门要认真梳', [('各有关部门', 'responsible'), ('有关部门', 'responsible')])]
    >>> [task for task, _ in concerned_paragraph("会议要求，要做好防控。相关单位要发挥作用，做好开学工作。")]
    ['相关单位要发挥作用，做好开学工作。']
    >>> concerned_paragraph("会议要求，各级各部门要高度重视，加强领导。") is None  # everyone
    True
    >>> concerned_paragraph("会议要求，各有关部门要高度重视。县财政局要保障经费。") is None  # a unit named in full
    True
    >>> concerned_paragraph("《方案》要求，各有关部门要高度重视。") is None  # a document's words
    True
    >>> concerned_paragraph("专家指出，相关部门要加强监管。") is None  # an opinion, not the meeting's
    True
    >>> concerned_paragraph("会议强调，各有关部门要按照分工抓好落实。") is None  # the division as a whole
    True
    >>> concerned_paragraph("会议要求，有关部门要做好防汛。会议听取了县财政局的汇报。")[0][0]  # a report ends it
    '有关部门要做好防汛。'
    """
    lead_in = _LEAD_IN.match(text)
    if lead_in is None or not _settles_work(lead_in.group("speaker"), known):
        return None  # 专家指出，…; 李明强调，…; 通知要求，…: an opinion, a quotation or a document, no work settled
    start, items, at = None, [], lead_in.end()
    for clause in _CLAUSE_END.split(text[lead_in.end():]):
        subject = _subject(clause.strip(), known)
        if subject is not None:
            if not subject or not all(concerned(item.text) for item in subject if item.role == "responsible"):
                return None  # a call on everyone, people, or a unit named in full: no lone addressee
            if start is None:
                start, items = at + len(clause) - len(clause.lstrip()), subject
        at += len(clause)
    if start is None or _DIVISION_CALL.search(_CLAUSE_END.split(text[start:], 1)[0]):
        return None  # 各有关部门要按照分工抓好落实: a call to do the notice's work as divided, no work of its own
    report = _MEETING_REPORT.search(text, start)
    task = text[start:report.start() if report else len(text)].strip()
    return [(task, items + _urged(task, items, known))]


def _settles_work(speaker: str, known=None) -> bool:
    """Whether ``speaker`` settles work by their words: the meeting (会议, 会上) or an official by post (县长)."""
    return _MEETING.match(speaker) is not None or bool(officials(speaker, known or (lambda name: False)))


def _urged(task: str, items: list[Item], known=None) -> list[Item]:
    """The bodies ``task`` urges to act with a verb of their own (``督促有关部门要尽快落实``), other than ``items``:
    units of the task, responsible."""
    names = {item.text for item in items}
    urged: list[Item] = []
    for found in _URGED.finditer(task):
        units = found.group("units")
        if not looks_like_unit_list(units, _with_levels(known)):
            continue
        for name in split_units(units, known):
            if name in names or cadres(name) or personal_name(name, known) or (in_general(name) and not concerned(name)):
                continue
            names.add(name)
            urged.append(Item(name, "responsible", found.group("verb")))
    return urged


def lone_requirements(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The requirements of a meeting's news that name units only once (:func:`named_points`, else
    :func:`concerned_paragraph`): [(task, units)], or None.

    >>> [task for task, _ in lone_requirements("会议要求，一是要统一思想；二是县财政局要保障经费。")]
    ['县财政局要保障经费。']
    >>> lone_requirements("县长指出，要统一思想，加强领导。") is None
    True
    """
    return named_points(text, known) or concerned_paragraph(text, known)
