"""The ingest pipeline: files in, articles prepared (in a pool of processes for large
batches), written by one writer in short transactions, a report out."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from store.db import check_writable, transaction
from store.errors import IngestError
from store.extract import extract
from store.hashing import content_hash
from store.ingest.pool import auto_jobs, prepare_all
from store.ingest.prepare import Known, Outcome, Prepared, failure_reason, prepare
from store.ingest.readers import DEFAULT_MAX_BYTES, RawArticle, discover, read_articles
from store.paragraphs import split_paragraphs
from store.vocab import add_counts
from store.writer import (
    clear_extraction,
    delete_orphan_actors,
    delete_paragraphs,
    insert_paragraphs,
    insert_source,
    store_extraction,
)


@dataclass(slots=True)
class IngestReport:
    added: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[IngestError] = field(default_factory=list)
    # Stored, with a caveat the analyst should hear (a date that could not be read).
    notes: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


# A transaction holds up to this many articles, or what was prepared in this many seconds:
# each commit flushes the full-text index, so one per article cost more than extraction,
# while a short batch keeps the write lock brief and the progress bar moving.
BATCH_ARTICLES = 64
BATCH_SECONDS = 0.5


def ingest_paths(
    conn: sqlite3.Connection,
    paths: list[Path],
    *,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int | None = 1,
    on_file: Callable[[Path | str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every article under `paths`; bad files are reported, never fatal.

    With `jobs` > 1 a pool of processes prepares the articles (`store/ingest/pool.py`)
    while this process alone writes them, in the order they were read; `jobs=None` lets
    the size of the batch decide. `on_file` is called once a file's articles are committed.
    """
    report = IngestReport()
    files: list[Path] = []
    for item in discover(paths):
        if isinstance(item, IngestError):
            report.failed.append(item)
        else:
            files.append(item)
    if on_total:
        on_total(len(files))
    if jobs is None:
        jobs = auto_jobs(files)
    ends: deque[tuple[int, Path]] = deque()  # (articles read when the file ended, file)
    return ingest_articles(conn, _read(files, max_bytes, report, ends), force=force, jobs=jobs, report=report,
                           on_written=lambda seen: _files_done(ends, seen, on_file))


def ingest_articles(
    conn: sqlite3.Connection,
    articles: Iterable[RawArticle],
    *,
    force: bool = False,
    jobs: int = 1,
    report: IngestReport | None = None,
    on_written: Callable[[int], None] | None = None,
) -> IngestReport:
    """Prepare (in `jobs` processes) and write articles, in order; `on_written` hears how
    many articles have been taken in each time a batch is committed."""
    report = report if report is not None else IngestReport()
    check_writable(conn)
    stored = frozenset() if force else stored_hashes(conn)
    writer = _BatchWriter(conn, force, report)
    for outcome in prepare_all(articles, jobs=jobs, stored=stored):
        writer.add(outcome)
        if writer.due():
            writer.flush()
            if on_written:
                on_written(writer.seen)
    writer.flush()
    if on_written:
        on_written(writer.seen)
    return report


def stored_hashes(conn: sqlite3.Connection) -> frozenset[str]:
    """The content hashes of every stored article: those are skipped before extraction."""
    return frozenset(str(r[0]) for r in conn.execute("SELECT content_hash FROM sources"))


def _read(files: list[Path], max_bytes: int, report: IngestReport,
          ends: deque[tuple[int, Path]]) -> Iterator[RawArticle]:
    """The articles of every file in order; a file that cannot be read is reported."""
    count = 0
    for path in files:
        try:
            for article in read_articles(path, max_bytes=max_bytes):
                if isinstance(article, IngestError):
                    report.failed.append(article)
                else:
                    count += 1
                    if article.date_problem:
                        report.notes.append(IngestError(
                            article.name, f"{article.date_problem}; stored without a date"))
                    yield article
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
            report.failed.append(IngestError(str(path), f"cannot read file ({failure_reason(exc)})"))
        ends.append((count, path))


def _files_done(ends: deque[tuple[int, Path]], written: int,
                on_file: Callable[[Path | str], None] | None) -> None:
    while ends and ends[0][0] <= written:
        _count, path = ends.popleft()
        if on_file:
            on_file(path)


