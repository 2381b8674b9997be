"""Members' duties whose department is a short name closed by a full stop with no role verb after it (2.派出所。配合…).

A list dividing a street's or a district's work among its offices writes each office first, closed by a full stop,
then its duty (``1.街道消委办。牵头开展…``, ``2.派出所。配合开展…，负责…``, ``5.管理办。协调指导…``). Where the duty
opens with 负责 or 牵头, :func:`zygraph.sentences.duties.headed_duty_units` reads it; here it opens with any verb, so a run-in
title ending like a unit (``建设科普馆。完善展陈。``, ``優化空間開發佈局。加快…``) must be told from an office. The
office is short (:data:`SHORT_NAME` characters at most), reads as a unit (:func:`zygraph.sentences.duties.unit_heading`), opens
with no verb of work, and is no group whose members the duty then names (``煤矿安全督查组。由市煤炭工业局…带队``).
The reader takes such a duty only beside members' duties of the same list (:func:`stopped_run`).
"""

from __future__ import annotations

import re

from zygraph.sentences.duties import headed_duty_units, owned_duty_units, unit_heading
from zygraph.sentences.grammar import Item

__all__ = ["SHORT_NAME", "stopped_member_units", "stopped_label_units", "stopped_run", "stopped_member_at"]

#: The longest office name read before a full stop with no role verb after it: the short forms a street or a
#: district writes for its own offices (派出所, 城运中心, 街道消委办, 区质量技监局).
SHORT_NAME = 8
#: A short name closed by a full stop, then the duty.
_STOPPED = re.compile("^(?P<name>(?:[^，,。；;：:、（(]|[（(][^（()）：:，,。]{1,6}[）)]){2,12}?)。(?P<duty>\\S.*)$", re.S)
#: What opens a run-in title, not an office: a verb of work or a manner (建设科普馆, 優化空間開發佈局, 高标准建设…).
_WORK_OPENING = re.compile("^(?:高质量|高質量|高标准|高標準|全面|加快|加强|加強|建设|建設|优化|優化|完善|推进|推進|推动|"
                           "推動|筹建|籌建|打造|提升|深化|强化|強化|健全|实施|實施|落实|落實|开展|開展|做好|抓好|创建|"
                           "創建|培育|发展|發展|规范|規範|严格|嚴格|统一|統一|明确|明確|积极|積極|着力|著力|大力|"
                           "切实|切實|逐步|持续|持續)")
#: A duty that names the members of the group before it: 由市安监局1名县级领导带队.
_COMPOSED = re.compile("^由")


def stopped_member_units(text: str, known=None) -> list[Item] | None:
    """The units of a member's duty whose office is a short name closed by 。 with no role verb after it, or None.

    The office does the duty; the duty's own words give the roles as under a heading naming it
    (:func:`zygraph.sentences.duties.owned_duty_units`: ``…，会同B…``, B supports).

    Examples
    --------
    >>> [(i.text, i.role) for i in stopped_member_units("管理办。协调指导专业力量定期开展检查巡查。")]
    [('管理办', 'responsible')]
    >>> [(i.text, i.role) for i in stopped_member_units("城运中心。根据区网格中心要求，推动纳入平台。")]
    [('城运中心', 'responsible')]
    >>> stopped_member_units("工作目标。到2025年建成体系。"), stopped_member_units("建设科普馆。完善展陈。")
    (None, None)
    >>> stopped_member_units("煤矿安全督查组。由市煤炭工业局1名县级领导带队。") is None
    True
    >>> stopped_member_units("区质量技监局。负责规范市场。") is None  # headed_duty_units reads it
    True
    """
    found = _STOPPED.match(text.strip())
    if found is None or headed_duty_units(text, known):
        return None
    name, duty = found.group("name").strip(), found.group("duty").strip()
    if len(name) > SHORT_NAME or _WORK_OPENING.match(name) or _COMPOSED.match(duty) or not duty.strip("。；; "):
        return None
    units = unit_heading(name, known)
    if not units or len(units) != 1:
        return None
    return owned_duty_units(units, duty, known)


