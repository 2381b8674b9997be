"""Read one record of a vertical table a copy flattened to ``field | value |`` lines as a task and its label lines."""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.role_words import starts_with_label
from zygraph.readers.columns import column_for

__all__ = ["record_lines"]

#: A field and its value, each a cell closed by a bar: ``反馈问题 | 自治区…。 |``.
_FIELD = re.compile(r"^\s*([^|。；;，,]{2,16}?)\s*\|\s*(\S[^|]*?)\s*\|?\s*$")
_FEWEST_FIELDS = 3  # lines of a record: a task, its units, and at least one more field
_UNIT_COLUMNS = ("lead", "support")


def record_lines(text: str, findings: list) -> str:
    """``text`` with each run of ``field | value |`` lines that is one record of a vertical table (a field naming
    its task, one or more naming its units) given back as the paragraph reader reads a task: the first task field's
    value on its line, then each unit field's value as a label line (the field written as the label when the value
    names none); the record's other fields (checks, targets, measures, people, telephones) are left out, and a
    finding says so. Lines keep their numbers; other text comes back unchanged.

    Examples
    --------
    >>> page = "存在问题 | 甲河段堆放垃圾。 |\\n整改措施 | 清运垃圾。 |\\n责任单位 | 乙镇人民政府 |\\n责任人 | 王某 |"
    >>> found = []
    >>> record_lines(page, found).split("\\n")
    ['甲河段堆放垃圾。', '', '责任单位：乙镇人民政府', '']
    >>> found[0].code
    'record_fields'
    """
    lines = text.split("\n")
    run: list[int] = []
    for number in range(len(lines) + 1):
        if number < len(lines) and _FIELD.match(lines[number]):
            run.append(number)
            continue
        if len(run) >= _FEWEST_FIELDS:
            _read_record(lines, run, findings)
        run = []
    return "\n".join(lines)


def _read_record(lines, run, findings):
    """Rewrite the record on the lines ``run`` of ``lines`` in place, when it names a task and its units."""
    fields = {number: _FIELD.match(lines[number]).groups() for number in run}
    columns = {number: column_for(field) for number, (field, _) in fields.items()}
    tasks = [number for number in run if columns[number] == "task"]
    units = [number for number in run if columns[number] in _UNIT_COLUMNS]
    if not tasks or not units:
        return
    left = [fields[number][0] for number in run if number != tasks[0] and number not in units]
    for number in run:
        field, value = fields[number]
        if number == tasks[0]:
            lines[number] = value
        elif number in units:
            lines[number] = value if starts_with_label(value) else f"{field}：{value}"
        else:
            lines[number] = ""
    findings.append(Finding(run[0] + 1, "info", "record_fields",
                            f"one record of a vertical table, a field a line: the task is its {fields[tasks[0]][0]}, "
                            f"its units those of {'、'.join(fields[n][0] for n in units)}",
                            f"read so; its other fields left out: {'、'.join(left)}"))
