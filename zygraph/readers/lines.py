"""How a notice's text breaks into the lines the paragraph reader reads: headings, task numbers, wraps, run-ons.

Word and PDF exports wrap a bracket over lines and a label's unit list mid-name; web copies
run numbered tasks on in one line, or a whole page's paragraphs with a space between them (and its tables
flattened with spaces among them), or with nothing at all between them (cut at the numbers going on their
sequences: :mod:`zygraph.readers.numbering`). These functions give the paragraph reader whole logical
lines, each starting a heading (``一、`` ``（一）`` ``第一章``), a numbered task (``1.`` ``（1）``
``①`` ``第一条``), or going on with the one before.
"""

from __future__ import annotations

import re

from zygraph.sentences.everyone import in_general
from zygraph.findings import Finding
from zygraph.sentences.grammar import names_units, parse_group
from zygraph.sentences.role_words import label_role, starts_with_label
from zygraph.readers.assignment import PREAMBLE
from zygraph.readers.columns import column_for
from zygraph.readers.labelspaces import label_line_spaces, label_lines_apart
from zygraph.readers.section_numbers import SECTION_NUMBER, section_number_found
from zygraph.names.numerals import DATE
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["HEADING", "TASK", "heading_area", "logical_lines", "labels_on_own_lines", "task_number", "number_of",
           "continues_units", "joint", "starts_a_block", "ordinal_lead_in", "paragraphs_by_space", "PARAGRAPH_BREAK",
           "headings_over_items", "GLUED_LINE", "NUMERALS"]

#: The Chinese numerals of headings' numbers (一、…十、).
NUMERALS = "一二三四五六七八九十"
_ITEM_SHARE = 0.6  # rows whose second cell is a numbered item, for a first column of headings to head them
HEADING = re.compile(rf"^(?:[{NUMERALS}]+[、.．]|[（(][{NUMERALS}]+[）)]|第[{NUMERALS}]+[章节部分])\s*")
#: A task's number: 1. 1、 （1） 1) ① 第一条, a plan's dotted section number (2.6.1, 3.2: :mod:`.section_numbers`),
#: one glued to a date (1.9月30日前), a speech's ordinals (一要…, 二要…).
#: An article's bracketed heading (第五条（管理职责）) goes with its number: a title, no part of the first subject.
TASK = re.compile(rf"^(?:{SECTION_NUMBER}|\d{{1,3}}[.．﹒、](?!\d)|\d{{1,3}}[.．﹒、](?=\d{{1,2}}月)|[（(]\d{{1,3}}[）)]|\d{{1,3}}[)）]|[①-⑳][.．、]?"
                  r"|第[一二三四五六七八九十百零〇]+条(?:\s*[（(][\u4e00-\u9fff]{2,10}[）)])?"
                  rf"|[{NUMERALS}]{{1,3}}(?=要(?![求点])))\s*")
#: The ordinal of a report's measure opening its line (一是成立…指挥部。, 二是…): the measure is what follows 是.
_ORDINAL_TASK = re.compile(rf"^([{NUMERALS}]{{1,2}})是(?=[\u4e00-\u9fff])\s*")
#: A space where a copy ran a page's paragraphs together on one line: before a heading or task number
#: (……工作部署。 一、王丹县长牵头重点工作 1.全县生产总值……; ……项目为： ①实施……; ……重视。 一是加强领导。), after a character or a closing mark.
_PARAGRAPH_SPACE = re.compile(r"(?<=[\u4e00-\u9fff。；;：:）)”])[ \t\u3000\u00a0]+"
                              r"(?=(?:\d{1,3}[.．、]|[一二三四五六七八九十]{1,3}(?:、[ \t\u3000\u00a0]?|是)"
                              r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳])[\u4e00-\u9fff]"
                              rf"|{SECTION_NUMBER})")  # 二、 整改责任单位: a space after 、; 。 2.6.1县救灾办: a section
