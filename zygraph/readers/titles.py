"""A notice's own title among its first lines: short, a 关于 near its start, ending as a notice's name ends."""

from __future__ import annotations

import re

from zygraph.names.issuer import DOC_NUMBER

__all__ = ["notice_title", "title_shaped", "without_print_header"]

#: How a notice's name ends: 通知, 意见, 方案… (the first such end the title stops at; see :func:`title_shaped`)
_END = re.compile(r"通知|意见|方案|办法|决定|函|批复|规划|计划|分工表|分工|要点|清单|细则|措施|安排|报告|纲要|规定|通报|"
                  r"决议|责任表|一览表|台账")
#: A browser's print header a printed page starts with: 11/30/26, 5:42 AM; 2022/4/14 下午3:00; 2021-05-06 10:12.
_PRINT_HEADER = re.compile(r"^\s*\d{1,4}[/-]\d{1,2}[/-]\d{1,4}[,，]?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?"
                           r"\s*(?:[AaPp]\.?[Mm]\.?)?\s*")
#: A Markdown heading's marks, as repositories copy notices (# 关于印发…的通知).
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
#: The letterhead (常熟市人民政府办公室文件) and the number a line may start with before its title.
_LETTERHEAD = re.compile(r"^[\u4e00-\u9fff]{4,40}?文件\s+")
_NUMBER = re.compile(r"^[（(]?" + DOC_NUMBER.pattern + r"[）)]?\s*")
#: A mark a title does not hold: where a sentence or a line of addressees (各镇人民政府，…：) begins.
_STOP = re.compile(r"[。；;：:!！?？，,]")
#: Longest a title runs, and longest the issuer before its 关于 (广州市卫生健康委等4部门).
_LONGEST = 100
_LONGEST_ISSUER = 40
#: What a page may glue after a title: its table's rules (||), its number in brackets, its date (2021-02-26).
_AFTER = re.compile(r"[|｜]|[（(]" + DOC_NUMBER.pattern + r"[）)]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\d）)〕》])\s+(?=[\u4e00-\u9fff\d（(〔《])")


def without_print_header(line: str) -> str:
    """The line without the date and time a browser prints atop a page.

    Examples
    --------
    >>> without_print_header("11/30/26, 5:42 AM包头市人民政府办公室关于印发《办法》的通知")
    '包头市人民政府办公室关于印发《办法》的通知'
    >>> without_print_header("2022年4月14日")
    '2022年4月14日'
    """
    return _PRINT_HEADER.sub("", line, count=1)


def _depth(text: str, end: int) -> int:
    """How many 《 are open at ``end`` of ``text``."""
    return text.count("《", 0, end) - text.count("》", 0, end)


