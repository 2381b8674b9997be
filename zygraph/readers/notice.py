"""The notice around a table: document number, issuer, title and date."""

from __future__ import annotations

import re

from zygraph.findings import Finding
from zygraph.unitlist import FIRST_LEADS

__all__ = ["parse_notice", "first_listed_leads"]

_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d+号")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_TITLE_END = re.compile(r"(通知|意见|方案|办法|决定|函|批复|规划|计划|分工表|要点)$")
# What a notice cites is not the notice: 根据《X市人民政府关于…》（X政发〔2021〕4号）
_CITED = re.compile(r"《[^《》]*》|[（(][^（）()]*[）)]")
# A line that names an issuing body ends like one; a plan's title or a sentence does not
_BODY_END = re.compile(r"(人民政府|政府|办公厅|办公室|委员会|党委|[省市县区]委|管委会|管理委员会|领导小组|指挥部|局|厅|部|委)$")


def parse_notice(lines: list[str]) -> dict:
    """Take the document number, issuer, title, date and table title from a notice.

    Each is ``""`` when the notice does not show it.

    Examples
    --------
    >>> meta = parse_notice(["资府发〔2023〕1号", "资阳市人民政府", "关于印发《计划》的通知", "2023年1月10日"])
    >>> meta["number"], meta["issuer"], meta["title"], meta["date"]
    ('资府发〔2023〕1号', '资阳市人民政府', '资阳市人民政府关于印发《计划》的通知', '2023-01-10')

    A document the notice cites, with its number, is not the notice; the
    signature above the date names the issuer:

    >>> meta = parse_notice(["《分工方案》已经区政府同意，现印发给你们。", "甲市乙区人民政府办公室", "2021年4月10日",
    ...                      "分工方案", "根据《甲市人民政府关于印发方案的通知》（甲政发〔2021〕4号）要求，制定本方案。"])
    >>> meta["number"], meta["issuer"], meta["title"]
    ('', '甲市乙区人民政府办公室', '')
    """
    texts = [line.strip() for line in lines]
    meta = {"number": "", "issuer": "", "title": "", "date": "", "table_title": ""}
    # the notice's own number stands alone on its line; else the first one not inside a citation
    alone = next((t for t in texts if _DOC_NUMBER.fullmatch(t)), None)
    found = alone or next((m.group(0) for t in texts for m in [_DOC_NUMBER.search(_CITED.sub("", t))] if m), "")
    meta["number"] = found
    start = next((i for i, t in enumerate(texts) if "关于" in _CITED.sub("", t)), None)
    if start is not None:
        parts = [texts[start]]
        for text in texts[start + 1 :]:
            if not text or _TITLE_END.search(parts[-1]):
                break
            parts.append(text)
        issuer = ""
        if start > 0 and _BODY_END.search(texts[start - 1]) and not _DOC_NUMBER.search(texts[start - 1]):
            issuer = texts[start - 1]
            parts.insert(0, issuer)
        meta["title"] = "".join(parts)
        meta["issuer"] = issuer
    dates = [(i, m) for i, t in enumerate(texts) for m in [_DATE.fullmatch(t)] if m]
    if dates:
        index, match = dates[-1]
        year, month, day = (int(g) for g in match.groups())
        meta["date"] = f"{year:04d}-{month:02d}-{day:02d}"
        signer = next((t for t in reversed(texts[:index]) if t), "")
        meta["issuer"] = meta["issuer"] or (signer if _BODY_END.search(signer) else "")
    non_empty = [t for t in texts if t]
    if non_empty and non_empty[-1] != meta["title"] and not _DATE.fullmatch(non_empty[-1]):
        meta["table_title"] = non_empty[-1]
    return meta


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