def stopped_label_units(text: str, known=None) -> list[Item] | None:
    """The units of a member's duty whose label names one office or more, each short, joined by 、 and closed by 。
    with no role verb after it (``（四）区商务委、区城管执法局、外滩投资集团。按照合同继续做好…``), or None.

    As :func:`stopped_member_units`, for a label naming several offices sharing one duty; the reader takes it only
    among sibling headings that open with their department set off by a colon or a full stop and a role verb.

    Examples
    --------
    >>> [i.text for i in stopped_label_units("区商务委、区城管执法局、东方集团。按照合同继续做好养护。")]
    ['区商务委', '区城管执法局', '东方集团']
    >>> [i.text for i in stopped_label_units("东方集团。按照合同继续做好养护。")]
    ['东方集团']
    >>> stopped_label_units("加强领导、完善制度。做好养护。") is None
    True
    """
    name, stop, duty = text.strip().partition("。")
    parts = [part.strip() for part in name.split("、")]
    if not stop or len(parts) == 1:
        return stopped_member_units(text, known)
    if headed_duty_units(text, known) or _COMPOSED.match(duty) or not duty.strip("。；; "):
        return None
    if any(not 2 <= len(part) <= SHORT_NAME or _WORK_OPENING.match(part) or len(unit_heading(part, known) or []) != 1
           for part in parts):
        return None
    return owned_duty_units([unit for part in parts for unit in unit_heading(part, known)], duty.strip(), known)


def stopped_run(texts: list[str], index: int, known=None) -> bool:
    """True when ``texts[index]``, a member's duty :func:`stopped_member_units` reads, stands in an unbroken run of
    members' duties each opening with their office closed by a full stop or a colon, one of which opens its duty with
    a role verb (``1.街道消委办。牵头开展…`` beside ``2.派出所。配合开展…``), or two of which are read so.

    Examples
    --------
    >>> texts = ["街道消委办。牵头开展关爱工作。", "派出所。配合开展关爱工作，负责隐患确认。", "管理办。协调指导检查巡查。"]
    >>> [stopped_run(texts, at) for at in range(3)]
    [False, True, True]
    >>> stopped_run(["加强值班。做好应急。", "派出所。配合开展关爱工作。"], 1)
    False
    """
    if not stopped_member_units(texts[index], known):
        return False
    start = end = index
    while start > 0 and _member(texts[start - 1], known):
        start -= 1
    while end + 1 < len(texts) and _member(texts[end + 1], known):
        end += 1
    run = texts[start:end + 1]
    return any(headed_duty_units(text, known) for text in run) or sum(
        bool(stopped_member_units(text, known)) for text in run) >= 2


def _member(text: str, known) -> bool:
    """True when ``text`` opens with its office closed by a colon or a full stop, with or without a role verb."""
    return bool(headed_duty_units(text, known) or stopped_member_units(text, known))


def stopped_member_at(blocks: list[dict], index: int, known=None) -> bool:
    """True when ``blocks[index]``, a numbered item of the paragraph reader (``heading``, ``number``, ``area``,
    ``text``), is a member's duty :func:`stopped_member_units` reads, in the run of numbered items of its area around
    it (:func:`stopped_run`).

    Examples
    --------
    >>> def item(text): return {"heading": False, "number": 1, "area": "职责分工", "text": text}
    >>> blocks = [item("街道消委办。牵头开展关爱工作。"), item("派出所。配合开展关爱工作，负责隐患确认。")]
    >>> stopped_member_at(blocks, 1), stopped_member_at([blocks[1]], 0)
    (True, False)
    """
    area = blocks[index]["area"]

    def member_item(at):
        return not blocks[at]["heading"] and blocks[at]["number"] is not None and blocks[at]["area"] == area

    if not member_item(index):
        return False
    start, end = index, index
    while start > 0 and member_item(start - 1):
        start -= 1
    while end + 1 < len(blocks) and member_item(end + 1):
        end += 1
    return stopped_run([blocks[at]["text"] for at in range(start, end + 1)], index - start, known)
