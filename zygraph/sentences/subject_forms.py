"""Forms of a duty sentence's subject the plain ``A要…`` reading misses: a frequency, a comma or 前/时 before the modal, A根据…，组织…, 由A根据…印发, A和B.

A State Council notice also writes who is to act as:

- a body, then how often it acts, then its modal verb (``省级环境保护部门每年要对…``): the frequency is no part of the name;
- bodies set off by a comma before (how often and) their modal verb, one described by its duty with 的
  (``地方水利部门和其他负有河道管理职责的部门，每年要…``): the comma ends the subject, so a 的 inside it is part of a name;
- a body, what it acts on in a few words and a verb of convening or setting up (``区政府根据排查情况召开专题会议，…``,
  ``公安部门根据具体情况设立派驻机构``);
- a body, the basis it acts on, a comma and a verb of running the work, with no modal (``县级以上地方人民政府根据年度计划，
  组织…``, ``各市人民政府结合本地实际，统筹制定…``), or any verb of doing it after a basis that binds it (``国有林场根据
  协议规定，落实…``): the body is the subject;
- a document or matter, then 由, the body, the basis it acts on, and the verb (``《办法》由国家林草局根据本通知精神印发``);
- an organ of the state named by its kind (机关, 法院, 检察院), perhaps on its basis, acting 依法 with no modal
  (``公安机关依法严厉打击…``, ``司法行政机关按照职责权限依法负责审查…``): the law binds it, so what it does is its duty;
- two bodies of different kinds joined by 和 (``各级水利部门和公安机关要…``): two subjects, where each is a body on its own;
- a body, what it does and 前 or 时, a comma and the modal verb of what it must do then (``地方政府作出撤并决定前，
  必须…发布公告``): the body is the subject of both;
- a body forbidden to act (``电网企业不得为其接入系统；``, ``国土管理部门不予审批用地``, ``A不应…``): what it must not do is
  its duty as much as what it must;
- a body, the leadership it works under and a comma, then its role verb with no modal (``省级生态环境部门在省级党委和
  政府领导下，牵头做好…``): the role verb names the body's part;
- a body holding a standard, with no modal (``县担保局不以营利为目的，保持较低费率``): the stance binds it as a
  prohibition does, so what follows is its duty;
- a body designating a site, a body or a person for a function, with no modal (``区政府明确某地块为集中分拣场所``,
  ``县卫健委指定县医院为定点医院``): the designation is its act; not one designated (``A确定为牵头单位``);
- bodies opening a sentence that gives them partners with 会同, with no modal: right after their names (``A、B会同C对…
  进行分析``) or opening a later clause whose subject is left out (``A和B列出…清单，会同C将…纳入…``): 会同 says who does
  the work with whom, so the bodies are the subject (the partners support, as the reader reads them after 会同).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.sentences.designated_clauses import DESCRIBING
from zygraph.sentences.finished import reports_finished
from zygraph.sentences.subject_units import MODAL_INSIDE, WITH
from zygraph.names.unitlist import joined_pair, split_units
from zygraph.names.list_marks import BY_WORD

__all__ = ["more_subjects", "bodies_apart", "designating_subjects", "own_case_subjects", "SET_OFF", "STANCE"]

#: A body's name as a sentence's subject: no comma, stop, colon, 的, 由, 对 or 在 inside it.
_NAME = "[^，,。；;：:的由对在]{2,40}?"
#: How often a body acts, between its name and its modal verb (每年要…, 定期要…).
_FREQUENCY = "(?:每年|每季度|每半年|每月|每周|定期)"
#: A body described by its duty, opening a name (其他负有河道管理职责的部门): :data:`DESCRIBING` whose words before
#: its 的 end in a duty (职责, 职能, 任务). A 的-phrase that describes no duty (考核不合格的部门, 排名靠后的乡镇) says which
#: parties a reward or penalty is about, a condition, not who acts.
_DESCRIBED_BY_DUTY = (f"(?<![^、和及与])(?:其他|其它)?(?={DESCRIBING})[^，,。；;：:的]{{1,22}}?"
                      "(?:职责|職責|职能|職能|任务|任務)的")
#: Bodies set off by a comma before (how often and) their modal verb (A、B，必须…; A和其他负有…职责的部门，每年要…):
#: no comma, stop, colon, 由, 对, 在 or 是 (A是…，要…: what the body is, :mod:`zygraph.sentences.clause_subjects`) in the names,
#: and 的 only in a body described by its duty. Shared with the running-sentence reader.
SET_OFF = re.compile(f"^(?P<units>(?:{_DESCRIBED_BY_DUTY}|[^，,。；;：:的由对在是]){{2,60}}?)[，,]{_FREQUENCY}?(?:都|均|也)?"
                     f"(?P<verb>必须|必需|应当|{MODAL_INSIDE.pattern})")
#: A basis that binds the body, a rule or what it agreed (根据协议规定, 按照职责分工, 依照合同约定): unlike one it weighs
#: (结合本地实际), what the body then does is its duty, whatever the verb.
_RULE = "(?:规定|規定|要求|约定|約定|协议|協議|合同|职责|職責|分工)"
#: The verbs of doing the work after a body and a binding basis (A根据协议规定，落实…; A根据协议规定，按照…原则，编制…).
_RUNNING = "统筹|组织|负责|落实|按照|做好|抓好|制定|编制|开展|及时|切实|认真|积极"
#: The words forbidding a body to act (A不得…, A不予…, A不应当…), a duty as a modal verb's is.
_FORBIDDEN = "(?:不得|不予|不应当|不應當|不应|不應|不准)"
#: A standard a body is to hold, with no modal (A不以营利为目的，保持…): its stance binds it as a modal or a prohibition
#: does, so what follows is its duty. Shared with the running-sentence reader.
STANCE = "(?:不以(?=[^，,。；;的]{1,12}?为(?:目的|宗旨)))"
#: The verbs of a body designating something for a function (A明确X为Y, A指定X为Y): the designation is its act. Not
#: 确定为 with nothing between (A确定为牵头单位: A is designated, no actor).
_DESIGNATING = "(?:明确|明確|指定|确定|確定)"
#: A body designating a site, a body or a person for a function, with no modal (区政府明确某地块为集中分拣场所).
_DESIGNATION = re.compile(f"^(?P<units>{_NAME})(?P<verb>{_DESIGNATING})(?![了过])(?=[^，,。；;为]{{2,40}}为)")
#: A body in the case its duty is for, the case its own act (A发现B有…的，要…; A及其工作人员擅自经营…的，必须…): the
#: body is the subject of the modal after the case; its staff (及其…人员) are people, no unit.
_OWN_CASE = re.compile(f"^(?P<units>{_NAME})(?:(?:在[^，,。；;]{{1,20}}?中)?发现|及其(?:工作|管理|有关|相关)?人员)"
                       f"[^，,。；;]{{2,60}}?的[，,](?:都|均|也)?(?P<verb>必须|必需|应当|{MODAL_INSIDE.pattern})")
#: A body setting up the group that does the work (市政府成立…工作领导小组, 县政府组建…专班): the work of setting it up
#: is the body's, as a modal's duty is, though no modal is written; what it sets up must end as a group or a body
#: made for the work does (领导小组, 工作组, 指挥部, 专班), not any thing (成立基金, 设立窗口).
_SETTING_UP = re.compile(f"^(?P<units>{_NAME})(?P<verb>成立|组建|組建|设立|設立)(?=[^，,。；;]{{2,30}}?"
                         "(?:领导小组|領導小組|工作小组|工作组|工作組|指挥部|指揮部|专班|專班|委员会|委員會)(?:[，,。；;]|$))")
#: The subject forms of this module, tried in turn on a sentence or ；-clause.
_FORMS = (
    re.compile(f"^(?P<units>{_NAME}){_FREQUENCY}(?:都|均|也)?(?P<verb>{MODAL_INSIDE.pattern})"),
    # …，尽快分批组织…: the verb of running the work may come after how soon (and in what steps) it is done
    re.compile(f"^(?P<units>{_NAME})(?:结合|根据|依据|按照|依照)[^，,。；;]{{2,40}}[，,]"
               "(?:(?:尽快|盡快|抓紧|抓緊|及时|及時)(?:分批|分期|分步)?)?(?P<verb>统筹|组织|负责)"),
    re.compile(f"^(?P<units>{_NAME})(?:根据|依据|按照|依照)[^，,。；;]{{0,30}}{_RULE}[，,](?P<verb>{_RUNNING})"),
    # 区政府根据排查情况召开专题会议，…: a body, what it acts on in a few words, and a verb of convening or organising,
    # or of setting up a body (公安部门根据具体情况设立派驻机构)
    re.compile(f"^(?P<units>{_NAME})(?:根据|根據|依据|依據)[^，,。；;]{{2,10}}?(?P<verb>召开|召開|组织召开|组织开展|设立|設立)"),
    # 公安机关依法严厉打击…; 司法行政机关按照职责权限依法负责…: an organ of the state named by its kind, acting 依法
    re.compile("^(?P<units>[^，,。；;：:的由对在]{2,20}?(?:机关|機關|法院|检察院|檢察院))"
               "(?:(?:按照|依照|根据)[^，,。；;]{1,10}?)?(?P<verb>依法)(?=[\u4e00-\u9fff])"),
    SET_OFF,
    # 省级生态环境部门在省级党委和政府领导下，牵头做好…: a body, the leadership it works under, and its role verb
    re.compile(f"^(?P<units>{_NAME})在[^，,。；;]{{2,30}}?(?:领导|領導)下[，,](?:积极|主动|统一)?(?P<verb>牵头|牽頭|负责|負責)"),
    # 电网企业不得为其接入系统；国土管理部门不予审批用地: a prohibition binds its body as a modal does, also with what
    # it must not act on before (地方各级人民政府对企业正常经营活动不得干预)
    re.compile(f"^(?P<units>{_NAME})(?:对[^，,。；;]{{1,30}}?)?(?:都|均|也|一律|均不)?(?P<verb>{_FORBIDDEN})"),
    _DESIGNATION,
    # 县担保公司不以营利为目的，保持较低费率: a standard the body is to hold, as a prohibition binds it
    re.compile(f"^(?P<units>{_NAME})(?:都|均|也|始终)?(?P<verb>{STANCE})"),
    _SETTING_UP,
)
#: A body after 由, the basis it acts on, and the verb that issues or makes the matter (由A根据…印发).
_BY_ON_BASIS = re.compile(f"{BY_WORD}(?P<units>[^，,。；;由]{{2,30}}?)(?:根据|依据|按照|依照)[^，,。；;]{{1,30}}?"
                          "(?P<verb>印发|发布|公布|制定|组织)")
#: A clause of what a body does and when (…前, …时), then a comma and the modal verb of what it must do then
#: (地方政府作出撤并决定前，必须…): the head holds the body and its act, the body's name found by its form.
_TIMED = re.compile(f"^(?P<head>[^，,。；;：:的由对在]{{4,40}}?(?:之前|前|时|時))[，,](?:都|均|也)?"
                    f"(?P<verb>必须|必需|应当|{MODAL_INSIDE.pattern})")
#: The fewest characters of what the body does before its 前 or 时 (作出决定前).
_ACT = 2
#: Two collectives run together, each with its own 各 (各地区各部门).
_EACH_TWICE = re.compile("^(各[^各、，,]{1,4})(各[^各、，,]{1,6})$")
#: The opening of a sentence where its subject's names may stand: no comma, stop, colon, 的, 由, 对 or 在.
_OPENING = re.compile("^[^，,。；;：:的由对在]{2,40}")
#: A later clause of a sentence opening with 会同, its subject left out (…，会同C将…; …，并会同C…).
_LATER_WITH = re.compile(f"[，,](?:并|并且|同时)?(?:{'|'.join(WITH)})")
#: A body and its partners describing a kind of thing by what they confirmed or approved (A会同B确认的…项目): no duty;
#: only names, 会同 and names stand before the verb (not A会同B对认定的企业开展检查: a duty on what was confirmed).
_DESCRIBING = re.compile("^(?P<names>[^，,。；;：:]{2,30}?)(?:会同|會同)(?P<partners>[^，,。；;：:]{2,30}?)"
                         "(?:确认|認定|认定|批准|审定|審定|核定|认可|認可)的")


def more_subjects(piece: str, is_body: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(name, verb) for each body ``piece`` makes its subject in one of this module's forms; [] when none or when a
    name is no body by ``is_body``.

    >>> body = lambda name: name.endswith(("部门", "政府", "局"))
    >>> more_subjects("市级水利部门每年要对下级开展检查。", body)
    [('市级水利部门', '要')]
    >>> more_subjects("县水利局和其他负有河道管理职责的部门，每年要公布名录。", body)
    [('县水利局', '要'), ('其他负有河道管理职责的部门', '要')]
    >>> more_subjects("各市人民政府结合本地实际，统筹制定年度计划。", body)
    [('各市人民政府', '统筹')]
    >>> more_subjects("市环境监测局根据复核情况，尽快分批组织专家论证。", body)
    [('市环境监测局', '组织')]
    >>> more_subjects("县电力局根据协议规定，落实筹措资金，按时移交资产。", body)
    [('县电力局', '落实')]
    >>> more_subjects("县政府根据排查情况召开专题会议，研究整改方案。", body)
    [('县政府', '召开')]
    >>> more_subjects("县档案局结合实际，制定细则。", body)  # a basis it weighs: reported, no duty
    []
    >>> more_subjects("《实施办法》由省林业局根据本通知精神印发。", body)
    [('省林业局', '印发')]
    >>> more_subjects("各市人民政府可根据实际，制定实施细则。", body), more_subjects("考核结果由专家根据评分公布。", body)
    ([], [])
    >>> more_subjects("考核不合格的部门，要作出书面检查。", body)  # the party a penalty is about: no subject
    []
    >>> organ = lambda name: name.endswith(("机关", "法院"))
    >>> more_subjects("公安机关依法严厉打击非法捕捞。", organ), more_subjects("人民法院依法审理相关案件。", organ)
    ([('公安机关', '依法')], [('人民法院', '依法')])
    >>> more_subjects("司法行政机关按照职责权限依法负责审查草案。", organ)
    [('司法行政机关', '依法')]
    >>> more_subjects("地方政府作出村庄撤并决定前，必须发布公告。", body)
    [('地方政府', '必须')]
    >>> more_subjects("县国土部门不予审批用地，已批准的要收回；", body), more_subjects("县水利局不得擅自取水。", body)
    ([('县国土部门', '不予')], [('县水利局', '不得')])
    >>> more_subjects("县人民政府对企业正常经营活动不得干预。", lambda name: name.endswith("政府"))
    [('县人民政府', '不得')]
    >>> more_subjects("县政府明确某地块为集中分拣场所，分拣后运至处置厂。", body)  # designating a site
    [('县政府', '明确')]
    >>> more_subjects("县农业担保局不以营利为目的，保持较低费率。", body)  # a standard it holds
    [('县农业担保局', '不以')]
    >>> more_subjects("县水利局在县委和县政府领导下，牵头做好河道治理。", body)  # under a leadership, its role verb
    [('县水利局', '牵头')]
    >>> more_subjects("县政府成立防汛工作领导小组，统一指挥。", body)  # setting up the group doing the work
    [('县政府', '成立')]
    >>> more_subjects("县政府成立产业基金。", body)  # a fund, no group
    []
    """
    timed = _timed_subject(piece.strip(), is_body) or partnered_subjects(piece, is_body)
    if timed:
        return timed
    for form in _FORMS:
        found = form.match(piece.strip())
        if found:
            break
    else:
        found = _BY_ON_BASIS.search(piece)
    if found is None:
        return []
    names = bodies_apart(split_units(found.group("units")), is_body)
    return [(name, found.group("verb")) for name in names] if names and all(map(is_body, names)) else []


