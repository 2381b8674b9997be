"""The marks and words around a unit list: brackets, clause marks, 由 before it, verbs ending it, the first leading."""

from __future__ import annotations

import re

__all__ = ["OPENING", "CLOSING", "CLAUSE_MARKS", "BY", "BY_WORD", "FIRST_LEADS", "VERB_NOT_NAME", "both_forms",
           "split_outside_brackets"]


#: Brackets, and the marks that end a clause.
OPENING, CLOSING = "（(【[〔［", "）)】]〕］"
CLAUSE_MARKS = "，,；;。"
#: Simplified -> Traditional for the characters of the role words, so each word is matched in both forms.
_TRADITIONAL = str.maketrans("牵头负责单门与协办导职参实会关为个级区县务资处机构体担见规划决确强报纪计则议撑",
                             "牽頭負責單門與協辦導職參實會關為個級區縣務資處機構體擔見規劃決確強報紀計則議撐")


def both_forms(words):
    """Each word in its Simplified and Traditional form, longest first (so regex alternation prefers it).

    >>> both_forms(["牵头", "负责单位"])
    ['負責單位', '负责单位', '牵头', '牽頭']
    """
    forms = {form for word in words for form in (word, word.translate(_TRADITIONAL))}
    return sorted(forms, key=lambda w: (-len(w), w))


#: Sentences by which a document says that the first unit listed leads, in any wording:
#: 列第一位者为牵头单位, 排在第一位的部门为牵头部门, 第一个为牵头单位, 牵头单位排在首位 (and 列在首位的為牽頭部門, as a
#: Traditional copy keeps it).
FIRST_LEADS = re.compile(
    "(第一位|首位|第一个|第一家|最前面?|第一)(者|的|个)?(责任)?(单位|部门)?[为是系為]?(工作|主要)?(牵头|主责|牽頭)"
    "|(牵头|牽頭)(单位|部门|單位|部門)?(排|列)[在于於]?(第一位|首位|最前)"
)
#: 由 giving the work to the units after it (由A牵头); not 由于, 由此, 由衷 (because, hence, heartfelt) nor the 由 of
#: 自由, 理由, 经由, 缘由. The one pattern every reader of 由 uses.
BY_WORD = "(?<![自经缘經緣])(?<!(?<![管处處办辦治整清护護])理)由(?![于於此衷])"  # 管理由A负责: 管理 then 由
BY = re.compile(BY_WORD)
#: What may not follow a verb that ends the units after 由, for the verb then heads a unit's name: 组织部, 督导组,
#: 指导站, 协调办, 负责人, 负责同志 (成员由A、B等部门负责同志组成: the members are people, no unit's duty; 由县委组织部
#: 按照… names 县委组织部, not 县委 organising); 组织部门 after a party committee or
#: the levels (各级党委组织部门, 各级组织部门). Nor may the verb 组织 close a name, as it does after the party's, the
#: league's, a society's or an economy's (各基层党组织, 社会组织, 村集体经济组织). Only those names: 负责部署, 组织部署,
#: 组织部门 after another unit (县人社局组织部门…), 负责人员, 牵头组建 and 负责办公 are verbs with their objects.
#: Put it right after the verb, in a lookahead too: ``(?=(?:负责|组织){VERB_NOT_NAME})``.
VERB_NOT_NAME = ("(?!(?<=组织)部(?![署门])|(?<=[委级]组织)部门|(?<=[党团]组织)|(?<=(?:社会|经济|合作|行业|中介|自治|群团)组织)"
                 "|(?<=[督指]导)[组組站](?![织織建])|(?<=协调)[办辦](?![理好])|(?<=负责)人(?!员)|(?<=[负負][责責])同志)")


def split_outside_brackets(text: str, marks: str) -> tuple[list[str], list[str]]:
    """Split ``text`` at each of ``marks`` outside brackets: the pieces, and the mark after each but the last.

    Examples
    --------
    >>> split_outside_brackets("各县（区、市）、市科协", "、")
    (['各县（区、市）', '市科协'], ['、'])
    """
    pieces, seps, depth, start = [], [], 0, 0
    for index, char in enumerate(text):
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(0, depth - 1)
        elif char in marks and depth == 0:
            pieces.append(text[start:index])
            seps.append(char)
            start = index + 1
    pieces.append(text[start:])
    return pieces, seps
