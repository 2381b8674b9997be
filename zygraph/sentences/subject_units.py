"""Units a sentence makes its subject: a duty's department (A负责…, A会同B制订…), units named as what they are for.

A modal subject alone (``A、B要加强…``, no role verb) is read by :func:`zygraph.sentences.modal_duties.modal_subject_units`.
"""

from __future__ import annotations

import re

from zygraph.sentences.designated_clauses import FIXES, LABEL_WORDS, NAMED_AS, designated_clauses
from zygraph.sentences.everyone import refers_elsewhere, role_holders
from zygraph.sentences.grammar import Item, parse_group, split_clauses
from zygraph.sentences.role_words import role_of
from zygraph.sentences.helper_clauses import helper_clause_units, units_before_their_work
from zygraph.sentences.part_titles import after_part_title
from zygraph.sentences.speakers import DOCUMENT_SAYS
from zygraph.names.numerals import DATE
from zygraph.names.unitform import opens_with_level
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import BY, VERB_NOT_NAME, split_outside_brackets
from zygraph.names.listlike import balanced, looks_like_unit_list
from zygraph.sentences.first_work import deciding_help

__all__ = ["subject_units", "sentence_subjects", "helped_units", "designated_units", "duty_subject_units",
           "WITH", "DUTY_OPENERS", "CONNECTIVE", "MODALS", "MODAL_INSIDE", "UNDER_LEADERSHIP"]

#: 会同 as notices write it, with its common miswriting 汇同 (各乡镇汇同环保局完善…).
WITH = ("会同", "會同", "汇同")
#: A word linking a duty to the sentence before it, not part of its units: 即县水务局牵头, 其中省财政厅负责, 例如，….
CONNECTIVE = re.compile("^(?:即|其中|此外|另外|例如|比如)[，,]?")
#: Units as the subject of a duty at a text's start: 公安部负责…, A及B按照各自职能分工，负责…, A会同B制订…, with 具体 before
#: the verb, as a rule says who does the work on the ground (A、B区住建部门具体负责…), and A承担制定…的职责 (as 负责);
#: a unit handling a titled item, 承办 (as 负责) or 主办 before a quoted title, with 的 or without: a proposal-handling
#: report's items 1.A承办的“关于…的建议”(第1号) (承办 alone is too often the government taking all: 区政府承办…提案共38件).
_SUBJECT = re.compile("^(?P<units>[^，,。；;：:]{2,80}?)(?:(?:按照?|依照?|依据)各自(?:职能|职责)(?:分工)?[，,]?"
                      "|(?:按照?|依照?|依据?)职责(?:分工)?[，,]?|要|应|将|还将|也将|还|也)?(?:具体|具體)?(?P<verb>会同|會同|汇同|牵头|牽頭"
                      "|负责|負責|主办|配合|协助|协同|承[担擔](?=[^，,。；;]{1,40}?的(?:职责|職責))|承[办辦](?=的?[“\"《「]))"
                      "(?!同志|人(?![口员才民事力居防社])|的(?![“\"《「])|责任|責任)")
#: Units doing their share by their remits, with no role verb after: A，依照各自职责，严格加强….
_BY_REMIT = re.compile("^(?P<units>[^，,。；;：:]{2,80}?)[，,]?(?P<verb>(?:按照?|依照?|依据)各自(?:职能|职责)(?:分工)?)[，,]?"
                       "(?!会同|會同|牵头|牽頭|负责|負責|主办|配合|协助|协同)")
#: A unit said to be the body in charge of the work, then its duty: A是本市公园行政主管部门，负责… (a decree's article);
#: or the body that coordinates or runs it, the duty in the next sentence: A和B为运动会的总协调机构。负责联系….
_IN_CHARGE = re.compile("^(?P<units>[^，,。；;：:]{2,40}?)(?:(?:是|为|為)[^，,。；;：:是为為]{0,20}?"
                        "(?:主管部门|主管机关|主管单位|主管部門|主管機關|主管單位|机构|機構)[，,。]"
                        "|(?P<acting>作为|作為)[^，,。；;：:]{0,20}?(?:主体|主體|机构|機構)[，,])(?P<verb>负责|負責)")