#: In a line so cut, a space after a full stop (……确保万无一失。 农业办积极开展……) or after a heading's short title
#: (三、职责分工 按照……), its colon too ((十一)县农牧局主要工作任务： 依据……), breaks paragraphs too: no sentence of a
#: paragraph goes on after a space.
_SENTENCE_SPACE = re.compile(r"(?<=[。！？])[ \t\u3000\u00a0]+(?=\S)")
_TITLE_SPACE = re.compile(r"(?:^|(?<=\u2029))((?:[一二三四五六七八九十]{1,3}、[ \t\u3000\u00a0]?|[（(][一二三四五六七八九十]{1,3}[）)]"
                          rf"|{SECTION_NUMBER}[ \t\u3000\u00a0]?)"  # 2.5 各镇职责 各镇…: a plan's section title too
                          r"[^\s。，,；;：:\u2029]{2,20}(?:[，,][^\s。，,；;：:\u2029]{2,20})?[：:]?)[ \t\u3000\u00a0]+(?=\S)")
#: A space after a sentence before a department set off by a colon (or a semicolon) where a copy ran a list of members'
#: duties together (……排除灾害险情。 市农牧局;按照…… 市水务局:负责……): a break too.
_MEMBER_SPACE = re.compile(r"(?<=[。！？；;])[ \t\u3000\u00a0]+(?=(?P<units>[^\s，,。；;：:（(]{2,30}?)[：:；;])")
#: The same after a word where the copy left a duty without its closing mark (……新闻报道 安监所:收集……): a break too
#: when the words before the colon name units and no label (责任部门：… is the task's label, not a member).
#: The duty follows the colon at once, a field of a page's header after a space (所属机构: 区政府办公室) or a unit alone is none.
_MEMBER_WORD_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000\u00a0]+(?=(?P<units>[^\s，,。；;：:（(]{2,30}?)[：:]"
                                r"(?P<duty>[\u4e00-\u9fff][^\s]*))")
_FEWEST_WORDED_MEMBERS = 2
#: A notice's signature after a space at the end of a line a copy ran together (…责任处室:A、B 平潭…管理局 2023年3月16日):
#: the issuer and the date, no part of the units before them.
_GAP = "[ \t\u3000\u00a0]+"
_SIGNATURE_AFTER_SPACE = re.compile(f"(?<=\\S){_GAP}(?P<signature>[\u4e00-\u9fff（）()]{{4,40}}{_GAP[:-1]}*{DATE})\\s*$")
#: What marks such a break until :func:`zygraph.readers.run_on_lines.split_run_on` cuts there: no normaliser removes
#: it as a stray space.
PARAGRAPH_BREAK = "\u2029"
#: A table of figures by place flattened into such a line, cells between spaces: a header row of places closing
#: with its total (鄞州 海曙、江东 镇海 合计), then rows of a label and figures (新辟线路年度目标 2 5 1 8).
_FLAT_TABLE = re.compile(rf"{_GAP}(?P<table>(?:[\u4e00-\u9fff、]{{1,12}}{_GAP}){{2,}}(?:合计|小计|总计|合計|總計)"
                         rf"(?:{_GAP}[\u4e00-\u9fff]{{2,16}}(?:{_GAP}\d+(?:\.\d+)?%?)+)*)(?P<after>{_GAP}|$)")
#: A task number followed by a figure, the next in sequence: 11.121人才梯队项目, 2、2010年底前全面完成….
_DECIMAL_TASK = re.compile(r"^(\d{1,3})[.．﹒、](?=\d)")
_NUMBER = re.compile(r"\d+")
#: Characters of a line that may hold a whole copy run together with nothing between items.
GLUED_LINE = 300
#: The first of tasks a paragraph numbers 一是, 二是, … after the sentence that leads in to them.
_FIRST_ORDINAL = re.compile("(?<=[。：:；;])\\s*(?=一是)")
_SECOND_ORDINAL = re.compile("^\\s*二是")


_OPENING, _CLOSING = "（([【［〔", "）)]】］〕"
#: A line of units whose label the copy lost, only its colon left (：市市容局), and the label it is read with.
_LOST_LABEL = re.compile("^[：:]\\s*[^\\s：:]")
_LOST_LABEL_AS = "责任单位："
_LONGEST_LABEL = 8  # characters of a label standing alone on its line (责任单位, 具体任务, 完成时限)
_WRAP_LIMIT = 3  # lines a bracket may stay open over before it counts as a stray bracket
_UNIT_LIST_END = "。；;，, "  # what may follow a unit list at the end of its paragraph


def logical_lines(lines, findings):
    """Yield (line number, text), joining a line whose bracket is still open with the lines below it.

    >>> list(logical_lines(["1.办科技周（牵头单位：市科协，", "配合单位：市教育局）"], []))
    [(1, '1.办科技周（牵头单位：市科协，配合单位：市教育局）')]

    A plan's dotted section number opening a line starts a task too, a ``section_number`` finding saying so:

    >>> found = []
    >>> list(logical_lines(["3.2.1县卫生局：负责医疗救治。"], found)), [f.code for f in found]
    ([(1, '3.2.1县卫生局：负责医疗救治。')], ['section_number'])

    Word and PDF exports wrap long unit lists: ``（牵头单位：市科技局，配合单位：市科协、`` then
    ``市教育体育局）`` on the next line. A blank line, a heading or numbered task, or more than a
    few lines, ends the wait; a bracket of units still open then is closed at the end of its paragraph
    (a copy that lost it: ``…3家。（区发改委主办，区科技局协办``).
    """
    def depth(text):
        return sum(text.count(c) for c in _OPENING) - sum(text.count(c) for c in _CLOSING)

    pending = None  # [first line number, text, lines joined]
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        starts = HEADING.match(line) or TASK.match(line)  # a new heading or task ends the wait
        if starts and (section := section_number_found(number, line)) is not None:
            findings.append(section)  # 2.6.1县救灾办：…: the plan's section number, cut off before the unit
        if pending is not None and line and pending[2] < _WRAP_LIMIT and not starts:
            pending[1] += line
            pending[2] += 1
            if depth(pending[1]) <= 0:
                findings.append(Finding(pending[0], "info", "line_joined",
                                        f"a bracket opened on line {pending[0]} closes on line {number}",
                                        "read the lines as one paragraph"))
                yield pending[0], pending[1]
                pending = None
            continue
        if pending is not None:
            yield pending[0], _closed(pending[0], pending[1], findings)
            pending = None
        if depth(line) > 0:
            pending = [number, line, 0]
        else:
            yield number, line
    if pending is not None:
        yield pending[0], _closed(pending[0], pending[1], findings)


def _closed(number, text, findings):
    """``text`` with its last bracket closed when it never closes and names only units: ``…3家。（A主办，B协办``.

    >>> _closed(5, "新增3家。（区发改委主办，区科技局协办", [])
    '新增3家。（区发改委主办，区科技局协办）'
    >>> _closed(5, "建设（一期工程", [])
    '建设（一期工程'
    """
    opened = []  # where each bracket still open was opened
    for index, char in enumerate(text):
        if char in _OPENING:
            opened.append(index)
        elif char in _CLOSING and opened:
            opened.pop()
    if not opened:
        return text
    at = opened[-1]
    inner = text[at + 1:].rstrip(_UNIT_LIST_END)
    items = parse_group(inner)
    if not items or not names_units(items):
        return text
    findings.append(Finding(number, "info", "bracket_closed", f"a bracket of units is never closed: {text[at:][:30]}",
                            "read it as closed at the end of its paragraph"))
    end = at + 1 + len(inner)
    return text[:end] + _CLOSING[_OPENING.index(text[at])] + text[end:]


def continues_units(label_line, line):
    """True when ``line`` goes on with the unit list that ``label_line`` breaks off (PDF and Word wrap lines).

    >>> continues_units("协办单位：区委编办、园区党工", "委、各街道党工委"), continues_units("牵头单位：区委组织部", "各单位要抓好落实。")
    (True, False)

    ``协办单位：区委编办、园区党工`` then ``委、各街道党工委``: the name cut at the break and the
    names after it read as units only when joined.
    """
    if label_line.rstrip().endswith(("。", "；", ";")):
        return False
    fragment = re.split(r"[、，,；;：:]", label_line)[-1]
    return looks_like_unit_list(fragment + line.rstrip("。；; "))


def joint(label_line, line):
    """``、`` where a wrapped list broke between two whole names (``区财政局`` / ``区发改委``), else nothing.

    >>> joint("配合单位：区财政局", "区发改委"), joint("配合单位：园区党工", "委")
    ('、', '')
    """
    fragment = re.split(r"[、，,；;：:]", label_line)[-1]
    whole = fragment and looks_like_unit_list(fragment) and looks_like_unit_list(line.split("、")[0].rstrip("。；; "))
    return "、" if whole else ""


def number_of(mark):
    """The number a task mark gives: 12 for ``12.``, 3 for ``（3）`` or ``③``, 23 for ``第二十三条``; a dotted section
    number's last: 1 for ``2.6.1``.

    >>> number_of("12."), number_of("（3）"), number_of("③"), number_of("第二十三条"), number_of("二"), number_of("2.6.1")
    (12, 3, 3, 23, 2, 1)
    """
    digits = _NUMBER.findall(mark)
    if digits:
        return int(digits[-1])
    if mark.startswith("第"):
        return _chinese_number(mark[1:].rstrip().removesuffix("条"))
    if mark[0] in NUMERALS:  # 二要…: a speech's second requirement; 二是…: a report's second measure
        return _chinese_number(mark.strip().removesuffix("是"))
    return ord(mark[0]) - ord("①") + 1


def _chinese_number(text):
    """一 … 九十九 (and 一百 …) as written in article numbers."""
    value, unit = 0, 0
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}
    for char in text:
        if char in digits:
            unit = digits[char]
        elif char == "十":
            value += (unit or 1) * 10
            unit = 0
        elif char == "百":
            value += (unit or 1) * 100
            unit = 0
    return value + unit


