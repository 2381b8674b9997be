"""Bodies a regulation names by the function they hold in its regime (登记管理机关, 挂靠单位, 银行): a duty's subject.

A notice dividing the work of a registration or licensing regime names its actors by their part in it, not by an
office: the registration authority (``登记管理机关``, ``社会团体登记管理机关``), the body an organisation is attached to
(``挂靠单位``), the supervising body (``主管单位``), the approving organ (``审批机关``, ``发证机关``), the organ above
the one a rule speaks of (``上级机关``, told to correct what the lower did), and the banks told whom to lend to (``银行``). None is a unit by its form alone (:func:`zygraph.names.unitname.looks_like_unit`), and
the same words name no body inside a longer noun; this module says only whether a sentence's whole subject is one.
A unit named by the thing it runs (``项目单位``, ``建设单位``, ``排污单位``: the parties a rule binds) is none.
"""

from __future__ import annotations

import re

from zygraph.names.unitlist import joined_pair

__all__ = ["function_body", "bound_party", "without_bound_parties"]

#: An organ of the state named by what it does in the regime (登记管理机关, 审批机关, 发证机关), perhaps 各级 of them
#: or with the kind of thing it registers before (社会团体登记管理机关); not an organ a matter is sent to (移送有关机关).
_ORGAN = re.compile("^(?:各级|各級|有关|有關|各有关|各有關)?[\u4e00-\u9fff]{0,6}?"
                    "(?:登记管理|登記管理|登记|登記|审批|審批|发证|發證|许可|許可|核准|审核|審核)(?:机关|機關)$")
#: The relation a unit holds to the organisations a regime oversees (挂靠单位: the one they are attached to).
_RELATION_UNIT = re.compile("^(?:各级|各級|有关|有關|各)?(?:挂靠|掛靠|业务主管|業務主管|主管|审批|審批|监管|監管|登记|登記)"
                            "(?:单位|單位)$")
#: An organ named by its place above the organ a rule speaks of (上级机关 发现下级机关…的，要…): the one that corrects it.
_HIGHER = re.compile("^(?:其)?(?:上级|上級)(?:机关|機關|主管机关|主管機關|主管部门|主管部門)$")
#: Banks as a class, told whom they may lend to (银行及有关金融机构不得…): 银行, 商业银行, 各银行.
_BANKS = re.compile("^(?:各|各类|各類|有关|有關|各商业|商业|商業|政策性)?(?:银行|銀行)$")
#: A unit named by the thing it runs or the rule it is bound by (项目单位, 建设单位, 排污单位): a party the rule binds.
_BOUND = re.compile("^(?:各|有关|有關|相关|相關)?(?:项目|項目|建设|建設|施工|排污|用人|业主|業主|违规|違規)(?:单位|單位)$")
#: Words that make a 机关 no actor of the regime but the organs in general (党政机关, 国家机关: those a rule binds).
_ORGANS_IN_GENERAL = ("党政机关", "黨政機關", "国家机关", "國家機關", "各级机关", "各級機關", "机关单位", "行政机关", "行政機關",
                      "司法机关", "司法機關", "政府机关", "政府機關")


def function_body(name: str) -> bool:
    """True when ``name`` names a body by its function in a regime: an organ by what it does (登记管理机关), a unit by
    its relation to what is overseen (挂靠单位), or banks as a class.

    Examples
    --------
    >>> [function_body(n) for n in ("登记管理机关", "社会团体登记管理机关", "挂靠单位", "审批机关", "银行", "上级机关")]
    [True, True, True, True, True, True]
    >>> [function_body(n) for n in ("项目单位", "建设单位", "党政机关", "行政机关", "机关", "银行贷款", "要移送有关机关")]
    [False, False, False, False, False, False, False]
    """
    if "的" in name or any(word in name for word in _ORGANS_IN_GENERAL):
        return False
    return bool(_ORGAN.match(name) or _RELATION_UNIT.match(name) or _BANKS.match(name) or _HIGHER.match(name))


def bound_party(name: str) -> bool:
    """True when ``name`` is a unit named by the thing it runs or the rule that binds it (项目单位, 建设单位): a party
    to the rule, as polluters are, not a body dividing the work.

    >>> bound_party("项目单位"), bound_party("有关建设单位"), bound_party("挂靠单位"), bound_party("当地政府")
    (True, True, False, False)
    """
    return _BOUND.match(name) is not None


def without_bound_parties(names: list[str], is_body) -> tuple[list[str], list[str]]:
    """(bodies, parties): ``names`` with the parties a rule binds taken out, alone or joined to a body by 和, 及 or 与
    (``当地政府和项目单位要…``: 当地政府 acts, 项目单位 is bound); ``names`` whole and no parties where no body is left.

    >>> without_bound_parties(["当地政府和项目单位"], lambda name: name.endswith("政府"))
    (['当地政府'], ['项目单位'])
    >>> without_bound_parties(["项目单位"], lambda name: name.endswith("政府"))
    (['项目单位'], [])
    """
    bodies, parties = [], []
    for name in names:
        pair = joined_pair(name, lambda left, right, word: is_body(left) and bound_party(right))
        if pair:
            bodies.append(pair[0])
            parties.append(pair[1])
        else:
            (parties if bound_party(name) else bodies).append(name)
    return (bodies, parties) if bodies and parties else (names, [])
