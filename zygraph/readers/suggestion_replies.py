"""A reply to a deputy's suggestion (您提出的“关于…的建议”…答复如下): one task a sentence whose subject is a body.

A ministry answering a deputy's suggestion or a member's proposal writes its answer as running sentences, often with
its items ``一、关于…`` glued to their text, each sentence reporting what a body has done or promising what it will do::

    您提出的“关于…的建议”，由我部会同A、B办理。经认真研究，答复如下：
    一、关于…问题我部高度重视…。我部和A会同有关部门制定了…。各省（区、市）按照…开展…。
    下一步，B将会同有关部门…。感谢您对…的关心和支持。

Each sentence a body opens a clause of (``A会同B…``, ``A和B将…``, ``各省（区、市）按照…``, ``目前有关部门在…``) starts a
task, from the sentence's first characters (the item's run-in heading where it opens its item), and runs on over the
sentences after it naming no body as a subject. The bodies so named lead; those after 会同 or 联合 support, also in
a sentence running on (``…，会同有关部门先后组织…``: a clause opening with 会同 has no subject of its own). The
ministry's own name for itself (``我部``) is a body, as written; ``我们`` names none. Not read: the lead-in before
``答复如下`` (who handled the suggestion), the thanks closing the letter, a body issuing a cited document, beside a
sentence's other subject (``2017年，A印发《…》，我部会同B…``: the background, B's and 我部's task), alone
(``2019年6月，A、B印发了《…》，要求…``: the background, running on in the task before) or inside an attribute
(``A印发的《…》``). A subject helping another body do its work (``我部正配合A起草…``) supports and A leads; a clause
naming its lead with 由 (``该项工作由A牵头``) has A lead.

"""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.readers.raw import RawRow

__all__ = ["suggestion_replies", "sentence_bodies"]

#: The opening of a reply to a deputy's suggestion or a member's proposal: 您提出的“关于…的建议”, 对您提出的《…》.
_ADDRESSED = re.compile("您(?:提出|所提|领衔提出)的[^。]{0,80}?(?:建议|提案|议案)")
#: Where the answer begins: the lead-in before it says who handled the suggestion, no task.
_ANSWER = re.compile("(?:答复|回复|函复)如下[：:]?")
#: The thanks closing the letter (感谢您对…的关心): the answer ends before it.
_CLOSING = re.compile("^(?:衷心|再次|最后，?)?(?:感谢|谢谢|此复)")
#: An item's number opening a sentence (一、关于…): not part of the task's text.
_ITEM = re.compile("^[一二三四五六七八九十]+、")
#: A sentence's end.
_SENTENCE = re.compile("(?<=[。！？!?])")
#: A setting opening a clause before its subject, with no comma: 目前有关部门在…, 随后我部….
_SETTING = re.compile("^(?:目前|随后|同时|此外|今后|近年来|近期|当前)")
#: The words a body's work opens with right after its name: what makes the name a clause's subject.
_WORK = ("将", "已", "正在", "正", "也", "还", "均", "等", "会同", "联合", "负责", "牵头", "按照", "根据", "基于", "组织",
         "初步", "高度重视", "从", "相继", "先后", "转发", "印发", "出台", "发布", "每年", "进一步", "因地制宜", "在",
         "坚决", "认真", "积极", "研究", "制定", "开展", "指导", "加强", "推进", "推动", "建立", "共同", "配合", "协助",
         "自1", "自2", "自今年", "自去年")