def task_number(line, previous, ordinal=0):
    """The match of a task number at the start of ``line``, or None.

    ``ordinal`` counts the 是-ordinals (一是, 二是…) apart from every other style: the last one's value since the
    last heading, 0 when none came yet, None when a task numbered otherwise (1、) came since that heading.

    >>> task_number("3.办科技周", None).group(0), task_number("11.121人才梯队项目", 10).group(0)
    ('3.', '11.')
    >>> task_number("3.5%的增长", 7) is None
    True
    >>> task_number("一是成立指挥部。", None).group(0), task_number("二是加大宣传。", 3, ordinal=1).group(0)
    ('一是', '二是')
    >>> task_number("二是加大宣传。", 1), task_number("一是成立专班。", 1, ordinal=None)
    (None, None)
    >>> task_number("2、2010年底前完成", 1).group(0), task_number("2、2010年底前完成", 5)
    ('2、', None)

    ``11.121人才梯队项目`` and ``2、2010年底前…`` start tasks 11 and 2 when task ``previous`` (10, 1) came
    before them; other numbers followed by a digit (``3.5%``) are no task numbers.
    """
    found = TASK.match(line)
    # 一是… first under a heading, or the next after 一是 (二是…), never counted on from another style's number:
    # 1、抓好园区建设。 / 一是… are that item's points, not tasks numbered anew
    said = _ORDINAL_TASK.match(line) if not found else None
    if said and ordinal is not None and _chinese_number(said.group(1)) == ordinal + 1:
        return said
    if found or previous is None:
        return found
    decimal = _DECIMAL_TASK.match(line)
    if decimal and int(decimal.group(1)) == previous + 1:
        return decimal
    return None


