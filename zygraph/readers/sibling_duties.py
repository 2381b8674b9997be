"""Duties among siblings: which headings or items of one level and area open with their units, and those units."""

from __future__ import annotations

import re

from zygraph.readers.assignment import closing_group, has_unit_group
from zygraph.sentences.composed_members import group_members
from zygraph.sentences.duties import headed_duty_units
from zygraph.sentences.modal_duties import modal_subject_units, subject_duties
from zygraph.sentences.part_titles import part_title
from zygraph.sentences.everyone import in_general
from zygraph.sentences.role_words import label_start
from zygraph.sentences.kind_subjects import kind_subject_units
from zygraph.sentences.report_duties import without_setting
from zygraph.sentences.set_up_body import set_up_body
from zygraph.sentences.subject_units import duty_subject_units, subject_units

__all__ = ["RUN_IN", "sibling_modal_duties", "next_duty", "measure_subject", "requirement_units", "beside_duties",
           "numbered_after_duty", "colonless_member", "headed_siblings", "headed_run", "headed_runs"]

#: A heading that goes on with a sentence after its title (一、加强保障。县财政局要…).
RUN_IN = re.compile(r"。\s*\S")


def sibling_modal_duties(parsed):
    """For each block, the units of the duty it is in a run of siblings each opening with units and 要, or None.

    Siblings are neighbouring blocks of one kind (headings or numbered items) under one area; a block that
    names units otherwise (a bracket, a label, a role verb) is no duty of the run; one naming them in its own
    sentences (由A负责…, 请A…) makes its neighbours opening with units and 要 duties (:func:`zygraph.sentences.modal_duties.modal_duties`).
    Also, for each block, whether it is read only through such a neighbour (no sibling opening with 要 beside it).

    >>> def heading(text, level=2, area="职责"):
    ...     return dict(heading=True, area=area, level=level, labels=[], text=text, number=None, names_owner=False)
    >>> duties, _ = sibling_modal_duties([(heading("县财政局要保障经费。"), []), (heading("县审计局要加强审计。"), [])])
    >>> [[(i.text, i.role) for i in units] for units in duties]
    [[('县财政局', 'responsible')], [('县审计局', 'responsible')]]
    >>> sibling_modal_duties([(heading("县财政局要保障经费。"), []), (heading("加强宣传。"), [])])
    ([None, None], [False, False])
    """
    out, beside_named = [None] * len(parsed), [False] * len(parsed)
    start = 0
    for end in range(1, len(parsed) + 1):
        if end == len(parsed) or _sibling_key(parsed[end][0]) != _sibling_key(parsed[start][0]):
            run = parsed[start:end]
            # a run of numbered items only: a paragraph without a number among them (各部门要…。职责如下：) leads in
            numbered = all(block["number"] is not None for block, _ in run)
            texts = ["" if any(items for _, items in tasks) else block["text"] for block, tasks in run]
            out[start:end] = subject_duties(texts, named=[numbered and _names_in_running_text(block, tasks)
                                                          for block, tasks in run])
            alone = subject_duties(texts)  # read without the neighbours naming units in their sentences
            beside_named[start:end] = [bool(read) and not plain for read, plain in zip(out[start:end], alone)]
            start = end
    return out, beside_named


def _names_in_running_text(block, tasks):
    """True when a numbered item names its units in its sentences, with no bracket or label (2、…由A负责清理, 5、请B派出…):
    a list dividing its work so names the units of its other items as their subjects too (1、县各单位要…)."""
    return block["number"] is not None and not block["heading"] and not block["labels"] \
        and any(items for _, items in tasks) and not has_unit_group(block["text"]) and label_start(block["text"]) is None


def _sibling_key(block):
    """What neighbouring blocks share to be siblings: their kind (heading or numbered item) and area."""
    return block["heading"], block["area"]


