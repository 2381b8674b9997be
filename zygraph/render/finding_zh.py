"""Chinese wording of the readers' most frequent findings whose English takes more than one pattern.

:func:`zygraph.render.editions.finding_text` asks :func:`routine_zh` before
its one-pattern catalogue; a finding neither knows stays English and is shown
in the Chinese edition behind an "英文原文" fold, under its Chinese type name
(:data:`TYPES_ZH`).
"""

from __future__ import annotations

import re

from zygraph.render.style import KIND_LABELS

__all__ = ["TYPES_ZH", "NORMALISED_ZH", "routine_zh"]

#: What the text normalisation did, by code (:data:`zygraph.readers.normalize.CHANGES`), in Chinese.
NORMALISED_ZH = {
    "font_punctuation": "PDF 字体把标点编码为彝文音节（ꎬ ꎮ），已还原为所印的标点",
    "letter_spaced": "PDF 副本在每个字之间加的空格已删除",
    "readings": "字后插入的拼音注音已删除",
    "traditional": "繁体字已转为简体字",
    "ascii_punctuation": "中文旁的半角标点已改为全角",
    "units_by_space": "仅以空格分隔的单位名已改用顿号分隔",
    "units_run_together": "连写在一起的单位名已用顿号分开",
    "space_before_label": "标签前的空格已改为分句号（；）",
    "space_removed": "中文旁多余的空格已删除",
    "doubled_punctuation": "重复的逗号已删除",
    "scrambled": "论坛防复制的乱码已删除",
}

#: Chinese type names of the findings met on real notices that the first catalogue
#: (:data:`zygraph.render.editions.FINDING_TYPES`) does not name.
TYPES_ZH = {
    **{code: "文字规整" for code in NORMALISED_ZH},
    "traditional": "繁体转简体", "ascii_punctuation": "半角标点改全角", "readings": "删除拼音注音",
    "unit_inferred": "按名称形式推断的单位", "unit_recognised": "按名称形式识别的单位",
    "paragraphs_by_space": "一行含多段，按空格分段", "units_joined": "多个名称作一个单位",
    "responsible_column": "只有责任单位列", "numbers_glued": "编号连写，已拆开", "row_realigned": "行的单元格重新对齐",
    "task_split": "一段多句，各为一项任务", "duplicate_column": "重复的列", "headed_duty": "职责开头列出单位",
    "duty_without_verb": "职责无角色动词", "person_line": "以人名开头的行", "units_from_heading": "单位取自标题",
    "document_wide_units": "全文通用的单位", "tasks_run_on": "一行含多项任务", "cells_in_every_row": "各行相同的单元格",
    "header_joined": "表头跨行，已合并", "reading_replaced": "改用另一种读法", "subject_section": "段落以单位为主语",
    "required_sentences": "讲话要求逐句分配", "subject_sentence": "句子以单位为主语", "spaced_table": "以空格排成的表格",
    "prose_tasks": "叙述中的分工", "main_responsible_column": "第一责任单位列", "duty_in_section": "标题下的职责段落",
    "glued_row": "行文字连写，已切分", "divided_clauses": "逐句分配的分工", "groups_over_items": "分组标题作工作目录",
    "required_of_units": "点名提出要求", "decided_work": "决定或要求分配的工作", "printed_lines_joined": "印刷断行，已合并",
    "modal_duty": "以“要/将/应”分配的职责", "duty_partners": "“会同”的配合单位", "sections_split": "按主语分段",
    "units_sentence": "单独成句的单位", "lone_requirements": "只点名一次的会议要求", "subject_form": "主语的写法",
    "width_lines_joined": "按固定宽度断行，已合并", "heading_glued": "标题与条目连写", "label_lines_run_on": "标签行连写",
    "requirement_subject": "要求的主语", "page_footer": "页脚或页码", "preview_chunks": "预览分块编号",
    "label_units_glued": "标签单位与后文连写", "reading_set_aside": "未采用的读法", "merged_cells_filled": "合并单元格补齐",
    "line_endings": "换行符", "dividing_title": "分隔标题", "listed_subject": "领域列表作主语",
    "column_of_no_role": "不承担任务的列", "rows_by_item_number": "按条目编号分行", "group_heading": "分组标题",
    "extra_cells": "超出表头的单元格", "bracket_closed": "括号未闭合", "sentence_shares": "逐句分工",
    "members_run_on": "成员职责连写", "signature_apart": "落款与正文分开", "spaced_units": "单位跨行",
    "header_split_at_spaces": "表头以空格分隔", "catalog_levels": "目录层级", "mutual_help": "相互配合",
    "unit_descriptor": "单位前的说明词", "part_of_collective": "统称或其一部分", "record_fields": "记录字段",
    "converted": "已转换的文件", "flattened_table": "展平的表格", "glued_heading": "标题连写",
    "unit_column_by_content": "按内容认定的单位列", "point_lines": "分点跨行",
}

