"""Fit the cells of a flattened table row that lost or gained cells to its header's columns, by what they hold.

A table copied as text loses its empty cells (a row one cell short) and may split a
cell of units into one cell a unit (a row cells too long). Counting cells then puts
units under the task and task text under the units. Here every way of giving each
column a run of the row's cells, in order, is scored by how well the cells fit their
columns (a unit list under a unit column, a number under 序号, a date under the
deadline), and the best is kept: a dynamic programme over (cells, columns), so a
row of ``n`` cells under ``m`` columns costs ``O(n² m)``.
"""

from __future__ import annotations

import functools
import re

from zygraph.findings import Finding
from zygraph.sentences.grammar import parse_group
from zygraph.sentences.role_words import has_role_words
from zygraph.readers.normalize import without_readings
from zygraph.names.level_collectives import ZONES
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["fit_row", "split_merged", "cell_kind", "misfits", "items_over_targets", "items_as_tasks", "repeated_cells",
           "says_nothing"]

_NUMBER = re.compile(r"^\d{1,4}$")
#: A figure of a table of targets, a number in all but name: a decimal or a share (3.5, 44.2, 56%), or the column's unit
#: of measure alone (%): never a task's text, never a unit.
_FIGURE = re.compile(r"^\d+\.\d+[%％‰]?$|^\d+[%％‰]$|^[%％‰]$")
_DATE = re.compile(r"^[^，,。；;]{0,12}(\d{4}年|\d{1,2}月|年底|年内|长期|持续|全年|季度|\d{4}[.．/-]\d{1,2}(?!\d))"
                   r"[^，,。；;]{0,8}$")
#: Words of a deadline (2024年12月底前完成, 长期坚持); a cell with more other words is a name (洋县2024年老旧小区改造项目).
_DATE_WORDS = frozenset("年月日旬底前后内中上下季度期长持续全完成至每半第末初间按时正常坚推进开展落实一二三四五六七八九十")
_OTHER_WORDS_IN_A_DATE = 4
#: A person or two (徐国江, 蒋永根、俞福才): the leader columns that a unit list never fills.
_NAMES = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4}){0,3}$")
#: Score of a cell of each kind under each column; a run of several cells scores each, less a merge cost.
_FIT = {
    "seq": {"number": 3, "units": -3, "date": -3, "text": -3, "name": -3, "empty": 0},
    "area": {"number": -2, "units": -1, "date": -2, "text": 1, "name": -1, "empty": 0},
    "task": {"number": -2, "units": -2, "date": -1, "text": 2, "name": -2, "empty": 0},
    "lead": {"number": -3, "units": 3, "date": -3, "text": -3, "name": -3, "empty": 0},
    "support": {"number": -3, "units": 3, "date": -3, "text": -3, "name": -3, "empty": 0},
    "note": {"number": -1, "units": -1, "date": 1, "text": 0.5, "name": 0, "empty": 0},
    "others": {"number": -3, "units": 3, "date": -3, "text": -3, "name": -3, "empty": 0},  # 评分部门: units, no role
    None: {"number": -1, "units": -2, "date": 0, "text": 0.5, "name": 1, "empty": 0},
}
#: A cell written the same in most rows (the law cited, the deadline, the channel: 《政府信息公开条例》): a note's
#: or an area's, never a task's.
for _column, _score in {"seq": -3, "area": 0, "task": -2, "lead": -3, "support": -3, "note": 1, "others": -3,
                        None: 0.5}.items():
    _FIT[_column]["repeated"] = _score
_REPEATED_SHARE = 0.6  # share of a table's rows a cell's text must stand in to be read as written in every row
_REPEATED_ROWS = 3  # fewest rows for that
_EMPTY = {"seq": -2, "task": -4, "lead": -2}  # a column left empty; others cost a little
_MERGE = {"lead": 0.5, "support": 0.5, "task": 1.5, "note": 2, "area": 2, None: 2}  # cost of each cell beyond the first
_JOIN = {"lead": "、", "support": "、"}
_MAX_CELLS = 60  # longest row fitted by content; O(n² m) stays under a millisecond or so
_TARGET = re.compile(r"^[^\u4e00-\u9fff]*\d[\d.%]*$|^.{0,4}\d[\d.%]*.{0,3}$")  # 186, 18.4, 低于4.1, 100%
_TARGET_SHARE = 0.6  # rows whose task cell is a figure or empty, for the item column to name the tasks
_ZONE = re.compile(f"^[\u4e00-\u9fff]{{0,10}}(?:{ZONES})$")
_LONGEST_GROUP = 600  # longest cell read for units with role words (a cell of 20 units and their verbs)
_NOTHING = ("/", "／", "-", "—", "——", "无")  # a cell saying there is nothing


