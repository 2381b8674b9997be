"""The one place where Chinese column headers map to zygraph's column names."""

from __future__ import annotations

import functools
import re

from zygraph.findings import Finding
from zygraph.sentences.role_words import LABELS, label_role
from zygraph.readers.normalize import simplified as to_simplified

__all__ = ["HEADER_SYNONYMS", "column_for", "columns_for", "deepest_level", "is_responsible", "names_duties",
           "names_units_of_no_role", "names_people_too", "names_problem", "names_location",
           "names_level",
           "names_scores", "names_people", "simplified", "PEOPLE_HEADER", "REQUIRED", "BRACKET_NOTE"]

#: A header that is only the noun for a bureau's offices (股室, 科室, 处室), or names the units that inspect
#: (检查股室, 执法部门, 抽查单位): the units that carry out each row, with no role said, so responsible (all lead
#: where no lead column stands beside it).
_OFFICES = ("股室", "科室", "处室")
_DIVISION, _DIVISION_NOUN = "处", "室"  # a header's 责任处 is 责任处室 short: a department's own divisions
#: A header naming the units that push each row's work forward (推进单位): they do it, no role said, so responsible.
_PUSHING = ("推进单位", "推进部门", "推进主体", "责任推进单位")
_INSPECTING = tuple(verb + noun for verb in ("检查", "抽查", "执法") for noun in (*_OFFICES, "部门", "单位"))
#: zygraph column -> header texts that mean it, as notices write them. The unit columns are the grammar's
#: labels (牵头单位, 牵头处室, 配合单位, 责任单位 …): one vocabulary for labels in text and headers of tables.
HEADER_SYNONYMS = {
    "seq": ("序号", "编号"),
    "area": ("工作目录", "工作领域", "重点领域", "任务类别", "工作类别", "类别", "领域", "工作板块", "项目", "分类", "事项分类",
             "项目分类", "任务分类", "工作分类", "项目类别", "组别", "分组", "事项类别",
             "任务类型", "工作类型", "项目类型", "事项类型"),  # 任务类型 | 重点内容: the kind of work each row is
    "task": ("工作任务", "主要任务", "重点任务", "任务内容", "具体任务", "工作内容", "任务", "工作措施", "主要措施",
             "重点工作", "目标任务", "目标与任务", "主要目标任务", "工作目标", "具体措施", "重点工作任务", "工作事项",
             "任务事项", "改革事项", "主要工作", "具体工作", "工作举措", "政策措施", "任务措施", "主要内容",
             "内容与要求", "内容和要求", "工作内容与要求", "工作内容及要求", "目标要求", "工作要求", "任务要求",
             "具体内容", "工作重点", "项目名称", "项目内容", "实事项目", "建设内容", "主要指标", "指标", "任务名称",
             "工作名称", "事项名称", "职责名称", "名称", "工作要点", "职责分工", "细化分工", "具体分工"),
    "lead": tuple(label for label, role in LABELS.items() if role == "lead") + ("第一责任单位", "第一责任部门"),
    "support": tuple(label for label, role in LABELS.items() if role != "lead") + (
        "相关单位", "相关部门", "相关责任单位", "成员单位", "职责部门", "主管部门", "主管单位", "涉及部门", "涉及单位",
        "公开责任",  # a disclosure catalog's 公开责任 column: the office answerable for publishing the item
        *_PUSHING, *_OFFICES, *_INSPECTING),
    "note": ("备注", "说明", "完成时限", "时限要求", "完成时间", "时间节点", "完成期限", "进度安排", "时间安排", "时限",
             "进展情况", "完成情况", "工作进展", "推进情况", "进度",
             "是否完成", "完成与否"),  # a progress table's column saying whether the row's task is done (完成)
}

#: Columns a table must have to be analysed.
REQUIRED = ("task", "lead")

