"""Reader for numbered task paragraphs that name their units inline: ``3.建设……。（牵头单位：市科技局）``.

Layout, as notices and implementation plans write it: section headings
(``一、`` ``（一）``) set the area; each numbered paragraph (``1.`` ``（1）``) is a
task, and its units follow it in one of these forms:

* labels in brackets: ``（牵头单位：市科技局，配合单位：市科协、市教育局）``, with
  ``（）`` ``()`` ``[]`` or ``【】``, or without brackets at the end of the task;
* labels on lines of their own under the task: ``牵头单位：市科技局``;
* units before a verb: ``（市发展改革委、市财政局负责）``,
  ``（由市科协牵头，市教育局、团市委参与）``, ``（市科协会同市教育局负责）``.

A heading that itself names units is read as a task.
"""

from __future__ import annotations

import re
from pathlib import Path

from zygraph.errors import LayoutError
from zygraph.findings import Finding
from zygraph.readers.columns import column_for
from zygraph.readers.docx import paragraph_text
from zygraph.readers.normalize import Normalizer
from zygraph.readers.notice import parse_notice
from zygraph.readers.raw import RawDocument, RawRow
from zygraph.readers.source import load_text

__all__ = ["read_paragraphs", "parse_paragraphs", "find_assignment", "FIRST_LEADS"]

_NUMERALS = "一二三四五六七八九十"
_HEADING = re.compile(rf"^(?:[{_NUMERALS}]+[、.．]|[（(][{_NUMERALS}]+[）)])\s*")
_TASK = re.compile(r"^(?:\d+[.．、]|[（(]\d+[）)]|\d+[)）])(?!\d)\s*")
_LABEL = re.compile(r"(牵头单位|牵头部门|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|协同单位|协助单位)[：:]")
_OPEN, _CLOSE = "（([【［〔", "）)]】］〕"
_LEAD_VERBS = ("牵头负责", "牵头", "负责", "主责")
_SUPPORT_VERBS = ("配合", "参与", "协助", "协同", "协办")
_VERB_CLAUSE = re.compile(rf"(.+?)({'|'.join(_LEAD_VERBS + _SUPPORT_VERBS)})(?:[，,；;、]|$)")
_NOTE = re.compile(r"^(注|备注|说明)[：:0-9一]")
_END = "。；;，,：: "
#: Sentences by which a document says that the first unit listed leads.
FIRST_LEADS = re.compile(
    r"(第一位|首位|第一个|最前面?|第一)的?(单位|部门)?[为是系]牵头|牵头(单位|部门)?(排|列)[在于]?(第一位|首位|最前)"
)


def read_paragraphs(path: str | Path) -> RawDocument:
    """Read numbered task paragraphs from a text file or a Word document's paragraphs.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.txt"
    >>> _ = path.write_text("一、科普\\n1.办科技周。（牵头单位：市科技局，配合单位：市科协）\\n", encoding="utf-8")
    >>> row = read_paragraphs(path).rows[0]
    >>> row.area, row.task, row.lead, row.support
    ('科普', '办科技周。', '市科技局', '市科协')
    """
    if Path(path).suffix.lower() == ".docx":
        text, encoding = paragraph_text(path), "docx"
        notes = [("docx_paragraphs", "read the paragraphs of the Word document; line numbers count its paragraphs")]
    else:
        text, encoding, notes = load_text(path)
    document = parse_paragraphs(text, path)
    document.meta["encoding"] = encoding
    notes = [Finding(None, "info", code, message, "none needed") for code, message in notes]
    return RawDocument(document.path, document.layout, document.meta, document.rows, notes + document.findings)


