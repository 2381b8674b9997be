"""The words zygraph writes, in each edition (zh, en): one catalogue per kind of output."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from zygraph.render.finding_zh import TYPES_ZH, routine_zh

__all__ = ["translate", "glossary", "UNTRANSLATED", "GRAPH_TEXT", "COLUMNS", "VALUES", "GLOSSES", "FINDING_TYPES",
           "FINDING_MESSAGES_ZH", "finding_text", "issuer_source_word"]

#: The interactive graph pages' interface and tooltips.
GRAPH_TEXT = {
    "zh": {
        "units_title": "单位协同网络",
        "units_how": "圆点大小 = 任务负荷，颜色 = 单位类型，连线粗细 = 共同承担的任务数。悬停查看详情；点击或搜索单位，突出显示与其相连的单位。",
        "coordination_title": "牵头—配合协调网络",
        "coordination_how": "箭头由牵头单位指向配合单位，连线越粗，该单位牵头、对方配合的任务越多。圆点大小 = 任务负荷，颜色 = 单位类型。点击或搜索单位，突出显示与其相连的单位。",
        "bipartite_title": "单位—任务网络",
        "bipartite_how": "方框 = 单位，圆点 = 任务（颜色 = 工作领域）；实线 = 牵头，虚线 = 配合。点击或搜索单位或任务编号，突出显示与其相连的节点。",
        "search": "查找",
        "back": "← 返回简报",
        "placeholder": "输入单位名称",
        "placeholder_tasks": "单位名称或任务编号",
        "reset": "显示全部",
        "legend": "图例",
        "noscript": "此页面需要启用 JavaScript 才能显示网络图。",
        "not_found": "未找到：{q}",
        "more": "……另有 {n} 项，点击节点查看全部",
        "lead": "牵头任务",
        "support": "配合任务",
        "lead_units": "牵头单位",
        "support_units": "配合单位",
        "shared_tasks": "共同任务",
        "load": "任务负荷：{v}",
        "counts": "牵头 {lead} 项，配合 {support} 项",
        "shared": "共同承担 {n} 项任务",
        "directed": "{a} 牵头、{b} 配合：{n} 项任务",
        "area": "领域：{a}",
        "unit": "单位",
        "task": "任务",
        "edge_width": "连线粗细 = 共同任务数",
        "arrow": "牵头单位 → 配合单位",
        "lead_edge": "牵头",
        "support_edge": "配合",
        "matches": "{n} 项匹配",
        "filters": "筛选与显示",
        "area_filter": "工作目录",
        "all_areas": "全部",
        "kind_filter": "单位类型",
        "min_shared": "至少共同任务数",
        "colour_by": "颜色",
        "colour_kind": "单位类型",
        "colour_community": "社群（按主要工作目录命名）",
        "view": "布局",
        "view_columns": "分栏：单位 | 按工作目录分组的任务",
        "view_force": "力导向",
        "save": "保存当前视图",
        "communities": "社群",
    },
    "en": {
        "units_title": "Unit co-responsibility network",
        "units_how": "Dot size = task load, colour = kind of unit, line width = tasks shared. Hover for details; click or search a unit to highlight the units it works with.",
        "coordination_title": "Coordination network (lead → support)",
        "coordination_how": "Arrows run from the lead unit to a supporting unit; the wider the line, the more tasks one leads and the other supports. Dot size = task load, colour = kind of unit. Click or search a unit to highlight its neighbours.",
        "bipartite_title": "Units and tasks",
        "bipartite_how": "Boxes = units, dots = tasks (colour = area); solid line = lead, dashed = support. Click or search a unit or task number to highlight what it is linked to.",
        "search": "Find",
        "back": "← Back to the briefing",
        "placeholder": "Unit name",
        "placeholder_tasks": "Unit name or task id",
        "reset": "Show all",
        "legend": "Legend",
        "noscript": "This page needs JavaScript to draw the network.",
        "not_found": "Not found: {q}",
        "more": "… {n} more; click the node to see all",
        "lead": "Leads",
        "support": "Supports",
        "lead_units": "Lead units",
        "support_units": "Supporting units",
        "shared_tasks": "Shared tasks",
        "load": "Task load: {v}",
        "counts": "leads {lead}, supports {support} tasks",
        "shared": "{n} tasks shared",
        "directed": "{a} leads, {b} supports: {n} tasks",
        "area": "Area: {a}",
        "unit": "Unit",
        "task": "Task",
        "edge_width": "Line width = tasks shared",
        "arrow": "lead unit → supporting unit",
        "lead_edge": "lead",
        "support_edge": "support",
        "matches": "{n} matches",
        "filters": "Filter and show",
        "area_filter": "Work area",
        "all_areas": "All",
        "kind_filter": "Kind of unit",
        "min_shared": "At least this many shared tasks",
        "colour_by": "Colour",
        "colour_kind": "kind of unit",
        "colour_community": "community (named by its main areas)",
        "view": "Layout",
        "view_columns": "columns: units | tasks grouped by area",
        "view_force": "force-directed",
        "save": "Save this view",
        "communities": "Communities",
    },
}

#: Column headings of the data files and the workbook, by column name.
COLUMNS = {
    "zh": {
        "task_id": "任务编号", "area": "工作目录", "task": "工作任务", "unit": "单位", "role": "角色",
        "raw_unit": "原文单位名", "kind": "单位类型", "name_en": "英文名称", "note": "备注", "line": "原文行号",
        "document": "文件", "issuer": "发文机关", "in_registry": "已登记", "canonical": "规范名称",
        "level": "层级", "body": "机构（不分层级）", "label_en": "英文简称",
        "tasks_led": "牵头任务数", "tasks_supported": "配合任务数", "load": "任务负荷", "in_projection": "列入部门网络",
        "degree": "合作单位数", "strength": "共同任务总数", "betweenness": "中介中心度", "closeness": "接近中心度",
        "eigenvector": "特征向量中心度", "pagerank": "PageRank", "constraint": "结构约束",
        "effective_size": "有效规模", "core_number": "核数", "community": "社群",
        "severity": "级别", "code": "类型", "message": "发现", "action": "处理",
        "tasks_without_department": "失去部门的任务数", "tasks_without_lead": "失去牵头的任务数",
        "tasks_without_unit": "无人承担的任务数", "component_change": "连通分量变化",
        "largest_component_change": "最大连通分量变化",
        "status": "变化", "change": "变化内容", "in_a": "在 A 中", "in_b": "在 B 中", "task_id_a": "A 中编号",
        "task_id_b": "B 中编号", "lead_a": "A 中牵头", "lead_b": "B 中牵头", "support_a": "A 中配合",
        "support_b": "B 中配合", "similarity": "文字相似度", "unit_a": "单位一", "unit_b": "单位二",
        "weight_a": "A 中共同任务", "weight_b": "B 中共同任务", "led_change": "牵头变化", "supported_change": "配合变化",
        "tasks": "任务数", "units": "部门数", "lead_units": "牵头部门数", "top_lead": "牵头最多的单位",
        "top_lead_tasks": "其牵头任务数", "top_lead_share": "其牵头占比", "single_department_tasks": "单一部门任务数",
        "hhi": "牵头集中度（HHI）", "gini": "牵头基尼系数", "top1_share": "最多一家的牵头份额",
        "top3_share": "前三家的牵头份额", "areas": "工作目录数", "assignments": "分工数", "units_named": "单位数",
    },
    "en": {
        "task_id": "Task", "area": "Area", "task": "Task text", "unit": "Unit", "role": "Role",
        "raw_unit": "Unit as written", "kind": "Kind", "name_en": "English name", "note": "Note", "line": "Line",
        "document": "Document", "issuer": "Issuer", "in_registry": "In registry", "canonical": "Canonical name",
        "level": "Level", "body": "Body (any level)", "label_en": "Short English name",
        "tasks_led": "Tasks led", "tasks_supported": "Tasks supported", "load": "Load",
        "in_projection": "In the department network", "degree": "Partners", "strength": "Shared tasks (sum)",
        "betweenness": "Betweenness", "closeness": "Closeness", "eigenvector": "Eigenvector", "pagerank": "PageRank",
        "constraint": "Constraint", "effective_size": "Effective size", "core_number": "Core number",
        "community": "Community", "severity": "Severity", "code": "Code", "message": "Finding", "action": "Action",
        "tasks_without_department": "Tasks left without a department", "tasks_without_lead": "Tasks left without a lead",
        "tasks_without_unit": "Tasks left with no unit", "component_change": "Change in components",
        "largest_component_change": "Change in the largest component",
        "status": "Status", "change": "Change", "in_a": "In A", "in_b": "In B", "task_id_a": "Task in A",
        "task_id_b": "Task in B", "lead_a": "Lead in A", "lead_b": "Lead in B", "support_a": "Support in A",
        "support_b": "Support in B", "similarity": "Text similarity", "unit_a": "Unit", "unit_b": "Unit",
        "weight_a": "Shared in A", "weight_b": "Shared in B", "led_change": "Change in led",
        "supported_change": "Change in supported",
        "tasks": "Tasks", "units": "Departments", "lead_units": "Leading departments", "top_lead": "Leads most",
        "top_lead_tasks": "Its leads", "top_lead_share": "Its share of the area's tasks",
        "single_department_tasks": "Tasks on one department", "hhi": "Lead concentration (HHI)",
        "gini": "Gini of leads", "top1_share": "Share of leads, top unit", "top3_share": "Share of leads, top three",
        "areas": "Areas", "assignments": "Assignments", "units_named": "Units",
    },
}

#: Words for coded values: roles and severities.
VALUES = {
    "zh": {"lead": "牵头", "support": "配合", "info": "说明", "warning": "警告", "error": "错误",
           "kept": "保留", "lost": "减少", "gained": "新增", "appeared": "新出现", "vanished": "消失",
           "changed": "有变化", "added": "新增", "removed": "删去", "partners": "配合单位", "text": "文字",
           "national": "中央", "provincial": "省级", "prefecture": "地市级", "county": "县级", "township": "乡镇级"},
    "en": {"lead": "lead", "support": "support", "info": "info", "warning": "warning", "error": "error"},
}

#: One plain line per measure, for readers who do not work with networks.
GLOSSES = {
    "zh": {
        "tasks_led": "该单位牵头的任务数。",
        "tasks_supported": "该单位配合（参与而不牵头）的任务数。",
        "load": "任务负荷 = 牵头任务数 × 牵头权重 + 配合任务数。",
        "degree": "与该单位共同承担过至少一项任务的单位数。",
        "strength": "与各合作单位共同承担的任务数之和。",
        "betweenness": "各单位之间的最短联系路径经过该单位的比例：越高，越是部门之间的桥梁。",
        "closeness": "该单位到其他单位平均有多近（不加权）：越高，越容易联系到所有单位。",
        "eigenvector": "与重要单位合作越多越高：衡量处于合作核心的程度。",
        "pagerank": "与特征向量中心度相近的重要性得分，按共同任务数加权。",
        "constraint": "Burt 结构约束：越低，该单位联系的部门之间越互不相连（掌握“结构洞”）。",
        "effective_size": "合作单位中彼此不重叠的部分：越大，联系越多样。",
        "core_number": "该单位所在的最紧密合作圈的层级（k 核）。",
        "community": "Louvain 算法划分的合作群组编号（群组内合作多于群组间）。",
        "density": "实际存在的合作关系占所有可能关系的比例。",
        "degree_centralisation": "合作集中于少数单位的程度：1 为星形，0 为各单位合作单位数相同。",
        "modularity": "群组划分的清晰程度：越高，群组之间越少交叉。",
        "hhi": "牵头集中度（赫芬达尔指数）：各单位牵头份额的平方和；1 为一家独揽，1/n 为 n 家平分。",
        "gini": "牵头分布的基尼系数：0 为各单位牵头一样多，接近 1 为集中于极少数单位。",
        "tasks_without_department": "该单位缺位时，再无任何部门承担的任务数。",
        "tasks_without_lead": "该单位缺位时，失去牵头单位的任务数。",
        "component_change": "该单位缺位时，部门网络分裂出的新部分数。",
        "largest_component_change": "该单位缺位时，部门网络最大连通部分的单位数变化。",
    },
    "en": {
        "tasks_led": "Tasks the unit leads.",
        "tasks_supported": "Tasks the unit supports (is named on without leading).",
        "load": "Load = tasks led x lead weight + tasks supported.",
        "degree": "Units it shares at least one task with.",
        "strength": "Tasks shared with its partners, summed over the partners.",
        "betweenness": "Share of the shortest links between other units that pass through it: a bridge between departments.",
        "closeness": "How near it is, on average, to every other unit (unweighted).",
        "eigenvector": "High for units tied strongly to other central units: the core of the cooperation.",
        "pagerank": "An importance score close to eigenvector centrality, weighted by shared tasks.",
        "constraint": "Burt's constraint: low when its partners are not tied to each other (it spans structural holes).",
        "effective_size": "Its partners, less their overlap: the larger, the more varied its ties.",
        "core_number": "The tightest circle of cooperation (k-core) it belongs to.",
        "community": "Group found by the Louvain method: units that share more tasks within the group than across.",
        "density": "Share of the possible ties between units that exist.",
        "degree_centralisation": "How much the ties gather on a few units: 1 for a star, 0 when all have as many partners.",
        "modularity": "How clearly the groups separate: the higher, the fewer ties across groups.",
        "hhi": "Herfindahl-Hirschman index of lead shares: 1 when one unit leads everything, 1/n when n units lead equally.",
        "gini": "Gini coefficient of tasks led: 0 when every unit leads as many, near 1 when a few lead almost all.",
        "tasks_without_department": "Tasks no other department would be on if the unit dropped out.",
        "tasks_without_lead": "Tasks that would have no lead if the unit dropped out.",
        "component_change": "Pieces the department network would gain if the unit dropped out.",
        "largest_component_change": "Change in the units of the network's largest connected part if the unit dropped out.",
    },
}

#: What each kind of finding is, in a few words (codes not listed are shown as written).
FINDING_TYPES = {
    "zh": {
        **TYPES_ZH,
        "area_carried": "工作目录空白，沿用上一行", "area_restated": "工作目录重复书写", "area_merged": "工作目录合并单元格",
        "cell_joined": "单元格跨行，已合并", "line_joined": "跨行文字，已合并", "space_removed": "删除多余空格",
        "missing_cells": "行末缺少单元格", "empty_row": "空行", "duplicate_unit": "同一单位重复列出",
        "lead_and_support": "同一单位既牵头又配合", "misspelling_corrected": "更正已知错别字",
        "alias_resolved": "简称或别名", "unknown_unit": "未登记的单位名", "no_lead": "任务没有牵头单位",
        "no_area": "没有工作目录", "no_task_text": "有单位但无任务内容", "stray_text": "表格外的文字",
        "no_assignment": "未写明分工", "role_rule": "按规则判定角色", "header_repeated": "表头重复",
        "merged_cell": "合并单元格", "sheet_chosen": "选用的工作表", "table_skipped": "跳过的表格",
        "group_cell_as_area": "分组单元格作工作目录", "area_row_before_rows": "表头下的行作工作目录",
        "rows_by_line": "一行文字为表格一行", "units_line_joined": "单位行并入上一行", "rows_cut_by_content": "无序号，按内容分行",
        "issuer_read": "识别的发文机关", "issuer_unknown": "未读出发文机关", "issuer_conflict": "标题与落款的发文机关不一致",
    },
    "en": {
        "area_carried": "blank area carried down", "area_restated": "area written again", "area_merged": "merged area cell",
        "cell_joined": "cell broken across lines, joined", "line_joined": "line broken, joined",
        "space_removed": "stray space removed", "missing_cells": "row lacks its last cells", "empty_row": "empty row",
        "duplicate_unit": "unit listed twice", "lead_and_support": "unit both lead and support",
        "misspelling_corrected": "known misspelling corrected", "alias_resolved": "abbreviation or alias",
        "unknown_unit": "name not in the registry", "no_lead": "task without a lead", "no_area": "no area",
        "no_task_text": "units but no task text", "stray_text": "text outside the table",
        "no_assignment": "no assignment written", "role_rule": "roles by a rule", "header_repeated": "header repeated",
        "merged_cell": "merged cell", "sheet_chosen": "sheet read", "table_skipped": "table skipped",
        "group_cell_as_area": "group cell read as area", "area_row_before_rows": "row under the header read as area",
        "rows_by_line": "one row a line", "units_line_joined": "units line joined to the row above",
        "rows_cut_by_content": "rows cut by content, no numbers",
        "issuer_read": "issuer read", "issuer_unknown": "no issuer read", "issuer_conflict": "title and signature disagree",
    },
}

#: Chinese wording of the readers' English messages and actions, by code: (pattern, message, action).
#: A message that matches no pattern is shown as written, marked as English.
FINDING_MESSAGES_ZH = {
    "area_carried": (r"the area cell is empty; the area above is (?P<a>.*)", "工作目录单元格为空，上一行为「{a}」",
                     "按「{a}」读取"),
    "area_restated": (r"the area (?P<a>.*) is written again \(as after a page break\)",
                      "工作目录「{a}」再次出现（如分页之后）", "视为同一工作目录"),
    "cell_joined": (r"the cell (?P<a>.*) is broken across lines (?P<b>[\d-]+)", "单元格「{a}」跨第 {b} 行",
                    "合并为一个单元格"),
    "space_removed": (r"removed a stray space inside (?P<a>.*)", "删除「{a}」中多余的空格", "按删除空格后的文字读取"),
    "missing_cells": (r"the row lacks its last cell\(s\): (?P<a>.*)", "该行缺少最后的单元格：{a}", "按空白读取"),
    "duplicate_unit": (r"(?P<a>.*) is listed twice as (?P<r>lead|support) on task (?P<t>\S+)",
                       "{a}在任务 {t} 中两次列为{r}单位", "只计一次"),
    "lead_and_support": (r"(?P<a>.*) is listed as both lead and support on task (?P<t>\S+)",
                         "{a}在任务 {t} 中既列为牵头单位又列为配合单位", "只计为牵头"),
    "misspelling_corrected": (r"(?P<a>.*) is a known misspelling of (?P<b>.*)", "「{a}」是「{b}」的已知错写",
                              "更正为{b}"),
    "alias_resolved": (r"(?P<a>.*) is another name of (?P<b>.*)", "「{a}」是{b}的另一名称", "计为{b}"),
    "unknown_unit": (r"(?P<a>.*?) is not in the unit registry(?:; closest registry names: (?P<b>.*))?",
                     "「{a}」不在单位名录中{b}", "按原文保留；可在 --registry 名录文件中加入该单位或其别名"),
    "no_lead": (r"task (?P<t>\S+) names no lead unit.*", "任务 {t} 没有列出牵头单位",
                "保留该任务；如原表漏写牵头单位，请补上"),
    "issuer_read": (r"the notice is read as issued by (?P<a>.*) \((?P<l>[a-z -]+)\), from its (?P<s>.*)",
                    "发文机关读作「{a}」（{l}；依据：{s}）", "如有误，可用 --issuer 指定发文机关"),
    "issuer_unknown": (r"no issuer was read from the notice: (?P<n>\d+) units whose names leave their level open are "
                       r"read at the level their words suggest \((?P<a>.*)\), none placed",
                       "未从通知读出发文机关：{n} 个单位的名称未定层级，按字面层级读取（{a}），未对应到具体地方",
                       "可用 --issuer 指定发文机关"),
}


#: Where an issuer was read (:attr:`zygraph.names.issuer.Issuer.source`), in Chinese; longer names first.
ISSUER_SOURCES_ZH = (("issuing line", "发文机关行"), ("document number", "文号"), ("signature", "落款"),
                     ("table title", "表题"), ("title", "标题"), ("heading", "标题行"), ("publisher line", "来源行"),
                     ("addressees", "主送单位"))
#: What the reader adds after the source, in Chinese: how sure the place is (:func:`zygraph.names.issuer._bare`,
#: ``_speaker``), or the addressees' words it read (``addressees (县人民政府和)``).
ISSUER_DETAILS_ZH = ((r" \(the place it opens with\)", "（据其开头的地名）"),
                     (r" \(a bare (.+?): its level, no place\)", r"（仅有「\1」：只知层级，未知地方）"),
                     (r" \(a bare (.+?), its place named\)", r"（仅有「\1」，地方见于通知）"),
                     (r" \(a bare (.+?), its place from the number and the text\)", r"（仅有「\1」，地方据文号和正文判断）"),
                     (r" \(([^()A-Za-z]*)\)", r"（\1）"))


def finding_text(code: str, message: str, action: str, lang: str) -> tuple[str, str, bool]:
    """Return a finding's message and action in the edition's language, and whether they were translated.

    Parameters
    ----------
    code, message, action : str
        As in a findings frame (the readers write English).
    lang : {"zh", "en"}

    Returns
    -------
    (str, str, bool)
        The message, the action, and False when a Chinese edition had to keep
        the English text (a code or wording the catalogue does not know).

    Examples
    --------
    >>> finding_text("alias_resolved", "市文广旅局 is another name of 市文化广电旅游局", "counted as 市文化广电旅游局", "zh")
    ('「市文广旅局」是市文化广电旅游局的另一名称', '计为市文化广电旅游局', True)
    >>> finding_text("new_code", "something odd", "kept", "zh")
    ('something odd', 'kept', False)
    """
    if lang != "zh":
        return message, action, True
    if (routine := routine_zh(code, message, action)) is not None:
        return (*routine, True)
    known = FINDING_MESSAGES_ZH.get(code)
    found = re.fullmatch(known[0], message, re.S) if known else None
    if found is None:
        return message, action, False
    parts = {key: value or "" for key, value in found.groupdict().items()}
    if "r" in parts:
        parts["r"] = VALUES["zh"].get(parts["r"], parts["r"])
    for key in ("l", "a"):  # levels inside an issuer finding: prefecture -> 地市级
        if code.startswith("issuer") and key in parts:
            parts[key] = re.sub(r"\b(national|provincial|prefecture|county|township)\b",
                                lambda m: VALUES["zh"][m.group(1)], parts[key])
    if code == "issuer_read":
        parts["s"] = _issuer_source_zh(parts["s"])
    if code == "unknown_unit" and parts.get("b"):
        parts["b"] = f"；最接近的名录名称：{parts['b']}"
    return known[1].format(**parts), known[2].format(**parts), True


def _issuer_source_zh(source: str) -> str:
    """Where an issuer was read, in Chinese: the source's words, then its detail.

    >>> _issuer_source_zh("title (a bare 县人民政府办公室: its level, no place)")
    '标题（仅有「县人民政府办公室」：只知层级，未知地方）'
    >>> _issuer_source_zh("addressees (县人民政府和)"), _issuer_source_zh("heading (the place it opens with)")
    ('主送单位（县人民政府和）', '标题行（据其开头的地名）')
    """
    word = issuer_source_word(source, "en")
    source = issuer_source_word(source, "zh") + source[len(word):] if word else source
    for english, chinese in ISSUER_DETAILS_ZH:
        source = re.sub(english, chinese, source)
    return source


def issuer_source_word(source: str, lang: str) -> str:
    """The word naming where an issuer was read (what ``source``, :attr:`zygraph.names.issuer.Issuer.source`, opens
    with) in the edition's language, "" for a source it does not name.

    >>> issuer_source_word("title (a bare 县人民政府办公室: its level, no place)", "zh"), issuer_source_word("signature", "en")
    ('标题', 'signature')
    >>> issuer_source_word("table title", "zh"), issuer_source_word("", "zh")
    ('表题', '')
    """
    return next((zh if lang == "zh" else en for en, zh in ISSUER_SOURCES_ZH if source.startswith(en)), "")


#: The mark put before Chinese text the English edition has no translation for.
UNTRANSLATED = "[zh] "


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    """Return the bundled glossary (``zygraph/data/glossary.csv``): Chinese text -> English, one row each.

    Examples
    --------
    >>> glossary()["组织实施"]
    'Organisation and implementation'
    """
    with resources.files("zygraph").joinpath("data", "glossary.csv").open(encoding="utf-8", newline="") as handle:
        return {row["zh"].strip(): row["en"].strip() for row in csv.DictReader(handle) if row.get("zh")}


def translate(text, lang: str) -> str:
    """Return ``text`` (an area, title or issuer) in the edition's language.

    The Chinese edition keeps it as written; the English one takes the
    glossary's English, or keeps the Chinese behind :data:`UNTRANSLATED` so a
    reader sees it was not translated.

    Examples
    --------
    >>> translate("组织实施", "en"), translate("组织实施", "zh"), translate("新的领域", "en")
    ('Organisation and implementation', '组织实施', '[zh] 新的领域')
    """
    text = "" if text is None else str(text)
    if lang != "en" or not text:
        return text
    return glossary().get(text.strip()) or UNTRANSLATED + text
