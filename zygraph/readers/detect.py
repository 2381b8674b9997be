"""Choose a reader for a file from its extension and a look at its content."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from zygraph.sentences.composed_members import people_then_duties
from zygraph.sentences.decisions import decided_matter, decided_work, ordinal_requirements, required_clauses
from zygraph.sentences.required_sentences import required_sentences
from zygraph.sentences.lone_requirements import lone_requirements
from zygraph.sentences.document_wide import document_wide_units
from zygraph.sentences.clause_divisions import divided_sentence
from zygraph.sentences.duties import duties_of_heading, headed_duties, unit_heading
from zygraph.sentences.modal_duties import modal_duties
from zygraph.errors import LayoutError
from zygraph.sentences.role_words import has_role_words, starts_with_label
from zygraph.readers.columns import column_for
from zygraph.readers.column_tasks import column_tasks
from zygraph.readers.docx import document_text, has_table
from zygraph.readers.lines import HEADING, TASK, labels_on_own_lines, paragraphs_by_space
from zygraph.readers.run_on_lines import paragraphs_of
from zygraph.readers.normalize import Normalizer, simplified
from zygraph.readers.office import CONVERSIONS
from zygraph.readers.glued import glued_table
from zygraph.readers.headless import headless_table
from zygraph.readers.members import members_apart
from zygraph.readers.numbered_cells import numbered_cells_table
from zygraph.readers.minutes import has_minutes_requirements
from zygraph.readers.piped import piped_cells
from zygraph.readers.spaced import spaced_table
from zygraph.source import load_text
from zygraph.readers.spreadsheet import find_header
from zygraph.readers.points import has_speech_points
from zygraph.readers.point_lines import point_lines_joined
from zygraph.readers.rebroken import table_lines
from zygraph.readers.subjects import has_subject_sections
from zygraph.readers.unitcells import cells_apart, unit_cells
from zygraph.sentences.prose import prose_tasks
from zygraph.sentences.report_duties import clause_duties, ordinal_points
from zygraph.sentences.statements import closes_with_bare_units, quota_units, units_for_preceding
from zygraph.sentences.subject_units import designated_units, subject_units
from zygraph.sentences.targets import target_units

__all__ = ["detect_layout"]

_SENTENCES = re.compile("[。；;]")
#: Where a sentence ends, not a ；-clause: a sentence dividing work one ；-clause a body is read whole.
_SENTENCE_MARKS = re.compile("(?<=[。！!？?])")
_HEADER_LINES = 200  # lines searched for a tab-separated header
#: Numbered items right under the one heading naming a unit that make a page of its duties (二、乡镇人民政府 over
#: 1、… 11、…, a page the rest of the list is not on): fewer may be a heading that happens to look like a unit.
_SCOPED_ITEMS = 3
#: How a paragraph of a unit's duties opens when the heading over it names the unit: 负责…；负责…, 承担…, 承办….
_DUTY_OPENING = re.compile("^(?:主要)?(?:负责|負責|承担|承擔|承办|承辦|牵头|牽頭)")
#: Paragraphs under such headings opening with a duty's verb that show the others, opening with none, are duties too.
_DUTIES_BELOW = 2
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mht")
_HTML_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|table|div|p)\b",
                         re.IGNORECASE | re.DOTALL)


def detect_layout(path: str | Path) -> str:
    """Return the name of the layout of ``path``: a key of :data:`zygraph.readers.LAYOUTS`.

    In order: .doc, .wps, .xls and .et are ``office`` (converted by
    LibreOffice); .html/.htm, or a text that starts as a web page, is
    ``html``; .pdf, or a file starting ``%PDF``, is ``pdf``; a .docx (or a zip
    holding ``word/document.xml``) is ``docx`` when a table in it has a
    header, else the layout of a table pasted into it as text (``piped``, ``spaced``, ``glued``, as for a
    text below), else ``paragraph``; a .xlsx or a zip holding ``xl/workbook.xml``,
    a .csv or .tsv, and a text whose tab-separated line names a task and a
    lead column (a sheet saved as text) are ``spreadsheet``; a text with TAB-started lines of which one
    names a column (``\\t牵头单位``) is ``tabbed-text``; a text whose lines end
    in `` |`` with a header among them is ``piped`` (a web table flattened one
    cell a line); a text with a header line naming a task and a unit column
    followed by numbered rows ending in units is ``spaced`` (a table flattened
    with spaces between cells); a table whose columns are its tasks, a row 责任单位 naming their units
    (:mod:`zygraph.readers.column_tasks`), is ``piped``; a text with role labels or verbs (牵头单位：, （…负责）), naming units as what they
    are for the work (A作为牵头部门), giving units a target (A、B引进外资各1亿美元), dividing a target among
    places (任务分解：A县200座，B县150座), reporting a leader's requirement whose clause opens with its units
    and 要 (县长要求：要…，A、B等部门要分工协作…) or a speaker's points 一是…二是… naming units (提出了四点要求：一是A要…),
    running duties together in clauses their units open (…，A要…。…，A设在B，负责…), numbering duties that each open with their units and 要
    (（一）公安部门要…；（二）供销社要…), or heading each unit's duties with its name ((一)区体育局 / 1.负责…), or
    listing members' duties one a line (县水利局：负责…) or numbered
    ((1)市林业局。 then 负责… on the next line), or holding a table of units and their duties copied one cell a
    paragraph (成员单位 / 党政办 / 负责…: :mod:`zygraph.readers.unitcells`), is
    ``paragraph``; numbered rows of cells ending in ``|`` whose header row the copy lost (1 | 任务 | 法规科),
    each with a cell of text then a cell of units, are ``piped``; any other text with TAB-started lines is
    ``tabbed-text``
    (its reader says what is missing); last, a text of sections whose running text opens its clauses with units
    and 要 (一、… / A、B以及C要…), or minutes numbering their requirements after their lead-in (会议要求： / 一、…由A…), is
    ``paragraph`` (:mod:`zygraph.readers.subjects`, :mod:`zygraph.readers.minutes`). A text a copy ran together
    on one line (every line break lost, a space or nothing where each was) is looked at in the paragraphs the
    paragraph reader cuts it into (:func:`zygraph.readers.run_on_lines.paragraphs_of`).

    Raises
    ------
    LayoutError
        The file is none of these; the message says what was looked for.

    Examples
    --------
    >>> detect_layout("data/ziyang_2023_science_literacy_tasks.txt")
    'tabbed-text'
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in CONVERSIONS:
        return "office"
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix == ".pdf" or _starts_with(path, b"%PDF"):
        return "pdf"
    members = _zip_members(path)
    if suffix == ".docx" or "word/document.xml" in members:
        if has_table(path):
            return "docx"
        if suffix != ".docx":
            return "paragraph"
        text, _, _ = document_text(path)  # its paragraphs are a text, as its reader reads them: a table pasted as text
        return _text_layout(simplified(text).split("\n"), Normalizer().text(text)) or "paragraph"
    if suffix in (".xlsx", ".xlsm") or "xl/workbook.xml" in members:
        return "spreadsheet"
    if suffix in (".csv", ".tsv"):
        return "spreadsheet"
    text, _, _ = load_text(path)
    if _HTML_START.match(text[:4096]):
        return "html"
    text, _ = table_lines(text)  # a table run together on one line, a cell a line again, as its readers read it
    lines = text.split("\n")
    tabbed = [line for line in lines if line.startswith("\t")]
    if any(column_for(line.strip()) for line in tabbed):
        return "tabbed-text"
    if any(find_header([line.split("\t")]) for line in lines[:_HEADER_LINES] if "\t" in line.strip()):
        return "spreadsheet"  # a sheet saved as tab-separated text: 序号<TAB>工作任务<TAB>牵头单位 on one line
    normal = Normalizer().text(paragraphs_by_space(cells_apart(members_apart(text, []), [])))  # as paragraph cuts it
    layout = _text_layout(simplified(text).split("\n"), normal)  # a Traditional copy has its Simplified shape
    if layout:
        return layout
    if tabbed:
        return "tabbed-text"  # cells without a header: that reader says what is missing
    if has_subject_sections(normal.split("\n")) or has_minutes_requirements(normal.split("\n")):
        return "paragraph"  # 一、… / A、B要…: sections of running text whose sentences open with their units
    raise LayoutError(
        "no table found: no line starts with a TAB (a Word table exported as text, with a header cell such as "
        "工作任务 or 牵头单位), no line ends with ` |` (a web table copied as text), and no numbered paragraph "
        "names its units (牵头单位：…, 责任单位：… or （…负责）), and no header line (序号 工作任务 牵头单位) heads numbered "
        "rows; nor is this a .docx, .xlsx, .csv, .html or .pdf "
        "file. To force a reader, pass --layout NAME (layout= in Python), NAME one of tabbed-text, piped, "
        "paragraph, spaced, glued, spreadsheet, docx, html, pdf",
        path=path,
    )


