"""Where a notice run together on one line breaks: before each heading and item number going on its sequence.

A crawl's copy of a page may lose every line break, nothing left between a part and the next
(``……落实。二、强化保障（一）加强领导1.建立机制……``). What still shows the notice's structure is its numbering:
parts ``一、`` ``二、`` …, sub-headings ``（一）`` ``（二）`` … and items ``1.`` ``2.`` … each go on in order, and a
signature with its date (``……办公室2023年1月3日``) ends the covering notice, the plan after it numbering from
``一、`` again.
"""

from __future__ import annotations

import bisect
import re

from zygraph.sentences.role_words import has_role_words, label_role
from zygraph.names.numerals import DATE, chinese_number
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["at_next_numbers"]

_DIGITS = "一二三四五六七八九"
#: A chapter's or an article's mark: 第一章, 第二十三条.
_ARTICLE = re.compile("第([一二三四五六七八九十]{1,3})([章条])")
_ARTICLE_AFTER = re.compile("[^。；;]{0,40}?第[一二三四五六七八九十]{1,3}条")  # a chapter's title, then its first article
_UNITS_WINDOW = 300  # characters before a heading searched for the label whose unit list it is glued to
#: The marks of items (1. 1、), parts (一、) and sub-headings (（一）), each with its number.
_MARKS = {"item": re.compile(r"(?<![\d.．])(\d{1,4})[.．、](?!\d)"),
          "part": re.compile("(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})、"),
          "sub": re.compile("[（(]([一二三四五六七八九十]{1,3})[）)]"),
          "paren": re.compile("[（(](\\d{1,2})[）)]|([①-⑳])|([⑴-⒇])")}
_HEADING_TITLE = 40  # characters of a heading's title before its first sub-heading or item's number
#: What a heading without an item or sub-heading right after it must follow to start a paragraph: the end of a
#: sentence, a bracket, a lead-in's colon (……通知如下：一、…).
_HEADING_AFTER = "。；;：:）)】〕"
#: A part's mark where a cut starts: 一、, 十二、.
_PART_MARK = re.compile("[一二三四五六七八九十]{1,3}、")
#: The issuer's name opening after a sentence, before the kind of body signing (。蔡甸区人民政府办公室).
_AFTER_SENTENCE = "(?<=[。！])[\u4e00-\u9fff（）()]{2,38}?"
#: A notice's signature and date closing its covering notice: ……办公室2023年1月3日, the issuer's name opening
#: after a sentence (。蔡甸区人民政府办公室) or glued to an attachment's title (…任务分解沁县人民政府办公室); the State
#: Council's reply signed with its date in Chinese numerals, ○ for zero (…实施方案国务院二○○六年九月三十日).
#: 国务院 with a date inside a sentence is what it decided then (根据国务院二○○六年九月三十日批复精神): a signature only
#: after a sentence's end, or closing the line or the text before an attachment.
_SIGNED = re.compile(f"(?:{_AFTER_SENTENCE})?(?:政府|办公室|办公厅|委员会|党委|党组|指挥部|领导小组|局|厅|委|办){DATE}"
                     f"|(?:{_AFTER_SENTENCE})?国务院{DATE}(?=\\s|$|附件|附：)|(?<=[。！])国务院{DATE}")



