"""Sections of running text whose sentences make their units the subjects (A、B要…; 由A组织…): one task each.

Some notices divide no work by labels, brackets or role verbs at all: under each heading (``一、统一思想，
提高认识``) or numbered item (``3、统筹规划布局。``) a paragraph of running text says who is to do it, the
units as the subjects of its sentences::

    一、统一思想，提高认识
    各县区政府、各开发区管委会以及各相关企业要严格按照……要求，切实将……作为一项政治任务来完成。
    （一）关停验收类。
    ……，惠农区政府要尽快组织开展自查自验。……由市发改委、市工信局组织有关部门和专家进行复验。

The paragraph reader reads a notice so only when it finds no units named any other way: a section is then
a task of the units its clauses open with before 要 (将, 应; also 都要: ``A、B等有关部门都要…``), that
organise it after 由 (``由A组织…``), or, where two clauses or more divide its work so, before a role verb
(``具体为：A负责X镇，B负责Y街道``), all responsible; or that a meeting asks to act on what it approved
(``请A按…修改完善``, read as every reader reads 请: :func:`zygraph.sentences.asked_units.asked_units`, in the role of the
verb asked with), or that a clause sets a deadline as its subject (``各省份于11月底前完成…``, ``3月底前A完成…``:
:func:`zygraph.sentences.dated_subjects.dated_subject_units`); or a collective that opens a sentence with its verb and no 要
(``各村结合实际情况，聘请…``: a meeting's news says what the villages are to do as what they do); subjects that refer
to units named elsewhere (``各地要…``, ``各部门要…``, ``县政府有关部门要…``) divide no work, and people named by their
post (``村干部要…``, :func:`zygraph.names.people.cadres`) are no units.
"""

from __future__ import annotations

import re

from zygraph.sentences.asked_units import asked_units
from zygraph.sentences.dated_subjects import dated_subject_units
from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.everyone import in_general, role_holders
from zygraph.findings import Finding
from zygraph.sentences.finished import reports_tally
from zygraph.sentences.grammar import SENTENCE_AFTER, Item, assign_roles, officials, split_clauses
from zygraph.names.people import cadres
from zygraph.readers.blockrows import area_of
from zygraph.readers.lines import HEADING, TASK, labels_on_own_lines, logical_lines
from zygraph.readers.run_on_lines import split_run_on
from zygraph.readers.raw import RawRow
from zygraph.sentences.section_designations import clause_designations
from zygraph.sentences.payers import PAYING_WORD, payers
from zygraph.sentences.places_concerned import without_place_concerned
from zygraph.sentences.subject_forms import more_subjects
from zygraph.sentences.subject_units import DUTY_OPENERS, duty_subject_units, subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import looks_like_unit

__all__ = ["subject_sections", "has_subject_sections", "section_texts", "collective_subject",
           "OPENING_SUBJECT_WORD"]

#: An adverb between the units and their modal verb (县农委、规划等有关部门都要…): the units end before it.
_ADVERB_MODAL = re.compile("(?:都|均|也)(?=要|将|应)")
#: A clause giving the work to the units that organise or answer for it: 由A、B组织有关部门进行复验.
_ORGANISED_BY = re.compile(f"^由(?P<units>[^，,。；;：:（(]{{2,40}}?)(?:组织|組織|负责|負責|牵头|牽頭|承担|實施|实施){VERB_NOT_NAME}")
#: How a collective's name opens (各村, 各乡镇): one naming the places of a level, who may open a sentence with their
#: work and no 要 (各村结合实际情况，聘请…), where a single body so written is only reported doing it.
_COLLECTIVE_OPENING = "各"
#: The word such a collective carries, for the role finding (句首主语: the subject opening the sentence).
OPENING_SUBJECT_WORD = "句首主语"
#: A short lead-in closed by a colon before the first clause dividing the work: 具体为：A负责…, 分工如下：A负责….
_LEAD_IN = re.compile("^[^，,。；;：:]{0,12}[：:]")
#: Clauses opening with units and a role verb a section must hold for them to divide its work (A负责X，B负责Y).
_DIVIDING_CLAUSES = 2
#: A sentence of minutes reporting the meeting itself (会议听取了…汇报。会议强调，各单位要…。): before the first
#: sentence naming units, it is what the meeting heard or asked of everyone, no part of their task.
_MEETING_SENTENCE = re.compile("^(?:会议|會議)")
#: What a collective's name may run on into before a 的 (各农村集体经济组织的资产收益…): a noun, so the collective owns
#: what the sentence is about and is no subject, unless a verb opens it (各村结合实际的…: DUTY_OPENERS).
_OWNED = re.compile("^[^，,。；;：:的]{1,8}?的")
#: A title that runs on past a full stop into a sentence of its own (健全协调机制。建立…): no bare heading.
_SENTENCE_IN_TITLE = re.compile("[。！？][^。！？]+")


