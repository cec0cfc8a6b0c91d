"""Opening the database: location, pragmas, migrations, transactions, clear errors.

Every connection is plain `sqlite3` in autocommit mode; writes go through `transaction()`,
which takes the write lock up front (`BEGIN IMMEDIATE`) so two writers queue on the busy
timeout instead of failing half way. WAL lets readers (the app) go on while a writer works.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from store.errors import StoreError
from store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000


def connect(path: Path | str, *, migrate: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the store at `path`, upgraded to the current schema.

    The connection may be used from a thread other than the one that opened it (Textual
    workers); callers must still not use one connection from two threads at once.
    """
    path = Path(path).expanduser()
    if str(path) != ":memory:":
        _prepare_location(path)
        _check_header(path)
    try:
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open database ({exc})") from exc
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
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal" and str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = NORMAL")
        if migrate:
            migrate_to(conn, SCHEMA_VERSION)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a usable brief database ({describe_sqlite_error(exc)})") from exc
    except StoreError:
        conn.close()
        raise
    return conn


def migrate_to(conn: sqlite3.Connection, target: int) -> None:
    """Apply migrations up to `target`, one transaction each."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(current, target):
        with transaction(conn):
            MIGRATIONS[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All-or-nothing block of writes: committed on success, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _prepare_location(path: Path) -> None:
    """Create a missing parent directory; refuse clearly what SQLite would fail on later."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create database directory ({exc.strerror})") from exc


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite or is shorter than its own header says.

    SQLite would open a truncated file and fail later, mid-query; reading 100 bytes up
    front turns that into one clear message before anything is written.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise StoreError(f"{path}: not a usable brief database (the file is not an SQLite database)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    wal_has_pages = wal.exists() and wal.stat().st_size > 32
    if header_valid and pages and size < pages * page_size and not wal_has_pages:
        raise StoreError(
            f"{path}: the database file is truncated ({size} bytes, its header says "
            f"{pages * page_size}); restore it from a backup"
        )


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
        return "the database file is damaged or truncated"
    return text