_YEAR = re.compile(r"^(?:\d{4}|[一二〇○零]{4})年度?")
#: The months or quarter a note column covers, after its year (2023年10-12月份进展情况, 20224年1-3月份进度安排 as a
#: copy mistyped it, 四季度进展情况): the column is named by what follows.
_PERIOD = re.compile(r"^(?:\d{4,5}年)?(?:\d{1,2}(?:[-—－~至到]\d{1,2})?月份?|[一二三四1-4]季度|[上下]半年)(?=.*(?:情况|进展|进度|安排))")
_LONGEST_HEADER = 16  # a longer cell is text, not a header naming a column
#: A short header ending so names the task column in any wording: 主要工作举措, 民生实事, 年度重点任务.
_TASK_NOUNS = ("任务", "工作", "措施", "举措", "事项", "内容", "实事", "目标", "要求", "项目", "指标", "职责")
#: What a power list (权责清单) names its rows by, before 名称 (权力名称, 权力责任名称, 职权名称): each row's power, its task.
_POWER_NOUNS = ("权力", "权责", "职权", "权力责任", "责任事项")
_NOTE_NOUNS = ("情况", "进展", "进度", "状况", "时限", "时间", "备注", "说明", "依据")
_LONGEST_TASK_HEADER = 8
_AND_REQUIREMENTS = re.compile("(?<=[务施容项])[和及与、](?:工作)?(?:要求|目标|标准)$")
_TASK_NAMES = ("名称", "任务名称", "事项名称", "工作名称", "指标名称")
_ROW_NAME_HEADER = 4  # longest header of a column that names its rows when no column names the task (分组, 组别)
#: A header naming people (责任领导, 区政府分管领导, 协管责任人): a column of no unit.
PEOPLE_HEADER = re.compile("(?:领导|责任人|负责人|联系人)$")
#: The word naming a responsible column the main one (主要责任单位) beside a plain one (责任单位): it leads.
_MAIN = "主要"
_REQUIREMENTS = re.compile("(?:要求|标准|目标|目标值|指标值)$")
_RESPONSIBLE = tuple(label for label, role in LABELS.items() if role == "responsible") + (
    "职责部门", "主管部门", "主管单位", "公开责任", *_PUSHING, *_OFFICES, *_INSPECTING)  # the department whose duty the row is
#: A note in brackets closing a cell: 责任单位（排在第一位的为牵头单位）, 行动二：…（人居环境品质提升行动）; not its name.
BRACKET_NOTE = re.compile(r"[（(][^（()）]*[）)]$")
#: A unit column that also names each unit's head: 牵头单位及主要负责人, 责任单位和责任人.
_AND_PEOPLE = re.compile("(?<=[位门室])[及和与、/](?:主要)?(?:负责人|责任人|联系人|负责同志)$")
#: A header over each row's duties (职责分工, 主要职责): the row's department does them, whatever its column is called.
_DUTIES = re.compile("职责(?:分工)?$")
_SPACES = re.compile(r"\s+")
#: The list a header's column comes from, before its name (《联合事项清单》事项名称): the name says the column.
_SOURCE_LIST = re.compile("^《[^《》]{1,20}》(?=.)")
_LOOKUP = {_SPACES.sub("", h): column for column, heads in HEADER_SYNONYMS.items() for h in heads}
_WORDS_NOTE = re.compile("[（(][\u4e00-\u9fff]{2,6}[）)]$")  # （要素）, not （%）: a note in words after a header
#: A level of a catalog's items (一级目录 | 二级目录 | 三级目录) or of an assessment's indicators (一级指标 … 五级指标):
#: the deeper names the item, the shallower its group.
_LEVEL = re.compile("^(?:[一二三四五六]|[1-6])级(?:目录|类目|类别|分类|事项|指标)$")
#: The problem a row names, in a table of problems found (问题描述 | 责任单位, 存在问题 | 整改措施 | 责任单位): what the
#: unit answers for, its task where no other column names one.
_PROBLEM = re.compile("^(?:存在|主要|发现|反馈|具体|突出|检查发现)?(?:的)?问题(?:描述|内容|清单|表现|情况|名称)?$")
#: Where a row's problem or work is (路段名称, 点位, 具体位置): its location, read as the row's area.
_LOCATION = re.compile("^(?:路段|道路|街路|点位|地点|位置|具体位置|所在位置|具体地点|所在地|检查点位|检查路段)(?:名称)?$")
#: A unit column naming two kinds of unit under one label (责任科室、单位 for 责任科室、责任单位; 牵头部门/单位).
_AND_KIND = re.compile("(?<=[位门室])[、/](?:单位|部门|科室|处室|股室|机构)$")


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """The header in Simplified characters (序號 -> 序号), as OpenCC converts it, without pinyin readings."""
    return to_simplified(text)


def _key(header: str) -> str:
    """A header cell as the tables here look it up: without spaces, in Simplified characters, no readings."""
    return _SOURCE_LIST.sub("", simplified(_SPACES.sub("", header)))


