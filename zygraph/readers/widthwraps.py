"""Join the lines a converted document broke at a fixed width inside its sentences, by their common length."""

from __future__ import annotations

from collections import Counter

from zygraph.findings import Finding
from zygraph.sentences.grammar import SENTENCE_MARK
from zygraph.readers.lines import starts_a_block

__all__ = ["unwrapped_width"]

_SHORTEST = 12  # characters of the common width: a line shorter is a heading or a label, never the wrap width
_SLACK = 2  # a wrapped line may be this much shorter than the width (a paragraph's first line lost its indent)
#: Lines at the common width that break off inside a sentence a text needs before its wraps are read as hard breaks.
_FEWEST_WRAPS = 5
_SHARE = 0.5  # of the text's lines of at least ``_SHORTEST`` characters at the common width
_LONGER_SHARE = 0.15  # of those lines, at most, longer than the width: a text of a paragraph a line has many


def unwrapped_width(text: str, findings: list) -> str:
    """``text`` with each paragraph a converted document broke at a fixed width put back on one line.

    A document converted to text keeps its printed lines: each paragraph is broken every so many characters,
    inside its sentences and even inside a unit's name (``市交`` / ``通局``). Such a text shows the width:
    most of its longer lines hold about the same number of characters (the most common length, ``W``), hardly any
    holds more (a title, a line with spaces), and at least ``_FEWEST_WRAPS`` of them end inside a sentence (not with
    。；！？ or a colon) and open no heading, numbered task or label. Then a line of at least
    ``W - _SLACK`` characters that ends inside a sentence goes on in the next line, unless that line is blank or
    opens a heading, a numbered task or a unit label. A text whose lines vary in length (a paragraph a line) comes
    back unchanged. Lines keep their numbers: a line joined to the one above it is left empty.

    Examples
    --------
    >>> page = "一、道路整治\\n甲路与乙路交叉口两侧护栏破损、\\n脱落，部分路段标线模糊不清，\\n" \\
    ...        "且有占道经营现象；丙路路灯损\\n坏。\\n责任单位：县交通局、县城管\\n局\\n" \\
    ...        "二、环境卫生\\n丁街农贸市场门口垃圾堆放，无\\n人清运，影响周边群众生活，且\\n气味难闻。\\n" \\
    ...        "责任单位：县环卫所"
    >>> found = []
    >>> [line for line in unwrapped_width(page, found).split("\\n") if line][:4]
    ['一、道路整治', '甲路与乙路交叉口两侧护栏破损、脱落，部分路段标线模糊不清，且有占道经营现象；丙路路灯损坏。', \
'责任单位：县交通局、县城管局', '二、环境卫生']
    >>> found[0].code, found[0].line
    ('width_lines_joined', 3)
    """
    lines = text.split("\n")
    lengths = [len(line.strip()) for line in lines]
    long = [n for n in lengths if n >= _SHORTEST]
    if not long:
        return text
    width = Counter(long).most_common(1)[0][0]
    at_width = [n for n, line in enumerate(lines) if width - _SLACK <= lengths[n] <= width + _SLACK]
    longer = [n for n in long if n > width + _SLACK]  # a title, a line with spaces: the width's few exceptions
    if len(at_width) < _SHARE * len(long) or len(longer) > _LONGER_SHARE * len(long):
        return text
    broken = [n for n in at_width if not _ends_sentence(lines[n]) and not starts_a_block(lines[n].strip())]
    if len(broken) < _FEWEST_WRAPS:
        return text
    above, going_on, joined = None, False, []
    for number, line in enumerate(lines):
        stripped = line.strip()
        if going_on and stripped and not starts_a_block(stripped):
            lines[above] = lines[above].rstrip() + stripped
            lines[number] = ""
            joined.append(number + 1)
        else:
            above = number
        going_on = lengths[number] >= max(width - _SLACK, 1) and not _ends_sentence(stripped)
    if joined:
        findings.append(Finding(joined[0], "info", "width_lines_joined",
                                f"a converted document's paragraphs broken every {width} characters or so, inside "
                                f"their sentences: {len(joined)} line(s) joined to the line above, first {joined[0]}",
                                "read each paragraph as one line"))
    return "\n".join(lines)


def _ends_sentence(line: str) -> bool:
    """True when ``line`` ends a sentence or a lead-in (。；！？ or a colon): a break there is the paragraph's own."""
    last = line.rstrip()[-1:]
    return bool(last) and (bool(SENTENCE_MARK.match(last)) or last in "：:")
