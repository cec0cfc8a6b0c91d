"""Small look-ups shared by the command line and the app: ids typed by a user, a source
named by id, path or title, and the store's table sizes. Rows are read through
`store/read.py`."""

from __future__ import annotations

import sqlite3

import sqlite_utils

_TABLES = ("sources", "paragraphs", "actors", "mentions", "quotes", "figures", "briefs")


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables (via sqlite-utils' table introspection)."""
    db = sqlite_utils.Database(conn)
    return {name: db.table(name).count for name in _TABLES}


MAX_ID = 2**63 - 1  # SQLite's largest integer


def parse_id(text: str) -> int | None:
    """A row id written in ASCII digits and within SQLite's range, else None ("²", "٣",
    "99999999999999999999" are not ids, and must not reach int() or SQLite as one)."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return None
    value = int(text)
    return value if value <= MAX_ID else None


def find_source(conn: sqlite3.Connection, ref: str) -> int | None:
    """A source id from an id, a path, or a unique fragment of a title or path."""
    number = parse_id(ref)
    if number is not None:
        row = conn.execute("SELECT id FROM sources WHERE id = ?", (number,)).fetchone()
        if row:
            return int(row["id"])
    rows = conn.execute(
        "SELECT id FROM sources WHERE path = ? OR path LIKE ? OR title LIKE ? LIMIT 2",
        (ref, f"%{ref}%", f"%{ref}%"),
    ).fetchall()
    return int(rows[0]["id"]) if len(rows) == 1 else None
