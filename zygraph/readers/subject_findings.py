"""Findings for how a duty's subject was told from the words around it, in a block of duties."""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.sentences.part_titles import part_title
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.verb_manner import helps_each_other
from zygraph.sentences.worked_with import worked_with

__all__ = ["subject_form_findings"]

_HELPING_WORD = re.compile("配合|协助|协同|協助|協同")  # a word saying units help: 密切配合, 协助做好


def subject_form_findings(block, tasks):
    """Findings for how a task's subject was told from the words around it: a part's title glued before it
    (四、工作要求交通运输部要…), a sentence saying what body a name is (运营单位作为…主体，负责…), or a helping word
    saying its units help each other (互通信息、密切配合、相互支持) or that they only help (根据需要，配合做好…), or a body named by its kind
    (保险监管机构负责…) after duties their units open.

    >>> [f.code for f in subject_form_findings({"line": 3, "kind_subjects": ["保险监管机构负责理赔"]}, [])]
    ['kind_subject']
    """
    found = []
    for text, items in tasks:
        title = part_title(text)
        if title and any(text.startswith(title + item.text) for item in items):
            found.append(Finding(block["line"], "info", "part_title_glued", f"a part's title is glued to the subject "
                                 f"of its first sentence: {title}|{text[len(title):][:12]}", "read the units after "
                                 "the title; the title stays in the task's text as its run-in heading"))
        for item in items:
            if text.startswith((item.text + "作为", item.text + "作為")) and not looks_like_unit_list(item.text):
                found.append(Finding(block["line"], "info", "body_said_by_sentence", f"a name that is no unit's by its "
                                     f"form ({item.text}) is said to be the body doing the work: {text[:20]}",
                                     "read it as a unit, the subject of the duty after it"))
        helping = _HELPING_WORD.search(text)
        sentence = re.split("[。；;]", text[:helping.start()])[-1] if helping else ""  # the helping word's, to it
        if helping and helps_each_other(text, helping.start(), helping.end()) \
                and any(item.role != "support" and sentence.startswith(item.text) for item in items):
            found.append(Finding(block["line"], "info", "mutual_help", f"the duty's helping word is help its units "
                                 f"give each other ({helping.group()} beside 相互, 互通 …): {text[:20]}",
                                 "read the units as doing the duty, not helping with another's"))
        elif helping and any(item.role == "support" and sentence.startswith(item.text) for item in items):
            found.append(Finding(block["line"], "info", "help_decides_support", f"a help word in the duty's first "
                                 f"working clause ({helping.group()}) makes its subject support: {text[:20]}",
                                 "read its units as support; help after work of their own would leave them responsible"))
        helpers = {i.text for clause in re.split("[，,。；;]", text) for i in worked_with(clause)} \
            & {item.text for item in items if item.role == "support"}
        if helpers:  # A由B、C协同开展工作: B and C carry A's work on with it
            found.append(Finding(block["line"], "info", "worked_with", f"the duty names the units its body's work is "
                                 f"carried on with after 由: {'、'.join(sorted(helpers))}", "read them as supporting"))
    for sentence in block.get("designating_subjects") or ():  # A负责…。区政府明确某地块为…场所
        found.append(Finding(block["line"], "info", "designating_subject", "after duties their units open, a sentence "
                             f"opens with a body designating something for a function: {sentence[:20]}",
                             "read the body as responsible for that sentence and those after it"))
    for sentence in block.get("kind_subjects") or ():  # 市地震局负责…。保险监管机构负责…: one line run together
        found.append(Finding(block["line"], "info", "kind_subject", "after duties their units open, a sentence "
                             f"opens with a body named by its kind that oversees a field: {sentence[:20]}",
                             "read it as the sentence's unit, a duty of its own, as the offices before it"))
    return found
