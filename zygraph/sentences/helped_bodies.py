"""Bodies of running text that only help: A、B等部门要配合C落实… (C does the work), …；D要协助做好相关工作 (the clause
before's), and bodies the subject guides to help (A负责指导、协调C和D配合…)."""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import MODAL_INSIDE
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.list_marks import VERB_NOT_NAME

__all__ = ["helping_subjects", "helps_before", "guided_helpers", "organised_helpers", "HELPING_VERBS"]

#: The verbs of helping another body with its work, the one vocabulary of this module and of
#: :mod:`zygraph.sentences.clause_subjects` (which adds the help given: 给予支援).
HELPING_VERBS = ("配合", "协助", "協助")
_HELP = "|".join(HELPING_VERBS)
#: Subjects, their modal, a help verb, the body helped and the verb of its own work (A要配合C落实…).
_HELPING_SUBJECTS = re.compile(f"^(?P<units>[^，,。；;：:的由对在]{{2,60}}?)(?:都|均|也)?(?:{MODAL_INSIDE.pattern})"
                               f"(?:积极|主动|全力|密切)?(?P<help>{_HELP})(?P<helped>[^，,。；;：:的]{{2,20}}?)"
                               "(?P<verb>落实|负责|開展|开展|实施|實施|执行|執行|做好|完成|查处|查處)")
#: The kind nouns a list of fields shares after its 等 (…等部门和单位): read as the plain 等部门 a unit list ends with.
_SHARED_KINDS = re.compile("等(?:有关|相关)?(?:部门|部門)(?:和|及)(?:单位|單位)$")
#: After the subjects and their modal, only helping with the work before, a help verb said before or after 做好
#: (协助做好相关工作, 做好配合工作); 要抓好工作 with no help verb is work of the subjects' own.
_HELPS_ONLY = re.compile(f"^(?:都|均|也)?(?:{MODAL_INSIDE.pattern})(?:积极|主动|全力|密切)?"
                         f"(?:(?:{_HELP})(?:做好|抓好|做)?(?:相关|有关|上述|此项|该项)?"
                         f"|(?:做好|抓好|做)?(?:相关|有关|上述|此项|该项)?(?:{_HELP}))工作[。；;]?$")
#: Bodies the subject guides, coordinates or urges to help with the work (指导、协调C和D配合…, 督促C积极配合): the
#: guiding verbs, the bodies, then a help verb of their own.
_GUIDED = re.compile("(?:指导|指導|协调|協調|督促|组织|組織|动员|動員)(?:[、和及与]?(?:指导|指導|协调|協調|督促))?"
                     f"(?P<units>[^，,。；;：:的]{{2,40}}?)(?:积极|主动|全力|密切|做好)?(?P<help>{_HELP})")
#: Bodies the subject organises or mobilises, set off by a comma before clauses saying only that they work together
#: (组织A、B、C等有关部门，分工协作，密切配合，对…进行治理): they help with a verb of their own.
_TOGETHER = "(?:分工协作|分工合作|密切配合|紧密配合|通力协作|通力合作|协同配合|协调配合|相互配合|互相配合|各司其职|各负其责)"
#: Not the 组织 closing a noun (村级党组织、村委会, 行业组织, 基层组织、社区居委会): the verb's bodies follow no mark.
_ORGANISED = re.compile(f"(?:组织|組織|动员|動員){VERB_NOT_NAME}(?P<units>[^、，,。；;：:的][^，,。；;：:的]{{1,119}}?)"
                        f"[，,](?P<help>{_TOGETHER})(?=[，,。；;]|$)")
#: The kinds a guided private body's name ends with (物业服务企业, 供水公司): a body of its own, as a unit is.
_COMPANIES = ("企业", "企業", "公司")
#: A company named by what it is (物业服务企业, 供水公司), not only by its kind or a word of relevance (企业, 相关企业, 有关公司,
#: 各类企业): those are whom the work concerns, not a body given a part of it.
_QUALIFIED = re.compile("^(?!各类|相关|有关|相關|有關|各)[^、和及与]{2,}(?:企业|企業|公司)$")
#: The marks joining the names of the bodies guided.
_JOINED = re.compile("[、和及与]")
#: The 等 closing a list of subjects before their modal (A、B等要协助…).
_ETC = re.compile("等$")


