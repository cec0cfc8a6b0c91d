"""The app's per-thread database connections: closing the app while a worker is still
inside a query must neither crash the interpreter nor cut the query short."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from tui.db import Database

# A query that keeps SQLite busy for a while: counting through a recursive table.
_SLOW = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT count(*) FROM n"


def test_closing_while_a_worker_queries_lets_the_query_finish_then_closes_it(tmp_path: Path) -> None:
    db = Database(tmp_path / "store.db")
    started, used = threading.Event(), []

    def worker() -> None:
        with db.working():
            conn = db.conn()
            started.set()
            used.append((conn, conn.execute(_SLOW).fetchone()[0]))

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait()
    db.close()  # the app unmounting: it closed this connection under the worker, and crashed
    thread.join()
    conn, count = used[0]
    assert count == 3000000
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")  # closed by its worker when the work ended


def test_closing_closes_the_connections_no_worker_is_using(tmp_path: Path) -> None:
    db = Database(tmp_path / "store.db")
    conn = db.conn()
    db.close()
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")
