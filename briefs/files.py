"""Writing an export file only where the analyst asked, never replacing anything else.

The file is written to a temporary file made safely (`mkstemp`, an unpredictable name that
cannot be a planted link) in the target's directory, then moved into place. An existing
file is kept unless replacing it was asked for. A target that is not a regular file is
written directly when it is a character device or a pipe (`/dev/stdout`, a FIFO with a
reader) and refused otherwise (a directory, a socket, a block device). A failure leaves no
temporary file behind and the target as it was.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

_UMASK = os.umask(0o022)
os.umask(_UMASK)


class ExportTargetError(Exception):
    """The export cannot be written where asked; the message names the path and why."""


def write_export(target: Path, content: str, *, force: bool = False, keep: Sequence[Path] = ()) -> Path:
    """Write `content` (UTF-8) to `target`; returns the path written. The files in `keep`
    (the store and its WAL files) are never written, even with `force`."""
    target = Path(target).expanduser()
    if target.name in ("", ".", ".."):
        raise ExportTargetError(f"{target}: is a directory; give a file name such as brief.md")
    if any(_same(target, other) for path in keep for other in _store_files(Path(path))):
        raise ExportTargetError(f"{target}: is the brief database itself; choose another file")
    data = content.encode("utf-8")
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ExportTargetError(f"cannot write {target}: {_reason(exc)}") from exc
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise ExportTargetError(f"{target}: is a directory; give a file name such as brief.md")
    if st is not None and (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        _write_stream(target, data)
        return target
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise ExportTargetError(f"{target}: is not a regular file; refusing to write there")
    if os.path.lexists(target) and not force:
        raise ExportTargetError(f"{target}: already exists; use --force to replace it")
    if not target.parent.is_dir():
        raise ExportTargetError(f"cannot write {target}: the directory {target.parent} does not exist")
    _write_and_move(target, data, force=force)
    return target


def _write_and_move(target: Path, data: bytes, *, force: bool) -> None:
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:60]}.", suffix=".tmp")
    except OSError as exc:
        raise ExportTargetError(f"cannot write {target}: {_reason(exc)}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        if force:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
    except OSError as exc:
        raise ExportTargetError(f"cannot write {target}: {_reason(exc)}") from exc
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


def _link_new(tmp: str, target: Path) -> None:
    """Put `tmp` at `target` only if nothing is there: a hard link fails on an existing
    name, so a file created meanwhile is never replaced (rename is the fallback on file
    systems without links, after one more look)."""
    try:
        os.link(tmp, target)
    except FileExistsError as exc:
        raise ExportTargetError(f"{target}: already exists; use --force to replace it") from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if os.path.lexists(target):
            raise ExportTargetError(f"{target}: already exists; use --force to replace it") from exc
        os.replace(tmp, target)


def _write_stream(target: Path, data: bytes) -> None:
    """A character device or a pipe: written as it is, never replaced. A pipe with no
    reader is refused at once rather than waited on."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise ExportTargetError(f"{target}: is a pipe with no reader") from exc
        raise ExportTargetError(f"cannot write {target}: {_reason(exc)}") from exc
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise ExportTargetError(f"cannot write {target}: {_reason(exc)}") from exc
    finally:
        os.close(fd)


def _store_files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), db.with_name(db.name + "-journal")]


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)
