"""Load a file's text: size limit, encoding detection, line endings, and what was done."""

from __future__ import annotations

import codecs
import csv
import errno
import io
import stat
from pathlib import Path

from zygraph.errors import EncodingError, InputError

__all__ = ["load_text", "check_file", "read_bytes", "csv_records", "decode", "MAX_TEXT_BYTES"]

#: Largest text file read (64 MiB): a task table of 200,000 rows is about 40 MiB.
MAX_TEXT_BYTES = 64 * 1024 * 1024

_UTF32 = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"))
_OTHER_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BOM_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}


def check_file(path: str | Path, limit: int = MAX_TEXT_BYTES) -> None:
    """Refuse a path that is not a regular, readable file of at most ``limit`` bytes, without opening it.

    Raises
    ------
    InputError
        The path is missing, a folder, a device or pipe, a symlink loop, or
        larger than ``limit`` bytes.

    Examples
    --------
    >>> check_file("data")
    Traceback (most recent call last):
    ...
    zygraph.errors.InputError: data: this is a folder; give the path of a table file
    """
    path = Path(path)
    try:
        status = path.stat()
    except FileNotFoundError:
        raise InputError("the file does not exist; check the path", path=path) from None
    except OSError as exc:
        raise InputError(_os_reason(exc, "cannot open the file"), path=path) from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError("this is a folder; give the path of a table file", path=path)
    if not stat.S_ISREG(status.st_mode):
        raise InputError("this is not a regular file (a device, pipe or socket); give a table file", path=path)
    if status.st_size > limit:
        raise InputError(f"the file is {status.st_size / 2**20:.0f} MiB, more than the {limit / 2**20:.0f} MiB "
                         "zygraph reads; split it into smaller tables", path=path)


