"""Lists of duties that divide one body's or one sector's work: who does each duty, read from the duty itself.

Notices that share out a body's or a sector's work rarely write labels; each duty opens with
the unit that does it, or sits under a heading naming that unit. The wordings read here:

* a measure whose sentences each give one department its share (``（一）严格落实监管职责。A部门负责…。
  B部门负责…；C部门负责…``): inside a paragraph already split into duties at ``；``, a later sentence
  opening with its own units is a duty of its own;
* a heading that names only a unit (``（二）公安部门``), or the unit and the word for its duties
  (``（七）卫生部门职责、任务``: :func:`duties_of_heading`), over the duties below it, each written without
  its subject (``1.加强车辆登记管理；`` ``2.配合维护治安秩序；`` or one paragraph of ``；`` clauses):
  the heading's unit does each, and the duty's own words give the roles (:func:`owned_duty_units`);
* a sentence giving two subjects their share (``各县区负责…，市直有关部门，依照各自职责，严格…``):
  :func:`later_subject_units`;
* a requirement beside such a list that names who meets it with 要, 将 or 应 (``一、加强统筹协调。各参建
  乡镇和部门要…``; ``三、严肃追责问责。对…的，县纪委监委将…``), and a list whose items each open with their own
  department and 要, with no role word anywhere (``（一）公安部门要加强…；`` ``（二）市场监管部门要依法…``), or a
  paragraph of such sentences: :mod:`zygraph.sentences.modal_duties`;
* a numbered duty that opens with its department set off by a colon or a full stop
  (``15、市卫生局：负责…；…``, ``6、区质量技监局。负责…``): :func:`headed_duty_units`; unnumbered, one a
  line, two or more in a row (``县水利局：负责…；负责…。`` ``县气象局：负责…``): :func:`headed_duties`; the duty's
  words give the roles (``负责协同B…``: the department supports; ``指导A配合…``: A supports; ``负责会同A、B部门…``:
  A and B support; a later sentence ``C在D领导下，…``: C has a share);
* one paragraph whose sentences each give their own units a share, one naming a lead and another
  none (``A负责…。B为…牵头责任部门，负责…，C负责…``): each sentence's roles are its own, :func:`sentence_shares`.
* one sentence of matters split by ；, each closed by its units (``涉及经费的事项，由A负责；涉及宣传的事项，由B、C
  负责``): :func:`matter_shares`;
* after a task's closing group, a sentence naming the person who answers for it and the units that carry
  it out (``（牵头单位：A）。由某总工负责，B处落实。``): :func:`carried_out_units`.

The units and role words come from :mod:`zygraph.sentences.statements` and :mod:`zygraph.sentences.grammar`.
"""

from __future__ import annotations

import re

from zygraph.sentences.duty_titles import duties_of_heading
from zygraph.sentences.everyone import refers_elsewhere
from zygraph.sentences.grammar import Item, parse_group, split_clauses
from zygraph.names.verb_manner import HELP_MANNER
from zygraph.sentences.role_words import HELP_VERB, label_start
from zygraph.sentences.inner_partners import inner_partners
from zygraph.sentences.statements import sentence_units
from zygraph.sentences.subject_units import CONNECTIVE, UNDER_LEADERSHIP, designated_units, duty_subject_units, subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list
from zygraph.sentences.with_partners import clause_partners
from zygraph.sentences.worked_with import worked_with  # A由B、C协同开展工作: B, C support
from zygraph.sentences.modal_duties import MODAL_CLAUSE

__all__ = ["sentence_duties", "unit_heading", "duties_of_heading", "owned_duty_units", "later_subject_units",
           "headed_duty_units", "headed_duties", "matter_shares", "sentence_shares", "carried_out_units", "SHARE_WORD"]

