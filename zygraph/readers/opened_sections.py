"""Paragraphs without a number opening with units of their own after a numbered duty or a running-text section.

After a numbered duty its department heads (``（11）市检察院。负责…``), a sentence opening with other units
(``市森林防火指挥部其他成员随时听候调遣…``) is their duty, not more of the one above; after a section of running text
naming its units in sentences (``A为该项工作的牵头单位……``), the section under the next heading opened by a unit
doing its duty (``县督查室要……``) is that unit's task. :mod:`zygraph.readers.paragraph` reads the blocks so.
"""

from __future__ import annotations

from zygraph.readers.assignment import closing_group
from zygraph.sentences.duties import headed_duty_units
from zygraph.sentences.everyone import refers_elsewhere
from zygraph.sentences.statements import heading_units
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["after_headed_duty", "next_section"]

_SENTENCE_ENDS = ("。", "；", ";", "！")  # a line ending so has said all it says


def after_headed_duty(last, text):
    """True when ``text``, a sentence without a number, opens with units of its own (not 各单位, 有关部门) after a
    numbered duty its department heads (（11）市检察院。负责…): those units' duty, as the members closing a list
    of them are given theirs (市森林防火指挥部其他成员随时听候调遣…).

    >>> duty = {"heading": False, "labels": [], "number": 11, "text": "市检察院。负责依法打击犯罪。"}
    >>> after_headed_duty(duty, "市气象局及时提供天气预报。"), after_headed_duty(duty, "各单位随时听候调遣。")
    (True, False)
    """
    if last is None or last["heading"] or last["labels"] or last["number"] is None \
            or not text.rstrip().endswith(_SENTENCE_ENDS) or not headed_duty_units(last["text"]):
        return False
    items = duty_subject_units(text)
    return bool(items) and not any(refers_elsewhere(item.text) for item in items)


def next_section(blocks, text):
    """True when ``text`` opens the section under a new heading with units doing its duty (县督查室要…) and the
    section before it was running text naming its units (A为该项工作的牵头单位…): a notice of such sections.
    Sections naming no unit between the two (三、鼠药投放方法 / 住宅区采用…) are passed over.

    >>> before = {"heading": False, "closed": True, "labels": [], "number": None, "duty": False,
    ...           "text": "县交通局为该项工作的牵头单位，负责制定方案。"}
    >>> heading = {"heading": True, "closed": False, "labels": [], "number": None, "duty": False, "text": "跟踪督办"}
    >>> next_section([before, heading], "县督查室要加强督查。"), next_section([heading], "县督查室要加强督查。")
    (True, False)
    """
    if len(blocks) < 2 or not blocks[-1]["heading"] or blocks[-1]["closed"]:
        return False
    at = len(blocks) - 2
    while at > 0 and blocks[at]["heading"] and not blocks[at]["closed"] and not blocks[at]["labels"] \
            and not heading_units(blocks[at]["text"]):
        at -= 1  # 三、鼠药投放方法 / 住宅区采用…: a section naming no unit between them leaves the one before
    before = blocks[at]
    if before["heading"] or before["number"] is not None or not before["closed"] or before["labels"] \
            or before["duty"] or closing_group(before["text"]) is not None:
        return False  # the section before named its units in brackets or labels: this one must too
    items = duty_subject_units(text)
    # 各单位要…, 有关部门要…: units named elsewhere, as a closing section of measures says them
    return bool(items) and not any(refers_elsewhere(item.text) for item in items)
