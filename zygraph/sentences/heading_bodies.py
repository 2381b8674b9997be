"""The bodies a heading dividing duties names, each then the subject of its own sentence: （四）A、B和C工作职责.

A plan's section of duties may name in its heading the bodies whose duties follow (``（四）动物卫生监督机构、动物疫病
预防控制机构和乡（镇）畜牧兽医中心站工作职责``), then give each a sentence opening with its name
(``动物卫生监督机构组织实施…。``). A body named by its kind (``…机构``) is no unit alone by its form; named in the
heading over it, it is one: :func:`heading_bodies` gives the names, for the subject reading to know them.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import duty_subject_units
from zygraph.names.unitname import UNIT_ENDINGS

__all__ = ["heading_bodies", "named_in_heading", "section_duty_units"]

#: A heading's own number: （四）, 四、, 4、, 4.
_NUMBER = re.compile("^\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[、.．])")
#: The words closing a heading of duties after the bodies it names: 工作职责, 的主要职责, 职责.
_DUTIES_END = re.compile("(?:的)?(?:工作|主要)?(?:职责|職責)$")
#: Marks between the names of a list: 、 and commas.
_LIST_MARKS = re.compile("[、，,]")
#: Words joining the last name of a list: A和B, A及B, A与B; split only where both sides end as a body's name does
#: (住房和城乡建设局 keeps its 和).
_JOINING = re.compile("[和及与與]")
#: Endings of a body named by its kind (动物卫生监督机构), besides a unit's endings (局, 中心站 …).
_KIND_ENDINGS = ("机构", "機構", "站")


def heading_bodies(heading: str) -> tuple[str, ...]:
    """The bodies a heading of duties names before its 职责, or () when it names none (or anything but bodies).

    Examples
    --------
    >>> heading_bodies("（四）动物卫生监督机构、动物疫病预防控制机构和乡（镇）畜牧兽医中心站工作职责")
    ('动物卫生监督机构', '动物疫病预防控制机构', '乡（镇）畜牧兽医中心站')
    >>> heading_bodies("三、住房和城乡建设局职责")
    ('住房和城乡建设局',)
    >>> heading_bodies("（三）场所动物防疫监管责任人工作职责"), heading_bodies("四、保障措施")
    ((), ())
    """
    title = _NUMBER.sub("", heading).strip()
    if not _DUTIES_END.search(title):
        return ()
    names = []
    for piece in _LIST_MARKS.split(_DUTIES_END.sub("", title)):
        names += _joined(piece)
    return tuple(names) if names and all(_ends_as_body(name) for name in names) else ()


def named_in_heading(heading: str):
    """A ``known`` test for the subject readers: True for a name :func:`heading_bodies` finds in ``heading``.

    Examples
    --------
    >>> known = named_in_heading("（四）动物卫生监督机构和动物疫病预防控制机构职责")
    >>> known("动物卫生监督机构"), known("监督机构")
    (True, False)
    """
    names = frozenset(heading_bodies(heading))
    return names.__contains__


def section_duty_units(text: str, heading: str) -> list[Item] | None:
    """The units opening a duty under ``heading`` (:func:`zygraph.sentences.subject_units.duty_subject_units`), a body the
    heading names counting as a unit, and ending there, where its form alone does not make it one; or None.

    Examples
    --------
    >>> heading = "（四）动物卫生监督机构和动物疫病预防控制机构工作职责"
    >>> [item.text for item in section_duty_units("动物疫病预防控制机构承担疫情监测工作。", heading)]
    ['动物疫病预防控制机构']
    >>> section_duty_units("动物疫病预防控制机构承担疫情监测工作。", "四、部门职责") is None
    True
    """
    if not heading_bodies(heading):
        return duty_subject_units(text)
    return duty_subject_units(text, named_in_heading(heading)) or duty_subject_units(text)


def _joined(piece: str) -> list[str]:
    """``piece`` split at a 和 (及, 与) whose both sides end as a body's name does: A和B; else ``piece`` whole."""
    for found in _JOINING.finditer(piece):
        left, right = piece[:found.start()], piece[found.end():]
        if _ends_as_body(left) and _ends_as_body(right):
            return [left, *_joined(right)]
    return [piece] if piece else []


def _ends_as_body(name: str) -> bool:
    """True when ``name`` ends as a unit's or a body's name by its kind does (局, 中心站, 机构)."""
    return len(name) >= 2 and name.endswith(UNIT_ENDINGS + _KIND_ENDINGS)
