"""The store's schema: creation, in-place migration, and refusing what it cannot use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.db import connect, migrate_to, transaction
from store.errors import StoreError
from store.schema import SCHEMA_VERSION


def test_new_database_has_current_schema_wal_and_foreign_keys(db_path: Path) -> None:
    conn = connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    assert {"sources", "paragraphs", "actors", "actor_aliases", "mentions", "quotes", "figures",
            "briefs", "brief_items", "sources_fts", "vocab"} <= tables
    assert "paragraphs_fts" not in tables  # dropped in version 9: search reads sources_fts


def test_version_1_database_is_upgraded_in_place_keeping_its_data(db_path: Path) -> None:
    old = connect(db_path, migrate=False)
    migrate_to(old, 1)
    with transaction(old):
        old.execute(
            "INSERT INTO sources (path, title, content_hash, text, ingested_at) VALUES (?, ?, ?, ?, ?)",
            ("a.txt", "A", "h1", "Rates rose sharply.\nMore text.", "2024-01-01"),
        )
        old.execute('INSERT INTO paragraphs (source_id, idx, start, "end", text) VALUES (1, 0, 0, 19, ?)',
                    ("Rates rose sharply.",))
        old.execute("INSERT INTO figures (source_id, paragraph_idx, text, value, start, \"end\") VALUES (1, 0, 'x', 1, 0, 1)")
    old.close()

    conn = connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT title FROM sources").fetchone()[0] == "A"
    # The paragraph index of versions 2 to 8 is gone with its triggers; paragraphs stay.
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'paragraphs_%'").fetchone()[0] == 0
    assert conn.execute("SELECT text FROM paragraphs").fetchone()[0] == "Rates rose sharply."
    assert conn.execute("SELECT vague FROM figures").fetchone()[0] == 0
    # So does the article index of version 8, and it follows later changes.
    assert [tuple(r) for r in conn.execute("SELECT rowid FROM sources_fts WHERE sources_fts MATCH 'sharply'")] == [(1,)]
    with transaction(conn):
        conn.execute("UPDATE sources SET text = 'Prices fell.' WHERE id = 1")
    assert conn.execute("SELECT rowid FROM sources_fts WHERE sources_fts MATCH 'sharply'").fetchall() == []
    assert [tuple(r) for r in conn.execute("SELECT rowid FROM sources_fts WHERE sources_fts MATCH 'prices'")] == [(1,)]
    with transaction(conn):
        conn.execute("DELETE FROM sources WHERE id = 1")
    assert conn.execute("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'prices'").fetchone()[0] == 0


def test_database_from_newer_brief_is_refused_untouched(db_path: Path) -> None:
    conn = connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this brief"):
        connect(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5


def test_file_that_is_not_sqlite_gives_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="not an SQLite database"):
        connect(path)
    assert path.read_text().startswith("these are my notes")


def test_truncated_database_is_reported(db_path: Path, conn: sqlite3.Connection) -> None:
    with transaction(conn):
        conn.executemany(
            "INSERT INTO sources (path, title, content_hash, text, ingested_at) VALUES (?, 't', ?, ?, 'now')",
            [(f"p{i}", f"h{i}", "text " * 2000) for i in range(20)],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError, match="truncated"):
        connect(db_path)


def test_missing_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "brief.db"
    connect(path).close()
    assert path.exists()


def test_directory_given_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        connect(tmp_path)


def test_failed_transaction_leaves_nothing_behind(conn: sqlite3.Connection) -> None:
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute(
            "INSERT INTO sources (path, title, content_hash, text, ingested_at) VALUES ('p', 't', 'h', 'x', 'now')"
        )
        raise RuntimeError("crash mid-document")
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0


def test_version_13_normalises_stored_dates_and_keeps_an_unreadable_one_as_given(db_path: Path) -> None:
    old = connect(db_path, migrate=False)
    migrate_to(old, 12)
    with transaction(old):
        for n, published in enumerate(["Tue, 03 Sep 2024 09:15:00 GMT", "2024-09-01", "soon", None]):
            old.execute("INSERT INTO sources (path, title, published, content_hash, text, ingested_at)"
                        " VALUES (?, 'T', ?, ?, 'x', '2024')", (f"{n}.txt", published, f"h{n}"))
        old.execute("INSERT INTO briefs (id, title, created_at, updated_at) VALUES (1, 'B', '2024', '2024')")
        old.execute("INSERT INTO brief_items (brief_id, position, kind, source_id, start, \"end\", text,"
                    " source_published) VALUES (1, 0, 'passage', 1, 0, 1, 'x', 'Tue, 03 Sep 2024 09:15:00 GMT')")
    old.close()
    conn = connect(db_path)
    rows = [tuple(r) for r in conn.execute("SELECT published, published_given FROM sources ORDER BY published, id")]
    assert rows == [(None, "soon"), (None, None), ("2024-09-01", None), ("2024-09-03T09:15:00Z", None)]
    assert conn.execute("SELECT source_published FROM brief_items").fetchone()[0] == "2024-09-03T09:15:00Z"