#: A body named by its part in the work (运营单位, 建设单位, 运营企业): a unit where its sentence says what body it is
#: (运营单位作为专区运营主体，负责…), though its form alone names none.
_NAMED_BY_PART = re.compile("^[\u4e00-\u9fff]{2,4}(?:单位|單位|企业|企業)$")
#: 由 inside what would be a duty's units: the work comes first, its units after 由 (……安全生产工作由省教育厅牵头).
_BY_INSIDE = BY  # 由 inside units read before a role verb: 由A牵头 is no unit list
#: The units a 协助, 配合 or 协同 helps, and their verb: 协助城市管理等有关部门负责…, 协助A完成…征迁工作, 协同市建委负责….
_HELPED = re.compile("([^，,。；;]{2,60}?)(负责|牵头|負責|牽頭|完成|落实|落實)")
#: A later sentence of a duty whose subject is left out, helping units that have a verb of their own:
#: 同时，协助县国土资源局完成…, 并配合B落实….
_HELPING_LATER = re.compile("^(?:同时|同時|并|並|还|還|另外|此外)?[，,]?(?P<verb>协助|協助|配合)")
#: Clauses before a duty's units: basis, purpose, the leadership they act under, or the occasion they act on
#: (根据《方案》，为支持…，在市政府的领导下，发生地震灾害时，).
UNDER_LEADERSHIP = "在[^，,。；;]{2,40}?(?:的)?(?:统一)?(?:领导|領導|指导|指導)下"
_PURPOSE = re.compile(f"^(?:(?:(?:根据|按照|依据|为了|为|围绕)[^，,。；;]*|{UNDER_LEADERSHIP}|[^，,。；;]{{1,20}}?[时時])[，,])+")
#: A condition before the 由 giving the work to its units: 未设立管理机构的，由A负责… (who does it where the condition
#: holds; the condition stays in the duty's text).
_CONDITION = re.compile("^[^，,。；;：:由]{2,40}?的[，,](?=由)")
#: A figure in what would be the units (31万保障房), but not the count of a collective (13个街道).
_COUNTED = re.compile(r"\d(?!\d*个)")
#: A note after a list of names giving the name they go by (A和B（以下统称专区监管部门）, A（以下简称市科协）).
NAME_NOTE = re.compile("[（(](?:以下)?(?:简称|统称|合称)")
#: The units after 会同, up to the verb of the duty: 会同国家发展改革委制订….
_PARTNERS = re.compile(f"([^，,。；;]{{2,60}}?)(?=(?:制订|制定|研究|负责|做好|组织|提出|开展|推进|落实|加强|建立|完善){VERB_NOT_NAME}|[，,])")
#: A later clause of a duty whose subject is left out, naming the partners: ……，会同B组织…, ……，并会同B研究….
#: The units a lead coordinates are its partners too: A牵头并协调B、C等部门共同形成…, A负责，协调B做好….
_JOINS = re.compile("^(?:并|并且|同时|还|也)?(?P<verb>会同|會同|协调|協調)(?P<units>[^，,。；;]{2,60}?)"
                    f"(?=(?:制订|制定|研究|负责|做好|抓好|组织|提出|开展|推进|落实|加强|建立|完善|指导|督促|共同){VERB_NOT_NAME}|$)")
#: Units named as what they are for the work, opening a sentence: A为该项工作的牵头单位, B、C为协办单位,
#: A作为全市招商牵头责任部门 (after 作为, what the label is for may come before it without 的; after 为 or 是
#: it takes 的: 试点城市政府是建设试点责任主体 says what the city is, not its role in a task).
_DESIGNATED = re.compile(f"^(?P<units>[^，,。；;：:]{{2,200}}?)(?:{NAMED_AS}|(?:作为|作為)[^，,。；;：:]{{0,30}}?)"
                         f"(?P<label>{LABEL_WORDS})(?=[，,。；;]|$)")
#: The modal verbs, each one character: right after a duty's opening units one ends them (县督查室要…, 市统计局应…);
#: no unit's name holds one (各省政府要建立… is a requirement, not units).
MODALS = "要应将须"
#: One of MODALS inside a would-be subject (今年全县新建项目要全部): a clause, no unit; not in a name (应急管理局, 将乐县).
MODAL_INSIDE = re.compile(f"[{MODALS}](?!急|用|乐|樂)")
#: A modal right after a duty's opening units, not a word it begins (A根据B要求开展…: 要求 is B's requirement).
_MODAL_AT = re.compile(f"[{MODALS}](?!求|點|点|急|用)")
#: How far a duty's opening units may run: 中国储备粮管理总公司 and two more.
_DUTY_SUBJECT_LONGEST = 40
#: A duty that supports: 做好相关配合工作, 协助做好…, 参与….
_SUPPORT_DUTY = re.compile("配合|协助|协同|参与")
#: The unit's own charge, said before a supporting word (负责督查…，配合区农委…): it is responsible, helping besides.
_OWN_CHARGE = re.compile("负责|負責|牵头|牽頭")
#: The partners a duty's units do it with, up to the work: 并会同有关部门落实…, 会同市财政局，研究….
_DUTY_PARTNERS = re.compile("(?:会同|會同|汇同)(?P<units>[^，,。；;]{2,40}?)(?=(?:落实|研究|制订|制定|起草|做好|组织|开展|推进|负责|实施|"
                            f"加强|抓好|督促|指导){VERB_NOT_NAME}|[，,]|$)")
#: A sentence of the subject's duty whose lead organises units doing work of their own: 负责牵头组织有关部门查处…
#: (the units organised, with a verb of their own, support; 牵头组织开展… names the work, no units).
_LEAD_ORGANISES = re.compile("^(?:并|同时|还)?(?:负责|負責)?(?:牵头|牽頭)组织(?P<units>[^，,。；;]{2,40}?)"
                             "(?=查处|对|開展|开展|进行|共同|参与|参加|做好|实施|落实|研究|整治|清理|检查)")
