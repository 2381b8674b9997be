"""Requirements a meeting's news gives units inside running sentences: a second subject, a connective, a matter.

A speaker's requirements read sentence by sentence (:func:`zygraph.sentences.required_sentences.required_sentences`) may give two
units their duties inside one sentence, the second's clause after a comma
(``县财政局要做好评审工作，及时拨付资金，县自然资源局要及时跟进…``): each is a task from its units
(:func:`by_subject`). A requirement may open with a word linking it to the ones before (``同时，执法部门要…``): the
word is part of its text as written (:func:`linked_start`). A paragraph may open with the matter a requirement is
on, then its speaker (``关于4月份活动筹备工作，徐声军要求，涉及单位要坚持…``): the paragraph is one task of the units
it names, from the matter, which says what the work is, cut by subject too (:func:`matter_requirement`).
"""

from __future__ import annotations

import re

from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general
from zygraph.sentences.grammar import CLAUSE_AFTER, Item
from zygraph.names.verb_manner import HELP_MANNER
from zygraph.sentences.role_words import HELP_VERB
from zygraph.names.people import cadres, personal_name
from zygraph.sentences.speakers import DOCUMENT_SPEAKER
from zygraph.names.unitform import opens_with_level

__all__ = ["by_subject", "linked_start", "matter_requirement", "on_matter", "concerned", "TOPIC_WORD"]

#: The matter a requirement is on, as its topic, before its comma: 对于秋季开学工作, 针对近期疫情防控工作, 就安全生产工作.
_TOPIC = "(?:对于|對於|针对|針對|关于|關於|就)[^。；;：:，,“”\"]{2,30}"
#: The time a requirement falls in, stated before it: 春季是用种的高峰期, 当前正值汛期, 眼下正处于…的关键阶段.
_SEASON = ("[^。；;：:，,“”\"要]{0,12}(?:是|正值|正是|正处于?|處於|处于)[^。；;：:，,“”\"要]{0,24}"
           "(?:期|时节|時節|季节|季節|阶段|階段|关口|關口)")
#: A word linking a requirement to the ones before it, then its comma: 同时，, 此外，, 另外，, 其次，, 最后，; its
#: topic (对于秋季开学工作，), or the time it falls in (春季是用种、用肥的高峰期，): part of the requirement as written.
_LINK = re.compile(f"^\\s*(?:同时|與此同時|与此同时|同時|此外|另外|其次|再次|最后|最後|{_TOPIC}|{_SEASON})[，,]\\s*")
#: The matter a speaker's requirements are on, right after the words reporting them: 会议要求，对于秋季开学工作，….
_MATTER_FIRST = re.compile(f"^\\s*{_TOPIC}[，,]")
#: The word the units of requirements on a matter named first carry, for the role and reading findings (议题: topic).
TOPIC_WORD = "议题…要"
#: The units a matter concerns, named so (with 各 too, each of them): 各有关单位, 相关部门, 涉及的单位.
_CONCERNED_NAME = re.compile("^各?(?:涉及的?|有关|相关|有關|相關)(?:部门|单位|部門|單位)$")
#: A preposition opening a clause: the units after it are the objects of the duty before, no subject of their own
#: (对县住建局要加强指导, 与县自然资源局要加强对接, 向市政府要…, 针对…, 把…).
_PREPOSITION = re.compile("^\\s*(?:对于|對於|针对|針對|对|對|与|與|向|同|和|给|給|为|為|把)")
#: The verb after a later subject's 要 when it only helps the duty before: 县审计局等部门要积极配合, 要协助, 要支持.
_HELPS = re.compile(f"要(?:{HELP_MANNER})?(?P<verb>{HELP_VERB}|支持)")
#: The subject of a requirement that is the units a matter concerns, before 要: 涉及单位要坚持…, 涉及的部门要…,
#: 相关单位要… (the matter says which units).
_CONCERNED_SUBJECT = re.compile("^(?P<units>(?:涉及的?|有关|相关|有關|相關)(?:部门|单位|部門|單位))"
                                "(?:务必|一定|必须)?要(?!求)")
#: A paragraph opening with the matter a requirement is on, then its speaker and the word of requiring:
#: 关于4月份项目“三集中”活动筹备工作，徐声军要求，. The speaker is a short phrase (会议, 县长, a name).
_MATTER_SAID = re.compile("^\\s*关于(?P<matter>[^。；;：:，,]{2,60}?)[，,]\\s*"
                          "(?P<speaker>[^，,。；;：:“”\"《》\\s]{1,12}?)(?:要求|强调|指出|提出)[，,：:]\\s*")
#: Where a matter's requirement opens: at the text's start or a sentence's, 关于 and the matter, its speaker.
_MATTER_OPENS = re.compile("(?:^|(?<=[。！!；;\\n]))\\s*关于[^。；;：:，,]{2,60}?[，,]\\s*"
                           "[^，,。；;：:“”\"《》\\s]{1,12}?(?:要求|强调|指出|提出)[，,：:]")
