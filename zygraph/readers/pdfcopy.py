"""Text copied out of a PDF as its fonts encode it: GB2312 punctuation read as Yi syllables, a space between characters.

Some PDFs of printed government documents (typeset in Founder fonts) map their punctuation to the two bytes of its
GB2312 code, which a text extractor then reads as one Unicode code point: ``，`` (GB2312 ``A3AC``) comes out as U+A3AC
``ꎬ``, ``。`` (set as the full-width stop ``．``, ``A3AE``) as U+A3AE ``ꎮ``, ``：`` as ``ꎻ``; GB2312's rows 1 and 3
(``A1A1``-``A1FE``, ``A3A1``-``A3FE``), all punctuation, land in Unicode's Yi Syllables block. Their copies also
often put a space between every character (``实 施 办 法 由 省 财 政 厅``), as the PDF spaced the glyphs, and
print book-title marks as ``«…»``. Yi text itself (a run of syllables, 凉山's bilingual notices) is left as it is: a
text is read so only when it holds the font's sentence marks (``ꎬ`` ``ꎮ`` ``ꎻ``) and no Yi syllable outside those
rows, and a code point only where no Yi syllable stands beside it (``简称“ꎭ”。``, a Yi word quoted, stays). English
words keep their space beside Chinese (``issue 实施细则``); a number spaced out (``2 0 2 1 年``) is joined.
"""

from __future__ import annotations

import re

__all__ = ["font_punctuation", "letter_spaced"]

#: A code point of GB2312's punctuation rows read as Unicode (U+A1A1-U+A1FE, U+A3A1-U+A3FE), with no Yi syllable
#: (U+A000-U+A4CF) beside it, spaces aside: ``机制ꎬ实施``, ``制 定 ꎮ``.
_GB_MARK = re.compile("(?<![\ua000-\ua4cf])(?<![\ua000-\ua4cf] )[\ua1a1-\ua1fe\ua3a1-\ua3fe]"
                      "(?! ?[\ua000-\ua4cf])")
#: The font's sentence marks, one of which a line it set holds: ``ꎬ`` (，), ``ꎮ`` (．), ``ꎻ`` (；), ``ꎺ`` (：), ``ꆢ`` (、),
#: ``ꆣ`` (。).
_FONT_SENTENCE_MARK = re.compile("[\ua3ac\ua3ae\ua3bb\ua3ba\ua1a2\ua1a3]")
#: A Yi syllable outside GB2312's punctuation rows: the text is written in Yi, whatever its marks.
_YI_OWN = re.compile("[\ua000-\ua1a0\ua1ff-\ua3a0\ua3ff-\ua4cf]")
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
#: A single space with a character beyond ASCII on one side and no ASCII letter on the other (two English words
#: and ``issue 实施细则`` keep theirs), or between one digit standing alone and the next (``2 0 2 1`` is 2021).
_SPACE = re.compile("(?<=[^\\sA-Za-z]) (?=[^\\s\\x00-\\x7f])|(?<=[^\\s\\x00-\\x7f]) (?=[^\\sA-Za-z])"
                    "|(?<=(?<![^\\s\\x80-\\uffff])\\d) (?=\\d)")


def font_punctuation(text: str) -> str:
    """``text`` with GB2312 punctuation read as Yi syllables turned back into the marks, and «» around Chinese as 《》.

    Examples
    --------
    >>> font_punctuation("建立挂钩机制ꎬ实施办法由省财政厅制定ꎮ«关于促进金融业发展的意见»")
    '建立挂钩机制，实施办法由省财政厅制定。《关于促进金融业发展的意见》'
    >>> font_punctuation("ꆈꎬꉙ")  # Yi text: a run of syllables, ꎬ among them one of its own
    'ꆈꎬꉙ'
    >>> font_punctuation("凉山州彝文名称为“ꆃꎭ”，简称“ꎭ”。")  # a Yi word quoted: no font's marks, Yi of its own
    '凉山州彝文名称为“ꆃꎭ”，简称“ꎭ”。'
    """
    if _FONT_SENTENCE_MARK.search(text) and not _YI_OWN.search(text):
        text = _GB_MARK.sub(_mark, text)
    return _GUILLEMETS.sub(r"《\1》", text)


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
    >>> letter_spaced("The Ministry will issue 实 施 细 则 by the end of 2 0 2 1 年 1 2 月 共 同 推 进 工 作 落 实")
    'The Ministry will issue 实施细则 by the end of 2021年12月共同推进工作落实'
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
