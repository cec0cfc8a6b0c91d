"""Undo and redo for briefs: every edit keeps the brief as it was before it.

A brief is small (tens of items), so each entry holds the whole brief (its title and every
column of every item, removed ones included) rather than an inverse per kind of edit: one
restore serves every edit there is or will be, and it cannot drift from the edits' code.
Undoing swaps the entry's state with the brief's current one, so the same entry redoes it.
The history lives in the store, so an edit made by the CLI, or before a restart, can be
undone in the app. Callers run these inside their own transaction.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from store.clock import now_iso

KEEP = 200  # entries kept per brief; the oldest go first


@dataclass(frozen=True, slots=True)
class Step:
    """An edit undone or redone: what it was ("remove quote") and the item it touched."""

    label: str
    item_id: int | None


def record(conn: sqlite3.Connection, brief_id: int, label: str, item_id: int | None = None) -> int:
    """Keep the brief as it is now, before an edit: a new edit also ends what could be
    redone. Returns the entry's id (an edit that adds an item names it afterwards)."""
    conn.execute("DELETE FROM brief_history WHERE brief_id = ? AND undone = 1", (brief_id,))
    cur = conn.execute(
        "INSERT INTO brief_history (brief_id, label, item_id, state, created_at) VALUES (?, ?, ?, ?, ?)",
        (brief_id, label, item_id, _state(conn, brief_id), now_iso()))
    conn.execute(
        "DELETE FROM brief_history WHERE brief_id = ? AND id NOT IN"
        " (SELECT id FROM brief_history WHERE brief_id = ? ORDER BY id DESC LIMIT ?)", (brief_id, brief_id, KEEP))
    return int(cur.lastrowid or 0)


def name_item(conn: sqlite3.Connection, entry_id: int, item_id: int) -> None:
    conn.execute("UPDATE brief_history SET item_id = ? WHERE id = ?", (item_id, entry_id))


def step(conn: sqlite3.Connection, brief_id: int, *, redo: bool) -> Step | None:
    """Undo the latest edit not undone, or redo the edit undone last; None when there is
    nothing to do."""
    row = conn.execute(
        "SELECT id, label, item_id, state FROM brief_history WHERE brief_id = ? AND undone = ?"
        f" ORDER BY id {'ASC' if redo else 'DESC'} LIMIT 1", (brief_id, 1 if redo else 0)).fetchone()
    if row is None:
        return None
    now = _state(conn, brief_id)
    _restore(conn, brief_id, json.loads(row["state"]))
    conn.execute("UPDATE brief_history SET state = ?, undone = ? WHERE id = ?", (now, 0 if redo else 1, row["id"]))
    return Step(row["label"], row["item_id"])


def _state(conn: sqlite3.Connection, brief_id: int) -> str:
    title = conn.execute("SELECT title FROM briefs WHERE id = ?", (brief_id,)).fetchone()[0]
    items = [dict(r) for r in conn.execute("SELECT * FROM brief_items WHERE brief_id = ? ORDER BY id", (brief_id,))]
    return json.dumps({"title": title, "items": items}, ensure_ascii=False)


def _restore(conn: sqlite3.Connection, brief_id: int, state: dict) -> None:
    """Make the brief what `state` says. An item added since is set aside as removed (its
    row stays, so redo can bring it back); a source deleted since leaves its items' link
    empty, as deleting it did."""
    conn.execute("UPDATE briefs SET title = ? WHERE id = ?", (state["title"], brief_id))
    kept = {item["id"] for item in state["items"]}
    for (item_id,) in conn.execute("SELECT id FROM brief_items WHERE brief_id = ?", (brief_id,)).fetchall():
        if item_id not in kept:
            conn.execute("UPDATE brief_items SET removed_at = coalesce(removed_at, ?) WHERE id = ?",
                         (now_iso(), item_id))
    for item in state["items"]:
        values = dict(item, brief_id=brief_id)
        if values.get("source_id") is not None and conn.execute(
                "SELECT 1 FROM sources WHERE id = ?", (values["source_id"],)).fetchone() is None:
            values["source_id"] = None
        names = list(values)
        columns = ", ".join(f'"{n}"' for n in names)
        updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
        conn.execute(f"INSERT INTO brief_items ({columns}) VALUES ({', '.join('?' * len(names))})"
                     f" ON CONFLICT(id) DO UPDATE SET {updates}", tuple(values.values()))
