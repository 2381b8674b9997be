"""A body named with the kind of body it heads after 等 (县餐饮协会等行业组织): one subject, kept as written.

A notice calls on a class of bodies by naming the foremost of them and their kind after 等 (``县餐饮协会等行业组织要…``,
``消费者协会等社会组织要…``): the kind noun follows the 等, so the name stands whole for the class, as named places
sharing a kind after 等 do (README); a 等 closing fields before a department's kind (``财政、税务等部门``) is
:func:`zygraph.names.unitlist.split_units`' reading, each field a unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["body_and_its_kind"]

#: The body named first, 等, and the kind of non-government body it heads (行业组织, 社会组织, 行业协会, 中介机构).
_HEADED_KIND = re.compile("^(?P<body>[^、，,；;等]{2,20})等(?:行业|社会|社會|中介|专业|專業|相关|相關|有关|有關)?"
                          "(?:组织|組織|协会|協會|团体|團體|机构|機構)$")
#: A government unit's endings: a unit heads no class of non-government bodies (县市场监管局等相关组织 names offices).
_GOVERNMENT = re.compile("(?:局|委|办|辦|厅|廳|部|政府)$")


def body_and_its_kind(name: str, is_body: Callable[[str], bool]) -> bool:
    """True when ``name`` is a body (by ``is_body``) with the kind of body it heads after 等: one class of bodies.

    Examples
    --------
    >>> body = lambda name: name.endswith(("协会", "局"))
    >>> body_and_its_kind("县餐饮协会等行业组织", body), body_and_its_kind("消费者协会等社会组织", body)
    (True, True)
    >>> body_and_its_kind("市场主体等组织", body), body_and_its_kind("财政局等部门", body), body_and_its_kind("县餐饮协会", body)
    (False, False, False)
    >>> body_and_its_kind("县市场监管局等相关组织", body)
    False
    """
    found = _HEADED_KIND.match(name)
    return found is not None and is_body(found.group("body")) and not _GOVERNMENT.search(found.group("body"))
