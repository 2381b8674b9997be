"""Units a notice names outside a unit group: in sentences and clauses, headings, bare brackets, for the whole notice.

:mod:`zygraph.sentences.grammar` reads a group of units with their role words (``（牵头单位：A；配合单位：B）``).
Notices also name units in other places, each read here with the grammar's words and roles:

* a task's last clause (``……，由A会同B研究提出落实意见``) or clauses inside a paragraph
  (``由某副市长负责，A牵头，B配合，尽快……``);
* a bracket naming only units (``（市发改委）``; beside such names, one whose form gives a body's kind,
  ``基础电信企业``), which are responsible;
* a heading over the tasks it owns (``一、县示范区管委会牵头工作``);
* a sentence after targets (``4项目标的责任单位均为市发展改革委``);
* a target divided among places, a figure glued to each (``具体任务分解：A县200座，B县150座``).

Units a sentence makes its subject (``A负责…``, ``A为该项工作的牵头单位``, a department's duty) are read by
:mod:`zygraph.sentences.subject_units`; tasks that a news report names in its own words, with their units, by
:mod:`zygraph.sentences.prose`.
"""

from __future__ import annotations

import re

from zygraph.sentences.acting_units import acting_units, required_help
from zygraph.sentences.asked_units import asked_units, contacting_units
from zygraph.sentences.grammar import Item, names_units, officials, parse_group, split_clauses
from zygraph.sentences.role_words import role_of
from zygraph.sentences.helper_clauses import units_before_their_work
from zygraph.sentences.holders import SHARED_WORD, sharing_holders
from zygraph.names.numerals import chinese_number
from zygraph.sentences.subject_units import WITH as _WITH
from zygraph.names.unitform import KIND_RULES
from zygraph.names.unitlist import PARENT, split_units
from zygraph.names.level_collectives import ZONES
from zygraph.names.list_marks import BY_WORD, FIRST_LEADS, VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list, plausible_name
from zygraph.names.unitname import looks_like_unit
from zygraph.names.verb_manner import BASIS_WORDS

__all__ = ["sentence_units", "clause_units", "closing_sentence_units", "quota_units", "bare_units",
           "closes_with_bare_units", "heading_units", "units_for_preceding", "without_descriptor", "unit_descriptors"]

#: 由 and units before 牵头 or 负责 inside a clause: 由A、B等部门牵头完成自查报告.
#: 按职责分工 with any verb after it is responsible too: 补助资金由A、B按职责分工管理; so is 组织 (由A统一组织B在…布置展版,
#: 由A、B联合组织举办…: the units organising an activity answer for it).
#: 统一 before any verb says the units do the work for everyone (由市爱卫会统一采购供应): they answer for it; 帮助 says
#: they help it, as 协助 does (由县环卫大队帮助清除).
_BY_UNITS = re.compile(f"{BY_WORD}(?P<units>[^，,。；;由]{{2,300}}?)"
                       f"(?P<verb>(?:负责牵头|牵头负责|牵头|负责|主办|承办|牽頭|負責|带队|帶隊|(?:统一|联合)?组织){VERB_NOT_NAME}"
                       "|按照?(?:各自)?职责(?:分工)?(?=[\u4e00-\u9fff])|统一(?=[\u4e00-\u9fff])"
                       f"|(?:{BASIS_WORDS})(?=[^，,。；;]*?(?:组织|负责|牵头|实施|落实|承担))|帮助|幫助)")
