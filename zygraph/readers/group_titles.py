"""A working group's name on a line of its own, over the line giving its duty and its members: one paragraph.

Emergency plans set out their working groups as a numbered title naming the group (``4.3.4 救援组``), then a line
with the group's duty, written without a subject, and the bodies it is made of (``负责组织力量，开展搜救。由A、B及有关
单位组成。``). The name is the subject of that duty: the two lines are read as one paragraph opening with the name
(the plan's section number dropped), which :func:`zygraph.sentences.composed_members.group_members` reads as a task of the
members.
"""

from __future__ import annotations

import re

from zygraph.sentences.composed_members import group_members
from zygraph.findings import Finding

__all__ = ["group_titles_joined"]

#: A line naming only a working group, after a plan's section number if any: 4.3.4救援组, 医疗救护组, （二）宣传组.
_GROUP_TITLE = re.compile(r"^\s*(?:\d{1,2}(?:[.．]\d{1,2}){1,3}[.．、]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                          r"[一二三四五六七八九十]{1,3}、)?\s*(?P<name>[\u4e00-\u9fff]{1,10}(?:组|組|专班))\s*$")


def group_titles_joined(lines: list[str], findings: list) -> list[str]:
    """``lines`` with each working group's title line run into the line after it that gives the group's duty with no
    subject and its members with no lead (:func:`zygraph.sentences.composed_members.group_members`); a finding each.

    The title's line is left blank, so every line keeps its number; ``lines`` is left untouched.

    Examples
    --------
    >>> found = []
    >>> group_titles_joined(["4.3.5安置组", "负责安置受灾群众。由县民政局、县住建局组成。"], found)
    ['', '安置组负责安置受灾群众。由县民政局、县住建局组成。']
    >>> found[0].code
    'group_title'
    >>> group_titles_joined(["4.3.5安置组", "县民政局负责安置受灾群众。"], [])
    ['4.3.5安置组', '县民政局负责安置受灾群众。']
    """
    out = list(lines)
    for index in range(len(out) - 1):
        title = _GROUP_TITLE.match(out[index])
        if title is None:
            continue
        joined = title.group("name") + out[index + 1].strip()
        if group_members(joined) is None:
            continue
        out[index], out[index + 1] = "", joined
        findings.append(Finding(index + 1, "info", "group_title", f"a working group's name on a line of its own "
                                f"over its duty and members: {title.group('name')}",
                                "read the name as the subject of the duty on the next line, one paragraph"))
    return out