def parse_paragraphs(text: str, path: str | Path = "<text>") -> RawDocument:
    """Read numbered task paragraphs from ``text`` (see the module docstring for the layout).

    Raises
    ------
    LayoutError
        When no numbered paragraph names its units.

    Examples
    --------
    >>> doc = parse_paragraphs("（一）科普\\n1.办科普日（由市科协牵头，市科技局参与）")
    >>> [(r.area, r.task, r.lead, r.support) for r in doc.rows]
    [('科普', '办科普日', '市科协', '市科技局')]
    >>> [f.message for f in doc.findings if f.code == "role_rule"]
    ['roles from the words 牵头 (lead) and 参与 (support): lead 市科协; support 市科技局']

    Notes
    -----
    The area of a task is the nearest heading above it. A paragraph goes on
    over the lines below it until its units are named. Roles follow the
    document's words: 牵头 and 负责 lead; 配合, 参与, 协助 and the unit after
    会同 support. 责任单位 with no 牵头单位, and units before 负责, all lead,
    unless the document says the first unit listed leads (:data:`FIRST_LEADS`);
    then the first leads and the rest support. Each task gets a ``role_rule``
    finding saying which rule applied. Not checked: units named in running
    text without a label or a closing verb group.
    """
    normalise = Normalizer()
    lines = normalise.text(text).split("\n")
    first_leads = any(FIRST_LEADS.search(line) for line in lines)
    findings = normalise.findings()
    tasks, area, notice_end = [], "", None
    for number, line in _logical_lines(lines, findings):
        if not line:
            continue
        heading, task = _HEADING.match(line), _TASK.match(line)
        label = _LABEL.match(line)
        if (heading or task) and notice_end is None:
            notice_end = number
        if label and tasks and not tasks[-1]["closed_inline"]:
            tasks[-1]["labels"].append((number, line))
        elif task or (heading and find_assignment(line)):
            tasks.append({"line": number, "area": area, "text": line[(task or heading).end():], "labels": [],
                          "closed_inline": False})
            tasks[-1]["closed_inline"] = find_assignment(line) is not None
        elif heading:
            area = re.split(r"[。：:]", line[heading.end():])[0].strip()
        elif tasks and not tasks[-1]["labels"] and not tasks[-1]["closed_inline"] and not _NOTE.match(line):
            tasks[-1]["text"] += line
            tasks[-1]["closed_inline"] = find_assignment(tasks[-1]["text"]) is not None
        elif tasks and not _NOTE.match(line) and not FIRST_LEADS.search(line):
            findings.append(Finding(number, "info", "stray_text", f"text between tasks: {line[:40]}",
                                    "ignored: it is not a numbered task or a unit label"))
    rows = []
    for task in tasks:
        row = _row(task, first_leads, findings)
        if row is not None:
            rows.append(row)
    if not rows:
        raise LayoutError(
            "no numbered task names its units: looked for paragraphs such as "
            "3.建设……（牵头单位：市科技局，配合单位：市科协） or （市发展改革委负责）, "
            "or 牵头单位：/责任单位： lines under a numbered task",
            path=path,
        )
    meta = parse_notice(lines[: (notice_end or 1) - 1])
    return RawDocument(path=str(path), layout="paragraph", meta=meta, rows=rows, findings=findings)


_OPENING, _CLOSING = "（([【［", "）)]】］"
_WRAP_LIMIT = 3  # lines a bracket may stay open over before it counts as a stray bracket


def _logical_lines(lines, findings):
    """Yield (line number, text), joining a line whose bracket is still open with the lines below it.

    Word and PDF exports wrap long unit lists: ``（牵头单位：市科技局，配合单位：市科协、`` then
    ``市教育体育局）`` on the next line. A blank line, or more than a few lines, ends the wait.
    """
    def depth(text):
        return sum(text.count(c) for c in _OPENING) - sum(text.count(c) for c in _CLOSING)

    pending = None  # [first line number, text, lines joined]
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if pending is not None and line and pending[2] < _WRAP_LIMIT:
            pending[1] += line
            pending[2] += 1
            if depth(pending[1]) <= 0:
                findings.append(Finding(pending[0], "info", "line_joined",
                                        f"a bracket opened on line {pending[0]} closes on line {number}",
                                        "read the lines as one paragraph"))
                yield pending[0], pending[1]
                pending = None
            continue
        if pending is not None:
            yield pending[0], pending[1]
            pending = None
        if depth(line) > 0:
            pending = [number, line, 0]
        else:
            yield number, line
    if pending is not None:
        yield pending[0], pending[1]


def _row(task, first_leads, findings):
    text, found = task["text"], find_assignment(task["text"])
    parts, rule_words = {"lead": [], "support": []}, []
    lines = {"task": task["line"]}
    if found is not None:
        text, pairs = found
        _collect(pairs, parts, rule_words, lines, task["line"])
    for number, label_line in task["labels"]:
        _collect(_labelled(label_line), parts, rule_words, lines, number)
    if not any(parts.values()):
        findings.append(Finding(task["line"], "warning", "no_assignment",
                                f"the numbered paragraph {text[:30]} names no units",
                                "not read as a task; add （牵头单位：…） if it is one"))
        return None
    parts, rule = _roles(parts, rule_words, first_leads)
    findings.append(Finding(task["line"], "info", "role_rule", rule, "roles assigned as the rule says"))
    responsible = lines.pop("responsible", None)  # its units went to lead, support or both
    lines = {"lead": responsible, "support": responsible, **{k: v for k, v in lines.items() if v}}
    return RawRow(line=task["line"], area=task["area"], task=text.strip(" "), lead="、".join(parts["lead"]),
                  support="、".join(parts["support"]), lines={k: v for k, v in lines.items() if v})


def _collect(pairs, parts, rule_words, lines, line):
    for word, role, units in pairs:
        key = "responsible" if role == "lead" and word in ("责任单位", "责任部门", "负责") else role
        parts.setdefault(key, []).append(units)
        rule_words.append((word, key))
        lines.setdefault(key, line)


