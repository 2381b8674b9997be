"""Lines a copy broke inside a paragraph's points numbered 一是, 二是 …, joined again into that one paragraph."""

from __future__ import annotations

from zygraph.findings import Finding
from zygraph.names.numerals import chinese_number
from zygraph.readers.lines import HEADING, TASK
from zygraph.sentences.report_duties import ORDINAL_POINT

__all__ = ["point_lines_joined"]


def point_lines_joined(lines: list[str], findings: list) -> list[str]:
    """``lines`` with each line that goes on a paragraph's points 一是, 二是 … joined onto the paragraph above it.

    A copy may break a line inside a point, before the sentence naming who does it
    (``…三点要求，一是要压实责任。`` / ``各街道、区水务局要…；二是要加强宣传。`` / ``…。三是…``). A line goes on the
    points above it when the last point there is numbered N, the line holds the ordinal N+1 (``二是``) not at
    its start (the line opens inside point N), and it opens with no number of its own (``2、``, ``（二）``). The
    run goes on while each next line holds the next ordinal so. A joined line is left blank, so the lines keep
    their numbers; a ``point_lines`` finding says where.

    Examples
    --------
    >>> lines = ["会议提出三点要求，一是要压实责任。", "各街道、区水务局要落实巡查；二是要加强宣传。三是要严格督查。",
    ...          "区纪委监委将跟踪问效。四是要保障经费。", "会后，区水务局作了部署。"]
    >>> found = []
    >>> joined = point_lines_joined(lines, found)
    >>> joined[0]
    '会议提出三点要求，一是要压实责任。各街道、区水务局要落实巡查；二是要加强宣传。三是要严格督查。区纪委监委将跟踪问效。四是要保障经费。'
    >>> joined[1:], [f.line for f in found]
    (['', '', '会后，区水务局作了部署。'], [2, 3])
    >>> point_lines_joined(["一是要压实责任。", "二是要加强宣传。"], [])  # each point a line of its own
    ['一是要压实责任。', '二是要加强宣传。']
    >>> point_lines_joined(["一是要压实责任。", "2、区水务局二是要…"], [])  # a numbered line of its own
    ['一是要压实责任。', '2、区水务局二是要…']
    """
    out: list[str] = []
    last, above = 0, None  # the last ordinal of the points run on above, and the index of their paragraph
    for number, line in enumerate(lines, start=1):
        ordinals = [found for found in ORDINAL_POINT.finditer(line) if found.start() > 0]
        text = line.strip()
        if not text or above is None:
            pass
        elif ordinals and chinese_number(ordinals[0].group("ordinal")) == last + 1 and line[:ordinals[0].start()].strip() \
                and not (TASK.match(text) or HEADING.match(text)):
            findings.append(Finding(number, "info", "point_lines", f"the line goes on point {last} of the paragraph "
                                    f"above and holds point {last + 1}: {text[:20]}",
                                    "read it as part of that paragraph, a line break inside a point"))
            out[above] += text
            out.append("")
            last = _last_in_sequence(text, last)
            continue
        else:
            above, last = None, 0
        out.append(line)
        if text and above is None:
            last = _last_in_sequence(text, 0)
            above = len(out) - 1 if last else None
    return out


def _last_in_sequence(text: str, last: int) -> int:
    """The last ordinal of ``text``'s points 一是, 二是 … going on from ``last`` in sequence (``last`` if none)."""
    for found in ORDINAL_POINT.finditer(text):
        if chinese_number(found.group("ordinal")) == last + 1:
            last += 1
    return last
