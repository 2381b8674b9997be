"""A ；-clause of a division giving its body a share with no modal (…；B做好…；) after one giving a body its share with 要.

A notice dividing a campaign's work writes one sentence of ；-clauses, each opening with a department and 要
(``A要加强…；B要做好…；``); a copy or its drafter leaves a clause's 要 out (``C做好线路的检查维修；``). The clause is
a share of the same division: its body is its subject, as the bodies of the clauses beside it are. Only a verb of doing
the work may follow the body (做好, 加强, 负责 …), and only after a clause that names its body with a modal: a clause
alone with a bare verb (``县政府召开会议``) reports, and divides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.names.unitlist import split_units
from zygraph.sentences.grammar import Item

__all__ = ["bare_clause_subjects"]

#: A clause's body (no comma, stop, colon, 的, 由, 对 or 在 in it) and the verb of doing its work, with no modal.
_BARE = re.compile("^(?P<units>[^，,。；;：:的由对在要应将须]{2,20}?)"
                   "(?P<verb>做好|抓好|搞好|加强|负责|負責|落实|落實|组织|組織|开展|開展|保证|保證|确保|確保|保障|加大)")
#: A clause before giving its own body a share with a modal verb (A要…；, B应…；), ending at its ；.
_MODAL_CLAUSE = re.compile("^[^，,。；;：:的由对在]{2,20}?(?:要|应当|应|將|将|须|必须)[^；;]*[；;]\\s*$")


def bare_clause_subjects(clause: str, before: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The bodies opening ``clause`` before a verb of work with no modal (``电力部门做好…；``) when ``before``, the ；-clause
    before it, opens with its own body and a modal (``商务部门要…；``); [] otherwise, or when a name is no body.

    Examples
    --------
    >>> body = lambda name: name.endswith(("部门", "局"))
    >>> [(i.text, i.role) for i in bare_clause_subjects("电力部门做好线路检修；", "商务部门要做好物资调配；", body)]
    [('电力部门', 'responsible')]
    >>> bare_clause_subjects("电力部门做好线路检修；", "做好物资调配；", body)  # no body with a modal before
    []
    >>> bare_clause_subjects("电力部门做好线路检修。", "商务部门要做好物资调配。", body)  # sentences, no ；-division
    []
    >>> bare_clause_subjects("保证供电；", "商务部门要做好物资调配；", body)
    []
    """
    found = _BARE.match(clause.strip())
    if found is None or _MODAL_CLAUSE.match(before.strip()) is None:
        return []
    names = split_units(found.group("units"))
    return [Item(name, "responsible", found.group("verb")) for name in names] if names and all(map(is_body, names)) \
        else []
