"""What copies of a notice add to its text: page footers, a sharing site's preview chunks, a printed page's wraps.

Document-sharing sites and journal reprints give the notice's words with marks of the copy among them:
the page footers of the original (``第2页共4页``), even inside words (``县农作第2页共4页物秸秆``); a preview
cut into numbered chunks, the next chunk's number inside a word (``村主要负`` / ``2、责人是…``); the text layer
of a printed page, each paragraph broken at the print width, its first line indented deeper than the rest.
Each function here takes such a mark away by its form alone and says so in a finding; lines keep their
numbers (a line joined to the one above it leaves an empty line).
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.records import record_lines
from zygraph.readers.widthwraps import unwrapped_width

__all__ = ["without_copy_marks", "without_page_footers", "without_preview_chunks", "unwrapped_print"]

#: A page footer of the original: 第2页共4页, 第 2 页 / 共 4 页, 第2页，共4页; or the mark a law database opens a
#: page of its copy with: [接上页], （续上页）.
_FOOTER = re.compile(r"第\s*\d{1,4}\s*页\s*[,，/／]?\s*共\s*\d{1,4}\s*页"
                     r"|[\[［【（(](?:接|续|續)上[页頁][\]］】）)]")
#: The number a preview chunk opens with: 1、 2、 …
_CHUNK_MARK = re.compile(r"^\s*(\d{1,3})、")
#: The shortest chunk a sharing site cuts its preview into (characters); a numbered item is shorter.
_CHUNK_LENGTH = 200
_SENTENCE_END = ("。", "！", "？", "；", "”", "）", ")")
_INDENT = re.compile(r"^[ \u3000]*")
#: How much deeper than its other lines a printed paragraph's first line is indented (spaces; 　 counts 2).
_FIRST_LINE_INDENT = range(2, 9)
#: Lines of each depth a page needs before its indents are read as a printed paragraph's.
_FEWEST_PRINTED = 3
_STARTS_BLOCK = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十]+[章节条])")


def without_copy_marks(text: str, findings: list) -> str:
    """``text`` without page footers and preview chunk marks, its printed lines unwrapped (one finding each kind).

    Examples
    --------
    >>> found = []
    >>> without_copy_marks("县环保局。负责第1页共2页监督。", found), [f.code for f in found]
    ('县环保局。负责监督。', ['page_footer'])
    """
    text = unwrapped_print(without_preview_chunks(without_page_footers(text, findings), findings), findings)
    text = unwrapped_width(text, findings)  # a converted document broken at a fixed width
    return record_lines(text, findings)  # a vertical table a web copy flattened to field | value | lines


def without_page_footers(text: str, findings: list) -> str:
    """``text`` without the page footers of the original (``第2页共4页``) and a copy's page marks (``[接上页]``).

    A copy flattened to one paragraph keeps them inside its words (``县农作第2页共4页物秸秆``).

    Examples
    --------
    >>> found = []
    >>> without_page_footers("县政府成立县农作第2页共4页物秸秆禁烧工作领导小组", found)
    '县政府成立县农作物秸秆禁烧工作领导小组'
    >>> found[0].code, found[0].line
    ('page_footer', 1)
    >>> without_page_footers("[接上页] 县水利局：负责水情监测。", found)
    ' 县水利局：负责水情监测。'
    """
    lines = text.split("\n")
    where = [number for number, line in enumerate(lines, start=1) if _FOOTER.search(line)]
    if not where:
        return text
    findings.append(Finding(where[0], "info", "page_footer",
                            f"page footers of the original (第n页共m页) or a copy's page marks ([接上页]) on line(s) "
                            f"{', '.join(map(str, where[:5]))}", "removed: they are the copy's, not the notice's"))
    return "\n".join(_FOOTER.sub("", line) for line in lines)


def without_preview_chunks(text: str, findings: list) -> str:
    """``text`` without the numbers a sharing site's preview puts before its chunks (``1、`` ``2、``…).

    Every line from the first ``1、`` on (the site's title lines may stand before it) opens with the next
    number, every chunk but the last is long, and one breaks off inside its sentence (``村主要负`` /
    ``2、责人是…``): the numbers are the preview's, not items of the notice. A chunk that breaks off so goes
    on the line above it.

    Examples
    --------
    >>> found, first = [], "1、方案。" + "甲" * 200 + "，村主要负"
    >>> without_preview_chunks(first + "\\n2、责人是第一责任人。", found).split("\\n")[0][-15:]
    '甲，村主要负责人是第一责任人。'
    >>> found[0].code
    'preview_chunks'
    >>> second = "2、责人是第一" + "乙" * 200 + "，组"
    >>> without_preview_chunks(first + "\\n" + second + "\\n3、织实施。", []).split("\\n")[0][-7:]
    '乙，组织实施。'
    >>> without_preview_chunks("1、组织领导\\n2、工作要求", [])
    '1、组织领导\\n2、工作要求'
    """
    lines = text.split("\n")
    filled = [(number, line) for number, line in enumerate(lines) if line.strip()]
    first = next((at for at, (_, line) in enumerate(filled) if (mark := _CHUNK_MARK.match(line)) and mark.group(1) == "1"),
                 None)
    filled = filled[first:] if first is not None else filled  # the site's own title lines may stand before chunk 1
    marks = [_CHUNK_MARK.match(line) for _, line in filled]
    if len(filled) < 2 or not all(marks) or [int(m.group(1)) for m in marks] != list(range(1, len(filled) + 1)):
        return text
    if any(len(line.strip()) < _CHUNK_LENGTH for _, line in filled[:-1]) \
            or all(line.rstrip().endswith(_SENTENCE_END) for _, line in filled[:-1]):
        return text
    for (number, line), mark in zip(filled, marks):
        lines[number] = line[mark.end():]
    above = filled[0][0]
    for number, _ in filled[1:]:
        if not lines[above].rstrip().endswith(_SENTENCE_END):  # the chunk broke off inside a sentence
            # onto the line the chunk before went on: chunks 2 and 3 both breaking off go on chunk 1's line
            lines[above], lines[number] = lines[above].rstrip() + lines[number].strip(), ""
        else:
            above = number
    findings.append(Finding(filled[0][0] + 1, "info", "preview_chunks",
                            f"every line opens with a preview chunk's number (1、 to {len(filled)}、), a chunk "
                            "breaking off inside a sentence", "removed the numbers; joined the chunks broken off"))
    return "\n".join(lines)


def unwrapped_print(text: str, findings: list) -> str:
    """``text`` with a printed page's paragraphs on one line each: the lines under a first line indented deeper.

    A page's text layer breaks each paragraph at the print width, blank lines between, and indents its
    first line two characters deeper than the others. A line indented as the others (and opening no heading
    or numbered item) goes on the paragraph above it; each needs a few lines of both depths.

    Examples
    --------
    >>> page = "    (一)办科技周，开展\\n\\n  科普。(甲局负责)\\n    (二)办科普日，开展\\n  活动。(乙局负责)\\n" \\
    ...        "    (三)办讲座，开展\\n\\n  宣讲。(丙局负责)"
    >>> found = []
    >>> [line for line in unwrapped_print(page, found).split("\\n") if line]
    ['    (一)办科技周，开展科普。(甲局负责)', '    (二)办科普日，开展活动。(乙局负责)', '    (三)办讲座，开展宣讲。(丙局负责)']
    >>> found[0].code
    'printed_lines_joined'
    """
    lines = text.split("\n")
    depths = [_depth(line) if line.strip() else None for line in lines]
    counted = [d for d in depths if d]
    if not counted:
        return text
    rest = min(counted)
    first = [d for d in counted if d - rest in _FIRST_LINE_INDENT]
    if counted.count(rest) < _FEWEST_PRINTED or len(first) < _FEWEST_PRINTED or len(set(first)) > 1:
        return text
    above, joined = None, []
    for number, line in enumerate(lines):
        if depths[number] is None:
            continue
        if depths[number] == rest and above is not None and depths[above] in (rest, first[0]) \
                and not _STARTS_BLOCK.match(line.strip()):
            lines[above] = lines[above].rstrip() + _joint(lines[above], line) + line.strip()
            lines[number] = ""
            joined.append(number + 1)
            continue
        above = number
    if joined:
        findings.append(Finding(joined[0], "info", "printed_lines_joined",
                                f"a printed page's paragraphs broken at the print width: {len(joined)} line(s) "
                                f"indented less than a paragraph's first line, first {joined[0]}",
                                "read each on the paragraph above it"))
    return "\n".join(lines)


def _depth(line: str) -> int:
    """The indent of ``line`` in spaces (an ideographic space counts two)."""
    indent = _INDENT.match(line).group(0)
    return indent.count(" ") + 2 * indent.count("\u3000")


def _joint(above: str, line: str) -> str:
    """A space between two words of Latin letters or digits broken over lines, else nothing (Chinese text)."""
    return " " if above.rstrip()[-1:].isascii() and above.rstrip()[-1:].isalnum() \
        and line.strip()[:1].isascii() and line.strip()[:1].isalnum() else ""
