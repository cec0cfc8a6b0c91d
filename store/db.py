"""Opening the database: location, pragmas, migrations, transactions, clear errors.

Every connection is plain `sqlite3` in autocommit mode; writes go through `transaction()`,
which takes the write lock up front (`BEGIN IMMEDIATE`) so two writers queue on the busy
timeout instead of failing half way. WAL lets readers (the app) go on while a writer works.

The database file is never opened outside SQLite. On POSIX, closing *any* descriptor of a
file drops every lock the process holds on it, so a stray `open()` of the database while
another connection of the process is open lets a second process delete the WAL under it
(SQLite's "How To Corrupt An SQLite Database File", 2.2). Health is asked of SQLite itself
(`PRAGMA quick_check`); only `os.stat` and `os.access` look at the file from outside.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from store.errors import StoreError, StoreReadOnly
from store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000
# A quick check reads every page once: about 0.1 s for a 16 MiB store. Larger stores are
# checked by `brief check`; SQLite still reports damage it meets while reading them.
QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024

_checked: dict[tuple[int, int], str | None] = {}  # (device, inode) -> damage found, once per process
_checked_lock = threading.Lock()


class StoreConnection(sqlite3.Connection):
    """A connection that knows whether the store may be written, and if not, why."""

    read_only_reason: str | None = None
    path: Path | None = None


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made (`lastrowid` is typed optional: it is None
    only before any INSERT)."""
    if cur.lastrowid is None:
        raise StoreError("the store did not report the id of the row it inserted")
    return cur.lastrowid


def connect(path: Path | str, *, migrate: bool = True) -> StoreConnection:
    """Open (creating if needed) the store at `path`, upgraded to the current schema.

    A store that cannot be written (read-only file, directory or file system, or damaged)
    is opened read-only: reading works, and `transaction()` refuses with the reason.
    The connection may be used from a thread other than the one that opened it (Textual
    workers); callers must still not use one connection from two threads at once.
    """
    path = Path(path).expanduser()
    memory = str(path) == ":memory:"
    reason = None if memory else _prepare_location(path)
    conn = _open(path, reason)
    conn.path = path
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path}: database schema version {version} is newer than this brief "
                f"understands ({SCHEMA_VERSION}); upgrade brief rather than risk the data"
            )
        if reason is None:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal" and not memory:
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = NORMAL")
        damage = None if memory else _damage(conn, path)
        if damage is not None:
            reason = f"the database is damaged ({damage}); restore it from a backup"
        if reason is not None:
            conn.execute("PRAGMA query_only = ON")
            conn.read_only_reason = reason
            if version < SCHEMA_VERSION and migrate:
                raise StoreError(f"{path}: cannot upgrade the database: {reason}")
        elif migrate:
            migrate_to(conn, SCHEMA_VERSION)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a usable brief database ({describe_sqlite_error(exc)})") from exc
    except StoreError:
        conn.close()
        raise
    return conn


def _open(path: Path, read_only: str | None) -> StoreConnection:
    """The SQLite connection itself: read-write, or read-only through a URI when the file
    cannot be written (immutable when not even WAL's shared-memory file can be made)."""
    def opened(target: str, uri: bool = False) -> StoreConnection:
        return sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000, factory=StoreConnection)

    try:
        if read_only is None:
            return opened(str(path))
        uri = f"file:{quote(str(path.resolve()))}"
        try:
            conn = opened(f"{uri}?mode=ro", uri=True)
            conn.execute("PRAGMA user_version").fetchone()
            return conn
        except sqlite3.OperationalError:
            return opened(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open database ({describe_sqlite_error(exc)})") from exc


def migrate_to(conn: sqlite3.Connection, target: int) -> None:
    """Apply migrations up to `target`, one transaction each."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(current, target):
        with transaction(conn):
            MIGRATIONS[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")


def check_writable(conn: sqlite3.Connection) -> None:
    """Raise `StoreReadOnly` with the reason when this store cannot take writes."""
    reason = getattr(conn, "read_only_reason", None)
    if reason is not None:
        raise StoreReadOnly(getattr(conn, "path", None), reason)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All-or-nothing block of writes: committed on success, rolled back on any error."""
    check_writable(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite may already have rolled back (a full disk in a full-text index write does);
        # a second ROLLBACK would fail and hide the error that matters.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def integrity_problems(conn: sqlite3.Connection, *, full: bool = True) -> list[str]:
    """What SQLite finds wrong with the store (empty when sound): `integrity_check` when
    `full`, else the cheaper `quick_check`; foreign keys are checked either way."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        found = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}(20)")]
        problems = [] if found == ["ok"] else found
        bad_keys = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [describe_sqlite_error(exc)]
    problems += [f"row {r[1]} of {r[0]} points at a missing {r[2]}" for r in bad_keys[:20]]
    return problems


def _damage(conn: sqlite3.Connection, path: Path) -> str | None:
    """A quick check of a small store, once per file per process; None when sound."""
    try:
        st = path.stat()
    except OSError:
        return None
    if st.st_size == 0 or st.st_size > QUICK_CHECK_MAX_BYTES:
        return None
    key = (st.st_dev, st.st_ino)
    with _checked_lock:
        if key in _checked:
            return _checked[key]
    problems = integrity_problems(conn, full=False)
    found = problems[0] if problems else None
    with _checked_lock:
        _checked[key] = found
    return found


def _prepare_location(path: Path) -> str | None:
    """Create a missing parent directory; refuse clearly what SQLite would fail on later.
    Returns why the store must be opened read-only, or None when it can be written."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create database directory ({exc.strerror})") from exc
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"{path}: cannot create the database: its directory is read-only")
        return None
    if not os.access(path, os.W_OK):
        return "the database file is read-only"
    if not os.access(path.parent, os.W_OK):
        companions = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
        if not all(c.exists() and os.access(c, os.W_OK) for c in companions):
            return "the database's directory is read-only"
    return None


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """A short, plain reason for an SQLite error."""
    text = str(exc)
    if "file is not a database" in text:
        return "the file is not an SQLite database"
    if "readonly" in text or "read-only" in text:
        return "the file or its directory is read-only"
    if "locked" in text:
        return "another program held the database locked for too long"
    if "malformed" in text:
        return "the database file is damaged or truncated; restore it from a backup"
    if "is full" in text:
        return "the disk is full; free some space and try again (nothing was half-written)"
    if "disk I/O error" in text:
        return "the disk failed while reading or writing the database"
    return text