#: The verbs of 由 that give the units no role word of the grammar's, and the role they give.
_BY_VERB_ROLES = {"统一": "responsible", "帮助": "support", "幫助": "support"}
#: Words of manner between the units after 由 and a role verb of their work (由县委组织部按照年度计划组织实施): the
#: units answer for the work, and lead it where the clause says 牵头 after them.
_BY_MANNER = tuple(BASIS_WORDS.split("|"))
#: 牵头 as the units' own verb after the manner (由A按照计划牵头组织…), not inside it (由A按照B牵头制定的方案组织…).
_MANNER_THEN_LEAD = re.compile("[^，,。；;]*?牵头(?=组织|负责|实施|落实|开展|推进)")
#: What closes a list of partners after 会同, with the work they share: 等共同完成, 等单位共同推进.
_TOGETHER = re.compile("(?:等(?:单位|部门|单位和部门)?)?共同[^，,。；;]{0,20}$")
#: The people a unit sends to lead a team, written after its name: 1名县级领导, 分管领导, 主要负责同志.
_LEADER = re.compile("^(?:[\\d一二两三四五六七八九十]+名)?[^，,。；;]{0,8}?(?:领导|領導|负责人|負責人|负责同志|同志|干部|幹部)$")
_LEADER_LONGEST = 14
#: A clause naming the official in charge: 省政府分管教育工作的副省长为主管领导 (a person, not a unit).
_IN_CHARGE = re.compile("^(?P<person>[^，,。；;]{2,40}?)(?:为|是|任)(?:主管|分管|责任|牵头|联系)(?:省|市|县|区)?领导$")
#: A modifier before a list of units: 所涉及的, 相关的.
_MODIFIER = re.compile("^(?:所涉及的|涉及的|所涉|相关的|有关的)")
#: What a unit is in the work, written before its name with a level: 由包片单位县气象局负责, 由陈家坝沿线包片单位县职教中心、
#: …负责 (the unit answering for an area of a campaign), 由责任单位市水务局负责. The words up to 单位 or 部门 describe it.
_DESCRIBED = re.compile("^(?P<words>[\u4e00-\u9fff]{0,10}?(?:单位|部门|單位|部門))(?=[省市县区镇乡縣區鎮鄉][^、，,；;]{2})")
#: The words before a name that say what the unit is (包片单位), as :data:`_DESCRIBED` reads them, for findings.
_DESCRIBED_BEFORE = re.compile("(?P<words>[^\\W由]{0,10}?(?:单位|部门|單位|部門))$")
_DESCRIBED_LONGEST = 14  # characters before a name searched for such words
#: The body a unit belongs to, written before its name (市住建局所属的市住房保障办公室), as :data:`PARENT` reads it.
_PARENT_LONGEST = 24  # characters before a name searched for it
_FOR_PRECEDING = re.compile(
    "^(?:(?P<count>\\d{1,2}|[一二三四五六七八九十]{1,2})项|(?P<one>该|此|这)|(?P<all>以上|上述|前述)(?:各项)?)"
    "(?:目标|任务|工作|指标|事项)?(?:任务)?的?(?P<label>责任单位|牵头单位|责任部门|牵头部门)(?:均|都|皆)?(?:为|是)"
    "(?P<units>[^。；;]{2,80}?)[。；;]?$")
#: Words that make a bracket a note, not a list of units: 以下简称, 含, 包括, 即, 如, 例如, 详见, and where a body's office
#: sits (…指挥中心（办公室设在发展改革委）: the body named before the bracket, no task's unit).
_NOT_BARE = re.compile("简称|簡稱|^含|包括|^即|^如|例如|详见|參見|参见|见附件|设在|設在|\\d(?!\\d{0,2}个?(?:市|县|区|州|镇|乡|街道)(?:[、，,]|等?$))")
#: A heading naming who does the tasks below it: 县示范区管委会牵头工作（8项）, 市发改委负责的重点任务.
_HEADING_UNITS = re.compile("^(?P<units>[^，,。；;：:]{2,60}?)(?P<verb>牵头|负责|主抓|主责|承担|牽頭|負責)(?:的)?(?:重点|主要)?"
                            "(?:工作|任务|事项)(?:清单)?[（(]?(?:\\d+项)?[）)]?[。：:]?$")
