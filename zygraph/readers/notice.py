"""The notice around a table: document number, issuer, title and date."""

from __future__ import annotations

import re

__all__ = ["parse_notice"]

_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d+号")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_TITLE_END = re.compile(r"(通知|意见|方案|办法|决定|函|批复|规划|计划|分工表|要点)$")


def parse_notice(lines: list[str]) -> dict:
    """Take the document number, issuer, title, date and table title from a notice.

    Each is ``""`` when the notice does not show it.

    Examples
    --------
    >>> meta = parse_notice(["资府发〔2023〕1号", "资阳市人民政府", "关于印发《计划》的通知", "2023年1月10日"])
    >>> meta["number"], meta["issuer"], meta["title"], meta["date"]
    ('资府发〔2023〕1号', '资阳市人民政府', '资阳市人民政府关于印发《计划》的通知', '2023-01-10')
    """
    texts = [line.strip() for line in lines]
    meta = {"number": "", "issuer": "", "title": "", "date": "", "table_title": ""}
    for text in texts:
        match = _DOC_NUMBER.search(text)
        if match:
            meta["number"] = match.group(0)
            break
    start = next((i for i, t in enumerate(texts) if "关于" in t), None)
    if start is not None:
        parts = [texts[start]]
        for text in texts[start + 1 :]:
            if not text or _TITLE_END.search(parts[-1]):
                break
            parts.append(text)
        issuer = ""
        if start > 0 and texts[start - 1] and not _DOC_NUMBER.search(texts[start - 1]):
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
        meta["issuer"] = meta["issuer"] or signer
    non_empty = [t for t in texts if t]
    if non_empty and non_empty[-1] != meta["title"] and not _DATE.fullmatch(non_empty[-1]):
        meta["table_title"] = non_empty[-1]
    return meta