#: Who answers for a task, by name or post, not a unit: 由金国兴总工负责, 由鲁国会、郑忠安副厅长分别负责.
_ANSWERS_FOR = re.compile("^由(?P<who>[^，,。；;由]{2,30}?)(?:分别|共同)?负责$")
#: The word a unit leading in its own sentence carries (领导小组负责… beside 办公室为牵头…), for the reader's findings.
SHARE_WORD = "本句负责"
_SENTENCE_END = re.compile("(?<=。)")
#: A heading that is only the word for a body's members (二、成员单位 over the list of them): who they are is written
#: below it, so it names no units of the duties under it (各成员单位共同职责 names them as the duties' units).
_MEMBERS_ONLY = re.compile("^(?:成员单位|成員單位)$")
#: A duty its unit only helps with: 配合维护…, 协助做好…, 参与…; said after 负责 or the remit it acts by (负责协同B查处…,
#: 依据职责协助B处理…), the helping verb is still the duty's.
_HELPING = re.compile(f"^(?:(?:依据|依照|按照|根据)(?:职责|职能)[，,]?)?(?:负责|負責)?(?:{HELP_MANNER})?"
                      f"(?P<verb>{HELP_VERB}|参与|參與)")
#: Units a duty guides or urges that help with a verb of their own: 指导各区县社会办配合有关部门做好… (they support).
_GUIDED_HELPING = re.compile(f"^(?:负责|負責)?(?:指导|督促|指導)(?P<units>[^，,。；;]{{2,40}}?)(?:{HELP_MANNER})?"
                             f"(?P<verb>{HELP_VERB}|参与|參與)")
#: A later sentence of a duty whose subject acts under another's leadership: 各区县城管大队、分局在辖区政府领导下，….
_UNDER_LEADERSHIP = re.compile(f"^(?P<units>[^，,。；;：:]{{2,40}}?){UNDER_LEADERSHIP}")
#: The word recorded for such units, for the reader's findings.
_UNDER_LEADERSHIP_WORD = "在…领导下"
#: What a duty's verb may do to the units after it, up to the work: 配合有关部门研究…, 会同有关部门，对…; the work
#: may open with how it is done (会同公安、工商等有关部门依法查处…, 共同制定…, 联合开展…).
_WORK = (f"(?=(?:研究|制订|制定|起草|做好|组织|开展|推进|落实|负责|牵头|查处|实施|加强|抓好|督促|指导|贯彻|依法|共同|联合|申请)"
         f"{VERB_NOT_NAME}|[，,]|$)")
#: A clause of basis or purpose before a duty's units: 按照安委会要求, 为确保….
_PURPOSE_CLAUSE = re.compile("^(?:根据|按照|依据|为了|为|围绕)")
#: How many clauses of a sentence are tried as the opening of a later subject (keeps the reading linear).
_MOST_CLAUSES = 12
#: A clause of the duty naming its partners: 会同有关部门，对…; 并会同B研究….
_PARTNERS = re.compile("^(?:并|并且|同时|还|依法)?(?:负责|負責)?(?:会同|會同)(?P<units>[^，,。；;]{2,60}?)" + _WORK)
#: A duty's department set off before its duties: 市卫生局：负责…, 区质量技监局。负责… (a colon, or a full stop); its
#: name may hold a short bracket (各村（社区）：将…发放到农户).
_HEADED = re.compile("^(?P<units>(?:[^，,。；;：:（(]|[（(][^（()）：:，,。]{1,10}[）)]){2,40}?)(?P<mark>[：:。])")
#: A member's department set off by a semicolon, as a copy may write it among members set off by colons: 市农牧局;按照….
_SEMICOLON_HEADED = re.compile("^(?P<units>[^，,。；;：:（(]{2,40}?)[；;](?=[^；;]{4})")
#: What a duty set off by a full stop must open with, as a title ending like a unit may not (建设科普馆。…).
_DUTY_VERB = re.compile("^(?:主要)?(?:负责|牵头|承担|主抓|負責|牽頭)")


