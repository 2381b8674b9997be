"""Units a numbered measure's sentences name doing its work, after the short run-in title that opens it."""

from __future__ import annotations

import re

from zygraph.sentences.designated_clauses import named_bodies
from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import MODAL_INSIDE, duty_subject_units, subject_units
from zygraph.names.people import cadres

__all__ = ["titled_subjects"]

#: People at large as a sentence's subject (群众要…, 全县各级干部要…): no unit; cadres are read by people.cadres.
_MASSES = re.compile("群众|群眾|农民|農民|居民|村民|党员|黨員|职工|職工")
#: A measure's run-in title, a short sentence of its own before the sentences doing it: 搞好秸秆还田和综合利用。
_RUN_IN_TITLE = re.compile("^[^，,。；;：:、]{4,20}。$")
#: Words opening a sentence with its setting, not its doer: 在…基础上, 对…, 通过…, 采取…形式.
_SETTING_START = re.compile("^(?:在|对|通过|采取|按照|根据|依据|围绕|结合)")


def titled_subjects(text: str, known=None) -> list[Item] | None:
    """The units of a numbered measure's sentences after its run-in title that open with them doing the work, or None.

    ``一是搞好秸秆还田和综合利用。农办向群众发放…。农机站负责…``: a report of a township's measures titles each in a
    short sentence, then says who does what, each unit the subject of a verb of its own (:func:`duty_subject_units`).
    None when the first sentence is no short title or no sentence after it opens with units.

    Examples
    --------
    >>> [(i.text, i.role) for i in titled_subjects("搞好秸秆还田。农办向群众发放明白纸。农机站负责调配农机。")]
    [('农办', 'responsible'), ('农机站', 'responsible')]
    >>> titled_subjects("加大宣传力度。采取多种形式，加大宣传。") is None
    True
    >>> titled_subjects("划分各级的责任。在统筹考虑各级政府事权的基础上，分解任务。") is None
    True
    >>> titled_subjects("农办向群众发放明白纸。农机站负责调配农机。") is None  # no title: read as sentence_subjects does
    True
    >>> titled_subjects("推进项目建设。今年全县新建项目要全部开工。全县各级干部要带头。") is None  # no unit opens them
    True
    """
    sentences = [part for part in re.split("(?<=[。；;])", text.strip()) if part.strip("。；; ")]
    title = sentences[0].strip() if sentences else ""
    if len(sentences) < 2 or not _RUN_IN_TITLE.match(title) or subject_units(title, known) \
            or duty_subject_units(title, known):
        return None  # 农办向群众发放明白纸。: a duty its unit opens, no title
    items = []
    # 在统筹考虑各级政府事权的基础上，…: a setting opens the sentence, no unit doing it
    for sentence in (part for part in sentences[1:] if not _SETTING_START.match(part.strip())):
        items += [item for item in named_bodies(sentence, known) or subject_units(sentence, known)  # A下设B，负责…
                  or duty_subject_units(sentence, known) or [] if item.text not in {named.text for named in items}
                  and _names_a_unit(item.text)]
    return items or None


def _names_a_unit(text):
    """Whether a subject read before a verb may be a unit: none holding a modal (今年全县新建项目要全部) or naming people.

    >>> _names_a_unit("县应急管理局"), _names_a_unit("今年全县新建项目要全部"), _names_a_unit("全县各级干部")
    (True, False, False)
    >>> _names_a_unit("广大群众")
    False
    """
    return MODAL_INSIDE.search(text) is None and not cadres(text) and _MASSES.search(text) is None
