"""Units a sentence gives a quantified target as its subject: ``2009年，A、B引进外资各1亿美元``.

Notices that hand out targets (招商引资, 节能, 就业 …) often write neither labels nor role verbs: each
sentence opens with the units, then the target with its figures (``各部门招商引资要实现签约项目53项``).
The units carry the target they are given, so they are responsible. A target divided among places
after a word of division (``任务分解：甲县200座，乙县150座``) is read by :func:`zygraph.sentences.statements.quota_units`.
"""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["target_units", "TARGET_WORD"]

#: The word the items of a target sentence carry, for the reader's findings.
TARGET_WORD = "目标"
#: A clause of time opening the sentence: 2009年，, 今年，, 年内，.
_TIME_CLAUSE = re.compile("^(?:\\d{4}年度?|今年|明年|全年|当年|年内)[，,]")
#: The verb of a target, after an optional modal: 要实现, 须完成, 力争达到, 引进, 新增.
_TARGET_VERB = re.compile("(?:要|须|需|应|力争|确保|争取)?(?:实现|完成|引进|新增|新建|达到)")
#: A figure with its measure word: 31项, 30亿元, 各1亿美元, 12%.
_FIGURE = re.compile("\\d+(?:\\.\\d+)?(?:%|[十百千万亿]*[\u4e00-\u9fff])")
#: The longest topic between the units and the verb: 招商引资 (各部门招商引资要实现…), 全年.
_TOPIC_LONGEST = 6
#: Openings that are the whole place or the speaker, not units given a share: 全市, 我县, 本区, 该局.
_NOT_UNITS = re.compile("^(?:全|我|本|该|其|此)")
#: A figure inside the units: a count of categories (一类部门31个), not a unit.
_COUNTED = re.compile("\\d")


def target_units(text: str, known=None) -> list[Item] | None:
    """The units the first sentence of ``text`` gives a quantified target as its subject, or None.

    The sentence (after a clause of time: ``2009年，``) opens with units, then perhaps a short topic
    (``招商引资``), then the verb of a target (``要实现``, ``完成``, ``引进``), all in its first clause, and
    holds a figure with its measure after the verb (``31项``, ``各1亿美元``). The units are the longest
    opening that looks like a list of units, leaving a topic of at most six characters; they are
    responsible. A sentence whose opening is the whole place (``全市要完成…``) or no unit names none.

    Examples
    --------
    >>> [(i.text, i.role) for i in target_units("2009年，外经贸局、建委引进外资各1亿美元。")]
    [('外经贸局', 'responsible'), ('建委', 'responsible')]
    >>> [i.text for i in target_units("今年，各县区招商引资要实现签约项目53项，引进资金30亿元。")]
    ['各县区']
    >>> target_units("全市要完成造林1万亩。"), target_units("市发改委要加强项目调度。")
    (None, None)
    """
    sentence = _TIME_CLAUSE.sub("", re.split("[。；;]", text.strip(), maxsplit=1)[0])
    clause = re.split("[，,]", sentence, maxsplit=1)[0]
    verb = _TARGET_VERB.search(clause)
    if verb is None or _FIGURE.search(sentence, verb.end()) is None:
        return None
    opening = clause[: verb.start()]
    if _NOT_UNITS.match(opening) or _COUNTED.search(opening):
        return None  # 招商考核一类部门31个，…: categories of units, counted, are not units
    for end in range(len(opening), max(len(opening) - _TOPIC_LONGEST, 2) - 1, -1):  # the longest units first
        if looks_like_unit_list(opening[:end], known):
            return [Item(name, "responsible", TARGET_WORD) for name in split_units(opening[:end], known)]
    return None
