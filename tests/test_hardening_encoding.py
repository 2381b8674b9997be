"""Encodings and sizes zygraph refuses with the file and the byte offset, and the ones it reads right."""

import codecs

import pytest

from zygraph.errors import EncodingError, InputError
from zygraph.source import load_text, read_bytes

TABLE = "\t工作任务\n\t牵头单位\n\n\t办科技周\n\t市科协\n"


def test_utf8_bom_followed_by_invalid_bytes_names_the_byte_offset(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(codecs.BOM_UTF8 + "资阳".encode() + b"\xff\xfe\x00")
    with pytest.raises(EncodingError, match=r"t.txt: the file starts with a UTF-8 byte-order mark, but the bytes "
                                            r"at byte offset 9 are not UTF-8; open it in an editor"):
        load_text(path)


def test_utf16_of_odd_length_says_the_file_ends_mid_character(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(TABLE.encode("utf-16") + b"\x41")
    with pytest.raises(EncodingError, match=r"UTF-16 byte-order mark, but the bytes at byte offset \d+ are not "
                                            r"UTF-16 \(the file ends in the middle of a character"):
        load_text(path)


def test_utf16_with_a_lone_surrogate_names_its_offset(tmp_path):
    path = tmp_path / "t.txt"
    body = "资阳".encode("utf-16-le") + b"\x00\xd8" + "市".encode("utf-16-le")  # a high surrogate alone
    path.write_bytes(codecs.BOM_UTF16_LE + body)
    with pytest.raises(EncodingError, match=r"byte offset 6 are not UTF-16 \(a lone surrogate"):
        load_text(path)


def test_utf16_starting_with_u0000_is_not_read_as_utf32(tmp_path):
    # FF FE 00 00 is the UTF-32 mark, and also a UTF-16 mark followed by U+0000
    path = tmp_path / "t.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "\x00".encode("utf-16-le") + TABLE.encode("utf-16-le"))
    with pytest.raises(EncodingError, match=r"t.txt: the file holds a NUL character \(at byte offset 2\)"):
        load_text(path)


def test_utf32_text_reads(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(TABLE.encode("utf-32"))
    assert load_text(path)[:2] == (TABLE, "utf-32")


def test_bytes_in_no_known_encoding_name_both_offsets(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes("资阳".encode() + b"\x80\xff\xff")
    with pytest.raises(EncodingError, match=r"not text in UTF-8 \(bad byte at offset 6\), UTF-16 or GB18030/GBK "
                                            r"\(bad byte at offset \d+\)"):
        load_text(path)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match=r"t.txt: the file is 0 MiB, more than the 0 MiB zygraph reads"):
        read_bytes(path, limit=1024)


def test_a_fifo_is_refused_without_blocking(tmp_path):
    import os

    path = tmp_path / "t.txt"
    os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        load_text(path)


def test_a_symlink_loop_says_loop(tmp_path):
    path = tmp_path / "t.txt"
    path.symlink_to(path)
    with pytest.raises(InputError, match="symlink loop"):
        load_text(path)


def test_an_unreadable_file_says_permission(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "t.txt"
    path.write_text(TABLE, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        load_text(path)


def test_a_fifo_given_to_read_table_is_refused_before_detection(tmp_path):
    import os

    from zygraph import read_table

    path = tmp_path / "t.csv"
    os.mkfifo(path)
    with pytest.raises(InputError, match=r"t.csv: this is not a regular file \(a device, pipe or socket\)"):
        read_table(path)


def test_an_input_file_name_that_is_not_utf8_is_one_clean_line(tmp_path, capsys):
    import os

    from zygraph.cli import main

    path = os.fsdecode(bytes(tmp_path) + b"/t\xff.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(TABLE)
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r")]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"zygraph: error: {tmp_path}/t\\xff.txt: the file name is not valid UTF-8 (its bytes show as \\x escapes); "
        "rename the file")


def test_an_unreadable_folder_says_permission(tmp_path, monkeypatch):
    from pathlib import Path

    from zygraph.corpus import corpus_files

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)  # root reads every folder, so the refusal is simulated
    with pytest.raises(InputError, match=r"permission denied: cannot list the folder; check its permissions"):
        corpus_files([tmp_path])


def test_a_symlink_loop_inside_a_folder_is_reported_not_skipped(tmp_path, capsys):
    from zygraph.cli import main

    (tmp_path / "a.txt").write_text(TABLE, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "b.txt")
    assert main(["check", str(tmp_path), "--quiet"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (f"zygraph: error: {tmp_path / 'b.txt'}: cannot open the file: the path is a symlink loop "
                       "(a link that points back to itself); fix the link")
