"""The one grammar of role words, over unit lists (:mod:`zygraph.names.unitlist`), that every reader calls.

Readers differ in how they find a cell (a TAB line, a Word or web table, a
bracket closing a paragraph); what the text of that cell means is read here:

* unit lists, split by :func:`zygraph.names.unitlist.split_units`;
* people and rules inside a group: officials (``分管副省长负责``) are no units, and a
  sentence stating a rule (``列第一位的为牵头部门，其他部门按职责分工负责``) names none;
* role labels: ``牵头单位：A，配合单位：B`` (and 主责单位, 责任单位, 参与单位 …; the words themselves are
  :mod:`zygraph.sentences.role_words`);
* role verbs after the units: ``A、B负责``, ``由A牵头，B参加``, ``A会同B负责``;
* the first unit listed leads when the notice says so (:data:`zygraph.names.list_marks.FIRST_LEADS`).

Units named outside a group (in sentences, headings, bare brackets, for every later
task) are read by :mod:`zygraph.sentences.statements` with these words.

Traditional forms (牽頭, 負責) are read as well as Simplified. Every function
runs in time linear in its input and without recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zygraph.names.list_marks import CLAUSE_MARKS as _CLAUSE
from zygraph.names.list_marks import CLOSING as _CLOSE
from zygraph.names.list_marks import OPENING as _OPEN
from zygraph.names.list_marks import BY, BY_WORD, FIRST_LEADS, VERB_NOT_NAME, both_forms, split_outside_brackets
from zygraph.names.listlike import LEAD_SYMBOLS, looks_like_unit_list, plausible_name
from zygraph.names.unitlist import split_units
from zygraph.names.verb_manner import without_manner
from zygraph.sentences.role_words import (LABEL, LABEL_IS, LABEL_SLIP, NEUTRAL_LABEL, PERSON_LABEL, STRONG_VERB_END,
                                          VERBS, VERB_END, VERB_THEN_COMMA, WEAK_FORMS, has_role_words, role_of)

__all__ = ["Item", "parse_group", "officials", "split_clauses", "cell_items", "has_lead_mark", "assign_roles",
           "names_units", "SENTENCE_MARK", "SENTENCE_AFTER", "CLAUSE_AFTER"]

_HUITONG = re.compile("会同|會同")
#: A clause whose units carry a role verb of their own before the work they do (由A牵头组建X, A负责制定Y): waiting for
#: a later clause's verb (，B配合), its units keep their own role, and the work is no part of their name.
_ROLE_THEN_WORK = re.compile(f"^(?P<units>[^，,；;：:]+?)(?P<verb>{'|'.join(both_forms(VERBS))}){VERB_NOT_NAME}"
                             "(?=[\u4e00-\u9fff])")
_ASSIST = re.compile("配合|协助|協助")
#: A clause giving a time, not units: 年内持续推进, 2023年底前完成, 长期坚持.
_TIME_CLAUSE = re.compile("^(\\d{4}年|年内|年底|今年|长期|長期|持续|持續|完成时限|时限|時限|按期|逐步|每年|\\d+月)")

#: A clause that opens a sentence stating a rule, which names no units: the positional rule, or a condition
#: (明确牵头部门的，其他有关部门配合 / 未明确牵头单位的，…): the rest of its sentence is the rule.
_RULE_START = re.compile(f"{FIRST_LEADS.pattern}|的$")
#: 不逐一列出, 不再列出, 不一一列明: the notice says it leaves units out.
_NOT_LISTED = re.compile("^(不|不再|不另)(逐一|一一)?(列出|列明|标注|列举)$")
#: A person's title, not a unit: 分管副省长, 协管副秘书长, 常务副市长, 县委书记, 办公室主任, 村干部 (cadres).
_OFFICIAL = re.compile("(省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|秘书长|书记|主任|主席|领导|同志|负责人|长助理|干部|幹部)$")
#: How officials are called by their given names, which those listed before share: 奇帆、家农同志 (two comrades).
_COMRADE = "同志"
#: A given name said with 同志: two or three Han characters, no unit's kind (奇帆, 家农).
_GIVEN_NAME = re.compile("^[\u4e00-\u9fff]{2,3}$")
#: The verb asking people to take charge, before their names: 请奇帆、家农同志负责.
_ASKED = "请"
_SENTENCE_END = "。；;"
#: A mark ending a sentence or a duty's ；-clause: a heading, a title or a line of units holds none.
SENTENCE_MARK = re.compile("[。；;！!？?]")
#: Where a sentence ends, after its full stop or exclamation mark: split at it to read a text sentence by sentence.
SENTENCE_AFTER = re.compile("(?<=[。！!])")
#: Where a clause of a sentence ends, after its comma: split at it to read a sentence clause by clause.
CLAUSE_AFTER = re.compile("(?<=[，,])")
#: A label that names no role (适用范围：, 完成时限：, 工作目标：): what follows it, to the sentence's end, is no unit.
_OTHER_LABEL = re.compile("^[\u4e00-\u9fff]{2,6}[：:]")
#: A note after a unit saying it leads: （牵头）, （数据统计评估牵头单位）.
_LEAD_MARK = re.compile("[（(][^（()）]{0,12}?(牵头|牽頭|牵头单位|牵头部门|主责)[）)]$")
#: A symbol a table puts before or after its lead unit's name: ★区发改委、统计局; 区财政局*、区发改局.
_SYMBOL_MARK = re.compile(f"^[{re.escape(LEAD_SYMBOLS)}]+|[{re.escape(LEAD_SYMBOLS)}]+$")
_BRACKETED = re.compile("[（(][^（()）]*[）)]")
#: Dashes that open a line of units under a task (──由A会同有关部门组织落实), as a bullet would.
_DASHES = "─━—―－-  "
_OTHERS = ("其他", "其它", "其余", "有关", "相关", "各有关", "各相关")
#: What opens a line of units under the task it closes: 由, 请, or the work said again before 由
#: (此项工作由A、B负责 / 该项任务由A会同B负责: the task above is the work), or the copula of
#: 农产品整治组（是县农牧局牵头）, "it is A that leads".
_UNITS_OPENING = re.compile("^(?:(?:具体|具體)由|(?:此项|该项|这项|本项|上述|以上|此|该|該|這)(?:工作|任务|任務)?由|"
                            f"{BY_WORD}|請|请|是)")


@dataclass(frozen=True)
class Item:
    """One unit named in a cell: its text as written, its role, and the word that gave the role.

    ``role`` is ``"lead"``, ``"support"`` or ``"responsible"`` (named with
    责任单位 or 负责: see :func:`assign_roles`), or ``"person"`` for an official
    named in the group (分管副省长), who is no unit; ``word`` is ``""`` for a unit
    of a plain list, whose role is its table column's.
    """

    text: str
    role: str
    word: str


def has_lead_mark(text: str) -> bool:
    """True when ``text`` marks a unit as the lead: a symbol (★区发改委、统计局; 区财政局*) or a note
    (区统计局（数据统计评估牵头单位）).

    >>> has_lead_mark("★区发改委、统计局"), has_lead_mark("区发改委、统计局"), has_lead_mark("区统计局（评估牵头单位），区财政局")
    (True, False, True)
    """
    return any(_SYMBOL_MARK.search(part.strip()) or _LEAD_MARK.search(part.strip())
               for part in split_outside_brackets(text, "、，,；;")[0])


def names_units(items: list[Item], known=None) -> bool:
    """True when ``items`` name units and no person: read as one list, they look like units, a place
    beside them allowed (``各街道、板块协办``: 板块 is the district's development areas, as a 功能区 is).

    Examples
    --------
    >>> names_units(parse_group("区科技局主办，各街道、板块协办")), names_units(parse_group("各部门要抓好落实"))
    (True, False)
    """
    return bool(items) and all(item.role != "person" for item in items) \
        and looks_like_unit_list("、".join(item.text for item in items), known)


def parse_group(text: str, known=None) -> list[Item] | None:
    """Read a group that names units with their roles; None when it is not one.

    The group is read clause by clause (clauses end at ，；。 outside brackets):
    a clause that starts with a label (``牵头单位：``) gives its units that
    label's role, and the clauses after it keep that label until the next;
    a clause that ends with a verb (``负责``, ``牵头``, ``参加`` …) gives the
    units before the verb its role (and those of the clauses without a role
    word just before it: ``A、B，C负责``), the units after 会同 support.

    Examples
    --------
    >>> [(i.text, i.role) for i in parse_group("由A局、B局牵头，C委、D办参加")]
    [('A局', 'lead'), ('B局', 'lead'), ('C委', 'support'), ('D办', 'support')]
    >>> [(i.text, i.role, i.word) for i in parse_group("牵头单位：市科技局；配合单位：市科协，各区、县级市")]
    [('市科技局', 'lead', '牵头单位'), ('市科协', 'support', '配合单位'), ('各区、县级市', 'support', '配合单位')]
    >>> [(i.text, i.role) for i in parse_group("市科协会同市教育局负责")]
    [('市科协', 'responsible'), ('市教育局', 'support')]
    >>> [(i.text, i.role) for i in parse_group("此项工作由市城管局、市交通委负责")]
    [('市城管局', 'responsible'), ('市交通委', 'responsible')]
    >>> [(i.text, i.role) for i in parse_group("由县民政局牵头组建专班，县财政局配合")]
    [('县民政局', 'lead'), ('县财政局', 'support')]
    >>> parse_group("2023年底前完成") is None
    True

    A label's note on the order its units are listed in, before its colon, is the label's (its word keeps it):

    >>> [(i.text, i.role, i.word) for i in parse_group("责任处室（按处室顺序排列，下同）：办公室、人事处（人才处）")]
    [('办公室', 'responsible', '责任处室（按处室顺序排列，下同）'), ('人事处（人才处）', 'responsible', '责任处室（按处室顺序排列，下同）')]
    """
    known = known or (lambda name: False)
    text, slips = _colon_for_mark(text, known)
    items, label, waiting = [], None, []  # waiting: clauses of units whose verb comes later (A、B，C负责)
    in_rule = False  # inside a sentence that states a rule (列第一位的为牵头部门，其他部门…负责): no units
    in_note = False  # inside a sentence under a label that names no role (适用范围：…，以下…): no units
    notes = {}  # label -> the note on its order written before its colon (（按处室顺序排列，下同）)
    for clause, ends_sentence in split_clauses(text):
        clause = _with_colon(clause, known)
        if in_note or (_OTHER_LABEL.match(clause) and not LABEL.match(clause) and not NEUTRAL_LABEL.match(clause)
                       and not PERSON_LABEL.match(clause)):
            in_note, label = not ends_sentence, None
            continue
        rule = _RULE_START.search(_BRACKETED.sub("", clause))  # not 市财政局（第一责任单位为牵头单位）: read below
        if (in_rule and _restates_others(clause, known)) or rule or _NOT_LISTED.search(clause):
            in_rule = not ends_sentence and (in_rule or rule is not None)
            label = None
            continue
        in_rule = False
        if PERSON_LABEL.match(clause) or _TIME_CLAUSE.match(clause) or clause.strip("。 ") == "下同":
            label = None  # a person or a deadline: no units
            continue
        people = officials(clause, known)
        if people:
            items += [Item(name, "person", "") for name in people]  # 分管副省长负责: people in charge, not units
            label = None
            continue
        neutral = NEUTRAL_LABEL.match(clause)
        if neutral:
            clause, label = clause[neutral.end():].strip(), None
        marks = list(LABEL.finditer(clause))
        if marks:
            head = clause[: marks[0].start()].strip(" （(【[〔")
            if head:
                if label is None:
                    return None
                items += _units(head, label, known)
            for mark, after in zip(marks, marks[1:] + [None]):
                label = mark.group(1)
                if mark.group("note"):  # 责任处室、单位（按处室、单位顺序排列，下同）：: the label's note, for the finding
                    notes[label] = mark.group("note")
                items += _units(clause[mark.end(): after.start() if after else len(clause)], label, known)
            continue
        verb = VERB_END.search(clause)
        if verb is not None and verb.group(1) in WEAK_FORMS and not looks_like_unit_list(
                "、".join(waiting + [clause[: verb.start()]]), known):
            verb = None  # 抓好政策落实: a task's words, not units
        if verb is not None:  # A、B，C负责: each clause's units take the verb (a unit never spans the comma)
            for units in waiting:  # 由A牵头组建X，B配合: A's own verb, not 配合
                items += _own_verbs(units, known) or _verb_clause(units, verb.group(1), known)
            items += _verb_clause(clause[: verb.start()], verb.group(1), known)
            label, waiting = None, []
        elif _HUITONG.search(clause):
            items += _verb_clause(clause, "牵头", known)
            label = None
        elif label is not None:  # the label's list goes on after a comma: the name before may scope it
            items += _units(clause, label, known, items[-1].text if items else "")
        else:
            waiting.append(clause)
    if waiting or all(item.role == "person" for item in items) or not all(plausible_name(item.text) for item in items):
        return None
    return [Item(i.text, i.role, i.word + slips.get(i.word, "") + notes.get(i.word, ""))
            if i.word in slips or i.word in notes else i for i in items]


def _colon_for_mark(text, known):
    """``责任单位；A、B`` as ``责任单位：A、B`` when a label opens a clause closed by ；，;, and units follow; with
    {label: mark} for each, which its units' word keeps (责任单位；) for the finding.

    >>> _colon_for_mark("责任单位；县财政局、各村组", None), _colon_for_mark("（责任单位，加强领导）", None)
    (('责任单位：县财政局、各村组', {'责任单位': '；'}), ('（责任单位，加强领导）', {}))
    """
    slips = {}
    for found in reversed(list(LABEL_SLIP.finditer(text))):
        names = split_units(found.group(3), known)  # the first a unit by its form: 各乡镇场 beside it need not be
        if names and looks_like_unit_list(names[0], known) and all(map(plausible_name, names)):
            slips[found.group(1)] = found.group(2)
            text = f"{text[: found.start(2)]}：{text[found.end(2):]}"
    return text, slips


def _with_colon(clause, known):
    """``主责单位是A、B`` as ``主责单位：A、B`` when A、B look like units; ``牵头领导是张某`` as ``牵头领导：张某``.

    >>> _with_colon("主责单位是市交通委、市公安局", None), _with_colon("责任单位为主体", None)
    ('主责单位：市交通委、市公安局', '责任单位为主体')
    """
    found = LABEL_IS.match(clause)
    if found is None:
        return clause
    rest = clause[found.end():]
    if PERSON_LABEL.match(found.group(1) + "：") or looks_like_unit_list(VERB_END.sub("", rest), known):
        return f"{found.group(1)}：{rest}"
    return clause


def split_clauses(text):
    """The clauses of ``text`` (split at ，；。 outside brackets), each with True where a sentence ends after it.

    >>> split_clauses("A局牵头，B局（含C、D）配合。下同")
    [('A局牵头', False), ('B局（含C、D）配合', True), ('下同', True)]
    """
    pieces, marks = split_outside_brackets(text, _CLAUSE)
    ends = [mark in _SENTENCE_END for mark in marks] + [True]
    return [(part.strip(), end and last) for piece, end in zip(pieces, ends)
            for part, last in _at_verbs(piece) if part.strip(" \t\u3000")]


def _at_verbs(clause):
    """The parts of a clause cut at each 、 that follows a role verb (A牵头、B配合), each with True for the last.

    >>> _at_verbs("市发改委牵头、市财政局、市商务局配合"), _at_verbs("市科协、市科技局配合")
    ([('市发改委牵头', False), ('市财政局、市商务局配合', True)], [('市科协、市科技局配合', True)])
    """
    if not VERB_THEN_COMMA.search(clause):
        return [(clause, True)]  # most clauses: no verb before a 、
    parts, _ = split_outside_brackets(clause, "、")
    out, run = [], []
    for part in parts:
        run.append(part)
        verb = STRONG_VERB_END.search(part)
        if verb and verb.start() > 0 and part is not parts[-1]:
            out.append("、".join(run))
            run = []
    out.append("、".join(run))
    return [(part, index == len(out) - 1) for index, part in enumerate(out)]


def _restates_others(clause, known):
    """True for a clause of a rule that names only "the others" (其他部门和单位按职责分工负责, 其他有关部门配合)."""
    verb = VERB_END.search(clause)
    names = split_units(clause[: verb.start()] if verb else clause, known)
    return all(name.startswith(_OTHERS) for name in names)


def officials(clause, known=None):
    """The names of a clause when all are officials (分管副省长、协管副秘书长负责), else [].

    ``known(name)`` is true for a registry name, which is a unit, not an official.

    >>> officials("分管副省长、协管副秘书长负责"), officials("省科技厅牵头"), officials("周某某市长")
    (['分管副省长', '协管副秘书长'], [], ['周某某市长'])

    Comrades named by their given names share the 同志 after the last (``奇帆、家农同志负责``): each is a person.

    >>> officials("请奇帆、家农同志负责"), officials("公安、交通部门负责")
    (['奇帆', '家农同志'], [])
    """
    verb = VERB_END.search(clause)
    names = split_units(clause[: verb.start()] if verb else clause, known)
    known = known or (lambda name: False)
    if names and names[-1].endswith(_COMRADE):  # 请奇帆、家农同志负责: the comrades asked to take charge
        names[0] = names[0].removeprefix(_ASKED)
    comrades = bool(names) and names[-1].endswith(_COMRADE) and all(  # 奇帆、家农同志: the names share its 同志
        _GIVEN_NAME.match(name) and not looks_like_unit_list(name, known) for name in names[:-1])
    return names if names and all((comrades or _OFFICIAL.search(name)) and not known(name) for name in names) else []


def _units(text, word, known, after=""):
    verb = VERB_END.search(text)  # 责任单位：A、B按职责分工负责: the verb restates the label
    if verb is not None:
        text = text[: verb.start()]
        if role_of(verb.group(1)) == "lead" and role_of(word) != "lead":
            word = verb.group(1)  # 责任单位：A、B分别牵头: the verb says they lead
    return _marked(split_units(_unbalanced_close(text.strip()), known, after), role_of(word), word)


def _unbalanced_close(text):
    """Drop closing brackets left over from the group around the units: ``区发改局)``, not ``各街道(功能区)``."""
    while text and text[-1] in _CLOSE and sum(text.count(c) for c in _CLOSE) > sum(text.count(c) for c in _OPEN):
        text = text[:-1].rstrip()
    return text


def _own_verbs(clause: str, known) -> list[Item]:
    """The units of a clause that carry role verbs of their own before their work (由A牵头组建X; A负责X、B负责Y),
    each in its verb's role; [] when the clause is not so."""
    parts = clause.split("、")
    for pieces in ([parts] if len(parts) > 1 else []) + [[clause]]:
        found = [_ROLE_THEN_WORK.match(piece) for piece in pieces]
        if all(found) and all(looks_like_unit_list(BY.sub("", own.group("units"), count=1).strip(), known)
                              for own in found):
            return [item for own in found for item in _verb_clause(own.group("units"), own.group("verb"), known)]
    return []