_NUMBERED = re.compile(r"^\d{1,3}[.．﹒、](?!\d)")  # 4.新建…: a numbered item


@functools.lru_cache(maxsize=65536)  # a pure function of the text; a row is cut, checked and fitted by it
def cell_kind(text: str) -> str:
    """What a cell holds: ``empty``, ``number``, ``date``, ``units``, ``name`` (a person or two) or ``text``.

    >>> cell_kind("12"), cell_kind("12月底前"), cell_kind("市科协、市教育局"), cell_kind("徐国江"), cell_kind("办科技周。")
    ('number', 'date', 'units', 'name', 'text')
    >>> cell_kind("2024年12月底前完成"), cell_kind("长期坚持"), cell_kind("洋县2024年老旧小区改造项目"), cell_kind("2021.8")
    ('date', 'date', 'text', 'date')
    >>> cell_kind("市发改局牵头落实；市工信局、市教体局按职责分工落实"), cell_kind("各牵头单位要加强统筹。")
    ('units', 'text')
    >>> cell_kind("3.5"), cell_kind("56%"), cell_kind("%")  # a target's figures and their unit of measure
    ('number', 'number', 'number')
    """
    if not text.strip() or text.strip() in _NOTHING:
        return "empty"
    if _NUMBER.match(text):
        return "number"
    if _DATE.match(text) and sum(c not in _DATE_WORDS for c in re.sub(r"[\d\W]", "", text)) <= _OTHER_WORDS_IN_A_DATE:
        return "date"
    if _FIGURE.match(text.strip()):
        return "number"
    if _NUMBERED.match(text.strip()):
        return "name" if _NAMES.match(text) else "text"  # 4.新建社区养老服务站: a numbered task, numbered as no unit is
    if not text.endswith(("。", "；", ";")) and looks_like_unit_list(without_readings(text)):  # 迁建县政务服务中心。 is a task
        return "units"
    if _ZONE.match(text):
        return "units"  # 经开区, 潜江高新区: a zone in a cell of units is the committee that runs it
    if len(text) <= _LONGEST_GROUP and has_role_words(text) and _names_units_only(text):
        return "units"  # 市发改局牵头落实；市工信局、市教体局按职责分工落实: units with their roles
    return "name" if _NAMES.match(text) else "text"


def says_nothing(text: str) -> bool:
    """True when a cell is written only to say there is nothing in it (——, —, /, 无): an empty cell, not a missing one.

    >>> says_nothing("——"), says_nothing("无"), says_nothing(""), says_nothing("区司法局")
    (True, True, False, False)
    """
    return text.strip() in _NOTHING


def _names_units_only(text):
    """True when ``text`` is a group of units and their roles, every clause of it naming units."""
    items = parse_group(text)
    return bool(items) and all(item.role == "person" or looks_like_unit_list(item.text) for item in items)


def repeated_cells(rows: list[list[str]]) -> frozenset:
    """The texts of cells, neither units nor numbers, written the same in most of the table's ``rows`` (a law
    every row cites, a deadline, a channel): no row's task.

    >>> sorted(repeated_cells([["规范性文件", "《条例》", "办公室"], ["政策解读", "《条例》", "办公室"],
    ...                        ["公开指南", "《条例》", "法规科"]]))
    ['《条例》']
    """
    counts: dict[str, int] = {}
    for row in rows:
        for text in {text.strip() for text in row}:
            counts[text] = counts.get(text, 0) + 1
    return frozenset(text for text, count in counts.items() if count >= max(_REPEATED_ROWS, _REPEATED_SHARE * len(rows))
                     and cell_kind(text) in ("text", "name", "date"))


def _kinds(texts, repeated):
    """The kind of each cell, ``repeated`` for a text of ``repeated`` (see :func:`repeated_cells`)."""
    return ["repeated" if text.strip() in repeated and kind in ("text", "name", "date") else kind
            for text, kind in ((text, cell_kind(text)) for text in texts)]


