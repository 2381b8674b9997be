"""The one grammar of unit lists and role words that every reader calls.

Readers differ in how they find a cell (a TAB line, a Word or web table, a
bracket closing a paragraph); what the text of that cell means is read here:

* unit lists: names separated by 、，,；;/ outside brackets, or by 和/及/与 where
  both sides are units; suffixes such as 等, 等有关部门, 按职责分工 are dropped;
  collectives (各有关区、县级市, 各县（市、区）) stay one unit;
* role labels: ``牵头单位：A，配合单位：B`` (and 主责单位, 责任单位, 参与单位 …);
* role verbs after the units: ``A、B负责``, ``由A牵头，B参加``, ``A会同B负责``;
* document-wide sentences: the first unit listed leads (:data:`FIRST_LEADS`),
  units every later task carries (:func:`document_wide_units`).

Traditional forms (牽頭, 負責) are read as well as Simplified. Every function
runs in time linear in its input and without recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Item", "split_units", "looks_like_unit_list", "parse_group", "cell_items", "assign_roles", "has_role_words",
           "document_wide_units", "without_document_wide", "sentence_units", "starts_with_label", "label_start",
           "names_a_person", "units_by_space", "FIRST_LEADS", "LABELS", "VERBS"]

#: Simplified -> Traditional for the characters of the role words, so each word is matched in both forms.
_TRADITIONAL = str.maketrans("牵头负责单门与协办导职参实会关为个级区县务资", "牽頭負責單門與協辦導職參實會關為個級區縣務資")


def _both(words):
    """Each word in its Simplified and Traditional form, longest first (so regex alternation prefers it)."""
    forms = {form for word in words for form in (word, word.translate(_TRADITIONAL))}
    return sorted(forms, key=lambda w: (-len(w), w))


#: Label -> role. ``responsible`` units all lead unless a lead is named too (see :func:`assign_roles`).
LABELS = {
    "牵头单位": "lead", "牵头部门": "lead", "牵头责任单位": "lead", "牵头负责单位": "lead", "牵头负责部门": "lead",
    "主责单位": "lead", "主责部门": "lead", "主办单位": "lead", "牵头": "lead",
    "责任单位": "responsible", "责任部门": "responsible", "负责单位": "responsible", "责任主体": "responsible",
    "配合单位": "support", "配合部门": "support", "参与单位": "support", "参与部门": "support",
    "协办单位": "support", "协同单位": "support", "协助单位": "support", "配合": "support",
    "协同责任单位": "support", "配合责任单位": "support", "协作单位": "support",
}
#: Verb -> role, for units written before the verb (``A、B负责``).
VERBS = {
    "牵头负责": "lead", "牵头落实": "lead", "牵头": "lead", "主责": "lead", "指导": "lead", "主抓": "lead",
    "按职责分工负责": "responsible", "按职责负责": "responsible", "分别负责": "responsible", "共同负责": "responsible",
    "负责落实": "responsible", "具体负责": "responsible", "负责": "responsible",
    "配合": "support", "参与": "support", "参加": "support", "协助": "support", "协同": "support", "协办": "support",
    "按职责分工配合": "support", "共同参与": "support",
}
_ROLE_OF = {form: role for table in (LABELS, VERBS) for word, role in table.items() for form in _both([word])}
_LABEL = re.compile(f"({'|'.join(_both(LABELS))})\\s*[：:]")
_VERB_END = re.compile(f"({'|'.join(_both(VERBS))})[\\s。.]*$")
_HUITONG = re.compile("会同|會同")
#: A clause naming a person, not a unit (责任领导：张三, 分管省领导：李四): skipped.
_PERSON = re.compile("^[^：:，,；;]{0,8}(领导|領導|责任人|責任人|联系人|聯繫人)\\s*[：:]")
#: A label whose units carry their own verbs: 部门分工：A牵头，B配合.
_NEUTRAL = re.compile("^(部门分工|部門分工|责任分工|責任分工|任务分工|分工|职责分工)\\s*[：:]")
_NEUTRAL_ANYWHERE = re.compile("(部门分工|部門分工|责任分工|責任分工|职责分工)\\s*[：:]")
#: A clause giving a time, not units: 年内持续推进, 2023年底前完成, 长期坚持.
_TIME_CLAUSE = re.compile("^(\\d{4}年|年内|年底|今年|长期|長期|持续|持續|完成时限|时限|時限|按期|逐步|每年|\\d+月)")
_ROLE_WORD = re.compile(f"{_LABEL.pattern}|({'|'.join(_both(VERBS))})\\s*([，,；;。)）]|$)|会同|會同")

#: Sentences by which a document says that the first unit listed leads, in any wording:
#: 列第一位者为牵头单位, 排在第一位的部门为牵头部门, 第一个为牵头单位, 牵头单位排在首位.
FIRST_LEADS = re.compile(
    "(第一位|首位|第一个|第一家|最前面?|第一)(者|的|个)?(责任)?(单位|部门)?[为是系]?(牵头|主责|牽頭)"
    "|(牵头|牽頭)(单位|部门|單位|部門)?(排|列)[在于於]?(第一位|首位|最前)"
)
_DOCUMENT_WIDE = re.compile(
    "(?:以下|具体任务|各项任务|所有任务|上述任务)[^。，,；;]{0,6}?(?:均需|均由|均涉及|均要|都需|都由|都涉及|均为|均)"
    "(?P<units>[^。，,；;]{2,40}?)(?:落实|负责|承担|参与|配合|牵头)?[，,]?(?:不再|不一一|不另)(?:列出|列明|标注|做分工|分工)"
    "(?:[，,]?下同)?[。；;]?"
)
#: A clause that opens a sentence stating a rule, which names no units: the positional rule, or a condition
#: (明确牵头部门的，其他有关部门配合 / 未明确牵头单位的，…): the rest of its sentence is the rule.
_RULE_START = re.compile(f"{FIRST_LEADS.pattern}|的$")
#: 不逐一列出, 不再列出, 不一一列明: the notice says it leaves units out.
_NOT_LISTED = re.compile("^(不|不再|不另)(逐一|一一)?(列出|列明|标注|列举)$")
#: A person's title, not a unit: 分管副省长, 协管副秘书长, 常务副市长, 县委书记, 办公室主任.
_OFFICIAL = re.compile("(省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|秘书长|书记|主任|主席|领导|同志|负责人)$")
_SENTENCE_END = "。；;"
_BRACKETED = re.compile("[（(][^（()）]*[）)]")
_OTHERS = ("其他", "其它", "其余", "有关", "相关", "各有关", "各相关")
_SEPARATORS = "、，,;；/"
_OPEN, _CLOSE = "（(【[〔［", "）)】]〕］"
_CLAUSE = "，,；;。"
_JOINERS = ("和", "及", "与", "與")
_JOINER = re.compile("和|及|与|與")
_SUFFIXES = _both(("等有关部门和单位", "等有关单位和部门", "等有关部门", "等有关单位", "等相关部门", "等相关单位", "等部门",
                   "等单位", "按职责分工", "按职责", "分别", "共同", "等"))
_PREFIXES = _both(("由", "以及", "和", "及"))
#: Pieces after a 各… piece that belong to it: 各有关区、县级市 and 各县、市、区人民政府 are one unit each.
_ADMIN_TAIL = re.compile(
    "^(县级市|县市区|县区|市区|区县|县|区|市|乡|镇|乡镇|街道|开发区|园区|功能区|管委会|旗|縣級市|縣|區)(人民政府|政府|办事处|管委会)?(?=[和及与]|$)"
)
#: Last characters of a name that looks like a unit, for splitting at 和 when no registry knows both sides.
_UNIT_ENDINGS = ("局", "委", "厅", "部", "办", "院", "会", "府", "署", "室", "处", "所", "中心", "协", "联", "团",
                 "队", "行", "司", "社", "馆", "站", "校", "政府", "公司", "集团", "街道", "镇", "乡", "园区", "专班",
                 "廳", "辦", "會", "處", "聯", "團", "隊", "館")
_COLLECTIVE = re.compile("各|有关|相关|有關|相關")
_COLLECTIVE_ENDINGS = ("部门", "单位", "机构", "部門", "單位", "機構", "企业")
_MAX_NAME = 60  # no unit name is longer: joining pieces stops there, which keeps splitting linear
_LEAD_MARK = re.compile("[（(](牵头|牽頭|牵头单位|牵头部门|主责)[）)]$")
_TRAILING_NOTE = re.compile("[（(][^（()）]{2,60}[）)]$")
_WORD = re.compile(r"\w")
_PREPOSITIONS = ("以", "把", "将", "按照", "根据", "通过", "围绕", "坚持")
_SPACES = re.compile("[ \t\u3000\u00a0]+")
_DATE_LIKE = re.compile(r"\d{4}年|\d+月|\d+日|年底|年前|月底|长期|持续")


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


def split_units(text: str, known=None) -> list[str]:
    """Split a list of unit names into the names, in the order written.

    Parameters
    ----------
    text : str
        A cell or the units part of a group: ``市科协、市教育局和团市委等``.
    known : callable, optional
        ``known(name) -> bool``, true for a registry name (aliases included).
        A run of pieces that together form a known name stays whole; a piece
        is split at 和/及/与 only where every part is known or looks like a
        unit (ends in 局, 委, 办, 政府 …).

    Returns
    -------
    list of str
        Each name is a substring of ``text``; suffixes (等, 等有关部门,
        按职责分工, 分别) and leading 由/和/及 are dropped.

    Examples
    --------
    >>> split_units("工业和信息化部等、各有关区、县级市和市妇联")
    ['工业和信息化部', '各有关区、县级市', '市妇联']
    >>> split_units("人力资源社会保障部等有关部门和单位，各省级人民政府按职责分工")
    ['人力资源社会保障部', '各省级人民政府']
    """
    registry = known is not None
    known = known or (lambda name: False)
    pieces, seps = _split_top_level(text)
    out, i = [], 0
    while i < len(pieces):
        j, rest = _longest_known_run(known, pieces, seps, i) if registry else i, ""
        if j == i:
            j, rest = _collective_run(pieces, i)
        last = pieces[j][: len(pieces[j]) - len(rest)] if rest else pieces[j]
        piece = last if j == i else "".join(p + s for p, s in zip(pieces[i:j], seps[i:j])) + last
        if rest:  # 各区、县级市和市妇联: the collective ends at 和, the rest is read next
            pieces[j], i = rest[1:], j
        else:
            i = j + 1
        piece = _trim(piece)
        if piece:
            out.extend(_split_joined(piece, known))
    return out


def _trim(piece: str) -> str:
    """Drop white space, a leading 由/和, a bracketed note and trailing suffixes (等有关部门, 按职责分工 …)."""
    piece = piece.strip(" \t\u3000\u00a0\n")
    note = _TRAILING_NOTE.search(piece)
    if note and (FIRST_LEADS.search(note.group(0)) or "下同" in note.group(0)):
        piece = piece[: note.start()]  # 市财政局（第一责任单位为牵头单位，下同）: the note is read by the reader
    for prefix in _PREFIXES:
        if piece.startswith(prefix) and len(piece) > len(prefix) + 1:
            piece = piece[len(prefix):]
            break
    end, changed = len(piece), True
    while changed:  # suffixes stack (等按职责分工): strip them by moving the end, without copying
        changed = False
        for suffix in _SUFFIXES:
            if end > len(suffix) and piece.endswith(suffix, 0, end):
                end, changed = end - len(suffix), True
                break
    piece = piece[:end].strip(_CLAUSE + "、 \t\u3000")
    return piece if _WORD.search(piece) else ""  # a bracket or a mark alone names no unit


def _looks_like_unit(name: str, known) -> bool:
    """Known, or ending like a unit (局, 委, 政府 …), or a collective (市级各有关部门, 各成员单位)."""
    if known(name):
        return True
    if len(name) < 3:
        return False
    return name.endswith(_UNIT_ENDINGS) or (_COLLECTIVE.search(name) is not None and name.endswith(_COLLECTIVE_ENDINGS))


def looks_like_unit_list(text: str, known=None) -> bool:
    """True when ``text`` is a list of unit names: each, split as :func:`split_units` does, looks like a unit.

    A table cell that lost its rules is told from the task text beside it this way.

    Examples
    --------
    >>> looks_like_unit_list("发改委、经信委、科技局"), looks_like_unit_list("人力资源社会保障部")
    (True, True)
    >>> looks_like_unit_list("赤字率提高到3%"), looks_like_unit_list("2023年底前")
    (False, False)
    """
    if len(text) > 4 * _MAX_NAME or _DATE_LIKE.search(text):
        return False
    test = known or (lambda name: False)
    names = split_units(text, known)
    return bool(names) and all(_looks_like_unit(name, test) and _plausible(name) for name in names)


def units_by_space(text: str) -> str:
    """``text`` with 、 between names that only spaces separate, when every part looks like a unit.

    Web pages and PDFs often list units with spaces (``市科技局 市科协``); a
    line of prose is left as it is.

    Examples
    --------
    >>> units_by_space("市科技局 市科协\u3000团市委"), units_by_space("建设 科普基地")
    ('市科技局、市科协、团市委', '建设 科普基地')
    >>> units_by_space("责任单位：市科技局 市科协")
    '责任单位：市科技局、市科协'
    """
    parts = _SPACES.split(text.strip())
    if len(parts) < 2 or not all(_looks_like_unit(part, lambda name: False) for part in parts):
        return text
    return "、".join(parts)


def _split_joined(piece: str, known) -> list[str]:
    """Split at 和/及/与 where every part is a unit: 市经济和信息化局 stays whole. Greedy, left to right."""
    if known(piece) or not any(j in piece for j in _JOINERS):
        return [piece]
    parts, start = [], 0
    for match in _JOINER.finditer(piece):
        head = piece[start:match.start()]
        if len(head) > _MAX_NAME:
            break
        head = _trim(head)  # 供销合作总社等和各有关省级人民政府: 等 closes the list before 和
        if _looks_like_unit(head, known):
            parts.append(head)
            start = match.end()
    tail = piece[start:]
    if parts and _looks_like_unit(tail, known):
        return parts + [tail]
    return [piece]


def _split_top_level(text: str) -> tuple[list[str], list[str]]:
    """Split at separators outside brackets: 各县（区、市） stays whole.

    Returns the pieces and the separators between them (one fewer).
    """
    pieces, seps, depth, start = [], [], 0, 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char in _SEPARATORS and depth == 0:
            pieces.append(text[start:index])
            seps.append(char)
            start = index + 1
    pieces.append(text[start:])
    return pieces, seps


def _longest_known_run(known, pieces: list[str], seps: list[str], i: int) -> int:
    """Index of the last piece that, joined with pieces[i:], forms a known name (at most _MAX_NAME long)."""
    best, joined = i, pieces[i].strip()
    if known(joined):  # a name on its own is never joined to the next
        return best
    for j in range(i + 1, len(pieces)):
        joined += seps[j - 1] + pieces[j].strip()
        if len(joined) > _MAX_NAME:
            break
        if known(joined):
            best = j
    return best


def _collective_run(pieces: list[str], i: int) -> tuple[int, str]:
    """A 各… piece takes the administrative-level pieces after it: 各区、县级市 -> one unit.

    Returns the index of the last piece taken and, when that piece goes on
    after 和/及/与 (``县级市和市妇联``), the text from the joiner on.
    """
    if not pieces[i].strip().startswith("各"):
        return i, ""
    j = i
    while j + 1 < len(pieces):
        match = _ADMIN_TAIL.match(pieces[j + 1].strip())
        if match is None:
            break
        j += 1
        pieces[j] = pieces[j].strip()
        rest = pieces[j][match.end():]
        if rest:
            return j, rest
    return j, ""


_IN_SENTENCE = re.compile(
    "[，,]由(?P<lead>[^，,。；;]{2,200}?)(?:(?:会同|會同)(?P<support>[^。；;]{2,600}?))?"
    "(?:研究提出落实意见|研究提出具体意见|研究提出|研究制定|负责落实|牵头落实|牵头负责|负责|牵头|组织实施)"
    "[^，,。；;]{0,12}[。；;]?$"
)
_IN_SENTENCE_LONGEST = 2 + 200 + 2 + 600 + 9 + 12 + 1


def sentence_units(text: str, known=None) -> tuple[str, list[Item]] | None:
    """Units named inside a task's last clause: ``……，由A会同B、C等部门研究提出落实意见。``

    Returns the task text before the clause and the items (A leads, the
    units after 会同 support; without 会同 the units are responsible), or None.

    Examples
    --------
    >>> text, items = sentence_units("关于粮食安全的问题，由发展改革委会同农业部、财政部等部门研究提出落实意见。")
    >>> text, [(i.text, i.role) for i in items]
    ('关于粮食安全的问题', [('发展改革委', 'lead'), ('农业部', 'support'), ('财政部', 'support')])
    """
    # the clause ends the text and is at most ~820 characters long: search only there, so time stays linear
    start = max(len(text) - _IN_SENTENCE_LONGEST, 0)
    match = _IN_SENTENCE.search(text, start)
    if match is None:
        return None
    known = known or (lambda name: False)
    role = "lead" if match.group("support") else "responsible"
    items = [Item(name, role, "由") for name in split_units(match.group("lead"), known)]
    items += [Item(name, "support", "会同") for name in split_units(match.group("support") or "", known)]
    if not items or not all(_plausible(i.text) for i in items):
        return None
    return text[: match.start()], items


def starts_with_label(text: str) -> bool:
    """True when ``text`` begins with a role label (牵头单位：, 部门分工：…).

    Examples
    --------
    >>> starts_with_label("部门分工：省发展改革委牵头"), starts_with_label("推进改革")
    (True, False)
    """
    text = text.lstrip(" （(【[〔")
    return _LABEL.match(text) is not None or _NEUTRAL.match(text) is not None


def label_start(text: str) -> int | None:
    """Where the first role label in ``text`` starts (牵头单位：, 部门分工：…), or None.

    Examples
    --------
    >>> label_start("办科技周。协同责任单位：市科协"), label_start("办科技周")
    (5, None)
    """
    found = [m.start() for m in (_LABEL.search(text), _NEUTRAL_ANYWHERE.search(text)) if m]
    return min(found) if found else None


def names_a_person(text: str) -> bool:
    """True for a line naming a person in charge (分管省领导：林某), which names no unit.

    Examples
    --------
    >>> names_a_person("分管省领导：林某"), names_a_person("牵头单位：市科协")
    (True, False)
    """
    return _PERSON.match(text.lstrip(" （(【[〔")) is not None


def has_role_words(text: str) -> bool:
    """True when ``text`` holds a role label, a closing role verb or 会同.

    Examples
    --------
    >>> has_role_words("市科协牵头，市教育局配合"), has_role_words("市就业创业指导中心、市科协")
    (True, False)
    """
    return _ROLE_WORD.search(text) is not None


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
    >>> parse_group("2023年底前完成") is None
    True
    """
    known = known or (lambda name: False)
    items, label, waiting = [], None, []  # waiting: clauses of units whose verb comes later (A、B，C负责)
    in_rule = False  # inside a sentence that states a rule (列第一位的为牵头部门，其他部门…负责): no units
    for clause, ends_sentence in _clauses(text):
        rule = _RULE_START.search(_BRACKETED.sub("", clause))  # not 市财政局（第一责任单位为牵头单位）: read below
        if (in_rule and _restates_others(clause, known)) or rule or _NOT_LISTED.search(clause):
            in_rule = not ends_sentence and (in_rule or rule is not None)
            label = None
            continue
        in_rule = False
        if _PERSON.match(clause) or _TIME_CLAUSE.match(clause) or clause.strip("。 ") == "下同":
            label = None  # a person or a deadline: no units
            continue
        officials = _officials(clause, known)
        if officials:
            items += [Item(name, "person", "") for name in officials]  # 分管副省长负责: people in charge, not units
            label = None
            continue
        neutral = _NEUTRAL.match(clause)
        if neutral:
            clause, label = clause[neutral.end():].strip(), None
        marks = list(_LABEL.finditer(clause))
        if marks:
            head = clause[: marks[0].start()].strip(" （(【[〔")
            if head:
                if label is None:
                    return None
                items += _units(head, label, known)
            for mark, after in zip(marks, marks[1:] + [None]):
                label = mark.group(1)
                items += _units(clause[mark.end(): after.start() if after else len(clause)], label, known)
            continue
        verb = _VERB_END.search(clause)
        if verb is not None:
            units = "、".join(waiting + [clause[: verb.start()]])
            items += _verb_clause(units, verb.group(1), known)
            label, waiting = None, []
        elif _HUITONG.search(clause):
            items += _verb_clause(clause, "牵头", known)
            label = None
        elif label is not None:
            items += _units(clause, label, known)
        else:
            waiting.append(clause)
    if waiting or all(item.role == "person" for item in items) or not all(_plausible(item.text) for item in items):
        return None
    return items


