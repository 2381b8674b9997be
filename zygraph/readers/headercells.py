"""Header cells of a table copied as text: where its header ends, and which of its cells a narrow column wrapped."""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.columns import HEADER_SYNONYMS, PEOPLE_HEADER, column_for, columns_for, names_people, simplified
from zygraph.readers.pipedrows import ROW_NUMBER
from zygraph.readers.rowfit import cell_kind

__all__ = ["join_wrapped_header", "narrowed", "first_row_in_header", "ends_header", "names_row", "without_repeated_header"]

_HEADER_NAMES = frozenset(name for names in HEADER_SYNONYMS.values() for name in names)
_FIGURES_UNIT = re.compile(r"^[（(][^（()）]{1,4}[）)]$")  # （万元）, (%): the unit of a column's figures
_YEAR_ONLY = re.compile(r"^\d{4}年度?$")  # 2023年 above 目标进度
#: The word a header writes after what it names (项目 / 名称, 任务 / 名称): never a column of its own beside it.
_NAME_WORD = "名称"
_WRAPPED_PIECE = 5  # longest piece of a header cell a narrow column wraps onto a line of its own


def join_wrapped_header(header: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join header cells a narrow column wrapped into two where together they name it.

    Parameters
    ----------
    header : list of (line, text)
        The header's cells, in order.

    Returns
    -------
    list of (line, text)
        The cells with each wrapped pair joined at the first one's line: two pieces naming a column together where
        one alone names none (牵头 / 部门, 完成 / 时间), a word and the 名称 after it (项目 / 名称: the project's name,
        as 项目名称 is), or one qualifying the other (总投资 / （万元）, 2023年 / 目标进度). ``header`` is left untouched.

    Examples
    --------
    >>> join_wrapped_header([(1, "项目"), (2, "名称"), (3, "牵头"), (4, "单位"), (5, "总投资"), (6, "(万元)")])
    [(1, '项目名称'), (3, '牵头单位'), (5, '总投资(万元)')]
    """
    out = list(header)
    index = 0
    while index + 1 < len(out):
        (line, first), (_, second) = out[index], out[index + 1]
        joined = first + second
        plain = simplified(first + second)  # 責(zé)任 / 領(lǐng)導(dǎo): as the header reads once normalised
        if len(simplified(first)) <= _WRAPPED_PIECE and len(simplified(second)) <= _WRAPPED_PIECE \
                and ((plain in _HEADER_NAMES and (column_for(second) is None or column_for(first) is None
                                                  or simplified(second) == _NAME_WORD))
                     or (PEOPLE_HEADER.search(plain) and column_for(first) is None)) or _qualifies(first, second):
            out[index: index + 2] = [(line, joined)]
        else:
            index += 1
    return out


def _qualifies(first, second):
    """True when one of two header cells only qualifies the other, a narrow column having wrapped them: the
    unit of its figures after it (总投资 / （万元）), or the year before it (2023年 / 目标进度)."""
    return _FIGURES_UNIT.match(simplified(second)) is not None \
        or (_YEAR_ONLY.match(simplified(first)) is not None and column_for(second) is not None)


def narrowed(header: list[tuple[int, str]], width: int) -> list[tuple[int, str]]:
    """The header with words a narrow column wrapped into two cells joined, where its rows have ``width`` cells.

    Parameters
    ----------
    header : list of (line, text)
        The header's cells, more than its rows have.
    width : int
        How many cells each numbered row has.

    Returns
    -------
    list of (line, text)
        A qualifier and the words naming the column after it joined (攻坚目标 / 任务 is 攻坚目标任务, 第二季度 /
        完成情况 is 第二季度完成情况); ``header`` itself unless the joins give exactly ``width`` cells.

    Examples
    --------
    >>> narrowed([(1, "序号"), (2, "攻坚目标"), (3, "任务"), (4, "责任单位")], 3)
    [(1, '序号'), (2, '攻坚目标任务'), (4, '责任单位')]
    """
    out = list(header)
    index = 0
    while len(out) > width and index + 1 < len(out):
        (line, first), (_, second) = out[index], out[index + 1]
        kinds = column_for(first), column_for(second)
        if len(simplified(first)) <= _WRAPPED_PIECE and len(simplified(second)) <= _WRAPPED_PIECE \
                and (kinds[0] in (None, "note", "area") or (kinds[0] == kinds[1] and len(simplified(second)) <= 2)) \
                and not names_people(first) and kinds[1] is not None \
                and column_for(first + second) == kinds[1]:
            out[index: index + 2] = [(line, first + second)]
        else:
            index += 1
    return out if len(out) == width else header


def first_row_in_header(header: list[tuple[int, str]]) -> int | None:
    """Where the first row starts inside a header run of cells that no number ended, or None.

    A header cell never names a unit: a cell of units after the unit column (采购管理科) is the first
    row's, which starts as many cells before it as the unit column stands after the header's start.

    Examples
    --------
    >>> first_row_in_header([(1, "事项"), (1, "责任科室"), (1, "办理程序"), (2, "政府采购"), (2, "采购管理科")])
    3
    """
    columns = columns_for([text for _, text in header])
    units_at = [i for i, column in enumerate(columns) if column in ("lead", "support")]
    if not units_at:
        return None
    found = next((i for i in range(units_at[-1] + 1, len(header))
                  if columns[i] is None and cell_kind(header[i][1]) == "units"), None)
    start = found - units_at[0] if found is not None else None
    return start if start is not None and start > units_at[-1] else None


def ends_header(text: str) -> bool:
    """True when a cell cannot be a header's: a sentence (打造产业旗舰。), naming no column.

    Examples
    --------
    >>> ends_header("打造产业旗舰，做强主导产业。"), ends_header("工作任务")
    (True, False)
    """
    return column_for(text) is None and re.search("[。；;，,]", text) is not None


def names_row(cells: list[tuple[int, str]], start: int, at: int) -> Finding | None:
    """The finding of ``cells[at]`` read as the first row's cell, not a header's, or None when it may be the header's.

    A header names its task column, then its unit columns, then what is noted beside them (进展情况, 备注). A cell
    after all three that names the task column only by its ending (养老服务项目, 民生实事项目: what 项目 ends, no
    header's word), and is followed by a cell naming no column, is the first row's name of its project: a copy
    without numbers (项目名称 / 内容 / 牵头单位 / 进展情况 / 养老服务项目 / 新增…。) goes on from its header to it. A
    header's second line (备注 / 工作 / 内容) goes on with words naming columns. A cell followed by a row's number is
    the header's last (权力名称 / 行使主体 / 设定依据 / 权力事项 / 1): the first row starts at its number.

    Parameters
    ----------
    cells : list of (line, text)
        The text's cells, one a line or a paragraph.
    start : int
        Where the header starts in ``cells``.
    at : int
        The cell looked at, after ``start``.

    Examples
    --------
    >>> cells = [(1, "项目名称"), (2, "内容"), (3, "牵头单位"), (4, "进展情况"), (5, "养老服务项目"), (6, "新增照料中心。")]
    >>> names_row(cells, 0, 4).line, names_row(cells, 0, 3)
    (5, None)
    >>> names_row([(1, "重点工作"), (2, "责任科室"), (3, "攻坚目标"), (4, "任务"), (5, "完成情况")], 0, 2) is None
    True
    >>> names_row([(1, "权力名称"), (2, "行使主体"), (3, "设定依据"), (4, "权力事项"), (6, "1")], 0, 3) is None
    True
    """
    text = cells[at][1]
    if column_for(text) != "task" or simplified(text) in _HEADER_NAMES \
            or at + 1 >= len(cells) or column_for(cells[at + 1][1]) is not None or ROW_NUMBER.match(cells[at + 1][1]):
        return None
    columns = [column_for(header) for _, header in cells[start:at]]
    task_at = columns.index("task") if "task" in columns else None
    units_at = next((i for i in range(task_at + 1, len(columns)) if columns[i] in ("lead", "support")), None) \
        if task_at is not None else None
    if units_at is None or "note" not in columns[units_at + 1:]:
        return None
    return Finding(cells[at][0], "info", "row_name_after_header", f"the cell {text[:20]} after the header's task and "
                   "unit columns names the task column only by its ending", "read it as the first row's cell, "
                   "where the header ends")


def without_repeated_header(cells: list[tuple[int, str]], header_texts: list[str],
                            findings: list[Finding]) -> list[tuple[int, str]]:
    """The cells of a table's rows without its header row written again inside it: no row of the table.

    A page break repeats the header (序号 / 工作任务 / 牵头单位 again between two rows), and a second table may
    head the same columns in other words (序号 | 重点工作任务(杭州市2项牵头工作) | 责任单位: the same columns,
    whatever their notes say). Each repeat left out is a finding.

    >>> findings = []
    >>> cells = without_repeated_header([(1, "1"), (2, "办科技周。"), (3, "市科协"), (4, "序号"), (5, "工作任务"),
    ...                                  (6, "牵头单位"), (7, "2"), (8, "建馆。"), (9, "市文旅局")],
    ...                                 ["序号", "工作任务", "牵头单位"], findings)
    >>> [text for _, text in cells], [(f.line, f.code) for f in findings]
    (['1', '办科技周。', '市科协', '2', '建馆。', '市文旅局'], [(4, 'header_repeated')])
    """
    width, out, index = len(header_texts), [], 0
    columns = columns_for(header_texts)
    while index < len(cells):
        run = [text for _, text in cells[index: index + width]]
        if run == header_texts or (len(run) == width and column_for(run[0]) is not None
                                   and columns_for(run) == columns):
            findings.append(Finding(cells[index][0], "info", "header_repeated", f"the header row ({' | '.join(run)}) "
                                    "is written again inside the table (a page break)", "read it as no row"))
            index += width
            continue
        out.append(cells[index])
        index += 1
    return out
