"""A body another authorises or entrusts to do a duty (国务院授权电监会负责…): the body authorised is its subject."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["authorised_body"]

#: The giver of the authority, its verb, and the body authorised: 国务院授权 | 电监会, 省政府委托 | 省教育厅.
_AUTHORISED = re.compile("^(?P<giver>[^，,。；;：:、]{2,20}?)(?:授权|授權|委托|委託)(?P<units>[^，,。；;：:]{2,40})$")


def authorised_body(units: str, is_body: Callable[[str], bool]) -> tuple[str, str]:
    """``units``, read as a duty's subject, without the body that authorises or entrusts the one after it
    (``国务院授权电监会``: 电监会 does the duty, 国务院 only gives the authority), and the giver; ``units`` and ``""``
    where no body by ``is_body`` authorises another.

    >>> body = lambda name: name.endswith(("院", "会", "政府", "厅"))
    >>> authorised_body("国务院授权电监会", body), authorised_body("省政府委托省教育厅", body)
    (('电监会', '国务院'), ('省教育厅', '省政府'))
    >>> authorised_body("电监会", body), authorised_body("经授权的电监会", body)
    (('电监会', ''), ('经授权的电监会', ''))
    """
    found = _AUTHORISED.match(units)
    if found is None or not is_body(found.group("giver")) or not is_body(found.group("units")):
        return units, ""
    return found.group("units"), found.group("giver")