def next_duty(last, text, siblings=False):
    """True when ``text`` follows a duty its units open (市统计局负责…, or one read so: 市科协协调…) and opens
    with units itself, after a clause of setting if any (灾害发生后，A、B立即组织…); a working group's duty and members
    (救援组负责…。由A、B组成。) is such a duty.

    A heading is such a duty only for a heading after it (``siblings``): numbered duties written as headings.

    >>> last = {"heading": False, "labels": [], "duty": True, "text": "市统计局负责数据汇总。"}
    >>> next_duty(last, "市财政局负责经费保障。"), next_duty(last, "加强宣传。"), next_duty(None, "市财政局负责经费保障。")
    (True, False, False)
    """
    return last is not None and (siblings or not last["heading"]) and not last["labels"] \
        and (last["duty"] or bool(subject_units(last["text"])) or bool(group_members(last["text"]))) \
        and bool(duty_subject_units(without_setting(text)) or kind_subject_units(text))


def measure_subject(parsed, modal, index):
    """The units a heading's text names as the subject of 要 (A要会同B…), or the body it sets up in a unit to do the
    work (在A设立B，统筹…: :func:`zygraph.sentences.set_up_body.set_up_body`), when it stands among measures of the same
    level that other parts of the notice divide by the units opening them (``modal``: :func:`sibling_modal_duties`), names no
    unit otherwise and has no items under it; else None. Units in general (国务院各有关部门) are none: a call on all.

    >>> def heading(text, level=2, area="职责"):
    ...     return dict(heading=True, area=area, level=level, labels=[], text=text, number=None, names_owner=False)
    >>> parsed = [(heading("一、保障。县财政局要保障经费。", 1, "一"), []), (heading("二、审计。县审计局要加强审计。", 1, "二"), []),
    ...           (heading("三、检查。县教育局要会同县公安局开展检查。", 1, "三"), [])]
    >>> [(i.text, i.role) for i in measure_subject(parsed, [True, True, False], 2)]
    [('县教育局', 'responsible'), ('县公安局', 'support')]
    >>> measure_subject(parsed, [True, False, False], 2) is None  # one other part only divides its work so
    True
    """
    block = parsed[index][0]
    level = block.get("level") or 1
    after = parsed[index + 1][0] if index + 1 < len(parsed) else None
    if after is not None and not (after["heading"] and (after.get("level") or 1) <= level) \
            or not RUN_IN.search(block["text"]):
        return None
    if sum(1 for at, (other, _) in enumerate(parsed) if modal[at] and other["heading"]
           and (other.get("level") or 1) == level and other["area"] != block["area"]) < 2:
        return None
    text = block["text"][RUN_IN.search(block["text"]).start() + 1:]
    units = modal_subject_units(text) or set_up_body(text)  # 在A设立B，统筹…: the body set up does the work
    return units if units and not any(in_general(item.text) for item in units if item.role != "support") else None


def requirement_units(text):
    """The units a requirement names before 要 (:func:`zygraph.sentences.modal_duties.modal_subject_units`), or None when they are
    units in general named after the requirement opens (正确引导舆论。…。国务院各有关部门和有关地方政府要…): a call on
    everyone closing a notice, no share of its own; units opening it (各有关部门，要…) are its own.

    >>> [(i.text, i.role) for i in requirement_units("一、加强统筹。县财政局要保障经费。")]
    [('县财政局', 'responsible')]
    >>> requirement_units("正确引导舆论。国务院各有关部门要加强宣传。") is None
    True

    A part's title a copy glued to the units (``工作要求各成员单位要…``: :func:`zygraph.sentences.part_titles.part_title`)
    is no part of their name:

    >>> [i.text for i in requirement_units("工作要求各成员单位要按照职责分工，加强协调。")]
    ['各成员单位']
    """
    title = part_title(text)  # 四、工作要求各成员单位要…: the part's title glued to the subject
    items = modal_subject_units(text[len(title):])
    if items and any(in_general(item.text) for item in items) and not modal_subject_units(text[len(title):], opening=True):
        return None
    return items


