"""Duties shared out by a section's form: units named in a sentence of their own, or under a 职责分工 heading.

Plans that set up a working group often close with the duties of its members, written two ways
that name no role label and no bracket:

* each member named alone as a sentence, its duties after it (``各组成单位及其职责如下：县环保局。负责对全县…。
  县交通局、公路局。负责…。``): :func:`named_duties`;
* a heading that announces the division of duties (``三、职责分工``) over paragraphs each opening with
  the unit doing it (``各村是…责任主体…``, ``农业办积极开展…``, ``企管站做好…``): :func:`divides_duties`
  says which headings do; the paragraph reader reads each paragraph's opening units;
* a sentence naming departments by their field (``卫生、执法等部门负责…。``), then each department named in full
  as the subject of its share (``卫生局要…；执法局要…。``): :func:`fielded_duties`.
"""

from __future__ import annotations

import re

from zygraph.sentences.modal_duties import modal_subject_units
from zygraph.sentences.grammar import Item
from zygraph.sentences.subject_units import subject_units
from zygraph.names.unitlist import BARE_NAME, split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import looks_like_unit

__all__ = ["named_duties", "divides_duties", "fielded_duties", "kind_heading"]

#: A sentence naming departments by their field, then their duty: 卫生、执法、环卫、建设等部门负责保障….
_BY_FIELD = re.compile("^(?P<fields>[^，,。；;：:]{2,40}?)等(?:有关|相关|有關|相關)?(?:职能|職能)?(?:部门|部門)"
                       "(?:要|将|將)?(?:共同)?(?:负责|負責)")
_FEWEST_FIELDS = 2  # a list of fields, not one department said short

#: The verb a duty opens with after the sentence naming its units: 负责对全县…, 牵头做好….
_DUTY_VERB = re.compile("^(?:负责|負責|牵头|牽頭|承担|承擔)")
#: How long a sentence naming only units may be (characters): 县交通局、公路局、县公安局.
_LONGEST_NAMES = 40
#: A heading announcing who does what: 职责分工, 组织领导及职责分工, 部门职责, 工作职责, 任务分工.
#: Between the members and their duties a heading may say whose and which (成员单位的主要职责).
_DIVIDING = re.compile("(?:职责|職責|任务|任務)(?:分工|分解)|分工(?:与|和|及|與)(?:职责|職責)|(?:部门|单位|部門|單位|工作|成员单位)(?:的)?(?:主要)?(?:职责|職責)$")