def _verb_clause(units, verb, known):
    units = units.strip().lstrip(_DASHES)  # ──由A会同B组织落实: a dash opens the unit line
    units = _UNITS_OPENING.sub("", units)
    units, overall = without_manner(units, known)  # A、B等单位积极配合, A总牵头: how they do it is no part of a name
    verb = overall + verb  # 总牵头 leads as 牵头 does: the role word keeps how far it reaches, for the finding
    together = _HUITONG.search(units)
    assist = _ASSIST.search(units)
    if together is None and assist is not None and assist.start() > 0:
        # A配合B落实: A supports, B does what the verb says
        return ([Item(name, "support", assist.group(0)) for name in split_units(units[: assist.start()], known)]
                + _units(units[assist.end():], verb, known))
    if together is None:
        return _units(units, verb, known)
    head = _units(units[: together.start()], verb, known)
    return head + [Item(name, "support", together.group(0)) for name in split_units(units[together.end():], known)]


def cell_items(text: str, role: str, known=None) -> list[Item]:
    """Read a table cell: role words in it decide, else every unit gets the column's ``role``.

    Examples
    --------
    >>> [(i.text, i.role) for i in cell_items("市科协、市教育局", "support")]
    [('市科协', 'support'), ('市教育局', 'support')]
    >>> [(i.text, i.role) for i in cell_items("市科协牵头，市教育局配合", "lead")]
    [('市科协', 'lead'), ('市教育局', 'support')]
    >>> [(i.text, i.role) for i in cell_items("市科技局、市科协（牵头）、市妇联", "support")]
    [('市科技局', 'support'), ('市科协', 'lead'), ('市妇联', 'support')]
    >>> [(i.text, i.role) for i in cell_items("市商务局、市发改委；省牵头单位：省商务厅", "lead")]
    [('市商务局', 'responsible'), ('市发改委', 'responsible'), ('省商务厅', 'lead')]
    >>> [(i.text, i.role) for i in cell_items("区统计局（数据统计评估牵头单位），区财政局", "support")]
    [('区统计局', 'lead'), ('区财政局', 'support')]
    """
    if has_role_words(text):
        items = parse_group(text, known)
        if items:
            return items
        clauses = [clause for clause in re.split("[；;\n]", text) if clause.strip()]
        if len(clauses) > 1:  # 市农业农村局、市商务局；省牵头单位：省农业农村厅: a second paragraph names the lead
            items = [item for clause in clauses for item in (
                (parse_group(clause, known) if has_role_words(clause) else None)
                or [Item(name, "responsible", "") for name in split_units(clause, known)])]
            if any(item.role == "lead" for item in items):
                return items
    return _marked(split_units(text, known), role, "")


