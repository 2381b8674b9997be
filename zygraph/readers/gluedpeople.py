"""Rows of a glued table closed by dates, its units between columns of people: ``1任务王 浩知识产权处叶龙海2016年12月2…``.

A Word table flattened with nothing between its cells (``序号项目内容责任领导责任处室责任人完成时间``) whose last column is
a date and whose unit column stands between columns of people (责任领导, 责任人) is read here: each row ends with its
date, and the next row's number follows it. Before the date stand the row's people in charge (surname first, two
or three characters, a two-character name padded with a space: 陈 榕); before them its units; before those its
leaders, then its task. A row without people names no units of its own: its unit cell is merged with the row
above's, written once.
"""

from __future__ import annotations

import re

from zygraph.names.people import SURNAMES
from zygraph.readers.columns import PEOPLE_HEADER, column_for
from zygraph.readers.gluednames import LONGEST_NAME, one_name, split_glued
from zygraph.names.unitname import looks_like_unit

__all__ = ["closed_by_dates", "dated_rows"]

#: A row's date closing it: 2016年12月, 3月底, 2016年6月30日前.
_DATE_END = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底前|底|前|上旬|中旬|下旬)?$")
_TIME_WORDS = ("时间", "时限", "期限")  # a last column of dates: 完成时间, 完成时限
_CJK = re.compile("[\u4e00-\u9fff]+")
_DATE_REACH = 16  # characters before a row's number searched for the date closing the row above
_SHORTEST_NAME = 3  # a unit's name read from the end of a task is three characters at least (物价处, not 价处)
#: Characters a unit's name ends with, which no name read from a task's end holds before its end (处食品处, 批处食品处:
#: the end of one name and another) and no person's name holds (权处叶龙海: 知识产权处, then 叶龙海).
_NEVER_OPENS = set("处局所队室厅站")
_SPACE = " \u3000\u00a0"


def closed_by_dates(words: list[str]) -> bool:
    """True when a glued header's last column is a date (完成时间) and a column of people follows its units.

    Examples
    --------
    >>> closed_by_dates(["序号", "项目内容", "责任领导", "责任处室", "责任人", "完成时间"])
    True
    >>> closed_by_dates(["序号", "工作任务", "牵头单位", "完成时间"])
    False
    """
    columns = [column_for(word) for word in words]
    units = [at for at, column in enumerate(columns) if column in ("lead", "support")]
    return bool(units) and columns[-1] == "note" and words[-1].endswith(_TIME_WORDS) \
        and any(PEOPLE_HEADER.search(word) for word in words[units[-1] + 1:])


def dated_rows(text: str, start: int, header: str) -> list[tuple[str, str, list[str], str]]:
    """The rows of a glued table closed by dates, after its header (``header``, ending at ``start`` in ``text``).

    Parameters
    ----------
    text : str
        The table's one line.
    start : int
        Where the header ends: row 1's number follows.
    header : str
        The header's text, left out where the table repeats it (over a page break).

    Returns
    -------
    list of (number, task, unit names, remark)
        Each row cut after its date, in order; a row's units are those of the row above where it names none (a
        merged cell, written once), and ``remark`` says how its cells were told apart.

    Examples
    --------
    >>> rows = dated_rows("序号项目内容责任领导责任处室责任人完成时间1办科技周王 浩市科协叶龙海2016年12月2办科普日2016年5月"
    ...                   "3建立举报平台消保处张祖明2016年9月", 21, "序号项目内容责任领导责任处室责任人完成时间")
    >>> [(number, task, units) for number, task, units, _ in rows]
    [('1', '办科技周', ['市科协']), ('2', '办科普日', ['市科协']), ('3', '建立举报平台', ['消保处'])]
    """
    body = text[start:].replace(header, "")  # 序号项目内容…完成时间 again after row 12: the page broke there
    spans, number, at = [], 1, 0
    while True:
        found = next((match for match in re.finditer(rf"(?<![\d.．]){number}(?=[\u4e00-\u9fff“\"（(])", body[at:])
                      if number == 1 or _DATE_END.search(body[max(0, at + match.start() - _DATE_REACH):
                                                              at + match.start()])), None)
        if found is None:
            break
        if spans:
            spans[-1] = (spans[-1][0], at + found.start())
        spans.append((at + found.end(), len(body)))
        at, number = at + found.end(), number + 1
    rows, above = [], []
    for index, (begin, end) in enumerate(spans, start=1):
        task, units, remark = _row(body[begin:end], body)
        if not units and above:
            units, remark = above, f"{remark}; no units of its own: those of the row above ({'、'.join(above)[:30]}), " \
                "a merged cell written once"
        rows.append((str(index), task, units, remark))
        above = units
    return rows