#: The units a lead organises to do the work, right after its verb: 由A牵头组织B对…进行评估 (B supports).
_ORGANISED = re.compile("^(?:并|，|,)?组织(?P<units>[^，,。；;]{2,60}?)(?=对|开展|进行|共同|参与|参加|做好|实施|在)")
#: A team named only by its kind, with no owner (工作组, 联合检查组, 督查组): what 组织 forms, not a unit it organises.
_FORMED = re.compile("^(?:联合|專項|专项)?(?:工作|检查|檢查|督查|督导|督導|调查|調查|巡查|执法|執法|专家|專家|指导|指導)?[组組]$")
#: Words dividing a target among places, before the list of their shares: 具体任务分解：, 分解到各县市：, 分别为.
_QUOTA_CUE = re.compile("(?:分解|分配|下达)[^。；;：:，,]{0,12}[：:]|(?:任务|目标|指标)分别为[：:]?")
#: One place's share: the place, ending in its level, and a figure glued after it (塔城市1300-1500座, 甲县30%).
_QUOTA = re.compile(r"^(?P<place>(?![全本我各该其])[\u4e00-\u9fff]{1,10}(?:自治区|自治县|自治旗|街道|省|市|县|区|旗|州|盟|镇|乡))"
                    r"\d+(?:\.\d+)?(?:[-－~～—至到]\d+(?:\.\d+)?)?(?:%|[\u4e00-\u9fff]{1,4})?$")