#: The words after a partner's name (会同A、B等部门，…; 会同A印发…; 联合A采用…): where the partners end.
_AFTER_PARTNER = _WORK + ("采用", "签订", "对", "进行", "继续", "做好", "编制", "一起", "，", ",", "。", "；", ";")
#: The partners of a subject: after 会同 or 联合.
_PARTNER_WORDS = re.compile("(?:会同|會同|联合|聯合)")
#: A subject's work that is helping others do theirs (我部正配合A起草…, 我部正在积极配合A等部门落实…): the subject
#: supports, the bodies it helps lead.
_HELPS = re.compile("^(?:正在|正|已经|已|也|还|均|将|继续|积极|主动)*(?:配合|协助)")
#: Where the bodies a subject helps end: their own verb (配合A起草…, 配合A等部门落实…, 协助A制定…).
_HELPED_WORK = _AFTER_PARTNER + ("起草", "落实", "完成", "修订", "修改", "编制", "做好", "实施", "审查", "开展")
#: A clause naming who leads with 由 (该项工作由A牵头, 由A负责): A leads; the clause has no subject of its own.
_LED_BY = re.compile("由([^，,。；;由]{2,40}?)(?:牵头|负责|主办)")
#: Verbs issuing a document: a body doing only this is the background, no unit.
_ISSUES = re.compile("^(?:印发|转发|出台|发布)(?:了)?[《“]")
#: The ministry's own name for itself glued after its item's run-in heading (一、关于…建设我部高度重视…).
#: Not where the ministry is a partner (关于…水利部会同我部…: 水利部 is the subject).
_SELF_AFTER_HEADING = re.compile("^关于(?:(?!会同|联合|和|与|及)[^，,。；;]){2,40}?(?=我[部委局厅院办])")
#: Bodies a clause names in general that still say who acts (各地: every place), though no unit's form.
_EVERYWHERE = ("各地", "各地方")
#: Words opening a clause that name no body (我们, 您) or say the clause's work before its object (又查A…, 指导B…):
#: the clause has no body as its subject.
_NO_SUBJECT = re.compile("^(?:我们|您|你们|又|既|并|再|指导|督促|支持|推动|要求|鼓励|起草)")
#: Marks no unit's name holds: a title's quotes and book marks (起草完成《…条例》).
_NOT_IN_NAME = re.compile("[《》“”\"]")
#: The longest name a subject may have.
_LONGEST = 40


def suggestion_replies(pairs, findings: list) -> list[RawRow]:
    """One row for each sentence of a reply to a deputy's suggestion whose subject is a body (:func:`sentence_bodies`),
    running on over the sentences after it naming none; no rows where the text is no such reply.

    ``pairs`` are the notice's logical lines, (line number, text). The reply opens addressing the deputy's
    suggestion (``您提出的“关于…的建议”``) and answers after ``答复如下``; its thanks (``感谢…``) close it. Each task is a
    ``suggestion_reply`` finding.

    Examples
    --------
    >>> pairs = [(1, "张三代表：您提出的“关于治河的建议”，由我部会同水利部办理。经认真研究，答复如下："),
    ...          (2, "一、关于治河问题我部高度重视，会同水利部制定了规划。目前已完成。"),
    ...          (3, "下一步，水利部和有关部门将加强监督。我们将继续努力。感谢您的关心。")]
    >>> [(r.line, r.task[:6], r.lead, r.support) for r in suggestion_replies(pairs, [])]
    [(2, '关于治河问题', '我部', '水利部'), (3, '下一步，水利', '水利部、有关部门', '')]
    >>> suggestion_replies([(1, "一、我部会同水利部制定了规划。")], [])  # no reply to a suggestion
    []
    """
    text = "".join(line_text for _, line_text in pairs)
    if _ADDRESSED.search(text) is None or _ANSWER.search(text) is None:
        return []
    tasks: list[list] = []  # [line, text, leads, supports]
    answering, closed = False, False
    for line, line_text in pairs:
        if not answering:
            found = _ANSWER.search(line_text)
            if found is None:
                continue
            answering, line_text = True, line_text[found.end():]
        for sentence in _SENTENCE.split(line_text):
            sentence = _ITEM.sub("", sentence.strip())
            if not sentence:
                continue
            if _CLOSING.match(sentence):
                closed = True
                break
            leads, supports = sentence_bodies(sentence)
            if leads:
                tasks.append([line, sentence, leads, supports])
            elif tasks:
                tasks[-1][1] += sentence
                tasks[-1][3] += [name for name in supports if name not in tasks[-1][3] + tasks[-1][2]]
        if closed:
            break
    rows = []
    for line, task, leads, supports in tasks:
        findings.append(Finding(line, "info", "suggestion_reply", f"a sentence of a reply to a suggestion names "
                                f"bodies as its subjects: {task[:30]}",
                                "read the sentence and those after it naming no body as a task: its subjects lead, "
                                "those after 会同 or 联合 support"))
        rows.append(RawRow.of_units(line, task, leads, supports))
    return rows


