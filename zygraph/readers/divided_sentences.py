"""Tasks of a report's sentences dividing work one ；-clause a body (A组织…；B落实…；C联合…): a fallback of running text."""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.readers.raw import RawRow
from zygraph.sentences.clause_divisions import divided_sentence
from zygraph.sentences.grammar import assign_roles

__all__ = ["divided_sentences"]

#: Where a sentence ends, its mark kept with it.
_SENTENCE = re.compile("(?<=[。！!？?])")
#: The longest text before a dividing sentence in its paragraph that is the paragraph's run-in heading
#: (第三、“大回访”。), kept with the first share as a heading opening its paragraph is.
_HEADING_LONGEST = 16


def divided_sentences(pairs, findings: list) -> list[RawRow]:
    """One row for each ；-clause of a sentence of the logical lines ``pairs`` (line number, text) that divides work
    among the bodies opening its clauses (:func:`zygraph.sentences.clause_divisions.divided_sentence`); a
    ``divided_sentence`` finding for each such sentence and a ``role_rule`` one for each row.

    Examples
    --------
    >>> found = []
    >>> rows = divided_sentences([(1, "本报讯 马拉松赛临近。"), (2, "三、分工。市团委协调志愿者；市交通公司落实大客车；"
    ...                            "市传媒集团组织宣传。")], found)
    >>> [(r.line, r.task[:8], r.lead) for r in rows]
    [(2, '三、分工。市团委', '市团委'), (2, '市交通公司落实大', '市交通公司'), (2, '市传媒集团组织宣', '市传媒集团')]
    >>> sorted({f.code for f in found})
    ['divided_sentence', 'role_rule']
    """
    rows = []
    for number, text in pairs:
        before = ""
        for sentence in (part for part in _SENTENCE.split(text) if part.strip()):
            tasks = divided_sentence(sentence.strip())
            if not tasks:
                before += sentence
                continue
            findings.append(Finding(number, "info", "divided_sentence", f"a sentence divides work among the bodies "
                                    f"opening its {len(tasks)} ；-clauses, with no role word: {sentence.strip()[:30]}",
                                    "read each clause as a task of the bodies opening it, responsible"))
            heading = before.strip() if len(before.strip()) <= _HEADING_LONGEST else ""
            for at, (task, items) in enumerate(tasks):
                leads, supports, rule = assign_roles(items)
                findings.append(Finding(number, "info", "role_rule", rule, "roles assigned as the rule says"))
                rows.append(RawRow.of_units(number, (heading if at == 0 else "") + task, leads, supports))
            before = ""
    return rows