def sentence_duties(text: str, known=None, opening=None) -> list[tuple[str, list[Item]]] | None:
    """Split a duty whose later sentences open with their own units into one duty a sentence, or None.

    The sentences before the first that opens with units (a run-in heading) go with it; a sentence
    naming no unit goes on the duty before it. None when fewer than two sentences open with units:
    the duty is one task. With ``opening``, the units the duty was read with in a list of duties one of which has a
    role verb (``A要牵头…；各成员单位要互通信息…。联席会议办公室要…。``), the first sentence naming them is theirs, and a later
    sentence opening with units of their own and 要, 应 or 将 doing their own work (not helping: ``B要积极配合…`` stays
    with the duty before) is a duty too; units in general or named elsewhere (各部门, 有关单位) open none.

    Examples
    --------
    >>> duties = sentence_duties("压实监管责任。生态环境部门负责整治污染。农业部门负责监管种植，加强检测。")
    >>> [(text, [i.text for i in items]) for text, items in duties]
    [('压实监管责任。生态环境部门负责整治污染。', ['生态环境部门']), ('农业部门负责监管种植，加强检测。', ['农业部门'])]
    >>> sentence_duties("农业部门负责监管种植。加强检测。") is None
    True
    >>> members = [Item("各成员单位", "responsible", "")]
    >>> text = "各成员单位要互通信息，认真落实议定事项。联席会议办公室要加强跟踪督促落实，及时通报情况。"
    >>> [(text, [i.text for i in items]) for text, items in sentence_duties(text, opening=members)]
    [('各成员单位要互通信息，认真落实议定事项。', ['各成员单位']), ('联席会议办公室要加强跟踪督促落实，及时通报情况。', ['联席会议办公室'])]
    >>> sentence_duties("各成员单位要认真落实议定事项。县财政局要积极配合，保障经费。", opening=members) is None
    True
    """
    out: list[tuple[str, list[Item]]] = []
    lead_in = ""
    for sentence in (part for part in _SENTENCE_END.split(text) if part.strip()):
        items = subject_units(sentence, known)
        if not items and opening and not out:  # the sentence naming the duty's units is theirs (not a run-in title)
            items = opening if opening[0].text in sentence else None
        elif not items and opening:
            items = _own_modal_duty(sentence, known)
        if items:
            out.append((lead_in + sentence, items))
            lead_in = ""
        elif out:
            out[-1] = (out[-1][0] + sentence, out[-1][1])
        else:
            lead_in += sentence
    return out if len(out) > 1 else None


def _own_modal_duty(sentence: str, known=None) -> list[Item] | None:
    """The units a sentence opens with before 要, 应 or 将 when they do work of their own (联席会议办公室要加强…), or
    None: units helping (县财政局要积极配合…), in general or named elsewhere (各部门, 有关单位) open no duty of theirs."""
    modal, items = MODAL_CLAUSE.match(sentence.strip()), duty_subject_units(sentence, known)
    own = [item for item in items or [] if item.word != "会同"]  # A要会同B…: B supports A's duty
    if modal is None or not own or any(item.role != "responsible" or refers_elsewhere(item.text) for item in own) \
            or split_units(modal.group("units"), known) != [item.text for item in own]:
        return None
    return items


def unit_heading(text: str, known=None) -> list[Item] | None:
    """The units of a heading that names nothing but them (``（二）公安部门`` over its duties), or them and the
    word for their duties (``（七）卫生部门职责、任务``: :func:`duties_of_heading`); else None.

    Such a heading owns the duties below it: each is the unit's, written without its subject. The
    units are responsible; :func:`owned_duty_units` reads each duty's roles.

    Examples
    --------
    >>> [(i.text, i.role) for i in unit_heading("公安部门")]
    [('公安部门', 'responsible')]
    >>> [(i.text, i.role, i.word) for i in unit_heading("卫生部门职责、任务")]
    [('卫生部门', 'responsible', '职责、任务')]
    >>> unit_heading("加强组织领导"), unit_heading("市发改委负责的工作")
    (None, None)
    >>> unit_heading("成员单位")  # 二、成员单位 over the members' list: they are named below, no units of their own

    A title with a role label glued to its end (``适龄女生疫苗接种牵头责任部门：县卫健委``) is a task and its label,
    though the run ends as a unit's name does:

    >>> unit_heading("适龄女生疫苗接种牵头责任部门：县卫健委"), unit_heading("加强宣传责任单位：县委宣传部")
    (None, None)
    """
    text = text.strip().rstrip("。：:")
    if label_start(text):  # a title before a role label: 筛查试点牵头责任部门：A names a task, not a heading's units
        return None
    units = duties_of_heading(text, known) or text
    if not units or _MEMBERS_ONLY.match(text) or not looks_like_unit_list(units, known):
        return None
    return [Item(name, "responsible", text[len(units):]) for name in split_units(units, known)]