def title_shaped(line: str, following: str = "") -> str:
    """The notice title a line holds, or ``""``: an issuer of at most a few words, 关于 outside any 《》, and the
    first end (…的通知) after which the line stops, a space follows, or the title starts again (a copy that
    gave it twice). A print header, letterhead (…文件) and number before it are dropped; a ``following``
    line that starts 的 (…实施方案 / 的通知) continues it.

    Examples
    --------
    >>> title_shaped("常熟市人民政府办公室文件 常政办发〔2018〕32号 市政府办公室关于分解落实2018年 政府工作任务的通知 各镇人民政府,")
    '市政府办公室关于分解落实2018年政府工作任务的通知'
    >>> title_shaped("# 关于印发《2026年奉贤区城市体检工作方案》的通知")
    '关于印发《2026年奉贤区城市体检工作方案》的通知'
    >>> title_shaped("甲省人民政府办公厅关于印发甲计划的通知甲省人民政府办公厅关于印发甲计划的通知")
    '甲省人民政府办公厅关于印发甲计划的通知'
    >>> title_shaped("为贯彻国家关于推进签约服务的决策部署，市卫生健康委联合制定《方案》，现印发给你们。")
    ''
    >>> title_shaped("关于印发甲计划的通知（甲府〔2019〕31号）"), title_shaped("关于印发甲要点的通知2021-02-26")
    ('关于印发甲计划的通知', '关于印发甲要点的通知')
    >>> title_shaped("关于印发甲实施方案", following="的通知")
    '关于印发甲实施方案的通知'
    """
    line = without_print_header(line.strip())
    line = _MARKDOWN_HEADING.sub("", line, count=1)
    line = _NUMBER.sub("", _LETTERHEAD.sub("", line, count=1), count=1)
    at = next((m.start() for m in re.finditer("关于", line) if not _depth(line, m.start())), None)
    if at is None or _STOP.search(line[:at]) or len(line[:at].strip()) > _LONGEST_ISSUER:
        return ""
    stop = _STOP.search(line, at)
    span = line[: stop.start() if stop else len(line)]
    follows = following.strip()
    if not stop and follows.startswith("的") and not _STOP.search(follows) and len(span + follows) <= _LONGEST:
        span += follows
    for end in _END.finditer(span, at):
        rest = span[end.end():]
        if _depth(span, end.end()) or end.end() > _LONGEST:
            continue
        if not rest.strip() or rest[0].isspace() or rest.startswith(span[: min(4, end.end())]) or _AFTER.match(rest):
            return _SPACE.sub("", span[: end.end()].strip())
    return ""


def notice_title(texts: list[str], page_title: str = "") -> tuple[str, int]:
    """The notice's title among ``texts`` and the index of its line, or ``("", -1)``.

    Only the lines above a signature's date are looked at when one signs (below it a notice names the plan
    it sends); a web page's own ``page_title`` (its <title>, a site's name cut off) is taken when those
    lines hold none. Lines broken inside a title are joined.

    Examples
    --------
    >>> notice_title(["穗卫函〔2023〕1930号", "各区卫生健康局：", "市卫生健康委", "2023年10月19日", "关于推进甲方案"],
    ...              page_title="市卫生健康委等4部门关于印发甲方案的通知 - 广州市人民政府")
    ('市卫生健康委等4部门关于印发甲方案的通知', -1)
    >>> notice_title(["资阳市人民政府", "关于印发《计划》", "的通知"])
    ('关于印发《计划》的通知', 1)
    """
    signed = next((i for i, t in enumerate(texts) if _SIGNED.fullmatch(t.strip()) and i and _signer(texts[:i])),
                  len(texts))
    top = texts[:signed]
    found = _first_title(top)
    if found[0]:
        return found
    for part in re.split(r"\s[-_|｜—]+\s|[_|｜]", page_title or ""):
        shaped = title_shaped(part)
        if shaped:
            return shaped, -1
    return _first_title(texts) if signed < len(texts) else ("", -1)


def _first_title(texts: list[str]) -> tuple[str, int]:
    """The first title :func:`title_shaped` finds, a line that does not finish one joined to the next."""
    for index, text in enumerate(texts):
        following = next((t for t in texts[index + 1:] if t.strip()), "")
        shaped = title_shaped(text, following)
        joined = text.strip()
        for more in texts[index + 1: index + 4] if "关于" in text else ():
            if shaped or not more.strip() or _STOP.search(more) or len(joined) > _LONGEST:
                break
            joined += more.strip()
            shaped = title_shaped(joined)
        if shaped:
            return shaped, index
    return "", -1


_SIGNED = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_BODY = re.compile(r"(人民政府|政府|办公厅|办公室|委员会|党委|[省市县区]委|管委会|管理委员会|领导小组|指挥部|局|厅|部|委)$")


def _signer(texts: list[str]) -> bool:
    """Whether the last non-empty line is a signature: bodies' names alone on it."""
    last = next((t.strip() for t in reversed(texts) if t.strip()), "")
    return bool(last) and len(last) <= 80 and all(_BODY.search(word) for word in last.split())
