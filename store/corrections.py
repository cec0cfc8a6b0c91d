"""Analysts correcting the machine: a quote's speaker, two actors that are one, a junk actor.

Corrections are stored apart from extraction and name what they correct by what outlives
re-extraction: an article by the hash of its text and a quote by its offsets in it, an
actor by its name and type. The writer applies them after storing each article's
extraction (`apply_to_source`), so `reindex`, `ingest --force` and a better extractor keep
them; a correction made now is applied to the store at once. Hidden actors stay in the
store (their mentions still mark the text) and are left out of the lists (`store.read`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from store.clock import now_iso
from store.db import inserted_id, transaction
from store.errors import StoreError
from store.kinds import CorrectionKind


class CorrectionError(StoreError):
    """A correction that cannot be made (no such quote or actor, or a pointless one)."""


@dataclass(frozen=True, slots=True)
class Correction:
    id: int
    kind: CorrectionKind
    name: str  # speaker: the speaker's name ("" for none); merge: the actor folded; hide: the actor
    actor_type: str | None
    into_name: str | None  # merge: the actor kept
    into_type: str | None
    content_hash: str | None  # speaker: the article
    start: int | None  # speaker: the quote's offsets in the article's text
    end: int | None
    created_at: str

    def describe(self) -> str:
        if self.kind == "speaker":
            who = self.name or "no one"
            return f"the quote at {self.start}-{self.end} of article {str(self.content_hash)[:12]} is {who}'s"
        if self.kind == "merge":
            return f"{self.name} ({self.actor_type}) is {self.into_name} ({self.into_type})"
        return f"{self.name} ({self.actor_type}) is hidden"


def correct_speaker(conn: sqlite3.Connection, quote_id: int, speaker: str | None) -> Correction:
    """Say who said a quote (`None`: no one known). The speaker is an actor of that name,
    or a new person of that name."""
    name = " ".join((speaker or "").split())
    with transaction(conn):
        row = conn.execute('SELECT q.start, q."end", s.content_hash FROM quotes q JOIN sources s ON s.id = q.source_id'
                           " WHERE q.id = ?", (quote_id,)).fetchone()
        if row is None:
            raise CorrectionError(f"no quote with id {quote_id}")
        conn.execute("DELETE FROM corrections WHERE kind = 'speaker' AND content_hash = ? AND start = ? AND \"end\" = ?",
                     (row[2], row[0], row[1]))
        correction = _record(conn, "speaker", name, content_hash=row[2], start=row[0], end=row[1])
        _apply_speaker(conn, correction)
    return correction


def merge_actors(conn: sqlite3.Connection, actor_id: int, into_id: int) -> Correction:
    """Say that actor `actor_id` is actor `into_id`: its mentions, quotes and names move there."""
    if actor_id == into_id:
        raise CorrectionError("an actor cannot be merged into itself")
    with transaction(conn):
        folded, kept = _actor(conn, actor_id), _actor(conn, into_id)
        correction = _record(conn, "merge", folded[0], actor_type=folded[1], into_name=kept[0], into_type=kept[1])
        _apply_merge(conn, correction)
    return correction


def hide_actor(conn: sqlite3.Connection, actor_id: int) -> Correction:
    """Leave a junk actor out of every list (its mentions stay in the text)."""
    with transaction(conn):
        name, type_ = _actor(conn, actor_id)
        return _record(conn, "hide", name, actor_type=type_)


def corrections(conn: sqlite3.Connection) -> list[Correction]:
    return _select(conn, "1", ())


def remove(conn: sqlite3.Connection, correction_id: int) -> Correction:
    """Forget a correction: extraction decides again from the next reindex on (what it
    already changed stays until then)."""
    with transaction(conn):
        found = _select(conn, "id = ?", (correction_id,))
        if not found:
            raise CorrectionError(f"no correction with id {correction_id}")
        conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
    return found[0]


def apply_to_source(conn: sqlite3.Connection, source_id: int) -> None:
    """After an article's extraction is stored (inside the writer's transaction): its
    speaker corrections, and every merge (a new article may name a merged actor again)."""
    found = conn.execute("SELECT content_hash FROM sources WHERE id = ?", (source_id,)).fetchone()
    if found is None:
        return
    for correction in _select(conn, "kind = 'speaker' AND content_hash = ?", (found[0],)):
        _apply_speaker(conn, correction)
    for correction in _select(conn, "kind = 'merge'", ()):
        _apply_merge(conn, correction)


# ----- internals ---------------------------------------------------------------------------

def _record(conn: sqlite3.Connection, kind: CorrectionKind, name: str, **values: object) -> Correction:
    columns = {"kind": kind, "name": name, **values, "created_at": now_iso()}
    names = ", ".join(f'"{c}"' for c in columns)
    cur = conn.execute(f"INSERT INTO corrections ({names}) VALUES ({', '.join('?' * len(columns))})",
                       list(columns.values()))
    return next(c for c in corrections(conn) if c.id == inserted_id(cur))


def _select(conn: sqlite3.Connection, where: str, args: tuple[object, ...]) -> list[Correction]:
    """The corrections matching `where`, oldest first."""
    return [Correction(*tuple(r)) for r in conn.execute(
        'SELECT id, kind, name, actor_type, into_name, into_type, content_hash, start, "end", created_at'
        f" FROM corrections WHERE {where} ORDER BY id", args)]


def _actor(conn: sqlite3.Connection, actor_id: int) -> tuple[str, str]:
    row = conn.execute("SELECT name, type FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is None:
        raise CorrectionError(f"no actor with id {actor_id}")
    return str(row[0]), str(row[1])


def _apply_speaker(conn: sqlite3.Connection, correction: Correction) -> None:
    speaker_id = _speaker_id(conn, correction.name) if correction.name else None
    conn.execute('UPDATE quotes SET speaker_id = ? WHERE start = ? AND "end" = ?'
                 " AND source_id IN (SELECT id FROM sources WHERE content_hash = ?)",
                 (speaker_id, correction.start, correction.end, correction.content_hash))


def _speaker_id(conn: sqlite3.Connection, name: str) -> int:
    """The actor of that name (a person first), or a new person of that name."""
    row = conn.execute("SELECT id FROM actors WHERE name = ? ORDER BY type != 'person', id LIMIT 1", (name,)).fetchone()
    if row is not None:
        return int(row[0])
    actor_id = inserted_id(conn.execute("INSERT INTO actors (name, type, roles) VALUES (?, 'person', '[]')", (name,)))
    conn.execute("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)", (actor_id, name))
    return actor_id


def _apply_merge(conn: sqlite3.Connection, correction: Correction) -> None:
    folded = conn.execute("SELECT id, roles FROM actors WHERE name = ? AND type = ?",
                          (correction.name, correction.actor_type)).fetchone()
    if folded is None:
        return
    kept = conn.execute("SELECT id, roles FROM actors WHERE name = ? AND type = ?",
                        (correction.into_name, correction.into_type)).fetchone()
    if kept is None:  # only the folded actor is in the store now: it takes the kept one's name
        conn.execute("UPDATE actors SET name = ?, type = ? WHERE id = ?",
                     (correction.into_name, correction.into_type, folded[0]))
        conn.execute("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)",
                     (folded[0], correction.into_name))
        return
    old, new = int(folded[0]), int(kept[0])
    conn.execute("UPDATE mentions SET actor_id = ? WHERE actor_id = ?", (new, old))
    conn.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (new, old))
    conn.execute("INSERT OR IGNORE INTO actor_aliases (actor_id, alias)"
                 " SELECT ?, alias FROM actor_aliases WHERE actor_id = ?", (new, old))
    conn.execute("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)", (new, correction.name))
    roles = list(dict.fromkeys([*json.loads(kept[1]), *json.loads(folded[1])]))
    conn.execute("UPDATE actors SET roles = ? WHERE id = ?", (json.dumps(roles), new))
    conn.execute("DELETE FROM actors WHERE id = ?", (old,))