def owned_duty_units(units: list[Item], text: str, known=None) -> list[Item]:
    """The units of a duty written under its units' heading (``（二）公安部门`` then ``2.配合维护…``).

    The heading's units do the duty: they support when it opens with 配合, 协助, 协同 or 参与, else
    they are responsible. The units a helping duty helps (``配合有关部门研究…``) are what the duty is
    about, not units of it (the README's role conventions); those after 会同 in any clause
    (``…；会同有关部门，对…``) support. ``units`` is left untouched.

    Examples
    --------
    >>> heading = unit_heading("法制部门")
    >>> [(i.text, i.role) for i in owned_duty_units(heading, "配合有关部门研究起草规范性文件，依法裁决案件。")]
    [('法制部门', 'support')]
    >>> [(i.text, i.role) for i in owned_duty_units(heading, "加强监管；会同有关部门，对事故进行调查。")]
    [('法制部门', 'responsible'), ('有关部门', 'support')]
    >>> [(i.text, i.role) for i in owned_duty_units(heading, "配合维护治安秩序。")]
    [('法制部门', 'support')]
    >>> [(i.text, i.role) for i in owned_duty_units(heading, "参与紧急救援；负责治安管理。")]
    [('法制部门', 'responsible')]
    >>> [(i.text, i.role) for i in owned_duty_units(heading, "配合开展关爱工作，负责隐患的确认。")]
    [('法制部门', 'responsible')]
    >>> [(i.text, i.role) for i in owned_duty_units(heading, "依法会同有关部门开展事故调查。")]
    [('法制部门', 'responsible'), ('有关部门', 'support')]
    >>> text = "提供分布图，根据气象条件会同气象部门提供预报信息。"
    >>> [(i.text, i.role) for i in owned_duty_units(heading, text)]
    [('法制部门', 'responsible'), ('气象部门', 'support')]

    The helping verb may follow 负责 or the remit the unit acts by (``负责协同B查处…``, ``依据职责协助B…``); units
    the duty guides that help with a verb of their own support (``指导各区县社会办配合有关部门…``); a later
    sentence whose subject acts under another's leadership gives that subject a share (``各区县城管大队、分局在
    辖区政府领导下，积极发挥职能作用``, responsible):

    >>> [(i.text, i.role) for i in owned_duty_units(heading, "依据职责协助相关部门处理法制事务。")]
    [('法制部门', 'support')]
    >>> [(i.text, i.role) for i in owned_duty_units(heading, "指导各区县司法所配合有关部门做好普法。")]
    [('法制部门', 'responsible'), ('各区县司法所', 'support')]
    >>> text = "负责组织整治。各区县大队、分局在区县政府领导下，积极发挥作用。"
    >>> [(i.text, i.role) for i in owned_duty_units(heading, text)]
    [('法制部门', 'responsible'), ('各区县大队、分局', 'responsible')]
    """
    text = text.strip()
    # 参与灾区紧急救援；负责灾区治安管理… (or ，负责…): a list of duties with the unit's own charge after the help
    helping = _HELPING.match(text) if not any(_DUTY_VERB.match(part.strip()) for part in re.split("[；;，,]", text)[1:]) \
        else None
    items = [Item(unit.text, "support" if helping else unit.role, helping.group("verb") if helping else unit.word)
             for unit in units]
    for clause, _ in split_clauses(text):
        partners = _PARTNERS.match(clause)
        if partners is not None and looks_like_unit_list(partners.group("units"), known):
            items += [Item(name, "support", "会同") for name in split_units(partners.group("units"), known)]
        else:  # 根据气象条件会同气象部门提供…: a basis or occasion before 会同, or work no verb of _WORK opens
            items += clause_partners(clause, known) or inner_partners(clause, known) or worked_with(clause, known)
        guided = _GUIDED_HELPING.match(clause) if units else None  # the units guided by the heading's department
        if guided is not None and looks_like_unit_list(guided.group("units"), known):
            items += [Item(name, "support", guided.group("verb")) for name in split_units(guided.group("units"), known)]
    return items + _led_subjects(text, {item.text for item in items}, known)