class _BatchWriter:
    """Prepared articles written a batch per transaction, a savepoint per article: an
    article the store refuses is rolled back alone and reported; a failure of the store
    itself (full, damaged, locked) rolls back the batch and stops the ingest."""

    def __init__(self, conn: sqlite3.Connection, force: bool, report: IngestReport) -> None:
        self.conn, self.force, self.report = conn, force, report
        self.batch: list[Prepared] = []
        self.seen = 0  # outcomes taken in, written or reported
        self.started = 0.0

    def add(self, outcome: Outcome) -> None:
        self.seen += 1
        if isinstance(outcome, IngestError):
            self.report.failed.append(outcome)
        elif isinstance(outcome, Known):
            self.report.duplicates.append(outcome.article.name)
        else:
            if not self.batch:
                self.started = time.monotonic()
            self.batch.append(outcome)

    def due(self) -> bool:
        return len(self.batch) >= BATCH_ARTICLES or (
            bool(self.batch) and time.monotonic() - self.started >= BATCH_SECONDS)

    def flush(self) -> None:
        if not self.batch:
            return
        result = IngestReport()
        terms: Counter[str] = Counter()  # the batch's words, added to the vocabulary at once
        with transaction(self.conn):
            for prepared in self.batch:
                self.conn.execute("SAVEPOINT article")
                try:
                    outcome = _write(self.conn, prepared, self.force)
                    getattr(result, outcome).append(prepared.article.name)
                    if outcome == "added":
                        terms.update(prepared.terms)
                except sqlite3.IntegrityError as exc:
                    self.conn.execute("ROLLBACK TO article")
                    result.failed.append(IngestError(prepared.article.name, f"cannot store article ({exc})"))
                except sqlite3.Error:
                    raise  # the store itself failed: the batch is rolled back and the ingest stops
                except Exception as exc:  # noqa: BLE001 - one article's failure spoils nothing else
                    self.conn.execute("ROLLBACK TO article")
                    result.failed.append(IngestError(prepared.article.name,
                                                     f"cannot store article ({failure_reason(exc)})"))
                self.conn.execute("RELEASE article")
            add_counts(self.conn, terms)
            if result.reextracted:
                delete_orphan_actors(self.conn)
        self.batch.clear()
        for name in ("added", "reextracted", "duplicates", "failed"):
            getattr(self.report, name).extend(getattr(result, name))


def _write(conn: sqlite3.Connection, prepared: Prepared, force: bool) -> str:
    """One prepared article into the store (inside the caller's transaction): "added",
    "reextracted" or "duplicates", the report's list it belongs in once committed."""
    # Checked under the write lock: another process, or this batch, may have added it.
    existing = conn.execute("SELECT id FROM sources WHERE content_hash = ?", (prepared.digest,)).fetchone()
    if existing is not None and not force:
        return "duplicates"
    if existing is None:
        # The paragraphs' words go to the vocabulary with the rest of the batch.
        source_id = insert_source(conn, prepared.article, prepared.digest, prepared.paragraphs, count_terms=False)
    else:
        source_id = int(existing["id"])
        clear_extraction(conn, source_id)
    store_extraction(conn, source_id, prepared.extraction, prepared.article.text, prepared.derived)
    return "added" if existing is None else "reextracted"


def ingest_article(conn: sqlite3.Connection, article: RawArticle, *, force: bool,
                   report: IngestReport) -> None:
    """Store one article and its extraction in a single transaction."""
    check_writable(conn)
    digest = content_hash(article.text)
    known = not force and conn.execute("SELECT 1 FROM sources WHERE content_hash = ?", (digest,)).fetchone()
    stored = frozenset({digest}) if known else frozenset()
    writer = _BatchWriter(conn, force, report)
    writer.add(prepare(article, stored))
    writer.flush()


def reindex(conn: sqlite3.Connection, on_source: Callable[[int], None] | None = None) -> int:
    """Re-run extraction over every stored source, one transaction per source."""
    ids = [int(r["id"]) for r in conn.execute("SELECT id FROM sources ORDER BY id")]
    for source_id in ids:
        row = conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            continue
        text = row["text"]
        paragraphs = split_paragraphs(text)
        extraction = extract(text, paragraphs)
        with transaction(conn):
            clear_extraction(conn, source_id)
            delete_paragraphs(conn, source_id)
            insert_paragraphs(conn, source_id, text, paragraphs)
            store_extraction(conn, source_id, extraction, text)
        if on_source:
            on_source(source_id)
    with transaction(conn):
        delete_orphan_actors(conn)
    return len(ids)