#: A date alone after a name: the signature closing a notice (防控应急保障组办公室 / 2020年1月23日), no duty.
_SIGNATURE_DATE = re.compile(f"^\\s*{DATE}\\s*$")
#: A body's posts counted after its name: 市政府办公室机关行政编制79名, 县档案局事业编制5名 (its staffing, no duty).
_POSTS = re.compile("(?:机关|機關)?(?:行政|事业|事業|工勤)?(?:编制|編制)(?:数|數)?(?:为|為)?[0-9一二三四五六七八九十百]+名")
#: The first character of a duty after its units: 在, 要, 对, 做好, 优先, 加强, 组织, 督促, 继续….
DUTY_OPENERS = frozenset("在要应将对按依根结做优积加组协配参抓落开推提保确严督指牵主承会继")
#: Words opening with 调 after a unit ending in 协 (县科协调研…): the unit is 科协, no 协调 runs into a longer name.
_TIAO_WORDS = ("调研", "调查", "调度", "调整", "调解", "调处", "调配", "调控", "调動", "调动")
#: Words whose first character ends a unit's name but which name no unit: 建设行政执法队伍 is the work (a force to
#: build), not 建设行政执法队 followed by 伍, nor 建设行 (as 银行) followed by 政; 局面, 所在, 会议 likewise. A unit's name never ends inside one of them.
_WORDS_ACROSS_A_NAME = ("队伍", "隊伍", "局面", "局势", "所有", "所在", "所属", "会议", "會議", "处理", "处置", "办理",
                        "办法", "部分", "部署", "行政", "行动", "行为")
#: Words a duty without a role verb opens with, after its units: 市科协协调…, 某办事处组织协调…, 军分区根据…的请求,
#: 市爱卫办统筹协调… (统 ends no name there: 市爱卫办统筹协 is no unit).
_DUTY_WORDS = ("协调", "组织", "根据", "按照", "依据", "参加", "协助", "配合", "参与", "协同", "做好", "负责",
               "统筹", "联合",  # 县农技中心联合检查验收: 联 ends a name (妇联), but 联合 opens the duty
               "立即", "迅速", "及时",  # 省安监局立即组织…: an adverb of time before the duty's verb (省 opens no verb)
               "成立", "建立")  # 各镇政府成立相应的指挥机构和办事机构: the body sets up organs of its own (…和办 is none)
