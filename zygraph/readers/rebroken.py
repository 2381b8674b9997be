"""Recover the lines of a table a copy ran together on one line: from its header's column words on, its cells or rows.

A crawl's copy of a page may lose every line break, a space left where each was: a table copied one cell a
line (or one row a line, spaces between its cells) becomes one run, ``附件 序号 工作任务 牵头单位 1 办科技周 市科协
2 …``. What still shows the table is its header, column words standing between spaces on a line that goes on
with the rows; from there on each space is where a cell ended, so the table is given back one cell a line, as
the readers of a table copied one cell a line read it (:mod:`zygraph.readers.textcells`), its rows then cut at
their numbers and its cells fitted to the header as in any such copy. Where bars part the cells (``序号 | 工作任务 |
1 | 办科技周 | 2 | …``), the rows are given back a row a line, cut before their numbers going on in sequence (or
after the glued bars of the empty cells closing them), when every row is then as wide as the header. A table
with no row numbered and single spaces between all its cells is given back a row a line, every header's width of
cells (:func:`zygraph.readers.singlespaced.single_spaced_lines`).
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.columns import column_for, names_people
from zygraph.readers.lines import heading_area
from zygraph.readers.normalize import simplified, without_readings
from zygraph.readers.singlespaced import single_spaced_lines
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["table_lines"]

#: Two spaces or more padding a two-character name to the width of three (徐  平, 陈  曦), as tables of people write
#: them: the space after a character standing alone, before another standing alone.
_NAME_PADDING = (r"(?<=[\u4e00-\u9fff])(?<![^ \u3000\u00a0][\u4e00-\u9fff])[ \u3000\u00a0]{2,}[\u4e00-\u9fff]"
                 r"(?![^ \u3000\u00a0|])")
#: A space that ends a cell: any, but one between a figure and its unit (在2007 年的基础上, 增长5 %), inside a range
#: (0- 3岁) or padding a name (徐  平), a stray space inside a cell as PDFs and pages write it.
_CELL_END = re.compile(rf"(?<![\d \u3000\u00a0\-－~～])(?!{_NAME_PADDING})[ \u3000\u00a0]++"
                       r"|(?<=\d)[ \u3000\u00a0]++(?![年月日%％万亿])")
_CELL = re.compile(r"[^ \u3000\u00a0|]+")
#: A sentence's end in a cell: 。, or an ASCII full stop after a Chinese character as a forum copy writes it
#: (…公开曝光.), not a figure's point (1.5) nor an item's (1.政务).
_SENTENCE_END = re.compile(r"。|(?<=[\u4e00-\u9fff）)])\.(?!\d)")
#: A row's number in a table with bars: alone after a bar or a space, a bar after it (| 2 |, 市科协 2 |); or an
#: item's, opening the cell after a bar (| 2.推进本机关预算公开。 |).
_ROW_NUMBER = re.compile(r"(?<![^ \u3000\u00a0|])(\d{1,4})[ \u3000\u00a0]*\||(?:(?<=\| )|(?<=\|))(\d{1,4})[.．、](?!\d)")
_BARRED_ROWS = 2  # fewest numbered rows that cut a table with bars
_MARKDOWN_RULE = re.compile(r"\|(?:[ \u3000\u00a0]*:?-{3,}:?[ \u3000\u00a0]*\|)+")  # |---|---|, under a header
_ROW_BARS = re.compile(r"(?<=\|)[ \u3000\u00a0]+(?=\|[ \u3000\u00a0]*[^ \u3000\u00a0|])")  # 办公室 | | 机构…: rows' bars
_GLUED_BARS = re.compile(r"(?<=\|\|)[ \u3000\u00a0]+")  # after a run of bars with nothing between them: | √ | |||
#: Where a cell ending in a bar (or in a run of bars, empty cells after it) ends its line: the space before the
#: next cell's text (序号 | 工作任务 | 1 | 办科技周 |).
_AFTER_BAR = re.compile(r"(?<=\|)[ \u3000\u00a0]+(?=[^ \u3000\u00a0|])")
#: Cells of a row's kind (a number, a task's text, a list of units) after a header on its line that show the rows
#: ran on after it: a header ending its line, or followed by more header words (拟实施 时间 参与部门) and a few
#: long column names only, is a table's header line as published.
_ROWS_AFTER = 4
#: Fewest cells between spaces or bars a line holding a header and its rows has: two header cells and a row's
#: (序号 工作任务 牵头单位 1 …); most lines of a notice, prose or a tabbed row, have one or two and are passed by.
_FEWEST_CELLS = 3
_UNIT_COLUMNS = frozenset({"lead", "support"})
#: A header names what its rows are besides their units: a task, a number, a group or level (一级指标). Labels run on
#: with their units in a paragraph (牵头单位 市科协 配合单位 市教育局) name units alone.
_ROW_COLUMNS = frozenset({"task", "seq", "area"})
_PIECE = 6  # longest word of a header that names no column (牵头 / 部门 wrapped, 任务数, 建设地点, 年度投资金额)
#: A short word of a header, with what it covers in brackets (县(市、区)), or the unit of a column's figures under its
#: name (（万元）, (户), (%)).
_WORD = re.compile(f"[\u4e00-\u9fff]{{1,{_PIECE}}}(?:[（(][\u4e00-\u9fff、]{{1,{_PIECE}}}[）)])?"
                   f"|[（(][\u4e00-\u9fff%]{{1,{_PIECE}}}[）)]")


def table_lines(text: str) -> tuple[str, list[Finding]]:
    """``text`` with each line that holds a table's header and its rows run on after it cut as the table's lines
    were, from the header on; and a finding for each line so cut.

    A header is a run of cells between spaces each naming a column (:func:`~zygraph.readers.columns.column_for`),
    a column of people or a short word (a header cell wrapped over lines: 牵头 / 部门), among them a unit column
    (牵头单位, 责任单位) and a column of what the rows are (工作任务, 序号), followed on its line by at least
    ``_ROWS_AFTER`` cells of a row's kind (a number, a task's text) or by a sentence's end (a short table's task:
    ``…贯穿始终。``, or a forum copy's ASCII full stop: ``…公开曝光.``). Without bars, each space from the header on
    is a cell's end (but one inside a figure, 2007 年): a cell a line. With bars, see :func:`_barred_rows`. The text before the header stays one line (a title, a
    notice); a line after a table so cut, a blank line between, that holds at least ``_ROWS_AFTER`` cells one of
    which names units goes on with its rows and is cut as well (a copy that kept one stray break); other lines are
    kept as they are, and a text without such a line comes back unchanged, with no
    finding. Line numbers after a cut line count the recovered lines, as the finding says.

    Examples
    --------
    >>> text, findings = table_lines("附件 序号 工作任务 牵头单位 1 举办科技活动周 市科协 2 举办全国科普日 市科技局")
    >>> text.split("\\n")
    ['附件', '序号', '工作任务', '牵头单位', '1', '举办科技活动周', '市科协', '2', '举办全国科普日', '市科技局']
    >>> [(f.line, f.code) for f in findings]
    [(1, 'lines_recovered')]
    >>> table_lines("序号 工作任务 牵头单位\\n1 办科技周 市科协")  # a header line as published: kept
    ('序号 工作任务 牵头单位\\n1 办科技周 市科协', [])
    """
    out, findings = [], []
    table_at = None  # the line of the last table cut a cell a line, while the lines after it may go on with it
    for number, line in enumerate(text.split("\n"), start=1):
        header = _run_on_header(line)
        cut = None if header is None else _cut(line[header[0]:], header[2], len(header[1]))
        if cut is None and table_at is not None and line.strip():
            cut = _rows_going_on(line)
            if cut is not None:
                out += cut
                findings.append(Finding(number, "info", "lines_recovered", f"line {number} goes on with the rows of "
                                        f"the table run on line {table_at}, a blank line between (a copy that lost "
                                        f"its other line breaks): each space read as a cell's end ({len(cut)} lines)",
                                        "check the rows against the table as published"))
                continue
            table_at = None
        if cut is None:
            out.append(line)
            continue
        table_at = number if "|" not in line else None
        pieces, how = cut
        before = line[:header[0]].strip()
        out += ([before] if before else []) + pieces
        findings.append(Finding(number, "info", "lines_recovered",
                                f"line {number} holds a table's header ({' '.join(header[1])}) with its rows run on "
                                f"after it, a copy that lost its line breaks: {how} ({len(pieces)} lines); later "
                                "line numbers count these lines", "check the rows against the table as published"))
    return "\n".join(out), findings


def _rows_going_on(line: str) -> list[str] | None:
    """The cells of ``line``, one a line, where it goes on with the rows of a table run on a line above it: no bars,
    at least ``_ROWS_AFTER`` cells between spaces and one of them a list of units (县公安局 持续开展 负责…。 县城管局);
    else None (a notice's text after the table)."""
    if "|" in line:
        return None
    cells = _CELL_END.split(line.strip())
    if len(cells) < _ROWS_AFTER or not any(looks_like_unit_list(simplified(cell)) for cell in cells):
        return None
    return cells


def _cut(table: str, width: int, words: int) -> tuple[list[str], str] | None:
    """The lines of ``table`` (a header of ``width`` cells between bars, or of ``words`` cells between spaces, then
    its rows) and how they were cut; None where they stay one line. Without bars, rows with no number under a
    single-spaced header are cut a row a line, else each cell is a line."""
    if "|" not in table:
        rows = single_spaced_lines(table)  # 项目名称 服务内容 牵头负责单位 优待抚恤 提供… 市退役军人事务局 退役军人安置 …
        if rows is not None:
            return rows, ("a row a line, cut after every header's width of cells (no row numbered, single spaces "
                          "between all cells, none taken to hold a space of its own)")
        return _header_joined(_CELL_END.split(table.strip()), words), "each space from the header on read as a " \
            "cell's end (but one between a figure and its unit, 2007 年; one inside a header's word spaced out, " \
            "工 作 任 务), one cell a line"
    return _barred_rows(table, width)


def _barred_rows(table: str, width: int) -> tuple[list[str], str] | None:
    """The lines of ``table``, a header and its rows with bars between their cells, and how they were cut: a
    Markdown table's rows a line (:func:`_markdown_rows`); else a row a line where each row's number going on from the first (a number alone between spaces and a bar: ``… | 市科协 |
    2 | 举办…``, ``… | 市科协 2 | 举办…``) starts as many cells as the header has; else a cell a line, cut after
    each bar (rows of merged cells, or groups' cells between them); None with fewer than ``_BARRED_ROWS`` rows so
    numbered: the glued bars of the empty cells closing them (:func:`_glued_bar_rows`), or else the header's
    ``width``, cut the rows then (:func:`_rows_by_width`)."""
    rule = _MARKDOWN_RULE.search(table)
    markdown = _markdown_rows(table, rule) if rule is not None else None
    if markdown is not None:
        return markdown
    cuts, expected = [], None
    for found in _ROW_NUMBER.finditer(table):
        group = 1 if found.group(1) else 2
        if expected is None or int(found.group(group)) == expected:
            cuts.append(_group_before(table, found.start(group)))
            expected = int(found.group(group)) + 1
    if len(cuts) < _BARRED_ROWS:
        return _glued_bar_rows(table) or _rows_by_width(table, width)
    rows = [table[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(table)])]
    if _as_wide(rows[0], rows[1:]):
        return rows, "a row a line, cut before each row's number, every row as wide as the header"
    return [cell.strip() for cell in _AFTER_BAR.split(table)], ("its rows not all as wide as the header, one cell "
                                                                 "a line, cut after each bar")