def at_next_numbers(line: str, fewest: int) -> list[str]:
    """``line`` cut before each number going on its sequence (and each chapter and article: ``第一章`` ``第一条``), glued to the text before it; whole unless it gives
    ``fewest`` cuts at least.

    The sequences: parts ``一、`` ``二、`` …; sub-headings ``（一）`` ``（二）`` … (from ``（一）`` again under a new part,
    or going on); items ``1.`` ``2.`` … (from ``1.`` again under a new heading, or going on). A heading is cut where
    its first sub-heading or item follows it within a short title, where it follows a sentence's end, a bracket
    or a lead-in's colon, or where it is glued to the unit list closing a label (``…责任处室:A、B三、保障措施``).
    The first part may be glued to a title (``……候选项目一、提高低保……。二、…``) when the second follows a sentence's
    end. A sub-heading going on from one cut (``（二）`` after ``（一）``) is cut wherever it stands: its brackets and number
    show it (``……责任单位：A（第一责任单位为牵头单位）时限要求：持续推进（二）…``). A signature's date (``……办公室2023年1月3日``) ends a part of the copy, the numbering starting again after it; after
    a sentence (``。蔡甸区人民政府办公室2023年1月3日``) the signature is cut off whole.

    Examples
    --------
    >>> at_next_numbers("清单一、宣传法律1.宪法责任单位：局农业处2.民法典责任单位：局办公室二、学法活动1.开展学法活动", 3)
    ['清单', '一、宣传法律', '1.宪法责任单位：局农业处', '2.民法典责任单位：局办公室', '二、学法活动', '1.开展学法活动']
    >>> at_next_numbers("通知如下：一、加强领导。二、按时报送。区政府办公室2023年1月3日方案一、目标（一）增长7%责任单位：区发改局"
    ...                 "（二）增长9%责任单位：区财政局", 3)  # doctest: +NORMALIZE_WHITESPACE
    ['通知如下：', '一、加强领导。', '二、按时报送。', '区政府办公室2023年1月3日', '方案', '一、目标',
     '（一）增长7%责任单位：区发改局', '（二）增长9%责任单位：区财政局']
    """
    cuts, at = [], 0
    for signed in [*_SIGNED.finditer(line), None]:
        end = signed.start() if signed else len(line)
        numbered = _numbers_cut(line, at, end)
        cuts += numbered + _articles_cut(line, at, end, [cut for cut in numbered if _PART_MARK.match(line, cut)])
        if signed:
            cuts += [signed.start(), signed.end()]
            at = signed.end()
    if len(cuts) < fewest:
        return [line]
    cuts = sorted(set(cuts))
    return [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)]) if line[a:b].strip()]


def _articles_cut(line: str, at: int, end: int, parts: list[int] = ()) -> list[int]:
    """Where the chapters (``第一章``) and articles (``第一条``) going on their sequences start in ``line[at:end]``:
    a chapter where an article follows its short title, an article after a sentence's end, a bracket, the line's
    start or a chapter's or a part's title (``……若干规定第一章总则第一条为……。第二条……``; rules divided into parts
    ``一、`` at ``parts``, each title glued to its first article: ``一、机构设置第一条……``); articles are numbered on
    through the chapters and parts. A part's title cuts the sequence's first article only where the next follows a
    sentence's end (``一、适用范围按照条例第一条执行`` cites an article).

    >>> line = "工作规则一、机构设置第一条小组是协调机构。第二条小组设组长。二、工作职责第三条小组负责统筹。"
    >>> [line[cut:cut + 4] for cut in _articles_cut(line, 0, len(line), [line.index("一、"), line.index("二、")])]
    ['第一条小', '第二条小', '第三条小']
    """
    cuts, chapter, article, title_from, of_part = [], 0, 0, None, False
    parts = list(parts)
    after_stops = {chinese_number(found.group(1)) for found in _ARTICLE.finditer(line, at, end)
                   if found.group(2) == "条" and found.start() > at and line[found.start() - 1] in _HEADING_AFTER}
    for found in _ARTICLE.finditer(line, at, end):
        while parts and parts[0] < found.start():
            title_from, of_part = _PART_MARK.match(line, parts.pop(0)).end(), True
        number = chinese_number(found.group(1))
        if found.group(2) == "章" and number == chapter + 1 \
                and _ARTICLE_AFTER.match(line, found.end(), min(end, found.end() + _HEADING_TITLE)):
            cuts.append(found.start())
            chapter, title_from, of_part = number, found.end(), False
        elif found.group(2) == "条" and number == article + 1 and (
                found.start() == at or line[found.start() - 1] in _HEADING_AFTER
                or (title_from is not None and found.start() - title_from <= _HEADING_TITLE
                    and not re.search("[。；;]", line[title_from:found.start()])
                    and (not of_part or article or number + 1 in after_stops))):
            cuts.append(found.start())
            article, title_from = number, None
    return cuts


