"""Chinese numerals as notices write them: the value of a part's, point's or count's (十二 -> 12), a signature's date."""

from __future__ import annotations

import re

__all__ = ["chinese_number", "DATE"]

_DIGITS = "一二三四五六七八九"
#: A date as a signature writes it, in digits or Chinese numerals, 〇, ○ or 零 for zero (2023年1月3日, 二○○六年九月三十日):
#: the pattern's text, for the patterns of a signature to take in.
DATE = "[0-9〇○零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日"
#: A numeral up to 九十九 as written: an optional tens digit, 十, an optional units digit (十二, 二十, 二十三, 七).
_NUMERAL = re.compile(f"([{_DIGITS}]?)(十?)([{_DIGITS}]?)")


def chinese_number(numeral: str) -> int | None:
    """The number a Chinese numeral up to 九十九 writes, or None for anything else.

    Examples
    --------
    >>> [chinese_number(n) for n in ("一", "十", "十二", "二十", "九十九")]
    [1, 10, 12, 20, 99]
    >>> chinese_number("二三"), chinese_number(""), chinese_number("12")
    (None, None, None)
    """
    found = _NUMERAL.fullmatch(numeral)
    if not found or not numeral:
        return None
    tens, ten, units = found.groups()
    if tens and not ten:
        return None if units else _DIGITS.index(tens) + 1
    return ((_DIGITS.index(tens) + 1 if tens else 1) * 10 if ten else 0) + (_DIGITS.index(units) + 1 if units else 0)
