"""A section's heading a copy glued to its first sentence with no mark between: ``七、加强问题排查和整改各省（…）要…``.

A regulation printed on one line may lose the break after each heading (``八、加强对…的组织领导地方各级党委和政府要…``):
the heading runs straight on into the sentence under it. Where that sentence opens with a body as the subject of its
duty, the body's name shows where the heading ends: the heading is cut there, and the sentence is read from its
subject. The name must open as a subject's name does (各, 地方, 国务院, 中央, a level's 省级, or a level before one
body's name: 县财政局), so that the end of a heading (``…增减挂钩各省``: 乡 of 城乡) is not taken for a name's start.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.names.unitform import opens_with_level
from zygraph.names.unitlist import split_units

__all__ = ["glued_heading", "runs_into_subject"]

#: The shortest and longest a heading glued to its sentence runs (加强领导; 依法保护村集体和农民合法财产权益).
_SHORTEST, _LONGEST = 4, 30
#: The heading and the sentence's subject run on with no mark: the cut is sought before the first one.
_MARK = re.compile("[，,。；;：:、（(“\"《]")
#: How a subject's name opens where nothing but its form shows it: a collective (各), the local level in general
#: (地方各级党委和政府), the centre, or a level's bodies (省级政府).
_SUBJECT_OPENING = re.compile("各|地方|国务院|中央|全国|[省市县区乡镇][级級]")


def glued_heading(piece: str, subjects: Callable[[str], list[str]], is_body: Callable[[str], bool]) -> int | None:
    """Where the sentence glued to the heading opening ``piece`` starts: the first cut, after a heading of 4 to 30
    characters with no mark in it that is no body's name by ``is_body``, from which ``subjects`` (the names a
    sentence makes its subject) reads a body opening the rest, its name opening as a subject's does
    (:func:`opens_as_subject`); None where there is none.

    Examples
    --------
    >>> names = {"各省（自治区、直辖市）要组织排查。": ["各省（自治区、直辖市）"], "省（自治区、直辖市）要组织排查。": []}
    >>> reads = lambda text: names.get(text, [])
    >>> glued_heading("加强问题排查和整改各省（自治区、直辖市）要组织排查。", reads, lambda name: False)
    9
    >>> glued_heading("加强问题排查和整改。", reads, lambda name: False)
    >>> glued_heading("省人民政府各有关部门要组织排查。", lambda text: ["各有关部门"], lambda name: name.endswith("政府"))
    """
    mark = _MARK.search(piece)
    end = min(mark.start() if mark else len(piece), _LONGEST + 1)
    for cut in range(_SHORTEST, end):
        rest = piece[cut:]
        names = subjects(rest)
        if names and rest.startswith(names[0]) and opens_as_subject(names[0]) and not is_body(piece[:cut]):
            return cut
    return None


def runs_into_subject(name: str) -> bool:
    """Whether ``name``, read as the subject opening a section's first sentence, may be a heading run on into a
    subject's name: a subject's opening (各, 地方 …) four characters in or later (``规范开展…增减挂钩各省``).

    >>> runs_into_subject("规范开展城乡建设用地增减挂钩各省"), runs_into_subject("国务院各有关部门")
    (True, False)
    """
    return any(_SUBJECT_OPENING.match(name, at) is not None for at in range(_SHORTEST, len(name)))


def opens_as_subject(name: str) -> bool:
    """Whether ``name`` opens as a subject's name does where a heading runs on into it: with 各, 地方, 国务院, 中央 or
    a level's 省级, or with a level before one body's name (县财政局), with no 各 or 和 inside.

    >>> [opens_as_subject(n) for n in ("各省（自治区、直辖市）", "地方各级党委和政府", "县财政局", "省级政府")]
    [True, True, True, True]
    >>> [opens_as_subject(n) for n in ("乡建设用地增减挂钩各省", "组织领导地方各级党委和政府", "财政局")]
    [False, False, False]
    """
    if _SUBJECT_OPENING.match(name) is not None:
        return True
    return opens_with_level(name) and "各" not in name and "和" not in name and len(split_units(name)) == 1
