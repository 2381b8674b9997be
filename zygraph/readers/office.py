"""Reader for old Office and WPS files (.doc, .wps, .xls, .et): converted by LibreOffice, then read."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from zygraph.errors import InputError
from zygraph.findings import Finding
from zygraph.readers.raw import RawDocument

__all__ = ["read_office", "CONVERSIONS", "convert"]

#: Old suffix -> the format LibreOffice converts it to.
CONVERSIONS = {".doc": "docx", ".wps": "docx", ".xls": "xlsx", ".et": "xlsx"}
_TIMEOUT = 120  # seconds; a document LibreOffice cannot convert in two minutes is reported, not waited on


def convert(path: str | Path, folder: str | Path) -> Path:
    """Convert an old Office or WPS file with LibreOffice into ``folder``; return the new file.

    Raises
    ------
    InputError
        The file is missing, ``soffice`` is not installed, or the conversion
        failed; the message gives the command to run by hand.

    Examples
    --------
    >>> convert("no-such-plan.wps", ".")
    Traceback (most recent call last):
    zygraph.errors.InputError: no-such-plan.wps: the file does not exist; check the path
    """
    path = Path(path)
    target = CONVERSIONS.get(path.suffix.lower(), "docx")
    command = f"soffice --headless --convert-to {target} {path.name}"
    if not path.is_file():
        raise InputError("the file does not exist; check the path", path=path)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise InputError(f"{path.suffix} files are read by converting them with LibreOffice, which is not installed; "
                         f"install LibreOffice, or convert the file yourself ({command}, or open it and save it as "
                         f".{target}) and read the .{target} file", path=path)
    try:
        done = subprocess.run([soffice, "--headless", "--convert-to", target, "--outdir", str(folder), str(path)],
                              capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(f"LibreOffice took over {_TIMEOUT} s to convert the file; convert it by hand ({command})",
                         path=path) from None
    converted = Path(folder) / f"{path.stem}.{target}"
    if done.returncode != 0 or not converted.is_file():
        why = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise InputError(f"LibreOffice could not convert the file ({why[0][:120]}); open it and save it as .{target}",
                         path=path)
    return converted


def read_office(path: str | Path, read) -> RawDocument:
    """Convert ``path`` (.doc, .wps, .xls, .et) with LibreOffice and read the result with ``read``.

    ``read(path) -> RawDocument`` reads the converted file (the caller passes
    :func:`zygraph.readers.read_raw`). The converted file lives in a temporary
    folder removed afterwards; the input is never written. The document keeps
    the original path.

    Examples
    --------
    >>> from zygraph.readers import read_raw
    >>> read_office("no-such-plan.doc", read_raw)
    Traceback (most recent call last):
    zygraph.errors.InputError: no-such-plan.doc: the file does not exist; check the path
    """
    with tempfile.TemporaryDirectory(prefix="zygraph-convert-") as folder:
        document = read(convert(path, folder))
    note = Finding(None, "info", "converted", f"converted from {Path(path).suffix} with LibreOffice",
                   "read the converted file")
    return replace(document, path=str(path), findings=[note, *document.findings])
