"""The notice around a table: document number, issuer, title, date, and who it says leads the table's rows."""

from __future__ import annotations

import re
from dataclasses import replace

from zygraph.findings import Finding
from zygraph.names.issuer import DOC_NUMBER
from zygraph.readers.columns import column_for
from zygraph.readers.normalize import Normalizer
from zygraph.readers.raw import RawRow
from zygraph.readers.titles import notice_title
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import FIRST_LEADS
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["parse_notice", "first_listed_leads", "first_listed_leads_in_cell", "table_lead", "with_table_lead",
           "led_by_notice"]

_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
#: A line that is a document's name, not a sentence: short, no sentence mark, ending as plans and lists end
_HEADING = re.compile(r"(?![一二三四五六七八九十\d]+[、.．]|[（(【\[])[^。；;：:!！?？]{4,80}(通知|意见|方案|办法|决定|规划|计划|要点|分工|清单|任务|安排|细则|措施|台账|"
                      r"分解表|分工表|责任表|一览表)")
#: 《X》已经区政府同意，现印发给你们: the notice names the document it sends
_SENT = re.compile(r"《(?P<name>[^《》]{4,80})》(?:已经|经)[^。]{0,20}同意|现(?:将《(?P<sent>[^《》]{4,80})》)?印发")
# What a notice cites is not the notice: 根据《X市人民政府关于…》（X政发〔2021〕4号）
_CITED = re.compile(r"《[^《》]*》|[（(][^（）()]*[）)]")
#: A sentence before a table naming one unit to lead all of it, the table's units each answering for its own rows:
#: 办公室牵头，各有关股所根据责任分工分别负责（详见主动公开事项表）.
_TABLE_LEAD = re.compile("(?:^|[。；;，,：:\\s])(?P<lead>[\u4e00-\u9fff]{2,15}?)牵头[，,、]?"
                         "(?P<others>(?:各|有关|相关)[\u4e00-\u9fff]{0,10}?)(?:根据|按照|按|依据)(?:各自)?(?:责任|职责)分工"
                         "(?:分别|各自)?(?:负责|落实)")
#: A signature: a name alone on its line, no mark, no digit (湖州市人民政府办公室, 中共紫金县委办公室).
_SIGNER = re.compile(r"[\u4e00-\u9fff]{4,30}")
#: The date under a signature: 2020年5月22日, 二〇二〇年五月二十二日, as a page prints it (2019-07-15), or as a
#: copy that lost 年月日 leaves it (2021222).
_SIGNED_ON = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                        r"[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(?:19|20)\d{4,6}")
#: How many of the last non-empty lines after a table may hold its signature and date: the page's end, not its cells.
_SIGNED_TAIL = 4
_SIGNED_IN_WORDS = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                              r"[一二三四五六七八九十]{1,3}日")
#: A government or its office, as signs a notice, not a bureau a table's last row names beside its deadline.
_GOVERNMENT_OR_OFFICE = re.compile(r"(人民政府|政府|办公厅|办公室|委员会|党委|管委会)$")
#: A letterhead: the issuing body's name and 文件, alone on its line (全国…领导小组 文件).
_LETTERHEAD = re.compile(r"([\u4e00-\u9fff]{4,40}?)文件")
#: The line a notice opens with, naming whom it addresses (各镇人民政府，区政府各部门：).
_ADDRESSEES = re.compile(r"各[^。；;]{1,120}(?:政府|部门|单位|机构|局|委|办)[^。；;]{0,40}[:：]")
#: How many lines from a page's top its labels (来源：…, 发布机构：…) are looked for when no notice stands before the table.
_PAGE_TOP = 12
#: A copied page's label of the body it comes from: 发布机构：金乡县农业农村局, 来源:苍南县人民政府办公室.
_PUBLISHER = re.compile(r"(?<!资金)(?<!经费)(?<!数据)(?:来源|发布机构|发文机关|发布单位|发文单位|发布部门)\s*[:：|｜]?\s*"
                        r"([\u4e00-\u9fff]{2,30}?)(?=$|[\s|｜(（]|发布|发文|浏览|作者|日期|时间|点击|责任编辑)")
# A line that names an issuing body ends like one; a plan's title or a sentence does not
_BODY_END = re.compile(r"(人民政府|政府|办公厅|办公室|委员会|党委|[省市县区]委|管委会|管理委员会|领导小组|指挥部|局|厅|部|委)$")


