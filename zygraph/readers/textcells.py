"""Cells of a table copied as text: split at its bars, or one a line or a paragraph; wrapped names joined."""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.columns import PEOPLE_HEADER, column_for
from zygraph.readers.normalize import without_readings
from zygraph.readers.rowfit import cell_kind
from zygraph.names.unitlist import split_units

__all__ = ["barred_cells", "cells_run_on", "line_cells", "joined_paragraphs"]

_RULE = re.compile(r"^[\s|:：\-—]+$")
_NUMBER = re.compile(r"\d{1,4}")  # a row's number opening a line: a new row, not a cell the line above left open
_ROWS = 3  # rows a table must open with a bar-less line after a lone bar for its cells to be grouped by row
_PIECE = 8  # longest piece of a unit's name broken over two paragraphs (区新兴产业 / 服务中心)
_LEVELS = ("区", "市", "县", "镇", "乡", "省", "區", "縣", "鎮", "鄉")  # the level opening a unit's name
_NAME_PIECE = re.compile("[\u4e00-\u9fff]+")  # no figure, no stop: a name's piece, not a sentence's
_ROWS_BELOW = 6  # cells below a header on one line that must stand one a line for it to be split at its spaces
#: Bodies whose offices a table names after them (县委县政府督查室, 区政府办公室), and the offices so named.
_BODIES = ("政府", "县委", "市委", "区委", "党委", "党工委", "管委会", "縣委", "區委", "黨委", "黨工委", "管委會")
_OFFICES = ("室", "办", "辦")
_BRACKET_LINE = re.compile(r"[（(][^（()）]+[）)]")  # （区水务局）: a line only a bracket, closing the unit above
_FRAGMENT = 3  # longest piece of a unit name a narrow column wraps onto a line of its own (市政 / 府办 / 公厅)


def line_cells(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, text) of each cell of a table copied without its bars: one cell a line, or one a
    paragraph where blank lines part them; a unit list, a unit's name or a sentence wrapped over cells is joined;
    a header line of column names with spaces between them is a cell each.

    Examples
    --------
    >>> line_cells(["牵头单位", "", "市政", "", "府办", "", "公厅", "", "办科技周"])
    [(1, '牵头单位'), (3, '市政府办公厅'), (9, '办科技周')]
    >>> line_cells(["序号 涉及部门 职责分工", "1", "市教育局"])  # a header's cells on one line, spaces between them
    [(1, '序号'), (1, '涉及部门'), (1, '职责分工'), (2, '1'), (3, '市教育局')]
    """
    numbered = _non_blank(lines)
    if _one_a_line(numbered):
        return _spaced_headers(_joined_broken_names(numbered))  # 县交通 / 运输局: a name its column broke
    paragraphs, previous = [], None
    for number, text in numbered:
        if previous is not None and number == previous + 1:
            paragraphs[-1][1].append(text)  # a paragraph's lines are one wrapped cell
        else:
            paragraphs.append((number, [text]))
        previous = number
    cells = [(number, _paragraph_cell(pieces)) for number, pieces in paragraphs]
    return _spaced_headers(_joined_unit_lists(cells))


def _paragraph_cell(pieces):
    """The text of a cell written over the lines of one paragraph: its lines run together (a wrapped sentence or
    name), but lines that each name a unit are a unit cell written one unit a line (上海城投集团 / 杨浦城投集团),
    joined by 、; a line only a bracket (（区水务局）) closes the unit on the line above.

    >>> _paragraph_cell(["区建设管理委", "（区水务局）", "上海城投集团"]), _paragraph_cell(["区土方工作", "专班"])
    ('区建设管理委（区水务局）、上海城投集团', '区土方工作专班')
    >>> _paragraph_cell(["区财政局、", "区商务局"]), _paragraph_cell(["明确岗位情况", "完成书面征询"])
    ('区财政局、区商务局', '明确岗位情况完成书面征询')
    """
    units = [pieces[0]]
    for piece in pieces[1:]:
        if _BRACKET_LINE.fullmatch(piece) or not _unit_line(units[-1], piece):
            units[-1] += piece
        else:
            units.append(piece)
    if len(units) > 1 and all(cell_kind(unit) == "units" for unit in units):
        return "".join(unit if unit.endswith(("、", "，", ",")) or at == len(units) - 1 else unit + "、"
                       for at, unit in enumerate(units))
    return "".join(pieces)


def _unit_line(before, piece):
    """True when ``piece``, a paragraph's line after ``before``, names a unit of its own, not the rest of a name broken
    over the lines (区土方工作 / 专班, 市政府 / 办公厅: a body and its office)."""
    return cell_kind(piece) == "units" and cell_kind(before.rstrip("、，,")) == "units" \
        and (len(piece) > _FRAGMENT or piece.startswith(_LEVELS)) and not _broken_name(before, piece) \
        and not (before.endswith(_BODIES) and piece.endswith(_OFFICES))


def _non_blank(lines):
    """(line number, text) of each line that is not blank."""
    return [(number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]


def _one_a_line(numbered):
    """True when a table's cells stand one a line: fewer than half of them have a blank line before the next."""
    return sum(1 for (a, _), (b, _) in zip(numbered, numbered[1:]) if b - a > 1) < len(numbered) // 2