#: A sentence reporting the meeting, not requiring: who attended or chaired it (县应急局负责人参加会议, 副县长主持会议),
#: who reported or spoke (县住建局汇报了…, 县发改局作了表态发言). A matter's requirement ends before it.
MEETING_REPORTED = re.compile("(?:参加|出席|列席|主持|陪同)了?(?:会议|会)|作了[^。；;]{0,10}发言|(?:汇报|通报)了")
#: Where a sentence ends: the requirement of a matter is its first sentence's subject's.
_SENTENCE_END = re.compile("(?<=[。！!；;])")


def by_subject(text: str, items: list[Item], known=None) -> list[tuple[str, list[Item]]]:
    """``text``, a requirement whose units are ``items``, cut at each later clause opening with units of its own and
    要: one (text, units) a subject, in order.

    A call on everyone inside the sentence (``…，各部门要配合``), people by their post (``…，村干部要…``) and what is
    no unit (``…，资金要及时到位``) open no task of their own: they go on the requirement before.

    Examples
    --------
    >>> text = "县财政局要做好评审工作，及时拨付资金，县自然资源局要及时跟进项目，尽快争取批复。"
    >>> items = [Item("县财政局", "responsible", "要")]
    >>> [(part, [i.text for i in units]) for part, units in by_subject(text, items)]
    [('县财政局要做好评审工作，及时拨付资金，', ['县财政局']), ('县自然资源局要及时跟进项目，尽快争取批复。', ['县自然资源局'])]
    >>> [part for part, _ in by_subject("县财政局要做好评审工作，各部门要积极配合。", items)]
    ['县财政局要做好评审工作，各部门要积极配合。']
    """
    link = _LINK.match(text)  # 同时，执法部门要…: the units open the clause after the link
    at = link.end() if link else 0
    parts: list[tuple[int, list[Item]]] = [(0, list(items))]  # where each subject's task opens, and its units
    clauses = CLAUSE_AFTER.split(text[at:])
    for index, clause in enumerate(clauses):
        # the clause and the next: 各有关部门，要…; a window of its own keeps the reading linear
        own = _own_subject(clause + "".join(clauses[index + 1:index + 2]), known) if index else None
        helps = _HELPS.search(clause) if own else None
        if helps:  # 县发改局要抓好项目储备，县审计局等部门要积极配合: the helpers support the duty before
            parts[-1][1].extend(Item(item.text, "support", helps.group("verb")) for item in own)
        elif own:  # …，同时，市审计局要…: the link before the units opens their task
            linked = index > 1 and _LINK.fullmatch(clauses[index - 1]) is not None
            parts.append((at - len(clauses[index - 1]) if linked else at, own))
        at += len(clause)
    ends = [start for start, _ in parts[1:]] + [len(text)]
    return [(text[start:end], units) for (start, units), end in zip(parts, ends)]


def _own_subject(clause: str, known=None) -> list[Item] | None:
    """The units ``clause`` opens with before 要, when they name units of their own (no call on everyone, no
    people, no object after a preposition: 对县住建局要加强指导), or None."""
    if _object_first(clause, known):
        return None
    items = modal_subject_units(clause, known, opening=True)
    if not items or any(item.word != "要" or in_general(item.text) or cadres(item.text)
                        or personal_name(item.text, known) for item in items):
        return None
    return items


def _object_first(clause: str, known=None) -> bool:
    """Whether ``clause`` opens with a preposition and units named with their level after it (``对县住建局要…``,
    ``与县自然资源局要…``, ``向各乡镇要…``): the objects of a duty, not its subject. A name that only starts like a
    preposition (``同级财政部门``, ``为民服务中心``, ``向阳街道``, ``给排水公司``) has no level after the character.

    >>> _object_first("对县住建局要加强指导，"), _object_first("同级财政部门要保障经费，")
    (True, False)
    """
    found = _PREPOSITION.match(clause)
    if found is None:
        return False
    rest = clause[found.end():]
    return (opens_with_level(rest) or rest.startswith("各")) \
        and modal_subject_units(rest, known, opening=True) is not None


def linked_start(sentence: str, start: int) -> int:
    """Where a requirement starts in ``sentence``, given that its units open it at ``start``: 0 when all before
    them is a word linking it to the requirements before (``同时，``) or the matter it is on (``对于秋季开学工作，``),
    or the time it falls in (``当前正值汛期，``), part of its text as written; else ``start``.

    >>> linked_start("同时，执法部门要加大路面执法。", 3), linked_start("各部门提出了意见，县政府办公室要梳理。", 9)
    (0, 9)
    >>> linked_start("对于秋季开学工作，教育部门要做到一校一策。", 9)
    0
    >>> linked_start("当前正值汛期，县水利局要加强巡查。", 7)
    0
    """
    link = _LINK.match(sentence[:start])
    return 0 if link and link.end() == start else start


