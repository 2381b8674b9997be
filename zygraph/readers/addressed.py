"""Duties a short notice gives its addressees by name, one sentence each (各乡镇要…。各成员单位依据职能…): one task each.

A short notice (a leading group's, a forum's copy of one) names its addressees on the line under its title,
then, after the rules it lays down, gives each of them its share in a sentence of its own, the addressee as
the subject, with 要 or a verb of work and no label, bracket, number or role word::

    —某区疫情防控领导小组—
    市场监管组各成员单位，各乡镇、街道人民政府：
    从1月12日起，暂时关闭农村集市；……市场要严格按照……做好疫情防控。
    各乡镇、街道人民政府要明确专人负责，做好宣传疏导……。市场监管组各成员单位依据职能加强督导检查，……。

A collective such as 各乡镇 or 各成员单位 opening a sentence is most often a call on everyone; here the notice
has said whom it means, by addressing them, and divides the work among them: two sentences or more, each
opening with addressees of its own (:func:`zygraph.subject_units.duty_subject_units`), are one task each, their
subjects responsible. Sentences after one go on its task; those before the first (the rules, the markets they
bind) are none. The paragraph reader reads a notice so only when nothing else in it names a unit.
"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.grammar import assign_roles
from zygraph.readers.raw import RawRow
from zygraph.subject_units import duty_subject_units
from zygraph.unitlist import looks_like_unit_list, split_units

__all__ = ["addressed_duties", "addressees"]

#: Logical lines at the top of a notice the addressee line may be: a title, an issuer, then the addressees.
_OPENING_LINES = 4
#: Characters before the first colon the addressees may end within, where a copy ran the opening together.
_ADDRESSEE_REACH = 160
#: The addressees, up to the colon that closes them: 市场监管组各成员单位，各乡镇、街道人民政府：.
_ADDRESSED = re.compile("^(?P<names>[^。；;：:！!？?]{2,%d})[：:]" % _ADDRESSEE_REACH)
#: Where the title or issuer run on before the addressees ends: a dash, a closing quote of a title, 通知.
_TITLE_END = re.compile(".*(?:—|-|》|”|通知|决定|意见|\\s)")
#: Commas and semicolons part addressees; 、 parts names inside one (各乡镇、街道人民政府 is one collective).
_ADDRESSEE_SEP = re.compile("[，,；;]")
#: The colon closing the addressees, the first on their line.
_COLON = re.compile("[：:]")
#: Where a sentence ends, its mark kept with it.
_SENTENCE = re.compile("(?<=[。；;！!])")
#: Sentences a notice must give to addressees, each its own, to be read as dividing the work among them.
_FEWEST_SHARES = 2


def addressees(pairs) -> tuple[int, list[str]] | None:
    """The line and names of a notice's addressees (``各乡镇人民政府，区直各部门：``), or None.

    ``pairs`` are the notice's logical lines, (line number, text). The addressees close with a colon on one of
    its first lines, after a title or issuer run on before them where a copy lost the breaks; every part between
    commas is a list of units.

    Examples
    --------
    >>> addressees([(1, "—某区领导小组—"), (2, "市场监管组各成员单位，各乡镇、街道人民政府：")])
    (2, ['市场监管组各成员单位', '各乡镇、街道人民政府'])
    >>> addressees([(1, "—某区领导小组—各乡镇人民政府：为贯彻落实…")])
    (1, ['各乡镇人民政府'])
    >>> addressees([(1, "会议要求：加强领导。")]) is None
    True
    """
    for number, text in list(pairs)[:_OPENING_LINES]:
        found = _ADDRESSED.match(text.strip())
        if found is None:
            continue
        parts = _ADDRESSEE_SEP.split(found.group("names"))
        title = _TITLE_END.match(parts[0])
        if title and title.end() < len(parts[0]):
            parts[0] = parts[0][title.end():]  # —某区领导小组—各乡镇人民政府: the issuer before the addressees
        parts = [part.strip() for part in parts]
        if all(part and looks_like_unit_list(part) for part in parts):
            return number, parts
    return None


def addressed_duties(pairs, findings: list) -> list[RawRow]:
    """One row for each sentence giving the notice's addressees (:func:`addressees`) their share by name, with
    the sentences after it that name none; no rows unless two sentences or more open with addressees of their own.

    The units are responsible (all lead, none named lead). Each task read is an ``addressed_duty`` finding.

    Examples
    --------
    >>> pairs = [(1, "甲乡镇，乙局："), (2, "暂停集市。甲乡镇要明确专人负责。做好疏导。乙局依据职能加强检查。")]
    >>> [(r.task, r.lead) for r in addressed_duties(pairs, [])]
    [('甲乡镇要明确专人负责。做好疏导。', '甲乡镇'), ('乙局依据职能加强检查。', '乙局')]
    >>> addressed_duties([(1, "甲乡镇，乙局："), (2, "甲乡镇要明确专人负责。做好疏导。")], [])
    []
    """
    pairs = list(pairs)
    found = addressees(pairs)
    if found is None:
        return []
    at, names = found
    known = set(names) | {name for part in names for name in split_units(part)}
    shares = []  # [line, text, items]
    for number, text in pairs:
        if number < at:
            continue
        if number == at:
            text = text[_COLON.search(text).end():]  # after the colon closing the addressees
        for sentence in (part for part in _SENTENCE.split(text) if part.strip()):
            items = duty_subject_units(sentence)
            if items and all(item.text in known for item in items):
                shares.append([number, sentence.strip(), items])
            elif shares and shares[-1][0] == number:
                shares[-1][1] += sentence.strip()  # a sentence naming no addressee goes on the share before it
    if len({tuple(item.text for item in items) for _, _, items in shares}) < _FEWEST_SHARES:
        return []
    rows = []
    for number, text, items in shares:
        leads, supports, rule = assign_roles(items, False)
        findings.append(Finding(number, "info", "addressed_duty", f"a sentence gives the notice's addressees "
                                f"{'、'.join(leads + supports)} their share as its subject: {text[:30]}",
                                "read the sentence (and those after it naming no addressee) as one task of them"))
        findings.append(Finding(number, "info", "role_rule", rule, "roles assigned as the rule says"))
        rows.append(RawRow(line=number, area="", task=text, lead="、".join(leads), support="、".join(supports),
                           lines={"task": number}, names={"lead": tuple(leads), "support": tuple(supports)}))
    return rows