def paragraphs_by_space(text, findings=None):
    """``text`` with :data:`PARAGRAPH_BREAK` where a line runs a page's paragraphs together with spaces.

    A table of figures by place flattened with spaces into the line (a header row closing with 合计,
    then rows of a label and figures) is a paragraph of its own, so no unit list before it runs on
    into its cells; so is each of members' duties run together after a space (``……险情。 市水务局:负责……``). Only a
    line with two such breaks at least (spaces before a heading or task number, a department and its colon, a
    label after a sentence's end: :mod:`zygraph.readers.labelspaces`; or tables) is cut: one space before a number
    may be a PDF's word gap. In a line so cut, a space after a full stop or a heading's short title (``三、职责分工
    按照……``) breaks paragraphs too. Each table cut is a ``flattened_table`` finding. Line numbers stay as they are.

    Examples
    --------
    >>> paragraphs_by_space("通知如下。 一、科普 1.办科技周。 2.办科普日。").split(PARAGRAPH_BREAK)
    ['通知如下。', '一、科普', '1.办科技周。', '2.办科普日。']
    >>> paragraphs_by_space("通知如下。 一、目标 办好。 二、职责分工 按照原则，各村负总责。 农业办开展推广。").split(PARAGRAPH_BREAK)
    ['通知如下。', '一、目标', '办好。', '二、职责分工', '按照原则，各村负总责。', '农业办开展推广。']
    >>> paragraphs_by_space("说明。 （一）农牧局工作任务： 推广沼气。 （二）交通局工作任务： 查处车辆。").split(PARAGRAPH_BREAK)
    ['说明。', '（一）农牧局工作任务：', '推广沼气。', '（二）交通局工作任务：', '查处车辆。']
    >>> paragraphs_by_space("县水利局：负责监测。 县农业局；做好救灾。 县气象局：负责预报。").split(PARAGRAPH_BREAK)
    ['县水利局：负责监测。', '县农业局；做好救灾。', '县气象局：负责预报。']
    >>> text = "各单位职责 镇党政办:发布信息 安监所:收集灾情。 民政办:组织捐赠。 内容 责任部门:县局"
    >>> paragraphs_by_space(text).split(PARAGRAPH_BREAK)
    ['各单位职责', '镇党政办:发布信息', '安监所:收集灾情。', '民政办:组织捐赠。', '内容 责任部门:县局']
    >>> paragraphs_by_space("关于印发方案的通知 区直各单位:现将方案印发。 一、要求 加强领导。 二、保障 落实。").split(PARAGRAPH_BREAK)[0]
    '关于印发方案的通知 区直各单位:现将方案印发。'
    >>> paragraphs_by_space("发布机构: 区政府办公室 所属机构: 区政府办公室 主送:各部门 抄送:区财政局。 一、要求 加强。 二、保障 落实。"
    ...                     ).split(PARAGRAPH_BREAK)[0]
    '发布机构: 区政府办公室 所属机构: 区政府办公室 主送:各部门 抄送:区财政局。'
    >>> paragraphs_by_space("增长 5.5%，第 1、2 项")
    '增长 5.5%，第 1、2 项'
    >>> paragraphs_by_space("说明。 1.新辟线路。责任单位:甲局 东城 西城 合计 目标 2 3 5 2.新建公园。").split(PARAGRAPH_BREAK)
    ['说明。', '1.新辟线路。责任单位:甲局', '东城 西城 合计 目标 2 3 5', '2.新建公园。']
    """
    findings = [] if findings is None else findings
    out = []
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) >= GLUED_LINE:  # a page run together on one line, its signature after a space at the end
            line, signed = _SIGNATURE_AFTER_SPACE.subn(PARAGRAPH_BREAK + "\\g<signature>", line)
            if signed:
                findings.append(Finding(number, "info", "signature_apart", "the notice's signature and date follow "
                                        "the last paragraph after a space", "read them apart from the units before them"))
        cut, tables = _FLAT_TABLE.subn(_table_apart, line)
        members = [found.start() for found in _MEMBER_SPACE.finditer(cut) if looks_like_unit_list(found.group("units"))]
        worded = [found.start() for found in _MEMBER_WORD_SPACE.finditer(cut, _preamble_end(cut))
                  if looks_like_unit_list(found.group("units")) and not _addressed(found.group("units"))
                  and not looks_like_unit_list(found.group("duty").rstrip("。；;，,"))
                  and not starts_with_label(cut[found.end():].lstrip(" \t\u3000\u00a0"))]
        # two at least, a run of members: one alone may be a notice's addressees after its title (…的通知 区直各单位:现将…)
        members = sorted(members + (worded if len(worded) >= _FEWEST_WORDED_MEMBERS else []))
        fewest = 1 if len(line) >= GLUED_LINE else 2  # a whole page on one line: one break is no PDF's word gap
        if tables + len(_PARAGRAPH_SPACE.findall(cut)) + len(members) + (labels := label_line_spaces(cut)) >= fewest:
            findings += label_lines_apart(number, labels)  # ……的目标。 责任单位:A: each label a line of its own
            for at in reversed(members):
                cut = cut[:at] + PARAGRAPH_BREAK + cut[at:].lstrip(" \t\u3000\u00a0")
            line = _PARAGRAPH_SPACE.sub(PARAGRAPH_BREAK, cut)
            line = _TITLE_SPACE.sub("\\1" + PARAGRAPH_BREAK, _SENTENCE_SPACE.sub(PARAGRAPH_BREAK, line))
            if tables:
                findings.append(Finding(number, "info", "flattened_table",
                                        f"{tables} table(s) of figures by place flattened into the line (… 合计 …)",
                                        "read each apart from the text before it: its cells name no unit"))
        out.append(line)
    return "\n".join(out)