def read_bytes(path: str | Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """Return the bytes of ``path``, refusing a missing, unreadable, special or too large file.

    Raises
    ------
    InputError
        As :func:`check_file`, and when the file cannot be read (permissions).

    Examples
    --------
    >>> len(read_bytes("data/ziyang_2023_science_literacy_tasks.txt")) > 1000
    True
    """
    path = Path(path)
    check_file(path, limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError:
        raise InputError("permission denied: cannot read the file; check its permissions", path=path) from None
    except OSError as exc:
        raise InputError(_os_reason(exc, "cannot read the file"), path=path) from None
    if len(data) > limit:
        raise InputError(f"the file is larger than the {limit / 2**20:.0f} MiB zygraph reads; split it", path=path)
    return data


def _os_reason(exc: OSError, what: str) -> str:
    """A sentence for an OSError: permissions, a symlink loop, or the system's reason."""
    if exc.errno == errno.ELOOP:
        return f"{what}: the path is a symlink loop (a link that points back to itself); fix the link"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied: {what}; check its permissions"
    return f"{what} ({exc.strerror or exc})"


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """Return ``(text, encoding)`` of ``data``: a byte-order mark first, then UTF-8, then GB18030.

    A file with a byte-order mark must decode in that encoding; a UTF-16 text
    whose first character is U+0000 starts like a UTF-32 mark, so UTF-32 is
    taken only when the bytes decode as UTF-32.

    Raises
    ------
    EncodingError
        The bytes do not decode; the message gives the byte offset of the first bad byte.

    Examples
    --------
    >>> decode("资阳".encode("utf-16"), "a.txt")
    ('资阳', 'utf-16')
    >>> decode(b"\\xef\\xbb\\xbf\\xff", "a.txt")
    Traceback (most recent call last):
    ...
    zygraph.errors.EncodingError: a.txt: the file starts with a UTF-8 byte-order mark, but the bytes at byte offset 3 are not UTF-8; open it in an editor and save it again as UTF-8
    """
    candidates = [name for bom, name in _UTF32 if data.startswith(bom)]
    candidates += [name for bom, name in _OTHER_BOMS if data.startswith(bom)][:1]
    if candidates:
        first_error = None
        for encoding in candidates:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                first_error = first_error or (encoding, exc)
        encoding, exc = first_error if len(candidates) == 1 else (candidates[-1], _error(data, candidates[-1]))
        offset = exc.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)  # utf-8-sig counts after it
        raise EncodingError(
            f"the file starts with a {_BOM_NAMES[encoding]} byte-order mark, but the bytes at byte offset "
            f"{offset} are not {_BOM_NAMES[encoding]}{_why(exc)}; open it in an editor and save it again as UTF-8",
            path=path,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError as gb:
            raise EncodingError(
                f"the file is not text in UTF-8 (bad byte at offset {utf8.start}), UTF-16 or GB18030/GBK "
                f"(bad byte at offset {gb.start}); save it as UTF-8 text and try again",
                path=path,
            ) from None


def _error(data: bytes, encoding: str) -> UnicodeDecodeError:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc
    raise ValueError(f"{encoding} decodes")  # pragma: no cover - only called after a failure


def _why(exc: UnicodeDecodeError) -> str:
    if "truncated" in exc.reason:
        return " (the file ends in the middle of a character: an odd number of bytes)"
    if "surrogate" in exc.reason:
        return " (a lone surrogate: half of a character)"
    return ""


def load_text(path: str | Path) -> tuple[str, str, list[tuple[str, str]]]:
    """Return the text of ``path`` with ``\\n`` line endings, its encoding, and notes.

    Tries a byte-order mark first, then UTF-8, then GB18030 (a superset of GBK
    and GB2312, the encodings of most Chinese government files). The file is
    only read, never changed.

    Returns
    -------
    text : str
    encoding : str
    notes : list of (code, message)
        ``encoding`` when the file is not plain UTF-8, ``line_endings`` when it
        used CRLF or CR.

    Raises
    ------
    InputError
        The file is missing, a folder, not a regular file, too large, or empty.
    EncodingError
        The bytes are not text in any of these encodings, or hold a NUL character.

    Examples
    --------
    >>> text, encoding, notes = load_text("data/ziyang_2023_science_literacy_tasks.txt")
    >>> encoding, notes
    ('utf-8', [])
    """
    data = read_bytes(path)
    text, encoding = decode(data, path)
    notes = []
    if encoding != "utf-8":
        notes.append(("encoding", f"the file is encoded as {encoding}; read it as such"))
    nul = text.find("\x00")
    if nul >= 0:
        offset = len(text[:nul].encode(encoding))  # the byte-order mark, if any, included
        raise EncodingError(f"the file holds a NUL character (at byte offset {offset}), so it is not a text table; "
                            "export the table as text (UTF-8)", path=path)
    if "\r" in text:
        notes.append(("line_endings", "the file uses Windows (CRLF) or old Mac (CR) line endings; read them as line breaks"))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the file is empty; give a file that holds a task table", path=path)
    return text, encoding, notes


def csv_records(path: str | Path) -> list[tuple[int, dict]]:
    """Return the rows of a CSV file with a header as ``(line, {column: value})``, in any encoding :func:`decode` reads.

    ``line`` is the 1-based line where the row starts. Excel on Chinese Windows
    saves CSV as GBK, which this reads like UTF-8.

    Raises
    ------
    InputError
        As :func:`load_text`, and when a cell is longer than the CSV field
        limit (131,072 characters: a binary file, or a quote that never closes).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "r.csv"
    >>> _ = path.write_bytes("name,kind\\n市科协,people_org\\n".encode("gbk"))
    >>> csv_records(path)
    [(2, {'name': '市科协', 'kind': 'people_org'})]
    """
    text, _, _ = load_text(path)
    reader = csv.DictReader(io.StringIO(text))
    records, start = [], 2
    try:
        for row in reader:
            records.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise InputError(f"a cell is longer than {csv.field_size_limit():,} characters (a binary file, or a quote "
                             "that never closes); check the file from this line", path=path, line=start) from None
        raise InputError(f"the CSV cannot be read ({exc}); check the quotes from this line", path=path,
                         line=start) from None
    return records
