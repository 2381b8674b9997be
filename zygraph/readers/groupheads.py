"""A numbered title line over paragraphs that each close with their own units is a group heading, no task.

Plans write a measure's group as a numbered line of one short sentence, then one paragraph a task, each
opening with its own title sentence and closing with its units::

    1.完善城乡环境卫生管理长效机制。
    加强城市道路日常保洁。开展……。主要责任单位：A、B。
    推进乡镇综合整治工作。完善……。主要责任单位：C、D。

The paragraph reader runs the first paragraph on into the numbered line above it (a task goes on until
its units); :func:`split_group_headings` takes the line back out as a heading over the paragraphs.
"""

from __future__ import annotations

from zygraph.findings import Finding
from zygraph.sentences.grammar import SENTENCE_MARK
from zygraph.readers.assignment import find_assignment

__all__ = ["split_group_headings"]

#: The longest title a group heading or a task's opening sentence is (完善城乡环境卫生管理长效机制: 14).
_TITLE_LONGEST = 30


def split_group_headings(blocks: list[dict], findings: list) -> list[dict]:
    """Return ``blocks`` with each numbered title that took in the paragraph below it made a heading again.

    A block is such a title when it is a numbered task whose own line is one short sentence naming no units,
    it took in exactly one line, that line opens with a title sentence of its own and closes with its units,
    and the block after it is a paragraph without a number that closes with its own units too (a sibling):
    the line taken in becomes a task under the title, and the title the area of it and of its siblings.
    ``blocks`` is left untouched; each split is a ``group_heading`` finding.

    Examples
    --------
    >>> def block(text, number=None, joins=()):
    ...     return {"line": 1, "area": "", "text": text, "labels": [], "closed": True, "heading": False,
    ...             "number": number, "joins": list(joins), "level": None}
    >>> title = "完善长效机制。"
    >>> blocks = [block(title + "加强道路保洁。开展保洁。主要责任单位：县市政局。", 1, [len(title)]),
    ...           block("推进村屯整治。完善设施。主要责任单位：县水利局。")]
    >>> findings = []
    >>> [(b["heading"], b["area"], b["text"][:6]) for b in split_group_headings(blocks, findings)]
    [(True, '', '完善长效机制'), (False, '完善长效机制', '加强道路保洁'), (False, '完善长效机制', '推进村屯整治')]
    >>> findings[0].code
    'group_heading'
    """
    out, area = [], None  # area: the title the paragraphs after it share, until a heading or a numbered task
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if block["heading"] or block["number"] is not None:
            area = None
        if not _titles_a_group(block, after):
            out.append(block if area is None else {**block, "area": area})  # a sibling under the title
            continue
        at = block["joins"][0]
        title, paragraph = block["text"][:at], block["text"][at:]
        area = title.rstrip("。 ")
        out.append({**block, "text": title, "heading": True, "closed": False, "level": _DEEPEST})
        out.append({**block, "text": paragraph, "area": area, "number": None, "joins": [], "style": None})
        findings.append(Finding(block["line"], "info", "group_heading",
                                f"a numbered title over paragraphs that each close with their own units: {area[:30]}",
                                "read as a group heading, each paragraph under it a task"))
    return out


#: The level a group heading taken back out of its task is at: under every heading the notice numbers.
_DEEPEST = 9


def _titles_a_group(block: dict, after: dict | None) -> bool:
    """True when ``block`` is a numbered title that took in the first of its group's paragraphs."""
    if block["heading"] or block["number"] is None or block["labels"] or len(block.get("joins", ())) != 1:
        return False
    if after is None or after["heading"] or after["number"] is not None or not after["closed"] or after["labels"]:
        return False
    at = block["joins"][0]
    title, paragraph = block["text"][:at], block["text"][at:]
    return _is_title(title) and _opens_with_title(paragraph) and _opens_with_title(after["text"]) \
        and find_assignment(paragraph) is not None


def _is_title(text: str) -> bool:
    """One short sentence naming no units: 完善城乡环境卫生管理长效机制。"""
    body = text.strip().rstrip("。")
    return 2 <= len(body) <= _TITLE_LONGEST and not SENTENCE_MARK.search(body) and "，" not in body \
        and find_assignment(text) is None


def _opens_with_title(text: str) -> bool:
    """True when ``text`` opens with a short sentence of its own and goes on: 加强城市道路日常保洁。开展……"""
    end = text.find("。")
    return 0 < end <= _TITLE_LONGEST and "，" not in text[:end] and bool(text[end + 1:].strip())