def _preamble_end(line):
    """Where the notice's preamble ends in ``line`` (印发给你们, 通知如下…, or its first 。 before them), 0 if it has none.

    Its addressees (各乡镇人民政府:现将方案印发给你们) come before, and are no members given duties.

    >>> _preamble_end("关于方案的通知 各乡镇:现将方案印发给你们 县直各单位:请执行。"), _preamble_end("民政办:组织捐赠。")
    (21, 0)
    """
    preamble = PREAMBLE.search(line)
    if preamble is None:
        return 0
    stop = line.find("。", 0, preamble.end())
    return stop + 1 if stop >= 0 else preamble.end()


def _addressed(units):
    """Whether ``units`` are units in general or a 各… collective (县直各单位, 各乡镇人民政府): a notice's addressees.

    >>> _addressed("县直各单位"), _addressed("各乡镇人民政府"), _addressed("民政办")
    (True, True, False)
    """
    return in_general(units) or units.startswith("各")


def _table_apart(found):
    """A flattened table as a paragraph of its own: a break before it and, when text follows, after it."""
    return PARAGRAPH_BREAK + found.group("table") + (PARAGRAPH_BREAK if found.group("after") else "")


def labels_on_own_lines(pairs, findings):
    """Yield (line number, text) with a label that stands alone on its line joined to the value under it.

    A two-column form copied a cell a line writes ``责任单位`` then ``卫健局、文旅局``: the label takes
    its value after a colon (``责任单位：卫健局、文旅局``); a label naming the task (``具体任务``)
    gives its line to the task's text. Each join is a ``label_on_own_line`` finding.

    >>> list(labels_on_own_lines([(1, "具体任务"), (2, "完善发热门诊。"), (3, "责任单位"), (4, "卫健局、文旅局")], []))
    [(2, '完善发热门诊。'), (3, '责任单位：卫健局、文旅局')]

    A line of units opening with a colon alone (``：市市容局``, its label lost with a cell of the page) is read
    as ``责任单位``, a ``label_lost`` finding.
    """
    pairs = list(pairs)

    def unit_label(at):  # 责任单位 alone, the units on the line under it
        if at + 1 >= len(pairs) or len(pairs[at][1]) > _LONGEST_LABEL:
            return False
        line = pairs[at][1]
        return column_for(line) in ("lead", "support") and label_role(line) is not None \
            and looks_like_unit_list(pairs[at + 1][1])

    def unit_label_word(line):  # 牵头单位 alone above ：A: the label was wrapped off its line, not lost
        return len(line) <= _LONGEST_LABEL and label_role(line) is not None

    index, in_form = 0, False
    while index < len(pairs):
        number, line = pairs[index]
        following = pairs[index + 1][1] if index + 1 < len(pairs) else ""
        column = column_for(line) if len(line) <= _LONGEST_LABEL and following else None
        if unit_label(index):
            findings.append(Finding(number, "info", "label_on_own_line", f"the label {line} stands on a line of its "
                                    "own", "read the line below it as its units"))
            yield number, f"{line}：{following}"
            index, in_form = index + 2, True
            continue
        if column == "task" and unit_label(index + 2) and len(following) > len(line):
            index += 1  # 具体任务 / 全面落实…… / 责任单位 / …: a form; the task's text is the next line
            continue
        if column == "note" and in_form:
            yield number, f"{line}：{following}"  # 完成时限 / 年底前, in such a form: a label naming no role
            index += 2
            continue
        if _LOST_LABEL.match(line) and not (index and unit_label_word(pairs[index - 1][1])) and looks_like_unit_list(line.lstrip(":：").strip().rstrip(_UNIT_LIST_END)):
            # ：市市容局 under a paragraph: the page's label was a cell or an image the copy lost; only its colon is left
            findings.append(Finding(number, "info", "label_lost", f"a line of units opens with a colon and no label: "
                                    f"{line[:30]}", "read as 责任单位: the units answer for the task above"))
            line = _LOST_LABEL_AS + line.lstrip(":：").strip()
        yield number, line
        index, in_form = index + 1, False


