"""Read-side queries shared by the command line and the app (plain rows, no formatting)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import sqlite_utils

_TABLES = ("sources", "paragraphs", "actors", "mentions", "quotes", "figures", "briefs")


def sources(conn: sqlite3.Connection, limit: int | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT s.id, s.title, s.outlet, s.published, s.path, s.url, s.ingested_at,"
        " (SELECT count(*) FROM quotes q WHERE q.source_id = s.id) AS quotes,"
        " (SELECT count(*) FROM figures f WHERE f.source_id = s.id) AS figures,"
        " length(s.text) AS chars"
        " FROM sources s ORDER BY s.id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in conn.execute(sql)]


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


def actors(conn: sqlite3.Connection, type_: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT a.id, a.name, a.type, a.roles,"
        " (SELECT count(DISTINCT m.source_id) FROM mentions m WHERE m.actor_id = a.id) AS articles,"
        " (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,"
        " (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.id) AS quotes,"
        " (SELECT group_concat(alias, '|') FROM actor_aliases x WHERE x.actor_id = a.id AND x.alias != a.name) AS aliases"
        " FROM actors a"
    )
    args: list[Any] = []
    if type_:
        sql += " WHERE a.type = ?"
        args.append(type_)
    sql += " ORDER BY articles DESC, mentions DESC, a.name"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    out = []
    for r in conn.execute(sql, args):
        row = dict(r)
        row["roles"] = json.loads(row["roles"])
        row["aliases"] = row["aliases"].split("|") if row["aliases"] else []
        out.append(row)
    return out


def quotes(conn: sqlite3.Connection, *, speaker: str | None = None, source: int | None = None,
           kind: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT q.id, q.text, q.kind, q.cue, q.start, q.\"end\", q.paragraph_idx, q.source_id,"
        " a.name AS speaker, s.title AS source_title"
        " FROM quotes q JOIN sources s ON s.id = q.source_id LEFT JOIN actors a ON a.id = q.speaker_id"
    )
    where: list[str] = []
    args: list[object] = []
    if speaker:
        where.append(
            "(a.name LIKE ? OR q.speaker_id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ?))"
        )
        args += [f"%{speaker}%", f"%{speaker}%"]
    if source is not None:
        where.append("q.source_id = ?")
        args.append(source)
    if kind:
        where.append("q.kind = ?")
        args.append(kind)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY q.source_id, q.start"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in conn.execute(sql, args)]


def figures(conn: sqlite3.Connection, *, source: int | None = None, unit: str | None = None,
            limit: int | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT f.id, f.text, f.value, f.value_to, f.unit, f.qualifier, f.direction, f.vague,"
        " f.start, f.\"end\", f.paragraph_idx, f.source_id, s.title AS source_title"
        " FROM figures f JOIN sources s ON s.id = f.source_id"
    )
    where: list[str] = []
    args: list[object] = []
    if source is not None:
        where.append("f.source_id = ?")
        args.append(source)
    if unit:
        where.append("lower(f.unit) = lower(?)")
        args.append(unit)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY f.source_id, f.start"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in conn.execute(sql, args)]