#: A duty opening with one of these words supports (市红十字会参加灾区救灾…), wherever the sentence goes on.
_SUPPORT_OPENERS = ("协助", "配合", "参加", "参与", "协同")
def subject_units(text: str, known=None) -> list[Item] | None:
    """Units that are the subject of a duty: ``公安部负责维护……``, ``A及B按照各自职能分工，负责……``,
    ``国务院新闻办会同国家发展改革委制订……``, ``A、B将负责……``; None when the text opens otherwise.

    Role clauses right after the subject name its partners (``A负责，B、C配合，…``). A name holding a
    role label (``各牵头单位要…``) refers to units named elsewhere, and 由 inside the opening
    (``……工作由A牵头``) makes it the work, not its units: neither is a subject.

    Examples
    --------
    >>> [(i.text, i.role) for i in subject_units("在国务院统一领导下，铁道部、交通部负责根据需要安排运输。")]
    [('铁道部', 'responsible'), ('交通部', 'responsible')]
    >>> [(i.text, i.role) for i in subject_units("国务院新闻办会同国家发展改革委制订新闻发布预案，负责发布新闻。")]
    [('国务院新闻办', 'lead'), ('国家发展改革委', 'support')]
    >>> [(i.text, i.role) for i in subject_units("由市园林局负责，市城管局配合，开展绿地养护。")]
    [('市园林局', 'responsible'), ('市城管局', 'support')]
    >>> [(i.text, i.role) for i in subject_units("市商务局牵头并协调市公安局、海关等部门共同形成工作机制。")]
    [('市商务局', 'lead'), ('市公安局', 'support'), ('海关', 'support')]
    >>> [(i.text, i.role) for i in subject_units("根据灾区需求或市领导指示，市民政局会同财政局下拨救灾应急款物。")]
    [('市民政局', 'lead'), ('财政局', 'support')]
    >>> [(i.text, i.role) for i in subject_units("发生重大灾情时，市民政局会同市财政局研究救灾资金安排。")]
    [('市民政局', 'lead'), ('市财政局', 'support')]
    >>> [(i.text, i.role) for i in subject_units("市粮食局负责救灾粮的调拨工作；会同有关部门提出动用方案。")]
    [('市粮食局', 'responsible'), ('有关部门', 'support')]
    >>> subject_units("市政府负责同志要亲自抓。") is None
    True
    >>> [(i.text, i.role) for i in subject_units("市城乡建设行政主管部门是本市公园行政主管部门，负责行业管理。")]
    [('市城乡建设行政主管部门', 'responsible')]
    >>> [(i.text, i.role) for i in subject_units("未设立管理机构的，由公园业主单位负责日常管理工作。")]
    [('公园业主单位', 'responsible')]
    >>> [(i.text, i.role) for i in subject_units("运营单位作为专区运营主体，负责数据专区的建设运营等工作。")]
    [('运营单位', 'responsible')]
    """
    text = CONNECTIVE.sub("", _PURPOSE.sub("", text.strip()))  # 根据《方案》，为支持…发展，A、B将负责…
    text = after_part_title(text)  # 四、工作要求交通运输部要牵头…: a copy glued the part's title to the subject
    text = _CONDITION.sub("", text)  # 未设立管理机构的，由A负责…
    found = _SUBJECT.match(text) or _BY_REMIT.match(text) or _IN_CHARGE.match(text)
    # 运营单位作为专区运营主体，负责…: the sentence says the name is a body's, whatever its form
    said = found is not None and found.re is _IN_CHARGE and found.group("acting") \
        and _NAMED_BY_PART.match(found.group("units"))
    if found is None or not balanced(found.group("units")) or _COUNTED.search(found.group("units")) \
            or _BY_INSIDE.search(found.group("units"), 1) or role_holders(found.group("units")) \
            or not (said or looks_like_unit_list(found.group("units"), known)):
        return None  # 省31万保障房责任单位浮出水面住建厅将牵头: a headline's figures name no unit
    verb = found.group("verb")
    # 民宗部门协助城市管理等有关部门负责…, A、B协同C负责…: the assisted units do the duty
    if verb in ("协助", "配合", "协同"):
        helped = _helped_units(text, found.end(), known)
        if helped is not None:
            end, items = helped
            return ([Item(name, "support", verb) for name in split_units(found.group("units"), known)]
                    + items + _role_clauses(text, end, known))
    if verb not in WITH:
        role = "responsible" if verb.startswith(("按", "依")) else role_of(verb)  # 依照各自职责: their share
        return ([Item(name, role, verb) for name in split_units(found.group("units"), known)]
                + _role_clauses(text, found.end(), known))
    partners = _PARTNERS.match(text, found.end())
    if partners is None or not looks_like_unit_list(partners.group(1), known):
        # 根据…，市民政局会同财政局下拨救灾应急款物: the work opens with a verb _PARTNERS does not list
        opening = _opening_units(re.split("[，,。；;]", text[found.end():], maxsplit=1)[0], known)
        return ([Item(name, "lead", verb) for name in split_units(found.group("units"), known)]
                + [Item(item.text, "support", verb) for item in opening]) if opening else None
    return ([Item(name, "lead", verb) for name in split_units(found.group("units"), known)]
            + [Item(name, "support", verb) for name in split_units(partners.group(1), known)]
            + _role_clauses(text, partners.end(), known))


def _helped_units(text: str, start: int, known=None) -> tuple[int, list[Item]] | None:
    """The units a 协助, 配合 or 协同 ending at ``start`` helps, when they have a verb of their own (``协助B负责…``,
    ``协助B完成…``): (where their verb ends, the units in the role it gives: 完成 and 落实 say they carry the
    work out, responsible), or None (``配合有关部门研究…``: what the help is about, no units of it)."""
    helped = _HELPED.match(text, start)
    if helped is None or not looks_like_unit_list(helped.group(1), known):
        return None
    verb = helped.group(2)
    role = "responsible" if verb == "完成" else role_of(verb)
    return helped.end(), [Item(name, role, verb) for name in split_units(helped.group(1), known)]


def helped_units(text: str, known=None) -> list[Item] | None:
    """The units a later sentence of a duty helps when its subject is left out and they have a verb of their own:
    ``同时，协助县国土资源局完成…`` -> 县国土资源局, responsible; else None.

    The left-out subject is the duty's own unit, named by the sentence before; whom it helps does the work the
    verb says (the README's role conventions: ``A协助B完成…`` makes B a unit). Units named elsewhere in general
    (``协助有关部门完成…``) are none.

    Examples
    --------
    >>> [(i.text, i.role, i.word) for i in helped_units("同时，协助县国土资源局完成桥西村商铺征迁工作。")]
    [('县国土资源局', 'responsible', '协助…完成')]
    >>> helped_units("同时，协助有关部门完成征迁工作。"), helped_units("协助教育部门对校医的培训。")
    (None, None)
    """
    text = text.strip()
    found = _HELPING_LATER.match(text)
    helped = _helped_units(text, found.end(), known) if found else None
    if helped is None or any(refers_elsewhere(item.text) for item in helped[1]):
        return None
    # the word says how the unit came in, for the role finding: 协助…完成
    return [Item(item.text, item.role, f"{found.group('verb')}…{item.word}") for item in helped[1]]


