"""Rules a notice has units draw up, said in running text (``实施办法由A会同B制定``): one task a sentence.

Policy measures and opinions often lay down what is to be done in general terms and divide no work but one kind:
the rules that carry a measure out are to be drawn up by a named department, with others::

    建立财政增量资金存放与省内金融机构支持地方经济发展挂钩机制，实施办法由省财政厅会同省金融办制定。
    具体补助标准由市财政局另行制定。

The sentence holding such a clause is a task of those units: the one after 由 leads (it draws the rules up), those
after 会同 support. The paragraph reader reads a notice so only when nothing else in it names a unit; a clause
leaving the rules to units in general (``具体办法由各地自行制定``) or to a level above (``由上级部门制定``) names none.
Only rules still to be drawn up are work: rules already made or in force (``2020年出台的…办法由A会同B制定，已惠及…``,
``现行…标准由A制定``, ``…制定的口径``), rules a law or document lays down (``根据《…法》，国家标准由…制定``) and a cover
letter's account of how its document was drafted (``本实施方案由A起草，经…同意，现印发给你们``) are none: each such
sentence is a ``drafted_done`` finding.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general
from zygraph.findings import Finding
from zygraph.sentences.grammar import Item, assign_roles
from zygraph.readers.opening import reports_a_document
from zygraph.readers.raw import RawRow
from zygraph.sentences.subject_units import WITH
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["drafting_units", "drafted_done", "drafted_rules", "DRAFTING_VERBS"]

#: Verbs of drawing up rules a body is given after 由 (办法由A会同B拟定), shared with the running-sentence reader.
DRAFTING_VERBS = "制定|制订|出台|起草|拟定|拟订"
#: What the word of a unit read here says: the unit draws up the rules after 由.
DRAFTING_WORD = "由…制定"
#: Rules to be drawn up, the units after 由, and the verb: 实施办法由A会同B制定, 具体补助标准由A另行制定.
_DRAFTED = re.compile("(?:办法|细则|方案|标准|规定|规则|制度|意见|政策|规划|计划)由(?P<units>[^，,。；;：:由]{2,60}?)"
                      f"(?:另行|自行|负责|共同|研究|统一|抓紧|尽快|及时)?(?:{DRAFTING_VERBS})")
_WITH = re.compile("|".join(WITH))
#: Words of a sentence saying its rules are made or in force, not still to draw up: 已惠及, 曾, 现行标准, 原办法,
#: 2020年出台的办法, 印发的细则, 本方案 (the document the letter covers), 根据《…法》 (a law's words).
_MADE = re.compile("已|曾|现行|原有|原(?=办法|细则|方案|标准|规定|政策)|(?:出台|印发|制定|发布|施行)的"
                   "|^本(?:实施)?(?:办法|细则|方案|标准|规定|意见|规划|计划)|(?:根据|依照|依据|按照|根據|依據)《|规定[，,]")
#: What follows a verb of drafting done or made into a thing: 制定了, 制定的口径.
_AFTER_DONE = re.compile("^[了的]")
#: A level above the notice's issuer, no unit named: 上级部门, 上级主管部门.
_ABOVE = "上级"
#: Where a sentence ends, its mark kept with it.
_SENTENCE = re.compile("(?<=[。！!？?])")


def drafting_units(sentence: str, known=None) -> list[Item] | None:
    """The units a sentence gives the drafting of rules to (``实施办法由A会同B制定``): A leads, B supports; or None.

    Examples
    --------
    >>> [(i.text, i.role) for i in drafting_units("建立挂钩机制，实施办法由省财政厅会同省金融办制定。")]
    [('省财政厅', 'lead'), ('省金融办', 'support')]
    >>> [(i.text, i.role) for i in drafting_units("具体补助标准由市财政局、市农业局另行制定。")]
    [('市财政局', 'lead'), ('市农业局', 'lead')]
    >>> drafting_units("具体办法由各地自行制定。"), drafting_units("由省财政厅制定实施办法。")
    (None, None)
    >>> [i.text for i in drafting_units("实施办法由省财政厅制定，考核细则由省金融办制定。")]
    ['省财政厅', '省金融办']
    """
    items = []
    for found in _DRAFTED.finditer(sentence):  # 实施办法由A制定，考核细则由B制定: every clause
        read = _drafting(found, known)
        if read is None:
            return None
        items += read
    return items or None


def drafted_done(sentence: str) -> bool:
    """True when ``sentence`` says its rules are already made or in force, or reports a document's drafting: no work
    still to do (:mod:`zygraph.readers.drafted`).

    >>> drafted_done("2020年出台的稳岗补贴办法由市人社局会同市财政局制定，已惠及企业3000余家。")
    True
    >>> drafted_done("现行缴费标准由省人社厅制定，各地不得擅自调整。"), drafted_done("具体补助标准由市财政局另行制定。")
    (True, False)
    """
    return _MADE.search(sentence) is not None or reports_a_document(sentence) \
        or any(_AFTER_DONE.match(sentence[found.end():]) for found in _DRAFTED.finditer(sentence))


def _drafting(found: re.Match, known=None) -> list[Item] | None:
    """The units of one drafting clause: the one after 由 leads, those after 会同 support; None for units in general
    or a level above."""
    drafting, *partners = _WITH.split(found.group("units"), maxsplit=1)
    items = []
    for names, role in ((drafting, "lead"), (partners[0] if partners else "", "support")):
        if not names:
            continue
        if not looks_like_unit_list(names, known) or in_general(names) or _ABOVE in names:
            return None
        items += [Item(name, role, DRAFTING_WORD if role == "lead" else "会同") for name in split_units(names, known)]
    return items


def drafted_rules(pairs, findings: list) -> list[RawRow]:
    """One row for each sentence of the notice's logical lines ``pairs`` (line number, text) giving the drafting of
    rules to units (:func:`drafting_units`), the sentence its text; a ``drafted_rules`` and a ``role_rule`` finding each.

    Examples
    --------
    >>> rows = drafted_rules([(1, "一、扩大信贷"), (2, "鼓励银行放贷。建立机制，实施办法由省财政厅会同省金融办制定。")], [])
    >>> [(r.line, r.task, r.lead, r.support) for r in rows]
    [(2, '建立机制，实施办法由省财政厅会同省金融办制定。', '省财政厅', '省金融办')]
    """
    rows = []
    for number, text in pairs:
        for sentence in (part.strip() for part in _SENTENCE.split(text) if part.strip()):
            items = drafting_units(sentence)
            if not items:
                continue
            if drafted_done(sentence):
                findings.append(Finding(number, "info", "drafted_done", f"a sentence says rules drawn up by "
                                        f"{'、'.join(item.text for item in items)} are made or in force: "
                                        f"{sentence[:30]}", "not read as a task: no work still to do"))
                continue
            leads, supports, rule = assign_roles(items)
            findings.append(Finding(number, "info", "drafted_rules", f"a sentence gives the drafting of rules to "
                                    f"{'、'.join(leads + supports)}: {sentence[-30:]}",
                                    "read the sentence as a task of those units (the one after 由 leads, those after "
                                    "会同 support); nothing else in the notice names a unit"))
            findings.append(Finding(number, "info", "role_rule", rule, "roles assigned as the rule says"))
            rows.append(RawRow.of_units(number, sentence, leads, supports))
    return rows