def _text_layout(lines: list[str], normal: str) -> str | None:
    """The layout of a text (a file's, or a Word document's paragraphs) read by a reader of text: a table copied
    as text (``piped``, ``spaced``, ``glued``), numbered paragraphs naming units (``paragraph``), or numbered rows
    whose header row the copy lost (``piped``); or None. ``normal`` is the text normalised."""
    if piped_cells(lines):
        return "piped"
    if spaced_table(lines):
        return "spaced"
    if glued_table(lines):
        return "glued"
    if numbered_cells_table(lines):
        return "piped"  # *1 / 指标 / 定义 / % / 区民政局 / 备注: rows one cell a paragraph, their header row not copied
    if column_tasks(lines):
        return "piped"  # 地区 | 指标A | 指标B / 责任单位 | 甲局 | 乙局: a table whose columns are its tasks
    # a page run together on one line (a crawl's copy): its paragraphs, cut as the paragraph reader cuts them
    # … and the points 一是, 二是 … a copy broke over lines inside a point, one paragraph again
    paragraphs = [part for line in point_lines_joined(normal.split("\n"), []) for part in paragraphs_of(line)]
    joined = [line for _, line in labels_on_own_lines(enumerate(paragraphs, start=1), [])]
    if any(starts_with_label(line) or has_role_words(line) or closes_with_bare_units(line)
           or units_for_preceding(line) or _names_duties(line) or _settles_matter(line) or prose_tasks(line)
           or quota_units(line)
           or designated_units(line) or target_units(line) or decided_work(line) or required_clauses(line)
           or ordinal_requirements(line) or required_sentences(line) or ordinal_points(line) or clause_duties(line)
           or lone_requirements(line)  # 会议提出几点要求，一是A及各相关部门要…；二是要…: units named once
           or people_then_duties(line)  # 召集人：张三 A局局长…联席会议办公室设在A，承担…: the office's duty
           or document_wide_units(line)  # [以下任务均需各县(市)政府落实，不再列出]: units once for every task
           or any(divided_sentence(part) for part in _SENTENCE_MARKS.split(line))  # A组织…；B落实…；C开展…
           for line in joined) or _duty_list(joined) or unit_cells(normal.split("\n")) \
            or _unit_headings(joined) or has_speech_points(joined):
        return "paragraph"
    if headless_table(lines):
        return "piped"  # 1 | 任务 | 法规科 |: numbered rows of cells ending in |, their header row not copied
    return None