def _role_clauses(text: str, start: int, known=None) -> list[Item]:
    """The units of the role clauses right after a duty's subject: ``A负责，B、C及D配合，督促…`` -> B, C, D.

    Clauses are read from ``start`` to the first that is no group of units with a role verb, within
    the sentence; the duty's own words (``负责做好…``) end the run at once. A later comma clause may still name
    partners: after 会同, or as helpers of their own (``A负责X，B、C配合``: :mod:`zygraph.sentences.helper_clauses`).
    """
    sentence = re.split("[。；;]", text[start:], maxsplit=1)[0]
    items: list[Item] = []
    clauses = split_clauses(sentence)
    for index, (clause, _) in enumerate(clauses):
        group = parse_group(clause, known)
        if not group or not all(item.role != "person" and looks_like_unit_list(item.text, known) for item in group):
            clauses = clauses[index:]
            items += next((found for end in range(1, len(clauses) + 1)  # A牵头，B，C负责组织实施…: B、C take 负责
                           if (found := units_before_their_work([c for c, _ in clauses[:end]], known))), [])
            break
        items += group
    else:
        clauses = []
    whole = {piece.strip() for piece in split_outside_brackets(sentence, "，,")[0]}  # not 形成部门配合、社会参与's parts
    for clause, _ in clauses:  # A负责编制预算，会同B组织评价: the subject's later clause names its partners
        partners = _JOINS.match(clause)
        if partners is not None and looks_like_unit_list(partners.group("units"), known):
            items += [Item(name, "support", partners.group("verb"))
                      for name in split_units(partners.group("units"), known)]
        # A牵头负责…，B、C要积极配合; A负责…，B、C配合: the units that help, as subject of a comma clause of their own
        items += helper_clause_units(clause, known) if clause in whole else []
    # A负责…工作；会同B提出…: a later ；-clause of the sentence goes on with the subject left out
    later = re.split("。", text[start:], maxsplit=1)[0][len(sentence) + 1:]
    return items + [item for part in re.split("[；;]", later) for item in _later_partners(part, known)]


def _later_partners(sentence: str, known=None) -> list[Item]:
    """The partners a later sentence of a duty names with 会同, its subject (the duty's unit) left out: ``……工作；
    会同有关部门提出…`` -> 有关部门, support (the README: the unit after 会同 supports); none when it opens otherwise
    (``协调有关部门做好…`` there names what the work coordinates, not who does it).

    >>> [(i.text, i.role) for i in _later_partners("会同有关部门提出储备粮动用方案，报市政府批准。")]
    [('有关部门', 'support')]
    >>> _later_partners("协调有关部门做好预警。")
    []
    """
    partners = _JOINS.match(sentence.strip())
    if partners is None or partners.group("verb") not in WITH or not looks_like_unit_list(partners.group("units"), known):
        return []
    return [Item(name, "support", partners.group("verb")) for name in split_units(partners.group("units"), known)]


def sentence_subjects(text: str, known=None) -> list[Item] | None:
    """Units of a paragraph whose sentences open with who does them: the first sentence's and every later one's.

    A measure may give a second unit a duty of its own in a later sentence (``由A负责，开展……。B负责做好……``),
    or have its unit help another that does the work (``……。同时，协助B完成……``, :func:`helped_units`): both are
    its units. A first sentence may say what its units are, the duty following in the next with its subject left
    out (``A和B为…的总协调机构。负责…``). None when the first sentence names no subject (:func:`subject_units`).

    Examples
    --------
    >>> [(i.text, i.role) for i in sentence_subjects("由市农业局负责，开展抽检。市供销社负责做好农资监管。")]
    [('市农业局', 'responsible'), ('市供销社', 'responsible')]
    >>> [(i.text, i.role) for i in sentence_subjects("由县住建局负责，完成房屋征收。同时，协助县国土局完成征迁。")]
    [('县住建局', 'responsible'), ('县国土局', 'responsible')]
    >>> sentence_subjects("开展抽检。市供销社负责做好农资监管。") is None
    True
    >>> [(i.text, i.role) for i in sentence_subjects("县政府办和县教育局为运动会的总协调机构。负责联系各部门。")]
    [('县政府办', 'responsible'), ('县教育局', 'responsible')]
    >>> [(i.text, i.role) for i in sentence_subjects("工商部门负责流通环节的监管。负责牵头组织有关部门查处无照经营。")]
    [('工商部门', 'responsible'), ('有关部门', 'support')]
    >>> [(i.text, i.role) for i in sentence_subjects("市粮食局负责救灾粮的调拨；会同有关部门提出动用方案。")]
    [('市粮食局', 'responsible'), ('有关部门', 'support')]
    """
    sentences = [part for part in re.split("(?<=[。；;])", text) if part.strip("。；; ")]
    items = subject_units(sentences[0], known) if sentences else None
    later = sentences[1:]
    if not items and len(sentences) > 1 and _IN_CHARGE.match(sentences[0].strip() + sentences[1]):
        # A和B为运动会的总协调机构。负责联系…: what the units are, then their duty with its subject left out
        items, later = subject_units(sentences[0] + sentences[1], known), sentences[2:]
    if not items:
        return None
    for sentence in later:  # 同时，协助B完成…: the left-out subject helps B, whose verb makes it a unit
        # 负责牵头组织有关部门查处…: the left-out subject leads units doing work of their own, who support
        # 会同B提出…: the left-out subject does it with partners, who support
        items += subject_units(sentence, known) or helped_units(sentence, known) or _organised_units(sentence, known) \
            or _later_partners(sentence, known)
    return items