def subject_sections(pairs, findings: list) -> list[RawRow]:
    """One row for each section (a heading or numbered item and the paragraphs under it) whose clauses open
    with units and 要, or give the work to units after 由 (``由A组织…``); their units are responsible.

    ``pairs`` are the notice's logical lines, (line number, text); the lines before the first heading or
    numbered item (title, addressees, preamble) are no section. A section with paragraphs under it has its
    title as area and the paragraphs as text; a numbered item alone (``3、统筹规划布局。A要…``) is its own text.
    Each section read is a ``subject_section`` finding.

    Examples
    --------
    >>> pairs = [(1, "通知如下："), (2, "一、统一思想"), (3, "各县区政府以及各相关企业要抓紧关停。"),
    ...          (4, "二、明确任务"), (5, "加快拆除，由市发改委、市工信局组织复验。")]
    >>> [(r.area, r.task, r.lead) for r in subject_sections(pairs, [])]
    [('统一思想', '各县区政府以及各相关企业要抓紧关停。', '各县区政府、各相关企业'), ('明确任务', '加快拆除，由市发改委、市工信局组织复验。', '市发改委、市工信局')]
    """
    rows = []
    for line, area, text, title in _sections(pairs):
        finished: list[str] = []  # 各乡镇…，共完成…12万亩: collectives reported doing finished work
        items = _subject_items(title + "。" + text if title else text, finished)
        for sentence in finished:
            findings.append(Finding(line, "info", "collective_reported_done", f"a collective opens a sentence "
                                    f"reporting finished work (了, 已, 共完成, 累计, a tally such as 3000份): {sentence[:30]}",
                                    "the collective is no unit of the section for that sentence"))
        if not items:
            continue
        items, concerned = without_place_concerned(items)
        if concerned:
            findings.append(Finding(line, "info", "place_concerned", f"a subject is named for the place the matter lies "
                                    f"in: {'、'.join(concerned)}", "read it without 所在, as the bodies of those levels "
                                    "named elsewhere in the notice"))
        paying = [item.text for item in items if item.word == PAYING_WORD]
        if paying:
            findings.append(Finding(line, "info", "cost_bearers", f"a clause names who bears the cost: "
                                    f"{'、'.join(paying)}", "read them as responsible for the section's task"))
        leads, supports, rule = assign_roles(items, False)
        text = _from_first_subject(text, line, findings)
        findings.append(Finding(line, "info", "subject_section",
                                f"a section of running text names its units as the subjects of its sentences: "
                                f"{text[:30]}", "read the section as one task of those units (no unit is named "
                                "by a label, bracket or role word anywhere in the notice); units a deadline is set "
                                "for (于…前) count unless their sentence reports work done (了, 已) or their own "
                                "clause says what they did (批复同意)"))
        for clause, _ in split_clauses(text):
            if designated := clause_designations(clause):
                findings.append(Finding(line, "info", "section_designation", "a clause of the section designates "
                                        f"units by role labels: {'、'.join(f'{i.text} ({i.word})' for i in designated)}",
                                        "read them as units of this section's task, in their labels' roles; the "
                                        "section's other subjects (A要…) take the role the rule gives beside a named "
                                        "lead (support; DOUBTFUL where their duty is their own)"))
        findings.append(Finding(line, "info", "role_rule", rule, "roles assigned as the rule says"))
        rows.append(RawRow.of_units(line, text, leads, supports, area))
    return rows


