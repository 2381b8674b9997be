"""A sentence giving one work its parts by body: 由A统一组织，B具体实施，C、D参与 (A and B lead, C and D support).

A notice's part on who does what (职责与分工) often says in one sentence who organises the work, who carries it out
and who takes part: ``比对工作由A统一组织，B（以下简称C）具体实施，D、E参与。`` The body organising it and the one
carrying it out both answer for it; those taking part (参与, 配合, 协助) support. A short name defined in a bracket
after a body (``（以下简称C）``) is no second body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.sentences.grammar import Item
from zygraph.names.list_marks import BY_WORD
from zygraph.names.unitlist import split_units

__all__ = ["organised_parts"]

#: 由A（统一）组织（实施），B（（以下简称C））具体实施（负责, 承担）（，D、E参与）.
_PARTS = re.compile(f"{BY_WORD}(?P<lead>[^，,。；;由]{{2,30}}?)(?:统一|統一|牵头|牽頭)?(?:组织|組織)(?:实施|實施|开展|開展)?[，,]"
                    "(?P<doer>[^，,。；;（(]{2,30}?)(?:[（(](?:以下)?(?:简称|簡稱)[^（()）]{1,12}[）)])?"
                    "(?:具体|具體)(?:实施|實施|承担|承擔|负责|負責|执行|執行)"
                    "(?:[，,](?P<helpers>[^，,。；;]{2,60}?)(?:参与|參與|配合|协助|協助)(?=[。；;，,]|$))?")


def organised_parts(piece: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The bodies ``piece`` gives the parts of one work with 由A统一组织，B具体实施，C参与: the organiser and the body
    carrying it out responsible, those taking part support; [] where the sentence is not so written or a name is no
    body by ``is_body``.

    >>> body = lambda name: name.endswith(("司", "站", "公司"))
    >>> text = "比对工作由监测司统一组织，中国监测总站（以下简称总站）具体实施，各地方监测站、第三方运维公司参与。"
    >>> [(i.text, i.role) for i in organised_parts(text, body)]
    [('监测司', 'responsible'), ('中国监测总站', 'responsible'), ('各地方监测站', 'support'), ('第三方运维公司', 'support')]
    >>> [(i.text, i.role) for i in organised_parts("普查由统计司统一组织，调查总站具体实施。", body)]
    [('统计司', 'responsible'), ('调查总站', 'responsible')]
    >>> organised_parts("普查由统计司统一组织，各地具体实施。", body), organised_parts("普查由统计司统一组织。", body)
    ([], [])
    """
    found = _PARTS.search(piece)
    if found is None:
        return []
    leads = split_units(found.group("lead")) + split_units(found.group("doer"))
    helpers = split_units(found.group("helpers")) if found.group("helpers") else []
    if not leads or not all(map(is_body, leads + helpers)):
        return []
    word = "组织…具体实施"
    return [Item(name, "responsible", word) for name in leads] + [Item(name, "support", "参与") for name in helpers]
