"""Faults caused on purpose: killed ingests, concurrent writers and readers, killed editors."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.db import connect

ROOT = Path(__file__).resolve().parents[2]
BRIEF = [sys.executable, "-c", "from tui.cli import main; main()"]


def _articles(folder: Path, n: int, tag: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(
            f"Council {tag}{i} approves budget\n"
            f"Councillor Jane Doe{i} said the council would spend £{i + 1}m on {i + 3} new schools.\n"
            f"“This is the right decision for Town{i},” she said.\n" + "More detail follows here. " * 20 + "\n",
            encoding="utf-8",
        )
    return folder


def _ingest(db: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([*BRIEF, "ingest", "--quiet", "--db", str(db), str(folder)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _consistent(db: Path) -> int:
    """Integrity holds and every stored document is whole; returns the number of sources."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    half = conn.execute(
        "SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.source_id = s.id)"
        " OR NOT EXISTS (SELECT 1 FROM quotes q WHERE q.source_id = s.id)").fetchone()[0]
    assert half == 0, "a document without its paragraphs or extraction"
    fts = conn.execute("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'council'").fetchone()[0]
    assert fts == conn.execute("SELECT count(*) FROM sources WHERE text LIKE '%council%'").fetchone()[0]
    n = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    conn.close()
    return n


@pytest.mark.parametrize("delay", [0.2, 0.8, 1.6])
def test_killed_ingest_leaves_whole_documents_and_a_rerun_completes(tmp_path: Path, delay: float) -> None:
    folder = _articles(tmp_path / "in", 400)
    db = tmp_path / "store.db"
    connect(db).close()
    proc = _ingest(db, folder)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _consistent(db)
    assert stored < 400 or delay > 1
    rerun = _ingest(db, folder)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert _consistent(db) == 400
    assert f"{400 - stored} added, {stored} skipped as duplicate" in out


def test_two_ingests_at_once_both_finish_without_duplicates(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in", 150)
    db = tmp_path / "store.db"
    connect(db).close()
    first, second = _ingest(db, folder), _ingest(db, folder)
    for proc in (first, second):
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "database is locked" not in err
    assert _consistent(db) == 150


def test_readers_keep_reading_while_ingest_writes(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    connect(db).close()
    proc = _ingest(db, _articles(tmp_path / "in", 200))
    reader = connect(db)
    seen = set()
    while proc.poll() is None:
        seen.add(reader.execute("SELECT count(*) FROM sources").fetchone()[0])
        reader.execute("SELECT rowid FROM sources_fts WHERE sources_fts MATCH 'budget' LIMIT 5").fetchall()
    assert proc.returncode == 0, proc.stderr.read()
    assert len(seen) > 1  # the reader saw the store grow, never an error
    assert reader.execute("SELECT count(*) FROM sources").fetchone()[0] == 200


def test_brief_changes_survive_a_killed_process(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    connect(db).close()
    script = (
        "import os, signal, sys\n"
        "from store.db import connect\n"
        "from briefs.store import BriefStore\n"
        "store = BriefStore(connect(sys.argv[1]))\n"
        "brief = store.create('Notes')\n"
        "for i in range(5):\n"
        "    store.add_note(brief.id, f'note {i}')\n"
        "store.move(store.items(brief.id)[4].id, -4)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(db)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL
    conn = connect(db)
    texts = [r[0] for r in conn.execute(
        "SELECT text FROM brief_items WHERE removed_at IS NULL ORDER BY position")]
    assert texts == ["note 4", "note 0", "note 1", "note 2", "note 3"]


def test_database_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    cases = {}
    not_db = tmp_path / "notes.db"
    not_db.write_text("shopping list\n" * 100)
    cases["not an SQLite database"] = not_db
    newer = tmp_path / "newer.db"
    conn = connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    cases["newer than this brief"] = newer
    for expected, path in cases.items():
        result = subprocess.run([*BRIEF, "stats", "--db", str(path)], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 2
        assert expected in result.stderr and "Traceback" not in result.stderr
        assert result.stderr.strip().count("\n") == 0
    directory = subprocess.run([*BRIEF, "stats", "--db", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert directory.returncode == 2 and "is a directory" in directory.stderr
    fresh = tmp_path / "new" / "dir" / "store.db"
    result = subprocess.run([*BRIEF, "stats", "--db", str(fresh), "--json"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and json.loads(result.stdout)["sources"] == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_read_only_database_is_reported(tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    connect(db).close()
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        result = subprocess.run([*BRIEF, "ingest", "--db", str(db), str(ROOT / "sample_data")], cwd=ROOT,
                                capture_output=True, text=True)
        assert result.returncode != 0 and "Traceback" not in result.stderr
    finally:
        tmp_path.chmod(0o755)


def test_a_store_that_refuses_writes_gives_one_line_and_loses_nothing(tmp_path: Path) -> None:
    """The fault a read-only file or directory causes, made at the SQLite level so that it
    happens for root too: every write fails with "attempt to write a readonly database"."""
    db = tmp_path / "store.db"
    connect(db).close()
    folder = _articles(tmp_path / "in", 3)
    script = (
        "import sys, store.db as db\n"
        "real = db.connect\n"
        "def read_only(*a, **k):\n"
        "    conn = real(*a, **k)\n"
        "    conn.execute('PRAGMA query_only = ON')\n"
        "    return conn\n"
        "db.connect = read_only\n"
        "import tui.cli\n"
        "tui.cli.connect = read_only\n"
        "sys.argv = ['brief', 'ingest', '--db', sys.argv[1], sys.argv[2]]\n"
        "tui.cli.main()\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(db), str(folder)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "brief: the database failed: the file or its directory is read-only"
    assert _consistent(db) == 0
