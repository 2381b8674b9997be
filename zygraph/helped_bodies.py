"""Subjects of running text that only help: A、B等部门要配合C落实… (C does the work), and …；D要协助做好相关工作 (the clause before's)."""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.grammar import Item
from zygraph.subject_units import MODAL_INSIDE
from zygraph.unitlist import looks_like_unit_list, split_units

__all__ = ["helping_subjects", "helps_before", "HELPING_VERBS"]

#: The verbs of helping another body with its work, the one vocabulary of this module and of
#: :mod:`zygraph.clause_subjects` (which adds the help given: 给予支援).
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