def _from_first_subject(text: str, line: int, findings: list) -> str:
    """``text`` from its first sentence naming units, when the sentences before it report the meeting (会议…).

    >>> _from_first_subject("会议听取了汇报。会议强调，各单位要提高认识。县交通局等单位要每天调度进展。", 1, [])
    '县交通局等单位要每天调度进展。'
    >>> _from_first_subject("加快拆除。由市发改委组织复验。", 1, [])
    '加快拆除。由市发改委组织复验。'
    """
    sentences = [part for part in SENTENCE_AFTER.split(text) if part]
    for at, sentence in enumerate(sentences):
        if _subject_items(sentence):
            if at and all(_MEETING_SENTENCE.match(before.strip()) for before in sentences[:at]):
                findings.append(Finding(line, "info", "meeting_report",
                                        f"{at} sentence(s) of minutes report the meeting before the first naming units: "
                                        f"{sentences[0][:20]}", "read the task from the sentence naming its units"))
                return "".join(sentences[at:])
            return text
    return text


def has_subject_sections(lines: list[str]) -> bool:
    """True when the normalised ``lines`` of a notice hold a section :func:`subject_sections` reads.

    >>> has_subject_sections(["一、统一思想", "各县区政府要抓紧关停。"]), has_subject_sections(["各县区政府要抓紧关停。"])
    (True, False)
    >>> has_subject_sections(["一、加强领导", "各地要加强领导；各部门要密切配合；县政府有关部门要各负其责。"])
    False
    """
    pairs = split_run_on(labels_on_own_lines(logical_lines(lines, []), []), [])
    return bool(subject_sections(pairs, []))


def section_texts(pairs):
    """Yield (line, area, text, run_in) for each heading or numbered item of ``pairs`` and the paragraphs under it;
    ``run_in`` when the item's title runs on into its text: it has no paragraph under it, or its title runs on past
    a full stop into sentences of its own (``（九）健全协调机制。A要…`` before a closing paragraph, or before a
    signature): the title is then a text of its own, and the paragraphs under it another.

    >>> list(section_texts([(1, "通知如下："), (2, "一、加强管理"), (3, "甲要做好。"), (4, "二、严格考核乙要考核。")]))
    [(2, '加强管理', '甲要做好。', False), (4, '加强管理', '严格考核乙要考核。', True)]
    >>> list(section_texts([(1, "（一）加强协调。乙局要牵头。"), (2, "各地要抓好落实。")]))
    [(1, '', '加强协调。乙局要牵头。', True), (1, '', '各地要抓好落实。', False)]
    """
    for line, area, text, title in _sections(pairs):
        if title and _SENTENCE_IN_TITLE.search(title):  # （三十二）健全…机制。建立…。A要… / 各省…要…: the title is text
            yield line, "", title, True
            yield line, "", text, False
        else:
            yield line, area, text, not title


def _sections(pairs):
    """Yield (line, area, text, title) for each heading or numbered item and the paragraphs under it."""
    area, current = "", None  # current: [line, area, title, paragraphs]
    for number, text in pairs:
        mark = HEADING.match(text) or TASK.match(text)
        if mark is None:
            if current is not None:
                current[3].append(text)
            continue
        if current is not None:
            yield _section(*current)
        title = text[mark.end():].strip()
        current = [number, area, title, []]
        if HEADING.match(text):
            area = area_of(title)
    if current is not None:
        yield _section(*current)


def _section(line, area, title, paragraphs):
    if paragraphs:  # 一、统一思想 / 各县区政府要…: the heading is the area of its paragraphs
        return line, area_of(title), "".join(paragraphs), title
    return line, area, title, ""  # 3、统筹规划布局。县农委…都要…: the item is its own text