def _marked(names, role, word):
    """Items of ``names`` in ``role``, but a name marked ``（牵头）`` or ``★`` leads and then the others support.

    ``市科技局（牵头）、市科协`` and ``★区发改委、统计局`` are how a single cell often names its lead.

    >>> [(i.text, i.role) for i in _marked(["★区发改委", "统计局"], "lead", "")]
    [('区发改委', 'lead'), ('统计局', 'support')]
    >>> [(i.text, i.role) for i in _marked(["区财政局*", "区发改局"], "lead", "")], _marked(["★生态环境局"], "lead", "")
    ([('区财政局', 'lead'), ('区发改局', 'support')], [Item(text='生态环境局', role='lead', word='')])
    """
    symbols = [_SYMBOL_MARK.search(name) for name in names]
    if any(symbols):  # ★区发改委、统计局: the marked unit leads; a mark on every unit marks none
        names = [_SYMBOL_MARK.sub("", name) for name in names]
        if not all(symbols):
            return [Item(name, "lead", symbol.group(0)) if symbol else Item(name, "support", word or "★")
                    for name, symbol in zip(names, symbols) if name]
    marks = [_LEAD_MARK.search(name) for name in names]
    marks = [mark if mark and mark.start() > 0 else None for mark in marks]  # （牵头） alone names no unit
    if not any(marks):
        return [Item(name, role, word) for name in names if name]
    return [Item(name[: mark.start()], "lead", mark.group(0)) if mark else Item(name, "support", word or "（牵头）")
            for name, mark in zip(names, marks)]


