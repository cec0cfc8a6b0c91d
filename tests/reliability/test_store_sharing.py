"""The app and the command line on one store at once: nothing corrupted, nothing saved lost.

The fault this guards against: a second connection of one process used to open and close
the database file with Python's `open()` to read its header. On POSIX that drops every
lock the process holds on the file, so another process closing its connection thought it
was the last one and deleted the WAL under the app ("database disk image is malformed").
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from briefs.store import BriefStore
from store.db import connect
from store.ingest.pipeline import ingest_paths
from tests.app.conftest import settle
from tests.conftest import SAMPLE_ARTICLES
from tui.app import BriefApp
from tui.views.brief import BriefView

ROOT = Path(__file__).resolve().parents[2]
BRIEF = [sys.executable, "-c", "from tui.cli import main; main()"]


def _cli(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([*BRIEF, "--db", str(db), *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)


def _article(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"round{n}.txt"
    path.write_text(
        f"Harbour plan {n} approved\n"
        f"Mayor Ann Lee{n} said the port would hire {n + 40} staff this year.\n"
        f"“We are ready for round {n},” she said.\n", encoding="utf-8")
    return path


def test_a_second_connection_does_not_drop_the_first_ones_locks(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    first = connect(db)
    store = BriefStore(first)
    brief = store.create("Shared")
    store.add_note(brief.id, "before")
    second = connect(db)  # e.g. a new worker thread's connection
    proc = _cli(db, "sources")
    proc.communicate(timeout=60)
    assert proc.returncode == 0
    # While this process has the store open, another process must not delete its WAL.
    assert Path(f"{db}-wal").exists()
    store.add_note(brief.id, "after")
    second.close()
    first.close()
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in check.execute("SELECT text FROM brief_items ORDER BY id")] == ["before", "after"]


async def test_app_edits_survive_cli_reads_ingests_and_edits_on_the_same_store(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    conn = connect(db)
    assert ingest_paths(conn, SAMPLE_ARTICLES).ok
    BriefStore(conn).create("Afternoon")
    conn.close()
    incoming = tmp_path / "incoming"
    saved_by_app: list[str] = []
    cli_notes: list[str] = []
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        view = app.query_one(BriefView)
        for n in range(8):
            others = [_cli(db, "sources"), _cli(db, "ingest", "--quiet", str(_article(incoming, n))),
                      _cli(db, "briefs", "note", "Afternoon", f"cli note {n}"), _cli(db, "stats")]
            note = f"app note {n}"
            await pilot.press("n")
            await settle(pilot)
            await pilot.press(*note, "ctrl+s")  # a note of several lines is saved with ctrl+s
            await settle(pilot)
            await pilot.press("r")  # re-read everything: more workers, more connections
            await settle(pilot)
            for proc in others:
                out, err = proc.communicate(timeout=120)
                assert proc.returncode == 0, err
            cli_notes.append(f"cli note {n}")
            await pilot.press("r")
            await settle(pilot)
            if any(item.text == note for item in view.items):
                saved_by_app.append(note)
        assert len(saved_by_app) == 8
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    notes = {r[0] for r in check.execute("SELECT text FROM brief_items WHERE removed_at IS NULL")}
    assert set(saved_by_app) <= notes
    assert set(cli_notes) <= notes
    assert check.execute("SELECT count(*) FROM sources").fetchone()[0] == 2 + 8
    assert not os.path.exists(f"{db}-journal")