def _spaced_headers(cells):
    """The cells with a header whose cells a copy put on one line, spaces between them (序号 涉及部门 职责分工), split
    into one cell each: every part names a column, no two the same, one of them a unit column, and the lines below
    hold one cell each (no spaces: rows written with spaces between cells are the spaced reader's)."""
    out = []
    for index, (line, text) in enumerate(cells):
        parts = text.split()
        columns = [column_for(part) for part in parts]
        below = cells[index + 1: index + 1 + _ROWS_BELOW]
        if len(parts) >= 2 and None not in columns and len(set(columns)) == len(columns) \
                and {"lead", "support"} & set(columns) and not any(len(cell.split()) > 1 for _, cell in below):
            out += [(line, part) for part in parts]
        else:
            out.append((line, text))
    return out


def joined_paragraphs(lines: list[str], cells: list[tuple[int, str]], start: int = 1) -> list[Finding]:
    """A finding for each cell of :func:`line_cells` from line ``start`` on that joins paragraphs the copy
    parted with blank lines (区新兴产业 / 服务中心, a sentence broken at a comma), or lines of a copy one cell a
    line (县交通 / 运输局, a unit's name broken): a reading decision.

    Examples
    --------
    >>> lines = ["牵头单位", "", "区新兴产业", "", "服务中心", "", "办科技周"]
    >>> [(f.line, f.code) for f in joined_paragraphs(lines, line_cells(lines))]
    [(3, 'cell_joined')]
    >>> lines = ["工作任务", "责任单位", "办科技周。", "县委县政府", "督查室", "办科普日。", "县科协"]
    >>> [(f.line, f.message[:17]) for f in joined_paragraphs(lines, line_cells(lines))]
    [(4, 'the cell 县委县政府督查室')]
    """
    one_a_line = _one_a_line(_non_blank(lines))
    findings = []
    for line, text in cells:
        if line < start:
            continue
        if one_a_line:  # one cell a line: only a unit's name broken over lines is joined
            if text != lines[line - 1].strip() and text.startswith(lines[line - 1].strip()):
                findings.append(Finding(line, "info", "cell_joined", f"the cell {text[:40]} runs over lines, "
                                        "its name broken", "read the lines as one unit's name broken by a narrow "
                                        "column (县交通 / 运输局), or a body and its office (县委县政府 / 督查室)"))
            continue
        paragraph = ""
        for below in lines[line - 1:]:
            if not below.strip():
                break
            paragraph += below.strip()
        if text != paragraph and text.replace("、", "") == paragraph.replace("、", ""):
            findings.append(Finding(line, "info", "units_one_a_line", f"the cell {text[:40]} names one unit a line "
                                    "with no separator", "read each line as a unit (a line only a bracket closing "
                                    "the unit above it)"))
        elif text != paragraph:
            findings.append(Finding(line, "info", "cell_joined", f"the cell {text[:40]} runs over paragraphs "
                                    "parted by blank lines", "read the paragraphs as one cell broken by a narrow "
                                    "column (a unit's name, a list of units, or a sentence broken at a comma)"))
    return findings


