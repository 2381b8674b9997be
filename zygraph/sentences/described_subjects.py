"""Bodies named by the work they are charged with, the description written whole as the name: 负责编制规划的A部门应…, 会同负责审批规划的A部门召集….

A notice dividing a procedure among bodies of one kind tells them apart by their part in it: the department that
drafts a plan and the one that approves it are both ``发展改革部门``, written ``负责编制规划的发展改革部门`` and
``负责审批规划的发展改革部门``; a collective is written by the work it takes on (``各承担比对测试工作的单位``). Where
such a description opens a clause, before a body's name and its modal verb (perhaps after when it acts, ``在…前，``,
or a comma), the described body is the subject, its name as written, description and all (README: the unit as the
text names it). After 会同, a description before a body's name and the verb of the work (``会同负责审批规划的A部门
召集…``) names the partner, its name ending at the body's kind. 负责 after a body's name (``A负责…的B工作``) says
what A does: only a description opening a clause or a partner's place is read so.

A body's own organ may be told apart the same way, its owner before the description and its kind after
(``各级生态环境主管部门承担相关统计调查任务的职能机构负责…``: the organs of the departments that take that survey
work on): where the owner is a body and a kind of organ (机构, 部门, 单位) follows the description, before its modal
verb or 负责, the organ so described is the subject, written whole; the owner alone is not (its 承担 is inside the name).

A group the text has bodies set up for the procedure (``A会同B召集…组成审查小组``) is named by its function, no
registry's kind; where a later sentence opens with it and its modal verb (``审查小组应当提出书面审查意见``), it is a
body the text itself made, the subject of that duty.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import MODAL_INSIDE
from zygraph.names.unitname import COLLECTIVE_ENDINGS

__all__ = ["described_subject", "described_partners", "set_up_groups", "group_subject", "DESCRIBED"]

#: A description of a body by the work it is charged with, up to its 的 (负责编制规划的, 各承担…工作的): the work in a few
#: words with no mark and no 的 of its own.
DESCRIBED = "(?:各|其他|其它)?(?:负责|負責|承担|承擔|负有|負有)[^，,。；;：:的、“”《》]{2,24}的"
#: The body's name after its description: no mark, 的, 由, 对 or 在.
_NAME = "[^，,。；;：:的由对在、]{2,20}?"
#: When the body acts, between its name and its modal verb (在报批…前，应…; 在审批…时，应…).
_WHEN = "(?:在[^，,。；;]{1,30}?(?:时|時|前|之前|后|後)[，,]?)?"
_SUBJECT = re.compile(f"^(?P<units>{DESCRIBED}{_NAME}){_WHEN}[，,]?(?:都|均|也)?"
                      f"(?P<verb>必须|必需|应当|應當|{MODAL_INSIDE.pattern})")
#: A body's organ described by its work: the owner, what the organ takes on, 的, and the organ's kind, then the verb.
_OWNED = re.compile("^(?P<units>(?P<owner>[^，,。；;：:的由对在、]{2,20}?)(?:承担|承擔|负有|負有|负责|負責)"
                    "[^，,。；;：:的、“”《》]{2,24}的[^，,。；;：:的由对在、]{0,6}(?:机构|機構|部门|部門|单位|單位))"
                    f"(?:都|均|也)?(?P<verb>负责|負責|必须|必需|应当|應當|{MODAL_INSIDE.pattern})")
#: 会同, then a described body: the partner's name runs from the description to the shortest body it names.
_PARTNER = re.compile(f"(?:会同|會同|汇同)(?P<described>{DESCRIBED})(?P<rest>[^，,。；;：:]{{2,30}})")


def described_subject(clause: str, is_body: Callable[[str], bool]) -> tuple[str, str] | None:
    """(name, verb) of the body ``clause`` opens with, described by the work it is charged with, before its modal
    verb; None where the clause opens otherwise or the words after the description are no body by ``is_body``.

    >>> body = lambda name: name.endswith("部门") and len(name) > 2
    >>> described_subject("负责编制规划的发展改革部门在报批规划草案前，应将文件报送生态环境部门", body)
    ('负责编制规划的发展改革部门', '应')
    >>> described_subject("各承担比对测试工作的单位，要严格按照方案开展测试", body)
    ('各承担比对测试工作的单位', '要')
    >>> described_subject("各级交通运输部门承担相关统计任务的职能机构负责本领域统计工作", body)  # the owner's organ
    ('各级交通运输部门承担相关统计任务的职能机构', '负责')
    >>> described_subject("负责日常工作的人员要坚守岗位", body) is None, described_subject("发展改革部门负责编制规划的审查", body)
    (True, None)
    """
    found = _SUBJECT.match(clause.strip())
    if found is None:
        owned = _OWNED.match(clause.strip())  # A承担…的职能机构负责…: the owner's organ described by its work
        return (owned.group("units"), owned.group("verb")) if owned and is_body(owned.group("owner")) else None
    units = found.group("units")
    name = units[re.match(DESCRIBED, units).end():]
    # the description makes a bare kind a body too (承担…工作的单位: the units that take the work on)
    return (units, found.group("verb")) if is_body(name) or name in COLLECTIVE_ENDINGS else None


def described_partners(text: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The partners ``text`` names after 会同 by the work they are charged with (``会同负责审批规划的A部门召集…``),
    each name its description and the shortest body after it, as support.

    >>> body = lambda name: name.endswith(("部门", "部"))
    >>> [(i.text, i.role) for i in described_partners("生态环境部门会同负责审批规划的发展改革部门召集有关部门组成小组", body)]
    [('负责审批规划的发展改革部门', 'support')]
    >>> described_partners("生态环境部门会同发展改革部门召集有关部门", body)
    []
    """
    items = []
    for found in _PARTNER.finditer(text):
        rest = found.group("rest")
        # the shortest body that the next character does not lengthen into another (A部 of A部门)
        end = next((end for end in range(2, len(rest) + 1) if is_body(rest[:end]) and not is_body(rest[:end + 1])),
                   None)
        if end is not None:
            items.append(Item(found.group("described") + rest[:end], "support", "会同"))
    return items


