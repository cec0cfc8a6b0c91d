"""The SQLite schema as an ordered list of migrations.

`PRAGMA user_version` holds the number of migrations applied. Opening a database applies
the missing ones in one transaction each, so an older database is upgraded in place and a
crash mid-migration leaves the previous version intact. A database whose version is newer
than this code knows is refused rather than touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# Version 1: the article store and extraction results.
_V1 = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT,
    author TEXT,
    published TEXT,
    url TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    boilerplate INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    UNIQUE (source_id, idx)
);
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    roles TEXT NOT NULL DEFAULT '[]',
    UNIQUE (name, type)
);
CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_aliases_alias ON actor_aliases(alias);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_source ON mentions(source_id);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    paragraph_idx INTEGER NOT NULL,
    speaker_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    cue TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX quotes_source ON quotes(source_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    paragraph_idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    value_to REAL,
    unit TEXT,
    qualifier TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX figures_source ON figures(source_id);
CREATE TABLE briefs (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE brief_items (
    id INTEGER PRIMARY KEY,
    brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('heading', 'quote', 'figure', 'passage', 'note')),
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    ref_id INTEGER,
    start INTEGER,
    "end" INTEGER,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX brief_items_brief ON brief_items(brief_id, position);
"""

# Version 2: full-text index over paragraph text, kept in step by triggers so that every
# ingest updates it incrementally; figures learn direction and vagueness.
_V2 = """
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text, content='paragraphs', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO paragraphs_fts(rowid, text) SELECT id, text FROM paragraphs;
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER paragraphs_au AFTER UPDATE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;
ALTER TABLE figures ADD COLUMN direction TEXT;
ALTER TABLE figures ADD COLUMN vague INTEGER NOT NULL DEFAULT 0;
"""


# Version 3: the search vocabulary, a live view of the terms of the full-text index.
_V3 = """
CREATE VIRTUAL TABLE paragraphs_vocab USING fts5vocab(paragraphs_fts, 'row');
"""


# Version 4: removed brief items are kept (soft delete) so the last removal can be undone,
# even after a crash; the current brief is the one used last.
_V4 = """
ALTER TABLE brief_items ADD COLUMN removed_at TEXT;
ALTER TABLE briefs ADD COLUMN used_at TEXT;
"""


def _v5(conn: sqlite3.Connection) -> None:
    """Version 5: the search vocabulary as a table of its own (term, paragraphs holding it),
    kept by ingest in the same transaction as the paragraphs; the fts5vocab view it
    replaces had to scan the whole index on every start."""
    from store.vocab import add_terms

    conn.execute("DROP TABLE IF EXISTS paragraphs_vocab")
    conn.execute("CREATE TABLE vocab (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID")
    add_terms(conn, (row[0] for row in conn.execute("SELECT text FROM paragraphs")))


# Version 6: covering indexes for the app's lists (a sources row holds the whole article, so
# reading titles without an index touches every page of the store).
_V6 = """
CREATE INDEX sources_title ON sources(title, id);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE, id);
"""