def fit_row(texts: list[str], columns: list[str | None], repeated: frozenset = frozenset(),
            joins: list | None = None) -> list[str]:
    """The row's cells as one text per column, each column given the run of cells that fits it best.

    A cell among ``repeated`` (:func:`repeated_cells`: written the same in most rows) fits a note, not the task.
    Each cell of units joined to the one after it (区委编办、 / 各街道, below) is added to ``joins`` where given,
    for the caller's finding.

    Examples
    --------
    A unit column split one unit a cell, and a deadline after it:

    >>> fit_row(["1", "启动湿地公园建设。", "县水务局", "县住建局", "12月底前"], ["seq", "task", "lead", "note"])
    ['1', '启动湿地公园建设。', '县水务局、县住建局', '12月底前']

    A note's paragraph printed after the unit cell that ends the header goes to the note:

    >>> fit_row(["1", "打造特色楼宇。", "区投促局、大观园街道办事处", "大观园街道办事处：已具备开业条件。"],
    ...         ["seq", "task", "note", "lead"])
    ['1', '打造特色楼宇。', '大观园街道办事处：已具备开业条件。', '区投促局、大观园街道办事处']

    A row that lost an empty cell (the person in charge) before its units:

    >>> fit_row(["24", "优化背街后巷。", "城管局", "市政局、相关街道", "是"], ["seq", "task", None, "lead", "support", None])
    ['24', '优化背街后巷。', '', '城管局', '市政局、相关街道', '是']

    A row that lost a cell and was padded with empty cells at its end: the padding fills no column, so the
    cells after the units stay in the columns after them:

    >>> fit_row(["办科技周。", "市科协", "网上", "√", "", ""], ["task", "note", "lead", None, None])
    ['办科技周。', '', '市科协', '网上', '√']

    A row that lost its group's cell, the law every row cites kept out of the task:

    >>> fit_row(["公开指南", "《条例》", "办公室"], ["area", "task", "note", "lead"], frozenset({"《条例》"}))
    ['', '公开指南', '《条例》', '办公室']

    A last column of no role (参考文件) whose cell a copy broke into pieces keeps them all, out of the units:

    >>> fit_row(["1", "编制方案。", "区水务局", "《海绵城市", "实施意见》"], ["seq", "task", "lead", None])
    ['1', '编制方案。', '区水务局', '《海绵城市；实施意见》']

    A cell of units broken after its 、 (a copy that lost the line break inside it) is one cell still, where the
    row has more cells of units than the header has unit columns; else the 、 is a stray one and each cell keeps its
    column:

    >>> joins = []
    >>> fit_row(["编制方案。", "区委编办、", "各街道", "区消防支队"], ["task", "lead", "support"], joins=joins), joins
    (['编制方案。', '区委编办、各街道', '区消防支队'], ['区委编办、各街道'])
    >>> fit_row(["编制方案。", "区委编办、", "区消防支队"], ["task", "lead", "support"])
    ['编制方案。', '区委编办、', '区消防支队']
    """
    if len(texts) > _MAX_CELLS:  # no real row is this long: keep the time bounded, read the cells in order
        return texts[: len(columns) - 1] + ["；".join(texts[len(columns) - 1:])]
    while texts and cell_kind(texts[-1]) == "empty":
        texts = texts[:-1]  # 办公室 | 门户网站 | √ | || : a row a copy padded with empty cells, as many as it lost before
    texts = _pieces_after_commas(texts, columns, [] if joins is None else joins)
    kinds = _kinds(texts, repeated)
    texts, kinds = _notes_before_units(texts, kinds, columns)
    return _fit(texts, kinds, columns)[1]


def _pieces_after_commas(texts, columns, joins):
    """The cells with a cell of units ending in 、 joined to the cell of units after it (区委编办、 / 各街道): one
    cell broken after its 、, as a list of units never ends in one; only while the row has more cells of units
    than ``columns`` has unit columns (else the 、 is stray and the next cell is the next column's). Each joined
    cell is added to ``joins``."""
    spare = sum(cell_kind(text) == "units" for text in texts) - sum(column in ("lead", "support") for column in columns)
    out = []
    for text in texts:
        if spare > 0 and out and out[-1].rstrip().endswith("、") and cell_kind(out[-1]) == "units" \
                and cell_kind(text) == "units":
            out[-1] = out[-1].rstrip() + text.strip()
            joins.append(out[-1])
            spare -= 1
        else:
            out.append(text)
    return out


