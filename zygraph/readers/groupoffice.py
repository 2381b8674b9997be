"""A bare office (办公室, 其办公室) under a heading naming a body the notice sets up and its office is that body's office.

A notice setting up a leading group divides the work of the group and of its office under one heading::

    一、领导小组及其办公室职责
    （一）领导小组职责
    （二）办公室职责
    1、负责领导小组日常工作。

The office there is the group's (领导小组办公室), not the issuer's own office nor a party committee's (县委办公室, as
a bare 办公室 reads at a county's level). :func:`group_office` names it so; a bare 办公室 under no such heading (a
bureau dividing its work among its divisions: 办公室职责 beside 信息中心职责) stays as written.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.grammar import Item

__all__ = ["group_office"]

#: A body a notice sets up and its office, as a heading names them: 领导小组及其办公室, 县防汛指挥部办公室, 领导小组和办公室.
_BODY_AND_OFFICE = re.compile("(?P<body>[^、，,。；;：:及和与（(]{0,30}?(?:领导小组|領導小組|指挥部|指揮部|工作小组|工作组|"
                              "工作組|专班|專班|委员会|委員會))(?:及其?|和|与|與)?(?:办公室|辦公室)")
#: An office named bare, or as the body's (其办公室: its office, the body named before it).
_BARE_OFFICE = ("办公室", "辦公室", "其办公室", "其辦公室")


def group_office(items: list[Item], headings: tuple[str, ...], line: int, findings: list) -> list[Item]:
    """``items`` with a bare office (办公室, 其办公室) named as the office of the body ``headings`` name with it.

    Parameters
    ----------
    items : list of zygraph.sentences.grammar.Item
        The units a task or heading was read with; left untouched.
    headings : tuple of str
        The text of the block and of the heading above it (its area), nearest first.
    line : int
        The block's line, for the finding.
    findings : list
        Where a ``group_office`` finding goes for each office so named.

    Returns
    -------
    list of zygraph.sentences.grammar.Item
        The same items, a bare office replaced by ``<body>办公室`` when a heading names the body and its office
        (``领导小组及其办公室职责``); unchanged otherwise.

    Examples
    --------
    >>> findings = []
    >>> items = [Item("办公室", "responsible", "职责")]
    >>> [i.text for i in group_office(items, ("办公室职责", "领导小组及其办公室职责"), 6, findings)]
    ['领导小组办公室']
    >>> [i.text for i in group_office(items, ("办公室职责", "政府信息公开责任处室及其职责"), 6, findings)]
    ['办公室']
    >>> [f.code for f in findings]
    ['group_office']
    """
    if not any(item.text in _BARE_OFFICE for item in items):
        return items
    found = next((hit for hit in map(_BODY_AND_OFFICE.search, headings) if hit is not None), None)
    if found is None:
        return items
    office = found.group("body") + "办公室"
    findings.append(Finding(line, "info", "group_office", f"a bare office under a heading naming a body and its "
                            f"office ({found.group(0)})", f"read it as that body's office, {office}, not the issuer's "
                            "own or a party committee's"))
    return [Item(office, item.role, item.word) if item.text in _BARE_OFFICE else item for item in items]
