"""Members' duties a copy ran together on one line with nothing between them: ``…依法处置。区公安局：负责…``.

A plan's division of duties lists each member with a colon, then its duties (``区经济发展局：负责…；负责…。
各片区管理局：配合…``); a crawler's copy of the page runs them on one line, the first glued to the heading
(``三、职责分工区经济发展局：负责…``), with no space to break at (:func:`zygraph.readers.lines.paragraphs_by_space`
breaks at spaces). Here each member's entry is cut off: after a full stop, a unit list and a colon opening a
duty, two at least in the line; the heading dividing the duties is cut from the first member glued to it;
and, in a line so cut, a sentence whose units open it with a duty (``其他相关监管部门依职责做好…``) is an entry
too, as is a member whose duty opens with any verb (``。省水利厅：组织…``, ``。省军区：组织民兵…``) and one a copy
glued to the last duty with no full stop (``…遗体处置工作省财政厅：按照…``), its name opening as another member's does.
"""

from __future__ import annotations

import re

from zygraph.sentences.duty_sections import divides_duties
from zygraph.findings import Finding
from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.sentences.subject_units import duty_subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["members_apart"]

#: A member after a full stop, set off by a colon before its duty: 。区公安局：负责…, 。各片区管理局：配合….
_MEMBER = re.compile("(?<=[。])(?P<units>[^\\s，,。；;：:（()）]{2,30}?)[：:](?=负责|負責|牵头|牽頭|配合|协助|協助|承担|参与|做好|督促)")
#: In a line of such members, a member whose duty opens with any verb: 。省水利厅：组织…, 。省委网信办：加强….
_ANY_MEMBER = re.compile("(?<=[。])(?P<units>[^\\s，,。；;：:]{2,30}?)[：:]")
#: In a line of such members, a colon with no mark since the last sentence's: where a member glued to the last duty
#: may end (…遗体处置工作省财政厅：).
_GLUED_COLON = re.compile("(?P<before>[^\\s，,。；;：:]{2,60})[：:]")
#: A heading glued to its first member: 三、职责分工区经济发展局：负责…; at the line's start with no number too
#: (附件XX指挥部成员单位职责省委宣传部（省政府新闻办）：负责…).
_HEADING_MEMBER = re.compile("(?P<heading>(?:^|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                             "[^\\s，,。；;：:]{2,40}?)(?P<units>[^\\s，,。；;：:]{2,30})[：:](?=负责|負責|牵头|牽頭)")
#: A sentence in such a line: where it starts, after a full stop.
_SENTENCE_START = re.compile("(?<=[。])(?=[^。\u2029])")
_MIN_MEMBERS = 2  # members after a full stop a line must hold to be cut so


def members_apart(text: str, findings: list) -> str:
    """``text`` with :data:`PARAGRAPH_BREAK` before each member's duties a line runs together without spaces.

    Each line cut is a ``members_run_on`` finding. Lines with fewer than two members after a full stop stay.

    Examples
    --------
    >>> text = "三、职责分工区发改局：负责监管；负责处置。区公安局：负责打击。其他部门依职责做好监管。区财政局：负责保障。"
    >>> members_apart(text, []).split(PARAGRAPH_BREAK)
    ['三、职责分工', '区发改局：负责监管；负责处置。', '区公安局：负责打击。', '其他部门依职责做好监管。', '区财政局：负责保障。']
    >>> members_apart("加强监管。区公安局：负责打击。", [])
    '加强监管。区公安局：负责打击。'
    """
    out = []
    for number, line in enumerate(text.split("\n"), start=1):
        cuts = [found.start() for found in _MEMBER.finditer(line) if looks_like_unit_list(found.group("units"))]
        if len(cuts) < _MIN_MEMBERS:
            out.append(line)
            continue
        heading = _heading_cut(line)
        cuts += [heading] if heading is not None else []
        cuts += [found.start() for found in _ANY_MEMBER.finditer(line) if looks_like_unit_list(found.group("units"))]
        cuts += _glued_members(line, cuts)
        cuts += [at.start() for at in _SENTENCE_START.finditer(line, cuts[0]) if _opens_duty(line, at.start())]
        cuts = sorted(set(cuts))
        findings.append(Finding(number, "info", "members_run_on", f"the line runs {len(cuts)} members' duties "
                                "together with nothing between them (…依法处置。区公安局：负责…)",
                                "read each member's duties as a paragraph of its own"))
        out.append(PARAGRAPH_BREAK.join(line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)]) if line[a:b]))
    return "\n".join(out)


def _heading_cut(line: str) -> int | None:
    """Where the first member starts when a heading dividing duties is glued to it (三、职责分工区发改局：负责…)."""
    for found in _HEADING_MEMBER.finditer(line):
        title = found.group("heading")
        for end in range(found.start("units"), found.end("units") - 1):
            if divides_duties(re.sub("^[（(]?[一二三四五六七八九十]{1,3}[、）)]", "", title + line[found.end("heading"):end])) \
                    and looks_like_unit_list(line[end:found.end("units")]):
                return end
    return None


def _glued_members(line: str, cuts: list[int]) -> list[int]:
    """Where members glued to the last duty with no full stop start (…遗体处置工作省财政厅：按照…).

    The member's name is the longest tail before the colon that opens with a character another member's name opens
    with (省 of 省民政厅) and looks like a unit; a tail that opens no member's way is no member.
    """
    openers = {line[at] for at in cuts if at < len(line)}
    glued = []
    for found in _GLUED_COLON.finditer(line):
        before = found.group("before")
        if found.start() in cuts or found.start() < min(cuts):
            continue
        tail = next((at for at in range(1, len(before) - 1) if before[at] in openers
                     and looks_like_unit_list(before[at:]) and len(split_units(before[at:])) == 1), None)
        if tail is not None:
            glued.append(found.start() + tail)
    return glued


def _opens_duty(line: str, at: int) -> bool:
    """True when the sentence starting at ``at`` opens with its units doing a duty (其他部门依职责做好…)."""
    sentence = line[at:].split("。", 1)[0] + "。"
    return not _MEMBER.match("。" + sentence, 1) and bool(duty_subject_units(sentence))