def _subject_items(text: str, finished: list[str] | None = None) -> list[Item]:
    """The units each clause of ``text`` opens with before 要 or organises after 由, in order, each once; and,
    where two clauses or more divide the work so, those opening with units before a role verb
    (``A负责X镇，B负责Y街道``; one such clause is a duty item's, read as such by the paragraph reader).
    A collective opening a sentence with a plain verb is its unit unless the sentence reports the work finished
    (``各乡镇…，共完成…``, ``成立了``); such sentences are added to ``finished``.

    >>> [i.text for i in _subject_items("具体为：县消防大队负责甲镇、乙镇，县文体局负责丙街道。各乡镇要设联络员。")]
    ['县消防大队', '县文体局', '各乡镇']
    >>> [i.text for i in _subject_items("县统计局负责数据审核。各乡镇要设联络员。")]
    ['各乡镇']
    >>> [i.text for i in _subject_items("做好麦田管理。各村结合实际情况，聘请农业专家。村干部要化解纠纷。")]
    ['各村']
    >>> [i.text for i in _subject_items("各乡镇积极组织农机下田，共完成秋收面积12万亩。县农业农村局要加强指导。")]
    ['县农业农村局']
    """
    named, by_verb = [], []
    opens_sentence = True  # whether the clause read opens its sentence
    clauses = list(split_clauses(text))
    for at, (clause, ends_sentence) in enumerate(clauses):
        clause, first, opens_sentence = clause.strip(), opens_sentence, ends_sentence
        asked = asked_units(clause)  # 请县财政局按会议讨论意见作进一步修改完善: a meeting asks a unit to act
        if asked:
            named.append(asked)
            continue
        designated = clause_designations(clause)  # A为…总牵头单位，C为…牵头单位、D为责任单位: the section's leads named
        if designated:
            named.append(designated)
            continue
        found = _ORGANISED_BY.match(clause)
        if found and looks_like_unit_list(found.group("units")) and not officials(found.group("units"),
                                                                                   lambda name: False):
            named.append([Item(name, "responsible", "由…组织") for name in split_units(found.group("units"))])
            continue
        modal = modal_subject_units(clause, opening=True)
        plain = _ADVERB_MODAL.sub("", clause, count=1)  # 县农委、规划等有关部门都要…: the units before 都要
        modal = modal or (modal_subject_units(plain, opening=True) if plain != clause else None)
        duty = None if modal else subject_units(_LEAD_IN.sub("", clause, count=1))  # 具体为：A负责X镇，B负责Y街道
        if duty:
            by_verb.append(len(named))
        collective = collective_subject(clause) if first and not modal and not duty else None
        if collective and reports_tally(_sentence_from(clauses, at)):  # 各乡镇…，共完成…12万亩: what they did
            if finished is not None:
                finished.append(_sentence_from(clauses, at))
            collective = None
        paying = payers(clause, _is_unit) if not modal and not duty else []  # 资金由A和B共同承担; A出资80%
        based = [Item(name, "responsible", verb) for name, verb in more_subjects(_sentence_from(clauses, at), _is_unit)] \
            if first and not (modal or duty or collective or paying) else []  # A根据协议规定，落实…
        named.append(modal or duty or collective or paying or based)
    if len(by_verb) < _DIVIDING_CLAUSES:
        named = [items for at, items in enumerate(named) if at not in by_verb]
    named.append(dated_subject_units(text))  # 各省份于11月底前完成…: units a clause sets a deadline as its subject
    items, seen = [], set()
    for item in (item for items in named for item in items):
        if item.text not in seen and not in_general(item.text) and not cadres(item.text):  # 村干部要…: people
            seen.add(item.text)
            items.append(item)
    return items


def _is_unit(name: str) -> bool:
    """True when ``name`` looks like a unit by its form alone (局, 政府, 公司 …): no registry reads running text here."""
    return looks_like_unit(name, lambda other: False)


def _sentence_from(clauses: list, at: int) -> str:
    """The sentence the clause at ``at`` opens: its clauses up to the one ending it."""
    end = next((index for index in range(at, len(clauses)) if clauses[index][1]), len(clauses) - 1)
    return "，".join(clause.strip() for clause, _ in clauses[at:end + 1])


def collective_subject(sentence: str) -> list[Item] | None:
    """The collective opening ``sentence`` with its verb and no 要 (``各村结合实际情况，…``), responsible; or None.

    >>> [(i.text, i.role) for i in collective_subject("各村结合实际情况")]
    [('各村', 'responsible')]
    >>> collective_subject("县农技站结合实际情况"), collective_subject("各部门结合实际情况")
    (None, None)
    >>> collective_subject("各牵头单位要加强统筹")  # whoever holds a role: units named elsewhere
    >>> collective_subject("各农村集体经济组织的资产收益仍归本集体经济组织成员所有")  # what they own is the subject
    """
    items = duty_subject_units(sentence)
    if not items or any(not item.text.startswith(_COLLECTIVE_OPENING) or in_general(item.text)
                        or role_holders(item.text) or item.role != "responsible" for item in items):
        return None
    rest = sentence.strip()[sentence.strip().find(items[-1].text) + len(items[-1].text):]
    if rest[:1] not in DUTY_OPENERS and _OWNED.match(rest):
        return None
    return [Item(item.text, "responsible", OPENING_SUBJECT_WORD) for item in items]