def _plausible(name):
    """A unit name is short, names no date and starts with no preposition.

    ``2023年底前`` before 完成, or ``以……为`` before 指导, is no unit.
    """
    return len(name) <= _MAX_NAME and _DATE_LIKE.search(name) is None and not name.startswith(_PREPOSITIONS)


def _clauses(text):
    """The clauses of ``text`` (split at ，；。 outside brackets), each with True where a sentence ends after it."""
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char in _CLAUSE and depth == 0:
            pieces.append((text[start:index], char in _SENTENCE_END))
            start = index + 1
    pieces.append((text[start:], True))
    return [(p.strip(), end) for p, end in pieces if p.strip(" \t\u3000")]


def _restates_others(clause, known):
    """True for a clause of a rule that names only "the others" (其他部门和单位按职责分工负责, 其他有关部门配合)."""
    verb = _VERB_END.search(clause)
    names = split_units(clause[: verb.start()] if verb else clause, known)
    return all(name.startswith(_OTHERS) for name in names)


def _officials(clause, known):
    """The names of a clause when all are officials (分管副省长、协管副秘书长负责), else []."""
    verb = _VERB_END.search(clause)
    names = split_units(clause[: verb.start()] if verb else clause, known)
    return names if names and all(_OFFICIAL.search(name) and not known(name) for name in names) else []


