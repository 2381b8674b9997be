"""Work a notice's opening paragraphs give to units before any task: an event's host, a cover letter's own lead.

Before its first task a notice introduces itself, and its general words (各部门要…) name no task. Two kinds of
sentence there divide work all the same:

* an event given to its host with 由 (``…由汶上县政府主办，A、B和C共同承办``): :func:`led_by`;
* a cover letter forwarding a notice, saying who leads its own follow-up (``根据省委、省政府领导同志要求，
  省农业农村厅、省乡村振兴局牵头制定我省贯彻落实的具体办法。``) before its request to everyone: :func:`cover_work`.
"""

from __future__ import annotations

import re

from zygraph.everyone import in_general, refers_elsewhere
from zygraph.grammar import SENTENCE_MARK
from zygraph.readers.assignment import find_assignment

__all__ = ["led_by", "cover_work"]

#: The 由 before the host of an event and the verb saying it hosts (…由汶上县政府主办，A、B和C共同承办): an event's
#: division of work, never a notice's general words on its tasks (各项任务由有关部门牵头和配合).
_BY, _HOSTS = "由", "主办"
_QUESTION = ("？", "?")
#: A sentence of a cover letter whose subject, after an optional clause of basis (根据…要求，), is units and 牵头,
#: then the verb of the work they lead (牵头制定, 牵头起草, 牵头研究): not 牵头负责 with nothing after it.
_LEADS_WORK = re.compile("^(?:(?:根据|按照|遵照|依据|根據|依據)[^。；;：:，,]{2,40}[，,])?"
                         "(?P<units>[^。；;：:，,“”《》]{2,80}?)(?:牵头|牽頭)(?=[\u4e00-\u9fff])(?!负责|負責)")
#: Words saying the work is done or is a thing already made, not work given: 已牵头制定, 牵头制定了, 牵头制定的《…》.
_DONE = re.compile("已|曾|了|的《")
_SENTENCE = re.compile("(?<=[。；;！!])")


def led_by(line: str) -> bool:
    """True when the last sentence of ``line`` gives an event to its host with 由 (…由A主办，B、C共同承办): a division
    of work even in a notice's opening paragraphs, whose general words (A要…) name no task.

    Examples
    --------
    >>> led_by("为丰富群众文化生活，举办广场舞比赛。比赛由县文化局主办，县体育局、县妇联共同承办。")
    True
    >>> led_by("为丰富群众文化生活，举办广场舞比赛。"), led_by("四项工作由哪些部门牵头？")
    (False, False)
    """
    if _BY not in line:
        return False  # no 由, no host: the line's units are not looked for (most lines before the first task)
    found = find_assignment(line)
    # the last sentence, a question's end one too: …四项工作由哪些部门牵头？ (a headline's question) divides nothing
    sentences = SENTENCE_MARK.split(line.rstrip())
    sentence = sentences[-1] or sentences[-2:][0]
    asked = line.rstrip().endswith(_QUESTION)
    return found is not None and _BY in sentence and not asked and any(item.word == _HOSTS for item in found[1])


def cover_work(line: str) -> str | None:
    """The sentence of ``line``, a paragraph before any task, in which named units lead work of their own with 牵头
    (``根据…要求，A、B牵头制定…具体办法。``): a cover letter's own assignment; or None.

    Parameters
    ----------
    line : str
        A paragraph of the notice's opening, before any heading or task.

    Returns
    -------
    str or None
        The first such sentence, whole (its clause of basis kept); None when no sentence opens with named units
        and 牵头 and a verb after it, when its units are units in general (各部门牵头…), or when it reports work
        done or a document made (已牵头制定, 牵头制定了, 牵头制定的《…》).

    Examples
    --------
    >>> cover_work("近日，两部门印发《意见》。根据省政府要求，省农业农村厅、省乡村振兴局牵头制定我省具体办法。请各部门提出意见。")
    '根据省政府要求，省农业农村厅、省乡村振兴局牵头制定我省具体办法。'
    >>> cover_work("省发展改革委牵头制定了《方案》。"), cover_work("请各部门牵头制定具体办法。")
    (None, None)
    """
    for sentence in _SENTENCE.split(line):
        found = _LEADS_WORK.match(sentence.strip())
        if found is None or _DONE.search(sentence):
            continue
        assigned = find_assignment(sentence.strip())
        items = assigned[1] if assigned is not None else []
        if items and all(item.role == "lead" and not in_general(item.text) and not refers_elsewhere(item.text)
                         for item in items) and found.group("units").endswith(items[-1].text):
            return sentence.strip()
    return None