_IN_SENTENCE = re.compile(
    "[，,]由(?P<lead>[^，,。；;]{2,200}?)(?:(?:会同|會同)(?P<support>[^。；;]{2,600}?))?"
    "(?:研究提出落实意见|研究提出具体意见|研究提出|研究制定|负责落实|牵头落实|牵头负责|负责|牵头|组织实施)"
    f"{VERB_NOT_NAME}[^，,。；;]{{0,12}}[。；;]?$"  # 由A主要负责人任召集人: a post, no verb
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
    >>> sentence_units("办公室设在街道卫健办，由袁仲毅同志任办公室主任负责协调。") is None  # a person, not a unit
    True
    >>> sentence_units("小组下设专班，由县民政局主要负责人任召集人。") is None  # 负责人: a post, not the verb 负责
    True
    """
    # the clause ends the text and is at most ~820 characters long: search only there, so time stays linear
    start = max(len(text) - _IN_SENTENCE_LONGEST, 0)
    match = _IN_SENTENCE.search(text, start)
    if match is None:
        return None
    known = known or (lambda name: False)
    if officials(match.group("lead"), known):
        return None  # ，由袁仲毅同志任办公室主任负责协调…: a person answers for it, no unit is named
    role = "lead" if match.group("support") else "responsible"
    items = [Item(name, role, "由") for name in split_units(match.group("lead"), known)]
    items += [Item(name, "support", "会同") for name in split_units(match.group("support") or "", known)]
    if not items or not all(plausible_name(i.text) for i in items):
        return None
    return text[: match.start()], items


def clause_units(text: str, known=None) -> list[Item] | None:
    """Units named by clauses inside a paragraph: ``由A牵头完成…，B配合，…`` or ``由某副市长负责，A牵头，B配合，尽快…``;
    a team led by whom a unit sends (``由A1名县级领导带队``: A leads, the leader is a person).

    A clause opening with 由 and naming units before 牵头 or 负责 starts a run; the role clauses right
    after it (``B配合``) belong to the run, and so do the units after 会同 (support), over the clauses that list
    nothing but units after it (``会同B、C，D、E等共同完成``), and so do the units a lead organises right after its verb
    (``由A牵头组织B对…进行评估``: B supports). Officials are people. A clause asking units with 请 opens a run too
    (:func:`zygraph.sentences.asked_units.asked_units`); units doing the work 统一 for everyone after 由 answer for it; units
    that 帮助 after 由 help (support) the units a clause before put in touch with them (``A可与B联系，由B帮助清除``:
    :func:`zygraph.sentences.asked_units.contacting_units`). None when no unit leads or is responsible.

    Examples
    --------
    >>> [(i.text, i.role) for i in clause_units("由杨副市长负责，市发改委牵头，相关部门配合，尽快完成实施方案。")]
    [('杨副市长', 'person'), ('市发改委', 'lead'), ('相关部门', 'support')]
    >>> [(i.text, i.role) for i in clause_units("自查报告由所涉及的省财政厅、商务厅等省级主管部门牵头完成，其他相关部门配合。")]
    [('省财政厅', 'lead'), ('商务厅', 'lead'), ('其他相关部门', 'support')]
    >>> [(i.text, i.role) for i in clause_units("学校安全工作由市教育局牵头负责，分管教育工作的副市长为主管领导。")]
    [('市教育局', 'lead'), ('分管教育工作的副市长', 'person')]
    >>> [(i.text, i.role) for i in clause_units("补助资金由省财政厅、住房城乡建设厅按职责分工管理。")]
    [('省财政厅', 'responsible'), ('住房城乡建设厅', 'responsible')]
    >>> [(i.text, i.role) for i in clause_units("煤矿督查组。由市安监局1名县级领导带队，2名专业人员参加。")]
    [('市安监局', 'lead'), ('1名县级领导', 'person')]
    >>> clause_units("建立由各方参与的工作机制，加强统筹。") is None
    True
    >>> [(i.text, i.role) for i in clause_units("药品由市爱卫会统一采购，各乡镇由县农技中心统一发放。")]
    [('市爱卫会', 'responsible'), ('县农技中心', 'responsible')]
    >>> [(i.text, i.role) for i in clause_units("对于大件垃圾，保洁责任单位可与县环卫大队联系，由县环卫大队帮助清除。")]
    [('保洁责任单位', 'responsible'), ('县环卫大队', 'support')]
    >>> [(i.text, i.role) for i in clause_units("此项工作由市发改委负责牵头，会同市财政局、市住建局，市农科院等共同完成。")]
    [('市发改委', 'lead'), ('市财政局', 'support'), ('市住建局', 'support'), ('市农科院', 'support')]
    """
    known_test = known or (lambda name: False)
    items: list[Item] = []
    contacting: list[Item] = []  # units put in touch with a helper (A可与B联系), for a later 由B帮助
    running = listing = False  # listing: inside the units after 会同, which may go on over clauses
    clauses, skip = [clause for clause, _ in split_clauses(text)], 0
    for index, clause in enumerate(clauses):
        if skip:  # a clause of the units before their work, read with the run's last clause below
            skip -= 1
            continue
        partners = _partner_units(clause, listing, known) if running else None
        if partners is not None:  # 由A负责牵头，会同B、C，D、E等共同完成: B to E support
            items += partners[0]
            listing = partners[1]
            continue
        listing = False
        asked = asked_units(clause, known)
        if asked:  # 请A派出工作人员…, 请…牵头单位（A、B）派负责人…: the units asked answer for the work
            items += asked
            running = True
            continue
        contacting = contacting or contacting_units(clause, known) or []
        opened = _BY_UNITS.search(clause)
        if opened is not None:
            units = without_descriptor(_MODIFIER.sub("", opened.group("units")), known)
            sent = _sending_unit(units, known) if opened.group("verb") in ("带队", "帶隊") else None
            if sent is not None:  # 由A1名县级领导带队: A sends the team's leader, so A leads the team
                items += [Item(name, "lead", "带队") for name in split_units(sent[0], known)]
                items += [Item(sent[1], "person", "")] if sent[1] else []
                running = True
                continue
            people = officials(units, known_test)
            if people:
                items += [Item(name, "person", "") for name in people]
                running = True
                continue
            # 由A、B、C共同组织实施: a business named by its trade name (C) shares the work with the units beside it
            sharing = None if looks_like_unit_list(units, known) else sharing_holders(units, known)
            if sharing is not None or looks_like_unit_list(units, known):
                verb = opened.group("verb")  # 由A、B按职责分工管理: all responsible
                if verb in _BY_MANNER:  # 由A按照…组织实施: the units' work comes after the manner
                    verb = "牵头" if _MANNER_THEN_LEAD.match(clause, opened.end()) else verb
                    role = "lead" if verb == "牵头" else "responsible"
                else:
                    role = "responsible" if verb.startswith("按") else _BY_VERB_ROLES.get(verb) or role_of(verb)
                items += [Item(name, role, SHARED_WORD if sharing is not None and not looks_like_unit_list(name, known)
                               else verb) for name in split_units(units, sharing or known)]
                after = clause[opened.end():]
                after = "组织" + after if verb.endswith("组织") else after  # 由A统一组织B…: B as after 牵头组织
                items += _organised(after, known) if role in ("lead", "responsible") else []
                running = True
                continue
        in_charge = _IN_CHARGE.match(clause) if running else None
        if in_charge is not None and officials(in_charge.group("person"), known_test):
            items.append(Item(in_charge.group("person"), "person", ""))  # ……，分管副省长为主管领导: a person
            continue
        group = parse_group(clause, known) if running else None
        if group and (not (listed := "、".join(i.text for i in group if i.role != "person")) or looks_like_unit_list(listed, known)):
            items += group
            continue
        taking = next(((end, found) for end in range(index + 1, len(clauses) + 1)
                       if (found := units_before_their_work(clauses[index:end], known))), None) if running else None
        if taking is not None:  # 由A牵头，B，C负责组织实施…: B and C take on the work with 负责
            skip, items = taking[0] - index - 1, items + taking[1]
            running = False
            continue
        running = False
        if any(item.role in ("lead", "responsible") for item in items):
            items += acting_units(clause, known)  # ……，报B采取措施执法。C对上述工作进行抽查: their own part
            items += required_help(clause, known)  # 由A牵头，……，要求B、C等部门密切配合: B and C support
    if contacting and items and all(item.role == "support" for item in items):
        items = contacting + items  # A可与B联系，由B帮助清除: A's work, B helping
    return items if any(item.role in ("lead", "responsible") for item in items) else None


def without_descriptor(units: str, known=None) -> str:
    """``units`` without the words before the first name that say what it is in the work (包片单位县气象局 -> 县气象局).

    The words run up to 单位 or 部门 right before a name with its level; they are dropped only when they are
    no unit themselves and what follows is a list of units.

    Examples
    --------
    >>> without_descriptor("包片单位县气象局"), without_descriptor("陈家坝沿线包片单位县职教中心、县消防大队")
    ('县气象局', '县职教中心、县消防大队')
    >>> without_descriptor("市直单位"), without_descriptor("县气象局")
    ('市直单位', '县气象局')
    """
    found = _DESCRIBED.match(units)
    if found is None or looks_like_unit_list(found.group("words"), known) \
            or not looks_like_unit_list(units[found.end():], known):
        return units
    return units[found.end():]


def unit_descriptors(text: str, names) -> list[tuple[str, str]]:
    """(words, name) for each of ``names`` that ``text`` writes after words saying what it is in the work
    (:func:`without_descriptor`) or whose it is (the body it belongs to, :data:`zygraph.names.unitlist.PARENT`), for the
    reader's findings.

    >>> unit_descriptors("整改要求：由包片单位县气象局负责清除。", ["县气象局"])
    [('包片单位', '县气象局')]
    >>> unit_descriptors("市住建局所属的市住房保障办公室负责日常工作。", ["市住房保障办公室"])
    [('市住建局所属的', '市住房保障办公室')]
    """
    out = []
    for name in names:
        at = text.find(name)
        while at > 0:
            found = _DESCRIBED_BEFORE.search(text[max(at - _DESCRIBED_LONGEST, 0):at])
            if found is not None and without_descriptor(found.group("words") + name) == name:
                out.append((found.group("words"), name))
                break
            parent = _parent_before(text[max(at - _PARENT_LONGEST, 0):at], name)
            if parent:
                out.append((parent, name))
                break
            at = text.find(name, at + 1)
    return out


def _parent_before(before: str, name: str) -> str:
    """The words naming the body ``name`` belongs to at the end of ``before`` (市住建局所属的), or ''."""
    for start in range(len(before)):
        found = PARENT.match(before[start:] + name)
        if found is not None and found.end() == len(before) - start:
            return found.group(0)
    return ""


def _partner_units(clause: str, listing: bool, known=None) -> tuple[list[Item], bool] | None:
    """The units after 会同 in ``clause`` (or the whole clause, a bare list going on with them when ``listing``), who
    support, and whether the list may go on in the next clause (no ``等共同完成`` closed it); None when it names none.

    >>> [(i.text, i.role) for i in _partner_units("会同市财政局、市住建局", False)[0]], _partner_units("市农科院等共同完成", True)[1]
    ([('市财政局', 'support'), ('市住建局', 'support')], False)
    >>> _partner_units("市农科院、市气象局", False), _partner_units("加强统筹", True)
    (None, None)
    """
    text = clause.strip()
    opened = text.startswith(_WITH)
    if not opened and not listing:
        return None
    text = text[len(_WITH[0]):] if opened else text
    tail = _TOGETHER.search(text)
    units = text[:tail.start()] if tail else text
    if not looks_like_unit_list(units, known):
        return None
    return [Item(name, "support", "会同") for name in split_units(units, known)], tail is None


def _organised(text: str, known=None) -> list[Item]:
    """The units a lead organises to do its work, opening ``text`` (what follows 牵头), who support.

    ``由A牵头组织区相关部门对辖区市场进行评估``: 区相关部门 take part in the work A leads. None named
    when what follows 组织 is the work itself (``牵头组织开展评估``) or names no units (``组织专家对…``).

    >>> [(i.text, i.role) for i in _organised("组织区相关部门对市场进行评估")]
    [('区相关部门', 'support')]
    >>> _organised("组织开展评估"), _organised("组织专家对市场进行评估"), _organised("组织工作组进行执法检查")
    ([], [], [])

    A team named only by its kind (工作组, 联合检查组) is what 组织 forms, no unit of the task.
    """
    found = _ORGANISED.match(text)
    if found is None or not looks_like_unit_list(found.group("units"), known) or _FORMED.match(found.group("units")):
        return []
    return [Item(name, "support", "组织") for name in split_units(found.group("units"), known)]


def _sending_unit(text: str, known=None) -> tuple[str, str] | None:
    """Split ``A1名县级领导`` (before 带队) into the units and the people they send; None when it is no such text.

    >>> _sending_unit("市安监局1名县级领导"), _sending_unit("市教育局"), _sending_unit("县领导")
    (('市安监局', '1名县级领导'), ('市教育局', ''), None)
    """
    if looks_like_unit_list(text, known):
        return text, ""  # 由市安监局带队
    for end in range(max(2, len(text) - _LEADER_LONGEST), len(text) - 1):  # the longest units first
        if _LEADER.match(text[end:]) and looks_like_unit_list(text[:end], known):
            return text[:end], text[end:]
    return None


def bare_units(text: str, known=None) -> list[Item] | None:
    """The units of a bracket that names units and no role (``（市经委、环保局）`` closing a task), or None.

    Such units are responsible, like units named under 责任单位; a bracket of other
    words (``（含市本级）``, ``（以下简称市科协）``, ``（试行）``) names none.

    Examples
    --------
    >>> [(i.text, i.role) for i in bare_units("市经委、环保局")]
    [('市经委', 'responsible'), ('环保局', 'responsible')]
    >>> bare_units("以下简称市科协"), bare_units("含市本级"), bare_units("2023年底前"), bare_units("办公室设在市发改委")
    (None, None, None, None)
    >>> [i.text for i in bare_units("省发改委、城市圈9市等")]  # a count of places is a collective, not a figure
    ['省发改委', '城市圈9市']
    >>> [i.text for i in bare_units("潜江高新区")], bare_units("江汉区")
    (['潜江高新区'], None)
    >>> [i.text for i in bare_units("市发改委、市农委。排名第一的为牵头单位，下同")]  # the rule is read by the reader
    ['市发改委', '市农委']

    A name ending like no unit counts when the form of its name gives a body's kind (基础电信企业: 电信, a state
    enterprise) and the bracket's other names end like units; a list of sectors (钢铁、水泥企业) names none:

    >>> [i.text for i in bare_units("州工信局、州通信办、基础电信企业")]
    ['州工信局', '州通信办', '基础电信企业']
    >>> bare_units("钢铁、水泥、电解铝企业"), bare_units("州工信局、基础电信企业")
    (None, None)
    """
    text = _RULE_AFTER.sub("", text.strip())  # 市发改委、市农委。排名第一的为牵头单位，下同: the notice's rule
    if not text or _NOT_BARE.search(text):
        return None
    if not looks_like_unit_list(text, known) and not _ZONE.match(text) and not _units_beside_kinds(text, known):
        return None  # a zone alone (潜江高新区) closing a task is its managing body, not a place
    return [Item(name, "responsible", "（）") for name in split_units(text, known)]


#: Names ending like a unit that a bracket needs beside one that only its kind shows to be a body.
_UNITS_BESIDE = 2


def _units_beside_kinds(text: str, known=None) -> bool:
    """True when the names of ``text`` each end like a unit or name a body's kind by their form (KIND_RULES of
    :mod:`zygraph.names.unitform`: 基础电信企业, 电信 a state enterprise), at least :data:`_UNITS_BESIDE` ending like units."""
    names = split_units(text, known)
    test = known or (lambda name: False)
    ending = [looks_like_unit(name, test) for name in names]
    return sum(ending) >= _UNITS_BESIDE and all(
        ends or (plausible_name(name) and any(pattern.search(name) for pattern, _ in KIND_RULES))
        for name, ends in zip(names, ending))


#: A sentence stating the positional rule after a bracket's units (。排名第一的为牵头单位，下同).
_RULE_AFTER = re.compile(f"[。；;，,][^。；;，,]*(?:{FIRST_LEADS.pattern})[^。；;，,]*(?:[，,]下同)?[。；;]?$")
#: A development zone named alone, which a managing committee runs: 潜江高新区, 经济技术开发区.
_ZONE = re.compile(f"^[\u4e00-\u9fff]{{2,12}}(?:{ZONES}|新区)$")
_BARE_CLOSING = re.compile("[（(]([^（()）]{2,80})[）)][。；;，,\\s]*$")


def closes_with_bare_units(line: str) -> bool:
    """True when ``line`` ends with a bracket naming only units (``……增长12%。（市发改委）``).

    Examples
    --------
    >>> closes_with_bare_units("全市生产总值增长12%。（市发改委）"), closes_with_bare_units("加强领导（试行）")
    (True, False)
    """
    found = _BARE_CLOSING.search(line)
    return found is not None and bare_units(found.group(1)) is not None


def heading_units(text: str, known=None) -> list[Item] | None:
    """The units a heading puts over the tasks below it (``一、县示范区管委会牵头工作（8项）``), or None.

    A heading naming an official (``王纲市长主抓重点工作``) names no unit.

    Examples
    --------
    >>> [(i.text, i.role) for i in heading_units("县示范区管委会牵头工作（8项）")]
    [('县示范区管委会', 'lead')]
    >>> heading_units("王纲市长主抓重点工作"), heading_units("加强组织领导工作")
    (None, None)
    """
    found = _HEADING_UNITS.match(text.strip())
    if found is None or not looks_like_unit_list(found.group("units"), known):
        return None
    items = parse_group(found.group("units") + found.group("verb"), known)
    return [item for item in items if item.role != "person"] if items else None


def units_for_preceding(line: str) -> tuple[int, str] | None:
    """A sentence giving the units of the tasks before it: (how many tasks, 0 for all; the label line), or None.

    Target-management notices list targets, then say whose they are: ``4项目标的责任单位均为市发展改革委。``,
    ``该目标责任单位为市经委。``, ``以上任务牵头单位为市商务局。``

    Examples
    --------
    >>> units_for_preceding("4项目标的责任单位均为市发展改革委。")
    (4, '责任单位：市发展改革委')
    >>> units_for_preceding("该目标责任单位为市经委。"), units_for_preceding("以上任务的牵头单位为市商务局")
    ((1, '责任单位：市经委'), (0, '牵头单位：市商务局'))
    >>> units_for_preceding("各责任单位要加强领导。") is None
    True
    """
    found = _FOR_PRECEDING.match(line.strip())
    if found is None:
        return None
    count = found.group("count")
    many = 1 if found.group("one") else 0 if count is None else int(count) if count.isdigit() else chinese_number(count)
    if many is None:
        return None
    return many, f"{found.group('label')}：{found.group('units')}"


def closing_sentence_units(text: str, known=None) -> tuple[str, list[Item]] | None:
    """Units named by the last sentence of a paragraph, without brackets: ``……落细。A、B、各街道按职责分工负责``.

    The sentence must be a group whose every unit looks like one; returns the text before it and the items.
    A sentence dividing a target among places (:func:`quota_units`) names them too: the text is then all of it.

    Examples
    --------
    >>> text, items = closing_sentence_units("强化公共服务。发改委、区教育局、各街道按职责分工负责。")
    >>> text, [(i.text, i.role) for i in items]
    ('强化公共服务。', [('发改委', 'responsible'), ('区教育局', 'responsible'), ('各街道', 'responsible')])
    >>> closing_sentence_units("强化公共服务。各部门要加强配合。") is None
    True
    """
    quotas = quota_units(text)
    if quotas:  # ……，具体任务分解：A县200座，B县150座。: the whole paragraph states the target they share
        return text, quotas
    body = text.rstrip("。；; ")
    cut = max(body.rfind("。"), body.rfind("；"))
    if cut < 0:
        return None
    items = parse_group(body[cut + 1:], known)
    units = [item for item in items or [] if item.role != "person"]
    if not items or (units and not names_units(units, known)):  # 区科技局主办，各街道、板块协办: a place beside units
        return None
    return text[: cut + 1], items


def quota_units(text: str) -> list[Item] | None:
    """The places a sentence of ``text`` divides a target among, each with its share, or None.

    ``……新建大棚2000座，具体任务分解：甲市1300座，乙县200座，丙县250座。`` gives each local government its
    quota: a word of division (分解, 分配, 下达 up to a colon; 任务分别为), then two or more shares, each a
    place ending in its level (省, 市, 县, 区, 旗, 镇, 乡 …) with a figure glued after it and nothing else. The
    places are responsible (each carries its share); 全市, 本县 and the like are no places. The figure must
    follow the place at once: 甲县新建200座 is no share, so a report of what each place did is not read.

    Examples
    --------
    >>> [(i.text, i.role) for i in quota_units("新建大棚2000座，具体任务分解：甲市1300-1500座，乙县200座，丙县250座。")]
    [('甲市', 'responsible'), ('乙县', 'responsible'), ('丙县', 'responsible')]
    >>> [i.text for i in quota_units("各县市任务分别为：东城区30%、西城区25%。")]
    ['东城区', '西城区']
    >>> quota_units("任务分解：全市200座，甲县100座。"), quota_units("其中，甲县完成200座，乙县完成150座。")
    (None, None)
    """
    for sentence in re.split("(?<=[。；;])", text):
        cue = _QUOTA_CUE.search(sentence)
        if cue is None:
            continue
        shares = [share for share in re.split("[，,、；;]", sentence[cue.end():].rstrip("。；; ")) if share.strip()]
        found = [_QUOTA.match(share.strip()) for share in shares]
        if len(found) >= 2 and all(found):
            return [Item(match.group("place"), "responsible", "分解") for match in found]
    return None