def column_for(header: str) -> str | None:
    """Return the zygraph column a header cell names, or None.

    Examples
    --------
    >>> column_for("牵 头 单 位"), column_for("配合单位"), column_for("责任领导")
    ('lead', 'support', None)
    >>> column_for("责任单位（排在第一位的为牵头单位）"), column_for("牵头单位及 主要负责人")
    ('support', 'lead')
    >>> column_for("具体工作任务和要求"), column_for("《联合事项清单》事项名称"), column_for("股室")
    ('task', 'task', 'support')
    >>> column_for("问题描述"), column_for("路段名称"), column_for("三级指标"), column_for("责任科室、单位")
    ('task', 'area', 'area', 'support')
    >>> column_for("2023年10-12月份进展情况"), column_for("1-3月份进度安排"), column_for("1-3月份任务")
    ('note', 'note', 'task')
    >>> column_for("本局责任处（单位）"), column_for("牵头处"), column_for("办事处")
    ('support', 'lead', None)
    """
    key = _PERIOD.sub("", _YEAR.sub("", _key(header)))  # 2022年预期目标 names what 预期目标 names
    key = _AND_PEOPLE.sub("", key)  # 牵头单位及主要负责人: the unit column, its head beside each unit
    key = _AND_REQUIREMENTS.sub("", key)  # 具体工作任务和要求: the task column, with what it requires
    key = _AND_KIND.sub("", key)  # 责任科室、单位: the label, over offices and units alike
    found = _LOOKUP.get(key) or _LOOKUP.get(BRACKET_NOTE.sub("", key))
    if found or len(key) > _LONGEST_HEADER:
        return found
    if _LEVEL.match(key):
        return "area"  # 一级目录: a group of items; the deepest level of a header names the item (columns_for)
    if _PROBLEM.match(key):
        return "task"  # 问题描述: the problem found, which the unit beside it answers for
    if _LOCATION.match(key):
        return "area"  # 路段名称: where the row's problem is
    key = _WORDS_NOTE.sub("", key)  # 公开内容（要素）: what the column holds, a note in words after it aside
    role = label_role(BRACKET_NOTE.sub("", key))  # 市卫健委内牵头处室, 责任主体与协同单位: the label ending the header
    if role is None and BRACKET_NOTE.sub("", key).endswith(_DIVISION):
        role = label_role(BRACKET_NOTE.sub("", key) + _DIVISION_NOUN)  # 本局责任处（单位）: 责任处室 with its 室 left off
    if role is not None:
        return "lead" if role == "lead" else "support"
    if len(key) > _LONGEST_TASK_HEADER:
        return None
    if key.endswith(_NOTE_NOUNS):
        return "note"  # 四季度进展情况, 完成状况: what is noted beside a task
    if key.endswith("领域"):
        return "area"  # 抽查领域, 监管领域: the field each row's item belongs to (学校办学情况抽查)
    if key.endswith("名称") and key.removesuffix("名称").endswith(_POWER_NOUNS):
        return "task"  # 权力责任名称: a power list's row named by its power
    return "task" if key.removesuffix("名称").endswith(_TASK_NOUNS) else None  # 民生事项名称: the task's name