def _notes_before_units(texts, kinds, columns):
    """The cells with sentences after the row's last units moved before those units, where the unit column
    ends the header and a note column stands before it: 进展情况 | 责任单位 over 区投促局：已推介。 /
    区投促局、大观园街道办事处 / 大观园街道办事处：已具备开业条件。 (a note's paragraphs on both sides of the
    unit cell, as a copy printed them)."""
    units = [i for i, kind in enumerate(kinds) if kind == "units"]
    if not units or not columns or columns[-1] not in ("lead", "support") or "note" not in columns \
            or columns.index("note") > min(i for i, c in enumerate(columns) if c in ("lead", "support")):
        return texts, kinds
    last = units[-1]
    after = list(range(last + 1, len(texts)))
    if not after or any(kinds[i] not in ("text", "repeated") for i in after):
        return texts, kinds
    first = last
    while first > 0 and kinds[first - 1] == "units":
        first -= 1
    order = [*range(first), *after, *range(first, last + 1)]
    return [texts[i] for i in order], [kinds[i] for i in order]


def _fit(texts, kinds, columns):
    """(score, cells a column) of the best fit: a dynamic programme over (cells, columns)."""
    n, m = len(texts), len(columns)
    worst = float("-inf")
    best = [[worst] * (m + 1) for _ in range(n + 1)]  # best[i][j]: first i cells in the first j columns
    choice = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j, column in enumerate(columns):
        table = _FIT[column] if column in _FIT else _FIT[None]
        longest = n if column in _MERGE else 1
        for i in range(n + 1):
            if best[i][j] == worst:
                continue
            empty = best[i][j] + _EMPTY.get(column, -0.25)
            if empty > best[i][j + 1]:
                best[i][j + 1], choice[i][j + 1] = empty, 0
            score = best[i][j]
            for size in range(1, min(longest, n - i) + 1):
                score += table[kinds[i + size - 1]] - (_MERGE.get(column, 0) if size > 1 else 0)
                if score > best[i + size][j + 1]:
                    best[i + size][j + 1], choice[i + size][j + 1] = score, size
    out, i = [""] * m, n
    for j in range(m, 0, -1):
        size = choice[i][j]
        out[j - 1] = _joined([text for text in texts[i - size: i] if text and text.strip() not in _NOTHING],
                             _JOIN.get(columns[j - 1], "；"))
        i -= size
    return best[n][m], out


def _joined(texts, separator):
    """``texts`` joined by ``separator``, but not after a text that already ends in one (区工信局、), and by ；
    between groups of units with their roles (市发改局牵头落实 / 各镇分别落实)."""
    out = ""
    for text in texts:
        joint = "；" if separator == "、" and (has_role_words(out) or has_role_words(text)) else separator
        out += text if not out or out.endswith(("、", "，", ",", "；", ";")) else joint + text
    return out


def items_over_targets(items: list[str], tasks: list[str]) -> int | None:
    """How many task cells are figures or empty when a column of items (each row its own) stands over a task
    column of targets (项目 | 目标任务 with 地区生产总值增长率 | 186), else None.

    >>> items_over_targets(["地区生产总值增长率", "工业投资", "失业率"], ["186", "", "低于4.1"])
    3
    >>> items_over_targets(["科普", "科普"], ["办科技周。", "办科普日。"]) is None
    True
    """
    targets = sum(1 for task in tasks if not task or _TARGET.match(re.sub(r"\s+", "", task)))
    distinct = {item for item in items if item}
    if not tasks or targets < _TARGET_SHARE * len(tasks) or len(distinct) < _TARGET_SHARE * len(tasks):
        return None
    return targets


def items_as_tasks(columns: list[str | None], header: list[str], rows: list[list[str]],
                   line: int) -> tuple[list[str | None], list[Finding]]:
    """The columns, with the item column read as the task where the task column holds figures; and the finding.

    项目 | 分值 | 目标任务 | 考核单位 with 地区生产总值增长率 | 3 | 186: where most rows' task cells are
    empty or a figure (186, 低于4.1) and the area column before it names each row on its own, the area
    column names the tasks and the task column their targets (its notes).

    >>> columns, found = items_as_tasks(["area", "task", "lead"], ["项目", "目标任务", "责任单位"],
    ...                                 [["地区生产总值增长率", "186", "市统计局"], ["失业率", "低于4.1", "市人社局"]], 1)
    >>> columns, [f.code for f in found]
    (['task', 'note', 'lead'], ['items_as_tasks'])
    """
    if "area" not in columns or "task" not in columns or columns.index("area") > columns.index("task"):
        return columns, []
    area_at, task_at = columns.index("area"), columns.index("task")
    targets = items_over_targets([row[area_at] if area_at < len(row) else "" for row in rows],
                                 [row[task_at] if task_at < len(row) else "" for row in rows])
    if targets is None:
        return columns, []
    finding = Finding(line, "info", "items_as_tasks", f"the column {header[task_at]} holds figures in {targets} of "
                      f"{len(rows)} rows: targets, not tasks", f"read the column {header[area_at]} as the tasks, "
                      f"{header[task_at]} as their note")
    return [("task" if i == area_at else "note" if i == task_at else c) for i, c in enumerate(columns)], [finding]