def _markdown_rows(table: str, rule: re.Match) -> tuple[list[str], str] | None:
    """The lines of ``table``, a header over a Markdown rule (``|---|---|``) and rows that open and close with a bar,
    cut around the rule and between each row's closing bar and the next row's opening one (``… | 办公室 | | 机构职能信息
    | …``), where every row is then as wide as the header; else None."""
    rows = [row.strip() for row in _ROW_BARS.split(table[rule.end():]) if row.strip()]
    header = table[:rule.start()].strip()
    if len(rows) < _BARRED_ROWS or not _as_wide(header, [row.removeprefix("|").strip() for row in rows]):
        return None
    return [header, rule.group(0), *rows], "a row a line, cut around its Markdown rule and between rows' bars"


def _glued_bar_rows(table: str) -> tuple[list[str], str] | None:
    """The lines of ``table`` (a header and rows with bars, no row numbered) cut after each run of bars with no space
    between them (``… | √ | |||``: the empty cells closing a row, as a web copy writes them at a line's end), or
    None with fewer than ``_BARRED_ROWS`` rows so closed."""
    rows = [row.strip() for row in _GLUED_BARS.split(table) if row.strip()]
    if len(rows) <= _BARRED_ROWS:
        return None
    return rows, "a row a line, cut after each run of bars with nothing between them (its empty cells closing it)"


