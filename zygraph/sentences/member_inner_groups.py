"""A member's duty set off by its department that closes groups of units inside it: whose clauses they are."""

from __future__ import annotations

import re

from zygraph.sentences.duties import headed_duty_units
from zygraph.sentences.grammar import Item

__all__ = ["member_duty_items"]

#: A group whose units open with 会同: a clause of the member's own with its subject left out (…；会同A、B牵头负责…),
#: so the units after 会同 are the member's partners, not the clause's subject.
_ELIDED_SUBJECT = re.compile("^(?:并|同时|还)?(?:会同|會同)")
#: A group naming who the member answers to (…业务上接受A指导; 接受B监督): the member is guided, A is no unit of its duty.
_ANSWERS_TO = re.compile("接受|接收|服从|服從")


def member_duty_items(text: str, found: list[Item], known=None) -> tuple[list[Item], list[Item]] | None:
    """(items, dropped): the units of a member's duty ``text`` that opens with its department and a colon, and
    closes groups of units inside it (``found``, read by the groups' role verbs); or None when it opens so with
    no department.

    Among members' duties (``（四）市水务局：负责…；会同市财政局牵头负责…``), the department before the colon does
    every clause: a group whose units open with 会同 is the department's own clause with its subject left out (the
    units after 会同 support, as :func:`zygraph.sentences.duties.headed_duty_units` reads them), and a group naming whom the
    department answers to (``业务上接受A指导``) names no unit of the duty. Other groups keep their own units and
    roles (``…，市财政局配合``). ``dropped`` are the groups' units so read.

    Examples
    --------
    >>> found = [Item("会同市财政局、市住建局", "lead", "牵头")]
    >>> items, dropped = member_duty_items("市水务局：负责水库巡查；会同市财政局、市住建局牵头负责堤防加固。", found)
    >>> [(i.text, i.role) for i in items], [i.text for i in dropped]
    ([('市水务局', 'responsible'), ('市财政局', 'support'), ('市住建局', 'support')], ['会同市财政局、市住建局'])
    >>> found = [Item("消防支队业务上接受市应急局", "lead", "指导")]
    >>> items, dropped = member_duty_items("市公安局：负责治安管理；消防支队业务上接受市应急局指导。", found)
    >>> [(i.text, i.role) for i in items]
    [('市公安局', 'responsible')]
    >>> items, _ = member_duty_items("市教育局：负责校舍排查，市财政局配合。", [Item("市财政局", "support", "配合")])
    >>> [(i.text, i.role) for i in items]
    [('市教育局', 'responsible'), ('市财政局', 'support')]
    >>> items, _ = member_duty_items("区建管委（区水务局）。负责制定方案。", [Item("区水务局", "responsible", "（）")])
    >>> [i.text for i in items]
    ['区建管委（区水务局）']
    >>> member_duty_items("工作目标：到2025年建成体系。", []) is None
    True
    """
    head = headed_duty_units(text, known)
    if not head:
        return None
    dropped = [item for item in found if _ELIDED_SUBJECT.match(item.text) or _ANSWERS_TO.search(item.text)]
    named = {item.text for item in head}
    # 区建管委（区水务局）：…: the bracket is the department's second name, no group of the duty
    second = {inner for name in named for inner in re.findall("[（(]([^（()）]+)[）)]", name)}
    kept = [item for item in found if item not in dropped and item.text not in named and item.text not in second]
    return head + kept, dropped