def helping_subjects(piece: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The subjects of ``piece`` that help another body do its own work (``A、B等部门要配合C落实…``): each subject
    supports, the body helped is responsible for the work its verb names; [] when ``piece`` is not so, or a name is
    no body by ``is_body`` (fields sharing a kind noun, ``住建、城管等部门和单位``, are a list of units).

    >>> body = lambda name: name.endswith(("局", "法院", "部门"))
    >>> [(i.text, i.role) for i in helping_subjects("住建、城管等部门和单位要配合区法院落实强制措施。", body)]
    [('住建', 'support'), ('城管', 'support'), ('区法院', 'responsible')]
    >>> [(i.text, i.role) for i in helping_subjects("市公安局要积极协助市税务局开展稽查。", body)]
    [('市公安局', 'support'), ('市税务局', 'responsible')]
    >>> helping_subjects("市公安局要配合做好宣传。", body), helping_subjects("群众要配合社区做好登记。", body)
    ([], [])
    """
    found = _HELPING_SUBJECTS.match(piece.strip())
    if found is None or not is_body(found.group("helped")):
        return []
    units = found.group("units")
    names = split_units(units)
    if not names or not (all(map(is_body, names)) or looks_like_unit_list(_SHARED_KINDS.sub("等部门", units))):
        return []
    return ([Item(name, "support", found.group("help")) for name in names]
            + [Item(found.group("helped"), "responsible", found.group("verb"))])


def guided_helpers(clause: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The bodies ``clause`` says its subject guides or coordinates to help with the work (``A负责指导、协调C和D配合…``):
    C and D help with a verb of their own, so they support beside the subject that leads (README: helped units with a
    verb of their own); [] where the clause names none, or a name is neither a body by ``is_body`` nor a company.

    >>> body = lambda name: name.endswith(("局", "委员会"))
    >>> [(i.text, i.role, i.word) for i in guided_helpers("负责指导、协调供水企业和业主委员会配合改造", body)]
    [('供水企业', 'support', '配合'), ('业主委员会', 'support', '配合')]
    >>> [i.text for i in guided_helpers("指导协调区城管局配合开展整治", body)]
    ['区城管局']
    >>> guided_helpers("指导协调群众配合开展整治", body), guided_helpers("协调解决配合中的问题", body)
    ([], [])
    """
    found = _GUIDED.search(clause)
    company = lambda name: bool(_QUALIFIED.match(name)) if name.endswith(_COMPANIES) else is_body(name)  # noqa: E731
    units = found.group("units") if found else ""
    parts = _JOINED.split(units)  # 物业服务企业和业委会: a company joined to a body, each a name of its own
    names = parts if len(parts) > 1 and all(map(company, parts)) else split_units(units) if units else []
    if not names or not all(map(company, names)):
        return []
    return [Item(name, "support", found.group("help")) for name in names]


def organised_helpers(text: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The bodies ``text`` says its subject organises, set off by a comma before a clause saying only that they work
    together (``组织A、B等有关部门，分工协作，密切配合，…``): they work with a verb of their own on the subject's task,
    so they support (README: helped units with a verb of their own); fields sharing one kind noun (国土、公安等有关部门)
    each a unit; [] where no such clause follows, or the names are no list of units.

    >>> body = lambda name: name.endswith("局")
    >>> [(i.text, i.role, i.word) for i in organised_helpers("要组织国土、环保、公安等有关部门，分工协作，密切配合，开展治理", body)]
    [('国土', 'support', '分工协作'), ('环保', 'support', '分工协作'), ('公安', 'support', '分工协作')]
    >>> organised_helpers("要组织专家，分工协作，开展评审", body), organised_helpers("要组织市公安局开展治理", body)
    ([], [])
    """
    found = _ORGANISED.search(text)
    units = found.group("units") if found else ""
    names = split_units(units) if units else []
    if not names or not (all(map(is_body, names)) or looks_like_unit_list(units)):
        return []
    return [Item(name, "support", found.group("help")) for name in names]


def helps_before(previous: str, piece: str, subjects: list[str]) -> bool:
    """True when ``piece`` follows ``previous`` after a ；and says of its ``subjects`` (however the list is written:
    A、B, A和B, A、B等) only that they help with the work (``…；乡镇政府要协助做好相关工作``): they support the clause
    before's task and start none. A clause with no help verb (``…；A要抓好工作``) is work of its own.

    >>> helps_before("各县政府要建立台账；", "乡镇政府和村委会等要协助做好相关工作。", ["乡镇政府", "村委会"])
    True
    >>> helps_before("各县政府要建立台账。", "乡镇政府要协助做好相关工作。", ["乡镇政府"])
    False
    >>> helps_before("各县政府要建立台账；", "乡镇政府要做好巡查。", ["乡镇政府"])
    False
    >>> helps_before("各县政府要建立台账；", "乡镇政府要抓好工作。", ["乡镇政府"])
    False
    """
    rest = piece.strip()
    modal = MODAL_INSIDE.search(rest)
    if not subjects or modal is None or not previous.rstrip().endswith(("；", ";")):
        return False
    return split_units(_ETC.sub("", rest[:modal.start()])) == subjects and bool(_HELPS_ONLY.match(rest[modal.start():]))
