"""Text from an input as it may be shown on a page or a terminal: control characters as visible escapes."""

from __future__ import annotations

import re

#: Control characters an input may carry (ESC starts a terminal command; HTML forbids most of them):
#: C0 but tab and line feed (a carriage return too: it lets a line overwrite what was printed), DEL and C1.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Return ``text`` with each control character written as its ``\\xNN`` escape, so it shows and does nothing.

    Examples
    --------
    >>> visible("市科技局\\x1b[2J")
    '市科技局\\\\x1b[2J'
    >>> visible("第一行\\n第二行")
    '第一行\\n第二行'
    """
    return CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)
