"""Two bodies a list names side by side that make one unit: a joint office, or a collective's committee and government."""

from __future__ import annotations

import re

__all__ = ["joint_office", "level_partner"]

#: A party committee named bare (县委, 市委), then its government's supervision office (县政府督察室): the two
#: share that office, one joint body (县委、县政府督察室, written 县委县政府督查室 too). Only the supervision office
#: is shared so: 县委、县政府办公室 are the two general offices (两办), each its own.
_COMMITTEE = re.compile("^(?P<level>[省市县区州旗])委$")
_GOVERNMENT_OFFICE = re.compile("^(?P<level>[省市县区州旗])(?:人民)?政府(?P<office>督[查察](?:室|办|局|科))$")
#: A collective of one level's party committees or governments, its 各 over the level of places: 各乡镇党委,
#: 各县（区）政府; not the committees of functional bodies (各部门党委, 各单位党委), which have no government.
_LEVEL_COLLECTIVE = re.compile("^各(?![^、，,；;]*?(?:部门|部門|单位|單位|机关|機關|系统|系統|企业|企業|学校|學校))"
                               "[^、，,；;各]{1,8}?(?P<body>党委|人民政府|政府|黨委)$")
#: The other body of each place of that level, named bare after it: 政府 after 各乡镇党委, 党委 after 各乡镇政府.
_PARTNER = {"党委": ("政府", "人民政府"), "黨委": ("政府", "人民政府"), "政府": ("党委", "黨委"), "人民政府": ("党委", "黨委")}


def joint_office(first: str, second: str) -> bool:
    """True when ``first`` is a committee named bare and ``second`` its own level's government supervision office:
    县委、县政府督察室.

    >>> joint_office("县委", "县政府督察室"), joint_office("县委", "县政府"), joint_office("市委", "县政府督查室")
    (True, False, False)
    >>> joint_office("县委", "县政府办公室")  # the two general offices, each its own
    False
    """
    committee, office = _COMMITTEE.match(first), _GOVERNMENT_OFFICE.match(second)
    return committee is not None and office is not None and committee.group("level") == office.group("level")


def level_partner(first: str, second: str) -> bool:
    """True when ``first`` is a collective of one level's party committees (or governments) under its 各 and
    ``second`` is the other body named bare: the 各 runs over it, as over a bare 单位 (各有关部门、单位), one
    collective of each place's committee and government (各乡镇党委、政府).

    >>> level_partner("各乡镇党委", "政府"), level_partner("各县（区）政府", "党委"), level_partner("各街道党工委", "政府")
    (True, True, False)
    >>> level_partner("县委", "政府"), level_partner("各乡镇党委", "县政府"), level_partner("各乡镇", "政府")
    (False, False, False)
    >>> level_partner("各部门党委", "政府"), level_partner("各单位党委", "政府")  # functional bodies have no government
    (False, False)
    """
    found = _LEVEL_COLLECTIVE.match(first)
    return found is not None and second in _PARTNER[found.group("body")]