_LINES = re.compile(r"(?P<x>.*) on (?P<n>\d+) line\(s\)(?:, first (?P<a>.*))?", re.S)
_ROLES = re.compile(
    r"(?:roles from the words (?P<lw>\S+) \(lead\) and (?P<sw>\S+) \(support\)"
    r"|the units named (?:with (?P<rw>\S+)|by a heading or as their duty's subject) are all responsible and no 牵头 "
    r"is named, so all lead"
    r"|the first unit named (?:with (?P<fw>\S+)|by a heading or as their duty's subject) leads, as a note in the "
    r"document says)"
    r": lead (?P<l>[^;]*)(?:; support (?P<s>[^;]*))?(?:; people, not units: (?P<p>.*))?", re.S)
_INFERRED = re.compile(r"(?P<u>.*?) is not in the registry; .*?kind (?P<k>\w+), (?:at the (?P<v>\w+) level|at no single "
                       r"level)(?:; closest registry names: (?P<b>.*))?", re.S)
_RECOGNISED = re.compile(r"(?:(?P<u>.*?) is (?P<n>.*?),|(?P<w>.*?):) a form of the body (?P<b>.*?) "
                         r"(?:at the (?P<v>\w+) level|at no single level), kind (?P<k>\w+)(?P<r>; a name from before.*)?",
                         re.S)
_SPOT = r"(?:table (?P<tb>\d+), )?row (?P<row>\d+)"
#: Spreadsheet and table findings, by code: (pattern, Chinese message, Chinese action); ``{spot}`` is 表 n 第 m 行.
_TABLE_ZH = {
    "merged_cell": (_SPOT + r": the (?P<c>\S+) cell is merged with the one above", "{spot}的「{c}」单元格与上一行合并",
                    "本行沿用上一行的内容"),
    "area_merged": (_SPOT + r": the area cell is merged with the one above", "{spot}的工作目录单元格与上一行合并",
                    "沿用上一行的工作目录"),
    "area_carried": (_SPOT + r": the area cell is empty", "{spot}的工作目录单元格为空", "沿用上一行的工作目录"),
    "no_area": (_SPOT + r": the first row has no area", "{spot}：第一行没有工作目录", "留空"),
    "no_task_text": (r"(?:the row|" + _SPOT + r") has units but no task text", "{spot}有单位但没有任务内容",
                     "跳过；请在任务单元格中写明任务"),
    "duplicate_column": (_SPOT + r": the header names the (?P<c>\w+) column twice \((?P<a>.*)\)",
                         "{spot}：表头两次给出{c}列（{a}）", "两列内容合并读取；如其中一列另有含义，请改列名"),
    "stray_text": (r"text between tasks: (?P<a>.*)", "任务之间的文字：{a}", "忽略：不是编号任务或单位标签"),
    "line_joined": (r"a bracket opened on line (?P<a>\d+) closes on line (?P<b>\d+)", "括号在第 {a} 行开启、第 {b} 行闭合",
                    "各行合为一段读取"),
    "row_realigned": (r"the row has (?P<a>\d+) cells but the header (?P<b>\d+)", "该行有 {a} 个单元格，表头有 {b} 个",
                      "按内容把单元格分到相应的列"),
    "unit_column_by_content": (r"no header names a unit column; the column (?P<a>.*) holds unit names",
                               "没有表头标明单位列；{a}列写的是单位名", "读作承担任务的单位，均计为牵头"),
}
_COLUMNS_ZH = {"task": "任务", "lead": "牵头单位", "support": "配合单位", "area": "工作目录", "responsible": "责任单位"}
_LEVELS = {"national": "国家级", "provincial": "省级", "prefecture": "地市级", "county": "县级", "township": "乡镇级"}


