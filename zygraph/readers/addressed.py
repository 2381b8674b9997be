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
opening with addressees of its own (:func:`zygraph.sentences.subject_units.duty_subject_units`), are one task each, their
subjects responsible. Sentences after one go on its task; those before the first (the rules, the markets they
bind) are none, and one among them that names units is a finding. The paragraph reader reads a notice so only
when nothing else in it names a unit.

Most notices with an addressee line divide nothing: they cover a document (现将…印发给你们) and ask the addressees
to carry it out and report back, or urge them all alike (要高度重视…，各司其职). So the shares are read only when
the work is divided: the notice covers no document, at least one share's addressees are not units in general
(:func:`zygraph.sentences.everyone.in_general`: 县直各部门 is everyone), and a share says by which duties
(:data:`DIVISION`: 依据职能, 按照职责分工). A sentence after the first share whose subject is a unit the notice does
not address (县卫生健康局要加强医疗救治) is that unit's own share, never part of an addressee's; one whose subject
is units in general (各地要…) is a call on everyone, not read, a finding.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general
from zygraph.findings import Finding
from zygraph.readers.raw import RawRow
from zygraph.sentences.subject_units import duty_subject_units
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["addressed_duties", "addressees", "DIVISION", "COVER"]

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
#: Words by which a share says it is the addressee's part of divided work: 依据职能, 按照职责分工, 分别, 各自.
DIVISION = re.compile("职能|職能|职责|職責|分工|分别|分別|各自")
#: A notice covering a document it sends (现将《要点》印发给你们, 转发给你们): its addressees carry that out and report.
COVER = re.compile("(?:印发|印發|转发|轉發)(?:给|給)(?:你们|你們)|(?:现将|現將)[^。；;]{0,60}?(?:印发|印發|转发|轉發)")


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
    the sentences after it that name none; no rows unless two sentences or more open with addressees of their own,
    the notice covers no document (:data:`COVER`), not all of them are units in general, and one says by which
    duties it is theirs (:data:`DIVISION`). A sentence opening with a unit not addressed is its own share.

    The units are responsible (all lead, none named lead). Each task read is an ``addressed_duty`` finding, with
    a ``role_rule``; a sentence naming units before the first share, or calling on units in general among them, is
    a finding of its own.

    Examples
    --------
    >>> pairs = [(1, "甲乡镇，乙局："), (2, "暂停集市。甲乡镇要明确专人负责。做好疏导。乙局依据职能加强检查。")]
    >>> [(r.task, r.lead) for r in addressed_duties(pairs, [])]
    [('甲乡镇要明确专人负责。做好疏导。', '甲乡镇'), ('乙局依据职能加强检查。', '乙局')]
    >>> addressed_duties([(1, "甲乡镇，乙局："), (2, "甲乡镇要明确专人负责。做好疏导。")], [])
    []
    >>> addressed_duties([(1, "甲乡镇，乙局："), (2, "现将要点印发给你们。甲乡镇要报送情况。乙局要依据职能报送总结。")], [])
    []
    """
    pairs = list(pairs)
    found = addressees(pairs)
    if found is None or any(COVER.search(text) for _, text in pairs):
        return []
    at, names = found
    known = set(names) | {name for part in names for name in split_units(part)}
    shares = []  # [line, text, items, addressed]
    notes = []  # findings on sentences not read, kept only if the shares are read
    open_share = False  # whether a sentence naming no unit goes on the last share
    cut = False  # whether the addressees' colon was cut off
    for number, text in pairs:
        if number < at:
            continue
        if number == at and not cut and _ADDRESSED.match(text.strip()):
            # after the colon closing the addressees; a one-line copy split into paragraphs gives them all one line
            text, cut = text[_COLON.search(text).end():], True
        for sentence in (part.strip() for part in _SENTENCE.split(text) if part.strip()):
            items = duty_subject_units(sentence)
            if items and all(item.text in known for item in items):
                shares.append([number, sentence, items, True])
                open_share = True
            elif items and not shares:
                notes.append(Finding(number, "info", "addressed_rule_units", f"a sentence before the addressees' "
                                     f"shares names {'、'.join(item.text for item in items)}: {sentence[:30]}",
                                     "not read: the rules a notice lays down before dividing its work are no task"))
            elif items and any(in_general(item.text) for item in items):
                notes.append(Finding(number, "warning", "addressed_call_skipped", f"a sentence among the addressees' "
                                     f"shares calls on units in general ({'、'.join(item.text for item in items)}), "
                                     f"whom the notice does not address: {sentence[:30]}",
                                     "not read, nor the sentences after it naming no unit; check the notice"))
                open_share = False
            elif items:
                shares.append([number, sentence, items, False])  # a unit not addressed: its own share, not another's
                open_share = True
            elif open_share and shares[-1][0] == number:
                shares[-1][1] += sentence  # a sentence naming no unit goes on the share before it
    addressed = [items for _, _, items, to_addressee in shares if to_addressee]
    if (len({tuple(item.text for item in items) for items in addressed}) < _FEWEST_SHARES
            or all(in_general(item.text) for items in addressed for item in items)
            or not any(DIVISION.search(text) for _, text, _, _ in shares)):
        return []
    findings += notes
    rows = []
    for number, text, items, to_addressee in shares:
        leads, supports, rule = _roles(items, to_addressee)
        whose = "the notice's addressees" if to_addressee else "a unit the notice does not address,"
        findings.append(Finding(number, "info", "addressed_duty", f"a sentence gives {whose} "
                                f"{'、'.join(leads + supports)} a share as its subject: {text[:30]}",
                                "read the sentence (and those after it naming no unit) as one task of them"))
        findings.append(Finding(number, "info", "role_rule", rule, "roles assigned as the rule says"))
        rows.append(RawRow.of_units(number, text, leads, supports))
    return rows


def _roles(items, to_addressee: bool) -> tuple[list[str], list[str], str]:
    """The leads, supports and ``role_rule`` sentence of a share's subject: the units it opens with answer for it
    (lead); those it says support (会同有关部门, 做好配合) support one that leads, and lead when none does."""
    leads = [item.text for item in items if item.role != "support"]
    supports = [item.text for item in items if item.role == "support"]
    who = "addressees" if to_addressee else "units"
    if leads:
        why = f"the {who} opening the sentence as its subject answer for the share it gives them, so lead"
    else:
        leads, supports = supports, []
        why = (f"the {who} opening the sentence as its subject answer for the share it gives them, so lead, "
               "though the sentence asks them to support: it names no one they support")
    tail = f"; support {'、'.join(supports)}" if supports else ""
    return leads, supports, f"{why}: lead {'、'.join(leads)}{tail}"
