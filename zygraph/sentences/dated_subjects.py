"""Units a sentence sets a deadline as its subject: ``各省份于11月底前完成…``, ``3月底前国家卫生健康委完成…``.

A section of an opinion or a plan may give each step of a procedure to the body that takes it with a date, no
label, bracket, role word or 要: the units are the subject of a clause holding a deadline, before it
(``各省份于2019年11月底前完成…``, ``国家卫生健康委每年3月底前完成…``) or after it (``3月底前国家卫生健康委完成…``), or
open a sentence whose later clause sets the deadline (``各三级公立医院对照指标体系，在2019年9月底前，完成…``).
The deadline is a date with 前 (``9月底前``, ``2019年12月底前``): a date alone is when something happened. A sentence
reporting work done (``于…前印发了``, ``已全部完成``, ``全面完成了改造``) sets no deadline, and a sentence's opening
subject is the deadline's only when its own clause says how it works (``对照指标体系``), not what it did
(``省人民政府批复同意``, ``市委市政府高度重视``): an approver or a body reported on is no responsible unit.
"""

from __future__ import annotations

import re

from zygraph.sentences.finished import reports_finished
from zygraph.sentences.grammar import Item, split_clauses
from zygraph.sentences.subject_units import duty_subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import VERB_NOT_NAME
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["dated_subject_units", "DATED_SUBJECT_WORD"]

#: What an item read here records as its word, for the role rule: the units are the subject of a deadline (于…前).
DATED_SUBJECT_WORD = "于…前"
_MONTH = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}日|底|末|中旬|下旬|上旬)?"
#: A deadline: 9月底前, 2019年12月底前, 每年2月底前, 年底前, 2020年前.
_DEADLINE = f"(?:每年)?(?:(?:\\d{{4}}年)?{_MONTH}|\\d{{4}}年(?:底)?|年底)前"
#: Units before their deadline, opening a clause: 各省份于2019年11月底前…, 国家卫生健康委每年3月底前….
_UNITS_THEN_DEADLINE = re.compile(f"^(?P<units>[^，,。；;：:\\d]{{2,40}}?)(?:于|在)?{_DEADLINE}")
#: A deadline opening a clause, the units after it, perhaps how they work (对照标准, 按照…), and the verb of their
#: work: 3月底前国家卫生健康委完成…; 9月30日前，A、B对照标准完成….
_DEADLINE_THEN_UNITS = re.compile(f"^(?:于|在)?{_DEADLINE}[，,]?(?P<units>[^，,。；;：:\\d]{{2,40}}?)"
                                  f"(?=(?:(?:对照|對照|按照|依照|参照|參照)[^，,。；;：:]{{1,12}}?)?(?:完成|启动|开展|组织|报送|提交|制定|出台|建立|实现|上报|公布){VERB_NOT_NAME})")
#: A clause that is a deadline alone, with perhaps the verb of the work after it: 在2019年9月底前, 9月底前完成.
_DEADLINE_CLAUSE = re.compile(f"^(?:于|在)?{_DEADLINE}")
#: A clause that is a deadline and nothing else: 9月30日前.
_DEADLINE_ALONE = re.compile(f"(?:于|在)?{_DEADLINE}")
#: How the units opening a sentence work, after their names in their own clause: 对照指标体系, 按照…, 结合实际,
#: or a modal (要, 应). Anything else (批复同意, 高度重视) is a verb of their own, no deadline's subject.
_MANNER = re.compile("^(?:对照|對照|按照|根据|根據|依据|依據|依照|参照|參照|结合|結合|围绕|圍繞|针对|針對|通过|通過|"
                     "要|应|應|须|須|必须|必須|务必|務必)")


def dated_subject_units(text: str, known=None) -> list[Item]:
    """The units ``text``'s clauses set deadlines as their subjects, in order, each once; responsible.

    Examples
    --------
    >>> [i.text for i in dated_subject_units("2020年起，每年2月底前各省份完成考核工作，3月底前国家卫生健康委完成分析。")]
    ['各省份', '国家卫生健康委']
    >>> [i.text for i in dated_subject_units("国家卫生健康委于2019年12月底前完成分析。")]
    ['国家卫生健康委']
    >>> [i.text for i in dated_subject_units("9月30日前，区建设委、区房管局对照标准完成底数排查。")]
    ['区建设委', '区房管局']
    >>> [i.text for i in dated_subject_units("各三级公立医院对照指标体系，在2019年9月底前，完成评估。")]
    ['各三级公立医院']
    >>> dated_subject_units("2019年12月底前完成第一次考核。考核结果反馈医院。")
    []
    >>> dated_subject_units("3月16日，市住建局召开会议。")  # a date alone is no deadline
    []
    >>> dated_subject_units("省政府于2019年12月底前印发了实施方案。")  # work done, no deadline
    []
    """
    items, seen = [], set()
    found_here, opening, done = [], None, False  # the sentence's units, its opening subject, whether it reports
    deadline = ""  # a clause that is a deadline alone (9月30日前，): the next clause's units are its subject
    for clause, ends in split_clauses(text):
        found = _dated_units(deadline + clause, known) if deadline else _dated_units(clause, known)
        deadline = clause if _DEADLINE_ALONE.fullmatch(clause.strip()) and not ends else ""
        if opening is None:
            opening = _opening_subject(clause, known)
        elif found is None and opening and _DEADLINE_CLAUSE.match(clause):
            found = [item.text for item in opening]  # 各三级公立医院对照…，在9月底前，完成…: the sentence's subject
        found_here += found or []
        done = done or reports_finished(clause)  # 印发了, 已全部完成, 累计完成: work reported finished
        if not ends:
            continue
        for name in [] if done else found_here:  # 省政府于2019年12月底前印发了…: done, no deadline
            if name not in seen:
                seen.add(name)
                items.append(Item(name, "responsible", DATED_SUBJECT_WORD))
        found_here, opening, done = [], None, False
    return items


def _opening_subject(clause: str, known=None) -> list[Item]:
    """The units a sentence's first clause opens with when the rest of the clause says how they work (nothing, or
    对照…, 按照…, 要…), else []."""
    items = duty_subject_units(clause, known) or []
    if not items:
        return []
    after = clause.find(items[-1].text)
    rest = clause[after + len(items[-1].text):] if after >= 0 else clause
    return items if not rest.strip() or _MANNER.match(rest.lstrip("，, ")) else []


def _dated_units(clause: str, known=None) -> list[str] | None:
    """The names of the units a clause sets a deadline as its subject, or None."""
    for pattern in (_UNITS_THEN_DEADLINE, _DEADLINE_THEN_UNITS):
        found = pattern.match(clause)
        if found and looks_like_unit_list(found.group("units"), known):
            return split_units(found.group("units"), known)
    return None