def _joined_unit_lists(cells):
    """Cells with a unit list that wrapped into the next cells joined: a cell of units ending in 、 or ，
    (区财政局、区商务粮食局、 / 区工信局、区农林水务局) goes on in the next cell of units; a cell of text
    ending in a comma goes on in the next cell of text; and a unit name a narrow column broke into pieces
    (市政 / 府办 / 公厅, 区新兴产业 / 服务中心) is one cell."""
    out = []
    for line, text in _joined_broken_names(_joined_fragments(cells)):
        if out and out[-1][1].endswith(("、", "，", ",")) and cell_kind(out[-1][1][:-1]) == "units" \
                and cell_kind(text.rstrip("、，,")) == "units":
            out[-1] = (out[-1][0], out[-1][1] + text)
        elif out and out[-1][1].endswith(("，", ",")) and cell_kind(out[-1][1]) == "text" \
                and cell_kind(text) in ("text", "date"):
            out[-1] = (out[-1][0], out[-1][1] + text)  # 一季度开工,…50%, / 通惠路…30%。: no cell ends at a comma
        else:
            out.append((line, text))
    return out


def _joined_fragments(cells):
    """Runs of two or more cells of at most three characters that together, and only together, name a unit."""
    out, index = [], 0
    while index < len(cells):
        end = index
        while end < len(cells) and len(cells[end][1]) <= _FRAGMENT and re.fullmatch("[\u4e00-\u9fff]+", cells[end][1]):
            end += 1
        joined = "".join(text for _, text in cells[index:end])
        pairs = [a + b for (_, a), (_, b) in zip(cells[index:end], cells[index + 1:end])]
        if end - index >= 2 and cell_kind(joined) == "units" and cell_kind(cells[index][1]) != "units" \
                and not any(column_for(pair) or PEOPLE_HEADER.search(pair) for pair in pairs):
            # (责任 / 领导 / 责任 / 科室 are a header's words wrapped, not a unit's pieces)
            out.append((cells[index][0], joined))
            index = end
        else:
            out.append(cells[index])
            index += 1
    return out


def _joined_broken_names(cells):
    """Cells with a unit name a narrow column broke over two paragraphs joined: a cell opening with a level
    (区新兴产业, 區綜合行政) that names no unit, then a short cell, that together name one unit (区新兴产业 /
    服务中心, 區綜合行政 / 執法局). Readings a page inserted (區(qū)) are kept in the joined text."""
    out, index = [], 0
    while index < len(cells):
        if index + 1 < len(cells) and _broken_name(cells[index][1], cells[index + 1][1]):
            out.append((cells[index][0], cells[index][1] + cells[index + 1][1]))
            index += 2
        else:
            out.append(cells[index])
            index += 1
    return out


def _broken_name(first, second):
    """True when ``first`` and ``second`` are the two pieces of one unit's name (区新兴产业 / 服务中心), or a body and
    its office named with no level of its own (县委县政府 / 督查室, 区政府 / 办公室: the office of the body above). A
    second cell opening with a level of its own and naming a unit (省人口计生 / 省妇联) is never a piece.

    >>> _broken_name("区新兴产业", "服务中心"), _broken_name("省人口计生", "省妇联")
    (True, False)
    """
    head, tail = without_readings(first), without_readings(second)
    if tail.startswith(_LEVELS) and cell_kind(second) == "units":
        return False  # 省人口计生 / 省妇联: a name opening with its own level is the next unit, the one above clipped
    return len(head) <= _PIECE and len(tail) <= _PIECE and head.startswith(_LEVELS) \
        and _NAME_PIECE.fullmatch(head + tail) is not None \
        and (cell_kind(first) != "units" or (head.endswith(_BODIES) and tail.endswith(_OFFICES)
                                             and not tail.startswith(_LEVELS))) \
        and cell_kind(first + second) == "units" and len(split_units(head + tail)) == 1


