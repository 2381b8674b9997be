"""A section's heading a copy glued to its first sentence with no mark between: ``七、加强问题排查和整改各省（…）要…``.

A regulation printed on one line may lose the break after each heading (``八、加强对…的组织领导地方各级党委和政府要…``):
the heading runs straight on into the sentence under it. Where that sentence opens with a body as the subject of its
duty, the body's name shows where the heading ends: the heading is cut there, and the sentence is read from its
subject. Where a clause setting the frame of the duty stands between (``四、按照…原则，确保…需求在确保…的前提下，各地区要…``),
the heading ends where that clause's 在 opens it. The name must open as a subject's name does (各, 地方, 国务院, 中央, a level's 省级, or a level before one
body's name: 县财政局), so that the end of a heading (``…增减挂钩各省``: 乡 of 城乡) is not taken for a name's start.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.names.unitform import opens_with_level
from zygraph.names.unitlist import split_units

__all__ = ["glued_heading", "glued_opening", "lost_breaks", "frame_cut", "runs_into_subject", "subject_run_into", "defined_short_names",
           "short_name_cut"]

#: The shortest and longest a heading glued to its sentence runs (加强领导; 依法保护村集体和农民合法财产权益).
_SHORTEST, _LONGEST = 4, 30
#: The heading and the sentence's subject run on with no mark: the cut is sought before the first one.
_MARK = re.compile("[，,。；;：:、（(“\"《]")
#: A comma between a heading's parts (严格执行以煤定电原则，确保重点骨干电厂生产): the cut may be sought past it, not
#: right after it (a sentence goes on there).
_COMMA = "，,"
#: How a subject's name opens where nothing but its form shows it: a collective (各), the local level in general
#: (地方各级党委和政府), the centre, or a level's bodies (省级政府).
_SUBJECT_OPENING = re.compile("各|地方|国务院|中央|全国|[省市县区乡镇][级級]")


def glued_heading(piece: str, subjects: Callable[[str], list[str]], is_body: Callable[[str], bool]) -> int | None:
    """Where the sentence glued to the heading opening ``piece`` starts: the first cut, after a heading of 4 to 30
    characters with no mark in it but commas between its parts (never right after one) that is no body's name by
    ``is_body``, from which ``subjects`` (the names a sentence makes its subject) reads a body opening the rest, its
    name opening as a subject's does (:func:`opens_as_subject`) and running into no other (:func:`runs_into_subject`);
    None where there is none.

    Examples
    --------
    >>> names = {"各省（自治区、直辖市）要组织排查。": ["各省（自治区、直辖市）"], "省（自治区、直辖市）要组织排查。": []}
    >>> reads = lambda text: names.get(text, [])
    >>> glued_heading("加强问题排查和整改各省（自治区、直辖市）要组织排查。", reads, lambda name: False)
    9
    >>> glued_heading("加强问题排查和整改。", reads, lambda name: False)

    A heading of two parts keeps its comma (``严格执行…原则，确保…生产各地区要…``):

    >>> glued_heading("严格执行原则，确保生产各地区要做好。", lambda text: ["各地区"] * text.startswith("各地区"), lambda n: False)
    11
    >>> glued_heading("省人民政府各有关部门要组织排查。", lambda text: ["各有关部门"], lambda name: name.endswith("政府"))
    """
    mark = next((found for found in _MARK.finditer(piece) if found.group() not in _COMMA), None)
    end = min(mark.start() if mark else len(piece), _LONGEST + 1)
    for cut in range(_SHORTEST, end):
        if piece[cut - 1] in _COMMA or piece[cut] in _COMMA:
            continue
        rest = piece[cut:]
        names = subjects(rest)
        if names and rest.startswith(names[0]) and opens_as_subject(names[0]) and not runs_into_subject(names[0]) \
                and not is_body(piece[:cut]):  # 加强领导，确保各项措施落到实处各省…: not at 各项 of the heading
            return cut
    return None


#: A short name a text defines for a body in a bracket after its full name: （以下简称监测总站）.
_SHORT_NAME = re.compile("[（(]以下(?:简称|簡稱)(?P<name>[^（()）“”\"《》]{2,12})[）)]")


def defined_short_names(text: str) -> dict[str, str]:
    """The short names ``text`` defines (``中国环境监测总站（以下简称监测总站）``), each with the words written right
    before its bracket (where the full name ends).

    >>> defined_short_names("报中国环境监测总站（以下简称监测总站）审核。")
    {'监测总站': '报中国环境监测总站'}
    """
    return {found.group("name"): text[max(0, found.start() - _LONGEST):found.start()]
            for found in _SHORT_NAME.finditer(text)}


def short_name_cut(piece: str, subject: str, short_names: dict[str, str]) -> int | None:
    """Where a heading a copy glued to its sentence ends when the subject read runs it into a short name the text
    defined (``规范日常运维管理监测总站统一负责…``: the heading, then 监测总站): 4 to 30 characters in, not where the
    words before the short name are the end of the full name it was defined for (中国环境监测总站); None otherwise.

    >>> names = {"监测总站": "报中国环境监测总站"}
    >>> short_name_cut("规范日常运维管理监测总站统一负责运行管理。", "规范日常运维管理监测总站", names)
    8
    >>> short_name_cut("中国环境监测总站统一负责运行管理。", "中国环境监测总站", {"总站": "报中国环境监测总站"}) is None
    True
    """
    for name, before in sorted(short_names.items(), key=lambda pair: len(pair[0]), reverse=True):
        cut = len(subject) - len(name)
        if subject.endswith(name) and _SHORTEST <= cut <= _LONGEST and piece.startswith(subject) \
                and not before.endswith(subject):
            return cut
    return None


#: A clause setting the frame a duty is done in, run on from a heading: 在 … 下 / 上 / 中 / 时 / 前 / 后 at the clause's
#: end (在确保电网安全运行的前提下, 在…的基础上), the clause's words before 在 the heading's.
_FRAME = re.compile("在[^，,。；;：:、在]{2,30}[下上中时前后]$")


def frame_cut(piece: str, subject: str) -> int | None:
    """Where the sentence glued to the heading opening ``piece`` starts when a clause setting its frame (在…的前提下)
    stands between the heading and the sentence's ``subject``, which opens the next clause: at that clause's 在, with
    the heading's words before it in the clause; None where no such clause comes right before the subject.

    >>> frame_cut("确保重点需求在确保电网安全的前提下，各地区要采取措施。", "各地区")
    6
    >>> frame_cut("在确保电网安全的前提下，各地区要采取措施。", "各地区"), frame_cut("加强领导，各地区要做好。", "各地区")
    (None, None)
    """
    at = piece.find("，" + subject)
    at = piece.find("," + subject) if at < 0 else at
    if at < 0:
        return None
    opening = max(piece.rfind("，", 0, at), piece.rfind(",", 0, at)) + 1
    found = _FRAME.search(piece, opening, at)
    return found.start() if found is not None and found.start() > opening else None


#: Words a sentence opens with, never a heading's last ones: the time or the state of things it starts from.
_OPENERS = ("随着", "隨著", "近年来", "近年來", "近几年来", "近幾年來", "当前", "當前", "目前")
#: The shortest phrase a heading ends with that the sentence glued to it opens with again (…推进电力体制改革电力体制改革是…).
_REPEATED = 4


def glued_opening(piece: str) -> bool:
    """Whether ``piece`` opens with a heading of 4 to 30 characters with no mark in it run on into a sentence that
    shows where it starts: one opening with the time or state of things (随着, 近年来, 当前), or repeating the
    heading's last words (``积极推进电力体制改革电力体制改革是…``); the heading may have parts set off by commas.

    >>> glued_opening("进一步提高认识随着经济的快速发展，电力建设取得了成就。"), glued_opening("推进体制改革体制改革是重要举措。")
    (True, True)
    >>> glued_opening("《目录》主要梳理执法事项，并将动态调整。"), glued_opening("目录主要梳理执法事项，并将动态调整。")
    (False, False)
    """
    mark = next((found for found in _MARK.finditer(piece) if found.group() not in _COMMA), None)
    end = min(mark.start() if mark else len(piece), _LONGEST + 1)
    return any(piece[cut - 1] not in _COMMA and (piece.startswith(_OPENERS, cut) or any(
        piece[cut - size:cut] == piece[cut:cut + size] for size in range(_REPEATED, cut + 1)))
        for cut in range(_SHORTEST, end))


def runs_into_subject(name: str) -> bool:
    """Whether ``name``, read as the subject opening a section's first sentence, may be a heading run on into a
    subject's name: a subject's opening (各, 地方 …) four characters in or later (``规范开展…增减挂钩各省``).

    >>> runs_into_subject("规范开展城乡建设用地增减挂钩各省"), runs_into_subject("国务院各有关部门")
    (True, False)
    """
    return any(_SUBJECT_OPENING.match(name, at) is not None for at in range(_SHORTEST, len(name)))


def subject_run_into(name: str) -> str:
    """The subject's name a heading's words run on into in ``name`` (:func:`runs_into_subject`): from its opening
    (各, 地方 …) on; ``""`` where ``name`` runs into none.

    >>> subject_run_into("确保各项措施落到实处各省"), subject_run_into("国务院各有关部门")
    ('各省', '')
    """
    return next((name[at:] for at in range(_SHORTEST, len(name)) if _SUBJECT_OPENING.match(name, at)), "")


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


def lost_breaks(sections) -> bool:
    """Whether the run-in ``sections`` (line, area, pieces, run_in) were cut out of one line of the copy, two at least
    sharing its number, and one heading at least runs on into a sentence that shows where it opens
    (:func:`zygraph.readers.glued_headings.glued_opening`): a copy that lost the breaks after its headings (a dataset's
    cell, ``一、提高认识随着…。各地要…二、…``), whose headings run on into their first sentences with no mark between.

    >>> lost_breaks([(1, "", ["提高认识随着形势变化，任务加重。"], True), (1, "", ["乙要做好。"], True)])
    True
    >>> lost_breaks([(1, "", ["提高认识随着形势变化，任务加重。"], True), (2, "", ["乙要做好。"], True)])
    False
    >>> lost_breaks([(1, "", ["目录主要梳理执法事项。"], True), (1, "", ["乙要做好。"], True)])
    False
    """
    lines = [line for line, _, _, run_in in sections if run_in]
    return len(lines) > len(set(lines)) and any(glued_opening(pieces[0]) for _, _, pieces, run_in in sections
                                                if run_in and pieces)
