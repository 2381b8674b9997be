"""Units a sentence names clause by clause as what they are for the work, after 明确: 明确A为责任主体，B为工作主体."""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.role_words import LABELS, role_of
from zygraph.names.people import cadres, personal_name
from zygraph.sentences.set_up_body import set_up_body
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import COLLECTIVE_ENDINGS

__all__ = ["designated_clauses", "named_bodies", "DESCRIBING", "FIXES", "LABEL_WORDS", "NAMED_AS"]

#: The verb that opens the designations, saying the work's bodies are fixed: 明确, 确定, 确立, 指定 (Traditional too).
FIXES = re.compile("^\\s*(?:明确|明確|确定|確定|确立|確立|指定)")
#: The role labels (:data:`zygraph.sentences.grammar.LABELS`) as one alternation, the longest first.
LABEL_WORDS = "|".join(sorted(LABELS, key=len, reverse=True))
#: What comes between what is named and its label, shared by every reading of ``A为<label>``: 为 (or 是), what the
#: label is for ending in 的 (optional: 为全县项目的牵头单位) or the body it leads, no 的 needed (为联席会议牵头单位,
#: 为领导小组牵头单位: a conference's or group's lead), an overall 总 (总牵头单位 leads as 牵头单位 does).
NAMED_AS = "(?:为|為|是)(?:[^，,。；;：:]{1,30}?的|[^，,。；;：:的]{0,20}?(?:联席会议|聯席會議|领导小组|領導小組|工作专班|委员会|委員會|指挥部|指揮部))?总?"
#: One clause: what is named, 为 (or 是), and a role label or a person's post (第一责任人, 具体责任人: people, no
#: unit), ending its clause.
_CLAUSE = re.compile(f"^(?P<named>[^，,。；;：:]{{2,40}}?){NAMED_AS}"
                     f"(?P<label>{LABEL_WORDS}|[^，,。；;：:]{{0,6}}(?:责任人|責任人))[，,。；;]?$")
#: What describes units by what they have to do, up to its 的: 有整治任务的, 承担试点任务的, 负有监管职责的.
DESCRIBING = "(?:有|承担|承擔|涉及|负有|負有)[^，,。；;：:的]{1,20}的"
#: Units described by what they have to do, a collective's kind after 的: 有整治任务的村, 承担试点任务的乡镇.
_DESCRIBED = re.compile(f"^{DESCRIBING}(?:{'|'.join(sorted(COLLECTIVE_ENDINGS, key=len, reverse=True))})$")


def designated_clauses(sentence: str, known=None) -> list[Item] | None:
    """The units ``sentence`` names after 明确, one clause each, as what they are for the work: each unit in the role
    its label gives (``责任主体``, ``工作主体``: responsible); the people a clause names (``所长为第一责任人``) are
    none. Read from 明确 on, clause by clause, up to the first clause that names nothing so; None unless one
    clause names units.

    >>> text = "明确县水利站和林业站为责任主体，站长为第一责任人，承担造林任务的乡镇为工作主体，层层分解任务。"
    >>> [(i.text, i.role) for i in designated_clauses(text)]
    [('县水利站', 'responsible'), ('林业站', 'responsible'), ('承担造林任务的乡镇', 'responsible')]
    >>> designated_clauses("县水利站为责任主体，站长为第一责任人。") is None  # no 明确: read elsewhere
    True
    >>> designated_clauses("明确站长为第一责任人，层层分解任务。") is None  # people only
    True
    """
    fixes = FIXES.match(sentence)
    if fixes is None:
        return None
    items: list[Item] = []
    for clause in re.split("(?<=[，,])", sentence[fixes.end():]):
        found = _CLAUSE.match(clause.strip())
        if found is None:
            break
        named, label = found.group("named"), found.group("label")
        if label not in LABELS or cadres(named) or personal_name(named, known):
            continue  # 中心主任和国土所所长为第一责任人: people
        if _DESCRIBED.match(named):
            items.append(Item(named, role_of(label), "为" + label))
        elif looks_like_unit_list(named, known):
            items += [Item(name, role_of(label), "为" + label) for name in split_units(named, known)]
    return items or None


def named_bodies(sentence: str, known=None) -> list[Item] | None:
    """The bodies a measure's sentence names for its work by fixing them, not as a verb's subject: a body set up
    and given the work (``A下设B（…），负责…``, :func:`zygraph.sentences.set_up_body.set_up_body`) or units designated
    clause by clause (:func:`designated_clauses`); or None.

    >>> [(i.text, i.role) for i in named_bodies("指挥部下设办公室（设在县应急局），负责日常工作。")]
    [('办公室', 'responsible')]
    """
    return set_up_body(sentence) or designated_clauses(sentence, known)
