"""Units a sentence sets a deadline as its subject: ``各省份于11月底前完成…``, ``3月底前国家卫生健康委完成…``.

A section of an opinion or a plan may give each step of a procedure to the body that takes it with a date, no
label, bracket, role word or 要: the units are the subject of a clause holding a deadline, before it
(``各省份于2019年11月底前完成…``, ``国家卫生健康委每年3月底前完成…``) or after it (``3月底前国家卫生健康委完成…``), or
open a sentence whose later clause sets the deadline (``各三级公立医院对照指标体系，在2019年9月底前，完成…``).
The deadline is a date with 前 (``9月底前``, ``2019年12月底前``): a date alone is when something happened.
"""

from __future__ import annotations

import re

from zygraph.grammar import Item, split_clauses
from zygraph.subject_units import duty_subject_units
from zygraph.unitlist import looks_like_unit_list, split_units

__all__ = ["dated_subject_units", "DATED_SUBJECT_WORD"]

#: What an item read here records as its word, for the role rule: the units are the subject of a deadline (于…前).
DATED_SUBJECT_WORD = "于…前"
_MONTH = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}日|底|末|中旬|下旬|上旬)?"
#: A deadline: 9月底前, 2019年12月底前, 每年2月底前, 年底前, 2020年前.
_DEADLINE = f"(?:每年)?(?:(?:\\d{{4}}年)?{_MONTH}|\\d{{4}}年(?:底)?|年底)前"
#: Units before their deadline, opening a clause: 各省份于2019年11月底前…, 国家卫生健康委每年3月底前….
_UNITS_THEN_DEADLINE = re.compile(f"^(?P<units>[^，,。；;：:\\d]{{2,40}}?)(?:于|在)?{_DEADLINE}")
#: A deadline opening a clause, the units after it and the verb of their work: 3月底前国家卫生健康委完成….
_DEADLINE_THEN_UNITS = re.compile(f"^(?:于|在)?{_DEADLINE}[，,]?(?P<units>[^，,。；;：:\\d]{{2,40}}?)"
                                  "(?=完成|启动|开展|组织|报送|提交|制定|出台|建立|实现|上报|公布)")
#: A clause that is a deadline alone, with perhaps the verb of the work after it: 在2019年9月底前, 9月底前完成.
_DEADLINE_CLAUSE = re.compile(f"^(?:于|在)?{_DEADLINE}")


def dated_subject_units(text: str, known=None) -> list[Item]:
    """The units ``text``'s clauses set deadlines as their subjects, in order, each once; responsible.

    Examples
    --------
    >>> [i.text for i in dated_subject_units("2020年起，每年2月底前各省份完成考核工作，3月底前国家卫生健康委完成分析。")]
    ['各省份', '国家卫生健康委']
    >>> [i.text for i in dated_subject_units("国家卫生健康委于2019年12月底前完成分析。")]
    ['国家卫生健康委']
    >>> [i.text for i in dated_subject_units("各三级公立医院对照指标体系，在2019年9月底前，完成评估。")]
    ['各三级公立医院']
    >>> dated_subject_units("2019年12月底前完成第一次考核。考核结果反馈医院。")
    []
    >>> dated_subject_units("3月16日，市住建局召开会议。")  # a date alone is no deadline
    []
    """
    items, seen, opening = [], set(), None  # opening: the units the current sentence opens with
    for clause, ends in split_clauses(text):
        found = _dated_units(clause, known)
        if opening is None:
            opening = duty_subject_units(clause, known) or []
        elif found is None and opening and _DEADLINE_CLAUSE.match(clause):
            found = [item.text for item in opening]  # 各三级公立医院对照…，在9月底前，完成…: the sentence's subject
        for name in found or []:
            if name not in seen:
                seen.add(name)
                items.append(Item(name, "responsible", DATED_SUBJECT_WORD))
        if ends:
            opening = None
    return items


def _dated_units(clause: str, known=None) -> list[str] | None:
    """The names of the units a clause sets a deadline as its subject, or None."""
    for pattern in (_UNITS_THEN_DEADLINE, _DEADLINE_THEN_UNITS):
        found = pattern.match(clause)
        if found and looks_like_unit_list(found.group("units"), known):
            return split_units(found.group("units"), known)
    return None