def cells_run_on(lines: list[str]) -> list[Finding]:
    """A finding for each row, written on its line, whose last cell runs on to the next line (its bar missing), where
    rows close with a bar: :func:`barred_cells` reads the two pieces as one cell (市国土资源局 / 市农牧林业局).

    >>> [(f.line, f.code) for f in cells_run_on(["序号 | 任务 | 责任单位 | 完成期限 |", "1 | 绿化 | 市规划局",
    ...                                         "市建设局 | 9月前 |"])]
    [(2, 'cell_over_two_lines')]
    """
    return [Finding(line, "info", "cell_over_two_lines", "the row's last cell on the line has no closing bar, "
                    "while the table's rows close with one", "read it and the next line's first cell as one cell, "
                    "the next line's cells as the rest of the row") for line in _barred(lines)[1]]


def barred_cells(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, text) of each cell of a table whose cells end in ``|``: one a line (办科技周 |), a row a
    line (| 1 | 办科技周 |), a bar opening each cell (| 市发改委), or each bar on a line of its own.

    Lines without a bar go on the cell they wrap; a run of bars is a run of empty cells. Where rows open
    with a cell on a line of its own, each later cell opening with a bar and a lone bar closing the row
    (新乡县 / | 5.2 / | 新乡县政府 / |), every cell of a row carries the line of the row's first cell, so
    the rows stay apart. Where rows written on their lines close with a bar, a row whose last cell is left open
    goes on to the next line: that cell and the next line's first are one, the line's other cells the rest of the
    row (:func:`cells_run_on` gives the findings), unless the next line opens with a row's number.

    Examples
    --------
    >>> barred_cells(["序号 |", "工作任务 |", "1 | 办科技周 |"])
    [(1, '序号'), (2, '工作任务'), (3, '1'), (3, '办科技周')]
    >>> barred_cells(["序号", "|", "工作任务", "|"])
    [(1, '序号'), (3, '工作任务')]
    >>> barred_cells(["发布机构: | 某局 |", "2023年完成情况", "序 号 |"])  # a title between two tables: a cell of its own
    [(1, '发布机构:'), (1, '某局'), (2, '2023年完成情况'), (3, '序 号')]
    >>> barred_cells(["序号 | 任务 | 责任单位 | 完成期限 |", "1 | 绿化 | 市规划局", "市建设局 | 9月前 |"])  # a cell broken
    [(1, '序号'), (1, '任务'), (1, '责任单位'), (1, '完成期限'), (2, '1'), (2, '绿化'), (2, '市规划局 市建设局'), \
(2, '9月前')]
    """
    return _barred(lines)[0]


def _barred(lines):
    """(cells, lines of the rows whose last cell ran on to the next line) of :func:`barred_cells`."""
    barred = [line.strip() for line in lines if "|" in line]
    # 序号 / | / 项目 / |: most bars on lines of their own, each ending the cell above it; else such a
    # line is a rule or a row's end between cells that end in their own bar (办科技周 |)
    alone = sum(1 for line in barred if not line.strip("|")) > len(barred) / 2
    cells, buffer, first, before = [], [], None, None
    titles = _titles_between_tables(lines)
    # 市规划局 | 市国土资源局 / 市农牧林业局 | 2010年 |: where rows close with a bar, a row's last piece left open
    # is a cell broken over two lines; the row's line it ran on from (``run_on``) stays the line of its cells
    closed = sum(1 for line in barred if line.endswith("|")) > len(barred) / 2
    widest = max((_row_cells(line) for line in barred if line.endswith("|")), default=0)
    run_on, broken, open_cells = None, [], 0
    for number, line in enumerate(lines, start=1):
        if "|" not in line:
            if cells or buffer:
                if number in titles and not buffer:
                    cells.append((number, line.strip()))  # 标题: | … | / 2023年…完成情况 / 序 号 |: a title, no cell's
                elif line.strip():
                    buffer.append(line.strip())
                    first = first or number
            elif line.strip():
                before = (number, line.strip())  # the line before the first bar: a cell if a lone bar ends it
            continue
        if line.strip() == "|" and (alone or buffer or (not cells and before is not None)):
            # a bar on a line of its own ends the cell on the lines above it (an empty one where most bars
            # stand alone); elsewhere it is a rule, or a row's end after a cell that ended in its own bar
            if not cells and not buffer and before is not None:
                buffer, first = [before[1]], before[0]
            cells.append((first or number, " ".join(buffer)))
            buffer, first, run_on = [], None, None
            continue
        if _RULE.match(line):
            continue  # a Markdown rule under the header: |---|---|
        if line.count("|") == 1 and line.lstrip().startswith("|") and line.strip("| \t") \
                and (buffer or (not cells and before is not None)):
            # | 市发改委: a bar opening a line ends the cell above it and starts the next
            if not cells and not buffer:
                buffer, first = [before[1]], before[0]
            cells.append((first, " ".join(buffer)))
            buffer, first, run_on = [line.strip().removeprefix("|").strip()], number, None
            continue
        opening = line.strip().removeprefix("|").split("|")[0].strip()
        row = run_on if run_on is not None and buffer and closed and not _NUMBER.fullmatch(opening) \
            and open_cells + _row_cells(line.strip()) - 1 <= widest else None  # together no wider than a row
        if row is not None:
            broken.append(row)
        if buffer and line.count("|") >= 2 and row is None:  # a whole row on one line: the text above it is a cell
            cells.append((first, " ".join(buffer)))
            buffer, first = [], None
        parts = line.strip().removeprefix("|").split("|")  # | a | b | as Markdown writes a row
        for part in parts[:-1]:
            text = " ".join(buffer + [part.strip()]).strip()
            cells.append((row or first or number, text))
            buffer, first = [], None
        run_on = None
        if parts[-1].strip():
            buffer, first = [parts[-1].strip()], number
            run_on = (row or number) if len(parts) > 2 else None  # the open end of a row written on its line
            open_cells = len(parts)
    return _by_row(cells, lines), broken


def _row_cells(line):
    """How many cells a stripped line of a row holds: its bars' pieces, a last one left open counted too."""
    parts = line.removeprefix("|").split("|")
    return len(parts) - (not parts[-1].strip())