def heading_area(text: str) -> str | None:
    """The area a heading names, without its number; None when ``text`` is no heading or names nothing.

    >>> heading_area("一、做大做强主导产业"), heading_area("1.办科技周"), heading_area("（二）")
    ('做大做强主导产业', None, None)
    """
    found = HEADING.match(text)
    area = text[found.end():].strip() if found else ""
    return area or None


def headings_over_items(firsts: list[str], seconds: list[str]) -> bool:
    """True when a table's first column holds headings (一、…) and its second the numbered items under them.

    ``firsts`` and ``seconds`` are the cells of the two columns, row by row (a heading cell merged over its
    group's rows may be copied on each, or left empty). Two headings at least, and items in most rows.

    >>> headings_over_items(["一、做好财政信息公开。", "二、做好网站公开。", ""], ["1.推进预算公开。", "2.更新信息。", "3.反馈意见。"])
    True
    >>> headings_over_items(["做好财政信息公开", "做好网站公开"], ["推进预算公开。", "更新信息。"])
    False
    """
    distinct = {text for text in firsts if text}
    items = sum(1 for text in seconds if text and TASK.match(text))
    return len(distinct) >= 2 and all(heading_area(text) is not None for text in distinct) \
        and items >= _ITEM_SHARE * len(seconds)


