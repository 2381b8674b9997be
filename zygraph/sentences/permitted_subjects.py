"""Bodies a sentence gives leave to act (``A可以根据实际情况，制定…``, ``A可结合…补充``): the subjects of a duty left to them.

A State Council decision or opinion says what a body may do as it says what it must: ``各有关部门可以根据实际情况，制定
详细的工作细则``, ``各省、自治区、直辖市可根据法律…进行补充``. The leave is the document's charge to that body (the golds
of documents divided by their sentences read such a sentence as the body's task, responsible), so the body before
可以 or 可 is the subject, as before 要. 可 that opens a word (可能, 可行, 可靠, 可持续 …) is no leave. This module owns every subject before 可, a collective
of places (各省、自治区、直辖市可…) as well as one body: the opening collective's reading
(:func:`zygraph.readers.subject_sentences`) leaves a clause that gives leave to it (:func:`gives_leave`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.sentences.subject_forms import bodies_apart
from zygraph.names.unitlist import split_units

__all__ = ["permitted_subjects", "gives_leave"]

#: A body's name as a sentence's subject: no comma, stop, colon, 的, 由, 对 or 在 inside it (as subject_forms reads).
_NAME = "[^，,。；;：:的由对在可]{2,40}?"
#: 可 starting a word of its own, not leave to act: 可能, 可行, 可靠, 可持续, 可视化, 可信, 可见, 可控, 可比 ….
_NOT_LEAVE = "能|行|靠|持续|視|视|信|见|見|是|用|控|观|觀|比|谓|謂|口|疑|贵|貴|喜|惜|怜|憐"
#: The body, perhaps 都/也, and its leave: 可以 (not 可以说) or 可 before the work.
_PERMITTED = re.compile(f"^(?P<units>{_NAME})(?:都|均|也|还|還)?(?P<verb>可以(?!说|說)|可(?!以|{_NOT_LEAVE}))")


def permitted_subjects(piece: str, is_body: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(name, verb) for each body ``piece`` opens with before 可以 or 可 (leave to act); [] when it opens otherwise or
    when a name is no body by ``is_body``.

    >>> body = lambda name: name.endswith(("部门", "政府", "局"))
    >>> permitted_subjects("各市人民政府可根据实际，制定实施细则。", body)
    [('各市人民政府', '可')]
    >>> permitted_subjects("县教育局和县卫生局可以结合本地情况，补充检查项目。", body)
    [('县教育局', '可以'), ('县卫生局', '可以')]
    >>> permitted_subjects("该方案可行。", body), permitted_subjects("有关部门可能出现推诿。", body)
    ([], [])
    >>> permitted_subjects("检查结果可以公开。", body)
    []
    """
    found = _PERMITTED.match(piece.strip())
    if found is None:
        return []
    names = bodies_apart(split_units(found.group("units")), is_body)
    return [(name, found.group("verb")) for name in names] if names and all(map(is_body, names)) else []


def gives_leave(clause: str) -> bool:
    """True when ``clause`` opens with a subject and its leave to act (``…可…``, ``…可以…``), whoever the subject: the
    form this module reads, so no other reading takes it.

    >>> gives_leave("各盟、市可结合实际"), gives_leave("各盟、市结合实际"), gives_leave("各乡镇可能出现险情")
    (True, False, False)
    """
    return _PERMITTED.match(clause.strip()) is not None