#: A Markdown heading's mark before a line (``# 标题``, its space lost when text is normalised), as repositories
#: keep copied notices: no part of the text. Not before a digit (``#3``, a number).
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]*(?=[^\d#\s])")

def parse_notice(lines: list[str], after: list[str] = (), page_title: str = "") -> dict:
    """Take the document number, issuer, title, date, heading and table title from a notice.

    Each is ``""`` when the notice does not show it. ``title`` is the notice's own title (…关于…的通知);
    ``heading`` is what to call the document: its title, else the first line shaped as a document's name
    (short, no sentence mark, ending 方案/清单/分工…), else the document the notice says it sends.
    ``issuer_line`` is ``"signature"`` when the issuer is the name signed above the notice's date, else
    ``""``; ``publisher`` the body a copied page labels as its source (发布机构：…, 来源：…);
    ``addressees`` the line naming whom the notice addresses (各镇人民政府，区政府各部门：). ``after``
    holds the lines after the table, where a notice may sign: a government's name alone on its line above
    a date names the issuer there, when the lines before the table name none; and when no line stands before
    the table, the title, number and issuing line its page's first lines hold are read. ``page_title`` is a web
    page's own title, taken when no line above the signature holds the notice's (:func:`notice_title`).

    Examples
    --------
    >>> meta = parse_notice(["资府发〔2023〕1号", "资阳市人民政府", "关于印发《计划》的通知", "2023年1月10日"])
    >>> meta["number"], meta["issuer"], meta["title"], meta["date"]
    ('资府发〔2023〕1号', '资阳市人民政府', '资阳市人民政府关于印发《计划》的通知', '2023-01-10')

    A document the notice cites, with its number, is not the notice; the
    signature above the date names the issuer:

    >>> meta = parse_notice(["《分工方案》已经区政府同意，现印发给你们。", "甲市乙区人民政府办公室", "2021年4月10日",
    ...                      "分工方案", "根据《甲市人民政府关于印发方案的通知》（甲政发〔2021〕4号）要求，制定本方案。"])
    >>> meta["number"], meta["issuer"], meta["title"], meta["heading"], meta["issuer_line"]
    ('', '甲市乙区人民政府办公室', '', '分工方案', 'signature')

    The signature after the table, and a page's label of its source:

    >>> meta = parse_notice(["发布机构：金乡县农业农村局 组配分类：政策", "重点任务清单"],
    ...                     after=["1	修路	县交通局", "湖州市人民政府办公室", "2020年5月22日"])
    >>> meta["issuer"], meta["issuer_line"], meta["publisher"]
    ('湖州市人民政府办公室', 'signature', '金乡县农业农村局')

    A copy kept as Markdown marks its title as a heading; the mark is no part of the title:

    >>> parse_notice(["# 甲市人民政府办公室关于印发《方案》的通知", "各区人民政府："])["title"]
    '甲市人民政府办公室关于印发《方案》的通知'
    """
    texts = [_MARKDOWN_HEADING.sub("", line.strip()) for line in lines]
    meta = {"number": "", "issuer": "", "title": "", "date": "", "heading": "", "table_title": "",
            "issuer_line": "", "publisher": "", "addressees": ""}
    # the notice's own number stands alone on its line; else the first one not inside a citation
    alone = next((t for t in texts if DOC_NUMBER.fullmatch(t)), None)
    found = alone or next((m.group(0) for t in texts for m in [DOC_NUMBER.search(_CITED.sub("", t))] if m), "")
    meta["number"] = found
    title, start = notice_title(texts, page_title)
    if title:
        issuer = ""
        above = next((t for t in reversed(texts[:start]) if t), "") if start >= 0 else ""  # 河南省人民政府 / 关于…
        if above and _BODY_END.search(above) and not DOC_NUMBER.search(above):
            issuer = above
            title = issuer + title if title.startswith("关于") else title
        meta["title"] = title
        meta["issuer"] = issuer
    dates = [(i, m) for i, t in enumerate(texts) for m in [_DATE.fullmatch(t)] if m]
    if dates:
        index, match = dates[-1]
        year, month, day = (int(g) for g in match.groups())
        meta["date"] = f"{year:04d}-{month:02d}-{day:02d}"
        signer = _first_signer(texts[:index])
        if not meta["issuer"] and _BODY_END.search(signer):
            meta["issuer"], meta["issuer_line"] = signer, "signature"
    if not meta["issuer"]:  # 常熟市人民政府办公室文件: the letterhead of the issuing body
        head = next((m.group(1) for t in texts for m in [_LETTERHEAD.fullmatch(t.replace(" ", ""))] if m), "")
        meta["issuer"] = head if _BODY_END.search(head) else ""
    if not meta["issuer"]:  # after the table a date written 年月日 signs; a bare number or 2021-12-31 only at the
        # page's end, not in a cell (a bureau, then a deadline or an amount: 200000)
        later = [line.strip() for line in after]
        tail = [t for t in later if t][-_SIGNED_TAIL:]
        signer = _signature(texts) or _signature(later, _SIGNED_IN_WORDS)
        tailed = _signature(tail)
        signer = signer or (tailed if _GOVERNMENT_OR_OFFICE.search(tailed) else "")
        if signer:
            meta["issuer"], meta["issuer_line"] = signer, "signature"
    # the page's labels stand at its top: the lines before the table, or the first lines when none are; there a
    # 来源 may be the site that carried a news item (来源：河北省人民政府 over a 张家口 report), so only 发布机构…
    top = [line.strip() for line in after[: max(0, _PAGE_TOP - len(texts))]]
    publisher = next((m.group(1) for t in texts for m in [_PUBLISHER.search(t)] if m), "") \
        or next((m.group(1) for t in top for m in [_PUBLISHER.search(t)] if m and not m.group(0).startswith("来源")), "")
    meta["publisher"] = publisher
    # 各镇人民政府，区政府各部门：: whom the notice addresses, its own government's bodies among them
    meta["addressees"] = next((t for t in texts + top if _ADDRESSEES.fullmatch(t)), "")
    non_empty = [t for t in texts if t]
    if non_empty and non_empty[-1] != meta["title"] and not _DATE.fullmatch(non_empty[-1]):
        meta["table_title"] = non_empty[-1]
    meta["heading"] = meta["title"] or _heading(non_empty)
    if not non_empty and any(top):  # no notice before the table: its page's first lines may still hold one
        opening = parse_notice(top, page_title=page_title)
        for key in ("title", "number", "issuer", "issuer_line"):
            meta[key] = meta[key] or opening[key]
        meta["heading"] = meta["title"] or meta["heading"]
    return meta


def _first_signer(texts: list[str]) -> str:
    """The last non-empty line, or when bodies sign together on lines of their own (甲市卫生健康委员会 甲市财政局 /
    甲市医疗保障局), the first of them: the one that leads.

    Examples
    --------
    >>> _first_signer(["现印发给你们。", "甲市卫生健康委员会 甲市财政局", "甲市人力资源和社会保障局 甲市医疗保障局"])
    '甲市卫生健康委员会'
    >>> _first_signer(["现印发给你们。", "甲市人民政府办公室"])
    '甲市人民政府办公室'
    """
    lines = [t for t in texts if t]
    last = lines[-1] if lines else ""
    if len(last.split()) < 2 or not all(_BODY_END.search(word) for word in last.split()):
        return last
    while len(lines) > 1 and lines[-2].split() and all(_SIGNER.fullmatch(w) and _BODY_END.search(w) for w in lines[-2].split()):
        lines.pop()
    return lines[-1].split()[0]


def _signature(texts: list[str], dates: re.Pattern = _SIGNED_ON) -> str:
    """The last government's or office's name standing alone on its line above a date (the signature), or ``""``.

    A date under two such names is a deadline in a table's cells (市交通运输局 / 2021年12月31日, row after row),
    not the day a notice was signed.
    """
    pairs = []
    for index, text in enumerate(texts[:-1]):
        if _SIGNER.fullmatch(text) and _BODY_END.search(text):  # (国家知识产权局代章) may stand between
            following = next((t for t in texts[index + 1 :] if t and not re.fullmatch(r"[（(].*[)）]", t)), "")
            if dates.fullmatch(following.replace(" ", "")):
                pairs.append((text, following.replace(" ", "")))
    signed = [text for text, date in pairs if [d for _, d in pairs].count(date) == 1]
    return signed[-1] if signed else ""


def _heading(texts: list[str]) -> str:
    """The first line shaped as a document's name, else the name of the document a notice sends; or ``""``."""
    joined = []  # 石景山区贯彻落实《关于加强新时代 / 街道工作的意见》的任务分解方案: a name broken inside 《》
    for text in texts:
        opened = joined and joined[-1].count("《") > joined[-1].count("》") and len(joined[-1]) < 80
        joined[-1:] = [joined[-1] + text] if opened else joined[-1:] + [text]
    shaped = next((t for t in joined if _HEADING.fullmatch(t) and not DOC_NUMBER.search(t)), "")
    if shaped:
        return shaped
    sent = next((m for t in texts for m in [_SENT.search(t)] if m and (m.group("name") or m.group("sent"))), None)
    return (sent.group("name") or sent.group("sent")) if sent else ""


def first_listed_leads(lines: list[str], first_line: int = 1) -> list[Finding]:
    """A ``first_listed_leads`` finding if a line says the first unit listed leads (排在第一位的为牵头单位).

    ``first_line`` is the number of ``lines[0]`` in the file. The table
    then reads a 责任单位 column (with no 牵头单位 column) as its first unit
    leading and the rest supporting.

    Examples
    --------
    >>> [(f.line, f.code) for f in first_listed_leads(["通知", "注：排在第一位的为牵头单位"])]
    [(2, 'first_listed_leads')]
    """
    for number, line in enumerate(lines, start=first_line):
        if FIRST_LEADS.search(line):
            return [Finding(number, "info", "first_listed_leads", f"the document says the first unit listed leads: "
                            f"{line.strip()[:40]}", "in a 责任单位 column, the first unit leads and the rest support")]
    return []


def first_listed_leads_in_cell(rows: list[RawRow]) -> list[Finding]:
    """A ``first_listed_leads`` finding if the first row's unit cell says, in a note carried to the rows below
    (下同), that the first unit listed leads; else [].

    市民政局、市财政局（列在首位的为牵头部门，有关部门按职责分工负责，下同）: the rule stands in the table, not
    in the notice, and holds for every row from the first on, as one above the table does.

    Examples
    --------
    >>> rows = [RawRow(5, "", "建体系", "县民政局、县财政局（列在首位的为牵头部门，下同）", ""),
    ...         RawRow(6, "", "定办法", "县民政局、县教育局", "")]
    >>> [(f.line, f.code) for f in first_listed_leads_in_cell(rows)]
    [(5, 'first_listed_leads')]
    >>> first_listed_leads_in_cell([RawRow(5, "", "建体系", "县民政局、县财政局（列在首位的为牵头部门）", "")])
    []
    """
    if not rows:
        return []
    first = rows[0]
    for column, cell in (("lead", first.lead), ("support", first.support)):
        rule = FIRST_LEADS.search(cell)
        if rule is not None and "下同" in cell[rule.end():]:
            return [Finding(first.lines.get(column, first.line), "info", "first_listed_leads", "the first row's "
                            f"unit cell says the first unit listed leads, for the rows below too (下同): "
                            f"{cell[max(0, rule.start() - 10):][:40]}",
                            "in a 责任单位 column, the first unit leads and the rest support")]
    return []


def table_lead(lines: list[str], first_line: int = 1) -> tuple[str, Finding] | None:
    """The unit a notice names, before its table, to lead every row of it, and the finding saying so; or None.

    The sentence names one unit to lead (牵头) and a collective of the others (各有关股所) who each answer for
    their own rows (根据责任分工分别负责): the units of each row support the lead. ``first_line`` is the
    number of ``lines[0]`` in the file. Traditional characters and inserted readings are read normalised.

    Examples
    --------
    >>> lead, finding = table_lead(["（四）责任主体", "辦公室牽頭,各有關股室根據責任分工分別負責(詳見事項表)。"])
    >>> lead, finding.line, finding.code
    ('办公室', 2, 'table_lead')
    >>> table_lead(["各有关股室根据责任分工分别负责。"]) is None
    True
    """
    normalise = Normalizer()
    for number, line in enumerate(lines, start=first_line):
        found = _TABLE_LEAD.search(normalise.text(line.strip()))
        if found and looks_like_unit_list(found.group("lead")) and split_units(found.group("lead")) == [found.group("lead")]:
            lead = found.group("lead")
            return lead, Finding(number, "info", "table_lead", f"the notice names {lead} to lead the whole table, "
                                 f"{found.group('others')} each answering for their rows: {line.strip()[:50]}",
                                 f"read {lead} as the lead of every row, the units named in each row as supporting it")
    return None


def with_table_lead(rows: list[RawRow], lead: str) -> list[RawRow]:
    """The rows with ``lead`` as the lead of each, the units each row names (``lead`` aside) supporting it.

    Examples
    --------
    >>> row = RawRow(5, "", "组织机构", "办公室、人事股", "")
    >>> [(r.lead, r.support) for r in with_table_lead([row], "办公室")]
    [('办公室', '人事股')]
    """
    out = []
    for row in rows:
        units = [unit for text in (row.lead, row.support) for unit in split_units(text) if unit != lead]
        out.append(replace(row, lead=lead, support="、".join(units), names={}))
    return out


def led_by_notice(before: list[str], header: list[str], rows: list[RawRow]) -> tuple[list[RawRow], list[Finding]]:
    """The rows of a table whose ``header`` names no lead column, with the lead the notice's lines ``before``
    it name for the whole table (:func:`table_lead`), and the finding; else the rows unchanged and no finding.

    Examples
    --------
    >>> rows, found = led_by_notice(["综合科牵头，各有关股室按职责分工负责。"], ["事项", "责任股室"],
    ...                             [RawRow(3, "", "工作动态", "人事股", "")])
    >>> [(r.lead, r.support) for r in rows], [f.code for f in found]
    ([('综合科', '人事股')], ['table_lead'])
    """
    found = table_lead(before) if not any(column_for(text) == "lead" for text in header) else None
    if found is None:
        return rows, []
    return with_table_lead(rows, found[0]), [found[1]]