def _names_duties(line: str) -> bool:
    """True when a sentence of ``line`` opens with units doing a duty (市发改委负责提出全市节能规划)."""
    number = TASK.match(line) or HEADING.match(line)  # （十二）监察部门负责…: the duty after its number
    text = line[number.end():] if number else line
    return any(subject_units(sentence) for sentence in _SENTENCES.split(text) if sentence)


def _settles_matter(line: str) -> bool:
    """True when ``line`` is a numbered matter of minutes given to the body acting on it
    (``2.关于经费问题。县财政安排…``, :func:`zygraph.sentences.decisions.decided_matter`)."""
    number = TASK.match(line)
    return number is not None and decided_matter(line[number.end():]) is not None


def _duty_list(lines: list[str]) -> bool:
    """True when numbered lines in a row each open with their units and 要 (（一）公安部门要…；（二）供销社要…), or
    with a run-in title then so (（九）民爆器材管理。县公安局要…), blank lines between them allowed; or when lines in a
    row each open with their department and a colon (县水利局：负责…), or numbered items in a row do so, the department
    alone on the numbered line allowed (（1）市林业局。 / 负责…)."""
    lines = [line.strip() for line in lines if line.strip()]  # 1、A要… / (blank) / 2、B要…: a copy's spacing
    if any(headed_duties(lines)) or any(headed_duties(_numbered_items(lines))):
        return True
    run: list[str] = []
    for line in lines + [""]:
        number = TASK.match(line) or HEADING.match(line)
        if number:
            run.append(line[number.end():])
            continue
        if any(modal_duties(run)):
            return True
        run = []
    return False