def _rows_by_width(table: str, width: int) -> tuple[list[str], str] | None:
    """The lines of ``table`` (a header and rows with bars, no row numbered, none closed by glued bars) cut after
    every ``width`` cells that end in a bar, the header's width, where the header's last column is a unit column
    and each row's last cell reads as units (a row of merged cells, narrower, would shift the next rows' cells out
    of it); None with fewer than ``_BARRED_ROWS`` rows so cut."""
    ends = [found.end() for found in re.finditer(r"\|", table)][width - 1::width]
    header, *rows = [table[a:b].strip() for a, b in zip([0, *ends], [*ends, len(table)]) if table[a:b].strip()]
    lasts = [row.rstrip("| \u3000\u00a0").rpartition("|")[2].strip() for row in [header, *rows]]
    if len(rows) < _BARRED_ROWS or column_for(lasts[0]) not in _UNIT_COLUMNS \
            or not all(looks_like_unit_list(simplified(last)) for last in lasts[1:]):
        return None
    return [header, *rows], f"a row a line, cut after every {width} cells, the header's width (no row numbered)"


def _group_before(table: str, start: int) -> int:
    """Where the row whose number starts at ``start`` starts: at its group's heading where that is the cell before
    the number (``… | 一、围绕中心工作抓好主动公开。 | 1 | …``, the group's cell opening its first row), else at the
    number."""
    bar = table.rfind("|", 0, start)
    if bar < 0 or table[bar + 1:start].strip():
        return start  # 市科协 2 | …: the number follows a cell's text, no bar
    before = table.rfind("|", 0, bar) + 1
    cell = table[before:bar]
    return start if heading_area(cell.strip()) is None else before + len(cell) - len(cell.lstrip())