def columns_for(headers: list[str]) -> list[str | None]:
    """Return the zygraph column of each header cell of a row.

    A row with no lead column whose units are named under 责任单位 has that
    column read as ``lead``: units named only as responsible all lead (the
    role convention of :mod:`zygraph.sentences.grammar`), unless one of several such
    columns is the main one (主要责任单位 | 责任单位): it leads, the others
    support, as 责任单位 beside a named lead do. Of two task columns and no
    area column, the first is the area (工作事项 above its 主要内容), unless
    the second says what the first requires or aims at (具体要求, 工作标准,
    一季度目标), stands after the unit columns, or follows the task's name
    (名称 | 工作任务): then it is a note.

    Examples
    --------
    >>> columns_for(["工作任务", "牵头单位", "责任单位"]), columns_for(["工作任务", "责任单位"])
    (['task', 'lead', 'support'], ['task', 'lead'])
    >>> columns_for(["工作事项", "主要内容", "牵头单位"]), columns_for(["工作任务", "具 体 要 求", "责任单位"])
    (['area', 'task', 'lead'], ['task', 'note', 'lead'])
    >>> columns_for(["分 组", "督查组牵头单位", "督查单位", "备 注"])  # the rows are named by their first column
    ['task', 'lead', None, 'note']
    >>> columns_for(["专项整治行业名称", "时间安排", "责任单位"])  # a name of any length: the rows' names
    ['task', 'note', 'lead']
    >>> columns_for(["", "降低率指标(%)", "责任单位"])  # an empty corner cell over the rows' names
    ['task', None, 'lead']
    >>> columns_for(["工作任务", "分值", "考核单位"])  # the only units named judge the task: they answer for it
    ['task', None, 'lead']
    >>> columns_for(["序号", "涉及部门", "职责分工"])  # each row a department's duties: it does them
    ['seq', 'lead', 'task']
    >>> columns_for(["事项类别", "事项名称", "公开内容", "条款内容", "公开责任"])  # a disclosure catalog's items
    ['area', 'task', 'task', 'task', 'lead']
    >>> columns_for(["一级目录", "二级目录", "公开内容（要素）", "责任科室"])  # the deepest level names the item
    ['area', 'task', 'task', 'lead']
    >>> columns_for(["一级指标", "二级指标", "三级指标", "责任科室、单位"])  # an assessment's indicators: the same
    ['area', 'area', 'task', 'lead']
    >>> columns_for(["序号", "路段名称", "问题描述", "责任单位", "备注"])  # a problem found, at a place
    ['seq', 'area', 'task', 'lead', 'note']
    >>> columns_for(["主要目标", "主要责任单位", "责任单位"])  # the main responsible unit named: the others support
    ['task', 'lead', 'support']
    """
    columns = [column_for(text) if text else None for text in headers]
    level = deepest_level(headers)
    if level is not None:
        columns[level] = "task"  # 一级目录 | 二级目录 | 三级目录 | 公开内容: the deepest level names the item
    if columns.count("task") > 1 and "area" not in columns:
        first, second = [index for index, column in enumerate(columns) if column == "task"][:2]
        units_between = any(column in ("lead", "support") for column in columns[first:second])
        # 名称 | 工作任务, 任务名称 | 指标要求: the task's own name, then its text (a 项目名称 may hold several tasks)
        named = _key(headers[first]) in _TASK_NAMES
        if units_between or named or _REQUIREMENTS.search(_key(headers[second])):
            columns[second] = "note"  # 工作任务 | 具体要求 or 工作任务 | 责任单位 | 一季度目标: the task, then a note
        else:
            columns[first] = "area"  # 工作事项 | 主要内容: the first names the area of the second
    if "task" not in columns and {"lead", "support"} & set(columns):
        # 分组 | 牵头单位 | 成员单位, or an empty corner cell: rows named by their first column, which stands
        # for the task
        named = columns.index("area") if "area" in columns else next(
            (i for i, (c, text) in enumerate(zip(columns, headers)) if c is None and (text or i == 0)
             and (len(_SPACES.sub("", text)) <= _ROW_NAME_HEADER or _key(text).endswith("名称"))
             and not names_units_of_no_role(text)
             and not names_people(text)), None)
        if named is not None and named < min(i for i, c in enumerate(columns) if c in ("lead", "support")):
            columns[named] = "task"
    if "lead" in columns:
        return columns
    supports = [i for i, c in enumerate(columns) if c == "support"]
    if len(supports) == 1 and any(c == "task" and names_duties(text) for c, text in zip(columns, headers)):
        columns[supports[0]] = "lead"  # 相关部门 | 职责分工: the department whose duties the row lists does them
        return columns
    if "support" not in columns:
        judging = [i for i, text in enumerate(headers) if columns[i] is None and text and names_units_of_no_role(text)]
        if len(judging) == 1:  # 项目 | 目标任务 | 监考单位: the only units named are those answerable for the task
            columns[judging[0]] = "lead"
            return columns
    main = [i for i, text in enumerate(headers) if columns[i] == "support" and is_responsible(text)
            and _key(text).startswith(_MAIN)]
    if len(main) == 1 and sum(c == "support" and is_responsible(text) for c, text in zip(columns, headers)) > 1:
        columns[main[0]] = "lead"  # 主要责任单位 | 责任单位: the main responsible unit leads, the others beside it support
        return columns
    return ["lead" if c == "support" and is_responsible(text) else c for c, text in zip(columns, headers)]


def main_responsible(text: str, line: int) -> Finding:
    """The finding of the responsible column ``text`` (on ``line``) read as leading beside another responsible
    column, which supports: the main responsible unit (主要责任单位 | 责任单位) of :func:`columns_for`.

    >>> finding = main_responsible("主要责任单位", 3)
    >>> finding.code, finding.action
    ('main_responsible_column', 'read the units under 主要责任单位 as leading, those of the other 责任单位 column as supporting')
    """
    return Finding(line, "info", "main_responsible_column", f"the table names units under {text}, the main "
                   "responsible unit, beside a plain 责任单位 column",
                   f"read the units under {text} as leading, those of the other 责任单位 column as supporting")


