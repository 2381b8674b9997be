"""Units a notice names once for every task: ``以下均需试点城市政府落实，不再列出``, ``除特别注明的外，A、B都是配合单位``,
``实施主体：A。因…均需地方政府协同落实，实施主体以下不再重复``."""

from __future__ import annotations

import re

from zygraph.sentences.role_words import LABELS, VERBS, role_of
from zygraph.names.unitlist import split_units

__all__ = ["document_wide", "document_wide_units", "without_document_wide", "said_below", "wide_role_said", "aside_said"]

#: The role verbs of an aside between a document-wide sentence's units and its 不再列出, giving another unit a remit
#: of its own (以下均需A落实，B负责化工区内的监管工作，不再列出): B and its verb (B负责) are kept where they are written,
#: on the task the sentence closes; the remit after the verb is a scope, no unit.
_ASIDE_VERBS = "负责|承担|牵头|配合|参与"
#: A sentence naming units for every later task: 以下均需试点城市政府落实，不再列出.
_DOCUMENT_WIDE = re.compile(
    "(?:除(?:专门|特别|另行|另有)?(?:列出|列明|注明|说明)(?:的|者)?(?:以)?外[，,]?)?"  # 除专门列出外: save where named
    "(?:以下|具体任务|各项任务|所有任务|上述任务)[^。，,；;]{0,6}?(?:均需|均由|均涉及|均要|都需|都由|都涉及|均为|均)"
    "(?P<units>[^。，,；;]{2,40}?)(?:落实|负责|承担|参与|配合|牵头)?"
    "(?:[，,](?P<unless>[^。；;]{2,60}?的)[，,][^。；;]{2,60}?"  # ，区政府无相关职能的，由A负责相关工作: a fallback
    f"|[，,](?P<aside>[^。；;，,]{{2,30}}?(?:{_ASIDE_VERBS}))(?P<remit>[^。；;，,]{{0,40}}?))?"  # ，B负责…工作: B's remit
    "[，,]?(?:不再|不一一|不另)(?:(?:单独|逐一|一一|另行|重复)?(?:列出|列明|标注|做分工|分工)|重复)"  # 不再重复: not again
    "(?:[，,]?下同)?[。；;]?"
)
#: A sentence naming the units of every task save those that say otherwise, and their role:
#: 除特别注明的外，各县（市、区）政府和金华开发区都是配合单位.
_UNLESS_NOTED = re.compile(
    "除(?:特别|特殊|另有|另行)?(?:注明|说明|标明|明确)(?:的|者)?(?:以)?外[，,]?"
    "(?P<units>[^。；;：:]{2,120}?)(?:都|均)(?:是|为|作为)(?P<label>配合单位|协办单位|支撑单位|参与单位|责任单位|牵头单位)[。；;]?"
)
#: A label's units, then a note saying the label is not written again below, and why (a reason naming how they work):
#: 实施主体：A。因各项工作均需地方政府协同落实，实施主体以下不再重复。 The units are on the task the note closes and on
#: every later one; the reason's role verb (协同: support) gives their role, else the label's own.
_LABEL_NOTE = re.compile(
    f"(?P<label>{'|'.join(sorted(LABELS, key=len, reverse=True))})[：:](?P<units>[^。；;：:（(）)]{{2,80}}?)[。；;]"
    "(?:(?:因为|因|由于|鉴于)(?P<reason>[^。；;]{2,60}?)[，,])?"
    "(?P=label)(?:以下|下文)?(?:均|都|将)?(?:不再|不一一|不另)(?:重复|列出|列明|标注)(?:[，,]?下同)?[。；;]?"
)
_ROLE_VERB = re.compile("|".join(sorted(VERBS, key=len, reverse=True)))
_BELOW = re.compile("以下|下列")
_ROLE_OF_LABEL = {"配合单位": "support", "协办单位": "support", "支撑单位": "support", "参与单位": "support",
                  "责任单位": "responsible",
                  "牵头单位": "lead"}