def _numbered_items(lines: list[str]) -> list[str]:
    """The texts of the numbered items among ``lines``, without their numbers, each with the lines without a number
    below it: ``（1）市林业局。`` then ``负责火灾扑救…`` is one item, ``市林业局。负责火灾扑救…``."""
    items: list[str] = []
    for line in lines:
        number = TASK.match(line)
        if number:
            items.append(line[number.end():])
        elif items and not HEADING.match(line):
            items[-1] += line
    return items


def _unit_headings(lines: list[str]) -> bool:
    """True when two headings or more name a unit alone (三、儋州市政府), or in brackets with the word for its
    duties ((七)卫生部门职责、任务) or with a duty right under it ((一)区体育局 / 1.负责…, :func:`_owns_next`), and
    numbered items stand under them, or under each a paragraph of duties with no
    subject (一、秘书一处 / 负责…；负责…。; beside two such, a duty opening with no role word, 一、市教育局 / 将…纳入…,
    :func:`_duties_below`); or one such heading has a run of numbered items right under it
    (二、乡镇人民政府 / 1、… / 2、… / 3、…: a page of the unit's duties)."""
    lines = [line.strip() for line in lines if line.strip()]  # a page's blank lines and indents between its items
    headings = [at for at, line in enumerate(lines) if (found := HEADING.match(line))
                and (found.group(0)[0] not in "（(" or duties_of_heading(line[found.end():]) or _owns_next(lines, at))
                and unit_heading(line[found.end():].rstrip("。"))]
    if len(headings) >= 2:
        return any(TASK.match(line) for line in lines) or _duties_below([lines[at + 1] if at + 1 < len(lines) else ""
                                                                         for at in headings])
    return any(all(TASK.match(line) for line in lines[at + 1: at + 1 + _SCOPED_ITEMS])
               and len(lines) > at + _SCOPED_ITEMS for at in headings)


def _owns_next(lines: list[str], at: int) -> bool:
    """True when the line after ``lines[at]`` (a bracketed heading, ``(一)区体育局``) is a duty of the unit it names:
    a numbered item (``1.负责…``) or a paragraph opening with a duty's verb (``负责…``). A bracketed heading is a
    subheading as often as a unit's (``(一)重点项目``); only its duties right under it show it names their unit.

    Examples
    --------
    >>> _owns_next(["(一)区体育局", "1.负责组织实施全区群众体育工作方案；"], 0)
    True
    >>> _owns_next(["(二)区财政局", "负责工作经费的安排与调拨工作。"], 0)
    True
    >>> _owns_next(["(五)县体育馆", "于5月下旬举办运动会。"], 0), _owns_next(["(一)区体育局"], 0)
    (False, False)
    """
    below = lines[at + 1] if at + 1 < len(lines) else ""
    return bool(TASK.match(below) or _DUTY_OPENING.match(below))


def _duties_below(paragraphs: list[str]) -> bool:
    """True when each of the paragraphs right under headings naming a unit alone is a paragraph of duties with no
    subject: none numbered or opening with units of its own, each ending its sentence, and two at least opening with
    a duty's verb (负责…, 承担…); beside those, the others are duties opening with no role word (将…纳入…, 依法打击…).

    Examples
    --------
    >>> _duties_below(["负责经费保障。", "将知识纳入教学计划。", "负责宣传工作。"])
    True
    >>> _duties_below(["负责经费保障。", "将知识纳入教学计划。"]), _duties_below(["现有人员五名。", "现有人员四名。"])
    (False, False)
    >>> _duties_below(["负责经费保障。", "负责宣传工作。", "县公安局负责打击违法行为。"])
    False
    """
    return sum(bool(_DUTY_OPENING.match(text)) for text in paragraphs) >= _DUTIES_BELOW and all(
        text.rstrip().endswith("。") and not (TASK.match(text) or HEADING.match(text) or subject_units(text))
        for text in paragraphs)


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False  # load_text below says what is wrong with the file


def _zip_members(path: Path) -> set:
    try:
        with zipfile.ZipFile(path) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return set()
