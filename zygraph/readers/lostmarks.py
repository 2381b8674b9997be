"""Lines of a copy that lost its punctuation, broken again where a unit named with its level opens the next duty.

A news report copied from a phone app may lose nearly every mark inside its paragraphs, so that one duty runs on
into the next with nothing between them: ``…负责统筹协调辖区内的消毒杀菌工作市爱卫办统筹协调指导全市消毒杀菌工作``.
Where such a line has a duty's closing word (工作, 任务, 责任) right before a unit named with its level (市爱卫办, 县水利局)
and that unit's duty word (负责, 统筹, 牵头, 要 …), a new paragraph starts at the unit: the part from it on is that
unit's duty, as the paragraphs after it that kept their breaks are (``市教育局负责督导…``).
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.names.unitform import opens_with_level
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["lost_marks_apart"]

#: A line has lost its marks when it is this long (characters) at least and holds fewer marks than one per
#: :data:`_SPAN` characters: a paragraph with its commas and full stops keeps one every 15-25.
_LONG = 40
_SPAN = 40
_MARKS = re.compile("[，,。；;！!？?：:]")
#: The words a duty's clause ends with, right before the next unit where the mark between was lost.
_CLAUSE_END = ("工作", "任务", "责任", "职责", "任務", "責任", "職責")
#: The words a unit's duty opens with after its name: 负责, 统筹, 牵头, 要, 将 ….
_DUTY_WORD = ("负责", "負責", "统筹", "統籌", "牵头", "牽頭", "组织", "協調", "协调", "要", "将", "將")
#: How long a unit's name may run (characters): 市机关事务服务中心 and more.
_LONGEST_NAME = 16


def _unit_at(text, start):
    """The end of a unit named with its level opening ``text`` at ``start`` and followed by its duty's word, or None."""
    for end in range(min(len(text), start + _LONGEST_NAME), start + 1, -1):
        name = text[start:end]
        if text.startswith(_DUTY_WORD, end) and opens_with_level(name) and looks_like_unit_list(name):
            return end
    return None


def lost_marks_apart(lines, findings):
    """``lines`` with :data:`PARAGRAPH_BREAK` before each unit a line that lost its marks runs on into, and the
    (line number, text) of each part so broken off; a finding for each line broken.

    Parameters
    ----------
    lines : list of str
        The document's lines, normalised (line ``n`` at index ``n - 1``).
    findings : list of Finding
        Appended to, one ``lost_marks`` finding per line broken.

    Returns
    -------
    tuple of (list of str, set of tuple)
        The lines (a new list; ``lines`` is left untouched) and the parts broken off, each as
        (line number, text stripped): the duties of the units they open with.

    Examples
    --------
    >>> found = []
    >>> lines, parts = lost_marks_apart(["各地要按照属地管理原则负责统筹协调辖区内的消毒杀菌工作市爱卫办统筹协调指导全市消毒杀菌"
    ...                                  "工作并负责督导医疗机构开展消毒杀菌工作"], found)
    >>> lines[0].split(PARAGRAPH_BREAK)[1][:8], sorted(parts)[0][1][:8], found[0].code
    ('市爱卫办统筹协调', '市爱卫办统筹协调', 'lost_marks')
    >>> lost_marks_apart(["县财政局负责安排防控经费，市教育局负责督导学校开展消毒杀菌工作。县交通局负责…"], [])[1]
    set()
    """
    out, parts = [], set()
    for number, line in enumerate(lines, start=1):
        if len(line) < _LONG or len(_MARKS.findall(line)) * _SPAN >= len(line):
            out.append(line)
            continue
        cuts = [start for start in range(1, len(line) - 2)
                if line[:start].endswith(_CLAUSE_END) and _unit_at(line, start) is not None]
        if not cuts:
            out.append(line)
            continue
        pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)])]
        parts.update((number, piece.strip()) for piece in pieces[1:])
        out.append(PARAGRAPH_BREAK.join(pieces))
        findings.append(Finding(number, "info", "lost_marks", f"a line that lost its punctuation runs on into "
                                f"{len(cuts)} duty(ies) opening with a unit named with its level: "
                                f"{'、'.join(piece[:10] for piece in pieces[1:])}",
                                "read each from its unit on as a paragraph of its own, that unit's duty"))
    return out, parts