def _numbers_cut(line: str, at: int, end: int) -> list[int]:
    """Where the numbers going on their sequences start in ``line[at:end]``, one sequence of parts, sub-headings
    and items from ``一、`` ``（一）`` ``1.``."""
    marks = _marks(line, at, end)
    cuts = []
    state = {"part": 0, "sub": _first_sub(line, marks) - 1, "item": _first_item(line, marks) - 1, "new_part": False, "new_heading": True,
             "title_from": None, "paren": 0, "new_item": True}
    kinds = []
    while True:
        found = _next_mark(line, at, marks, state)
        if found is None:
            return _own_sub_items(line, cuts, kinds, end)
        kind, start, stop, value = found
        cuts.append(start)
        kinds.append(kind)
        state["title_from"] = stop if kind == "part" else None
        if kind == "part":
            state.update(part=value, new_part=True, new_heading=True, new_item=True)
        elif kind == "sub":
            state.update(sub=value, new_part=False, new_heading=True, new_item=True)
        elif kind == "item":
            state.update(item=value, new_heading=False, new_item=True)
        else:
            state.update(paren=value, new_item=False)
        at = stop


def _own_sub_items(line: str, cuts: list[int], kinds: list[str], end: int) -> list[int]:
    """``cuts`` without those of sub-items (``（1）`` ``①``) in a run that share one label at its end: a run is cut
    only when each of its sub-items but the last names a role of its own (``（1）…。牵头单位：A（2）…``)."""
    kept, run = [], []
    for index, (cut, kind) in enumerate(zip(cuts, kinds)):
        if kind == "paren":
            run.append(index)
        if kind != "paren" or index == len(cuts) - 1:
            pieces = [line[cuts[i]:cuts[i + 1] if i + 1 < len(cuts) else end] for i in run]
            if run and all(has_role_words(piece) for piece in pieces[:-1]):
                kept += [cuts[i] for i in run]
            run = []
        if kind != "paren":
            kept.append(cut)
    return sorted(kept)


def _marks(line: str, at: int, end: int) -> dict:
    """Every item, part and sub-heading mark of ``line[at:end]``: kind -> number -> [(start, end), …] in order,
    found in one pass each so that following a sequence never searches the line again."""
    marks = {"item": {}, "part": {}, "sub": {}, "paren": {}}
    for kind, pattern in _MARKS.items():
        for found in pattern.finditer(line, at, end):
            number = int(found.group(1)) if kind == "item" else _circled(found) if kind == "paren" \
                else chinese_number(found.group(1))
            if number:
                marks[kind].setdefault(number, []).append((found.start(), found.end()))
    return marks


def _circled(found) -> int:
    """The number of a sub-item's mark: 3 for （3）, ③ or ⑶."""
    digits, circled, parenthesised = found.groups()
    return int(digits) if digits else ord(circled) - ord("①") + 1 if circled else ord(parenthesised) - ord("⑴") + 1


def _after(marks: dict, kind: str, number: int, at: int):
    """The (start, end) of the marks ``number`` of ``kind`` from ``at`` on, in order."""
    spans = marks[kind].get(number, [])
    return spans[bisect.bisect_left(spans, (at, 0)):]


def _first_sub(line: str, marks: dict) -> int:
    """The number the sub-headings of a line start from: 1, or that of an excerpt's first sub-heading when the next
    in sequence follows it after a sentence's end (``（十二）监察部门负责…。（十三）人保…``)."""
    firsts = [(spans[0], number) for number, spans in marks["sub"].items()]
    if not firsts:
        return 1
    (_, first_end), number = min(firsts)
    following = [start for start, _ in _after(marks, "sub", number + 1, first_end) if line[start - 1] in "。；;）)"]
    return number if number > 1 and following else 1