def sentence_bodies(sentence: str) -> tuple[list[str], list[str]]:
    """The bodies ``sentence`` makes the subjects of its clauses (lead) and those after 会同 or 联合 (support).

    A body issuing a cited document (``A印发《…》``) is no subject: the background. A subject helping another body
    (``A正配合B起草…``) supports and B leads (the README's ``A配合B落实``); bodies a clause names with 由 before 牵头 or
    负责 (``该项工作由B牵头``) lead.

    Examples
    --------
    >>> sentence_bodies("下一步，水利部和有关部门将按照职责分工加强监督。")
    (['水利部', '有关部门'], [])
    >>> sentence_bodies("2017年，交通部印发《意见》，我部会同农业部，指导各地开展工作。")
    (['我部'], ['农业部'])
    >>> sentence_bodies("交通部印发的《通知》明确了要求，各地正在抓紧落实。")
    (['各地'], [])
    >>> sentence_bodies("各省（区、市）按照指南开展评估。"), sentence_bodies("我们将会同有关部门建立机制。")
    ((['各省（区、市）'], []), ([], ['有关部门']))
    >>> sentence_bodies("关于治河问题我部高度重视，联合水利部、农业部等部门，继续推进。")
    (['我部'], ['水利部', '农业部'])
    >>> sentence_bodies("目前，我部正配合水利部起草《办法》。")
    (['水利部'], ['我部'])
    >>> sentence_bodies("该项工作由水利部牵头，目前我部正在配合水利部制定办法。")
    (['水利部'], ['我部'])
    >>> sentence_bodies("2019年6月，交通部、农业部印发了《意见》，要求加强保护。")
    ([], [])
    >>> sentence_bodies("印发《规定》，既查企业、又查地方政府及相关部门。")
    ([], [])
    """
    leads, supports = [], []
    for at, clause in enumerate(re.split("[，,；;：:]", sentence.rstrip("。！？!?"))):
        clause = _SETTING.sub("", clause.strip())
        heading = _SELF_AFTER_HEADING.match(clause) if at == 0 else None
        clause = clause[heading.end():] if heading is not None else clause
        led_by = _LED_BY.search(clause)
        if led_by is not None and _units(led_by.group(1)):
            leads.extend(name for name in _units(led_by.group(1)) if name not in leads)
            continue
        names, rest = _opening_bodies(clause)
        helps = _HELPS.match(rest) if names else None
        if helps is not None:
            helped = _bodies_before(rest[helps.end():], _HELPED_WORK)[0]
            leads.extend(name for name in helped if name not in leads)
            supports += [name for name in names if name not in supports]
            names = []
        if not _ISSUES.match(rest):
            leads.extend(name for name in names if name not in leads)
        for found in _PARTNER_WORDS.finditer(clause):
            supports += [name for name in _bodies_before(clause[found.end():], _AFTER_PARTNER)[0]
                         if name not in supports]
    return leads, [name for name in supports if name not in leads]


def _opening_bodies(clause: str) -> tuple[list[str], str]:
    """The bodies opening ``clause`` before a word of their work, and the rest of the clause after them; none where
    the clause opens with 会同 (no subject of its own) or the work is an attribute (``A印发的《…》``)."""
    if _PARTNER_WORDS.match(clause) or _NO_SUBJECT.match(clause):
        return [], clause
    names, rest = _bodies_before(clause, _WORK)
    if rest.startswith(("印发的", "转发的", "出台的", "发布的")):
        return [], clause
    return names, rest


def _bodies_before(text: str, after: tuple[str, ...]) -> tuple[list[str], str]:
    """The shortest run of units opening ``text`` that one of the words ``after`` follows, and the text after it
    (a trailing 等…部门 dropped); ([], text) where there is none."""
    for end in range(2, min(len(text), _LONGEST) + 1):
        rest = text[end:]
        if not rest.startswith(after) and rest:
            continue
        names = _units(text[:end])
        if names:
            return names, re.sub("^等[一二三四五六七八九十0-9]*个?(?:有关|相关)?(?:部门|单位)", "", rest)
    return [], text


def _units(text: str) -> list[str]:
    """The unit names ``text`` lists, or none where any piece is no unit (我们, 山西等其余16省份)."""
    if text in _EVERYWHERE:
        return [text]
    if _NOT_IN_NAME.search(text) or _NO_SUBJECT.match(text) or not looks_like_unit_list(text):
        return []
    names = split_units(text)
    return names if names and all(looks_like_unit_list(name) or name in _EVERYWHERE for name in names) else []
