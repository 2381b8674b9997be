"""Normalise text copied from a web page or OCR: Simplified characters, full-width punctuation, no stray spaces."""

from __future__ import annotations

import functools
import re

import opencc

from zygraph.findings import Finding
from zygraph.readers.pdfcopy import font_punctuation, letter_spaced
from zygraph.names.unitlist import units_run_together
from zygraph.names.listlike import units_by_space

__all__ = ["Normalizer", "without_readings", "simplified", "simplified_lines"]

_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_STRAY_SPACE = re.compile(rf"(?<=[{_CJK}])[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+(?=[{_CJK}])")
_FULL_WIDTH = {":": "：", ",": "，", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
#: A pinyin reading a web page's annotation tool put after a character: 發(fā), 項(xiàng).
_READING = re.compile("(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{2,6}[)）]")
#: A space between a value and the next label on one line: 责任单位:市公安局 项目责任人:王伟标.
_SPACE_BEFORE_LABEL = re.compile("(?<=[\u4e00-\u9fff）)])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff]{2,8}[:：]\\S)")
_ASCII_PUNCT = re.compile(rf"(?<=[{_CJK}])[:,;()?!]|[:,;()?!](?=[{_CJK}])")
#: An ASCII full stop a copy typed between two sentences (…运输监管工作.省卫生健康委负责…): between two Chinese characters,
#: never in a number (1.传达), a file's name or an address.
_ASCII_STOP = re.compile(rf"(?<=[{_CJK}])\.(?=[{_CJK}])")
#: A comma a copy doubled before the mark the text has there (,, ,、 ,。 in a mirror's converted copy:
#: 一,、加强组织领导; 整地,、造林): the comma goes, the mark stays.
_DOUBLED_COMMA = re.compile("，(?=[，、。；：])")
#: A forum's anti-copy string (a run of five or more ASCII scraps of one or two characters between single spaces,
#: ``3 l' R0 Q! D; x$ Z``) that a copy of a thread keeps at the starts and ends of its lines.
_SCRAP = "[!-~]{1,2}"
_SCRAMBLED = re.compile(f"(?<![!-~]){_SCRAP}(?: {_SCRAP}){{4,}}(?![!-~])")
#: A scrap mixing a letter with a digit or a mark (R0, Q!, _:): words and numbers in text have none of these.
_MIXED_SCRAP = re.compile("[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Za-z0-9][^A-Za-z0-9]|[^A-Za-z0-9][A-Za-z0-9]")
_MIXED_SCRAPS = 2  # scraps of the run that must mix so: ``1 2 3 4 5`` (a table's numbers) is no scramble



def without_readings(text: str) -> str:
    """``text`` without the pinyin readings a page's annotation tool put after characters.

    >>> without_readings("目標(biāo)任務(wù)")
    '目標任務'
    """
    return _READING.sub("", text)


def simplified(text: str) -> str:
    """``text`` in Simplified characters, as OpenCC ``t2s`` converts it, without pinyin readings; spaces kept.

    What a reader tests the shape of a copy on (a table's spaced columns, its header), so a Traditional copy
    has the shape of its Simplified one.

    >>> simplified("序號  工作任務(wù)  牽頭單位")
    '序号  工作任务  牵头单位'
    """
    return _t2s().convert(without_readings(text))


def simplified_lines(text: str) -> tuple[list[str], list[Finding]]:
    """The lines of ``text`` in Simplified characters without readings (:func:`simplified`), spaces kept, and a
    finding for each kind of change naming the lines it touched: what a reader of a table's copied shape reads.

    >>> lines, findings = simplified_lines("序號 工作任務\\n1 辦科技周")
    >>> lines, [(f.code, f.line) for f in findings]
    (['序号 工作任务', '1 办科技周'], [('traditional', 1)])
    """
    normalise = Normalizer(spaces=False)
    return [normalise(line, number) for number, line in enumerate(text.split("\n"), start=1)], normalise.findings()


@functools.lru_cache(maxsize=1)
def _t2s():
    """The one OpenCC converter (its dictionaries take a while to load), built when first needed."""
    return opencc.OpenCC("t2s")


#: What each kind of change is called in findings.
CHANGES = {
    "font_punctuation": "punctuation a PDF's font gave as GB2312 codes read as Yi syllables (ꎬ ꎮ) and «» around "
                        "Chinese made the marks they print (， 。 《》); a guess from the line's marks: a line holding no ꎬ ꎮ ꎻ, or "
                        "a Yi syllable of its own, is left as written",
    "letter_spaced": "the space a PDF copy put between every character of the line taken out (实 施 办 法 to 实施办法)",
    "readings": "pinyin readings inserted after characters removed (發(fā) to 發)",
    "traditional": "Traditional characters converted to Simplified",
    "ascii_punctuation": "ASCII punctuation beside Chinese text made full-width (: , ; ( ) to ： ， ； （ ）, . between "
                         "Chinese characters to 。)",
    "units_by_space": "unit names separated only by spaces listed with 、",
    "units_run_together": "unit names written with nothing between them (区发改局区统计局) listed with 、",
    "space_before_label": "a space before a label (… 项目责任人：) made a clause break (；)",
    "space_removed": "stray spaces beside Chinese characters removed",
    "doubled_punctuation": "a comma doubled before another mark (,, ,、 ,。) removed",
    "scrambled": "a forum's anti-copy strings of ASCII scraps (3 l' R0 Q! D; x$ Z) removed",
}


class Normalizer:
    """Turn one document's text into the form the readers parse, and count what changed.

    Eleven steps, in order: punctuation a PDF's font gave as GB2312 codes (``ꎬ`` ``ꎮ``) made the marks, and
    the spaces a PDF copy put between every character of a line taken out (:mod:`zygraph.readers.pdfcopy`);
    pinyin readings a page inserted after characters
    (``發(fā)``) removed; OpenCC ``t2s`` (Traditional to Simplified
    characters); a forum's anti-copy strings of ASCII scraps (``3 l' R0 Q! D; x$ Z``) removed; 、 between unit names that only spaces separate, and between names written with
    nothing between them whose level repeats (``区发改局区统计局``); ； for a
    space before a label on the same line (``市公安局 项目责任人：``); removal
    of spaces, TABs and ideographic spaces that stand
    beside a Chinese character; ASCII ``: , ; ( ) ? !`` beside a Chinese
    character made full-width, and ``.`` between two to ``。``; a comma doubled before another mark (``,,`` ``,、``) removed. Newlines are kept, so line numbers stay true.

    Examples
    --------
    >>> norm = Normalizer()
    >>> norm("(牽頭單位:市科技局, 配合單位:市 科協)", line=7)
    '（牵头单位：市科技局，配合单位：市科协）'
    >>> [(f.code, f.line) for f in norm.findings()]
    [('traditional', 7), ('ascii_punctuation', 7), ('space_removed', 7)]
    >>> norm("责任单位:市公安局 项目责任人:王伟标")
    '责任单位：市公安局；项目责任人：王伟标'
    >>> norm("一,、加强领导。各乡镇要组织造林,,完成任务,。")  # a copy's doubled commas
    '一、加强领导。各乡镇要组织造林，完成任务。'


    Notes
    -----
    Chinese characters are never deleted. A line whose space-separated
    parts all look like unit names (``市科技局 市科协``) gets 、 between them
    first (:func:`zygraph.names.listlike.units_by_space`); elsewhere a space beside
    a Chinese character is removed, so two names in running text that only
    a space separates run together and show up as one unknown unit. OpenCC
    converts by phrase, and a few characters have two Simplified forms; the
    conversion is recorded so a researcher can check it.
    """

    def __init__(self, spaces: bool = True):
        self._converter = _t2s()
        self._spaces = spaces  # False: only a font's marks, readings and characters, the copy's spaces as they are
        self._lines: dict[str, list] = {code: [] for code in CHANGES}

    def __call__(self, text: str, line: int | None = None) -> str:
        """Return ``text`` normalised; remember on which ``line`` anything changed."""
        marked = font_punctuation(text)
        joined = (letter_spaced(marked) or marked) if self._spaces else marked
        unread = _READING.sub("", joined)
        simplified = self._converter.convert(unread)
        if not self._spaces:
            for code, before, after in (("font_punctuation", text, marked), ("readings", joined, unread),
                                        ("traditional", unread, simplified)):
                if before != after:
                    self._lines[code].append(line)
            return simplified
        unscrambled = _SCRAMBLED.sub(_scraps_gone, simplified)
        spaced_out = units_by_space(unscrambled)
        listed = units_run_together(spaced_out)
        labelled = _SPACE_BEFORE_LABEL.sub("；", listed)
        spaced = _STRAY_SPACE.sub("", labelled)
        full_width = _ASCII_STOP.sub("。", _ASCII_PUNCT.sub(lambda m: _FULL_WIDTH[m.group(0)], spaced))
        punctuated = _DOUBLED_COMMA.sub("", full_width)
        for code, before, after in (("font_punctuation", text, marked), ("letter_spaced", marked, joined),
                                    ("readings", joined, unread), ("traditional", unread, simplified),
                                    ("scrambled", simplified, unscrambled), ("units_by_space", unscrambled, spaced_out), ("units_run_together", spaced_out, listed),
                                    ("space_before_label", listed, labelled),
                                    ("space_removed", labelled, spaced), ("ascii_punctuation", spaced, full_width),
                                    ("doubled_punctuation", full_width, punctuated)):
            if before != after:
                self._lines[code].append(line)
        return punctuated

    def text(self, text: str) -> str:
        """Normalise a whole text line by line, numbering lines from 1."""
        return "\n".join(self(line, number) for number, line in enumerate(text.split("\n"), start=1))

    def findings(self) -> list:
        """One finding per kind of change made so far, naming the first lines it touched."""
        out = []
        for code, message in CHANGES.items():
            lines = self._lines[code]
            if lines:
                where = [str(n) for n in lines[:5] if n is not None]
                at = f" on {len(lines)} line(s)" + (f", first {', '.join(where)}" if where else "")
                out.append(Finding(lines[0], "info", code, f"{message}{at}", "read the normalised text"))
        return out


def _scraps_gone(found: re.Match) -> str:
    """Nothing for a run of ASCII scraps that is a forum's anti-copy string, else the run as it was."""
    scraps = found.group(0).split(" ")
    return "" if sum(_MIXED_SCRAP.fullmatch(scrap) is not None for scrap in scraps) >= _MIXED_SCRAPS else found.group(0)
