"""Database access for the app's workers: one connection (and search engine) per thread.

`sqlite3` connections must not be shared between threads at once; Textual's thread workers
run in a pool, so each pool thread opens its own connection on first use and keeps it.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from store import read
from store.db import StoreConnection, connect
from store.search import SearchEngine
from store.search.labels import LabelIndex


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[StoreConnection] = []
        self._lock = threading.Lock()
        self._titles: tuple[tuple[int, int], LabelIndex] | None = None

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

    def title_index(self) -> LabelIndex:
        """The sources' titles indexed for filtering (the Sources list, the palette): one
        index for every thread, read-only once built, rebuilt when sources were added or
        removed."""
        version = read.sources_version(self.conn())
        cached = self._titles
        if cached is None or cached[0] != version:
            cached = self._titles = (version, LabelIndex(read.source_titles(self.conn())))
        return cached[1]

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with contextlib.suppress(Exception):  # closing at exit must not fail
                    conn.close()
            self._all.clear()
