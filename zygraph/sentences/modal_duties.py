"""Duties said with a modal verb: the units opening a clause with 要, 将 or 应 (A要…), in a requirement or a run of sibling items."""

from __future__ import annotations

import re

from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.sentences.everyone import opens_in_general, refers_elsewhere, role_holders, with_roles_held_in_a_field
from zygraph.sentences.grammar import Item, officials, split_clauses
from zygraph.sentences.modal_partners import modal_partners
from zygraph.sentences.subject_units import duty_subject_units

__all__ = ["MODAL_CLAUSE", "modal_duties", "modal_sentences", "modal_subject_units", "subject_duties"]


#: A collective of units named elsewhere, owned by a body: 市人民政府有关部门, 市直各单位.
_COLLECTIVE_SUBJECT = re.compile("有关|相关|各")
#: A clause whose units must, will or should do its work: 各参建乡镇和部门要加强…, 县纪委监委将严肃追责, A务必要….
MODAL_CLAUSE = re.compile("^(?P<units>[^，,。；;：:]{2,40}?)(?:务必|一定)?(?P<verb>要|将|应|须|必须|应当)(?!求|点|是|于)")
#: A run-in title closed by a full stop before an item's first sentence, one clause: 民爆器材管理。, 建筑施工安全。.
_RUN_IN_TITLE = re.compile("^[^，,。；;：:]{2,20}。")
#: A clause opening with such a verb, after a clause of units alone: 各有关部门，要….
_MODAL_FIRST = re.compile("^(?:要|将|应|须|必须|应当)(?!求|点|是|于)")


def modal_subject_units(text: str, known=None, opening: bool = False) -> list[Item] | None:
    """The units of the first clause that opens with units and 要, 将 or 应 (``各参建乡镇和部门要加强…``; also
    with a comma between, ``各有关部门，要在…``), or None.

    Read only for a requirement beside a list of duties or after an arrangement naming its units in its own
    sentence (``二、A牵头并协调B…``), where each requirement names who meets it
    (``一、加强统筹协调。各参建乡镇和部门要…``, ``三、严肃追责。对…的，县纪委监委将严肃追责问责``). The units
    are responsible. Role holders in general (``各责任单位要…``) and officials are no such units. With
    ``opening`` only units opening the text count (``各有关部门，要…``, not ``加强领导，各地要…``).

    Examples
    --------
    >>> [(i.text, i.role) for i in modal_subject_units("严肃追责。对工作不力的，县纪委监委将严肃追责问责。")]
    [('县纪委监委', 'responsible')]
    >>> [(i.text, i.role) for i in modal_subject_units("各有关部门，要在专项行动中加强执法检查。")]
    [('各有关部门', 'responsible')]
    >>> modal_subject_units("加强领导，县财政局要保障经费。", opening=True) is None
    True
    >>> modal_subject_units("各责任单位要加强统筹。"), modal_subject_units("要加强统筹，确保实效。")
    (None, None)
    >>> modal_subject_units("会同县市场监管局等部门将名单公开。") is None  # a partner, the subject left out
    True
    """
    clauses = [clause for clause, _ in split_clauses(text)]
    for index, clause in enumerate(clauses[:1] if opening else clauses):  # opening: the units open the text
        after = clauses[index + 1] if index + 1 < len(clauses) else ""
        # 各有关部门，要在…: a subject set off by a comma before its modal verb
        found = MODAL_CLAUSE.match(clause) or (MODAL_CLAUSE.match(clause + after) if _MODAL_FIRST.match(after) else None)
        if found is None:
            continue
        units = found.group("units")
        if units.startswith(("会同", "會同")):  # …，会同B将…: the subject left out, B a partner
            continue
        if role_holders(units) or officials(units, known or (lambda name: False)) \
                or not looks_like_unit_list(units, with_roles_held_in_a_field(known)):
            continue
        return [Item(name, "responsible", found.group("verb")) for name in split_units(units, known)] \
            + modal_partners(found.string, found.end(), known)  # A要会同B…: B supports
    return None