def _as_wide(header: str, rows: list[str]) -> bool:
    """True when each of ``rows`` holds as many cells as ``header``, empty cells closing either (``… | 住建局 | |``
    or ``… | 农业农村局 |``, a lone bar a copy kept or lost after a row) counted or not."""
    least, most = _width(header.rstrip(" \u3000\u00a0|")), _width(header)
    return all(_width(row.rstrip(" \u3000\u00a0|")) <= most and _width(row) >= least for row in rows)


def _width(row: str) -> int:
    """How many cells ``row`` holds between its bars (a last one after the last bar counted)."""
    return row.count("|") + (not row.endswith("|"))


def _run_on_header(line: str) -> tuple[int, list[str], int] | None:
    """(where it starts, its words, how many cells between bars it holds) of the first header in ``line`` with its
    rows run on after it (see :func:`table_lines`), or None. A header is a run of cells that each name a column, a
    column of people (责任人), or are a short word (``_PIECE`` characters at most: a header cell wrapped over lines,
    牵头 / 部门, or a column of ours we do not name, 任务数), naming a unit column and a column of what the rows are
    (``_ROW_COLUMNS``: 工作任务, 序号, 一级指标). One pass over the line's cells, each looked up once."""
    found_cells = [(found.start(), found.group(0)) for found in _CELL.finditer(line)]
    if len(found_cells) < _FEWEST_CELLS:
        return None  # a line of prose or a tabbed row: no header with its rows after it, no cell looked up
    cells = _spaced_out(found_cells)
    kinds = [_kind(without_readings(cell)) for _, cell in cells]  # 目標(biāo)任務(wù): a page's readings aside
    rowlike = [0] * (len(kinds) + 1)  # cells of a row's kind from each cell on, counted once from the end
    sentences = [False] * (len(kinds) + 1)  # whether a sentence ends in a cell from each cell on
    for index in range(len(kinds) - 1, -1, -1):
        rowlike[index] = rowlike[index + 1] + (kinds[index] is None)
        sentences[index] = sentences[index + 1] or _SENTENCE_END.search(cells[index][1]) is not None
    run = 0
    for index, kind in enumerate([*kinds, None]):
        if kind is not None:
            run += 1
            continue
        named = [kind for kind in kinds[index - run:index] if kind != "word"]
        rows_after = rowlike[index] >= _ROWS_AFTER or sentences[index]
        if _UNIT_COLUMNS & set(named) and _ROW_COLUMNS & set(named) and rows_after:
            start = cells[index - run][0]
            last = max(at for at in range(index - run, index) if kinds[at] != "word")  # words after it: row 1's
            return start, [cell for _, cell in cells[index - run:index]], line.count("|", start, cells[last][0]) + 1
        run = 0
    return None


def _header_joined(cells: list[str], words: int) -> list[str]:
    """``cells`` with the first ``words`` cells, a header's, spaced out no more: each run of one-character cells among
    them joined into one (工 作 任 务 is 工作任务), as :func:`_spaced_out` reads the header; the rows' cells as they are.

    >>> _header_joined(["工", "作", "任", "务", "牵头部门", "1.办科技周", "市", "科"], 2)
    ['工作任务', '牵头部门', '1.办科技周', '市', '科']
    """
    header, taken = [], 0
    while len(header) < words and taken < len(cells):
        run = 1
        while len(cells[taken]) == 1 and taken + run < len(cells) and len(cells[taken + run]) == 1:
            run += 1  # 工 作 任 务: one word of the header, a character a cell
        header.append("".join(cells[taken:taken + run]))
        taken += run
    return header + cells[taken:]


def _spaced_out(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``cells`` with each run of one-character cells joined into one, as a header spaced out writes a cell
    (具 体 要 求 is 具体要求), at the start of its first."""
    out: list[tuple[int, list[str]]] = []
    for at, cell in cells:
        if len(cell) == 1 and out and len(out[-1][1][-1]) == 1:
            out[-1][1].append(cell)
        else:
            out.append((at, [cell]))
    return [(at, "".join(parts)) for at, parts in out]


def _kind(cell: str) -> str | None:
    """What a cell between spaces may be in a header: the column it names, ``people``, a short ``word``; or None."""
    if len(cell) > 1 and (column := column_for(cell)) is not None:
        return column
    if names_people(cell):
        return "people"
    return "word" if _WORD.fullmatch(cell) else None