def starts_a_block(line: str) -> bool:
    """True when ``line`` starts a heading (一、 （一）), a numbered task (1. （1）) or a unit label.

    Examples
    --------
    >>> starts_a_block("（二）优化环境"), starts_a_block("牵头单位：市科协"), starts_a_block("度，实行")
    (True, True, False)
    """
    return bool(HEADING.match(line) or TASK.match(line) or starts_with_label(line))


def ordinal_lead_in(first: str, second: str) -> int | None:
    """Where the first task opens, when a paragraph numbers its tasks 一是, 二是 after a lead-in; else None.

    ``first`` and ``second`` are the texts of the paragraph's first two tasks, each closed by its
    units. The lead-in is the title of the group of tasks (``抓好基地建设。一是……``), not a task's text.

    Examples
    --------
    >>> first = "抓好基地建设。一是建立创业基地"
    >>> at = ordinal_lead_in(first, "二是落实建设资金")
    >>> first[:at], first[at:]
    ('抓好基地建设。', '一是建立创业基地')
    >>> ordinal_lead_in(first, "落实建设资金") is None, ordinal_lead_in("一是建立创业基地", "二是落实资金") is None
    (True, True)
    """
    if not _SECOND_ORDINAL.match(second):
        return None
    found = _FIRST_ORDINAL.search(first)
    return found.end() if found else None