def misfits(texts: list[str], columns: list[str | None], repeated: frozenset = frozenset()) -> bool:
    """True when a row with as many cells as its header holds them in the wrong columns, read in order.

    A row that lost a cell spanning rows (its category) and split another (two units) has the
    header's count by chance; a unit list then sits under a task or area column and the lead
    under the support column. The row is fitted anew when the fit by content scores better.

    Examples
    --------
    >>> misfits(["9", "家门口青少年宫", "新建1个宫。", "团区委", "各乡镇(街道)", "区教体局"],
    ...         ["seq", "area", "task", "task", "lead", "support"])
    True

    A unit under a column of no role (建设地点: 相关镇（街道）) is where the table puts it:

    >>> misfits(["1", "中小学改造项目", "相关镇（街道）", "教体局"], ["seq", "task", None, "lead"])
    False

    Unless the lead column then holds no units:

    >>> misfits(["公开指南", "办公室", "网上", "√", "", ""], ["task", None, "note", "lead", None, None])
    True
    """
    kinds = _kinds(texts, repeated)  # a repeated cell is no more units than the text it is
    # 办公室 under 公开内容 and √ under 责任科室: a row that lost merged cells and was padded at its end
    lead_not_units = any(kind not in ("units", "empty") and column == "lead" for kind, column in zip(kinds, columns))
    if len(texts) != len(columns) or not any(
            kind == "units" and (column in ("seq", "area", "task", "note") or (column is None and lead_not_units))
            for kind, column in zip(kinds, columns)):
        return False
    in_order = sum((_FIT[column] if column in _FIT else _FIT[None])[kind] for kind, column in zip(kinds, columns))
    return _fit(texts, kinds, columns)[0] > in_order


def split_merged(texts: list[str], width: int, columns: list | None = None) -> list[list[str]]:
    """Cut a row holding two tasks (their 序号 and unit cells merged) before the second task's sentence.

    A second sentence (ending in 。, after a unit list or a date, and followed by its own cells) in a
    row longer than its header is a task of its own whose merged cells were copied once; a sentence
    ending the row is its note (上半年……完成。 under 完成情况). Where the header's ``columns`` put every
    unit column before the task (序号 | 项目 | 责任单位 | 建设内容 | …), each later task opens with its
    own cell of units instead: the row is cut before each cell of units that follows a task's text.

    Examples
    --------
    >>> split_merged(["5", "建设养护楼。", "县民政局", "5月底前", "建设老年大学。", "12月底前"], 4)
    [['5', '建设养护楼。', '县民政局', '5月底前'], ['建设老年大学。', '12月底前']]
    >>> split_merged(["1", "办科技周。", "市科协", "市科技局"], 3)
    [['1', '办科技周。', '市科协', '市科技局']]
    >>> split_merged(["1", "交通设施", "区住建局", "改造宏图路。", "1000", "区交通局", "改造通惠路。", "800"], 5,
    ...              ["seq", "area", "lead", "task", None])
    [['1', '交通设施', '区住建局', '改造宏图路。', '1000'], ['区交通局', '改造通惠路。', '800']]
    """
    if len(texts) <= width:
        return [texts]
    kinds = [cell_kind(text) for text in texts]
    if columns is not None and _units_first(columns):
        return _split_units_first(texts, kinds)
    for index in range(2, len(texts)):
        if texts[index].endswith("。") and kinds[index] == "text" and kinds[index - 1] in ("units", "date") \
                and "text" in kinds[1:index] and "units" not in kinds[index:] \
                and index < len(texts) - 1:  # its units were merged above; a last sentence is the row's note
            return [texts[:index], texts[index:]]
    return [texts]


def _units_first(columns):
    """True when every unit column of a header comes before its task column (责任单位 | 建设内容)."""
    units = [index for index, column in enumerate(columns) if column in ("lead", "support")]
    return "task" in columns and bool(units) and max(units) < columns.index("task")


def _split_units_first(texts, kinds):
    """The parts of a row of a units-first table, cut before each cell of units that follows a task's text."""
    parts, start, units, task = [], 0, False, False
    for index, kind in enumerate(kinds):
        if kind == "units":
            if task:  # 区住建局 after 改造宏图路。 / 1000: the next task's units
                parts.append(texts[start:index])
                start, task = index, False
            units = True
        elif kind == "text" and units:
            task = True
    return parts + [texts[start:]]
