"""Write an output folder whole: build it in a staging folder beside the target, then swap it in.

A reader never sees half a folder, and an existing folder is replaced only as a
whole: only if zygraph wrote every file in it and none was edited since (a
manifest records each file's SHA-256), unless forced; never when it holds an
input table.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import logging
import os
import secrets
import shutil
import stat
from pathlib import Path

from zygraph.errors import OutputError
from zygraph.export import output_reason as export_reason

__all__ = ["write_folder", "check_output", "MANIFEST"]

#: The file listing what zygraph wrote into a report folder.
MANIFEST = ".zygraph-manifest.json"

log = logging.getLogger(__name__)


def write_folder(outdir: str | Path, build, *, sources=(), force: bool = False) -> Path:
    """Build a folder with ``build(staging)`` beside ``outdir``, then swap it in whole.

    ``build`` writes into the empty staging folder it is given; a manifest of
    what it wrote (with each file's SHA-256) is added, so a later run may
    replace the folder and can tell which files were edited since.

    Raises
    ------
    OutputError
        When ``outdir`` holds files zygraph did not write, files edited since, or
        symlinks (and not ``force``); holds one of ``sources`` (the input
        tables); is the working folder or one above it; is a symlink; or
        cannot be written (under a file, no permission, a read-only file system).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_folder(f"{folder}/out", lambda staging: (staging / "a.txt").write_text("1"))
    ...     out = write_folder(out, lambda staging: (staging / "b.txt").write_text("2"))  # replaced whole
    ...     sorted(p.name for p in out.iterdir())
    ['.zygraph-manifest.json', 'b.txt']

    Notes
    -----
    The staging folder is named ``.NAME.zygraph-PID-XXXX`` and made with the
    user's umask. On Linux the swap is one ``renameat2(RENAME_EXCHANGE)``: a
    reader sees the old folder or the new one, never neither. Elsewhere it is
    two renames; a run killed between them leaves the old folder as
    ``.NAME.zygraph-old-PID-XXXX``, and the next run puts it back before it
    builds. Staging folders of runs that died are removed by the next run.
    With ``force``, what the replacement drops (foreign or edited files,
    symlinks) is logged as a warning, which the command line prints.
    """
    outdir = Path(outdir)
    dropped = _check_target(outdir, sources, force)
    _make_folder(outdir.parent)
    _clean_stale(outdir)
    for item in dropped:
        log.warning("replacing %s drops %s", outdir, item)
    staging = _new_staging(outdir, "")
    try:
        try:
            build(staging)
            files = sorted(_files(staging))
            manifest = {"written_by": "zygraph", "files": files,
                        "sha256": {name: _digest(staging / name) for name in files}}
            (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as error:
            raise OutputError(export_reason(error, "cannot write the report"), path=outdir) from error
        _swap_in(staging, outdir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # our own half-built folder; the error goes on up
        raise
    return outdir


def check_output(outdir: str | Path, *, sources=(), force: bool = False) -> None:
    """Raise :class:`OutputError` now if :func:`write_folder` would refuse ``outdir``, so it is said before long work.

    The same checks as :func:`write_folder` makes (which makes them again when it writes).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     check_output(f"{folder}/new")  # a new folder: nothing to say
    ...     check_output(folder, sources=[f"{folder}/table.docx"])
    Traceback (most recent call last):
    ...
    zygraph.errors.OutputError: ...: the output folder would contain the input table .../table.docx; choose another folder
    """
    _check_target(Path(outdir), sources, force)


def _files(folder: Path):
    """Relative paths of the regular files under ``folder`` (symlinks not followed)."""
    for root, _, names in os.walk(folder):
        for name in names:
            yield str((Path(root) / name).relative_to(folder))


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _changed(path: Path, digest: str) -> bool:
    try:
        return _digest(path) != digest
    except OSError:
        return True  # unreadable: it cannot be shown to be zygraph's


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError("a parent of the output folder is a file, not a folder; choose another path",
                          path=folder) from None
    except OSError as error:
        raise OutputError(export_reason(error, "cannot create the output folder"), path=folder) from None


def _new_staging(outdir: Path, kind: str) -> Path:
    """A new empty folder beside ``outdir``, made with the user's umask (mkdtemp would give 0700)."""
    while True:
        staging = outdir.parent / f".{outdir.name}.zygraph-{kind}{os.getpid()}-{secrets.token_hex(4)}"
        try:
            os.mkdir(staging, 0o777)
            return staging
        except FileExistsError:
            continue
        except OSError as error:
            raise OutputError(export_reason(error, "cannot create a folder beside the output folder"),
                              path=outdir) from None


def _clean_stale(outdir: Path) -> None:
    """Remove the staging folders of runs that died; put back a folder a killed swap left aside."""
    prefix = f".{outdir.name}.zygraph-"
    try:
        entries = [p for p in outdir.parent.iterdir() if p.name.startswith(prefix)]
    except OSError as error:
        raise OutputError(export_reason(error, "cannot list the folder"), path=outdir.parent) from None
    for entry in sorted(entries):
        rest = entry.name[len(prefix):]
        old = rest.startswith("old-")
        pid = rest.removeprefix("old-").split("-")[0]
        if not pid.isdigit() or _alive(int(pid)) or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            if old and not outdir.exists():
                os.replace(entry, outdir)  # a swap killed between its two renames: the old folder comes back
                log.warning("put back %s, left aside by a run that was killed", outdir)
            else:
                shutil.rmtree(entry)
        except OSError as error:  # a leftover we cannot touch does not stop this run; the user is told
            log.warning("could not remove %s, left by a run that died (%s); remove it by hand", entry,
                        error.strerror or error)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _check_target(outdir: Path, sources, force: bool) -> list[str]:
    """Refuse a target zygraph must not replace; return what replacing it drops (with ``force``)."""
    if outdir.is_symlink():
        raise OutputError(f"this is a symlink (to {os.readlink(outdir)}); zygraph does not replace a link: give the "
                          "folder it points to, or a new folder", path=outdir)
    try:
        target = outdir.resolve()
    except RuntimeError:
        raise OutputError("the path goes through a symlink loop (a link that points back to itself); fix the link",
                          path=outdir) from None
    for document in sources:
        source = Path(document).resolve()
        if source == target or target in source.parents:
            raise OutputError(f"the output folder would contain the input table {document}; choose another folder",
                              path=outdir)
    cwd = Path.cwd().resolve()
    if target == cwd or target in cwd.parents:
        raise OutputError("the output folder is the working folder or one above it; choose a new folder", path=outdir)
    if not outdir.exists():
        return []
    if not outdir.is_dir():
        raise OutputError("this exists and is not a folder; choose a folder path for the report", path=outdir)
    if not outdir.stat().st_mode & stat.S_IWUSR or not os.access(outdir, os.W_OK | os.X_OK):
        # its owner made it read-only: a swap would replace it whole, protection and all, so it is refused
        raise OutputError("permission denied: the folder is read-only; make it writable (chmod u+w) or choose "
                          "another folder", path=outdir)
    dropped = _not_ours(outdir)
    if dropped and not force:
        more = f" and {len(dropped) - 1} more" if len(dropped) > 1 else ""
        raise OutputError(
            f"the folder holds what zygraph did not write or what was changed since (e.g. {dropped[0]}{more}); "
            "choose a new folder, or pass --force to replace it whole",
            path=outdir,
        )
    return dropped


def _not_ours(outdir: Path) -> list[str]:
    """Files zygraph did not write, files edited since, and symlinks, as phrases."""
    try:
        manifest = json.loads((outdir / MANIFEST).read_text(encoding="utf-8"))
        listed, digests = set(manifest["files"]), manifest.get("sha256", {})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        listed, digests = set(), {}
    found = []

    def unreadable(error):
        raise OutputError(export_reason(error, "cannot look inside the folder"), path=outdir)

    for root, folders, names in os.walk(outdir, onerror=unreadable):
        for name in sorted(folders + names):
            path = Path(root) / name
            relative = str(path.relative_to(outdir))
            if path.is_symlink():
                found.append(f"the symlink {relative}")
            elif name in names and relative != MANIFEST:
                if relative not in listed:
                    found.append(f"{relative} (not written by zygraph)")
                elif relative in digests and _changed(path, digests[relative]):
                    found.append(f"{relative} (edited since zygraph wrote it, or unreadable)")
    return found


def _swap_in(staging: Path, outdir: Path) -> None:
    """Put ``staging`` at ``outdir``: one atomic exchange where the system has it, else two renames."""
    try:
        if not outdir.exists():
            os.replace(staging, outdir)
            return
        if _exchange(staging, outdir):
            old = staging  # now the old folder
        else:
            old = _new_staging(outdir, "old-")
            os.rmdir(old)
            os.replace(outdir, old)  # if killed here, the next run puts it back
            os.replace(staging, outdir)
    except OSError as error:
        raise OutputError(export_reason(error, "cannot put the new folder in place"), path=outdir) from error
    _remove_old(old)


def _remove_old(old: Path) -> None:
    """Remove the old folder a swap put aside; the new one is in place, so a failure is a warning, not an error.

    A folder inside it its owner made read-only is made writable first: it is the report being replaced.
    """
    def writable(function, path, _error):
        for folder in {Path(path).parent, Path(path)}:
            if folder.is_dir() and not folder.is_symlink():
                folder.chmod(folder.stat().st_mode | stat.S_IWUSR | stat.S_IXUSR)
        function(path)

    try:
        shutil.rmtree(old, onerror=writable)
    except OSError as error:
        log.warning("the new report is in place, but the old one, put aside as %s, could not be removed (%s); "
                    "remove it by hand", old, error.strerror or error)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))
