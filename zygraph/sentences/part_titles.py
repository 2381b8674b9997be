"""A part's title a copy glued to the subject of the part's first sentence: 四、工作要求交通运输部要牵头做好….

The rules of a joint conference or a leading group (联席会议制度, 领导小组工作规则) and the parts of a plan are headed by
short titles naming the kind of part (主要职责, 成员单位, 议事规则, 工作要求, 保障措施, 职责分工). A copy that ran the page
together on one line keeps the part's number but glues its title to the text after it, so the first sentence's subject
reads with the title in front of it (``工作要求交通运输部``). A title is no part of a unit's name: the subject is the
body after it. The task's text keeps the title, as the part's run-in heading.
"""

from __future__ import annotations

import re

from zygraph.names.unitname import looks_like_unit

__all__ = ["PART_TITLE", "part_title", "after_part_title"]

#: A part's title: a word saying which part (主要, 工作, 议事, 组织, 成员 …) and the part's noun (职责, 要求, 规则,
#: 单位 …), four characters: 主要职责, 成员单位, 议事规则, 工作要求, 工作规则, 保障措施, 职责分工, 工作机制.
#: The title may name the body the rules are of first (联席会议工作要求, 领导小组成员单位), and after such a name the
#: part's noun alone is a title (联席会议职能, 领导小组职责).
_TITLE_BODY = "(?:联席会议|聯席會議|领导小组|領導小組)"
PART_TITLE = re.compile(f"^(?:{_TITLE_BODY}?(?:主要|工作|议事|議事|保障|职责|職責|任务|任務|总体|總體|基本|实施|實施|成员|成員)"
                        "(?:职责|職責|要求|规则|規則|制度|机制|機制|措施|分工|任务|任務|目标|目標|原则|原則|单位|單位)"
                        f"|{_TITLE_BODY}(?:职能|職能|职责|職責))")
#: How far into the text after a title the name of the body it is glued to may run.
_LONGEST_NAME = 30


def part_title(text: str) -> str:
    """The part's title glued before a body's name at the start of ``text`` (``工作要求交通运输部要…`` -> ``工作要求``),
    or ``""`` when ``text`` opens otherwise or no body's name follows the title.

    Parameters
    ----------
    text : str
        A part's text after its number (``四、``), as a copy glued it.

    Returns
    -------
    str

    Examples
    --------
    >>> part_title("工作要求交通运输部要牵头做好联席会议各项工作"), part_title("职责分工县财政局负责保障经费")
    ('工作要求', '职责分工')

    A title may name the body the rules are of first; after its name the part's noun alone is a title:

    >>> part_title("联席会议工作要求各成员单位要主动研究"), part_title("联席会议职能联席会议在国务院领导下统筹研究")
    ('联席会议工作要求', '联席会议职能')

    A title with no body's name right after it (its sentence opens with a verb or a modal, or the title goes on)
    is none, and neither is a text opening otherwise:

    >>> part_title("工作要求：各单位要加强领导"), part_title("主要职责在党中央领导下，研判形势"), part_title("成员单位要加强沟通")
    ('', '', '')
    >>> part_title("保障措施和支持政策"), part_title("交通运输部要牵头")
    ('', '')
    """
    found = PART_TITLE.match(text)
    if found is None:
        return ""
    rest = re.match("[\u4e00-\u9fff]*", text[found.end(): found.end() + _LONGEST_NAME]).group(0)
    names = any(looks_like_unit(rest[:end], _nothing_known) for end in range(2, len(rest) + 1))
    return found.group(0) if names else ""


def after_part_title(text: str) -> str:
    """``text`` without a part's title glued before a body's name at its start (:func:`part_title`); ``text`` whole
    when it opens with none.

    Examples
    --------
    >>> after_part_title("工作要求交通运输部要牵头做好联席会议各项工作")
    '交通运输部要牵头做好联席会议各项工作'
    >>> after_part_title("成员单位要加强沟通")
    '成员单位要加强沟通'
    """
    return text[len(part_title(text)):]


def _nothing_known(name: str) -> bool:
    """No registry here: whether a name is a unit's is read from its form."""
    return False