def _led_subjects(text: str, named: set, known=None) -> list[Item]:
    """The subjects of ``text``'s sentences after the first that act under another's leadership (A在B领导下，…),
    responsible; units in ``named`` are not named again."""
    items = []
    for sentence in _SENTENCE_END.split(text)[1:]:
        found = _UNDER_LEADERSHIP.match(sentence.strip())
        if found is None or not looks_like_unit_list(found.group("units"), known):
            continue
        items += [Item(name, "responsible", _UNDER_LEADERSHIP_WORD)
                  for name in split_units(found.group("units"), known) if name not in named]
    return items


def later_subject_units(text: str, known=None, named=None) -> list[Item] | None:
    """Units that a later clause of ``text``'s first sentence gives a share of their own, or None.

    ``各县区负责组织本辖区整治，市直有关部门，依照各自职责，加强日常排查。``: the sentence opens with one
    subject (:func:`zygraph.sentences.statements.subject_units`) and a later clause with another, which leads or
    is responsible; units already named in the sentence are not named again. With ``named`` (the units the
    sentence names otherwise, as ``B为…牵头责任部门``) every clause's subject is a later one. At most the first
    ``_MOST_CLAUSES`` clauses are tried.

    Examples
    --------
    >>> text = "按照要求，各县区负责组织整治，市直有关部门，依照各自职责，加强日常排查。"
    >>> [(i.text, i.role) for i in later_subject_units(text)]
    [('市直有关部门', 'responsible')]
    >>> later_subject_units("市林业局负责，市财政局配合，推进造林。") is None
    True
    """
    sentence = re.split("[。；;]", text.strip(), maxsplit=1)[0]
    clauses = [clause for clause, _ in split_clauses(sentence)][:_MOST_CLAUSES]
    named, items = (set(named) if named is not None else None), []
    for index, clause in enumerate(clauses):
        if named is None and _PURPOSE_CLAUSE.match(clause):
            continue
        found = subject_units("，".join(clauses[index:]), known)
        if not found:
            continue
        if named is None:
            named = {item.text for item in found}  # the sentence's own subject and its partners
        elif found[0].role in ("lead", "responsible") and not named & {item.text for item in found}:
            items += found
            named |= {item.text for item in found}
    return items or None


def sentence_shares(text: str, known=None) -> list[Item] | None:
    """The units of a paragraph whose sentences each give their own units a share, roles read sentence by sentence.

    ``领导小组负责研究重要问题。办公室为牵头责任部门，负责日常工作，其他处室负责具体工作。``: each sentence
    opens with its units (:func:`zygraph.sentences.statements.subject_units`) or names them as what they are
    (:func:`zygraph.sentences.statements.designated_units`), and a later clause may give others a share
    (:func:`later_subject_units`). The role rule applies within each sentence: beside the lead a
    sentence names, its responsible units support; a sentence naming no lead has its units lead. None
    unless one sentence names a lead and another names units but none: without that mix the roles are
    the same read over the paragraph, as other readings do.

    Examples
    --------
    >>> text = "领导小组负责研究重要问题。办公室为牵头责任部门，负责日常工作，其他处室负责具体工作。"
    >>> [(i.text, i.role) for i in sentence_shares(text)]
    [('领导小组', 'lead'), ('办公室', 'lead'), ('其他处室', 'responsible')]
    >>> sentence_shares("市财政局负责拨付资金。市审计局负责审计。") is None
    True
    """
    shares = []
    for sentence in (part for part in _SENTENCE_END.split(text) if part.strip()):
        own = subject_units(sentence, known) or designated_units(sentence, known) or []
        later = later_subject_units(sentence, known, named={item.text for item in own}) if own else None
        if own:
            shares.append(own + (later or []))
    leading = [any(item.role == "lead" for item in items) for items in shares]
    if len(shares) < 2 or all(leading) or not any(leading):
        return None
    return [Item(item.text, "lead", SHARE_WORD) if not led and item.role == "responsible" else item
            for items, led in zip(shares, leading) for item in items]


