"""Property tests over every reader: any table, well formed or mutated, gives a TaskTable or a ZygraphError.

Also: every unit text in the result comes from the input, and one table read from UTF-8, UTF-8 with a
byte-order mark, GB18030 and UTF-16 reads the same.
"""

import csv
import io
import random
import re
import zipfile

import docx
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zygraph import read_table
from zygraph.errors import ZygraphError
from zygraph.names.units import Registry, match_key

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

UNITS = [unit.name for unit in Registry.bundled().units][:40]
HEADERS = {
    "area": ["领域", "工作目录", "重点领域"],
    "task": ["工作任务", "重点任务", "主要任务"],
    "lead": ["牵头单位", "牵头部门"],
    "support": ["配合单位", "责任单位"],
    "note": ["备注", "完成时限"],
}
WORDS = ["科普", "开展", "活动", "提升", "市", "局", "委", "县", "区", "年底", "2025", "和", "及", "与"]
#: Characters that stress the grammar and the CSV/TAB layouts.
NOISE = list("、，,;；/（）()【】〔〕 \u3000\"'|:：。") + ["\t", "\n", "\r\n"]

unit_lists = st.lists(st.sampled_from(UNITS), min_size=0, max_size=4).map("、".join)
prose = st.lists(st.sampled_from(WORDS + UNITS[:5]), min_size=1, max_size=6).map("".join)
messy = st.lists(st.sampled_from(WORDS + UNITS[:8] + NOISE), min_size=0, max_size=12).map("".join)


@st.composite
def tables(draw, cell=None):
    """(header texts, rows of cell texts): a header with task and lead, 1-8 rows."""
    columns = ["task", "lead"] + draw(st.lists(st.sampled_from(["area", "support", "note"]), unique=True))
    columns = draw(st.permutations(columns))
    header = [draw(st.sampled_from(HEADERS[c])) for c in columns]
    filler = {"area": prose, "task": prose, "lead": unit_lists, "support": unit_lists, "note": st.sampled_from(["", "长期"])}
    rows = [[draw(filler[c] if cell is None else cell) for c in columns]
            for _ in range(draw(st.integers(min_value=1, max_value=8)))]
    return header, rows


def tabbed(header, rows) -> str:
    blocks = ["\n".join("\t" + cell for cell in row) for row in [header, *rows]]
    return "资阳市人民政府\n\n" + "\n\n".join(blocks) + "\n"