def named_duties(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """Split a list of duties each led by a sentence naming only its units (``A。负责…。B、C。负责…``), or None.

    A sentence that names units and nothing else, followed by one opening with 负责 (or 牵头, 承担),
    starts a duty: the duty is that sentence and all up to the next such sentence. What comes before the
    first (a lead-in, ``各组成单位及其职责如下：``) is no duty. Every unit is responsible for its own duty.
    None unless two duties at least are found.

    Examples
    --------
    >>> text = "各成员单位职责如下：县环保局。负责统一监督。加强执法检查。县交通局、公路局。负责公路巡查。"
    >>> [(duty, [i.text for i in items]) for duty, items in named_duties(text)]
    [('县环保局。负责统一监督。加强执法检查。', ['县环保局']), ('县交通局、公路局。负责公路巡查。', ['县交通局', '公路局'])]
    >>> named_duties("加强领导。负责统一监督。") is None
    True
    """
    sentences = [part for part in re.split("(?<=[。])", text) if part.strip()]
    starts = []  # (index of the sentence, where its units start in it, the units)
    for index, sentence in enumerate(sentences[:-1]):
        names = re.split("[：:]", sentence)[-1].strip().rstrip("。")
        if 2 <= len(names) <= _LONGEST_NAMES and _DUTY_VERB.match(sentences[index + 1].strip()) \
                and looks_like_unit_list(names, known):
            units = split_units(names, known)
            if units:
                starts.append((index, sentence.rfind(names), units))
    if len(starts) < 2:
        return None
    duties = []
    for (index, at, units), following in zip(starts, [*starts[1:], (len(sentences), 0, [])]):
        duty = sentences[index][at:] + "".join(sentences[index + 1:following[0]])
        duties.append((duty.strip(), [Item(name, "responsible", "负责") for name in units]))
    return duties


def divides_duties(heading: str) -> bool:
    """True when a heading's title announces the division of duties among the units below it.

    Examples
    --------
    >>> divides_duties("职责分工"), divides_duties("组织领导及职责分工"), divides_duties("部门职责")
    (True, True, True)
    >>> divides_duties("工作目标和任务"), divides_duties("保障措施")
    (False, False)
    """
    title = re.split("[。：:，,]", heading.strip(), maxsplit=1)[0]
    return _DIVIDING.search(title) is not None


#: A heading naming a kind of body and nothing else: 物业服务企业, 拆除施工单位, 区中标的道路运输单位和作业服务单位.
_KIND_HEADING = re.compile("^(?:各|区|县|市)?[^，,。；;：:、（()）“”\\s]{0,18}(?:企业|单位|公司)$")


def kind_heading(title: str, area: str, after_unit: bool) -> list[Item] | None:
    """The body a heading names by its kind (``（八）物业服务企业``), as one unit, or None.

    Under a part dividing duties (:func:`divides_duties`), a heading that follows a sibling heading naming a unit
    (``after_unit``) and names only a kind of enterprise or unit heads that kind's duties as a department's heading
    heads its own: the kind is the unit of the duties under it, whole (区中标的道路运输单位和作业服务单位 is one).

    Examples
    --------
    >>> [i.text for i in kind_heading("物业服务企业", "分工与职责", True)]
    ['物业服务企业']
    >>> kind_heading("物业服务企业", "工作措施", True), kind_heading("建设单位", "职责分工", False)
    (None, None)
    >>> kind_heading("加强监督检查", "职责分工", True) is None
    True
    """
    title = title.strip()
    if not after_unit or not divides_duties(area) or not _KIND_HEADING.match(title):
        return None
    return [Item(title, "responsible", "")]


def fielded_duties(text: str, known=None) -> list[Item] | None:
    """The departments a paragraph names in full as the subjects of its shares after a sentence naming them by their
    field (``卫生、执法等部门负责保障…。卫生局要…；执法局要…。``), or None.

    The fields (``卫生``, ``执法``) name no unit themselves: they say which departments the shares after them go to,
    each written in full as the subject of its clause (``卫生局要…``, ``执法局负责…``). The paragraph is one duty of
    those departments, each in the role its own clause gives (``公安分局要配合``: support), else responsible; the
    fields are not counted again. Read only when every field is named in
    full after it and every department after it is one of the fields.

    Examples
    --------
    >>> text = "卫生、执法等部门负责保障场馆卫生。卫生局要落实监管；执法局要清除小摊贩。"
    >>> [(i.text, i.role) for i in fielded_duties(text)]
    [('卫生局', 'responsible'), ('执法局', 'responsible')]
    >>> fielded_duties("卫生、执法等部门负责保障场馆卫生。卫生局要落实监管；交通局要疏导交通。") is None
    True
    """
    summary, _, rest = text.strip().partition("。")
    found = _BY_FIELD.match(summary)
    fields = split_units(found.group("fields"), known) if found else []
    test = known or (lambda name: False)
    if len(fields) < _FEWEST_FIELDS or not all(BARE_NAME.match(field) and not looks_like_unit(field, test)
                                                for field in fields):
        return None
    items = []
    for clause in re.split("(?<=[。；;])", rest):
        items += (subject_units(clause, known) or modal_subject_units(clause, known, opening=True) or []) \
            if clause.strip("。；; ") else []
    names = [item.text for item in items]
    if not all(any(field in name for name in names) for field in fields) \
            or not all(any(field in name for field in fields) for name in names):
        return None
    return items
