"""Preparing articles in a pool of processes, results in input order.

Extraction is CPU-bound pure Python, so threads would not help; processes do. Workers are
forked from a fork server that has loaded the name lists and gazetteer once ("spawn" where
there is none): a clean interpreter either way, never a fork of a process holding SQLite
connections, which SQLite forbids.
Articles go out in chunks with a bounded number in flight, so a folder of 40,000 files is
never read into memory at once, and results come back in the order the articles were read:
the store's ids and cross-article actor merges are the same as with one process.

A text of many sections (`store.extract.pipeline.sections`: megabytes in one file) would
keep one worker busy while the others idle, so its sections are shared out over the whole
pool once the articles before it are done, and joined here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path

from store.errors import IngestError
from store.extract import warm_up
from store.extract.model import Extraction
from store.extract.pipeline import SECTION_CHARS, Section, extract_section, join_sections, sections
from store.ingest.prepare import Outcome, prepare
from store.ingest.readers import RawArticle
from store.paragraphs import Paragraph

CHUNK = 8  # articles per task: fewer round trips, still a smooth progress bar
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: keeps workers busy, memory bounded

# Below this much input a pool is not worth starting: each worker needs about 2 s to start
# and load the name lists, about what one process takes for 500 articles.
AUTO_MIN_BYTES = 2_000_000
AUTO_MIN_FILES = 64
# A text this long is extracted section by section across the pool: below it, starting the
# workers costs more than they save.
PARALLEL_MIN_CHARS = 4 * SECTION_CHARS

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
    of many articles) or for a file long enough to be extracted in parallel sections, one
    process otherwise."""
    size, largest = 0, 0
    for path in files:
        try:
            file_size = path.stat().st_size
        except OSError:
            continue  # reported when it is read
        size += file_size
        largest = max(largest, file_size)
    many = len(files) >= AUTO_MIN_FILES or any(p.suffix.lower() == ".jsonl" for p in files)
    return default_jobs() if (size >= AUTO_MIN_BYTES and many) or largest >= PARALLEL_MIN_CHARS else 1


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


def _context() -> multiprocessing.context.BaseContext:
    """A fork server that has loaded the extractor where there is one (POSIX), spawn
    elsewhere: both start workers from a clean interpreter."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["store.ingest.preload"])
        return context
    return multiprocessing.get_context("spawn")


def _pooled(articles: Iterator[RawArticle], jobs: int, stored: Collection[str]) -> Iterator[Outcome]:
    context = _context()

    def start() -> ProcessPoolExecutor:
        started = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                      initargs=(frozenset(stored),))
        # Start every worker now, from a thread: they load while this process reads the
        # first texts (starting the fork server blocks its caller until it is ready).
        threading.Thread(target=_start_workers, args=(started, jobs), daemon=True).start()
        return started

    pool = start()
    # A chunk is (articles, suspect): suspect when sent again alone after a worker died.
    retry: deque[tuple[list[RawArticle], bool]] = deque()
    pending: deque[tuple[list[RawArticle], bool, Future[list[Outcome]]]] = deque()
    long_text: RawArticle | None = None  # read, waiting for the chunks before it
    try:
        while True:
            while len(pending) < jobs * IN_FLIGHT_PER_WORKER:
                # A suspect runs alone: if the pool breaks then, it is the one that broke it
                # (with others in flight, an innocent article could be blamed).
                if pending and (pending[-1][1] or (retry and retry[0][1])):
                    break
                if retry:
                    chunk, suspect = retry.popleft()
                elif long_text is None:
                    chunk, long_text = _next_chunk(articles)
                    suspect = False
                else:
                    break
                if not chunk:
                    break
                pending.append((chunk, suspect, pool.submit(_prepare_chunk, chunk)))
            if not pending and long_text is not None:
                # Everything before it is yielded: its sections now have the whole pool.
                outcome = prepare(long_text, stored, _SectionsAcross(pool).extract)
                long_text = None
                if pool_broken(pool):
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = start()
                yield outcome
                continue
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


def _start_workers(pool: ProcessPoolExecutor, jobs: int) -> None:
    try:
        for _ in range(jobs):
            pool.submit(int)
    except (RuntimeError, BrokenProcessPool):
        pass  # the pool was shut down (or broke) first: there is nothing to start


def _next_chunk(articles: Iterator[RawArticle]) -> tuple[list[RawArticle], RawArticle | None]:
    """Up to `CHUNK` articles, stopping before a text long enough for parallel sections
    (returned second, to be extracted once the chunks before it are done)."""
    chunk: list[RawArticle] = []
    for article in islice(articles, CHUNK):
        if len(article.text) >= PARALLEL_MIN_CHARS:
            return chunk, article
        chunk.append(article)
    return chunk, None


def pool_broken(pool: ProcessPoolExecutor) -> bool:
    """Whether a worker of `pool` died (the executor then refuses all work)."""
    try:
        pool.submit(int).result()
    except BrokenProcessPool:
        return True
    return False


class _SectionsAcross:
    """Extract one long text's sections across the workers of `pool`. This process only
    joins them: taking sections itself would make it load the name lists (1.5 s) and
    compete with the workers for the same CPUs."""

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self.pool = pool

    def extract(self, text: str, paragraphs: list[Paragraph]) -> Extraction:
        parts = sections(text, paragraphs)
        futures = [self.pool.submit(extract_section, part) for part in parts]
        return join_sections(parts, [_result(future, part) for future, part in zip(futures, parts, strict=True)])


def _result(future: Future[Extraction], part: Section) -> Extraction:
    """A worker's section, or the section extracted here if the worker died."""
    try:
        return future.result()
    except BrokenProcessPool:
        return extract_section(part)
