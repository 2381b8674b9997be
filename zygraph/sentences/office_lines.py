"""Office lines: a line naming who answers for a measure and leading in to its items (A会同B负责，具体工作是：).

Internal procedures of a ministry or a department (工作规程, 应急预案) divide each response measure among its own
offices on a line of its own, between the measure's heading and its numbered sub-items::

    8.实时工作报告。
    救灾司救灾处会同备灾处负责，具体工作是：
    （1）按照国务院要求，定期向国务院报告救灾工作的开展情况；
    （2）救灾工作结束后，向国务院报告灾害总体情况和救灾工作开展情况。

The office line names the units of the whole measure (heading, line and items): its subject and partners are read
as a duty's subject is (:func:`zygraph.sentences.subject_units.subject_units`: 负责 with no lead named, responsible; the unit
after 会同, support), and the words after the verb only announce the items below (具体工作是：, 视情况开展以下工作：).
The places and bodies the items mention (向国务院报告, 指导灾区…) are what the work is about, no units of it.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general, refers_elsewhere
from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import subject_units

__all__ = ["office_line"]

#: A line naming who answers for the items below it: units (with 会同 partners) and their verb, then the words
#: announcing the items up to a colon ending the line: 救灾司救灾处会同备灾处负责，具体工作是：, A负责，视情况开展以下工作：,
#: A牵头，主要职责如下：. The announcing words are short and say the items follow (以下, 如下, 是, 为, 包括).
_OFFICE_LINE = re.compile("^(?P<head>[^，,。；;：:]{2,60}?(?:负责|負責|牵头|牽頭))[，,]?"
                          "(?P<lead_in>[^，,。；;：:]{0,16}?(?:以下|如下|下列|是|为|為|包括)[^，,。；;：:]{0,8})[：:]$")


def office_line(text: str, known=None) -> list[Item] | None:
    """The units of an office line, the line handing the items below it to who answers for them; None for any other.

    Parameters
    ----------
    text : str
        One line of a notice, as read (full-width punctuation).
    known : callable, optional
        ``known(name)`` is true for a registry name.

    Returns
    -------
    list of Item or None
        The units in the roles the line's words give them (the unit after 会同 supports), or None when the line
        is no office line: it must end with a colon after a few words announcing the items (具体工作是：), and
        name units of its own (not 各部门, 有关单位, 各有关司局: units named elsewhere or many) before its verb.

    Examples
    --------
    >>> [(i.text, i.role) for i in office_line("救灾司救灾处会同备灾处负责，具体工作是：")]
    [('救灾司救灾处', 'lead'), ('备灾处', 'support')]
    >>> [(i.text, i.role) for i in office_line("救灾司救灾捐赠处负责，视情况开展以下工作：")]
    [('救灾司救灾捐赠处', 'responsible')]
    >>> office_line("救灾司负责组织开展救灾工作。") is None, office_line("各有关部门负责，具体工作是：") is None
    (True, True)
    >>> office_line("按照以下工作流程，启动国家救灾应急一级响应：") is None
    True
    """
    found = _OFFICE_LINE.match(text.strip())
    if found is None:
        return None
    items = subject_units(found.group("head"), known)
    if not items or any(in_general(item.text) or refers_elsewhere(item.text) for item in items):
        return None  # 各有关司局负责，具体工作是：: units named elsewhere, or many, are no office of the measure
    return items