def _roles(parts, rule_words, first_leads):
    """Turn collected unit lists into lead and support, and say by which rule."""
    responsible = parts.pop("responsible", [])
    words = {key: "、".join(dict.fromkeys(w for w, k in rule_words if k == key))
             for key in ("lead", "support", "responsible")}
    if responsible and not parts["lead"] and first_leads:
        head, tail = _first_unit("、".join(responsible))
        parts["lead"], parts["support"] = [head], ([tail] if tail else []) + parts["support"]
        why = f"the first unit named with {words['responsible']} leads, as a note in the document says"
    elif responsible and not parts["lead"]:
        parts["lead"] = responsible
        why = f"the units named with {words['responsible']} are all responsible and no 牵头 is named, so all lead"
    else:
        parts["support"] = responsible + parts["support"]  # 责任单位 beside a 牵头单位 share the work
        said = [words["lead"], "、".join(filter(None, (words["support"], words["responsible"])))]
        why = f"roles from the words {said[0] or '-'} (lead) and {said[1] or '-'} (support)"
    supports = f"; support {'、'.join(parts['support'])}" if parts["support"] else ""
    return parts, f"{why}: lead {'、'.join(parts['lead'])}{supports}"


def find_assignment(text: str):
    """Split the units off a task paragraph: return ``(task text, [(word, role, units), ...])`` or None.

    ``role`` is ``"lead"`` or ``"support"``; ``word`` is the label or verb
    that says so. 责任单位 and 负责 come back as ``"lead"``: the caller
    decides whether all of them lead.

    Examples
    --------
    >>> find_assignment("办科技周。[牵头单位：市科技局；配合单位：市科协]")
    ('办科技周。', [('牵头单位', 'lead', '市科技局'), ('配合单位', 'support', '市科协')])
    >>> find_assignment("办科普日（市科协会同市科技局负责）")
    ('办科普日', [('负责', 'lead', '市科协'), ('会同', 'support', '市科技局')])
    >>> find_assignment("各牵头单位要加强统筹（2023年底前完成）") is None
    True
    """
    group = _closing_group(text)
    if group is not None:
        start, inner = group
        pairs = _labelled(inner) if _LABEL.match(inner) else _verb_clauses(inner)
        if pairs:
            return text[:start].rstrip(), pairs
    label = _LABEL.search(text)
    if label:
        pairs = _labelled(text[label.start():])
        if pairs:
            return text[: label.start()].rstrip("（([【 "), pairs
    return None


def _closing_group(text):
    """The bracketed group that ends ``text`` (nested brackets allowed): (start, inner text)."""
    end = len(text.rstrip(_END))
    if not end or text[end - 1] not in _CLOSE:
        return None
    depth = 0
    for index in range(end - 1, -1, -1):
        depth += (text[index] in _CLOSE) - (text[index] in _OPEN)
        if depth == 0:
            return index, text[index + 1 : end - 1].strip()
    return None


def _labelled(text):
    """``牵头单位：A，配合单位：B、C`` -> [(label, role, units), ...]; each label runs to the next."""
    marks = list(_LABEL.finditer(text))
    if not marks or text[: marks[0].start()].strip(_END):
        return []
    pairs = []
    for mark, after in zip(marks, marks[1:] + [None]):
        units = text[mark.end() : after.start() if after else len(text)].strip(_END)
        word = mark.group(1)
        role = column_for(word) or "support"
        if word in ("责任单位", "责任部门"):
            role = "lead"  # the caller splits it by whether a 牵头单位 is named too
        if units:
            pairs.append((word, role, units))
    return pairs


def _verb_clauses(text):
    """``由A牵头，B、C参与`` -> [(verb, role, units), ...], or [] unless every clause ends in a verb."""
    pairs, position = [], 0
    for match in _VERB_CLAUSE.finditer(text):
        if match.start() != position:
            return []
        position = match.end()
        units, verb = match.group(1).strip(_END), match.group(2)
        units = units[1:] if units.startswith("由") else units
        role = "lead" if verb in _LEAD_VERBS else "support"
        if "会同" in units:
            head, tail = units.split("会同", 1)
            pairs += [(verb, role, head), ("会同", "support", tail)]
        elif units:
            pairs.append((verb, role, units))
        else:
            return []
    return pairs if position == len(text) and pairs else []


def _first_unit(names: str) -> tuple[str, str]:
    """Split a unit list after its first name (outside brackets): ``A、B、C`` -> (A, B、C)."""
    depth = 0
    for index, char in enumerate(names):
        depth += (char in _OPEN) - (char in _CLOSE)
        if depth <= 0 and char in "、，,；;":
            return names[:index], names[index + 1 :]
    return names, ""
