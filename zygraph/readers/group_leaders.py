"""People lines under a heading (组长：name（post）, a name and post going on with the list): skipped, and a group they head is a body."""

from __future__ import annotations

import re

from zygraph.sentences.duties import unit_heading
from zygraph.findings import Finding
from zygraph.sentences.grammar import Item
from zygraph.names.people import GROUP_HEAD_POSTS, people_with_posts, post_holders
from zygraph.names.unitname import VERB_STARTS

__all__ = ["leader_line", "GROUP_NAME"]

#: A group's name, as a heading of its own: 综合协调组, 医疗救护组, 宣传报道小组 (a field or a function, then 组).
GROUP_NAME = re.compile("^[\u4e00-\u9fff]{2,10}(?:小组|组|組)$")


def leader_line(line: str, number: int, last: dict | None, findings: list) -> bool:
    """True when ``line`` names nothing but people (``组长：王某（县政府办副主任）``, ``李某（县教育局副局长）``), to be
    skipped; the heading above keeps its hold on the duty below them.

    People lines naming a group's head (组长, 副组长) right under a heading that is a group's name and names no units
    (``（二）宣传报道组``) make that group a body, the unit of the duty below (``last["led_group"]``). Each decision is a
    finding with its line.

    Examples
    --------
    >>> heading, found = {"heading": True, "text": "医疗救护组"}, []
    >>> leader_line("组长：赵某（县卫健局副局长）", 7, heading, found), heading["led_group"]
    (True, [Item(text='医疗救护组', role='responsible', word='')])
    >>> leader_line("负责组织医疗救护。", 8, heading, found), [f.code for f in found]
    (False, ['person_line', 'led_group'])
    """
    people = people_with_posts(line)
    held = [(post, names) for post, names in post_holders(line) or []] if people is None else \
        [(post, [name]) for post, name, _ in people]
    group = _group(last) if any(post in GROUP_HEAD_POSTS for post, _ in held) else None
    if people is None and not (held and (group or (last or {}).get("led_group"))):
        return False  # bare names by post elsewhere: the paragraph's post_holders reading (zygraph.readers.blockrows)
    findings.append(Finding(number, "info", "person_line", f"a line naming people by name and post: {line[:30]}",
                            "ignored: zygraph reads units, not people (the bodies in the posts are where they work); "
                            "the heading above keeps its hold on the duty below"))
    if group is not None and "led_group" not in last:
        last["led_group"] = [Item(group, "responsible", "")]
        findings.append(Finding(number, "info", "led_group", f"the heading {group} is a group's name and the lines "
                                "under it name its head (组长)", "read the group as a body: the unit of the duty "
                                "below that names none"))
    return True


def _group(last: dict | None) -> str | None:
    """The group's name a heading is (``（二）宣传报道组``), when ``last`` is such a heading naming no unit already
    (``（一）领导小组`` owns its duties as a unit's name), else None."""
    if last is None or not last.get("heading"):
        return None
    name = last["text"].strip().rstrip("。：:")
    return name if GROUP_NAME.match(name) and not name.startswith(VERB_STARTS) and not unit_heading(name) else None
