"""A collective named as itself or a part of it (各县或部分县政府: the counties, all or some): the whole collective."""

from __future__ import annotations

import re

from zygraph.findings import Finding

__all__ = ["whole_collective", "wholes_read"]

#: The whole, 或, and a part of it said by its kind (部分市, 其中部分县区, 个别乡镇), then what both share (人民政府).
_WHOLE_OR_PART = re.compile("^(?P<whole>[^或、，,；;]{2,16}?)或(?:其中)?(?:部分|个别|個別)(?P<rest>[^或、，,；;]{1,20})$")


def whole_collective(name: str) -> str | None:
    """The collective a name written as the whole or a part of it stands for, or None when it is not so written.

    The part must name the whole's own kind (四市 … 部分市; 各盟市 … 部分盟市): the two name one collective, of which
    a task may concern only some members; what follows the kind (人民政府) is shared, as in 四市人民政府.

    Examples
    --------
    >>> whole_collective("四市或部分市人民政府"), whole_collective("各盟市或部分盟市政府")
    ('四市人民政府', '各盟市政府')
    >>> whole_collective("各县区或其中部分县区"), whole_collective("市直部门或部分县政府"), whole_collective("市教育局")
    ('各县区', None, None)
    """
    match = _WHOLE_OR_PART.match(name.strip())
    if match is None:
        return None
    whole, rest = match.group("whole"), match.group("rest")
    kind = next((size for size in range(len(rest), 0, -1) if whole.endswith(rest[:size])), 0)
    return whole + rest[kind:] if kind and len(whole) > kind else None


def wholes_read(units: list[str], line: int, findings: list) -> list[str]:
    """``units`` with each one written as the whole or a part of a collective read as that collective, a finding
    each at ``line``.

    Examples
    --------
    >>> findings = []
    >>> wholes_read(["各旗县或部分旗县人民政府", "市发展改革委"], 7, findings), findings[0].code, findings[0].line
    (['各旗县人民政府', '市发展改革委'], 'part_of_collective', 7)
    """
    read = []
    for unit in units:
        whole = whole_collective(unit)
        if whole is not None:
            findings.append(Finding(line, "info", "part_of_collective", f"{unit} names a collective or a part of it "
                                    f"(a task may concern only some of its members): read as {whole}",
                                    f"counted as {whole}, the collective it names"))
        read.append(whole or unit)
    return read
