"""A duty's first working clause, past clauses saying only how, by what remit or on what occasion its units act: a
help word there (or one naming the body helped) says the units support; help after work of their own is besides.

One rule for every reader of a duty after its subject (:func:`zygraph.sentences.subject_units.duty_subject_units`,
:func:`zygraph.sentences.helping_duties.helps_only`): ``县公安局根据工作需要，配合做好火场警戒`` supports, since
根据工作需要 only says when it acts; ``县住建局要加强扬尘管控，依法查处…，配合做好宣传`` is responsible, its first
working clause being its own work; ``A、B要密切配合，确保…`` is responsible, the units helping each other
(:func:`zygraph.names.verb_manner.helps_each_other`).
"""

from __future__ import annotations

import re

from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.verb_manner import helps_each_other

__all__ = ["MANNER_ONLY", "sets_case", "first_work_end", "names_helped", "deciding_help"]

#: A clause saying only how, by what remit or with what units act, before their work: 在各自职责范围内, 在B的统一领导下,
#: 按照职责分工, 根据B的要求, 结合全市风险普查 (结合 a clause whole); or when they act, an occasion or a condition:
#: 根据工作需要, 视情况, 必要时, 在汛期, 在紧急情况时; or that they keep the rules (认真执行相关法律法规), no work.
MANNER_ONLY = re.compile("^(?:在[^，,]{1,30}(?:下|内|內|中|期|期间|時|时)|(?:按照|依照|根据|依据|按)(?:各自)?(?:职责|职能)(?:分工|范围)?"
                         "|(?:按照|依照|根据|依据)[^，,]{1,30}(?:要求|规定|部署|安排|精神|需要|需求)|结合[^，,]{1,40}"
                         "|视[^，,]{0,8}(?:情况|情形|需要)|视情|必要时|必要時|[^，,]{1,12}(?:期间|期間)"
                         "|(?:认真|严格|嚴格|認真)(?:执行|遵守|贯彻|執行)[^，,]{0,20}(?:规定|法规|法律|政策|制度|要求|規定))$")
#: A clause setting the case a duty applies in: one opening with 凡 (whoever, wherever), or ending with 的 and
#: perhaps the place or party it is about (…不到位的地方, 逾期未整改的, 造成污染事故的).
_CONDITION = re.compile("^凡|的(?:地方|地区|单位|企业|项目)?$")


def sets_case(clause: str) -> bool:
    """True when ``clause`` sets the case a duty applies in (凡…, …的), saying no work.

    >>> sets_case("对逾期未整改的"), sets_case("加强管理")
    (True, False)
    """
    return bool(_CONDITION.search(clause.strip()))


def first_work_end(sentence: str, start: int) -> int:
    """Where the first clause of ``sentence`` from ``start`` that says work ends, past clauses that only say how, by
    what or when the units act (在各自职责范围内，制定…; 根据工作需要，配合…; 对逾期未整改的，依法…).

    >>> first_work_end("A在各自职责范围内，制定政策，协同开展工作。", 1), first_work_end("A开展工作，参与遴选。", 1)
    (15, 6)
    >>> first_work_end("A根据工作需要，配合做好警戒。", 1), first_work_end("A必要时，协同做好运输。", 1)
    (15, 12)
    """
    at = start
    for clause in re.split("(?<=[，,])", sentence[start:]):
        at += len(clause)
        bare = clause.rstrip("，,")
        if not (MANNER_ONLY.match(bare) or (clause != bare and sets_case(bare))):
            break
    return at


def names_helped(rest: str, known=None) -> bool:
    """True when ``rest``, what follows a helping word, opens with the body helped (配合县农委治理…), not the work.

    >>> names_helped("县农委治理秸秆焚烧"), names_helped("开展城市更新相关工作")
    (True, False)
    """
    rest = re.split("[，,。；;]", rest, maxsplit=1)[0]
    return any(looks_like_unit_list(rest[:end], known) for end in range(2, min(len(rest), 20) + 1))


def deciding_help(sentence: str, start: int, helps: re.Pattern, known=None) -> re.Match | None:
    """The help word (matched by ``helps``) of the duty ``sentence[start:]`` that makes its units support: in its first
    working clause, or naming the body it helps, and not help the units give each other; None otherwise.

    >>> helps = re.compile("配合|协助")
    >>> deciding_help("县公安局根据工作需要，配合做好警戒。", 4, helps).group()
    '配合'
    >>> deciding_help("县住建局要加强管控，配合做好宣传。", 4, helps), deciding_help("A、B要密切配合，确保落实。", 3, helps)
    (None, None)
    """
    found = helps.search(sentence, start)
    if found is None or not (found.start() < first_work_end(sentence, start)
                             or names_helped(sentence[found.end():], known)):
        return None
    return None if helps_each_other(sentence, found.start(), found.end()) else found