def headed_duty_units(text: str, known=None) -> list[Item] | None:
    """The units of a numbered duty that opens with them set off by a colon or a full stop, or None.

    ``15、市卫生局：负责对医疗废物…；…`` or ``6、区质量技监局。负责规范…``: a list dividing the work among
    departments writes each department first, then its duties, with or without a role verb
    (``19、市旅游局：旅游规划必须与…相协调``). After a full stop the duty must open with a role verb
    (负责, 牵头, 承担), as a run-in title ending like a unit may not (``建设科普馆。…``). The units are
    responsible, and the duty's own words give the roles as under a heading naming them
    (:func:`owned_duty_units`: ``…；会同财政、环保等有关部门贯彻执行…``, the units after 会同 support).

    Examples
    --------
    >>> text = "市物价局：负责制定收费标准；会同财政、环保等有关部门贯彻执行价格政策。"
    >>> [(i.text, i.role) for i in headed_duty_units(text)]
    [('市物价局', 'responsible'), ('财政', 'support'), ('环保', 'support')]
    >>> [(i.text, i.role) for i in headed_duty_units("各镇、街道。负责做好辖区创建工作。")]
    [('各镇、街道', 'responsible')]
    >>> headed_duty_units("工作目标：到2025年建成体系。"), headed_duty_units("建设科普馆。完善展陈。")
    (None, None)
    >>> [i.text for i in headed_duty_units("各村（社区）：将宣传卡发放到农户。")], headed_duty_units("成员单位：财政所、各村。")
    (['各村（社区）'], None)
    """
    text = text.strip()
    found = _HEADED.match(text)
    if found is None:
        return None
    rest = text[found.end():].strip()
    if not rest.strip("。；; ") or (found.group("mark") == "。" and not _DUTY_VERB.match(rest)):
        return None
    if looks_like_unit_list(rest.rstrip("。；; "), known):
        return None  # 成员单位：A、B、C。: a list of members, no duty
    units = unit_heading(found.group("units"), known)
    return owned_duty_units(units, rest, known) if units else None


def headed_duties(texts: list[str], known=None) -> list[list[Item] | None]:
    """The units of each of a run of lines that each open with their department set off by a colon or a full stop.

    ``县水利局：负责…；负责…。`` then ``县气象局：负责…``: the members of a body listed one a line without a
    number, each with its duties (:func:`headed_duty_units`). A line is read when a neighbour is read so
    too: a lone ``A：…`` line divides nothing. Beside such a line, a department set off by a semicolon (``县农业局；
    按照…``) is read so too, as a copy's slip for the colon. The result is aligned with ``texts`` (None outside a run).

    Examples
    --------
    >>> texts = ["县水利局：负责水情监测。", "县气象局：负责天气预报；发布预警。", "附件：名单"]
    >>> [[(i.text, i.role) for i in items] if items else None for items in headed_duties(texts)]
    [[('县水利局', 'responsible')], [('县气象局', 'responsible')], None]
    >>> headed_duties(["县水利局：负责水情监测。", "加强值班。"])
    [None, None]
    >>> texts = ["县水利局：负责水情监测。", "县农业局；按照预案做好救灾。", "县气象局：负责天气预报。"]
    >>> [[i.text for i in items] for items in headed_duties(texts)]
    [['县水利局'], ['县农业局'], ['县气象局']]
    """
    units = [headed_duty_units(text, known) for text in texts]
    units = [items or (_semicolon_headed(text, known) if any(0 <= other < len(units) and units[other]
                                                              for other in (index - 1, index + 1)) else None)
             for index, (text, items) in enumerate(zip(texts, units))]
    return [items if items and any(0 <= other < len(units) and units[other] for other in (index - 1, index + 1))
            else None for index, items in enumerate(units)]


