"""Database access for the app's workers: one connection (and search engine) per thread.

`sqlite3` connections must not be shared between threads at once; Textual's thread workers
run in a pool, so each pool thread opens its own connection on first use and keeps it.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from store.db import StoreConnection, connect
from store.search import SearchEngine


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[StoreConnection] = []
        self._lock = threading.Lock()

    def conn(self) -> StoreConnection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def search(self) -> SearchEngine:
        engine = getattr(self._local, "engine", None)
        if engine is None:
            engine = SearchEngine(self.conn())
            self._local.engine = engine
        return engine

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with contextlib.suppress(Exception):  # closing at exit must not fail
                    conn.close()
            self._all.clear()