def document_wide(line: str, known=None) -> tuple[str, list[str], str]:
    """Take a sentence naming units for every task out of ``line``: (the rest of the line, its units, their role).

    The role is ``responsible`` (each task gives them the role they have where named), or the one the
    sentence gives them (``都是配合单位``: support).

    Examples
    --------
    >>> document_wide("以下均需试点城市政府落实，不再列出。")
    ('', ['试点城市政府'], 'responsible')
    >>> document_wide("除特别注明的外，各县（市、区）政府和金华开发区都是配合单位。市督考办要定期督查。")
    ('市督考办要定期督查。', ['各县（市、区）政府', '金华开发区'], 'support')
    >>> document_wide("以下均需各县区政府落实，区政府无相关职能的，由市直部门负责相关工作，不再列出。")  # a fallback
    ('', ['各县区政府'], 'responsible')
    >>> document_wide("除专门列出外，以下任务均涉及各区数据管理部门，不再重复")  # said once, not repeated
    ('', ['各区数据管理部门'], 'responsible')
    >>> document_wide("以下各项由市科技局负责。")
    ('以下各项由市科技局负责。', [], 'responsible')

    An aside between the units and 不再列出 giving another unit a remit of its own leaves that unit and its verb in
    the rest, where they are read (the remit is a scope); the sentence may stand inside a task's unit bracket:

    >>> document_wide("（A局牵头；区县局组织落实。以下均需区县局落实，市总队负责化工区内的监管工作，不再单独列出）")
    ('（A局牵头；区县局组织落实。市总队负责）', ['区县局'], 'responsible')

    A label whose note says it is not written again takes its units out of the group, in the role its reason says:

    >>> document_wide("（牵头单位：县农业局。实施主体：各乡镇。因需乡镇配合推进，实施主体以下不再列出。）")
    ('（牵头单位：县农业局。）', ['各乡镇'], 'support')
    """
    match = _LABEL_NOTE.search(line)
    if match is not None:
        return line[: match.start()] + line[match.end():], split_units(match.group("units"), known), _note_role(match)
    match = _DOCUMENT_WIDE.search(line)
    if match is not None:  # an aside giving another unit a remit of its own stays, where that unit is written
        aside = match.group("aside") or ""
        return (line[: match.start()] + aside + line[match.end():], split_units(match.group("units"), known),
                "responsible")
    match = _UNLESS_NOTED.search(line)
    if match is not None:
        return (line[: match.start()] + line[match.end():], split_units(match.group("units"), known),
                _ROLE_OF_LABEL[match.group("label")])
    return line, [], "responsible"


def without_document_wide(line: str, known=None) -> tuple[str, list[str]]:
    """Take a document-wide sentence out of ``line``: (the rest of the line, its units).

    Examples
    --------
    >>> without_document_wide("（责任单位：省科技厅。具体任务均涉及相关市(州)人民政府，不再做分工，下同。）")
    ('（责任单位：省科技厅。）', ['相关市(州)人民政府'])
    """
    rest, units, _ = document_wide(line, known)
    return rest, units


def document_wide_units(line: str, known=None) -> list[str]:
    """Units a sentence puts on every later task (``以下均需试点城市政府落实，不再列出``), or [].

    Examples
    --------
    >>> document_wide_units("以下均需试点城市政府落实，不再列出。")
    ['试点城市政府']
    >>> document_wide_units("以下各项由市科技局负责。")
    []
    """
    return document_wide(line, known)[1]


def _note_role(match) -> str:
    """The role a label's note gives its units: that of the first role verb in its reason (协同落实: support), else
    the label's own (实施主体: responsible)."""
    verb = _ROLE_VERB.search(match.group("reason") or "")
    return role_of(verb.group()) if verb else role_of(match.group("label"))


def said_below(line: str) -> bool:
    """True when a document-wide sentence in ``line`` gives its units to the tasks below it only (以下均需A落实):
    not the task it closes too (……，下同; a label's note, whose units the task names: 实施主体：A。实施主体以下不再重复).

    >>> said_below("以下均需试点城市政府落实，不再列出。"), said_below("（具体任务均涉及各市政府，不再做分工，下同。）")
    (True, False)
    >>> said_below("（责任单位：县水利局。实施主体：各乡镇。实施主体以下不再重复。）")
    False
    """
    return _BELOW.search(line) is not None and "下同" not in line and _LABEL_NOTE.search(line) is None


def wide_role_said(line: str, role: str) -> str:
    """How document-wide units are added, for the finding: in the role each task gives them, in the one the notice
    gives them, or in the one a label's note gives them, with its reason.

    >>> wide_role_said("（实施主体：各乡镇。因需乡镇协同落实，实施主体以下不再重复。）", "support")
    'as support, the role the note on their label 实施主体 gives them (需乡镇协同落实), on this task too'
    >>> wide_role_said("以下均需试点城市政府落实，不再列出。", "responsible")
    'in the role they have where named'
    """
    note = _LABEL_NOTE.search(line)
    if note is not None:
        why = f" ({note.group('reason')})" if note.group("reason") else ""
        return f"as {role}, the role the note on their label {note.group('label')} gives them{why}, on this task too"
    return "in the role they have where named" if role == "responsible" else f"as {role}, unless it names them"


def aside_said(line: str) -> str:
    """What becomes of an aside in a document-wide sentence, for its finding: its unit and verb kept on the task the
    sentence closes, its remit dropped (a scope, no unit); "" when the sentence has no aside.

    >>> aside_said("（甲处牵头。以下均需区县局落实，市检测站负责样品的复核工作，不再单独列出）")
    '; the aside 市检测站负责 is kept on this task, its remit 样品的复核工作 dropped (a scope, no unit)'
    >>> aside_said("以下均需试点城市政府落实，不再列出。")
    ''
    """
    if _LABEL_NOTE.search(line) is not None:
        return ""  # document_wide reads a label's note first: no aside
    match = _DOCUMENT_WIDE.search(line)
    if match is None or not match.group("aside"):
        return ""
    remit = match.group("remit") or ""
    dropped = f", its remit {remit} dropped (a scope, no unit)" if remit else ""
    return f"; the aside {match.group('aside')} is kept on this task{dropped}"