def modal_duties(texts: list[str], known=None, named=None) -> list[list[Item] | None]:
    """The units of each of a run of sibling items that are duties of the units they open with and 要, 将 or 应.

    ``（一）公安部门要加强防范；（二）市场监管部门要依法查处；``: a list dividing the work with no role word,
    each item opening with its own units and a modal verb (:func:`modal_subject_units`, ``opening``), or
    with a run-in title then such a sentence (``（九）民爆器材管理。县公安局要重点检查…``). An
    item is read when it and a neighbour both open so, and one of the two names units of its own
    (公安部门, not 各地 or 有关部门): a list of requirements on everyone (``（一）各地要…（二）各部门要…``)
    divides nothing. An item beside one that names its own units in its running text (``named``, aligned with
    ``texts``: ``2、…由紫城镇各居委会负责清理``, ``5、请县作风办派出…``) is read too: such a list divides the work by the
    subjects of its sentences, with 要 or a role verb; an item opening with units in general (``各单位要…``,
    ``有关部门要…``) is then a call on everyone, not read. The units are responsible; the result is aligned with
    ``texts`` (None for an item outside such a run).

    Examples
    --------
    >>> texts = ["公安部门要加强防范。", "供销社要加强网点管理。", "组合烟花。"]
    >>> [[i.text for i in items] if items else None for items in modal_duties(texts)]
    [['公安部门'], ['供销社'], None]
    >>> modal_duties(["各地要加强领导。", "各部门要密切配合。"])
    [None, None]
    >>> modal_duties(["加强领导，县财政局要保障经费。", "县审计局要加强审计。"])
    [None, None]
    >>> [[i.text for i in items] if items else None for items in modal_duties(["各镇要清扫。", ""], named=[False, True])]
    [['各镇'], None]
    >>> modal_duties(["各单位要高度重视。", ""], named=[False, True])
    [None, None]
    """
    units = [_opening_modal_units(text, known) for text in texts]
    own = [bool(items) and not any(refers_elsewhere(item.text) for item in items) for items in units]
    named = named or [False] * len(texts)
    out: list[list[Item] | None] = []
    for index, items in enumerate(units):
        beside = [other for other in (index - 1, index + 1) if 0 <= other < len(units)]
        pairs = [other for other in beside if units[other]]
        # 各单位要高度重视 beside 由A负责…: a call on everyone (opening in general), no unit of its own
        read = any(own[index] or own[other] for other in pairs) or (
            any(named[other] for other in beside) and not any(opens_in_general(item.text) for item in items or []))
        out.append(items if items and read else None)
    return out


def modal_sentences(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """Split a paragraph whose sentences or ；-clauses each give their own department its share with 要, or None.

    ``市政府有关部门要各负其责。统计部门要制定方案…；公安部门要提供资料…；``: a paragraph without a number dividing
    the work among departments named by field, no role word anywhere. A part is a duty when it opens with its
    units and 要, 将 or 应 beside another that does (:func:`modal_duties`) and its units are its own: not a
    collective of units named elsewhere (``各部门``, ``市政府有关部门``), whose sentence leads in to the duties.
    Parts before the first duty are that lead-in (no task); a part naming no own units goes on the duty before
    it. The units are responsible; None unless two duties at least are found.

    Examples
    --------
    >>> text = "市政府有关部门要各负其责。统计部门要制定普查方案；公安部门要提供户籍资料，确保质量；"
    >>> [(duty, [i.text for i in items]) for duty, items in modal_sentences(text)]
    [('统计部门要制定普查方案；', ['统计部门']), ('公安部门要提供户籍资料，确保质量；', ['公安部门'])]
    >>> modal_sentences("各地要加强领导。各部门要密切配合。") is None
    True
    """
    parts = [part.strip() for part in re.split("(?<=[；;。])", text) if part.strip("。；; ")]
    out: list[tuple[str, list[Item]]] = []
    for part, items in zip(parts, modal_duties(parts, known)):
        if items and not any(refers_elsewhere(item.text) or _COLLECTIVE_SUBJECT.search(item.text) for item in items):
            out.append((part, items))
        elif out:
            out[-1] = (out[-1][0] + part, out[-1][1])
    return out if len(out) > 1 else None


def subject_duties(texts: list[str], known=None, named=None) -> list[list[Item] | None]:
    """:func:`modal_duties`, and in a list where two or more items are read so, the other items' opening units too.

    ``1、各乡镇政府继续推进…`` ``2、水务局加强…`` ``4、农委、畜牧局要加强…`` ``5、农委要对…``: a list dividing the
    work among departments writes each department as its item's subject, with 要 or without
    (:func:`zygraph.sentences.statements.duty_subject_units`). The others are read only when every item of the list
    (each text not empty) opens with its units: a list of other items beside two duties divides nothing.
    ``named`` marks the items naming their own units in running text (:func:`modal_duties`).
    The result is aligned with ``texts``; ``texts`` is left untouched.

    Examples
    --------
    >>> texts = ["水务局加强保护区管理。", "农委要开展土壤调查。", "畜牧局要推进粪污利用。"]
    >>> [[i.text for i in items] for items in subject_duties(texts)]
    [['水务局'], ['农委'], ['畜牧局']]
    >>> subject_duties(["加强组织领导。", "农委要开展土壤调查。", "畜牧局要推进粪污利用。"])[0] is None
    True
    """
    modal = modal_duties(texts, known, named)
    if sum(bool(items) for items in modal) < 2:
        return modal
    opening = [items or (duty_subject_units(text, known) if text else None) for text, items in zip(texts, modal)]
    return opening if all(items for text, items in zip(texts, opening) if text) else modal


def _opening_modal_units(text: str, known=None) -> list[Item] | None:
    """The units and 要 opening ``text``, or its sentence after a run-in title (``民爆器材管理。县公安局要…``).

    >>> [i.text for i in _opening_modal_units("民爆器材管理。县公安局要重点检查运输环节。")]
    ['县公安局']
    >>> _opening_modal_units("加强领导，县财政局要保障经费。") is None
    True
    """
    title = _RUN_IN_TITLE.match(text.strip())
    return modal_subject_units(text, known, opening=True) or (
        modal_subject_units(text.strip()[title.end():], known, opening=True) if title else None)