def _titles_between_tables(lines):
    """The numbers of the lines without a bar between a row written on one line (发布机构: | 周村区农业农村局 |) and
    a cell on a line of its own (序 号 |): a title between a page's table of metadata and a table one cell a line,
    not the first line of the cell below it."""
    titles, row_above, waiting = set(), False, []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if "|" not in text:
            if text and row_above:
                waiting.append(number)
            continue
        if waiting and text.count("|") == 1 and text.endswith("|") and text.strip("| \t"):
            titles.update(waiting)
        waiting = []
        row_above = text.count("|") >= 2 and text.endswith("|") and not _RULE.match(text)
    return titles


def _by_row(cells, lines):
    """The cells, each with the line of its row's first cell where a line without a bar after a lone bar
    opens each row and most later cells open with a bar (see :func:`barred_cells`); else as they are."""
    stripped = [line.strip() for line in lines]
    kept = [(number, line) for number, line in enumerate(stripped, start=1) if line]
    starts = [number for (_, above), (number, line) in zip(kept, kept[1:]) if above == "|" and "|" not in line]
    opening = sum(1 for _, line in kept if line.startswith("|") and line.count("|") == 1 and line.strip("| \t"))
    if len(starts) < _ROWS or opening < 1.5 * len(starts):
        return cells
    out, row = [], cells[0][0] if cells else None  # the cells before the first row's: the header row
    boundaries = iter(starts)
    upcoming = next(boundaries, None)
    for line, text in cells:
        while upcoming is not None and line >= upcoming:
            row, upcoming = upcoming, next(boundaries, None)
        out.append((row if row is not None else line, text))
    return out