def _units(text, word, known):
    verb = _VERB_END.search(text)  # 责任单位：A、B按职责分工负责: the verb restates the label
    if verb is not None:
        text = text[: verb.start()]
    return _marked(split_units(_unbalanced_close(text.strip()), known), _ROLE_OF[word], word)


def _unbalanced_close(text):
    """Drop closing brackets left over from the group around the units: ``区发改局)``, not ``各街道(功能区)``."""
    while text and text[-1] in _CLOSE and sum(text.count(c) for c in _CLOSE) > sum(text.count(c) for c in _OPEN):
        text = text[:-1].rstrip()
    return text


def _verb_clause(units, verb, known):
    units = units.strip()
    for prefix in ("由", "請", "请"):
        units = units[len(prefix):] if units.startswith(prefix) else units
    together = _HUITONG.search(units)
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
    """
    if has_role_words(text):
        items = parse_group(text, known)
        if items:
            return items
    return _marked(split_units(text, known), role, "")


def _marked(names, role, word):
    """Items of ``names`` in ``role``, but a name marked ``（牵头）`` leads and then the others support.

    ``市科技局（牵头）、市科协`` is how a single cell often names its lead.
    """
    marks = [_LEAD_MARK.search(name) for name in names]
    marks = [mark if mark and mark.start() > 0 else None for mark in marks]  # （牵头） alone names no unit
    if not any(marks):
        return [Item(name, role, word) for name in names]
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
    words = {role: "、".join(dict.fromkeys(i.word for i in items if i.role == role))
             for role in ("lead", "support", "responsible")}
    if responsible and not leads and first_leads:
        leads, supports = responsible[:1], responsible[1:] + supports
        why = f"the first unit named with {words['responsible']} leads, as a note in the document says"
    elif responsible and not leads:
        leads = responsible
        why = f"the units named with {words['responsible']} are all responsible and no 牵头 is named, so all lead"
    else:
        supports = responsible + supports  # 责任单位 beside a 牵头单位 share the work
        said = [words["lead"], "、".join(filter(None, (words["support"], words["responsible"])))]
        why = f"roles from the words {said[0] or '-'} (lead) and {said[1] or '-'} (support)"
    tail = f"; support {'、'.join(supports)}" if supports else ""
    tail += f"; people, not units: {people}" if people else ""
    return leads, supports, f"{why}: lead {'、'.join(leads)}{tail}"


def document_wide_units(line: str, known=None) -> list[str]:
    """Units a sentence puts on every later task (``以下均需试点城市政府落实，不再列出``), or [].

    Examples
    --------
    >>> document_wide_units("以下均需试点城市政府落实，不再列出。")
    ['试点城市政府']
    >>> document_wide_units("以下各项由市科技局负责。")
    []
    """
    return without_document_wide(line, known)[1]


def without_document_wide(line: str, known=None) -> tuple[str, list[str]]:
    """Take a document-wide sentence out of ``line``: (the rest of the line, its units).

    Examples
    --------
    >>> without_document_wide("（责任单位：省科技厅。具体任务均涉及相关市(州)人民政府，不再做分工，下同。）")
    ('（责任单位：省科技厅。）', ['相关市(州)人民政府'])
    """
    match = _DOCUMENT_WIDE.search(line)
    if match is None:
        return line, []
    return line[: match.start()] + line[match.end():], split_units(match.group("units"), known)