def designated_units(text: str, known=None) -> list[Item] | None:
    """Units that sentences of ``text`` name as what they are for the work: ``A为该项工作的牵头单位`` leads,
    ``B、C为协办单位`` support; None when no sentence opens so.

    Each sentence is read from its start: its units, 为 (or 是), what the label is for (``该项工作的``,
    optional) and a role label (:data:`zygraph.sentences.grammar.LABELS`), ending its clause. After 作为, what
    the label is for needs no 的 (``A作为全市招商牵头责任部门``).

    Examples
    --------
    >>> text = "县交通局为该项工作的牵头单位，负责制定方案。县财政局、各乡镇为协办单位，要积极配合。"
    >>> [(i.text, i.role) for i in designated_units(text)]
    [('县交通局', 'lead'), ('县财政局', 'support'), ('各乡镇', 'support')]
    >>> [(i.text, i.role) for i in designated_units("市经委作为全市招商牵头责任部门，要组织协调好各项工作。")]
    [('市经委', 'lead')]
    >>> designated_units("列第一位的为牵头单位，其他单位配合。") is None
    True

    A sentence fixing its units with 明确 or 确定 designates them clause by clause (:func:`designated_clauses`):

    >>> [(i.text, i.role) for i in designated_units("确定县公安局为牵头单位，县交通局为配合单位。")]
    [('县公安局', 'lead'), ('县交通局', 'support')]
    """
    items: list[Item] = []
    for sentence in re.split("(?<=[。；;])", text):
        sentence = CONNECTIVE.sub("", sentence.strip())
        if FIXES.match(sentence):  # 明确A为责任主体，站长为…，B为工作主体: each clause after the verb designates
            items += designated_clauses(sentence, known) or []
            continue
        found = _DESIGNATED.match(sentence)
        if found is None or not looks_like_unit_list(found.group("units"), known):
            continue
        label = found.group("label")
        items += [Item(name, role_of(label), label) for name in split_units(found.group("units"), known)]
    return items or None


#: Units and the modal verb after them, opening a clause: 县农业技术推广中心将在….
_MODAL_OPENING = re.compile(f"^(?P<units>[^，,。；;：:]{{2,{_DUTY_SUBJECT_LONGEST}}}?)[{MODALS}]")
#: 负责 as the duty's verb, not in 负责人 (the person in charge): no unit's name runs past it.
_CHARGE = re.compile("负责(?!人)|負責(?!人)")
#: The units' division of work under a condition, after their names: 各职能部门分工若有遗漏，以…为准 says how gaps in the
#: division are settled, no duty of theirs (分工负责 would be their duty: each its share).
_DIVISION_CONDITION = re.compile("^(?P<units>[^，,。；;：:]{2,40}?)(?:职责|職責)?分工(?:若|如|倘)")
#: The most names a subject listed with commas is tried over (A，B，C将…).
_LISTED_MOST = 8


def _named_by_level(name: str) -> bool:
    """True when ``name`` opens as one place's bodies listed are named: with its level or 各 (县爱卫会办公室, 各乡镇)."""
    return name.startswith("各") or opens_with_level(name)


def _level_names(text: str, known=None) -> bool:
    """True when ``text`` is a list of units each opening with its level or 各 (县爱卫会办公室, 各乡镇)."""
    return looks_like_unit_list(text, known) and all(_named_by_level(name) for name in split_units(text, known))


def _comma_listed(text: str, known=None) -> list[Item] | None:
    """The units of a duty's subject listed with commas, the last opening the duty, or None.

    A copy that wrote a list's 、 as ASCII commas (made ，) leaves ``县委、县政府督察室，县爱卫会办公室，县农业技术推广中心将
    在…检查``: each clause before the last a name alone, the last opening the duty with its own. The units take the
    role the last one's duty gives. Each name opens with its level or 各, as one place's bodies listed do: a
    clause of work ending like a unit (发现问题及时抄报相关职责部门) is no name.

    >>> [(i.text, i.role) for i in _comma_listed("县爱卫会办公室，县农技中心将在发放过程中进行检查")]
    [('县爱卫会办公室', 'responsible'), ('县农技中心', 'responsible')]
    >>> _comma_listed("加强领导，县农技中心将进行检查"), _comma_listed("县农技中心将进行检查")
    (None, None)
    """
    clauses = re.split("[，,]", text, maxsplit=_LISTED_MOST)
    for count in range(1, len(clauses)):
        if not _level_names(clauses[count - 1].strip(), known):
            return None
        modal = _MODAL_OPENING.match(clauses[count].strip())  # 县农技中心将在…深入到各单位: a name with its modal
        # the last clause is read without the comma pass: a list is never re-entered for its rest (bounded depth)
        last = [Item(name, "responsible", "") for name in split_units(modal.group("units"), known)] \
            if modal and _level_names(modal.group("units"), known) else _opening_units(clauses[count], known)
        if last and all(_named_by_level(item.text) for item in last):
            named = [Item(name, last[0].role, last[0].word) for clause in clauses[:count]
                     for name in split_units(clause, known)] + last
            return [item for index, item in enumerate(named) if item.text not in {i.text for i in named[:index]}]
    return None