def _row(cells: str, table: str) -> tuple[str, list[str], str]:
    """(task, units, remark) of one row's text, its date closing it (a row of ``table``)."""
    date = _DATE_END.search(cells)
    rest = cells[: date.start()] if date else cells
    people = _people_start(rest, len(rest), strict=False, table=table)
    if people == len(rest):
        return rest.strip(), [], "no people after its task: no units of its own"
    leader = _anchored(rest, people, table)
    if leader is not None:
        task_end, units = leader
        return rest[:task_end].strip(), units, f"its units ({'、'.join(units)[:30]}) stand between its leaders' " \
            "names and its people's"
    units, at = [], people
    while (name := _last_name(rest, at, table, fallback=not units)) is not None:
        units.insert(0, name)
        at -= len(name)
    if not units:
        return rest.strip(), [], "no units before its people"
    how = "names the table writes again in other rows" if table.count(units[-1]) > 1 else \
        "the shortest name before its people, nothing else marking where its task ends"
    return rest[:at].strip(), units, f"its units ({'、'.join(units)[:30]}) end its task: {how}"


def _names_at(text: str, at: int) -> list[int]:
    """The lengths of the person's names ``text`` may hold at ``at``: a surname and one or two characters, a
    two-character name padded with a space (陈 榕)."""
    if at >= len(text) or text[at] not in SURNAMES:
        return []
    out = [size for size in (2, 3) if _CJK.fullmatch(text[at: at + size] or "-") and at + size <= len(text)]
    if text[at + 1: at + 2] in tuple(_SPACE) and _CJK.fullmatch(text[at + 2: at + 3] or "-"):
        out.append(3)
    return out


def _people_start(text: str, end: int, strict: bool, table: str) -> int:
    """Where the run of people's names ending at ``end`` starts (``end`` where none ends there). ``strict`` takes a
    name only where it cannot be a task's words: padded with a space, or three characters the table writes again."""
    reach = [False] * (end + 1)
    reach[end] = True
    first = end
    for at in range(end - 1, -1, -1):
        if text[at] in _SPACE:
            reach[at] = reach[at + 1] and at + 1 < end
            continue
        for size in _names_at(text, at):
            name = text[at: at + size]
            if at + size <= end and reach[at + size] and not looks_like_unit(name, lambda _: False) \
                    and not _NEVER_OPENS & set(name) \
                    and (not strict or " " in name or (size == 3 and table.count(name) > 1)):
                reach[at] = True
        if reach[at]:
            first = at
        elif not any(reach[at + 1: at + 4]):
            break  # no name can end here: the run is over
    return first


def _anchored(rest: str, people: int, table: str):
    """(where the task ends, units) where the row's leaders stand before its units (王 浩知识产权处, 曹承代食品处),
    the nearest such names before its people; else None."""
    for at in range(people - _SHORTEST_NAME, 1, -1):
        leaders = _people_start(rest, at, strict=True, table=table)
        if leaders < at:
            units = split_glued(rest[at:people])
            if units and leaders > 0:
                return leaders, units
    return None


def _last_name(text: str, end: int, table: str, fallback: bool) -> str | None:
    """The unit's name ending at ``end``: the longest the table writes again (行政许可处, not 度行政许可处); else, with
    ``fallback``, the shortest (物价处, not 商店物价处); None when no name ends there."""
    names = [text[at:end] for at in range(max(0, end - LONGEST_NAME), end - _SHORTEST_NAME + 1)
             if _CJK.fullmatch(text[at:end]) and not _NEVER_OPENS & set(text[at:end - 1]) and one_name(text[at:end])]
    again = [name for name in names if table.count(name) > 1]
    if again:
        return max(again, key=len)
    return min(names, key=len) if names and fallback else None
