"""A damaged store is found on open and only read; a full disk is named as such."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import store.db
from briefs.store import BriefStore
from store.db import connect, integrity_problems
from store.errors import StoreReadOnly
from store.ingest.pipeline import ingest_paths
from tests.conftest import SAMPLE_ARTICLES
from tests.reliability.conftest import run_cli


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A store with pages in the middle overwritten (a bad sector, a stray write)."""
    path = tmp_path / "store.db"
    conn = connect(path)
    assert ingest_paths(conn, SAMPLE_ARTICLES).ok
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mentions'").fetchone()[0]
    conn.close()
    store.db._checked.clear()  # a new process would check afresh
    data = bytearray(path.read_bytes())
    page = root - 1  # pages are numbered from 1
    data[page * page_size: (page + 1) * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    return path


def test_damage_is_found_on_open_and_writes_are_refused(damaged: Path) -> None:
    conn = connect(damaged)
    assert conn.read_only_reason is not None and "damaged" in conn.read_only_reason
    with pytest.raises(StoreReadOnly, match="damaged"):
        BriefStore(conn).create("Not now")


def test_the_cli_warns_reads_and_refuses_writes_on_a_damaged_store(damaged: Path) -> None:
    listed = run_cli(damaged, "briefs")
    assert "damaged" in listed.output and "writes are refused" in listed.output
    refused = run_cli(damaged, "briefs", "new", "Monday")
    assert refused.exit_code == 2 and "cannot write" in refused.output and "damaged" in refused.output
    assert "Traceback" not in refused.output
    checked = run_cli(damaged, "check")
    assert checked.exit_code == 1 and "restore it from a backup" in checked.output


def test_check_says_ok_for_a_sound_store(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    connect(db).close()
    result = run_cli(db, "check")
    assert result.exit_code == 0 and "ok" in result.output
    assert integrity_problems(connect(db)) == []


def test_a_full_disk_is_named_and_nothing_committed_is_lost(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "store.db"
    conn = connect(db)
    brief = BriefStore(conn).create("Kept")
    conn.close()
    real_open = store.db._open

    def small_disk(path, read_only):
        conn = real_open(path, read_only)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 4}")  # the disk fills a few pages on
        return conn

    monkeypatch.setattr(store.db, "_open", small_disk)
    result = run_cli(db, "ingest", *map(str, SAMPLE_ARTICLES))
    assert result.exit_code == 2
    assert "the disk is full" in result.output and "Traceback" not in result.output
    monkeypatch.setattr(store.db, "_open", real_open)
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT title FROM briefs WHERE id = ?", (brief.id,)).fetchone()[0] == "Kept"


def test_a_read_only_store_is_read_and_writes_say_why(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "store.db"
    conn = connect(db)
    assert ingest_paths(conn, SAMPLE_ARTICLES).ok
    conn.close()
    real_access = store.db.os.access

    def read_only_fs(path, mode, *args, **kwargs):  # what a read-only mount answers
        if mode == store.db.os.W_OK and Path(path).resolve().is_relative_to(tmp_path.resolve()):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(store.db.os, "access", read_only_fs)
    listed = run_cli(db, "sources")
    assert listed.exit_code == 0 and "Starmer" in listed.output
    refused = run_cli(db, "briefs", "new", "Monday")
    assert refused.exit_code == 2 and "cannot write" in refused.output and "read-only" in refused.output
    assert "Traceback" not in refused.output
