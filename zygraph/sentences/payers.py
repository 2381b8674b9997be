"""Bodies a clause says pay for the work: ``所需资金由A和B共同承担``, ``其中，A出资80%``.

A plan's funding part gives its units their share of the work as the cost each bears: the money comes ``由A和B共同承担``
(or ``由A承担``, ``由A负担``), or a clause of the split opens with a body and its share (``A出资8000``, ``B及C出资20%``).
A body that bears the cost answers for that part of the plan, as a unit doing a duty does: responsible. Whoever
receives the money (归A所有, 拨付给A) is no payer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zygraph.sentences.grammar import Item
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import BY_WORD

__all__ = ["payers", "sentence_payers", "PAYING_WORD"]

#: The word payers carry, for the role and reading findings.
PAYING_WORD = "出资"
#: The money a clause says someone bears, then 由 and who: 所需资金由A和B共同承担, 经费由A负担, 建设资金由A筹措.
_BORNE = re.compile(f"(?:资金|经费|费用|投资|成本|资本金|資金|經費|費用)[^，,。；;由]{{0,4}}?{BY_WORD}"
                    "(?P<units>[^，,。；;由]{2,40}?)(?:共同|分别|分別|按比例)?(?:承担|承擔|负担|負擔|分担|分擔|筹措|籌措|筹集|籌集)")
#: A clause that is only who bears it, the money named in a clause before (共需经费约400万元，由区级财政承担).
_BORNE_ALONE = re.compile(f"^{BY_WORD}(?P<units>[^，,。；;由]{{2,30}}?)(?:共同|分别|分別|按比例)?"
                          "(?:承担|承擔|负担|負擔|分担|分擔|筹措|籌措|筹集|籌集)[。；;]?$")
#: A clause naming the money a sentence's work costs: 资金, 经费, 费用 … or a sum in 元.
#: A sum's numerals start after no numeral, so a long run of them is tried once, not from each of its characters.
_MONEY = re.compile("资金|经费|费用|投资|資金|經費|費用|(?<![0-9０-９一二三四五六七八九十百千万億亿.．])"
                    "[0-9０-９一二三四五六七八九十百千万億亿][0-9０-９一二三四五六七八九十百千万億亿.．]{0,19}(?:万|亿|億)?元")
#: A clause of the split opening with who pays and its share: A出资8000, B及C出资20%, A承担60%.
_SHARE = re.compile("^(?P<units>[^，,。；;的由]{2,30}?)(?:各)?(?:出资|出資|承担|承擔|负担|負擔)"
                    "(?=[0-9０-９一二三四五六七八九十百千万]|[^，,。；;]{0,6}?(?:%|％|比例|成))")


def payers(clause: str, is_body: Callable[[str], bool]) -> list[Item]:
    """The bodies ``clause`` says pay for the work, each responsible; [] where it names none or a name is no body by
    ``is_body``.

    Examples
    --------
    >>> body = lambda name: name.endswith(("公司", "林场", "政府"))
    >>> [(i.text, i.role, i.word) for i in payers("本次工程所需资金由电力公司和国有林场共同承担", body)]
    [('电力公司', 'responsible', '出资'), ('国有林场', 'responsible', '出资')]
    >>> [i.text for i in payers("国有林场及地方政府出资2000", body)]
    ['国有林场', '地方政府']
    >>> payers("形成的电力资产归电力公司所有", body), payers("所需资金由项目单位自筹", body)
    ([], [])
    >>> payers("资金由群众共同承担", body)  # no body
    []
    """
    found = _BORNE.search(clause) or _SHARE.match(clause.strip())
    names = split_units(found.group("units")) if found else []
    if not names or not all(map(is_body, names)):
        return []
    return [Item(name, "responsible", PAYING_WORD) for name in names]


def sentence_payers(clauses: list[str], is_body: Callable[[str], bool]) -> list[Item]:
    """The bodies the ``clauses`` of one sentence say pay for the work (:func:`payers`, each clause), and those of a
    clause that is only ``由A承担`` after a clause naming the money (``共需经费约400万元，由区级财政承担``), each once.

    >>> body = lambda name: name.endswith(("财政", "政府"))
    >>> [i.text for i in sentence_payers(["经初步匡算", "共需经费约90万元", "由区级财政承担。"], body)]
    ['区级财政']
    >>> [i.text for i in sentence_payers(["所需资金由县政府承担"], body)]
    ['县政府']
    >>> sentence_payers(["加强协调", "由区级财政承担。"], body)  # no money named before
    []
    """
    found: list[Item] = []
    for at, clause in enumerate(clauses):
        alone = _BORNE_ALONE.match(clause.strip())
        names = split_units(alone.group("units")) if alone and any(map(_MONEY.search, clauses[:at])) else []
        items = [Item(name, "responsible", PAYING_WORD) for name in names] \
            if names and all(map(is_body, names)) else payers(clause, is_body)
        found += [item for item in items if item.text not in {other.text for other in found}]
    return found
