"""Load a file's text: detect its encoding and line endings, report what was done."""

from __future__ import annotations

import codecs
from pathlib import Path

from zygraph.errors import EncodingError, InputError

__all__ = ["load_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
        The file is missing, a folder, or empty.
    EncodingError
        The bytes are not text in any of these encodings.

    Examples
    --------
    >>> text, encoding, notes = load_text("data/ziyang_2023_science_literacy_tasks.txt")
    >>> encoding, notes
    ('utf-8', [])
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("the file does not exist; check the path", path=path) from None
    except IsADirectoryError:
        raise InputError("this is a folder; give the path of a table file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path=path) from None
    notes = []
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        encoding = "utf-8" if _decodes(data, "utf-8") else "gb18030" if _decodes(data, "gb18030") else None
    if encoding is None:
        raise EncodingError(
            "the file is not text in UTF-8, UTF-16 or GB18030/GBK; save it as UTF-8 text and try again",
            path=path,
        )
    text = data.decode(encoding)
    if encoding != "utf-8":
        notes.append(("encoding", f"the file is encoded as {encoding}; read it as such"))
    if "\r" in text:
        notes.append(("line_endings", "the file uses Windows (CRLF) or old Mac (CR) line endings; read them as line breaks"))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise EncodingError("the file contains NUL bytes, so it is not a text table; export the table as text", path=path)
    if not text.strip():
        raise InputError("the file is empty; give a file that holds a task table", path=path)
    return text, encoding, notes


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