def own_case_subjects(piece: str, is_body: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(name, verb) for each body ``piece`` names inside the case its duty is for, the case its own act (``A发现B有…的，
    要…``, ``A及其管理人员自行…的，必须…``): the body is the subject of the modal after the case, its staff no unit; []
    when the sentence is not so, or a name is no body by ``is_body``.

    >>> body = lambda name: name.endswith(("部门", "局", "机关"))
    >>> own_case_subjects("县水利局发现下级部门有违规审批行为的，要予以纠正。", body)
    [('县水利局', '要')]
    >>> own_case_subjects("县水利局及其工作人员违规取水的，必须立即退出。", body)  # its staff are people
    [('县水利局', '必须')]
    >>> own_case_subjects("群众发现违规取水的，要及时举报。", body), own_case_subjects("违规取水的，要依法处罚。", body)
    ([], [])
    """
    found = _OWN_CASE.match(piece.strip())
    names = bodies_apart(split_units(found.group("units")), is_body) if found else []
    return [(name, found.group("verb")) for name in names] if names and all(map(is_body, names)) else []


def designating_subjects(piece: str, is_body: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(name, verb) for each body ``piece`` opens with that designates something for a function with no modal
    (``区政府明确某地块为集中分拣场所``, ``县卫健委指定县医院为定点医院``): the designation is its act, so the body is the
    sentence's subject; [] when the sentence opens with no such designation, reports one done (``明确了``), or a name
    is no body by ``is_body``.

    >>> body = lambda name: name.endswith(("政府", "委"))
    >>> designating_subjects("县卫健委指定县人民医院为定点救治医院；", body)
    [('县卫健委', '指定')]
    >>> designating_subjects("县卫健委确定为牵头单位。", body), designating_subjects("县政府明确了任务。", body)
    ([], [])
    """
    found = _DESIGNATION.match(piece.strip())
    names = bodies_apart(split_units(found.group("units")), is_body) if found else []
    return [(name, found.group("verb")) for name in names] if names and all(map(is_body, names)) else []


def bodies_apart(names: list[str], is_body: Callable[[str], bool]) -> list[str]:
    """``names`` with each name that joins two bodies with 和 split in two, where neither side is a body's name alone
    only together (``各级水利部门和公安机关``: two; ``经济和信息化局`` stays whole, for ``经济`` is no body).

    >>> body = lambda name: name.endswith(("部门", "机关", "局"))
    >>> bodies_apart(["各级水利部门和公安机关", "市经济和信息化局"], body)
    ['各级水利部门', '公安机关', '市经济和信息化局']
    >>> bodies_apart(["县财政局及有关部门"], body)
    ['县财政局', '有关部门']

    A collective after 、 with its own 各, beside a name that opens with no 各, is a unit of its own:

    >>> bodies_apart(["地方各级政府、各有关部门", "各县、各乡镇政府"], lambda name: name.endswith(("政府", "部门")))
    ['地方各级政府', '各有关部门', '各县、各乡镇政府']

    Two collectives each with its own 各 are two, where each is a body (``各地区各部门``; ``各级各部门`` stays whole,
    for ``各级`` is none):

    >>> collective = lambda name: name in ("各地区", "各部门", "各级各部门")
    >>> bodies_apart(["各地区各部门", "各级各部门"], collective)
    ['各地区', '各部门', '各级各部门']
    """
    apart = []
    for name in names:
        each = _EACH_TWICE.match(name)  # 各地区各部门: two collectives, each with its own 各
        if each and is_body(each.group(1)) and is_body(each.group(2)):
            apart += [each.group(1), each.group(2)]
            continue
        left, mark, right = name.partition("、各")  # 地方各级政府、各有关部门: the second has its own 各
        if mark and is_body(left) and is_body("各" + right) and "、" not in right and not left.startswith("各"):
            apart += [left, "各" + right]
            continue
        # 银行及有关金融机构: two kinds of body joined by 及 as by 和
        pair = joined_pair(name, lambda left, right, word: is_body(left) and is_body(right) and word not in right)
        apart += list(pair) if pair else [name]
    return apart


def partnered_subjects(piece: str, is_body: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(name, 会同) for each body opening ``piece`` that the sentence gives partners with 会同 and no modal: right after
    the names, or opening a later clause with the subject left out; [] when the sentence says neither, the opening is
    no body by ``is_body``, or the sentence reports work done (市发改委会同市财政局制定了…).

    >>> body = lambda name: name.endswith(("局", "委", "队", "部门"))
    >>> partnered_subjects("区建设委、区房管局会同区公安分局对隐患进行分析。", body)
    [('区建设委', '会同'), ('区房管局', '会同')]
    >>> partnered_subjects("区公安分局和区消防支队列出失信单位清单，会同区市场监管局将信息纳入征信体系。", body)
    [('区公安分局', '会同'), ('区消防支队', '会同')]
    >>> partnered_subjects("市发改委会同市财政局制定了实施方案。", body), partnered_subjects("会同区财政局做好保障。", body)
    ([], [])
    >>> partnered_subjects("整改情况报区政府，会同有关部门复查。", body)  # the opening is no body
    []
    >>> partnered_subjects("区发改委会同有关部门确认的重点项目。", body)  # what the bodies confirmed: a kind of project
    []
    >>> partnered_subjects("区市场监管局会同有关部门对认定的重点企业开展检查。", body)  # a duty on what was confirmed
    [('区市场监管局', '会同')]
    """
    piece = piece.strip()
    opening = _OPENING.match(piece)
    describing = _DESCRIBING.match(piece)
    if describing and not all(is_body(name) for group in ("names", "partners")
                              for name in split_units(describing.group(group)) or [""]):
        describing = None  # A会同B对认定的企业开展检查: the duty is about what was confirmed
    if opening is None or reports_finished(piece) or piece.startswith(WITH) or describing:
        return []  # 国家发展改革委会同有关部门确认的…项目: a kind of project, no duty
    head = opening.group()
    at = min((head.find(word) for word in WITH if word in head), default=-1)
    if at >= 2:  # A、B会同C…: the bodies are what stands before 会同
        names = bodies_apart(split_units(head[:at]), is_body)
        return [(name, "会同") for name in names] if names and all(map(is_body, names)) else []
    if not _LATER_WITH.search(piece):
        return []
    for end in range(len(head) - 1, 1, -1):  # A和B列出…，会同C…: the longest opening that is bodies, then their verb
        names = bodies_apart(split_units(head[:end]), is_body)
        if names and all(map(is_body, names)):
            return [(name, "会同") for name in names]
    return []


def _timed_subject(piece: str, is_body: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(name, verb) for the body opening a clause of what it does and when, before the modal verb of what it must do
    then (``地方政府作出…决定前，必须…``): the longest opening that is a body by ``is_body``, with an act after it; []
    when there is none.

    >>> _timed_subject("省政府办公厅召开会议时，应通知各市。", lambda name: name.endswith(("政府", "办公厅")))
    [('省政府办公厅', '应')]
    >>> _timed_subject("项目开工前，必须办理手续。", lambda name: name.endswith("政府"))
    []
    """
    found = _TIMED.match(piece)
    if found is None:
        return []
    head = found.group("head")
    ends = [end for end in range(2, len(head) - _ACT) if is_body(head[:end])]
    return [(head[:ends[-1]], found.group("verb"))] if ends else []
