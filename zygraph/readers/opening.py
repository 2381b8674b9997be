"""Work a notice's opening paragraphs give to units before any task: an event's host, a cover letter's own lead.

Before its first task a notice introduces itself, and its general words (各部门要…) name no task. Two kinds of
sentence there divide work all the same:

* an event given to its host with 由 (``…由汶上县政府主办，A、B和C共同承办``): :func:`led_by`;
* a cover letter forwarding a notice, saying who leads its own follow-up (``根据省委、省政府领导同志要求，
  省农业农村厅、省乡村振兴局牵头制定我省贯彻落实的具体办法。``) before its request to everyone: :func:`cover_work`.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general, refers_elsewhere
from zygraph.findings import Finding
from zygraph.sentences.grammar import SENTENCE_MARK
from zygraph.readers.assignment import find_assignment

__all__ = ["led_by", "cover_work", "reports_a_document"]

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
#: What a letter says of the document it covers, not work given: its making (A牵头制定的实施方案, a thing drafted;
#: A牵头制定《方案》, a document named as the verb's object) or its approval and issue (经…同意, 审议通过, 现印发给你们).
_MADE = re.compile("(?:牵头|牽頭)[\u4e00-\u9fff]{1,4}?(?:的|《)|经(?!费|济|营|验|贸|销|常)[^。；;]{0,40}?(?:同意|审议通过|审定|批准)"
                   "|审议通过|现[^，,。；;]{0,10}?印发|印发给你们")
#: What says a named document is still to be made: a deadline (于…前) or urgency (抓紧, 尽快).
_STILL_TO_DO = re.compile("于[^，,。；;]{1,20}?前|抓紧|尽快|加快")
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


def cover_work(line: str, findings: list | None = None, number: int | None = None) -> str | None:
    """The sentence of ``line``, a paragraph before any task, in which named units lead work of their own with 牵头
    (``根据…要求，A、B牵头制定…具体办法。``): a cover letter's own assignment; or None.

    Parameters
    ----------
    line : str
        A paragraph of the notice's opening, before any heading or task.
    findings : list, optional
        Where a ``cover_report`` finding goes, at line ``number``, for each sentence opening with named units and
        牵头 that is read as a report of the covered document, no task.
    number : int, optional
        The paragraph's line.

    Returns
    -------
    str or None
        The first such sentence, whole (its clause of basis kept); None when no sentence opens with named units
        and 牵头 and a verb after it, when its units are units in general (各部门牵头…), or when it reports work
        done or a document made (已牵头制定, 牵头制定了, 牵头制定的《…》), or the making, approval or issue of the
        document the letter covers (A牵头制定的实施方案经…审议通过; A牵头制定《方案》，经…同意，现印发给你们) unless
        a deadline or urgency (于…前, 抓紧) says the document is still to be made.

    Examples
    --------
    >>> cover_work("近日，两部门印发《意见》。根据省政府要求，省农业农村厅、省乡村振兴局牵头制定我省具体办法。请各部门提出意见。")
    '根据省政府要求，省农业农村厅、省乡村振兴局牵头制定我省具体办法。'
    >>> cover_work("省发展改革委牵头制定了《方案》。"), cover_work("请各部门牵头制定具体办法。")
    (None, None)
    >>> cover_work("市发改委牵头制定《实施方案》，经市政府同意，现印发给你们。")  # a report of the document's making
    """
    for sentence in _SENTENCE.split(line):
        found = _LEADS_WORK.match(sentence.strip())
        if found is not None and reports_a_document(sentence) and findings is not None:
            findings.append(Finding(number, "info", "cover_report", f"a cover letter's sentence reports the making "
                                    f"or issue of its document: {sentence.strip()[:30]}", "not read as a task: "
                                    "the work it names is done"))
        if found is None or _DONE.search(sentence) or reports_a_document(sentence):
            continue
        assigned = find_assignment(sentence.strip())
        items = assigned[1] if assigned is not None else []
        if items and all(item.role == "lead" and not in_general(item.text) and not refers_elsewhere(item.text)
                         for item in items) and found.group("units").endswith(items[-1].text):
            return sentence.strip()
    return None


def reports_a_document(sentence: str) -> bool:
    """True when ``sentence`` reports the making, approval or issue of a document (A牵头制定的方案经…审议通过,
    A牵头制定《方案》，经…同意，现印发给你们) rather than giving work still to do; a document named with a deadline
    (A牵头制定《细则》，于6月底前报送) is still to be made.

    >>> reports_a_document("本方案由县农业农村局起草，已经县政府常务会议研究同意，现印发给你们。")
    True
    >>> reports_a_document("A牵头制定《细则》，于6月底前报送。"), reports_a_document("实施办法由省财政厅制定。")
    (False, False)
    """
    found = _MADE.search(sentence)
    if found is None:
        return False
    reported = _MADE.search(sentence, found.end()) is not None or not found.group(0).endswith("《")
    return reported or _STILL_TO_DO.search(sentence) is None
