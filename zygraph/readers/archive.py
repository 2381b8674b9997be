"""Open a zip-based document (.docx, .xlsx) only after checking every member: sizes, ratio, integrity, XML.

A zip member's declared size bounds what Python's ``zipfile`` inflates (it stops
there and the checksum then fails), so checking the declared sizes before
anything is inflated bounds memory. Every member is then inflated in chunks to
check its checksum, and every XML member is parsed as a stream, so a corrupt
member or malformed XML is reported with its name before Word or Excel readers
see it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError, XMLPullParser

from zygraph.errors import InputError
from zygraph.source import read_bytes

__all__ = ["open_archive", "MAX_ARCHIVE_BYTES", "MAX_MEMBER_BYTES", "MAX_TOTAL_BYTES", "MAX_RATIO", "MAX_MEMBERS"]

#: Largest .docx/.xlsx file read.
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024
#: Largest size one member may inflate to.
MAX_MEMBER_BYTES = 128 * 1024 * 1024
#: Largest size all members together may inflate to.
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: Largest inflated/compressed ratio of a member over 1 MiB (office XML compresses 5-30 times).
MAX_RATIO = 200
#: Most members an archive may hold.
MAX_MEMBERS = 10_000

_CHUNK = 1 << 20
_XML = (".xml", ".rels", ".vml")


def open_archive(path: str | Path, what: str = "a .docx or .xlsx", *, max_member: int = MAX_MEMBER_BYTES,
                 max_total: int = MAX_TOTAL_BYTES, max_ratio: float = MAX_RATIO) -> io.BytesIO:
    """Return the checked bytes of a zip-based document as a stream to open.

    Parameters
    ----------
    path : str or Path
    what : str
        What the file should be, with its article ("a Word .docx"); its last word is what to save it as.
    max_member, max_total, max_ratio
        The limits; the defaults are this module's constants.

    Raises
    ------
    InputError
        Not a zip archive, password-protected, a member too large or too
        compressed (a zip bomb), a corrupt member, or malformed XML; the
        message names the member.

    Examples
    --------
    >>> import tempfile, pathlib, docx
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.docx"
    >>> docx.Document().save(path)
    >>> docx.Document(open_archive(path, "a Word .docx")).paragraphs
    []
    """
    data = read_bytes(path, limit=MAX_ARCHIVE_BYTES)
    resave = f"open it and save it again as {what.split()[-1]}"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise InputError(f"this is not {what} file: it is not a zip archive ({exc}); {resave}", path=path) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise InputError(f"the archive holds {len(members)} parts, more than {MAX_MEMBERS}; {resave}", path=path)
        total = 0
        for member in members:
            _check_sizes(member, path, max_member, max_ratio)
            total += member.file_size
            if total > max_total:
                raise InputError(f"the archive would inflate to more than {max_total >> 20} MiB (a zip bomb?); "
                                 f"zygraph refuses it; {resave}", path=path)
        for member in members:
            _check_content(archive, member, path, resave)
    return io.BytesIO(data)


def _check_sizes(member: zipfile.ZipInfo, path, max_member: int, max_ratio: float) -> None:
    if member.flag_bits & 0x1:
        raise InputError(f"the file is password-protected (part {member.filename} is encrypted); "
                         "save a copy without a password", path=path)
    if member.file_size > max_member:
        raise InputError(f"part {member.filename} would inflate to {member.file_size >> 20} MiB, more than the "
                         f"{max_member >> 20} MiB zygraph reads (a zip bomb?); zygraph refuses it", path=path)
    ratio = member.file_size / max(member.compress_size, 1)
    if member.file_size > _CHUNK and ratio > max_ratio:
        raise InputError(f"part {member.filename} is compressed {ratio:.0f} times (at most {max_ratio:.0f} is "
                         "plausible for a document; a zip bomb?); zygraph refuses it", path=path)


def _check_content(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path, resave: str) -> None:
    if member.is_dir():
        return
    parser = XMLPullParser(events=("end",)) if member.filename.lower().endswith(_XML) else None
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                if parser is not None:
                    parser.feed(chunk)
                    for _, element in parser.read_events():
                        element.clear()
        if parser is not None:
            parser.close()
    except ParseError as exc:
        line, column = exc.position
        raise InputError(f"part {member.filename} is not well-formed XML ({_reason(exc)}, line {line}, "
                         f"column {column}); the file is damaged: {resave}", path=path) from None
    except (LookupError, UnicodeError) as exc:  # an XML declaration naming an encoding that does not exist
        raise InputError(f"part {member.filename} is not well-formed XML ({exc}); the file is damaged: {resave}",
                         path=path) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError, ValueError, RuntimeError) as exc:
        raise InputError(f"part {member.filename} is corrupt ({exc}); the file is damaged: {resave}",
                         path=path) from None


def _reason(exc: ParseError) -> str:
    return str(exc).split(":")[0]
