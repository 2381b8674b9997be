"""Where a task's paragraph starts and ends: a working group's duties joined onto it, a report's lead-in cut off it.

Two shapes put a task's bounds where the paragraph reader does not look for them:

* an emergency plan's working groups, each an item naming the group and who makes it up, then its duties in a
  paragraph of their own::

      一、污染处置组。由环境保护部牵头，公安部、交通运输部等参加。
      主要职责：收集汇总相关数据，组织进行技术研判；……

  The duties are the group's work: the paragraph is joined onto its item, so the task is the group, who makes it
  up and what it does (:func:`group_duties_joined`);
* a news paragraph reporting a document, which leads in with its own words and then quotes a task whose units a
  label closes (``……目标任务。其中明确指出：贯彻实施……。分管领导：…；部门分工：A牵头，B配合。``): the report's
  words up to the colon are no part of the task and are cut off into a paragraph of their own
  (:func:`lead_in_apart`);
* a report's points 一是, 二是 … broken over lines inside a point (``…一是要压实责任。`` / ``各街道要…；二是…``): the
  lines are joined again into the one paragraph (:func:`zygraph.readers.point_lines.point_lines_joined`);
* a task numbered with a title of its own with no stop, over paragraphs and the bracket naming its units
  (``1.强化区级主体责任`` / ``区交通委负责…。`` / ``（责任单位：A、B）``): the paragraphs and the bracket are joined onto
  the title (:func:`zygraph.readers.titled_tasks.titled_tasks_joined`).

Lines hold paragraphs split by :data:`zygraph.readers.lines.PARAGRAPH_BREAK` where a copy ran them together.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.role_words import label_start
from zygraph.readers.assignment import find_assignment
from zygraph.readers.lines import HEADING, PARAGRAPH_BREAK
from zygraph.readers.point_lines import point_lines_joined
from zygraph.readers.titled_tasks import titled_tasks_joined

__all__ = ["group_duties_joined", "lead_in_apart", "task_bounds"]

#: A paragraph giving a group's duties: 主要职责：…, 工作职责：…, 职责：…
_DUTIES = re.compile("^(?:主要|工作|具体)?职责[：:]")
#: A group an item names before who makes it up: 一、污染处置组。 (组, 工作组, 专班, 小组).
_GROUP = re.compile("^[^。，,；;：:]{2,16}(?:组|专班)[。.：:]")
#: The words that lead in to what a report quotes: 其中明确指出：, 方案提出：, 要求如下：
_LEAD_IN = re.compile("(?:指出|提出|明确|强调|规定|要求|如下)[：:]")


def group_duties_joined(parts: list[str]) -> list[int]:
    """The indices of ``parts`` (paragraphs in order) that give the duties of the working group the part before names.

    A part is such when it opens with 主要职责： and the part before it (blank parts skipped: a blank line between
    paragraphs, as a text or Word export writes them) is a heading naming a group and who makes it up
    (``一、污染处置组。由A牵头，B等参加。``).

    Examples
    --------
    >>> group_duties_joined(["一、污染处置组。由环境保护部牵头，公安部等参加。", "主要职责：收集汇总相关数据。",
    ...                      "二、联络组。", "主要职责：做好联络。"])
    [1]
    >>> group_duties_joined(["一、联络组。由县政府办牵头，县公安局参加。", "", "主要职责：做好联络。"])
    [2]
    >>> group_duties_joined(["一、加强监测。由环境保护部牵头，公安部等参加。", "主要职责：收集汇总相关数据。"])
    []
    """
    joined = []
    for index in range(1, len(parts)):
        above = _part_before(parts, index)
        if above is None:
            continue
        before, part = parts[above], parts[index]
        heading = HEADING.match(before)
        if not _DUTIES.match(part) or heading is None:
            continue
        named = before[heading.end():]
        if _GROUP.match(named) and find_assignment(named[_GROUP.match(named).end():]) is not None:
            joined.append(index)
    return joined


def _part_before(parts: list[str], index: int) -> int | None:
    """The index of the last part before ``index`` that is not blank, or None."""
    return next((at for at in range(index - 1, -1, -1) if parts[at].strip()), None)


def lead_in_apart(paragraph: str) -> int | None:
    """Where the task a report quotes starts in ``paragraph``, after its lead-in, or None.

    The lead-in holds a sentence of the report's own at least and ends with the words leading in to what it quotes
    (``其中明确指出：``); the rest names its units with a role label (``部门分工：A牵头``) after the task.

    Examples
    --------
    >>> text = "省政府办公厅印发《方案》。其中明确指出：推动5G网络覆盖。部门分工：省工业和信息化厅牵头，省发展改革委配合。"
    >>> text[lead_in_apart(text):][:6]
    '推动5G网络'
    >>> lead_in_apart("会议指出：推动5G网络覆盖。部门分工：省工业和信息化厅牵头。") is None
    True
    >>> lead_in_apart("省政府印发《方案》。其中明确指出：推动5G网络覆盖。") is None
    True
    """
    for found in _LEAD_IN.finditer(paragraph):
        before, rest = paragraph[: found.start()], paragraph[found.end():]
        if "。" not in before or not rest.strip():
            continue
        at = label_start(rest)
        if at is not None and at > 0 and _LEAD_IN.search(rest[:at]) is None:
            return found.end()
        return None
    return None


def task_bounds(lines: list[str], findings: list) -> list[str]:
    """``lines`` with each working group's duties joined onto its item and each report's lead-in cut off its task.

    A ``group_duties``, ``report_lead_in``, ``point_lines`` or ``titled_task`` finding says where.

    Examples
    --------
    >>> lines = ["一、污染处置组。由环境保护部牵头，公安部等参加。", "主要职责：收集汇总相关数据。"]
    >>> task_bounds(lines, [])
    ['一、污染处置组。由环境保护部牵头，公安部等参加。主要职责：收集汇总相关数据。', '']
    """
    out = []
    lines = titled_tasks_joined(lines, findings)  # 1.强化责任 / 区交通委负责… / （责任单位：…）: one task
    for number, line in enumerate(point_lines_joined(lines, findings), start=1):  # a point broken over lines, whole
        parts = []
        for part in line.split(PARAGRAPH_BREAK):
            at = lead_in_apart(part)
            if at is not None:
                findings.append(Finding(number, "info", "report_lead_in", f"a report leads in to the task it quotes: "
                                        f"{part[:at][-30:]}", "read the task from after the lead-in; the report's "
                                        "words are no part of it"))
                parts += [part[:at], part[at:]]
            else:
                parts.append(part)
        out.append(parts)
    flat = [(row, index) for row, parts in enumerate(out) for index in range(len(out[row]))]
    texts = [out[row][index] for row, index in flat]
    for position in reversed(group_duties_joined(texts)):
        (row, index), (above_row, above_index) = flat[position], flat[_part_before(texts, position)]
        findings.append(Finding(row + 1, "info", "group_duties", f"a working group's duties follow the item naming "
                                f"it and who makes it up: {out[above_row][above_index][:20]}",
                                "read the duties as part of the group's task"))
        out[above_row][above_index] += out[row][index]
        out[row][index] = ""
    return [PARAGRAPH_BREAK.join(part for part in parts if part) for parts in out]