def beside_duties(parsed, index):
    """True when ``parsed[index]`` (a title and text) has a sibling heading of duties (two or more, with units), or
    units open it after a heading naming its units in its own sentences (二、A牵头并协调B… then 三、各有关部门，要…).

    >>> def heading(text, level=2, area="职责"):
    ...     return dict(heading=True, area=area, level=level, labels=[], text=text, number=None, names_owner=False)
    >>> parsed = [(heading("一、分工"), [("甲", ["县财政局"]), ("乙", ["县审计局"])]), (heading("二、要求。各部门要加强配合。"), [])]
    >>> beside_duties(parsed, 1), beside_duties(parsed[1:], 0)
    (True, False)
    """
    block, (before, done) = parsed[index][0], parsed[index - 1] if index else ({"heading": False}, [])
    if _titled_rules_part(parsed, index):
        return True
    return bool(RUN_IN.search(block["text"]) and any(
        0 <= at < len(parsed) and parsed[at][0]["heading"] and parsed[at][0]["area"] == block["area"]
        and len(parsed[at][1]) > 1 and all(items for _, items in parsed[at][1]) for at in (index - 1, index + 1)) \
        or before["heading"] and before["area"] == block["area"] and not before["labels"] and not before["names_owner"] \
        and closing_group(before["text"]) is None and any(items for _, items in done) \
        and modal_subject_units(block["text"], opening=True))


def _titled_rules_part(parsed, index):
    """True when ``parsed[index]``, a heading, opens with a part's title glued to units and 要 (四、工作要求各成员单位要…:
    :func:`zygraph.sentences.part_titles.part_title`) and an earlier sibling heading's text gives a body a duty (二、…
    联席会议办公室设在A，承担…): the parts of a body's rules, a part of procedures with no duty between them.

    >>> def heading(text):
    ...     return dict(heading=True, area="", level=1, labels=[], text=text, number=None, names_owner=False)
    >>> parsed = [(heading("成员办公室设在甲局，承担日常工作。"), [("办公室设在甲局", ["办公室"])]),
    ...           (heading("工作规则每年召开一次会议。"), []), (heading("工作要求各成员单位要互通信息。"), [])]
    >>> _titled_rules_part(parsed, 2), _titled_rules_part(parsed[1:], 1)
    (True, False)
    """
    block = parsed[index][0]
    text = block["text"]
    return bool(block["heading"] and part_title(text) and modal_subject_units(text[len(part_title(text)):], opening=True)
                and any(parsed[at][0]["heading"] and parsed[at][0]["area"] == block["area"]
                        and parsed[at][0].get("level") == block.get("level")
                        and any(items for _, items in parsed[at][1]) for at in range(index)))


def numbered_after_duty(parsed, index):
    """True when ``parsed[index]``, a numbered paragraph, follows a numbered duty opening with its department set off
    by a colon (9、监察部门：…) and opens with its units doing a duty itself (10、其他各有关部门按照有关规定履行职责。):
    the list's last duty.

    >>> def item(text, number): return {"heading": False, "number": number, "member": False, "labels": [], "text": text}
    >>> parsed = [(item("监察部门：负责监督检查。", 9), [("甲", ["监察部门"])]), (item("其他各有关部门按照有关规定履行职责。", 10), [])]
    >>> numbered_after_duty(parsed, 1), numbered_after_duty([parsed[0], (item("加强宣传。", 10), [])], 1)
    (True, False)
    """
    block, (before, done) = parsed[index][0], parsed[index - 1]
    return block["number"] is not None and before["number"] is not None and not before["heading"] \
        and any(items for _, items in done) and bool(before["member"] or headed_duty_units(before["text"])) \
        and bool(duty_subject_units(block["text"]))


