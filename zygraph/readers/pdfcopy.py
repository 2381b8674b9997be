"""Text copied out of a PDF as its fonts encode it: GB2312 punctuation read as Yi syllables, a space between characters.

Some PDFs of printed government documents (typeset in Founder fonts) map their punctuation to the two bytes of its
GB2312 code, which a text extractor then reads as one Unicode code point: ``，`` (GB2312 ``A3AC``) comes out as U+A3AC
``ꎬ``, ``。`` (set as the full-width stop ``．``, ``A3AE``) as U+A3AE ``ꎮ``, ``：`` as ``ꎻ``; GB2312's rows 1 and 3
(``A1A1``-``A1FE``, ``A3A1``-``A3FE``), all punctuation, land in Unicode's Yi Syllables block. Their copies also
often put a space between every character (``实 施 办 法 由 省 财 政 厅``), as the PDF spaced the glyphs, and
print book-title marks as ``«…»``. Yi text itself (a run of syllables, 凉山's bilingual notices) is left as it is: a
code point is read as punctuation only where no Yi syllable stands beside it.
"""

from __future__ import annotations

import re

__all__ = ["font_punctuation", "letter_spaced"]

#: A code point of GB2312's punctuation rows read as Unicode (U+A1A1-U+A1FE, U+A3A1-U+A3FE), with no Yi syllable
#: (U+A000-U+A4CF) beside it, spaces aside: ``机制ꎬ实施``, ``制 定 ꎮ``.
_GB_MARK = re.compile("(?<![\ua000-\ua4cf])(?<![\ua000-\ua4cf] )[\ua1a1-\ua1fe\ua3a1-\ua3fe]"
                      "(?! ?[\ua000-\ua4cf])")
#: The full-width stop these fonts set for 。, after a character that is no digit (a number's point stays: ３．５).
_STOP = "．"
_IDEOGRAPHIC_STOP = "。"
#: Book-title marks a copy printed as guillemets around Chinese words: «关于促进金融业发展的意见».
_GUILLEMETS = re.compile("«(?=[^«»]*[\u4e00-\u9fff])([^«»\n]{1,80})»")
#: One Chinese character (a mark may cling to it: ``机 制 ꎬ``, ``«青``) standing alone between spaces.
_LONE_CHARACTER = re.compile("[^\\s\u4e00-\u9fff]{0,2}[\u4e00-\u9fff][^\\s\u4e00-\u9fff]{0,2}")
_HAN = re.compile("[\u4e00-\u9fff]")
#: Lone characters a line must hold, and their share of its parts holding Chinese, to be read as letter-spaced:
#: a table's header spaced out (``序 号 工 作 任 务``) is shorter, a flattened row's cells are words.
_FEWEST_LONE = 12
_LONE_SHARE = 0.8
#: A single space with a character beyond ASCII on one side at least: two English words keep theirs.
_SPACE = re.compile("(?<=[^\\s\\x00-\\x7f]) (?=[^\\s])|(?<=[^\\s]) (?=[^\\s\\x00-\\x7f])")


def font_punctuation(text: str) -> str:
    """``text`` with GB2312 punctuation read as Yi syllables turned back into the marks, and «» around Chinese as 《》.

    Examples
    --------
    >>> font_punctuation("建立挂钩机制ꎬ实施办法由省财政厅制定ꎮ«关于促进金融业发展的意见»")
    '建立挂钩机制，实施办法由省财政厅制定。《关于促进金融业发展的意见》'
    >>> font_punctuation("ꆈꎬꉙ")  # Yi text: a run of syllables, ꎬ among them one of its own
    'ꆈꎬꉙ'
    """
    return _GUILLEMETS.sub(r"《\1》", _GB_MARK.sub(_mark, text))


def _mark(found: re.Match) -> str:
    """The GB2312 character whose two bytes are the code point matched; the full-width stop as 。 after a non-digit."""
    code = ord(found.group(0))
    mark = bytes([code >> 8, code & 0xFF]).decode("gb2312")
    before = found.string[max(0, found.start() - 2) : found.start()].rstrip(" ")[-1:]  # 70 ꎮ5: the digit before
    return _IDEOGRAPHIC_STOP if mark == _STOP and not before.isdigit() else mark


def letter_spaced(line: str) -> str | None:
    """``line`` with the single spaces between its characters taken out when a PDF spaced every one, else None.

    A line is letter-spaced when at least :data:`_FEWEST_LONE` of its space-separated parts are one Chinese character
    each, making up :data:`_LONE_SHARE` of the parts holding Chinese at all. Double spaces (between a table's cells)
    stay, and so does a space between two ASCII words (``9 years ago``).

    Examples
    --------
    >>> letter_spaced("1 省 政 府 文 件 实 施 办 法 由 省 财 政 厅 会 同 省 金 融 办 制 定 ꎮ")
    '1省政府文件实施办法由省财政厅会同省金融办制定ꎮ'
    >>> letter_spaced("序 号 工 作 任 务 牵 头 单 位") is None  # a table's header: too short to tell
    True
    >>> letter_spaced("1 居民消费价格涨幅3%左右 发展改革委") is None
    True
    """
    parts = [part for part in line.split(" ") if _HAN.search(part)]
    lone = sum(_LONE_CHARACTER.fullmatch(part) is not None for part in parts)
    if lone < _FEWEST_LONE or lone < _LONE_SHARE * len(parts):
        return None
    return _SPACE.sub("", line)