#: A group the text sets up (组成审查小组, 成立协调督导组): its name, a few words ending in a group's kind.
_SET_UP_GROUP = re.compile("(?:组成|組成|成立|组建|組建|设立|設立)(?P<name>[^，,。；;：:、的“”《》]{1,8}?"
                           "(?:小组|小組|工作组|工作組|专家组|專家組|督导组|督導組|检查组|檢查組|评审组|評審組|审查组|審查組))"
                           "(?![\u4e00-\u9fff]*?(?:成员|成員|办公室|辦公室))")


def set_up_groups(text: str) -> set[str]:
    """The groups ``text`` sets up (``组成审查小组``, ``成立协调督导组``), by name.

    >>> sorted(set_up_groups("A会同B召集专家组成审查小组，对报告书进行审查。我部将成立协调督导组，加大督导。"))
    ['协调督导组', '审查小组']
    """
    return {found.group("name") for found in _SET_UP_GROUP.finditer(text)}


def group_subject(piece: str, groups: set[str]) -> tuple[str, str] | None:
    """(name, verb) of the group among ``groups`` (set up earlier in the text) ``piece`` opens with before its modal
    verb; None where it opens otherwise.

    >>> group_subject("审查小组应当提出书面审查意见，A部门应及时印送。", {"审查小组"})
    ('审查小组', '应当')
    >>> group_subject("审查小组提出修改意见的，A部门应当修改。", {"审查小组"}), group_subject("专家组应当审查。", {"审查小组"})
    (None, None)
    """
    for name in sorted(groups, key=len, reverse=True):
        found = re.match(f"{re.escape(name)}(?:都|均|也)?(?P<verb>必须|必需|应当|應當|{MODAL_INSIDE.pattern})", piece.strip())
        if found:
            return name, found.group("verb")
    return None
