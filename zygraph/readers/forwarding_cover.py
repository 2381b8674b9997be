"""The cover of a notice forwarding a document (现转发给你们，请认真贯彻执行。A要…): its own duties, before the document.

A State Council notice forwarding a ministry's opinion (``国务院批转发展改革委关于…意见的紧急通知``) may divide work of
its own in the paragraphs after its forwarding sentence, before its signature and the document it forwards
(``各地区、各有关部门和单位必须…。A要会同有关部门…``): the lines before the first heading, which a reading of
sections skips as a preamble. This module finds that text: from the sentence after the forwarding one, over the
paragraphs that end their sentences, up to the first line that does not (the signature, ``国务院办公厅``).
"""

from __future__ import annotations

import re

from zygraph.readers.addressed import COVER
from zygraph.readers.lines import HEADING, TASK

__all__ = ["cover_text"]

#: The end of the sentence holding the forwarding words (…现转发给你们，请认真贯彻执行。).
_SENTENCE_END = re.compile("[。！!]")
#: The marks a paragraph of the cover's running text ends with; a signature or a title ends with none.
_PARAGRAPH_ENDS = ("。", "！", "!", "；", ";")


def cover_text(pairs) -> tuple[int, str] | None:
    """(line, text) of the cover's own sentences after the forwarding one in ``pairs`` (the logical lines, (line
    number, text)), before the first heading; None where no line before a heading forwards a document, or nothing
    follows its forwarding sentence.

    Examples
    --------
    >>> cover_text([(1, "各市人民政府："), (2, "《意见》已经省政府同意，现转发给你们，请认真贯彻执行。"),
    ...             (3, "各市要加强领导。省发展改革委要加强指导。"), (4, "省人民政府办公厅"), (5, "一、总体要求")])
    (3, '各市要加强领导。省发展改革委要加强指导。')
    >>> cover_text([(1, "各市人民政府："), (2, "现就有关事项通知如下："), (3, "一、总体要求")]) is None
    True
    """
    found, parts = None, []
    for number, text in pairs:
        if HEADING.match(text) or TASK.match(text):
            break
        if found is None:
            cover = COVER.search(text)
            end = _SENTENCE_END.search(text, cover.end()) if cover else None
            if end is not None:
                found = number
                rest = text[end.end():].strip()
                if rest and not rest.endswith(_PARAGRAPH_ENDS):
                    return None
                parts += [(number, rest)] if rest else []
            continue
        if not text.strip().endswith(_PARAGRAPH_ENDS):
            break
        parts.append((number, text.strip()))
    if not parts:
        return None
    return parts[0][0], "".join(text for _, text in parts)