def _semicolon_headed(text: str, known=None) -> list[Item] | None:
    """The units of ``text`` read as :func:`headed_duty_units` reads them when a semicolon sets its department off
    (``市农牧局；按照…，做好…``), or None; the duty after it names no units alone (``A；B；C`` is a list)."""
    found = _SEMICOLON_HEADED.match(text.strip())
    if found is None or looks_like_unit_list(re.split("[；;。，,]", text.strip()[found.end():])[0], known):
        return None
    return headed_duty_units(found.group("units") + "：" + text.strip()[found.end():], known)


def matter_shares(sentence: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """The matters of a sentence split by ；, each closed by the units it is given, as tasks; or None.

    ``其中，涉及普查经费方面的事项，由财政部负责和协调；涉及宣传动员方面的事项，由国家统计局、中央宣传部负责和协调。``:
    a notice sharing a body's work among its members names each matter, then who does it
    (:func:`zygraph.sentences.statements.sentence_units`). Every part must be so, and two at least; a word linking the
    sentence to the one before (其中) is not the first matter's. The units are responsible.

    Examples
    --------
    >>> shares = matter_shares("其中，涉及经费的事项，由财政部负责和协调；涉及投资的事项，由国家发展改革委负责。")
    >>> [(task, [(i.text, i.role) for i in items]) for task, items in shares]
    [('涉及经费的事项', [('财政部', 'responsible')]), ('涉及投资的事项', [('国家发展改革委', 'responsible')])]
    >>> matter_shares("涉及经费的事项，由财政部负责；加强宣传。") is None
    True
    """
    parts = [part.strip().rstrip("。；; ") for part in re.split("(?<=[；;])", sentence) if part.strip("。；; ")]
    shares = [sentence_units(part, known) for part in parts]
    if len(shares) < 2 or not all(share and share[0].strip(" ，,") for share in shares):
        return None
    return [(CONNECTIVE.sub("", text.strip()) if index == 0 else text.strip(), items)
            for index, (text, items) in enumerate(shares)]


def carried_out_units(text: str, known=None) -> list[Item] | None:
    """The units a sentence after a task's closing group names to carry it out, after the person in charge.

    ``（牵头单位：区环保厅）。由鲁国会、郑忠安副厅长分别负责，环境监测处和农村环境监督管理处分别落实。``: a
    department passing on the tasks it holds names, for each, who answers for it and which of its own
    divisions carry it out. The sentence opens with 由 and people (no unit list) before 负责, and every
    later clause is units with their verb (落实): those units are the task's too, responsible (beside
    the group's lead they support); the people come first, as people. None for any other sentence (a
    unit after 由 makes the sentence a task of its own).

    Examples
    --------
    >>> items = carried_out_units("由金国兴总工负责，污染物排放总量控制处落实。")
    >>> [(i.text, i.role) for i in items]
    [('金国兴总工', 'person'), ('污染物排放总量控制处', 'responsible')]
    >>> carried_out_units("由市环保局负责，市监测站落实。"), carried_out_units("由张总工负责，加快推进。")
    (None, None)
    """
    clauses = [clause for clause, _ in split_clauses(text.strip().rstrip("。；; "))]
    found = _ANSWERS_FOR.match(clauses[0]) if len(clauses) > 1 else None
    if found is None or looks_like_unit_list(found.group("who"), known):
        return None
    items = []
    for clause in clauses[1:]:
        group = parse_group(clause, known)
        if not group or not all(item.role != "person" and looks_like_unit_list(item.text, known) for item in group):
            return None
        items += group
    return [Item(name, "person", "") for name in split_units(found.group("who"), known)] + items