def duty_subject_units(text: str, known=None) -> list[Item] | None:
    """Units opening a duty that has no role verb (``市电业局在保证供电前提下，优先安排……``), or None.

    Read only in a list of duties whose neighbour opens with its units and a role verb: there each
    paragraph's subject is the unit that does it. The units are the longest opening that looks like a
    list of units and is followed by a modal verb or a duty's word (``协调``, ``组织``, ``根据``), else
    the longest one, with a duty after them (not nothing, nor the date of a signature); they support when
    the duty opens with a supporting verb (``参加``, ``协助``) or its first clause says so (``做好相关配合工作``),
    else they are responsible; responsible units doing the duty 会同 others (``会同有关部门落实…``) have those
    others support them, and a supporting word after 会同 (``落实参与救援人员的政策``) names the work, not a role.

    Examples
    --------
    >>> [(i.text, i.role) for i in duty_subject_units("市电业局在保证供电前提下，优先安排低排放机组发电。")]
    [('市电业局', 'responsible')]
    >>> [(i.text, i.role) for i in duty_subject_units("其他有关部门在指挥部的统一领导下，做好相关配合工作。")]
    [('其他有关部门', 'support')]
    >>> [(i.text, i.role) for i in duty_subject_units("市科协协调有关学会的抗灾救灾研究工作。")]
    [('市科协', 'responsible')]
    >>> [i.text for i in duty_subject_units("县安监局立即组织省救援队赶赴灾区。")]  # not 县安监局立即组织省
    ['县安监局']
    >>> [i.text for i in duty_subject_units("各镇政府成立相应的救助机构和办事机构，负责救灾。")]  # not …和办
    ['各镇政府']
    >>> [(i.text, i.role) for i in duty_subject_units("市红十字会参加灾区救灾和伤员现场救护工作。")]
    [('市红十字会', 'support')]
    >>> [(i.text, i.role) for i in duty_subject_units("县人社局组织制定并会同有关部门落实参与救援人员的工伤政策。")]
    [('县人社局', 'responsible'), ('有关部门', 'support')]
    >>> [(i.text, i.role) for i in duty_subject_units("通知指出市爱卫办将对各地开展检查督办。")]
    [('市爱卫办', 'responsible')]
    >>> duty_subject_units("各项工作要抓紧落实。"), duty_subject_units("应急保障组办公室2020年1月23日")
    (None, None)
    >>> duty_subject_units("防控应急保障组办公室") is None
    True
    >>> [(i.text, i.role) for i in duty_subject_units("相关行业主管部门和相关区政府（以下统称专区监管部门）落实决策。")]
    [('相关行业主管部门', 'responsible'), ('相关区政府', 'responsible')]
    >>> duty_subject_units("建设行政执法队伍及建立城市管理长效机制等。") is None
    True

    The first 负责 ends the units: a name runs past none (业主负责城镇 is no name, though it ends as 镇 does):

    >>> [i.text for i in duty_subject_units("吴泾市场所负责城镇经营类房屋涉及的营业执照复查；")]
    ['吴泾市场所']
    >>> duty_subject_units("业主负责城镇小区的巡查。") is None
    True

    A condition on the units' division settles its gaps, and is no duty of theirs:

    >>> duty_subject_units("各职能部门分工若有遗漏，以镇拓展网格划分为准。") is None
    True
    >>> [i.text for i in duty_subject_units("各职能部门分工负责，密切配合。")]
    ['各职能部门']

    A body's posts counted after its name are its staffing, no duty; drawing something up (编制) is one:

    >>> duty_subject_units("县政府办公室机关行政编制12名。其中：主任1名。") is None
    True
    >>> [i.text for i in duty_subject_units("县发改委编制全县发展规划。")]
    ['县发改委']
    """
    text = DOCUMENT_SAYS.sub("", _PURPOSE.sub("", text.strip()))  # 通知指出市爱卫办将对…: the notice says it
    text = after_part_title(text)  # 二、职责分工县财政局保障经费…: the part's title glued to the subject
    if (division := _DIVISION_CONDITION.match(text)) and looks_like_unit_list(division.group("units"), known):
        return None  # 各职能部门分工若有遗漏，以…为准: how gaps in the division are settled, no duty
    listed = _comma_listed(text, known)
    if listed is not None:  # A，B，C将在…检查: the units of a list written with commas, one subject
        return listed
    return _opening_units(text, known)


