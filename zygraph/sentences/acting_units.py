"""Units a clause after a task's units gives a part of the work of their own: handed its cases, checking it, helping."""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item, parse_group
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitlist import split_units

__all__ = ["acting_units", "required_help", "REQUIRED_HELP_WORD"]

#: A unit a requirement hands its cases on to, to act on them itself: ……将屡教不改的门店报县住建局城建监察大队采取措施执法,
#: 移交县城管局依法查处. The unit does that part of the work: it answers for it.
_HANDED_TO = re.compile("(?:移交|移送|转交|交由|报)(?=[^，,。；;]{2})")
#: What the unit handed the cases does with them (any of these may be in its name too: 城管执法大队).
_ACTS = re.compile("采取|依法|查处|处理|处置|执法|予以")
_ACTING_LONGEST = 40  # characters of a unit's name after 报 that are tried
#: What no name handed the cases holds: a later step (报县政府审批后由县财政局予以拨付: 县政府 approves, no more).
_NOT_HANDED = re.compile("由|后|经|并|审批|批准")
#: Units a clause after the lead's requires to help it: ……由A牵头，……，要求B、C等部门密切配合.
_REQUIRED_HELP = re.compile("^(?:并|同时|还)?要求(?P<group>(?P<units>[^，,。；;]{2,200}?)(?:密切|积极|主动|全力|紧密|通力|積極|主動)?"
                            "(?:配合|协助|協助|参与|參與|协同|協同))$")
#: The word the units a requirement names to help carry, for the readers' findings.
REQUIRED_HELP_WORD = "要求…配合"
#: A unit checking the work a requirement gives, as its own clause: 县双创办对上述工作开展实效进行抽查.
_CHECKS = re.compile("^(?P<units>[^，,。；;对]{2,40}?)对[^，,。；;]{2,60}?(?:进行|开展|组织)?(?:抽查|督查|检查|核查|验收|督导)$")


def acting_units(clause: str, known=None) -> list[Item]:
    """Units a clause after a task's units gives a part of the work with a verb of their own: a unit its cases
    are handed on to, to act on them (``将屡教不改的门店报A采取措施执法``, ``移交A依法查处``), or one that checks
    the work (``B对上述工作开展实效进行抽查``); responsible, as the units answering for the task are.

    Examples
    --------
    >>> [(i.text, i.role) for i in acting_units("在月底前将屡教不改的门店报县住建局城建监察大队采取措施执法")]
    [('县住建局城建监察大队', 'responsible')]
    >>> [i.text for i in acting_units("县督查室对上述工作开展实效进行抽查")]
    ['县督查室']
    >>> acting_units("及时报送进展情况"), acting_units("对上述工作进行抽查"), acting_units("报县政府审批后由县财政局予以拨付")
    ([], [], [])
    """
    clause = clause.strip()
    found = _CHECKS.match(clause)
    if found is not None:
        units, word = found.group("units"), "对…抽查"
    else:
        units, word = _handed_to(clause, known), "报…执法"
    if not units or not looks_like_unit_list(units, known):
        return []
    return [Item(name, "responsible", word) for name in split_units(units, known)]


def required_help(clause: str, known=None) -> list[Item]:
    """The units a clause requires to help the work a lead was named for (``要求B、C等部门密切配合``), who support.

    >>> [(i.text, i.role) for i in required_help("要求县纪检委、监察、公安等部门密切配合")]
    [('县纪检委', 'support'), ('监察', 'support'), ('公安', 'support')]
    >>> required_help("要求加强配合"), required_help("要求县公安局负责")
    ([], [])
    """
    found = _REQUIRED_HELP.match(clause.strip())
    group = parse_group(found.group("group"), known) if found else None
    if not group or not all(item.role == "support" for item in group) \
            or not looks_like_unit_list(found.group("units"), known):  # 监察、公安等部门: short names of departments
        return []
    return [Item(item.text, "support", REQUIRED_HELP_WORD) for item in group]


def _handed_to(clause: str, known=None) -> str | None:
    """The longest name after 报 (移交 …) in ``clause`` that a verb of acting on the cases follows, or None."""
    for handed in _HANDED_TO.finditer(clause):
        after = clause[handed.end(): handed.end() + _ACTING_LONGEST]
        ends = [act.start() for act in _ACTS.finditer(after) if act.start() >= 2]
        names = [after[:end] for end in reversed(ends)
                 if not _NOT_HANDED.search(after[:end]) and looks_like_unit_list(after[:end], known)]
        if names:
            return names[0]
    return None