def _first_item(line: str, marks: dict) -> int:
    """The number the items of a line start from: 1, or that of an excerpt's first item when the next in sequence
    follows it after a sentence's end or a bracket (``204.推进高中发展。（…）205.…``), no sub-heading or part before it."""
    firsts = [(spans[0], number) for number, spans in marks["item"].items()]
    if not firsts:
        return 1
    (start, first_end), number = min(firsts)
    headings = [spans[0][0] for kind in ("part", "sub") for spans in marks[kind].values()]
    if number == 1 or any(at < start for at in headings):
        return 1
    following = [at for at, _ in _after(marks, "item", number + 1, first_end) if line[at - 1] in _HEADING_AFTER]
    return number if following else 1


def _next_mark(line, at, marks, state):
    """The first of the next part, sub-heading and item in sequence from ``at`` on: (kind, start, end, number); or
    None."""
    found = []
    items = sorted({state["item"] + 1} | ({1} if state["new_heading"] else set()))
    spans = [(span, number) for number in items for span in _after(marks, "item", number, at)[:1]]
    if spans:
        (start, stop), number = min(spans)
        found.append(("item", start, stop, number))
    spans = _after(marks, "part", state["part"] + 1, at)
    heading = _heading(line, at, spans, items, None)
    if heading is None and state["part"] == 0 and spans and _goes_on(line, marks, spans[0][1]):
        heading = spans[0]  # ……候选项目一、提高低保……。二、…: the first part, glued to a title, the second shows it
    if heading is not None:
        found.append(("part", *heading, state["part"] + 1))
    for value in sorted({state["sub"] + 1} | ({1} if state["new_part"] else set())):
        spans = _after(marks, "sub", value, at)
        if value > 1 and value == state["sub"] + 1 and spans:  # （二） after （一）: the bracketed sequence shows it
            found.append(("sub", *spans[0], value))
            continue
        heading = _heading(line, at, spans, items, state["title_from"])
        if heading is not None:
            found.append(("sub", *heading, value))
    for value in sorted({state["paren"] + 1} | ({1} if state["new_item"] else set())):
        found += [("paren", *span, value) for span in _after(marks, "paren", value, at)[:1]]
    return min(found, key=lambda mark: mark[1]) if found else None


def _goes_on(line: str, marks: dict, at: int) -> bool:
    """True when the second part (``二、``) follows ``at`` after a sentence's end or a bracket."""
    return any(line[start - 1] in _HEADING_AFTER for start, _ in _after(marks, "part", 2, at))


def _heading(line, at, spans, items, title_from):
    """The first of ``spans``, a heading's marks, that starts a paragraph (see :func:`at_next_numbers`), or None.
    ``items`` are the item numbers that may follow it; ``title_from``, where the title of a part cut just before
    starts (三、保障措施（八）…, 一、围绕中心工作，服务大局（一）…: the sub-heading glued to it)."""
    numbers = "|".join(map(str, items))
    after = re.compile(rf"[^。；;]{{2,{_HEADING_TITLE}}}?(?:(?<![\d.．])(?:{numbers})[.．、](?!\d)|[（(]一[）)])")
    for start, stop in spans:
        glued = title_from is not None and start - title_from <= _HEADING_TITLE \
            and not re.search("[。；;：:]", line[title_from:start])
        if glued or after.match(line, stop, stop + 2 * _HEADING_TITLE) or not start \
                or line[start - 1] in _HEADING_AFTER or _after_units(line, at, start):
            return start, stop
    return None


def _after_units(line, at, start):
    """True when ``line[:start]`` closes with a label and its unit list (``…责任处室:农业农村处、交通建设处``), since
    ``at``, a part's title glued after them allowed (``…交通建设处三、保障措施``)."""
    at = max(at, start - _UNITS_WINDOW)
    colon = max(line.rfind("：", at, start), line.rfind(":", at, start))
    if colon <= at:
        return False
    label = re.search(r"[\u4e00-\u9fff]{2,8}$", line[at:colon])
    if not (label and label_role(label.group(0))):
        return False
    units = line[colon + 1:start]
    part = re.search(rf"[{_DIGITS}十]{{1,3}}、[^。；;，,：:\d（(]{{2,12}}$", units)
    return looks_like_unit_list(units[:part.start()] if part else units)
