"""Database access for the app's workers: one connection (and search engine) per thread.

`sqlite3` connections must not be shared between threads at once; Textual's thread workers
run in a pool, so each pool thread opens its own connection on first use and keeps it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from store import read
from store.db import StoreConnection, connect
from store.search import SearchEngine
from store.search.labels import LabelIndex


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._titles: tuple[tuple[int, int], LabelIndex] | None = None
        self._lock = threading.Lock()
        self._conns: dict[int, StoreConnection] = {}  # thread id -> its connection
        self._working: set[int] = set()  # threads inside a worker (see `working`)
        self._closed = False

    def conn(self) -> StoreConnection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            self._local.conn = conn
            with self._lock:
                self._conns[threading.get_ident()] = conn
        return conn

    @contextlib.contextmanager
    def working(self) -> Iterator[None]:
        """Mark the calling thread as inside a worker: `close` leaves its connection to it,
        and it closes the connection itself when its work ends after the app closed."""
        me = threading.get_ident()
        with self._lock:
            self._working.add(me)
        try:
            yield
        finally:
            with self._lock:
                self._working.discard(me)
                orphan = self._conns.pop(me, None) if self._closed else None
            if orphan is not None:
                orphan.close()
                self._local.__dict__.clear()  # this thread's engine went with it

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
        """Close every connection no worker is using now. A worker still inside a query
        (the app closing while a view loads) closes its own when its work ends: closing it
        from here, under the worker, crashed the interpreter."""
        with self._lock:
            self._closed = True
            idle = [tid for tid in self._conns if tid not in self._working]
            conns = [self._conns.pop(tid) for tid in idle]
        for conn in conns:
            conn.close()
