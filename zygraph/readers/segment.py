"""Rows of a table copied as text, cut by what their cells hold where no row number cuts them.

A table whose 序号 spans rows, or that has none, is read here: a row is its task's text cell and
the cells of units after it (or before it, where the lead column comes first). Headings between
rows give the area of the rows below.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.grammar import officials
from zygraph.readers.lines import heading_area
from zygraph.readers.rowfit import cell_kind, says_nothing

__all__ = ["segment", "segment_lead_first", "segment_scored", "area_text", "names_items", "GROUP_CELL"]

GROUP_CELL = 12  # longest cell read as the name of a group of rows
_SUBHEADING = re.compile(r"^[（(]\d{1,2}[）)]\s*")
_ITEM = re.compile(r"^\d{1,3}[.．﹒、](?!\d)")  # 2.深化债务信息公开。: a numbered item, a task however short
_FIGURE = re.compile(r"^\d+(?:\.\d+)?%?$")  # a score (3, 0.5) or a target (186, 18.4, 100%)
_ITEM_HEADER = re.compile("项目|事项|子项")  # a header cell naming a column of items (项目, 工作事项, 子项目)
_ITEM_NAME = 2 * GROUP_CELL  # longest name of a numbered item cell (7.健全基层消防督导考核机制) over its rows' tasks


def segment(cells, units_last=False, between=0, after=0, goals=frozenset(), unit_lines=frozenset(), items=None,
            findings=None):
    """Rows of a table whose rows carry no number: a row is a text cell and the unit cells after it.

    >>> segment([(1, "一、科普"), (2, "办科技周。"), (3, "市科协、市科技局")])
    ([[(2, ''), (2, '办科技周。'), (3, '市科协、市科技局')]], ['科普'])

    Text cells before a row's task that no units follow are headings: the last of them is the area.
    The task is the last cell of text before the units; a person (钱宇, the leader column), a number,
    a date or an empty cell between them is neither task nor area. Where the unit columns end the
    header (``units_last``), a sentence or a numbered item (2.深化债务公开。) among those text cells is a
    task of its own whose unit cells span from the row above (HTML copies a merged cell once): it gets
    that row's units. Where the
    header has ``between`` text columns between the task and the units (工作任务 | 具体要求 | 责任单位),
    the task is that many text cells before the units, and the cells after it stay in its row. Where it
    has ``after`` columns after the units (负责承办科室 | 办理程序), that many cells after a row's units
    are that row's, not a heading of the next.

    The cells on the lines of ``goals`` are numbered goals heading the rows below them
    (:mod:`zygraph.readers.subtargets`): the area of those rows, up to the next numbered task, itself a goal
    (the area of its own row, so no goal's area runs on over it). The cells on ``unit_lines`` hold units
    whatever their form (:mod:`zygraph.readers.clippedunits`).

    Where the header names an item column just before the task's (类别 | 项目 | 主要任务), ``items`` is a list
    of findings: a numbered name without a sentence (2.完善规章标准, 5.实化运行消防安全委员会 too, however much it
    looks like a unit) before a row's task is that column's cell, merged over its rows and written once before
    the first: the area of the rows below it, no task of its own; each is a finding. A cell of units right
    after it, before any task, is the rest of its name, broken off (5.实化运行消防 / 安全委员会).

    >>> found = []
    >>> rows, areas = segment([(1, "1.做好规划"), (2, "编制规划，同步实施。"), (3, "区规划局"), (4, "2.完善消防委员会"),
    ...                        (5, "细化职责，规范运行。"), (6, "区消防支队"), (7, "贯彻检查指引，细化要求。"), (8, "区消防支队")],
    ...                       units_last=True, items=found)
    >>> [[text for _, text in row] for row in rows], areas, [f.line for f in found]
    ([['', '编制规划，同步实施。', '区规划局'], ['', '细化职责，规范运行。', '区消防支队'], ['', '贯彻检查指引，细化要求。', '区消防支队']], ['做好规划', '完善消防委员会', '完善消防委员会'], [1, 4])

    Where the unit columns end the header, a cell saying there is nothing (——, —, /, 无) right after a row's task is
    its first unit cell, written empty: kept as an empty cell, so the units after it stand in the second unit column
    (配合单位), not the first; each is a finding in ``findings`` (a list, when given).

    >>> found = []
    >>> rows, _ = segment([(1, "办科技周。"), (2, "市科协"), (3, "市教育局"), (4, "建科技馆。"), (5, "——"), (6, "市文旅局")],
    ...                   units_last=True, findings=found)
    >>> [[text for _, text in row] for row in rows], [(f.line, f.code) for f in found]
    ([['', '办科技周。', '市科协', '市教育局'], ['', '建科技馆。', '', '市文旅局']], [(5, 'empty_unit_cell')])

    >>> rows, areas = segment([(1, "1.享有卫生服务。"), (2, "——寿命延长。"), (3, "省卫生厅"), (4, "——死亡率降低。"),
    ...                        (5, "省卫生厅"), (6, "人口计生"), (7, "2.提高知晓率。"), (8, "省妇联")],
    ...                       units_last=True, goals=frozenset({1}), unit_lines=frozenset({6}))
    >>> [[text for _, text in row] for row in rows]
    [['', '——寿命延长。', '省卫生厅'], ['', '——死亡率降低。', '省卫生厅', '人口计生'], ['', '2.提高知晓率。', '省妇联']]
    >>> areas
    ['享有卫生服务', '享有卫生服务', '提高知晓率']
    """
    rows, areas, texts, area, goal = [], [], [], "", ""

    def shared(before):  # rows of the sentences before a task: each with the units of the row above
        nonlocal area, goal
        for before_line, text, kind in before:
            if kind == "name":
                continue  # 周阳市长: the leader column's person, no area
            if before_line in goals:
                goal = area_text(_ITEM.sub("", text))  # 1.享有卫生服务。 over ——… rows: their heading, no task
            elif kind == "item":
                area, goal = area_text(_ITEM.sub("", text)), ""  # 2.完善规章标准 over its rows' tasks
                items.append(_item_finding(before_line, text))
            elif units_last and rows and (_is_sentence(text) or _ITEM.match(text)):
                units = [cell for cell in rows[-1][2:] if cell_kind(cell[1]) == "units"]
                rows.append([(before_line, ""), (before_line, text), *units])
                areas.append(goal or area)
            else:
                area, goal = area_text(text), ""

    cells = list(cells)
    kinds = [_kind(line, text, unit_lines) for line, text in cells]
    named = _item_names(cells, kinds) if items is not None else {}
    for at, (line, text) in enumerate(cells):
        kind = kinds[at]
        if at in named:
            if named[at] is None:
                continue  # 安全委员会: the rest of the item's name before it, broken off
            text, kind = named[at], "item"  # 5.实化运行消防安全委员会: an item's name, numbered as no unit is
        if kind == "empty" and texts and units_last and says_nothing(text):
            kind, text = "units", ""  # 加强拆房工地监督管理。 / —— / 属地街镇: its first unit cell, written empty
            if findings is not None:
                findings.append(_nothing_finding(line, cells[at][1]))
        if kind == "units":
            if texts and rows and after and len(texts) > after:
                rows[-1].extend((at, text) for at, text, _ in texts[:after])  # 办理程序: the row above's last cells
                texts = texts[after:]
            if texts:
                task_at = max((i for i, (_, t, k) in enumerate(texts) if k == "text"), default=len(texts) - 1)
                task_at = task_at - between if task_at >= between else task_at
                shared(texts[:task_at])
                task_line, task, _ = texts[task_at]
                rows.append([(task_line, ""), (task_line, task), *[(at, text) for at, text, _ in texts[task_at + 1:]]])
                # an empty 序号 cell before the task, and the cells of the columns between it and the units
                if goals and _ITEM.match(task):  # 3.妇女享有…: a goal of its own carrying its units, no goal above's
                    goal = area_text(_ITEM.sub("", task))
                areas.append(goal or area)
                texts = []
            if rows:
                rows[-1].append((line, text))
        elif kind in ("text", "name", "item"):
            texts.append((line, text, kind))
    if texts and rows and after:
        rows[-1].extend((at, text) for at, text, _ in texts[:after])  # the last row's cells after its units
        texts = texts[after:]
    shared(texts)  # the last rows, their unit cells merged with those of the row above
    return rows, areas


def segment_lead_first(cells):
    """Rows of a table without numbers whose lead column comes before the task (牵头单位 | 目标任务 | 责任单位).

    >>> segment_lead_first([(1, "市科协"), (2, "办科技周。"), (3, "市教育局")])
    ([[(1, ''), (1, '市科协'), (2, '办科技周。'), (3, '市教育局')]], [''])

    Between two tasks stand the first one's other units and the next one's lead: the last cell of
    units before a task is its lead (all of them before the first task). A text cell with no units
    before it is a heading: the area of the rows below.
    """
    rows, areas, pending, area = [], [], [], ""
    for line, text in cells:
        kind = cell_kind(re.sub(r"\s+", "", text))
        if kind == "units":
            pending.append((line, text))
            continue
        if kind not in ("text", "name"):
            continue
        if not pending:
            area = area_text(text)
            continue
        lead = pending if not rows else pending[-1:]
        if rows:
            rows[-1].extend(pending[:-1])
        rows.append([(lead[0][0], ""), *lead, (line, text)])
        areas.append(area)
        pending = []
    if rows:
        rows[-1].extend(pending)
    return rows, areas


def segment_scored(cells, score_at, width):
    """Rows of a table without numbers whose every row gives a score (项目 | 分值 | 目标任务 | 考核单位).

    >>> rows, areas = segment_scored([(1, "宏观调控"), (2, "地区生产总值"), (3, "3"), (4, "186"), (5, "区统计局"),
    ...                               (6, "工业投资"), (7, "1"), (8, "公共服务"), (9, "就业人数"), (10, "1"),
    ...                               (11, "区人社局")], score_at=1, width=4)
    >>> [[text for _, text in row] for row in rows], areas
    ([['地区生产总值', '3', '186', '区统计局'], ['工业投资', '1', '', '区统计局'], ['就业人数', '1', '', '区人社局']], ['宏观调控', '宏观调控', '公共服务'])

    A row starts ``score_at`` cells of text before a figure that follows text (the score; a figure
    after a figure is a target). After the score come the targets and then the units; a cell of
    text after the row's units, or after its targets where it has none, is a heading: the area of
    the rows below. A row naming no units shares those of the row above (a merged cell, copied
    once, keeping its line).
    """
    kinds = [cell_kind(re.sub(r"\s+", "", text)) for _, text in cells]
    starts = [at - score_at for at in range(score_at, len(cells))
              if _FIGURE.match(cells[at][1]) and all(kinds[i] in ("text", "name") and not _FIGURE.match(cells[i][1])
                                                     for i in range(at - score_at, at))]
    starts = [at for index, at in enumerate(starts) if not index or at >= starts[index - 1] + score_at + 1]
    targets = max(width - score_at - 2, 0)
    rows, areas = [], []
    area = _last_heading(cells[: starts[0]] if starts else cells, kinds[: starts[0]] if starts else kinds, "")
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(cells)
        head, rest = cells[start: start + score_at + 1], cells[start + score_at + 1: end]
        rest_kinds = kinds[start + score_at + 1: end]
        units_at = [i for i, kind in enumerate(rest_kinds) if kind == "units"]
        cut = units_at[-1] + 1 if units_at else min(targets, len(rest))
        while not units_at and cut and _is_heading(rest[cut - 1][1]):
            cut -= 1  # 工业投资 | 1 | 公共服务: no units, and the next rows' heading where its target would stand
        middle = [cell for cell, kind in zip(rest[:cut], rest_kinds[:cut]) if kind != "units"]
        units = [cell for cell, kind in zip(rest[:cut], rest_kinds[:cut]) if kind == "units"]
        if not units and rows:
            units = [cell for cell in rows[-1][score_at + 1 + targets:]]  # merged with the row above's
        middle = (middle + [(head[-1][0], "")] * targets)[:max(targets, len(middle))]
        rows.append([*head, *middle, *units])
        areas.append(area)
        area = _last_heading(rest[cut:], rest_kinds[cut:], area)
    return rows, areas


def _kind(line, text, unit_lines):
    """What a cell holds, as :func:`segment` reads it: units, text, a name (周某某市长), empty …"""
    kind = "units" if line in unit_lines else cell_kind(re.sub(r"\s+", "", text))  # 钱 宇: a name spaced out
    return "name" if kind == "text" and officials(text) == [text] else kind  # 周某某市长: a person and a title


def _item_names(cells, kinds):
    """{index: the item's name} of the numbered item cells among ``cells`` (2.完善规章标准), and {index: None} of
    the cells of units that are the rest of a name broken off (5.实化运行消防 / 安全委员会).

    A numbered name is an item only where a sentence (its first row's task) follows it; one a cell of units
    follows is a short task of its own (1.推进老旧小区改造 | 区住建委). A cell of units is the rest of the name
    only where a sentence follows it in turn.
    """
    named = {}
    for at, (_, text) in enumerate(cells):
        if kinds[at] not in ("text", "units") or not _item_cell(text):
            continue
        if _sentence_at(cells, kinds, at + 1):
            named[at] = text
        elif at + 1 < len(cells) and kinds[at + 1] == "units" and _item_cell(text + cells[at + 1][1]) \
                and _sentence_at(cells, kinds, at + 2):
            named[at], named[at + 1] = text + cells[at + 1][1], None
    return named


def _sentence_at(cells, kinds, at):
    """True when the cell at ``at`` is a task's sentence: text with a stop or comma, numbered as no item is."""
    return at < len(cells) and kinds[at] == "text" and not _item_cell(cells[at][1]) \
        and re.search("[。；;，,]", cells[at][1]) is not None


def _item_cell(text):
    """True when a cell is a numbered name without a sentence (2.完善规章标准): an item column's cell."""
    name = re.sub(r"\s+", "", text)
    found = _ITEM.match(name)
    return found is not None and 0 < len(name) - found.end() <= _ITEM_NAME and not re.search("[。；;，,]", name)


def _nothing_finding(line, text):
    """The finding of a cell saying there is nothing (——) right after a row's task, read as its empty first unit cell."""
    return Finding(line, "info", "empty_unit_cell", f"the cell {text.strip()} after the row's task says its first "
                   "unit cell holds nothing", "read as an empty unit cell: the units after it stand in the next "
                   "unit column")


def _item_finding(line, text):
    """The finding of a numbered item cell read as the area of the rows below it."""
    name = re.sub(r"\s+", "", text)[:30]
    return Finding(line, "info", "item_cell_as_area", f"the cell {name} names a numbered "
                   "item of the header's item column before a row's task, written once over its rows",
                   "read as the area of the rows below it, up to the next item or heading, not as a task")


def _is_heading(text):
    """True when a cell reads as a heading of rows (公共服务): short, no figure, no sentence."""
    return len(text) <= GROUP_CELL and not re.search(r"[\d。；;，,]", text) and cell_kind(text) in ("text", "name")


def _last_heading(cells, kinds, area):
    """The area the last heading among ``cells`` names (宏观调控), else ``area``."""
    found = [text for (_, text), kind in zip(cells, kinds) if kind in ("text", "name") and not _FIGURE.match(text)]
    return area_text(found[-1]) if found else area


def _is_sentence(text):
    """True when a cell reads as a task's sentence, not a heading: long, with a comma, not numbered as one."""
    return len(text) > 2 * GROUP_CELL and re.search("[，,]", text) is not None and heading_area(text) is None


def names_items(text):
    """True when a header cell names a column of items (项目, 重点事项), not of categories (类别, 领域).

    >>> names_items("项目"), names_items("类别")
    (True, False)
    """
    return _ITEM_HEADER.search(re.sub(r"\s+", "", text)) is not None


def area_text(text):
    """The area a heading cell names: 一、关于优化经济结构 or (1)加快发展现代服务业。, without number or stop.

    >>> area_text("一、关于优化经济结构"), area_text("(1)加快发展现代服务业。")
    ('关于优化经济结构', '加快发展现代服务业')
    """
    found = _SUBHEADING.match(text)
    area = text[found.end():] if found else heading_area(text) or text
    return area.strip().rstrip("。")
