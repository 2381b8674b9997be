"""Reader for a table whose cells were copied with nothing between them: ``序号工作任务责任单位1办科技周。市科协2…``.

Document-sharing sites and some converters flatten a table to one run of text: the
header's names follow each other, each row starts with its number, and a row's unit
cells follow its task with no separator (``…达到6万元左右。市发展改革委各县(市、区)政府、
嘉兴港区2服务业…``). Such a table is found by a header made wholly of column names after
序号; its rows are cut at the numbers 1, 2, 3 … standing after the end of a unit's name.
A row's units are the text after its task's last 。 when that text splits into unit
names; two names with nothing between them end one cell and start the next (the lead
cell, then the supporting one). A name before them in a people column (何海平) is
dropped. A unit cell that says its roles (``省医保局牵头;省民政厅配合;各州(市)党委和政府落实``) is kept whole for the
grammar, and the next row's number may follow its last verb (``落实22``). A copy that starts mid-table (a newspaper
page continued from another, ``序号工作任务责任单位21树立…``) starts at the number right after the header, which the
first row's finding says. Every row read so is a ``glued_row`` finding. A table whose rows close with a date and whose units stand
between columns of people (…责任领导责任处室责任人完成时间) is cut by :mod:`zygraph.readers.gluedpeople`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from zygraph.errors import LayoutError
from zygraph.findings import Finding
from zygraph.sentences.grammar import names_units, parse_group
from zygraph.sentences.role_words import has_role_words
from zygraph.names.people import SURNAMES
from zygraph.readers.columns import (
    HEADER_SYNONYMS,
    PEOPLE_HEADER,
    column_for,
    columns_for,
)
from zygraph.readers.copies import without_copy_marks
from zygraph.readers.docx import document_text
from zygraph.readers.gluednames import LONGEST_NAME, LONGEST_RUN, one_name, split_glued
from zygraph.readers.gluedpeople import closed_by_dates, dated_rows
from zygraph.readers.normalize import Normalizer, simplified_lines
from zygraph.readers.notice import led_by_notice, parse_notice
from zygraph.readers.raw import RawDocument
from zygraph.readers.spreadsheet import grid_rows
from zygraph.names.list_marks import split_outside_brackets
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import looks_like_unit

__all__ = ["read_glued", "glued_table", "glued_document"]

_START = re.compile("序号")
_GROUP_WORDS = ("类别", "分类", "领域", "类型", "项目类别")  # a column before 序号 that groups the rows
#: A row a line: its group's name (or none), its number, then its text (经济社会发展主要预期目标1地区生产总值…).
_ROW_LINE = re.compile(r"^(?P<group>[^\d]{0,30}?)(?P<number>\d{1,3})(?P<body>[\u4e00-\u9fff“\"（(].*)$")
_HEADER_WORDS = frozenset(name for names in HEADER_SYNONYMS.values() for name in names) | {"主要工作任务", "主要责任单位"}
_LONGEST_WORD = 10  # longest column name read in a glued header
#: Columns whose name a column of people never opens with (序号项目内容责任领导 is 序号, 项目内容 and 责任领导; 牵头领导,
#: a unit column's name before 领导, is one).
_ROW_COLUMNS = ("seq", "area", "task")
_UNIT_NAME, _PEOPLE_NAME = 4, 3  # a unit column's name in full (责任处室), a people column's (责任人, 负责人)
_NAMED_WORD, LONGEST_NAMED = 4, 8  # a word outside the header vocabulary read as the task column's by its ending
_HEADER_REACH = 80  # characters after 序号 a glued header may run to
_HEADING = re.compile("([一二三四五六七八九十]{1,3}、[^。；;0-9]{2,30})$")
#: Characters a unit's name ends with, before the next row's number (嘉兴港区2服务业…, 市国有公司2促进…).
_UNIT_END = set("局委办府会厅部室处所心司团队行社馆站校道镇乡区县市组位员关门）)")
_MIN_ROWS = 1
_SENTENCES_TRIED = 12  # sentence ends of a row tried for the units after them: time stays bounded
_SHORTEST_FIRST = 3  # shortest first name after a person's (张菁民 / 政局 is no split: 张菁 / 民政局)
_LONGEST_ROW = 3000  # characters a row's text may run to before the next row's number
_ETC = re.compile("等(?:有关|相关)?(?:部门|单位|部门和单位)$")
#: A row number right after the header: the copy holds the table from that row on (序号工作任务责任单位21树立…).
_CONTINUED = re.compile(r"\s*(\d{1,3})(?=[\u4e00-\u9fff“\"（(])")
#: A counter word after a number (130个村, 50公里, 3万人): a figure of the task, no row number.
_COUNTER = re.compile("[万亿千百十]?(?:个|項|项|家|人|户|戶|所|座|条|條|吨|噸|亩|畝|辆|輛|次|件|公里|千米|米|元)")
_LONGEST_TEXT = 200_000  # characters of one run read as a glued table: the row search is linear in them


def _is_header_word(word: str) -> bool:
    """True for a column name as tables write it (工作任务, 牵头单位, 区政府分管领导), not any text ending like one."""
    return word in _HEADER_WORDS or (PEOPLE_HEADER.search(word) is not None and not re.search(r"[\d\W]", word)
                                     and not _opens_with_row_column(word)) \
        or (_NAMED_WORD <= len(word) <= LONGEST_NAMED and re.fullmatch("[\u4e00-\u9fff]+", word) is not None
            and column_for(word) == "task"  # 重点督办内容
            and not any(word.startswith(known) for known in _HEADER_WORDS if len(known) < len(word)))


def _opens_with_row_column(word: str) -> bool:
    """True when ``word`` opens with a name of a column of what the rows are (序号, 项目, 内容: 内容责任领导 is two
    columns' names glued, not one column of people), or with a unit column's name in full before a people column's
    (责任处室责任人 is 责任处室 | 责任人; 牵头领导, 牵头县领导 are one)."""
    return any(column_for(word[:at]) in _ROW_COLUMNS
               or (at >= _UNIT_NAME and word[:at] in _HEADER_WORDS and len(word) - at >= _PEOPLE_NAME
                   and PEOPLE_HEADER.fullmatch(word[at:]) is not None)
               for at in range(2, len(word) - 1))


def _header(text: str, start: int) -> tuple[int, list[str]] | None:
    """The column names glued after 序号 at ``start``: (where they end, the names), or None.

    >>> _header("表序号主要工作任务第一责任单位主要责任单位一、主要指标1地区…", 1)
    (21, ['序号', '主要工作任务', '第一责任单位', '主要责任单位'])
    >>> _header("表序号项目内容责任领导责任处室完成时间1建立…", 1)[1]
    ['序号', '项目内容', '责任领导', '责任处室', '完成时间']
    """
    reach = min(len(text), start + _HEADER_REACH)
    best: dict[int, list[str]] = {start: []}
    for at in range(start, reach):
        if at not in best:
            continue
        for size in range(_LONGEST_WORD, 1, -1):
            word = text[at: at + size]
            if at + size <= reach and _is_header_word(word) and (at + size not in best
                                                                 or len(best[at + size]) > len(best[at]) + 1):
                best[at + size] = best[at] + [word]
    end = max(best)
    words = best[end]
    group = next((word for word in _GROUP_WORDS if text.endswith(word, 0, start)), None)
    if group is not None:
        words = [group, *words]  # 类别序号重点督办内容…: a column grouping the rows stands before 序号
    note = next((text[end: end + size] for size in range(_LONGEST_WORD, 1, -1)
                 if re.fullmatch("[\u4e00-\u9fff]+", text[end: end + size])
                 and column_for(text[end: end + size]) == "note"), None)
    if note is not None:
        words, end = [*words, note], end + len(note)  # …牵头单位全年完成情况: a note column after the units
    columns = columns_for(words)
    if "task" not in columns or not {"lead", "support"} & set(columns) or "seq" not in columns[:2]:
        return None
    return end, words


def _first_row(text: str, start: int) -> int:
    """The number of the first row after a header ending at ``start``: 1, or the number standing right after the
    header where the copy holds the table from a later row on (序号工作任务责任单位21树立…: a page continued from
    another, ``(上接第三版)``). A later number is trusted only when no counter word follows it (130个村完成改厕:
    a figure of row 1's task) and the next row's number follows in sequence.

    >>> text = "序号工作任务责任单位21树立理念。甲局22推进改革。乙局"
    >>> _first_row(text, 10), _first_row("序号工作任务责任单位130个村完成改厕。甲局2新建道路。乙局", 10)
    (21, 1)
    >>> _first_row("序号工作任务责任单位21树立理念。甲局3推进改革。乙局", 10)
    1
    """
    found = _CONTINUED.match(text, start)
    if not found or int(found.group(1)) <= 1 or _COUNTER.match(text, found.end()):
        return 1
    first = int(found.group(1))
    following = re.compile(rf"(?<!\d){first + 1}(?=[\u4e00-\u9fff“\"（(])")
    after = following.search(text, found.end())
    return first if after and not _COUNTER.match(text, after.end()) else 1


def _ends_role_cell(text: str) -> bool:
    """True when ``text`` (a row's text up to a number) ends with a unit cell that names its roles
    (…。省医保局牵头;省民政厅配合;各州(市)党委和政府落实): the next row's number may follow its last verb (落实22)."""
    return _role_tail(text) is not None


def _role_tail(text: str) -> int | None:
    """Where a unit cell naming its roles starts at the end of ``text``, after its task's last 。 (or ；, the
    cell's own ； read after: A牵头；B配合 is one cell), or None."""
    for mark in "。；":
        cut = text.rfind(mark) + 1
        if cut > 0 and _role_cell(text[cut:].strip()) is not None:
            return cut
    return None


def _role_cell(text: str):
    """The items of ``text`` when it is a cell of units with role words (A、B牵头;C配合), else None."""
    if not has_role_words(text) or len(text) > LONGEST_RUN:
        return None
    items = parse_group(text)
    return items if items and names_units(items) else None


def _rows(text: str, start: int, first: int = 1) -> list[tuple[int, int]]:
    """(start, end) of each row's text after its number: rows ``first``, ``first`` + 1 … in order."""
    spans, number, at = [], first, start
    while True:
        pattern = re.compile(rf"(?<![\d.．]){number}(?=[\u4e00-\u9fff“\"（(])")
        found = None
        for match in pattern.finditer(text, at, at + _LONGEST_ROW):
            before = text[match.start() - 1] if match.start() else ""
            if (number == first and (first == 1 or not text[at: match.start()].strip())) or before in _UNIT_END \
                    or _ends_role_cell(text[at: match.start()]):
                found = match
                break
        if found is None:
            break
        if spans:
            spans[-1] = (spans[-1][0], found.start())
        spans.append((found.end(), len(text)))
        at, number = found.end(), number + 1
    return spans


def _names(text: str) -> list[tuple[str, bool]] | None:
    """The unit names of ``text``, each with True when nothing separates it from the name before it."""
    pieces, _ = split_outside_brackets(text, "、，,；;")
    out = []
    for piece in pieces:
        names = split_glued(_ETC.sub("", piece.strip()))  # 市文广旅局等部门: the examples' tail is no unit
        if not names:
            return None
        out += [(name, index > 0) for index, name in enumerate(names)]
    return out


def _units(body: str, people: bool):
    """(task, [names with their glue], person dropped) of a row's text, or None when no units end it."""
    cut = max(body.rfind("。"), body.rfind("；")) + 1
    if cut <= 0:
        return None
    task, rest = body[:cut], body[cut:].strip()
    skips = (3, 2, 0) if people else (0,)
    for skip in skips:
        person, units = rest[:skip], rest[skip:]
        if skip and (looks_like_unit_list(person) or not re.fullmatch("[\u4e00-\u9fff]+", person)):
            continue
        names = _names(units)
        if names:
            return task, names, person
    role_at = None if people else _role_tail(body)
    if role_at is not None:  # 省医保局牵头;省民政厅配合: one cell, its roles said in it
        return body[:role_at], [(body[role_at:].strip(), False)], ""
    return None


def _row_tasks(body: str, people: bool) -> list:
    """[(task, names, person)] of a row's text: the units ending it; where the table has a people column, also
    a person and units standing after a sentence inside it with more text after them. That text is a second
    task of the row when units end it too (…展陈。何海平文体旅局晋陵公司推进…整治。芮春祥住建局…), else its
    task's content going on below cells merged over it (…服务。张菁民政局各街道提升改造…。)."""
    tasks, start = [], 0
    if people:
        stops = [at + 1 for at, char in enumerate(body) if char in "。；"][:_SENTENCES_TRIED]
        for stop in stops:
            if stop <= start:
                continue
            inner = _inner_units(body[stop:])
            if inner is not None:
                person, names, length = inner
                tasks.append([body[start:stop], names, person])
                start = stop + length
    found = _units(body[start:], people)
    if found is not None:
        tasks.append(list(found))
    elif tasks:
        tasks[-1][0] += body[start:]  # the content below the merged cells of the task above
    return [tuple(task) for task in tasks]


def _inner_units(text: str):
    """(person, names, length) where ``text`` opens with a person (two or three characters) and unit names
    run together, and more text follows them; else None."""
    found = []
    for skip in (3, 2):  # 何海平文体旅局, 张菁民政局: a name of three characters or two
        person = text[:skip]
        if not re.fullmatch("[\u4e00-\u9fff]+", person) or looks_like_unit_list(person) or person[0] not in SURNAMES:
            continue  # 提升康复辅具社区…: no person's name, a sentence
        names = _longest_names(text[skip:])
        length = skip + sum(len(name) for name, _ in names) if names else 0
        if names and len(names[0][0]) >= _SHORTEST_FIRST and looks_like_unit(names[0][0], lambda name: False) \
                and length < len(text):
            found.append((len(names[0][0]), person, names, length))
    # where both read, the unit starts where its name is shortest: 张菁 / 民政局, not 张菁民 / 政局各街道
    return min(found)[1:] if found else None


def _longest_names(text):
    """The unit names a text opens with, run together: the longest prefix before any figure or punctuation
    that splits into names, or None."""
    prefixes = _prefix_names(text)
    found = [end for end in prefixes if text[end - 1] in _UNIT_END]
    if not found:
        return None
    names = prefixes[max(found)]
    return [(name, index > 0) for index, name in enumerate(names)]


def glued_table(lines: list[str]):
    """Find a glued table: ``(line, header names, rows)`` with rows of (line, area, number, task, cells, remark).

    Examples
    --------
    >>> found = glued_table(["附表序号主要工作任务牵头单位配合单位1办科技周。市科协市教育局、团市委2办科普日。市科技局"])
    >>> found[1], [(number, task, cells) for _, _, number, task, cells, _ in found[2]]
    (['序号', '主要工作任务', '牵头单位', '配合单位'], [('1', '办科技周。', ['市科协', '市教育局、团市委']), \
('2', '办科普日。', ['市科技局', ''])])
    """
    for number, line in enumerate(lines, start=1):
        text = line.strip()[:_LONGEST_TEXT]
        for match in _START.finditer(text):
            header = _header(text, match.start())
            if header is None:
                continue
            end, words = header
            columns = columns_for(words)
            width = sum(1 for c in columns if c in ("lead", "support"))
            people = any(PEOPLE_HEADER.search(word) for word in words)
            if not text[end:].strip():
                rows = _line_rows(lines[number:], number, width)  # the header alone on its line: a row a line
                if len(rows) >= _MIN_ROWS:
                    return number, words, rows
                continue
            if closed_by_dates(words):  # …责任领导责任处室责任人完成时间: rows closed by dates, units between people
                rows = [(number, "", row, task, _cells([(name, False) for name in units], width), remark)
                        for row, task, units, remark in dated_rows(text, end, text[match.start():end])]
                if any(cells[0] for *_, cells, _ in rows):
                    return number, words, rows
                continue
            first = _first_row(text, end)
            spans = _rows(text, end, first)
            if not spans:
                continue
            heading = _HEADING.search(text[end: spans[0][0] - 1])  # 一、主要发展指标 before row 1
            rows, area = [], heading.group(1).split("、", 1)[1] if heading else ""
            for row_number, (start, stop) in enumerate(spans, start=first):
                body = text[start:stop]
                next_area = _HEADING.search(body)
                if next_area:
                    body = body[: next_area.start()]
                for task, names, person in _row_tasks(body, people):
                    cells = _cells(names, width)
                    remark = f"the row's text ends with its units: {'、'.join(n for n, _ in names)[:40]}" + (
                        f"; {person} before them is a person" if person else "") + (
                        f"; the table starts at row {first}, the rows before it not in this copy"
                        if first > 1 and row_number == first else "")
                    rows.append((number, area, str(row_number), task, cells, remark))
                if next_area:
                    area = next_area.group(1).split("、", 1)[1]
            if len(rows) >= _MIN_ROWS:
                return number, words, rows
    return None


def _line_rows(lines, first, width):
    """Rows of a glued table a row a line, numbered 1, 2, 3 … after the group's name: the task runs to the
    first full stop after which unit names start; the names run on to the longest prefix whose names
    share the first one's level (区发展改革委 before 西城区地区生产总值…, the note column's text)."""
    rows, expected = [], 1
    for number, line in enumerate(lines, start=first + 1):
        found = _ROW_LINE.match(line.strip())
        if found is None or int(found.group("number")) != expected:
            continue
        body = found.group("body")
        for stop in [at + 1 for at, char in enumerate(body) if char in "。；;"][:_SENTENCES_TRIED]:
            names = _leading_names(body[stop:])
            if names:
                remark = f"the row's task ends before its units: {'、'.join(n for n, _ in names)[:40]}"
                rows.append((number, found.group("group").strip(), str(expected), body[:stop],
                             _cells(names, width), remark))
                expected += 1
                break
    return rows


def _leading_names(text):
    """The unit names a text opens with, run together, as :func:`_names` gives them; the longest run whose
    names all open with the first one's level (区…, 市…), or the first name alone; None if it opens with none."""
    best = None
    for end, names in sorted(_prefix_names(text).items()):
        if text[end - 1] in _UNIT_END and (best is None or (names[0][0] in "区市县省"
                                                            and all(n[0] == names[0][0] for n in names))):
            best = names
    return [(name, index > 0) for index, name in enumerate(best)] if best else None


def _prefix_names(text):
    """{end: names} for every prefix of ``text`` (up to its first figure or punctuation) that splits into unit
    names run together, in as few names as possible: one pass forward, so each prefix costs nothing more."""
    stop = re.search(r"[\d、，,。；;：:]", text)
    text = text[: min(stop.start() if stop else len(text), LONGEST_RUN)]
    best: dict[int, list[str]] = {0: []}
    for i in range(len(text)):
        if i not in best:
            continue
        for j in range(i + 2, min(len(text), i + LONGEST_NAME) + 1):
            name = text[i:j]
            if (j not in best or len(best[i]) + 1 < len(best[j])) and one_name(name):
                best[j] = best[i] + [name]
    best.pop(0)
    return best


def _cells(names: list[tuple[str, bool]], width: int) -> list[str]:
    """The names as the unit cells of a row: a name glued to the one before it starts the next cell."""
    cells = [""] * max(width, 1)
    at = 0
    for name, glued in names:
        if glued and at + 1 < len(cells) and cells[at]:
            at += 1
        cells[at] = f"{cells[at]}、{name}" if cells[at] else name
    return cells


def read_glued(path: str | Path) -> RawDocument:
    """Read a table copied with nothing between its cells (see the module's docstring).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.txt"
    >>> _ = path.write_text("分工表序号工作任务责任单位1办科技周。市科协、市教育局2办科普日。市科技局", encoding="utf-8")
    >>> [(r.task, r.lead) for r in read_glued(path).rows]
    [('办科技周。', '市科协、市教育局'), ('办科普日。', '市科技局')]
    """
    text, encoding, notes = document_text(path)
    marks = []
    text = without_copy_marks(text, marks)  # 高新园(邹区镇 / 2、)各街道: a sharing site's preview chunks
    lines, characters = simplified_lines(text)  # a Traditional copy read in the shape of its Simplified one
    found = glued_table(lines)
    if found is None:
        raise LayoutError("no glued table found: no run of column names after 序号 (序号工作任务牵头单位…) "
                          "followed by rows 1, 2, 3 … that end in unit names", path=path)
    document = glued_document(lines, found, path)
    loaded = [Finding(None, "info", code, message, "none needed") for code, message in notes]
    return replace(document, meta={**document.meta, "encoding": encoding},
                   findings=loaded + marks + characters + document.findings)


def glued_document(lines: list[str], found, path, layout: str = "glued") -> RawDocument:
    """The RawDocument of the table :func:`glued_table` found in ``lines``."""
    line, words, rows = found
    normalise = Normalizer()
    columns = columns_for(words)
    texts = ["序号", "领域", *[word for word in words if column_for(word) != "seq"]]
    columns = columns_for(texts)
    unit_positions = [i for i, c in enumerate(columns) if c in ("lead", "support")]
    task_at = columns.index("task")
    grid = [[(cell, False) for cell in texts]]
    findings = []
    for _, area, number, task, cells, remark in rows:
        row = [number, normalise(area, line)] + [""] * (len(texts) - 2)
        row[task_at] = normalise(task, line)
        for position, cell in zip(unit_positions, cells):
            row[position] = normalise(cell, line)
        grid.append([(cell, False) for cell in row])
        findings.append(Finding(line, "warning", "glued_row", f"row {number}: {remark}",
                                "cut at the row numbers and the names' endings; check the row against the source"))
    found_rows, grid_findings, _ = grid_rows(grid, (0, columns), "", "row {}")
    out = [replace(row, line=line) for row in found_rows]
    findings += normalise.findings() + [replace(f, line=line) for f in grid_findings]
    out, led = led_by_notice(lines[: line - 1], words, out)  # 办公室牵头，各有关股所…分别负责 above the table
    meta = parse_notice(lines[: line - 1], after=lines[line - 1 :])
    return RawDocument(str(path), layout, meta, out, findings + led)