# Version 7: a brief item keeps its own record of what the analyst saw (speaker, source
# details, source hash, figure context), so re-extraction and renames never change an
# exported citation. Existing items are filled from what the store shows at upgrade.
_V7 = """
ALTER TABLE brief_items ADD COLUMN speaker TEXT;
ALTER TABLE brief_items ADD COLUMN speaker_role TEXT;
ALTER TABLE brief_items ADD COLUMN source_hash TEXT;
ALTER TABLE brief_items ADD COLUMN source_title TEXT;
ALTER TABLE brief_items ADD COLUMN source_outlet TEXT;
ALTER TABLE brief_items ADD COLUMN source_published TEXT;
ALTER TABLE brief_items ADD COLUMN source_url TEXT;
ALTER TABLE brief_items ADD COLUMN source_path TEXT;
ALTER TABLE brief_items ADD COLUMN paragraph INTEGER;
ALTER TABLE brief_items ADD COLUMN context TEXT;
ALTER TABLE brief_items ADD COLUMN context_start INTEGER;
ALTER TABLE brief_items ADD COLUMN context_end INTEGER;
UPDATE brief_items SET speaker = a.name, speaker_role = json_extract(a.roles, '$[0]')
FROM quotes q JOIN actors a ON a.id = q.speaker_id
WHERE brief_items.kind = 'quote' AND q.id = brief_items.ref_id;
UPDATE brief_items SET source_hash = s.content_hash, source_title = s.title, source_outlet = s.outlet,
    source_published = s.published, source_url = s.url, source_path = s.path,
    paragraph = (SELECT p.idx FROM paragraphs p WHERE p.source_id = s.id
                 AND p.start <= brief_items.start AND brief_items.start <= p."end" ORDER BY p.idx DESC LIMIT 1)
FROM sources s
WHERE brief_items.kind IN ('quote', 'figure', 'passage') AND s.id = brief_items.source_id;
UPDATE brief_items SET context = p.text, context_start = p.start, context_end = p."end"
FROM paragraphs p
WHERE brief_items.kind = 'figure' AND p.source_id = brief_items.source_id
    AND p.start <= brief_items.start AND brief_items."end" <= p."end";
"""