def routine_zh(code: str, message: str, action: str) -> tuple[str, str] | None:
    """Return a finding's message and action in Chinese, or None when its wording is not one known here.

    Examples
    --------
    >>> routine_zh("traditional", "Traditional characters converted to Simplified on 7 line(s), first 1, 2, 3", "x")
    ('繁体字已转为简体字：共 7 行，首见第 1、2、3 行', '按规整后的文字读取')
    >>> routine_zh("role_rule", "roles from the words 牵头单位 (lead) and - (support): lead 发改委、统计局", "x")[0]
    '按用语「牵头单位」（牵头）判定角色：牵头 发改委、统计局'
    >>> routine_zh("unit_inferred", "省地税局 is not in the registry; read from its form as kind government, at the "
    ...            "provincial level", "kept")[0]
    '「省地税局」不在单位名录中；按名称形式读作省级政府部门'
    >>> routine_zh("merged_cell", "table 2, row 4: the 序号 cell is merged with the one above", "read 3")
    ('表 2 第 4 行的「序号」单元格与上一行合并', '本行沿用上一行的内容')
    >>> routine_zh("something_new", "odd", "kept") is None
    True
    """
    if code in _TABLE_ZH and (found := re.fullmatch(_TABLE_ZH[code][0], message, re.S)):
        parts = {key: value or "" for key, value in found.groupdict().items()}
        parts["spot"] = (f"表 {parts['tb']} " if parts.get("tb") else "") + (f"第 {parts['row']} 行" if parts.get("row")
                                                                           else "该行")
        parts["c"] = _COLUMNS_ZH.get(parts.get("c", ""), parts.get("c", ""))
        if parts.get("a") == "(no header)":
            parts["a"] = "无表头的"
        return _TABLE_ZH[code][1].format(**parts), _TABLE_ZH[code][2]
    if code in NORMALISED_ZH and (found := _LINES.fullmatch(message)):
        where = f"，首见第 {found['a'].replace(', ', '、')} 行" if found["a"] else ""
        return f"{NORMALISED_ZH[code]}：共 {found['n']} 行{where}", "按规整后的文字读取"
    if code == "role_rule" and (found := _ROLES.fullmatch(message)):
        if found["lw"] is not None:
            said = [f"「{word}」（{role}）" for word, role in ((found["lw"], "牵头"), (found["sw"], "配合")) if word != "-"]
            why = f"按用语{'与'.join(said)}判定角色" if said else "未写角色用语，按位置判定角色"
        elif found["fw"] is not None or "the first unit" in message:
            why = f"按文件说明，{'以「' + found['fw'] + '」列出的' if found['fw'] else ''}第一个单位牵头"
        else:
            why = f"{'以「' + found['rw'] + '」列出的' if found['rw'] else '所列'}单位均为责任单位，未写牵头，均计为牵头"
        tail = f"；配合 {found['s']}" if found["s"] else ""
        tail += f"；人名，非单位：{found['p']}" if found["p"] else ""
        return f"{why}：牵头 {found['l']}{tail}", "按规则判定角色"
    if code == "unit_inferred" and (found := _INFERRED.fullmatch(message)):
        level = _LEVELS.get(found["v"] or "", "未定层级的")
        hint = f"；最接近的名录名称：{found['b']}" if found["b"] else ""
        return (f"「{found['u']}」不在单位名录中；按名称形式读作{level}{KIND_LABELS['zh'].get(found['k'], found['k'])}{hint}",
                "按原文保留；可在 --registry 名录文件中加入该单位")
    if code == "unit_recognised" and (found := _RECOGNISED.fullmatch(message)):
        level = _LEVELS.get(found["v"] or "", "未定层级的")
        name = found["n"] or found["w"]
        written = f"「{found['u']}」即{name}，" if found["u"] else f"「{found['w']}」："
        reform = "；为改革前的名称，作为单独机构保留" if found["r"] else ""
        return f"{written}{level}「{found['b']}」机构{reform}", f"计为{name}"
    return None