def assign_roles(items: list[Item], first_leads: bool = False) -> tuple[list[str], list[str], str]:
    """Give every item lead or support, and say by which rule.

    牵头/主责/指导 lead; 配合/参与/参加/协助/协同/协办 and the unit after 会同
    support. Units named with 责任单位 or 负责 lead when no lead is named,
    all of them unless the document says the first listed leads
    (``first_leads``); beside a named lead they support.

    Returns
    -------
    leads, supports : list of str
    rule : str
        The sentence for the ``role_rule`` finding.

    Examples
    --------
    >>> assign_roles(parse_group("A局、B局负责"), first_leads=True)
    (['A局'], ['B局'], 'the first unit named with 负责 leads, as a note in the document says: lead A局; support B局')
    """
    people = "、".join(i.text for i in items if i.role == "person")
    leads = [i.text for i in items if i.role == "lead"]
    supports = [i.text for i in items if i.role == "support"]
    responsible = [i.text for i in items if i.role == "responsible"]
    words = {role: "、".join(dict.fromkeys(i.word for i in items if i.role == role and i.word))
             for role in ("lead", "support", "responsible")}
    named = f"named with {words['responsible']}" if words["responsible"] else "named by a heading or as their duty's subject"
    if responsible and not leads and first_leads:
        leads, supports = responsible[:1], responsible[1:] + supports
        why = f"the first unit {named} leads, as a note in the document says"
    elif responsible and not leads:
        leads = responsible
        why = f"the units {named} are all responsible and no 牵头 is named, so all lead"
    else:
        supports = responsible + supports  # 责任单位 beside a 牵头单位 share the work
        said = [words["lead"], "、".join(filter(None, (words["support"], words["responsible"])))]
        why = f"roles from the words {said[0] or '-'} (lead) and {said[1] or '-'} (support)"
    tail = f"; support {'、'.join(supports)}" if supports else ""
    tail += f"; people, not units: {people}" if people else ""
    return leads, supports, f"{why}: lead {'、'.join(leads)}{tail}"


