"""Writing one article and its extraction into the store (inside the caller's transaction).

Actors are merged across articles: an actor of a new article joins a stored actor of the
same type whose name or alias matches one of its names; otherwise it becomes a new actor.
Mentions, quotes and figures stay per article.
"""

from __future__ import annotations

import json
import sqlite3

from store.article import RawArticle
from store.clock import now_iso
from store.corrections import apply_to_source
from store.corroboration import Derived, corroborate, derive
from store.db import inserted_id
from store.extract.lexicon import TITLES
from store.extract.model import Extraction
from store.paragraphs import Paragraph
from store.vocab import add_terms, remove_terms


def insert_source(conn: sqlite3.Connection, article: RawArticle, content_hash: str,
                  paragraphs: list[Paragraph], *, count_terms: bool = True) -> int:
    """The source row and its paragraphs. `count_terms=False`: the caller adds the words
    to the search vocabulary itself (a batch adds its articles' counts in one statement)."""
    cur = conn.execute(
        "INSERT INTO sources (path, title, outlet, author, published, published_given, url, content_hash,"
        " text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article.path, article.title, article.outlet, article.author, article.published,
         article.published_given, article.url, content_hash, article.text, now_iso()),
    )
    source_id = inserted_id(cur)
    insert_paragraphs(conn, source_id, article.text, paragraphs, count_terms=count_terms)
    return source_id


def insert_paragraphs(conn: sqlite3.Connection, source_id: int, text: str,
                      paragraphs: list[Paragraph], *, count_terms: bool = True) -> None:
    """Paragraph rows (and, through triggers, the full-text index) for one source, and
    their words counted into the search vocabulary."""
    rows = [(source_id, p.idx, p.start, p.end, int(p.boilerplate), text[p.start:p.end]) for p in paragraphs]
    conn.executemany(
        'INSERT INTO paragraphs (source_id, idx, start, "end", boilerplate, text) VALUES (?, ?, ?, ?, ?, ?)', rows)
    if count_terms:
        add_terms(conn, (row[5] for row in rows))


def delete_paragraphs(conn: sqlite3.Connection, source_id: int) -> None:
    """Remove a source's paragraphs, and their words from the search vocabulary."""
    remove_terms(conn, (r[0] for r in conn.execute("SELECT text FROM paragraphs WHERE source_id = ?", (source_id,))))
    conn.execute("DELETE FROM paragraphs WHERE source_id = ?", (source_id,))


def clear_extraction(conn: sqlite3.Connection, source_id: int) -> None:
    """Forget what extraction found in one source (before re-extracting it)."""
    for table in ("mentions", "quotes", "figures"):
        conn.execute(f"DELETE FROM {table} WHERE source_id = ?", (source_id,))


def delete_orphan_actors(conn: sqlite3.Connection) -> None:
    conn.execute(
        "DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM mentions)"
        " AND id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)"
    )


def store_extraction(conn: sqlite3.Connection, source_id: int, extraction: Extraction, text: str,
                     derived: Derived | None = None) -> None:
    """An article's actors, mentions, quotes and figures (`text` is the article's), then how
    they agree with other articles; `derived` is `corroboration.derive`'s if already made."""
    derived = derived or derive(text, extraction)
    ids: dict[str, int] = {}
    for actor in extraction.actors:
        actor_id = _merge_actor(conn, actor.name, actor.type, actor.aliases, actor.roles)
        ids[actor.name] = actor_id
        conn.executemany(
            'INSERT INTO mentions (actor_id, source_id, start, "end") VALUES (?, ?, ?, ?)',
            [(actor_id, source_id, m.start, m.end) for m in actor.mentions],
        )
    conn.executemany(
        'INSERT INTO quotes (source_id, paragraph_idx, speaker_id, text, kind, cue, start, "end", key1, key2)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(source_id, q.paragraph, ids.get(q.speaker) if q.speaker else None, q.text, q.kind,
          q.cue, q.start, q.end, *(keys or (None, None)))
         for q, keys in zip(extraction.quotes, derived.quote_keys, strict=True)],
    )
    conn.executemany(
        'INSERT INTO figures (source_id, paragraph_idx, text, value, value_to, unit, qualifier,'
        ' direction, vague, start, "end", context, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [(source_id, f.paragraph, f.text, f.value, f.value_to, f.unit, f.qualifier, f.direction,
          int(f.vague), f.start, f.end, context, int(change))
         for f, (context, change) in zip(extraction.figures, derived.figure_notes, strict=True)],
    )
    apply_to_source(conn, source_id)  # the analysts' corrections outlive re-extraction
    corroborate(conn, source_id)


def _merge_actor(conn: sqlite3.Connection, name: str, type_: str, aliases: list[str],
                 roles: list[str]) -> int:
    names = list(dict.fromkeys([name, *aliases]))
    row = conn.execute("SELECT id, roles FROM actors WHERE name = ? AND type = ?", (name, type_)).fetchone()
    distinctive = [n for n in names if _distinctive(n)]
    if row is None and distinctive:
        marks = ",".join("?" * len(distinctive))
        row = conn.execute(
            f"SELECT a.id, a.roles FROM actors a JOIN actor_aliases x ON x.actor_id = a.id"
            f" WHERE a.type = ? AND x.alias IN ({marks}) ORDER BY a.id LIMIT 1",
            (type_, *distinctive),
        ).fetchone()
    if row is None:
        cur = conn.execute("INSERT INTO actors (name, type, roles) VALUES (?, ?, ?)",
                           (name, type_, json.dumps(roles)))
        actor_id = inserted_id(cur)
    else:
        actor_id = int(row["id"])
        merged = list(dict.fromkeys([*json.loads(row["roles"]), *roles]))
        conn.execute("UPDATE actors SET roles = ? WHERE id = ?", (json.dumps(merged), actor_id))
    conn.executemany("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)",
                     [(actor_id, n) for n in names])
    return actor_id


def _distinctive(name: str) -> bool:
    """Multi-word names merge actors across articles; a surname alone, or with a title
    ("Mr Brown", "Mrs Howard"), does not: it names different people in different articles."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in TITLES]
    return len(words) >= 2