def _opening_units(text: str, known=None) -> list[Item] | None:
    """:func:`duty_subject_units` of ``text`` without the pass reading a subject listed with commas."""
    text = text.strip()
    if looks_like_unit_list(text.rstrip("。"), known):
        return None  # 防控应急保障组办公室: a name alone, as a signature writes it, names no duty
    head = re.split("[，,。；;：:（(《]", text, maxsplit=1)[0]  # a quoted word may be in a name: 查禁公路“三乱”督察队
    # 吴泾市场所负责城镇…: the first 负责 ends any name (a name holds no 负责; 负责人 is a person, no verb)
    head = head[:charge.end()] if (charge := _CHARGE.search(head)) else head
    # 建设行政执法队伍及建立…: a name ending inside a word (队伍) is no name
    cuts = [end for end in range(2, min(len(head) - 1, _DUTY_SUBJECT_LONGEST) + 1)
            if looks_like_unit_list(head[:end], known) and not looks_like_unit_list(head[: end + 1], known)
            and not head.startswith(_WORDS_ACROSS_A_NAME, end - 1) and not _inside_coordinating(head, end, known)]
    # 其他有关部门在指挥部的…: the units end where the duty's first word begins, else at the longest name
    # 县政府督查室要…: a modal verb ends the units before any other opener does (督 opens 督促 too)
    # 市科协协调…: a duty's word ends the longest opening that is a unit before it (市科协协 looks like one too)
    worded = [end for end in range(min(len(head), _DUTY_SUBJECT_LONGEST), 1, -1)
              if head.startswith(_DUTY_WORDS, end) and looks_like_unit_list(head[:end], known)]
    cut = next((end for end in cuts if _MODAL_AT.match(head, end)), next(iter(worded), None))  # not 根据B要求
    if cut is None:
        cut = next((end for end in cuts if head[end] in DUTY_OPENERS), cuts[-1] if cuts else None)
    if NAME_NOTE.match(text, len(head)) and looks_like_unit_list(head, known):
        cut = len(head)  # A和B（以下统称C）落实…: the names end where the note naming them together opens
    if cut is None or _COUNTED.search(head[:cut]) or _SIGNATURE_DATE.match(text[cut:]) or _POSTS.match(text, cut):
        return None  # 办公室2020年1月23日: the notice's signature and date, not a duty; 办公室机关行政编制9名: posts
    sentence = re.split("[。；;]", text, maxsplit=1)[0]
    opener = next((word for word in _SUPPORT_OPENERS if text.startswith(word, cut)), "")
    partners = _DUTY_PARTNERS.search(sentence, cut)
    # A在各自职责范围内，制定…，协同开展…: help in a later clause naming no body it helps is besides the unit's own work;
    # 各成员单位要互通信息、密切配合、相互支持: the members help one another; the duty is their own
    helping = deciding_help(sentence, cut, _SUPPORT_DUTY, known)
    own = _OWN_CHARGE.search(sentence, cut)
    # 组织制定并会同有关部门落实好参与…的政策: the unit does the work with partners; 参与 after 会同 is the work's;
    # 要加强…，负责督查…，配合B…: the unit's own charge comes first, the help is besides
    before_help = [m.start() for m in (partners, own) if m]
    role = "support" if opener or (helping and not any(at < helping.start() for at in before_help)) else "responsible"
    items = [Item(name, role, opener) for name in split_units(head[:cut], known)]
    if role == "responsible" and partners and looks_like_unit_list(partners.group("units"), known):
        items += [Item(name, "support", "会同") for name in split_units(partners.group("units"), known)]
    return items


def _inside_coordinating(head: str, end: int, known=None) -> bool:
    """True when an opening of ``head`` ending at ``end`` ends on the 协 of 协调 and a body's ending of a few
    characters after 协调 makes a longer opening a unit: the name runs on past the verb (议事协调机构：…, not 议事协
    followed by 调); 县科协调研… stays 县科协 (调研 is a word of its own).

    >>> _inside_coordinating("议事协调机构", 3), _inside_coordinating("县科协调研农村科普情况", 3)
    (True, False)
    """
    return head.startswith(("协调", "協調"), end - 1) and not head.startswith(_TIAO_WORDS, end) \
        and any(looks_like_unit_list(head[:longer], known) for longer in range(end + 3, min(len(head), end + 5) + 1))


def _organised_units(sentence: str, known=None) -> list[Item]:
    """The units a sentence whose subject is left out leads doing work of their own (``负责牵头组织有关部门查处
    无照经营。``), who support; none when what follows 牵头组织 is the work itself (``牵头组织开展检查``).

    >>> [(i.text, i.role) for i in _organised_units("负责牵头组织有关部门查处无照经营。")]
    [('有关部门', 'support')]
    >>> _organised_units("牵头组织开展专项检查。"), _organised_units("组织有关部门查处无照经营。")
    ([], [])
    """
    found = _LEAD_ORGANISES.match(sentence.strip())
    if found is None or not looks_like_unit_list(found.group("units"), known):
        return []
    return [Item(name, "support", "牵头组织") for name in split_units(found.group("units"), known)]