# Version 8: a full-text index over whole articles (title and text), so search can weigh
# the evidence of a whole article and find words spread over its paragraphs.
_V8 = """
CREATE VIRTUAL TABLE sources_fts USING fts5(
    title, text, content='sources', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO sources_fts(rowid, title, text) SELECT id, title, text FROM sources;
CREATE TRIGGER sources_ai AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER sources_ad AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER sources_au AFTER UPDATE OF title, text ON sources BEGIN
    INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""


# Version 9: the paragraph index goes. Search reads the article index of version 8 and the
# vocabulary table; keeping a second index of the same text cost a third of the writer's
# time (its trigger ran once per paragraph: 4.4 s of a 20 MB article's 5.6 s of writing).
_V9 = """
DROP TRIGGER IF EXISTS paragraphs_ai;
DROP TRIGGER IF EXISTS paragraphs_ad;
DROP TRIGGER IF EXISTS paragraphs_au;
DROP TABLE IF EXISTS paragraphs_vocab;
DROP TABLE IF EXISTS paragraphs_fts;
"""


# Version 10: the analysts' corrections of extraction, kept apart from it (by names and by
# an article's text hash and offsets, never by row ids) so that re-extraction keeps them.
_V10 = """
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('speaker', 'merge', 'hide')),
    name TEXT NOT NULL,
    actor_type TEXT,
    into_name TEXT,
    into_type TEXT,
    content_hash TEXT,
    start INTEGER,
    "end" INTEGER,
    created_at TEXT NOT NULL
);
CREATE INDEX corrections_source ON corrections(content_hash);
"""

# Version 11: every edit of a brief can be undone and redone, after a restart too: each
# change keeps the brief as it was before it (title and all its items' columns, as JSON).
_V11 = """
CREATE TABLE brief_history (
    id INTEGER PRIMARY KEY,
    brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    item_id INTEGER,
    state TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE INDEX brief_history_brief ON brief_history(brief_id, undone, id);
"""

# Version 12: indexes for the app's lists at 42,540 articles. An actor's counts (articles,
# mentions) come from the index alone: the Actors list counts them for every row it shows,
# and with the source id beside the actor id no mention row is read (4-7 times faster).
# Quotes in their articles' order walk an index instead of sorting them all, so `G` (the
# last of 327,700 quotes) takes 115 ms instead of 284.
_V12 = """
CREATE INDEX mentions_actor_source ON mentions(actor_id, source_id);
DROP INDEX mentions_actor;
CREATE INDEX quotes_source_start ON quotes(source_id, start);
DROP INDEX quotes_source;
"""


def _v13(conn: sqlite3.Connection) -> None:
    """Version 13: publication dates in ISO 8601 (`store/dates.py`), so they sort and
    compare as dates; a date that cannot be read for certain moves to `published_given`
    and the article has none (a citation shows it as given). Briefs' records of their
    sources' dates are normalised the same way, so no citation reads as changed. Sources are
    indexed by date, mentions by (source, actor) for the actors named together."""
    from store.dates import DateNotUnderstood, normalise_date

    conn.execute("ALTER TABLE sources ADD COLUMN published_given TEXT")

    def normal(value: str) -> tuple[str | None, str | None]:
        try:
            return normalise_date(value), None
        except DateNotUnderstood:
            return None, value

    rows = conn.execute("SELECT id, published FROM sources WHERE published IS NOT NULL").fetchall()
    conn.executemany("UPDATE sources SET published = ?, published_given = ? WHERE id = ?",
                     [(*normal(str(r[1])), r[0]) for r in rows])
    items = conn.execute("SELECT id, source_published FROM brief_items WHERE source_published IS NOT NULL").fetchall()
    conn.executemany("UPDATE brief_items SET source_published = ? WHERE id = ?",
                     [(normal(str(r[1]))[0] or r[1], r[0]) for r in items])
    conn.execute("CREATE INDEX sources_published ON sources(published, id)")
    # Who appears beside an actor reads every actor of their articles: from the index alone.
    conn.execute("CREATE INDEX mentions_source_actor ON mentions(source_id, actor_id)")
    conn.execute("DROP INDEX mentions_source")
    # Corroboration (store/corroboration.py): what a figure's sentence is about, whether a
    # percentage states a change, and the pairs of quotes and figures across articles.
    for statement in _split_statements(_V13_CORROBORATION):
        conn.execute(statement)
    from store.corroboration import corroborate, figure_note, quote_keys

    for source_id, text in conn.execute("SELECT id, text FROM sources ORDER BY id").fetchall():
        figures = conn.execute('SELECT id, start, "end", unit FROM figures WHERE source_id = ?', (source_id,))
        conn.executemany("UPDATE figures SET context = ?, change = ? WHERE id = ?",
                         [(*figure_note(text, start, end, unit), fid) for fid, start, end, unit in figures.fetchall()])
        quotes = conn.execute("SELECT id, text FROM quotes WHERE source_id = ?", (source_id,)).fetchall()
        conn.executemany("UPDATE quotes SET key1 = ?, key2 = ? WHERE id = ?",
                         [(*keys, qid) for qid, quote in quotes if (keys := quote_keys(quote)) is not None])
        corroborate(conn, source_id)


_V13_CORROBORATION = """
ALTER TABLE figures ADD COLUMN context TEXT;
ALTER TABLE figures ADD COLUMN change INTEGER NOT NULL DEFAULT 0;
CREATE INDEX figures_unit ON figures(unit, change);
ALTER TABLE quotes ADD COLUMN group_id INTEGER;
ALTER TABLE quotes ADD COLUMN key1 INTEGER;
ALTER TABLE quotes ADD COLUMN key2 INTEGER;
CREATE INDEX quotes_group ON quotes(group_id) WHERE group_id IS NOT NULL;
CREATE INDEX quotes_key1 ON quotes(key1) WHERE key1 IS NOT NULL;
CREATE INDEX quotes_key2 ON quotes(key2) WHERE key2 IS NOT NULL;
CREATE TABLE figure_conflicts (
    figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('value', 'change')),
    PRIMARY KEY (figure_id, other_id)
) WITHOUT ROWID;
CREATE INDEX figure_conflicts_other ON figure_conflicts(other_id);
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        for statement in _split_statements(sql):
            conn.execute(statement)

    return apply


def _split_statements(sql: str) -> list[str]:
    """Split a DDL script into statements (trigger bodies contain `;` of their own)."""
    statements: list[str] = []
    buf = ""
    for line in sql.strip().splitlines():
        buf += line + "\n"
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(_V1), _script(_V2), _script(_V3), _script(_V4), _v5, _script(_V6), _script(_V7),
    _script(_V8), _script(_V9), _script(_V10), _script(_V11), _script(_V12), _v13,
]
SCHEMA_VERSION = len(MIGRATIONS)
