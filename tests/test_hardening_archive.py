"""Zip-based documents (.docx, .xlsx): bombs, corrupt members and malformed XML are refused by name."""

import io
import zipfile

import docx
import openpyxl
import pytest

from zygraph import read_table
from zygraph.errors import InputError
from zygraph.readers.archive import open_archive


def word_table(path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for column, (head, value) in enumerate([("工作任务", "办科技周"), ("牵头单位", "市科协")]):
        table.cell(0, column).text = head
        table.cell(1, column).text = value
    document.save(path)
    return path


def rewrite(path, change):
    """Rewrite the zip at ``path``, passing each (name, bytes) through ``change`` (None drops it)."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members:
            data = change(name, data)
            if data is not None:
                target.writestr(name, data)


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = word_table(tmp_path / "bomb.docx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, \
            archive.open("word/media/filler.xml", "w", force_zip64=True) as member:
        chunk = b" " * (1 << 20)
        for _ in range(300):  # 300 MiB of spaces, about 300 KiB compressed
            member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError, match=r"bomb.docx: part word/media/filler.xml would inflate to 300 MiB, more "
                                         r"than the 128 MiB zygraph reads \(a zip bomb\?\)"):
        read_table(path)


def test_a_highly_compressed_member_is_refused_by_its_ratio(tmp_path):
    path = word_table(tmp_path / "t.docx")
    rewrite(path, lambda name, data: data + b"<!--" + b" " * (8 << 20) + b"-->" if name == "word/document.xml"
            else data)
    with pytest.raises(InputError, match=r"part word/document.xml is compressed \d+ times \(at most 200"):
        read_table(path)


def test_the_total_inflated_size_is_capped(tmp_path):
    path = word_table(tmp_path / "t.docx")
    with pytest.raises(InputError, match=r"the archive would inflate to more than 0 MiB"):
        open_archive(path, "a Word .docx", max_total=1000)


def corrupt_member(path, name):
    """Flip bytes inside the compressed data of one member, keeping the zip directory intact."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 10, start + min(info.compress_size, 60)):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_corrupt_compressed_member_of_a_docx_is_named(tmp_path):
    path = word_table(tmp_path / "t.docx")
    corrupt_member(path, "word/document.xml")
    with pytest.raises(InputError, match=r"t.docx: part word/document.xml is corrupt \(.+\); the file is damaged: "
                                         r"open it and save it again as .docx"):
        read_table(path)


def test_malformed_xml_in_a_docx_names_the_part_and_line(tmp_path):
    path = word_table(tmp_path / "t.docx")
    rewrite(path, lambda name, data: data.replace(b"</w:body>", b"") if name == "word/document.xml" else data)
    with pytest.raises(InputError, match=r"t.docx: part word/document.xml is not well-formed XML \(mismatched tag, "
                                         r"line \d+, column \d+\)"):
        read_table(path)


def xlsx(path):
    book = openpyxl.Workbook()
    book.active.append(["工作任务", "牵头单位"])
    book.active.append(["办科技周", "市科协"])
    book.save(path)
    return path


def test_malformed_xml_in_an_xlsx_names_the_part(tmp_path):
    path = xlsx(tmp_path / "t.xlsx")
    rewrite(path, lambda name, data: data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data)
    with pytest.raises(InputError, match=r"t.xlsx: part xl/worksheets/sheet1.xml is not well-formed XML"):
        read_table(path)


def test_a_corrupt_member_of_an_xlsx_is_named(tmp_path):
    path = xlsx(tmp_path / "t.xlsx")
    corrupt_member(path, "xl/worksheets/sheet1.xml")
    with pytest.raises(InputError, match=r"part xl/worksheets/sheet1.xml is corrupt"):
        read_table(path)


def test_a_docx_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "t.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"t.docx: this is not a Word .docx file: it is not a zip archive"):
        read_table(path, layout="docx")


def test_a_good_docx_and_xlsx_still_read(tmp_path):
    for path in (word_table(tmp_path / "t.docx"), xlsx(tmp_path / "t.xlsx")):
        t = read_table(path)
        assert t.assignments[["unit", "role"]].values.tolist() == [["市科协", "lead"]]


def test_xml_that_expat_accepts_but_lxml_refuses_is_named(tmp_path):
    # found by fuzzing: a namespace URI with a space is well-formed XML, but lxml (under openpyxl) refuses it
    path = xlsx(tmp_path / "t.xlsx")
    rewrite(path, lambda name, data: data.replace(b"http://www.w3.org/2001/XMLSchema-instance",
                                                  b"http://www.w3.org/20 01/XMLSchema-instance")
            if name == "docProps/core.xml" else data)
    with pytest.raises(InputError, match=r"t.xlsx: this is not an Excel .xlsx file that can be opened \(.*not a valid "
                                         r"URI"):
        read_table(path)
