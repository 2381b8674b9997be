"""What one sentence or ；-clause of running text says: the bodies it makes its subject, with their roles.

The reading of one piece that :mod:`zygraph.readers.subject_sentences` cuts a document into: a body before a modal or
duty verb (``A要…``, ``B负责…``), after a clause saying what the duty is about, after 由, a long list of fields sharing a
kind noun, later subjects of the same sentence, and the partners after 会同, who support.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple

from zygraph.sentences.asked_units import asked_units, attending_units
from zygraph.sentences.authorised import authorised_body
from zygraph.sentences.dated_subjects import dated_subject_units
from zygraph.sentences.described_subjects import described_subject
from zygraph.sentences.guided_subjects import guided_subject
from zygraph.sentences.surveyed_parties import surveyed_parties
from zygraph.sentences.clause_subjects import (calls_on, condition_ends, designated_subjects, helping_units,
                                               required_by, what_body_is)
from zygraph.readers.drafted import DRAFTING_VERBS
from zygraph.sentences.financial_bodies import financial_subjects
from zygraph.sentences.joined_subjects import bodies_before, with_its_own
from zygraph.readers.rule_findings import body_rules
from zygraph.sentences.everyone import points_back, with_roles_held_in_a_field
from zygraph.sentences.grammar import Item
from zygraph.sentences.function_bodies import without_bound_parties
from zygraph.sentences.holders import clause_holders, held_by, mainly_by
from zygraph.sentences.helping_duties import helps_only
from zygraph.sentences.helped_bodies import guided_helpers, helping_subjects, organised_helpers
from zygraph.sentences.modal_partners import duty_partners
from zygraph.sentences.organised_parts import organised_parts
from zygraph.sentences.payers import sentence_payers
from zygraph.names.people import cadres
from zygraph.sentences.permitted_subjects import gives_leave, permitted_subjects
from zygraph.sentences.finished import reports_tally
from zygraph.readers.subjects import collective_subject
from zygraph.sentences.subject_forms import SET_OFF as _SET_OFF, STANCE, bodies_apart, more_subjects, own_case_subjects
from zygraph.sentences.subject_units import MODAL_INSIDE, NAME_NOTE, WITH, duty_subject_units
from zygraph.sentences.later_subjects import is_body, later_subjects as _later_subjects
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import BY_WORD, VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.verb_manner import without_manner

__all__ = ["piece_subjects", "read_piece", "Reading", "is_body"]

#: The clauses a subject may stand in: the first, or the second after one saying what the duty is about.
_SUBJECT_CLAUSES = 2
#: A modal verb, not the 应 of 应急 (市卫生应急办公室要…): subject_units.MODAL_INSIDE.
_MODAL = MODAL_INSIDE.pattern
#: 实施 as a verb, not heading a noun (实施步骤, 实施方案).
_CARRY_OUT = "(?:实施|實施)(?!步骤|步驟|方案|细则|細則|办法|辦法|意见|意見|计划|計劃|情况|情況)"
#: A body as the subject of a modal or duty verb, perhaps after the time or matter it acts on
#: (A应…, A必须…, A负责…, A承担…责任, A在…时，应当…, A对…实施…, A抓紧…), or a standard it is to hold (A不以营利为目的).
_SUBJECT = re.compile(f"^(?P<units>[^，,。；;：:的由对在]{{2,40}}?)(?:在[^，,。；;]{{1,30}}?时[，,]?)?(?:对[^，,。；;]{{1,40}}?[，,]?)?"
                      f"(?:都|均|也)?(?P<verb>必须|必需|应当|{_MODAL}|负责|負責|承担|承擔|{_CARRY_OUT}|抓紧|抓緊|尽快|盡快|{STANCE}){VERB_NOT_NAME}")
#: A long list of fields sharing one kind noun as the subject (A、B、…、P等市场监管领域有关部门要…): each name short, the
#: list longer than one subject's name runs.
#: What the bodies do may come before the list (承担…职责的A、B、…等有关部门), and the list may be set off by a comma
#: before the basis its work opens with, with no modal (…等有关部门，根据…，梳理…).
_LISTED = re.compile(f"^(?:[^，,。；;：:、的]{{2,20}}的)?"
                     f"(?P<units>(?:[^，,。；;：:的由对在、]{{1,15}}、){{3,30}}[^，,。；;：:的由对在、]{{1,30}}?)(?:都|均|也)?"
                     f"(?:(?P<verb>必须|必需|应当|{_MODAL}){VERB_NOT_NAME}|(?<=[门局])[，,](?=(?P<basis>根据|按照|依据|依照|结合)))")
#: The holders of a role in a field written with 的 as the subject (生态环境保护具体事项的牵头部门应当…): the units that
#: hold it there, a collective as 保洁责任单位 is (:func:`zygraph.sentences.everyone.with_roles_held_in_a_field`); not where the
#: field is a matter pointed at (各项工作的牵头单位, 本次活动的主办单位: the units named elsewhere).
_HELD = re.compile(f"^(?!各|该|該|本|此|上述|以上|其他|其它|有关|相关|每)(?P<units>[^，,。；;：:由对在]{{4,30}}的[^，,。；;：:的]{{2,8}}?)(?:都|均|也)?"
                   f"(?P<verb>必须|必需|应当|{_MODAL}){VERB_NOT_NAME}")
_held_in_a_field = with_roles_held_in_a_field()
#: The longest a subject's name runs before its bracket note (…联席会议（简称…）).
_SUBJECT_LONGEST = 40
#: A body after 由 that does what the clause names (考核办法由A会同B组织制定, 结果由A核定后公布).
_BY_SUBJECT = re.compile(f"{BY_WORD}(?P<units>[^，,。；;由]{{2,30}}?)(?:(?:会同|會同)[^，,。；;]{{2,30}}?)?"
                         f"(?P<verb>组织|組織|核定|审定|審定|{DRAFTING_VERBS}|负责|負責){VERB_NOT_NAME}")
#: A clause before the subject that says what the duty is about or when it applies (``对违法的，``, ``…的资金，``).
_CLAUSE = re.compile("[，,]")
#: How far into a sentence the subject patterns above can reach (the longest, _LISTED, about 530 characters): the text
#: they are tried on, so that trying each clause after a condition costs no more on a long sentence.
_REACH = 800

#: The verbs a clause asking a body to write rules ends with before what the rules are to say (请A在…中明确，B要…).
_STATING = ("明确", "明確", "规定", "規定", "写明", "寫明", "载明", "載明")


def piece_subjects(piece: str) -> list[Item]:
    """The bodies a sentence or ；-clause makes its subject, before a modal or duty verb, in its first clause or
    after a clause saying what the duty is about, or after 由; with the partners after 会同, who support; then the
    bodies later clauses open with their own modal verb (…，B要…), and a class of enterprises named by trade.

    >>> [(i.text, i.role) for i in piece_subjects("卫生部门应会同教育部门做好检查。")]
    [('卫生部门', 'responsible'), ('教育部门', 'support')]
    >>> [(i.text, i.role) for i in piece_subjects("对违规的，执法部门必须依法处罚。")]
    [('执法部门', 'responsible')]
    >>> [(i.text, i.role) for i in piece_subjects("市港务局承担安全主体责任。")]
    [('市港务局', 'responsible')]
    >>> [(i.text, i.role) for i in piece_subjects("评比结果由省体育局核定后公布。")]
    [('省体育局', 'responsible')]
    >>> [i.text for i in piece_subjects("各级人民政府、各有关部门，必须严格执法。")]
    ['各级人民政府', '各有关部门']
    >>> [i.text for i in piece_subjects("商务、海关、税务、统计、人力资源社会保障等外贸领域有关部门要加强协作。")]
    ['商务', '海关', '税务', '统计', '人力资源社会保障']
    >>> [(i.text, i.word) for i in piece_subjects("各市人民政府可以结合实际，制定细则。")]
    [('各市人民政府', '可以')]
    >>> piece_subjects("巡查结果应公开。"), piece_subjects("对违规的企业，必须关停；")
    ([], [])
    """
    reading = read_piece(piece)
    return reading.first + reading.later


class Reading(NamedTuple):
    """How a piece was read: its first subject with its partners, the subjects of its later clauses, and the names of
    the rules that chose the first subject (the findings say what was decided from these, not from the text again)."""
    first: list[Item]
    later: list[Item]
    rules: tuple[str, ...] = ()


def read_piece(piece: str) -> Reading:
    """:func:`piece_subjects` as a :class:`Reading`: the first subject with its partners, the subjects of later
    clauses, and the rules that chose the first subject (``defined``, ``said``, ``designated`` (its 主体), ``helping``, ``subject``, ``set_off``,
    ``by``, ``asked`` (请A…), ``guided`` (A在B指导下…), ``surveyed`` (the kinds of parties a regulation binds: surveyed_parties), ``listed``, ``own_case`` (A发现…的，要…), ``fields`` (a list of fields sharing one kind noun), ``held`` (a role's holders in a field), ``form`` (subject_forms), ``permitted``
    (leave to act), ``opening`` (a collective of places with no modal), ``dated`` (the units a deadline is set for:
    dated_subjects), ``pays`` (who bears the cost: payers), ``required`` (the bodies after 应当由 or 分别由)).

    >>> read_piece("县政府根据年度计划，组织实施项目建设。").rules, read_piece("县教育局可以补充项目。").rules
    (('form',), ('permitted',))
    >>> read_piece("市交通局、市公安局，要加强巡查。").rules, read_piece("巡查结果应公开。").rules
    (('set_off',), ())
    >>> read_piece("9月30日前，区建设委、区房管局对照标准完成排查。").rules
    ('dated',)
    >>> read_piece("工程所需资金由县电力公司和县财政局共同承担，其中，县电力公司出资80%。")
    Reading(first=[Item(text='县电力公司', role='responsible', word='出资'), Item(text='县财政局', role='responsible', word='出资')], later=[], rules=('pays',))
    """
    reading = _read_piece(piece)  # and the rules is_body decided by, or a holder's cut (body_rules)
    names = [item.text for item in reading.first + reading.later]
    return reading._replace(rules=reading.rules + body_rules(names, piece, is_body))


def _read_piece(piece: str) -> Reading:
    """:func:`read_piece` before the rules its bodies were decided by."""
    clauses = _CLAUSE.split(piece)
    defined = _defined_subject(clauses[0])
    if defined:
        return Reading(_with_partners(defined, piece), _later_subjects(clauses, 1), ("defined",))
    said = what_body_is(piece, is_body)  # A是…责任主体，要…: what the body is, then its duty
    if said:
        return Reading(_with_partners(said, piece), _later_subjects(clauses, 1), ("said",))
    designated = designated_subjects(clauses[0], is_body)  # 该项目建设主体为A，统筹…: the body carrying the project
    if designated:
        return Reading(_with_partners(designated, piece), _later_subjects(clauses, 1), ("designated",))
    organised = organised_parts(piece, is_body)  # 由A统一组织，B具体实施，C参与: A and B lead, C supports
    if organised:
        return Reading(organised, [], ("organised_parts",))
    joined = "，".join(clauses)
    starts = list(accumulate((len(clause) + 1 for clause in clauses), initial=0))
    for at in _subject_clauses(clauses):
        if clauses[at].lstrip().startswith(WITH):  # …，会同B将…: B a partner, the subject left out
            continue
        # the clauses from here on, as far as the subject patterns reach: a long sentence of conditions stays linear
        head = joined[starts[at]:starts[at] + _REACH]
        asked = _asked_bodies(clauses[at])  # 请A会同B…, 请A、B等部门在…前完成: the notice asks bodies to do the work
        if asked:
            rest = "，".join(clauses[at:])
            # 请A在…规定中明确，B要…: what follows is what A is asked to write, its bodies no subjects of their own
            later = [] if clauses[at].strip().endswith(_STATING) else \
                [item for item in _later_subjects(clauses, at + 1) if item.text not in {i.text for i in asked}]
            partners = [item for item in duty_partners(rest) if item.text not in {i.text for i in asked}]
            return Reading(asked + partners, later, ("asked",))  # 请A会同B…: B supports
        described = described_subject(head, is_body)  # 负责编制规划的A部门应…: a body described by its work, whole
        if described:
            first = _with_partners([Item(described[0], "responsible", described[1])], "，".join(clauses[at:]))
            return Reading(first, _later_subjects(clauses, at + 1), ("described",))
        guided = guided_subject(clauses[at], is_body)  # A在B指导下做好…: no modal, A and its guide B lead
        if guided:
            return Reading(_with_partners(guided, "，".join(clauses[at:])), _later_subjects(clauses, at + 1), ("guided",))
        parties = surveyed_parties(head)  # 国家机关、企业事业单位和个人等调查对象，应当…: each kind of body a subject
        if parties:
            return Reading(parties, [], ("surveyed",))
        helping = helping_subjects(head, is_body)  # A、B等部门要配合C落实…: A and B support, C does the work
        if helping:
            return Reading(helping, [], ("helping",))
        matches = [(rule, found) for rule, found in (
            ("subject", _SUBJECT.match(head)), ("set_off", _SET_OFF.match(head)),
            ("by", _BY_SUBJECT.search(clauses[at])), ("listed", _LISTED.match(head))) if found is not None]
        if not matches:
            held = _HELD.match(head)  # 具体事项的牵头部门应当…: the role's holders in that field
            if held is not None and _held_in_a_field(held.group("units").replace("的", "")):
                first = _with_partners([Item(held.group("units"), "responsible", held.group("verb"))], piece)
                return Reading(first, _later_subjects(clauses, at + 1), ("held",))
            continue
        # the first pattern that matches reads the subject; a list of fields after what they do (承担重要职责的A、B、…等
        # 部门要…) is tried when the first gives no bodies (承担重要: no name before 要)
        for rule, found in matches[:1] + [match for match in matches[1:] if match[0] == "listed"]:
            reading = _subject_reading(rule, found, clauses, at, piece)
            if reading is not None:
                return reading
    own_case = own_case_subjects(piece, is_body)  # A发现B有…的，要…: the body in the case of its own act
    if own_case:
        return Reading([Item(name, "responsible", verb) for name, verb in own_case], [], ("own_case",))
    for at in range(min(len(clauses), _SUBJECT_CLAUSES)):  # 每年要…, 由A根据…印发: subject_forms; A可…: permitted_subjects
        for rule, more in (("form", more_subjects("，".join(clauses[at:]), is_body)),
                           ("permitted", permitted_subjects(clauses[at], is_body))):
            if more:
                first = _with_partners([Item(name, "responsible", verb) for name, verb in more], piece)
                later = [item for item in _later_subjects(clauses, at + 1) if item.text not in {i.text for i in first}]
                return Reading(first, later, (rule,))
    opening = _opening_collective(piece)
    if opening:
        return Reading(_with_partners(opening, piece), _later_subjects(clauses, 1), ("opening",))
    dated = dated_subject_units(piece)  # 9月30日前，A、B对照标准完成…: the units a deadline is set for, no modal
    if dated and all(is_body(item.text) for item in dated):
        return Reading(_with_partners(dated, piece), [], ("dated",))
    paying = sentence_payers(clauses, is_body)  # 所需资金由A和B共同承担，其中，A出资80%…; 共需…元，由A承担
    if paying:
        return Reading(paying, [], ("pays",))
    # …项目，由A核准; 需经A、B审查批准; A和B分别制定…: the holders of a duty or an approval, after 由 or 经
    held = [item for at, clause in enumerate(clauses) for item in clause_holders(clause, is_body, opening=not at)]
    if held:  # partners after 会同 that held_by reads as fields sharing a noun (会同水利、自然资源主管部门) support too
        held += [item for clause in clauses for item in held_by(clause, is_body) if item.role == "support"]
        return Reading(list({item.text: item for item in reversed(held)}.values())[::-1], [], ("holders",))
    # …，应当由A办成…; …，分别由A和B依法办理…: the work required of the bodies after 由, whatever its verb
    required = next((found for clause in clauses if (found := required_by(clause, is_body))), [])
    if required:
        return Reading(_with_partners(required, piece), [], ("required",))
    held = next((found for clause in clauses if (found := held_by(clause, is_body) or mainly_by(clause, is_body))), [])
    # …的，由A制定…; 可由A编制…; 以A为主，…解决
    if held:
        return Reading(_with_partners(held, piece), [], ("held_by",))
    return Reading([], _later_subjects(clauses, _SUBJECT_CLAUSES))


def _subject_reading(rule: str, found: re.Match, clauses: list[str], at: int, piece: str) -> Reading | None:
    """The reading of ``piece`` whose subject ``found`` (matched by the pattern named ``rule`` on the clauses from
    ``at``) names, or None when its names are no bodies, nor fields sharing one kind noun (建设、国土等有关部门)."""
    units = without_manner(found.group("units"))[0]  # 由各乡镇自行制定: 自行 says how
    units, giver = authorised_body(units, is_body)  # 国务院授权电监会具体负责…: 电监会 does it
    own = with_its_own(units, is_body)  # A与其工会: A and its union, before 与 splits them
    names = own if len(own) > 1 else bodies_apart(split_units(units), is_body)
    before = [name for name in bodies_before(clauses, at, is_body) if name not in names] if rule == "subject" else []
    names = before + names if names else names  # A，B要…: bodies opening the sentence alone, set off by a comma
    joined = (("comma_joined",) if before and names else ()) + (("with_its_own",) if len(own) > 1 else ())
    names, parties = without_bound_parties(names, is_body)  # 当地政府和项目单位要…: the project's owner is bound
    # 融资担保、再担保机构要…: financial kinds as the subject; not where the verb describes a noun (A承担的比例不低于…)
    attributive = found.string[found.end():found.end() + 1] == "的"
    financial = financial_subjects(found.group("units")) if rule == "subject" and not attributive else []
    names = financial or names  # 上述金融机构要…: financial kinds pointing back (or cadres, a call) are no units either
    refused = any(cadres(name) or points_back(name) or calls_on(name) for name in names)
    bodies = bool(names) and not refused and (bool(financial) or all(is_body(name) for name in names))
    if not names or not (bodies or (looks_like_unit_list(found.group("units")) and not refused)):
        return None
    rest = "，".join(clauses[at:])
    verb = found.group("verb") or found.groupdict().get("basis") or ""  # …等部门，根据…: its basis
    # A、B等部门要积极配合，以保证…; A要…，配合做好…: their duty is only to help, so they support
    # (only in the subject's own clauses: 各地应…，A、B应明确分工、密切配合: the later subjects' 配合 is theirs)
    own = next((end for end in range(at + 1, len(clauses)) if _later_subjects(clauses[end:end + 1], 0)), len(clauses))
    duty = "，".join(clauses[at:own])[found.start("verb"):]
    role = "support" if found.group("verb") and helps_only(duty) else "responsible"
    first = _with_partners([Item(name, role, verb) for name in names], rest)
    first += [item for item in helping_units(clauses[at:], is_body) if item.text not in {i.text for i in first}]
    # A负责指导、协调C和D配合…: C and D help with a verb of their own
    for item in (item for clause in clauses[at:] for item in guided_helpers(clause, is_body)):
        first += [item] if item.text not in {i.text for i in first} else []
    # A要组织B、C等有关部门，分工协作，密切配合，…: B and C work together on A's task, a verb of their own
    # (only in the subject's own clauses: bodies a later subject organises are that subject's)
    organised = [item for item in organised_helpers("，".join(clauses[at:own]), is_body)
                 if item.text not in {i.text for i in first}]
    first += organised
    later = [item for item in _later_subjects(clauses, at + 1) if item.text not in {i.text for i in first}]
    helping = ("helps_only",) if role == "support" else ()
    helping += ("organised",) if organised else ()
    return Reading(first, later, ((rule,) if bodies else (rule, "fields")) + helping + (("parties",) if parties else ())
                   + joined + (("authorised",) if giver else ()))


def _opening_collective(piece: str) -> list[Item]:
    """The collective of places (各…) opening ``piece`` with its verb and no modal, as the sections reader reads it
    (:func:`zygraph.readers.subjects.collective_subject`): each place of the level does the work, so it is the duty's
    subject (``各省、自治区根据…，进行…``); [] where the sentence reports work done, or gives leave to act
    (``各省、自治区可根据…``: :func:`zygraph.sentences.permitted_subjects.permitted_subjects` owns that form).

    >>> [(i.text, i.role) for i in _opening_collective("各市、县级人民政府结合实际，制定实施细则。")]
    [('各市、县级人民政府', 'responsible')]
    >>> _opening_collective("市环保局结合实际，制定细则。"), _opening_collective("各乡镇积极组织，共完成造林2万亩。")
    ([], [])
    >>> _opening_collective("各市、县级人民政府可结合实际，制定实施细则。")
    []
    """
    opening = _CLAUSE.split(piece)[0]
    found = collective_subject(opening) if not gives_leave(opening) else None
    if not found or reports_tally(piece) or not all(is_body(item.text) for item in found):
        return []
    return found


def _asked_bodies(clause: str) -> list[Item]:
    """The bodies ``clause`` asks to do its work with 请 (:func:`zygraph.sentences.asked_units.asked_units`), each a body by its
    form; [] where it asks none, or names what is no body.

    >>> [(i.text, i.role) for i in _asked_bodies("请水利部、农业农村部等部门在6月底前完成修订")]
    [('水利部', 'responsible'), ('农业农村部', 'responsible')]
    >>> [i.text for i in _asked_bodies("请在主会场参会的单位将回执报送县政府办")]
    ['在主会场参会的单位']
    >>> _asked_bodies("请各有关单位做好准备"), _asked_bodies("请示县政府按程序办理")
    ([], [])
    """
    asked = asked_units(clause) or []
    # 请在主会场参会的单位将…: units by their part in a meeting, bodies as written
    return asked if asked and all(is_body(item.text) or attending_units(item.text) for item in asked) else []


def _subject_clauses(clauses: list[str]) -> list[int]:
    """Where a subject may stand among ``clauses``: the first two, and after a clause setting a case (凡…的地方，A要…).

    >>> _subject_clauses(["全面收费", "标准要合理", "凡收费不到位的地方", "县财政局要补助"])
    [0, 1, 3]
    """
    return sorted(set(range(min(len(clauses), _SUBJECT_CLAUSES))) | set(condition_ends(clauses)))


def _defined_subject(clause: str) -> list[Item]:
    """The body a sentence opens with while defining its short name (``A（简称B）按照…，加强…``): the subject of what
    the sentence says it does, whatever its verb; [] when the clause opens otherwise.

    >>> [(i.text, i.role) for i in _defined_subject("全省河湖长制联席会议（简称联席会议）按照省委部署")]
    [('全省河湖长制联席会议', 'responsible')]
    >>> _defined_subject("《河道管理条例》（以下简称《条例》）规定"), _defined_subject("成立工作专班（简称专班）")
    ([], [])
    """
    note = NAME_NOTE.search(clause)
    names = split_units(clause[:note.start()]) if note and 2 <= note.start() <= _SUBJECT_LONGEST else []
    return [Item(name, "responsible", "") for name in names] if names and all(map(is_body, names)) else []


def _with_partners(modal: list[Item], rest: str) -> list[Item]:
    """The modal subject ``modal`` with the partners the duty names after 会同 (``A应…，会同B…``), who support; a
    "partner" holding a subject's name is the subjects' own list read unsplit (``B和C要积极配合``: B和C), no partner.

    >>> [i.text for i in _with_partners([Item("甲局", "support", "要"), Item("乙公司", "support", "要")],
    ...                                 "甲局和乙公司要积极配合，做好相关工作。")]
    ['甲局', '乙公司']
    """
    partners = [item for item in duty_subject_units(rest) or [] if item.role == "support"]
    return modal + [item for item in partners if item.text not in {unit.text for unit in modal}
                    and not any(unit.text in item.text for unit in modal)]