def colonless_member(parsed, index):
    """True when ``parsed[index]``, a heading, follows a sibling heading (same level and area) that opens with its
    department set off by a colon (（二十七）A公司：负责…) and opens with units doing a duty itself, with no colon
    (（二十八）B和C根据需要，担负…): the last member of a list of members' duties numbered as sub-headings.

    >>> def heading(text, level=2): return {"heading": True, "area": "职责", "level": level, "labels": [], "text": text}
    >>> parsed = [(heading("市供电公司：负责抢修电力设施。"), []), (heading("驻地解放军和武警支队根据需要，担负抢险任务。"), [])]
    >>> colonless_member(parsed, 1)
    True
    >>> colonless_member([parsed[0], (heading("各村要加强值班。", level=1), [])], 1)  # the next part: no member
    False
    """
    block, before = parsed[index][0], parsed[index - 1][0]
    return bool(index) and before["heading"] and _sibling_key(before) == _sibling_key(block) \
        and (before.get("level") or 1) == (block.get("level") or 1) and not before["labels"] \
        and bool(headed_duty_units(before["text"])) and bool(duty_subject_units(block["text"]))


def headed_siblings(parsed, index):
    """True when ``parsed[index]``, a heading naming no units, opens with its department set off by a colon before
    its duties (``（二）县交通局：负责道路巡查…``), and so does another heading of its run of siblings
    (:func:`_sibling_run`): a list of members' duties numbered as sub-headings, as
    :func:`zygraph.sentences.duties.headed_duties` reads them unnumbered, one a line. A lone heading so written
    (``（一）组织领导小组：…``) divides nothing.

    >>> def heading(text, level=2, area="职责"):
    ...     return dict(heading=True, area=area, level=level, labels=[], text=text, number=None, names_owner=False)
    >>> parsed = [(heading("县教育局：负责校园安全。"), []), (heading("县水利局：负责河道巡查。"), [])]
    >>> headed_siblings(parsed, 0), headed_siblings(parsed[:1], 0)
    (True, False)
    """
    return bool(headed_duty_units(parsed[index][0]["text"])) and headed_run(parsed, index)


def headed_run(parsed, index):
    """True when two headings or more of the run of siblings ``parsed[index]`` is in open with their department and
    a colon, wherever they stand in it (（一）县教育局：… （二）新闻媒体：… （三）县水利局：…).

    >>> def heading(text, level=2, area="职责"):
    ...     return dict(heading=True, area=area, level=level, labels=[], text=text, number=None, names_owner=False)
    >>> parsed = [(heading("县教育局：负责校园安全。"), []), (heading("加强宣传。"), []), (heading("县水利局：负责河道巡查。"), [])]
    >>> headed_run(parsed, 1), headed_run(parsed[:2], 1)
    (True, False)
    """
    return sum(bool(headed_duty_units(parsed[at][0]["text"])) for at in _sibling_run(parsed, index)) >= 2


def headed_runs(parsed):
    """:func:`headed_run` for each of ``parsed`` (False for what is no heading), each run of siblings read once.

    >>> def heading(text, level=2, area="职责"):
    ...     return dict(heading=True, area=area, level=level, labels=[], text=text, number=None, names_owner=False)
    >>> parsed = [(heading("县教育局：负责校园安全。"), []), (heading("加强宣传。"), []), (heading("县水利局：负责河道巡查。"), []),
    ...           (heading("二、保障", level=1), []), (heading("县财政局：负责经费。"), [])]
    >>> headed_runs(parsed)
    [True, True, True, False, False]
    """
    out, seen = [False] * len(parsed), set()
    for index, (block, _) in enumerate(parsed):
        if block["heading"] and index not in seen:
            run = _sibling_run(parsed, index)
            found = sum(bool(headed_duty_units(parsed[at][0]["text"])) for at in run) >= 2
            for at in run:
                out[at] = found
            seen.update(run)
    return out


def _sibling_run(parsed, index):
    """The indexes of the headings of ``parsed[index]``'s level and area under the same parent, itself included:
    the run stops at a heading of a level above (the next part) or a sibling of another area; items and headings
    below the siblings are passed over."""
    block = parsed[index][0]
    level = block.get("level") or 1
    run = [index]
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(parsed):
            other = parsed[at][0]
            depth = other.get("level") or 1
            if other["heading"] and (depth < level or depth == level and _sibling_key(other) != _sibling_key(block)):
                break
            if other["heading"] and depth == level:
                run.append(at)
            at += step
    return sorted(run)