def deepest_level(headers: list[str]) -> int | None:
    """Where the deepest level of a catalog's items stands in a header (一级目录 | 二级目录 | 三级目录), when no
    column names the item itself (事项名称); else None. That level names each row's item: its task.

    Examples
    --------
    >>> deepest_level(["一级目录", "二级目录", "公开内容", "责任科室"]), deepest_level(["一级目录", "事项名称", "责任科室"])
    (1, None)
    """
    levels = [index for index, text in enumerate(headers) if names_level(text)]
    return levels[-1] if levels and not any(_key(text) in _TASK_NAMES for text in headers) else None


def is_responsible(header: str) -> bool:
    """True when a header cell reads 责任单位 (or 责任部门, 负责单位).

    Examples
    --------
    >>> is_responsible("责 任 单 位"), is_responsible("牵头单位")
    (True, False)
    """
    key = _AND_KIND.sub("", BRACKET_NOTE.sub("", _key(header)))  # 責(zé)任單位: as it reads without readings; 责任科室、单位
    return key in _RESPONSIBLE or (len(key) <= _LONGEST_HEADER and label_role(key) == "responsible")


#: A header naming units that do not do the task: those who score, assess, supervise or check it.
_NO_ROLE_UNITS = re.compile("^(?:评分|考核|考评|评价|督办|督查|督导|监督|监考|审核|审定|验收|评估|认定)(?:部门|单位|机构|处室|科室)$")


#: A header over each row's score in an assessment table: 分值, 各项分值, 权重, 标准分.
_SCORE_HEADER = re.compile("^(?:各项|考核)?(?:分值|分数|权重|标准分|基本分|基础分|满分)$")


def names_duties(header: str) -> bool:
    """True when a header heads each row's duties (职责分工, 主要职责): the duties of the department beside them.

    >>> names_duties("职 责 分 工"), names_duties("主要职责"), names_duties("工作任务")
    (True, True, False)
    """
    return _DUTIES.search(_key(header)) is not None


def names_level(header: str) -> bool:
    """True when a header names one level of nested groups (一级指标, 三级目录): one of several area columns.

    >>> names_level("二级指标"), names_level("一 级 目 录"), names_level("指标")
    (True, True, False)
    """
    return _LEVEL.match(_key(header)) is not None


def names_problem(header: str) -> bool:
    """True when a header heads the problems a check found (问题描述, 存在问题): what each row's unit answers for.

    >>> names_problem("问 题 描 述"), names_problem("存在问题"), names_problem("工作任务")
    (True, True, False)
    """
    return _PROBLEM.match(_key(header)) is not None


def names_location(header: str) -> bool:
    """True when a header heads where each row's problem or work is (路段名称, 点位): its location, not its task.

    >>> names_location("路段名称"), names_location("具体位置"), names_location("项目名称")
    (True, True, False)
    """
    return _LOCATION.match(_key(header)) is not None


def names_people(header: str) -> bool:
    """True when a header names a column of people (责任领导, 区政府分管领导, 责 任 人), whose cells are no units.

    >>> names_people("区政府分管领导"), names_people("责 任 人"), names_people("牵头单位")
    (True, True, False)
    """
    return PEOPLE_HEADER.search(_key(header)) is not None


def names_scores(header: str) -> bool:
    """True when a header heads each row's score in an assessment table (分值, 各项分值, 权重).

    Examples
    --------
    >>> names_scores("分 值"), names_scores("各项分值"), names_scores("目标任务")
    (True, True, False)
    """
    return _SCORE_HEADER.match(_key(header)) is not None


def names_units_of_no_role(header: str) -> bool:
    """True when a header names units that judge the task rather than do it (评分部门, 考核单位, 督办单位).

    Their cells hold unit names but no role: the table's readers keep them out of the lead and
    supporting columns.

    Examples
    --------
    >>> names_units_of_no_role("评分部门"), names_units_of_no_role("督 办 单 位"), names_units_of_no_role("单位")
    (True, True, False)
    >>> names_units_of_no_role("牵头考核单位")
    False
    """
    return _NO_ROLE_UNITS.match(_key(header)) is not None


def names_people_too(header: str) -> bool:
    """True when a unit column's header says its cells also name people (牵头单位及主要负责人).

    >>> names_people_too("牵头单位及 主要负责人"), names_people_too("牵头单位")
    (True, False)
    """
    return _AND_PEOPLE.search(_key(header)) is not None
