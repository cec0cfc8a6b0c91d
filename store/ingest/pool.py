"""Preparing articles in a pool of processes, results in input order.

Extraction is CPU-bound pure Python, so threads would not help; processes do. The pool
is started with "spawn" (a clean interpreter, never a fork of a process holding SQLite
connections, which SQLite forbids) and each worker loads the name lists and gazetteer once.
Articles go out in chunks with a bounded number in flight, so a folder of 40,000 files is
never read into memory at once, and results come back in the order the articles were read:
the store's ids and cross-article actor merges are the same as with one process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path

from store.errors import IngestError
from store.extract import warm_up
from store.ingest.prepare import Outcome, prepare
from store.ingest.readers import RawArticle

CHUNK = 8  # articles per task: fewer round trips, still a smooth progress bar
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: keeps workers busy, memory bounded

# Below this much input a pool is not worth starting: each worker needs about 2 s to start
# and load the name lists, about what one process takes for 500 articles.
AUTO_MIN_BYTES = 2_000_000
AUTO_MIN_FILES = 64

_stored: Collection[str] = frozenset()


def default_jobs() -> int:
    """Worker processes for a large batch: the CPUs this process may use, at most 8."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 8))


def auto_jobs(files: list[Path]) -> int:
    """Workers for these files: a pool for a large batch (many files, or JSON Lines feeds
    of many articles), one process otherwise (a pool cannot split one large article)."""
    size = 0
    for path in files:
        try:
            size += path.stat().st_size
        except OSError:
            continue  # reported when it is read
    many = len(files) >= AUTO_MIN_FILES or any(p.suffix.lower() == ".jsonl" for p in files)
    return default_jobs() if size >= AUTO_MIN_BYTES and many else 1


def prepare_all(articles: Iterable[RawArticle], *, jobs: int, stored: Collection[str]) -> Iterator[Outcome]:
    """`prepare` of each article, in order: in this process when `jobs` is 1."""
    if jobs <= 1:
        for article in articles:
            yield prepare(article, stored)
        return
    yield from _pooled(iter(articles), jobs, stored)


def _init_worker(stored: Collection[str]) -> None:
    global _stored
    _stored = stored
    warm_up()


def _prepare_chunk(chunk: list[RawArticle]) -> list[Outcome]:
    return [prepare(article, _stored) for article in chunk]


def _pooled(articles: Iterator[RawArticle], jobs: int, stored: Collection[str]) -> Iterator[Outcome]:
    context = multiprocessing.get_context("spawn")

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                   initargs=(frozenset(stored),))

    pool = start()
    # A chunk is (articles, suspect): suspect when sent again alone after a worker died.
    retry: deque[tuple[list[RawArticle], bool]] = deque()
    pending: deque[tuple[list[RawArticle], bool, Future[list[Outcome]]]] = deque()
    try:
        while True:
            while len(pending) < jobs * IN_FLIGHT_PER_WORKER:
                chunk, suspect = retry.popleft() if retry else (list(islice(articles, CHUNK)), False)
                if not chunk:
                    break
                pending.append((chunk, suspect, pool.submit(_prepare_chunk, chunk)))
            if not pending:
                return
            chunk, suspect, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                # A worker died (killed, or out of memory) and took the pool with it. The
                # oldest chunk is sent again one article at a time, so that only an article
                # that kills a worker on its own is reported; the rest go again as they were.
                if suspect:
                    yield IngestError(chunk[0].name, "cannot store article (its extraction process "
                                                     "died; out of memory?)")
                    again = []
                else:
                    again = [([article], True) for article in chunk]
                retry.extendleft(reversed(again + [(rest, s) for rest, s, _lost in pending]))
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = start()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
