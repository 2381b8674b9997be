"""How units are said to do their part, between their names and the role verb (积极配合, 总牵头, 统一负责): no part of a name."""

from __future__ import annotations

import re

from zygraph.names.listlike import looks_like_unit_list

__all__ = ["HELP_MANNER", "OVERALL", "BASIS_WORDS", "without_manner", "manner_free", "helps_each_other"]

#: The words saying how a unit helps, before the verb: 积极配合, 全力配合, 密切配合.
HELP_MANNER = "积极|主动|全力|密切|積極|主動"
#: Adverbs saying a unit answers for the whole of the work, or for all of it in one, before its role verb: 总牵头
#: (leads overall), 统一负责, 全权负责, 统筹负责. They say how far the role reaches, so the role word keeps them.
OVERALL = "总|總|统一|統一|全权|全權|统筹|統籌"
#: The words of the basis work is done on, between units and their verb: 由A按照计划组织…, 由A依据…负责.
BASIS_WORDS = "按照|依照|依据|根据"
#: 具体负责 (电监会具体负责…): the unit answers for the work itself, said as the role verb's manner.
_MANNER = f"{HELP_MANNER}|加强|大力|紧密|通力|全面|自行|各自|加強|具体|具體|{OVERALL}"
_MANNER_END = re.compile(f"(?:{_MANNER})$")
_MANNER_START = re.compile(f"^(?:{_MANNER})(?=.)")
_OVERALL_END = re.compile(f"(?:{OVERALL})$")
#: Words saying the units of a subject work with each other: 互通信息, 相互支持, 互相配合, 彼此协作.
_MUTUAL = re.compile("相互|互相|互通|彼此")
#: Help said close, a clause of its own (要密切配合，确保…; 紧密协作; 加强协调配合, cooperation as a thing strengthened):
#: the subject's units work together, helping no one else.
_CLOSE_HELP = re.compile("(?:^|[要应須须需])(?:密切|紧密|緊密|通力|(?:加强|加強)(?:协调|協調)?|协调|協調)"
                         "(?:配合|协作|協作|协同|協同)$")
#: Where a run of duty words listed with 、 ends, each way.
_RUN_END = re.compile("[，,。；;：:]")


def without_manner(units: str, known=None) -> tuple[str, str]:
    """``units`` without the manner word that ends them, and the word kept for the role (``""`` for a helping one).

    Only where what comes before the word looks like units: ``市总`` (the city's trade-union federation, written
    short) before 牵头 keeps its 总.

    Examples
    --------
    >>> without_manner("县水务局总"), without_manner("县财政局、县审计局统一"), without_manner("区民政局等单位积极")
    (('县水务局', '总'), ('县财政局、县审计局', '统一'), ('区民政局等单位', ''))
    >>> without_manner("电监会具体")
    ('电监会', '')
    >>> without_manner("市总"), without_manner("市文旅局")
    (('市总', ''), ('市文旅局', ''))
    """
    found = _MANNER_END.search(units)
    if found is None or found.start() == 0 or not looks_like_unit_list(units[: found.start()], known):
        return units, ""
    return units[: found.start()], found.group() if _OVERALL_END.fullmatch(found.group()) else ""


def manner_free(word: str) -> str:
    """The role word of ``word`` said with its manner: 总牵头 -> 牵头, 统一负责 -> 负责; other words as they are.

    >>> manner_free("总牵头"), manner_free("统一负责"), manner_free("牵头"), manner_free("总")
    ('牵头', '负责', '牵头', '总')
    """
    return _MANNER_START.sub("", word)


def helps_each_other(sentence: str, at: int, end: int) -> bool:
    """Whether the helping word ``sentence[at:end]`` (配合, 协作 …) is help the subject's units give each other.

    A body's members told to work together list how in one run of words (``各成员单位要互通信息、密切配合、相互支持、
    形成合力，认真落实…``, ``各部门要相互配合、通力协作``): where the word ends its item of the run, helping nobody named
    after it, and an item of the run says the help is mutual (相互, 互相, 互通, 彼此), the members help one another, and
    the duty is their own, not help with someone else's.

    Examples
    --------
    >>> text = "各成员单位要互通信息、密切配合、相互支持、形成合力，认真落实议定事项。"
    >>> helps_each_other(text, text.index("配合"), text.index("配合") + 2)
    True
    >>> text = "县生态环境局、县水利局要密切配合，确保各项任务落到实处。"
    >>> helps_each_other(text, text.index("配合"), text.index("配合") + 2)
    True
    >>> text = "其他有关部门要密切配合、做好保障，配合县公安局落实相互支持的措施。"
    >>> helps_each_other(text, text.index("配合"), text.index("配合") + 2)
    False
    """
    starts = [found.end() for found in _RUN_END.finditer(sentence, 0, at)]
    found = _RUN_END.search(sentence, end)
    run = sentence[starts[-1] if starts else 0: found.start() if found else len(sentence)]
    items = run.split("、")
    own = next((item for item in items if sentence[at:end] in item), "")
    return own.endswith(sentence[at:end]) and (any(_MUTUAL.search(item) for item in items)
                                               or bool(_CLOSE_HELP.search(run.strip())))