def matter_requirement(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """A paragraph opening with the matter a speaker's requirement is on: [(the paragraph, its units)], or None.

    ``关于4月份项目活动筹备工作，徐声军要求，涉及单位要坚持高标准…，确保活动顺利举行。``: after ``关于`` the matter,
    a speaker (a name, a post, a meeting; not a document) and the word of requiring, the first sentence opens with
    its units and 要. The paragraph is one task, from the matter (which says what the work is), cut where a later
    clause of that sentence opens with units of its own (:func:`by_subject`); a text holding several matters gives
    each its own tasks (``关于A，X要求，…。关于B，Y强调，…``). The units are responsible. The units the matter concerns (``涉及单位``, ``相关单位``) are its units, since the matter says
    which; units in general (``各部门``), people (``各村干部``) and a paragraph whose later sentences open with
    other units (read sentence by sentence elsewhere) give None.

    Examples
    --------
    >>> text = "关于活动筹备工作，徐声军要求，涉及单位要坚持高标准，抓好细节管理，确保活动顺利举行。"
    >>> [(task[:9], [(i.text, i.role) for i in items]) for task, items in matter_requirement(text)]
    [('关于活动筹备工作，', [('涉及单位', 'responsible')])]
    >>> [i.text for i in matter_requirement("关于防汛工作，县长强调，县水利局要加强巡查。")[0][1]]
    ['县水利局']
    >>> matter_requirement("关于防汛工作，县长强调，各部门要高度重视。") is None  # a call on everyone
    True
    >>> matter_requirement("关于防汛工作，通知要求，县水利局要加强巡查。") is None  # a document's words
    True
    >>> matter_requirement("县长强调，县水利局要加强巡查。") is None  # no matter named first
    True
    >>> text = "关于防汛工作，县长强调，县水利局要加强巡查，县应急局要做好储备。关于造林工作，县长要求，县林业局要抓好落实。"
    >>> [[i.text for i in items] for _, items in matter_requirement(text)]
    [['县水利局'], ['县应急局'], ['县林业局']]
    """
    if _MATTER_SAID.match(text) is None:
        return None
    tasks: list[tuple[str, list[Item]]] = []
    opens = [found.start() for found in _MATTER_OPENS.finditer(text)]  # 关于A，X要求，…。关于B，Y强调，…: one a matter
    for start, end in zip(opens, opens[1:] + [len(text)]):
        read = _one_matter(text[start:end], known)
        if read is None:
            return None
        tasks.extend(read)
    return tasks


def _one_matter(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """One matter's requirement (:func:`matter_requirement`), its first sentence cut by subject (:func:`by_subject`);
    the later sentences, naming no units, go on the last subject's task."""
    found = _MATTER_SAID.match(text)
    if found is None or DOCUMENT_SPEAKER.search(found.group("speaker")):
        return None
    sentences = [part for part in _SENTENCE_END.split(text[found.end():]) if part.strip("。！!；; ")]
    if not sentences:
        return None
    items = _matter_units(sentences[0], known)
    if not items or any(_matter_units(sentence, known) for sentence in sentences[1:]):
        return None
    reported = next((at for at, sentence in enumerate(sentences) if at and MEETING_REPORTED.search(sentence)), None)
    sentences = sentences[:reported]  # 县应急局、县气象局负责人参加会议。: the meeting reported, no requirement
    tasks = by_subject(sentences[0], items, known)
    tasks[0] = (text[:found.end()] + tasks[0][0], tasks[0][1])  # the matter says what the first subject's work is
    tasks[-1] = (tasks[-1][0] + "".join(sentences[1:]), tasks[-1][1])
    return [(task.strip(), units) for task, units in tasks]


def _matter_units(sentence: str, known=None) -> list[Item] | None:
    """The units a sentence of a matter's requirement opens with before 要 (the units concerned included), or None."""
    concerned = _CONCERNED_SUBJECT.match(sentence)
    if concerned:
        return [Item(concerned.group("units"), "responsible", "要")]
    return _own_subject(sentence, known)


def on_matter(text: str) -> bool:
    """Whether a speaker's requirements, ``text`` after the words reporting them, open with the matter they are on.

    ``会议要求，对于秋季开学工作，教育部门要…`` (after ``会议要求，``): the matter says what the work is, so one
    requirement naming units is a task, and the units it concerns (:func:`concerned`) are units of it.

    >>> on_matter("对于秋季开学工作，教育部门要做到一校一策。"), on_matter("针对近期疫情防控工作，要严格做好防控。")
    (True, True)
    >>> on_matter("要严格做好防控，各有关单位要充分发挥作用。")
    False
    """
    return _MATTER_FIRST.match(text) is not None


def concerned(name: str) -> bool:
    """Whether ``name`` names the units a matter concerns (``各有关单位``, ``相关部门``, ``涉及单位``): on a matter
    named (:func:`on_matter`) they are its units; elsewhere they are units in general.

    >>> concerned("各有关单位"), concerned("相关部门"), concerned("各级各部门"), concerned("县教育局")
    (True, True, False, False)
    """
    return _CONCERNED_NAME.match(name) is not None
