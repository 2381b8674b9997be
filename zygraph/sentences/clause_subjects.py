"""Bodies a duty's sentence names past its opening: after a condition, as what they are, or giving help to its subject.

A decision's sentence may open with the matter or the case before its subject (``凡收费不到位的地方，当地财政要…``,
``对逾期未整改的，由A…``), say what the body is before its duty (``A是规划实施的责任主体，要…``), or end with the
bodies that help the subject (``A要全面负责…，B及C根据情况给予协调支援``: B and C support, as 协助 does).
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.first_work import sets_case
from zygraph.sentences.grammar import Item
from zygraph.sentences.role_words import LABELS, label_role
from zygraph.sentences.helped_bodies import HELPING_VERBS
from zygraph.names.unitlist import split_units
from zygraph.names.unitname import UNIT_ENDINGS, looks_like_unit

__all__ = ["condition_ends", "what_body_is", "designated_subjects", "required_by", "bodies_after", "helping_units", "calls_on",
           "clause_findings", "PURSE"]

#: A body said to be something before its duty, the duty after a comma (A是…责任主体，要…; A是…执法主体，应…; A作为…
#: 责任主体，要…: 作为 only before a 主体, not ``as`` anything); not
#: 是否 (whether: 县政府是否落实资金，要纳入考核 asks about the body, it names no duty of it).
_WHAT_IT_IS = re.compile("^(?P<units>[^，,。；;：:的是]{2,40}?)(?:是(?!否)|作为(?=[^，,。；;]{0,30}?主体)|作為(?=[^，,。；;]{0,30}?主體))(?P<what>[^，,。；;]{2,30}?)[，,](?:并|还|也|都)?"
                         "(?P<verb>必须|应当|要|应)")
#: The body a clause names as the one a project or a duty is carried by, its 主体 (建设主体, 实施主体, 责任主体): the
#: 主体 first (该项目建设主体为A, 实施主体是A), or the body first (A为项目建设主体), closing its clause.
_SUBJECT_NAMED = re.compile("^[^，,。；;：:]{0,40}?(?:主体|主体单位)(?:为|是)(?P<units>[^，,。；;：:]{2,40}?)$")
#: Not 以A为主体 (with A as the main body: a manner, no designation), whose 以 a name never holds.
_NAMED_SUBJECT = re.compile("^(?P<units>[^，,。；;：:的是为以]{2,40}?)(?:为|是)(?!否)[^，,。；;：:]{0,30}?(?:主体|主体单位)$")
#: The words of help a body gives: the helping verbs (:data:`zygraph.sentences.helped_bodies.HELPING_VERBS`) and support,
#: aid, help (支持, 支援, 帮助), each a unit's word.
_HELP_WORDS = HELPING_VERBS + ("支援", "支持", "帮助")
#: Bodies a later clause gives no duty of their own but help to the subject's (B及C根据情况给予协调支援, B给予支持).
_HELP_GIVEN = re.compile("^(?P<units>[^，,。；;：:的]{2,40}?)(?:根据情况|视情况?|积极|及时|全力)?"
                         f"(?:给予|予以|提供)(?:必要的?)?(?:协调)?(?P<word>{'|'.join(_HELP_WORDS)})")
#: The finance of a level named as its purse (当地财政, 各级财政, 中央财政): the finance body of that level.
PURSE = re.compile("^(?:当地|中央|地方|各级|本级|同级|省级|市级|县级|区级|省|市|县|区)财政$")
#: A verb calling on others to act, opening what only looks like a subject (鼓励排污单位委托专业化公司承担…: the
#: company is called on, the sentence's subject is left out).
_CALL = re.compile("^(?:鼓励|鼓勵|引导|引導|支持|推动|推動|督促|动员|動員|要求)")


def condition_ends(clauses: list[str]) -> list[int]:
    """The positions of ``clauses`` that follow a clause setting a case (``凡…的地方``, ``…的``): a duty's subject
    may open them, as it opens a sentence's first clause.

    >>> condition_ends(["全面实行收费", "凡收费不到位的县", "县财政局要给予补助"])
    [2]
    >>> condition_ends(["上游排污造成事故的", "上游省政府应当赔付"]), condition_ends(["加强管理", "严格执法"])
    ([1], [])
    """
    return [at + 1 for at, clause in enumerate(clauses[:-1]) if sets_case(clause)]


def what_body_is(piece: str, is_body) -> list[Item]:
    """The bodies ``piece`` says are something (``A是…主体``) before a comma and their duty's modal verb: in the role
    of the label it says they are (``A是配合单位``: support; ``A是牵头单位``: lead, :func:`zygraph.sentences.grammar.label_role`),
    responsible for any other (责任主体, 执法主体); [] where any name is no body by ``is_body``.

    >>> government = lambda name: name.endswith("政府")
    >>> [(i.text, i.role) for i in what_body_is("县人民政府是项目建设的责任主体，要落实资金。", government)]
    [('县人民政府', 'responsible')]
    >>> [i.text for i in what_body_is("县人民政府作为项目建设的责任主体，要落实资金。", government)]
    ['县人民政府']
    >>> [(i.text, i.role, i.word) for i in what_body_is("区政府是协办单位，要保障经费。", government)]
    [('区政府', 'support', '协办单位')]
    >>> what_body_is("保护生态是各级政府的职责，要落实资金。", government), what_body_is("县政府是主管机关。", government)
    ([], [])
    >>> what_body_is("区政府是否落实资金，要纳入考核。", government)
    []
    """
    found = _WHAT_IT_IS.match(piece)
    names = split_units(found.group("units")) if found else []
    if not names or not all(map(is_body, names)):
        return []
    role = label_role(found.group("what"))
    if role in (None, "responsible"):
        return [Item(name, "responsible", found.group("verb")) for name in names]
    label = next((label for label in sorted(LABELS, key=len, reverse=True) if found.group("what").endswith(label)),
                 found.group("what"))
    return [Item(name, role, label) for name in names]


def designated_subjects(clause: str, is_body) -> list[Item]:
    """The bodies ``clause`` names as the 主体 a project or duty is carried by (``该项目建设主体为A``, ``A为项目实施主体``),
    each responsible for the sentence's work (README: the designation makes A the body answerable); [] where it names
    none, or a name is no body by ``is_body``.

    >>> bureau = lambda name: name.endswith("局")
    >>> [(i.text, i.role, i.word) for i in designated_subjects("该为民办实事项目建设主体为区水务局", bureau)]
    [('区水务局', 'responsible', '主体')]
    >>> [i.text for i in designated_subjects("区交通局、区城管局为道路整治的责任主体。", bureau)]
    ['区交通局', '区城管局']
    >>> designated_subjects("企业为安全生产责任主体", bureau), designated_subjects("明确主体责任", bureau)
    ([], [])
    """
    clause = clause.strip().rstrip("。；;")
    found = _SUBJECT_NAMED.match(clause) or _NAMED_SUBJECT.match(clause)
    names = split_units(found.group("units")) if found else []
    if not names or not all(map(is_body, names)):
        return []
    return [Item(name, "responsible", "主体") for name in names]


#: 由 after a modal or 分别, the bodies after it doing what the clause requires, whatever its verb (应当由A办成…,
#: 分别由A和B依法办理…).
_REQUIRED_BY = re.compile("(?:应当|应该|必须|须|应|分别|分別)由")
#: The longest a name after such a 由 runs.
_BY_LONGEST = 30
#: How far on a longer name may end that carries a shorter one on (县委 | 宣传部门, 机构编制部 | 门).
_NAME_GOES_ON = 4
#: The kinds such a name ends with besides a unit's endings (unitname.UNIT_ENDINGS: 局, 政府, 办公室, 中心, 办, 组 …):
#: an organ, an agency or a unit by its kind (公安机关, 管理机构, 建设单位).
_KINDS = ("机关", "機關", "机构", "機構", "单位", "單位")
_KIND_ENDINGS = UNIT_ENDINGS + _KINDS
#: A unit's last character opening the verb after a name (依法办理, 统一协调, 联合执法, 处理): no name ends there.
_VERB_PAIRS = ("办理", "辦理", "办好", "辦好", "办成", "辦成", "办出", "办实", "办到", "办事", "办结", "处分", "處理", "处理", "处置", "處置", "处罚", "處罰", "协调", "協調",
               "协助", "協助", "协同", "協同", "协商", "協商", "联合", "聯合", "联系", "聯繫", "联动", "聯動", "科学", "科學",
               "行使", "行动", "行動", "社会", "社會")
#: Verbs and adverbs ending as a unit does (自行, 进行: 行 as 银行 ends): no name ends with them.
_VERB_ENDS = ("自行", "进行", "進行", "执行", "執行", "实行", "實行", "施行", "推行", "试行", "試行", "先行", "履行", "运行",
              "運行", "可行", "督办", "督辦", "承办", "承辦", "协办", "協辦", "举办", "舉辦")
#: No registry here: a name is taken as a unit by its form alone.
_unknown = lambda name: False  # noqa: E731
#: Single last characters of a unit's name that a word after a name may end with as well (办成公办园, 开办, 联合, 银行):
#: a name ending so stands alone (县爱卫办), but carries no shorter name on (教育行政部门 | 办成公办…).
_SHORT_ENDS = "办辦行协協联聯社团團馆館校镇鎮乡鄉司股"
#: What joins names in a list, which no name ends before.
_JOINING = "、和及与與"
#: Adverbs opening with a joining character, which a name may end before (A部门及时总结: 及时, timely).
_ADVERBS = ("及时", "及時", "与时俱进")


def required_by(clause: str, is_body) -> list[Item]:
    """The bodies after 由 in ``clause`` when a modal or 分别 comes before it (``应当由A办成公办园``, ``分别由A和B依法
    办理登记``): they do the work the clause requires, responsible, whatever verb follows them. The names end at the
    first cut where they are bodies by ``is_body`` and no list goes on; [] where none is so found.

    >>> dept = lambda name: name.endswith("部门")
    >>> [(i.text, i.role, i.word) for i in required_by("移交后，应当由教育行政部门办成公办园", dept)]
    [('教育行政部门', 'responsible', '由')]
    >>> [i.text for i in required_by("分别由机构编制部门和民政部门依法办理登记", dept)]
    ['机构编制部门', '民政部门']
    >>> required_by("由教育行政部门办成公办园", dept), required_by("应由群众自愿参加", dept)
    ([], [])
    """
    found = _REQUIRED_BY.search(clause)
    return [] if found is None else [Item(name, "responsible", "由") for name in bodies_after(clause[found.end():], is_body)]


def bodies_after(text: str, is_body) -> list[str]:
    """The names of the bodies ``text`` opens with, as after a 由: they end at the first cut after a body's kind
    (部门, 局, 政府 …) where ``is_body`` takes every name, no longer name carries on and no list goes on, a verb
    following; [] where none is so found.

    >>> bodies_after("县教育局和县财政局共同审定方案", lambda name: name.endswith("局"))
    ['县教育局', '县财政局']
    >>> bodies_after("群众自愿参加", lambda name: True)
    []
    >>> bodies_after("县水利局及时总结", lambda name: name.endswith("局"))
    ['县水利局']
    >>> body = lambda name: name.endswith(("局", "室", "中心", "办", "科"))
    >>> bodies_after("县政府办公室统一协调", body), bodies_after("县疾控中心负责采样", body), bodies_after("县财政局处理", body)
    (['县政府办公室'], ['县疾控中心'], ['县财政局'])
    """
    rest = text[:_BY_LONGEST + 1]
    kinds = [end for end in range(2, len(rest) + 1) if rest.endswith(_KIND_ENDINGS, 0, end)
             and not rest.startswith(_VERB_PAIRS, end - 1) and not rest.endswith(_VERB_ENDS, 0, end)
             and (names := split_units(rest[:end])) and (looks_like_unit(names[-1], _unknown) or names[-1].endswith(_KINDS))
             and all(map(is_body, names))]
    for end in kinds:  # the first cut after a body's kind that no longer name carries on (县委 | 宣传部门), no list going on
        if end < len(rest) and not any(end < other <= end + _NAME_GOES_ON and rest[other - 1] not in _SHORT_ENDS
                                       for other in kinds) \
                and (rest[end] not in _JOINING or rest.startswith(_ADVERBS, end)) and "\u4e00" <= rest[end] <= "\u9fff":
            return split_units(rest[:end])
    return []


def helping_units(clauses: list[str], is_body) -> list[Item]:
    """The bodies later ``clauses`` of a duty name giving help to its subject (``B及C根据情况给予协调支援``,
    ``B给予支持``), each a support; [] where a clause's names are no bodies by ``is_body``.

    >>> clauses = ["市政府要统一指挥处置工作", "省应急厅及省消防总队根据情况给予协调支援"]
    >>> [(i.text, i.role, i.word) for i in helping_units(clauses, lambda n: True)]
    [('省应急厅', 'support', '支援'), ('省消防总队', 'support', '支援')]
    >>> helping_units(["市政府要加大投入", "中央财政给予补助"], lambda n: True)
    []
    """
    items: list[Item] = []
    for clause in clauses[1:]:
        found = _HELP_GIVEN.match(clause.strip())
        names = split_units(found.group("units")) if found else []
        if names and all(map(is_body, names)):
            items += [Item(name, "support", found.group("word")) for name in names
                      if name not in {item.text for item in items}]
    return items


def calls_on(name: str) -> bool:
    """True when ``name``, read before a duty's verb, opens with a verb calling on others to act (鼓励, 引导, 督促):
    no subject, whatever its ending.

    >>> calls_on("鼓励物业公司"), calls_on("引导社会组织"), calls_on("县物业公司")
    (True, True, False)
    """
    return _CALL.match(name) is not None


def clause_findings(line: int, piece: str, items: list[Item], is_body) -> list[Finding]:
    """The findings of what this module read in ``piece``, the sentence whose subjects are ``items``: a subject after a
    clause setting a case (``subject_after_condition``), a body said to be something (``body_said_to_be``), bodies
    helping the subject (``helping_units``).

    >>> items = [Item("县财政局", "responsible", "要")]
    >>> [f.code for f in clause_findings(4, "全面收费，标准合理，凡不到位的地方，县财政局要补助。", items, bool)]
    ['subject_after_condition']
    """
    clauses = re.split("[，,]", piece)
    found = []
    late = [at for at in condition_ends(clauses) if at >= 2 and any(clauses[at].startswith(i.text) for i in items)]
    if late:
        found.append(Finding(line, "info", "subject_after_condition", f"the subject stands after a clause setting the "
                             f"case its duty applies in: {clauses[late[0] - 1]}，{clauses[late[0]][:20]}",
                             "read the body opening the clause after the case as the subject of the duty"))
    said = what_body_is(piece, is_body)
    if said:
        found.append(Finding(line, "info", "body_said_to_be", f"the sentence says what its subject is before its duty: "
                             f"{piece[:30]}", f"read {'、'.join(i.text for i in said)} as the subject, "
                             f"{said[0].role}{' (the role of the label it is said to be)' if said[0].word in LABELS else ''}"))
    helping = [item for item in items if item.role == "support" and item.word in _HELP_WORDS]
    if helping:
        found.append(Finding(line, "info", "helping_units", f"a later clause names bodies giving help to the subject: "
                             f"{'、'.join(i.text for i in helping)}", "read them as supporting (as 协助 does)"))
    return found
