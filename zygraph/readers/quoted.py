"""Tasks a news report quotes from a document with the units it gives them (针对“…”，《意见》要求A、B等按职责分工负责).

A report of a division of work (a trade paper's summary of the State Council's division of the work report) does
not copy its table: it picks the tasks that concern its readers, quotes each in quotation marks and says, in a
sentence of its own, which units the document gives it::

    其中，在提到“进一步清理用电不合理加价”时，《意见》明确，由国家发展改革委、财政部等按职责分工负责，12月底前完成。
    针对“深入实施可持续发展战略”，《意见》要求国家发展改革委、生态环境部等按职责分工负责，年内持续推进。
    《意见》规定，生态环境部、科技部等按职责分工负责，12月底前完成“强化大气污染综合治理”的任务。

Each such sentence is one task, its text the sentence as written; its units are the clause naming them with a role
word (:func:`zygraph.sentences.grammar.parse_group`), after the words reporting what the document says (``《意见》要求``,
``规定，``, ``由``). A sentence quoting short names only (``包括“降低电价”“绿色转型”等``) or naming no units with
a role word is none, and so is one whose units are units in general (``各地区各部门按职责分工负责``). The paragraph
reader reads a notice so only when nothing else in it names a unit.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general
from zygraph.findings import Finding
from zygraph.sentences.finished import reports_finished
from zygraph.sentences.grammar import Item, assign_roles, names_units, parse_group
from zygraph.readers.raw import RawRow
from zygraph.sentences.speakers import DOCUMENT, SAYS

__all__ = ["quoted_task_units", "quoted_tasks"]

#: The shortest quoted text that is a task, not a name or a slogan (“降低电价” names a field, 4 characters).
_TASK_CHARACTERS = 8
_OPEN, _CLOSE = "“", "”"
#: Where a sentence ends, its mark kept with it.
_SENTENCE = re.compile("(?<=[。！!？?])")
#: The marks between clauses.
_CLAUSE_MARKS = "，,；;：:"
#: A document named as saying what it requires, the subject of the reporting verb: 《意见》明确, 《方案》要求, 通知规定;
#: a sentence without it quotes a slogan or a goal (围绕“…”目标), no document's task.
_DOCUMENT_SAYS = re.compile(f"{DOCUMENT}[^，,。；;“”]{{0,4}}?{SAYS}")
#: The words before the units reporting what the document says: 《意见》明确，由A…; 《意见》要求A…; 规定，A…
_REPORTING = re.compile("^(?:[^《》]{0,6}《[^》]{1,30}》)?(?:明确|要求|规定|提出|指出|强调|确定)?(?:要求)?由?")


def _clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``, split at commas, semicolons and colons outside quotation marks."""
    clauses, current, depth = [], "", 0
    for char in sentence:
        depth += (char == _OPEN) - (char == _CLOSE and depth > 0)
        if char in _CLAUSE_MARKS and depth == 0:
            clauses.append(current)
            current = ""
        else:
            current += char
    return [clause.strip(" 。") for clause in [*clauses, current] if clause.strip(" 。")]


def _quotes_a_task(sentence: str) -> bool:
    """True when ``sentence`` quotes a text long enough to be a task (“进一步清理用电不合理加价”)."""
    return any(len(quoted) >= _TASK_CHARACTERS for quoted in re.findall(f"{_OPEN}([^{_OPEN}{_CLOSE}]+){_CLOSE}",
                                                                             sentence))


def quoted_task_units(sentence: str, known=None) -> list[Item] | None:
    """The units a sentence quoting a task gives it (``针对“…”，《意见》要求A、B等按职责分工负责``), or None.

    The sentence must name the document as saying what it requires (``《意见》要求``, ``通知明确``) and report no
    work finished (``已完成``, ``了``): a quoted slogan in news of work done is no task.

    Examples
    --------
    >>> s = "针对“深入实施可持续发展战略”，《意见》要求国家发展改革委、生态环境部等按职责分工负责，年内持续推进。"
    >>> [(i.text, i.role) for i in quoted_task_units(s)]
    [('国家发展改革委', 'responsible'), ('生态环境部', 'responsible')]
    >>> s = "《意见》规定，科技部、公安部等按职责分工负责，12月底前完成“强化大气污染综合治理”的任务。"
    >>> [i.text for i in quoted_task_units(s)]
    ['科技部', '公安部']
    >>> quoted_task_units("涉及能源行业的有9项，包括“降低电价”“绿色转型”等。") is None
    True
    >>> quoted_task_units("针对“深入实施可持续发展战略”，《意见》要求各地区各部门按职责分工负责。") is None
    True
    >>> quoted_task_units("围绕“进一步优化政务服务提升行政效能”目标，由县政务中心牵头，已完成改革任务。") is None
    True
    """
    if not _quotes_a_task(sentence) or not _DOCUMENT_SAYS.search(sentence) or reports_finished(sentence):
        return None  # no document says it requires the work, or the work is reported finished (已完成): news
    named = []
    for clause in _clauses(sentence):
        items = None if _OPEN in clause or _CLOSE in clause else _clause_units(clause, known)
        if items is None and named:
            break  # the units named, clause after clause (要求A牵头，B配合), end where a clause names none
        named += items or []
    return named or None


def _clause_units(clause: str, known=None) -> list[Item] | None:
    """The units ``clause`` names with a role word after the words reporting the document, none in general; or None."""
    items = parse_group(clause[_REPORTING.match(clause).end():], known)
    if items and names_units(items, known) and not any(in_general(item.text) for item in items):
        return items
    return None


def quoted_tasks(pairs, findings: list) -> list[RawRow]:
    """One row for each sentence of the logical lines ``pairs`` (line number, text) that quotes a task and names the
    units the document gives it (:func:`quoted_task_units`), the sentence its text; a ``quoted_task`` and a
    ``role_rule`` finding each.

    Examples
    --------
    >>> rows = quoted_tasks([(1, "3月25日，国务院印发《意见》。"),
    ...                      (2, "针对“深入实施可持续发展战略”，《意见》要求市发改委、市财政局等按职责分工负责。")], [])
    >>> [(r.line, r.task[:8], r.lead, r.support) for r in rows]
    [(2, '针对“深入实施可', '市发改委、市财政局', '')]
    """
    rows = []
    for number, text in pairs:
        for sentence in (part.strip() for part in _SENTENCE.split(text) if part.strip()):
            items = quoted_task_units(sentence)
            if not items:
                continue
            leads, supports, rule = assign_roles(items)
            findings.append(Finding(number, "info", "quoted_task", f"a sentence of a report quotes a task and names "
                                    f"the units the document gives it, {'、'.join(leads + supports)}: "
                                    f"{sentence[:30]}", "read the sentence as a task of those units; the words "
                                    "reporting the document are no unit; nothing else in the notice names a unit"))
            findings.append(Finding(number, "info", "role_rule", rule, "roles assigned as the rule says"))
            rows.append(RawRow.of_units(number, sentence, leads, supports))
    return rows