def comma(header, rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    return out.getvalue()


def paragraphs(header, rows) -> str:
    lines = ["一、科普工作"]
    for number, row in enumerate(rows, start=1):
        cells = dict(zip(header, row))
        task = next((v for k, v in cells.items() if k in HEADERS["task"]), "")
        lead = next((v for k, v in cells.items() if k in HEADERS["lead"]), "")
        lines.append(f"{number}.{task}。（牵头单位：{lead}）")
    return "\n".join(lines) + "\n"


def web_page(header, rows) -> str:
    import html as markup

    cells = "".join(f"<tr>{''.join(f'<td>{markup.escape(cell)}</td>' for cell in row)}</tr>" for row in [header, *rows])
    return f"<html><body><h1>资阳市人民政府</h1><table>{cells}</table></body></html>"


def piped(header, rows) -> str:
    return "\n".join(" | ".join(row) for row in [header, *rows]) + "\n"


def xlsx_bytes(header, rows) -> bytes:
    book = openpyxl.Workbook()
    for row in [header, *rows]:
        book.active.append([_excel_safe(cell) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _excel_safe(text):
    return "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 32)


def docx_bytes(header, rows) -> bytes:
    document = docx.Document()
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for r, row in enumerate([header, *rows]):
        for c, text in enumerate(row):
            table.cell(r, c).text = _excel_safe(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_or_refuse(path, **options):
    """The table, or None when zygraph refused the file with its own error; anything else fails the test."""
    try:
        return read_table(path, **options)
    except ZygraphError:
        return None


def assert_units_come_from(table, text):
    """Every unit read is text of the input: written so, or cells of it a reader joined as one list with 、 or ；
    (a unit list broken over two cells: 各区 | 县级市 -> 各区、县级市)."""
    source = match_key(text)
    for raw in table.assignments.raw_unit:
        parts = [raw] if match_key(raw) in source else re.split("[、；]", raw)
        assert all(match_key(part) in source for part in parts if part), f"{raw!r} is not in the input"


# -- well-formed tables, every layout ---------------------------------------------------------------

@FAST
@given(tables())
def test_tab_text_reads_and_every_unit_comes_from_the_input(tmp_path, table):
    text = tabbed(*table)
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = read_or_refuse(path)
    if result is not None:
        assert_units_come_from(result, text)
        assert len(result.tasks) <= len(table[1])


@FAST
@given(tables())
def test_csv_reads_and_every_unit_comes_from_the_input(tmp_path, table):
    text = comma(*table)
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    result = read_or_refuse(path)
    if result is not None:
        assert_units_come_from(result, text)


@FAST
@given(tables())
def test_paragraphs_read_and_every_unit_comes_from_the_input(tmp_path, table):
    text = paragraphs(*table)
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = read_or_refuse(path, layout="paragraph")
    if result is not None:
        assert_units_come_from(result, text)


@SLOW
@given(tables())
def test_xlsx_reads_and_every_unit_comes_from_the_input(tmp_path, table):
    path = tmp_path / "t.xlsx"
    path.write_bytes(xlsx_bytes(*table))
    result = read_or_refuse(path)
    if result is not None:
        assert_units_come_from(result, "".join(c for row in table[1] for c in row))


@SLOW
@given(tables())
def test_docx_reads_and_every_unit_comes_from_the_input(tmp_path, table):
    path = tmp_path / "t.docx"
    path.write_bytes(docx_bytes(*table))
    result = read_or_refuse(path)
    if result is not None:
        assert_units_come_from(result, "".join(c for row in table[1] for c in row))


# -- messy cells and mutated bytes ------------------------------------------------------------------

@FAST
@given(tables(), st.sampled_from(["html", "piped"]))
def test_web_pages_and_piped_text_read_and_every_unit_comes_from_the_input(tmp_path, table, layout):
    text = (web_page if layout == "html" else piped)(*table)
    path = tmp_path / ("t.html" if layout == "html" else "t.txt")
    path.write_text(text, encoding="utf-8")
    result = read_or_refuse(path, layout=layout)
    if result is not None:
        assert_units_come_from(result, "".join(c for row in table[1] for c in row))


@FAST
@given(tables(cell=messy), st.sampled_from(["tabbed", "comma", "paragraphs", "html", "piped"]))
def test_messy_cells_give_a_table_or_zygraphs_own_error(tmp_path, table, layout):
    text = {"tabbed": tabbed, "comma": comma, "paragraphs": paragraphs, "html": web_page, "piped": piped}[layout](*table)
    path = tmp_path / {"comma": "t.csv", "html": "t.html"}.get(layout, "t.txt")
    path.write_text(text, encoding="utf-8", newline="")
    read_or_refuse(path)


def mutate(data: bytes, seed: int, edits: int) -> bytes:
    rng = random.Random(seed)
    data = bytearray(data)
    for _ in range(edits):
        if not data:
            break
        spot = rng.randrange(len(data))
        action = rng.choice(["flip", "delete", "insert", "cut"])
        if action == "flip":
            data[spot] ^= 1 << rng.randrange(8)
        elif action == "delete":
            del data[spot]
        elif action == "insert":
            data.insert(spot, rng.randrange(256))
        else:
            del data[spot:]
    return bytes(data)


@FAST
@given(tables(), st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]), st.integers(0, 2**32),
       st.integers(1, 8), st.sampled_from(["t.txt", "t.csv", "t.html"]))
def test_mutated_text_bytes_give_a_table_or_zygraphs_own_error(tmp_path, table, encoding, seed, edits, name):
    text = {"t.txt": tabbed, "t.csv": comma, "t.html": web_page}[name](*table)
    path = tmp_path / name
    path.write_bytes(mutate(text.encode(encoding), seed, edits))
    read_or_refuse(path)


@SLOW
@given(tables(), st.sampled_from(["t.xlsx", "t.docx"]), st.integers(0, 2**32), st.integers(1, 6))
def test_mutated_office_files_give_a_table_or_zygraphs_own_error(tmp_path, table, name, seed, edits):
    data = (xlsx_bytes if name == "t.xlsx" else docx_bytes)(*table)
    path = tmp_path / name
    path.write_bytes(mutate(data, seed, edits))
    read_or_refuse(path)


@SLOW
@given(tables(), st.sampled_from(["t.xlsx", "t.docx"]), st.integers(0, 2**32))
def test_office_files_with_one_member_mutated_give_a_table_or_zygraphs_own_error(tmp_path, table, name, seed):
    """Mutations inside one compressed XML member, the zip kept valid: malformed XML, odd values."""
    data = (xlsx_bytes if name == "t.xlsx" else docx_bytes)(*table)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    victim = random.Random(seed).randrange(len(members))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for index, (member, content) in enumerate(members):
            target.writestr(member, mutate(content, seed, 3) if index == victim else content)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    read_or_refuse(path)


# -- encodings --------------------------------------------------------------------------------------

@FAST
@given(tables(), st.sampled_from(["tabbed", "comma"]))
def test_every_encoding_reads_the_same(tmp_path, table, layout):
    text = (tabbed if layout == "tabbed" else comma)(*table)
    suffix = ".txt" if layout == "tabbed" else ".csv"
    results = []
    for encoding in ("utf-8", "utf-8-sig", "gb18030", "utf-16"):
        path = tmp_path / f"{encoding}{suffix}"
        path.write_bytes(text.encode(encoding))
        try:
            table_read = read_table(path)
        except ZygraphError as error:
            results.append(("refused", error.message))
            continue
        results.append((table_read.tasks.drop(columns="document").to_dict("list"),
                        table_read.assignments.to_dict("list")))
    assert all(result == results[0] for result in results[1:])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le"])
def test_one_table_in_each_encoding_reads_its_units(tmp_path, encoding):
    text = tabbed(["工作任务", "牵头单位", "配合单位"], [["办科技周", "市科协", "市科技局、市财政局"]])
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data  # a mark then the text, as Windows Notepad writes
    path = tmp_path / "t.txt"
    path.write_bytes(data)
    assert read_table(path).assignments.unit.tolist() == ["市科协", "市科技局", "市财政局"]


#: Pieces of real notices' text layouts: headers, numbers, units, labels, headings, bars, dates, people.
_NOTICE_PIECES = ["序号", "工作任务", "牵头单位", "配合单位", "责任单位", "完成时限", "进展情况", "事项分类", "一、总体要求",
                  "（一）加强领导", "1", "2", "10", "市科协", "市教育局、团市委", "各区、县级市", "2024年6月", "/", "|", " |",
                  "办科技周。", "徐国江", "（牵头单位：市科协）", "牵头单位：市科协", "市发改委负责统筹；市财政局负责保障",
                  "第一条", "①", "1.", "（市发改委）", "由市长负责，市科协牵头，市教育局配合", "以下均需各区政府落实，不再列出",
                  "4项目标的责任单位均为市发改委。", "\t", "  ", "", "序號", "責任單位", "县示范区管委会牵头工作(2项)",
                  "列第一位的为牵头单位", "适用范围：全国", "13个街道、镇"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.tuples(st.lists(st.sampled_from(_NOTICE_PIECES), min_size=1, max_size=4),
                                st.sampled_from(["", " ", " | ", "\t", "，"])), min_size=1, max_size=30),
       blank=st.booleans(), layout=st.sampled_from([None, "piped", "spaced", "paragraph", "tabbed-text"]))
def test_text_made_of_notice_pieces_gives_a_table_or_our_own_error(tmp_path, lines, blank, layout):
    # the text layouts' detection and row fitting meet every mix of these pieces without a traceback
    path = tmp_path / "notice.txt"
    path.write_text(("\n\n" if blank else "\n").join(sep.join(parts) for parts, sep in lines), encoding="utf-8")
    try:
        read_table(path, layout=layout)
    except ZygraphError:
        pass
