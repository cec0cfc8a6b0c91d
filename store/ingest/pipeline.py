"""The ingest pipeline: files in, one transaction per article, a report out."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from store.db import transaction
from store.errors import IngestError
from store.extract import extract
from store.hashing import content_hash
from store.ingest.readers import DEFAULT_MAX_BYTES, RawArticle, discover, read_articles
from store.paragraphs import split_paragraphs
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

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest_paths(
    conn: sqlite3.Connection,
    paths: list[Path],
    *,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Path | str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every article under `paths`; bad files are reported, never fatal."""
    report = IngestReport()
    files: list[Path] = []
    for item in discover(paths):
        if isinstance(item, IngestError):
            report.failed.append(item)
        else:
            files.append(item)
    if on_total:
        on_total(len(files))
    for path in files:
        try:
            for article in read_articles(path, max_bytes=max_bytes):
                if isinstance(article, IngestError):
                    report.failed.append(article)
                else:
                    ingest_article(conn, article, force=force, report=report)
        except sqlite3.Error:
            raise  # the store itself failed (full, damaged, locked): the batch cannot go on
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
            report.failed.append(IngestError(str(path), f"cannot read file ({_reason(exc)})"))
        if on_file:
            on_file(path)
    return report


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, MemoryError):
        return "too large to hold in memory"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def ingest_article(conn: sqlite3.Connection, article: RawArticle, *, force: bool,
                   report: IngestReport) -> None:
    """Store one article and its extraction in a single transaction."""
    digest = content_hash(article.text)
    try:
        existing = conn.execute("SELECT id FROM sources WHERE content_hash = ?", (digest,)).fetchone()
        if existing is not None and not force:
            report.duplicates.append(article.name)
            return
        paragraphs = split_paragraphs(article.text)
        extraction = extract(article.text, paragraphs)
        with transaction(conn):
            # Checked again under the write lock: another process may have added it meanwhile.
            existing = conn.execute("SELECT id FROM sources WHERE content_hash = ?", (digest,)).fetchone()
            if existing is None:
                source_id = insert_source(conn, article, digest, paragraphs)
                report.added.append(article.name)
            elif force:
                source_id = int(existing["id"])
                clear_extraction(conn, source_id)
                report.reextracted.append(article.name)
            else:
                report.duplicates.append(article.name)
                return
            store_extraction(conn, source_id, extraction)
            if force:
                delete_orphan_actors(conn)
    except sqlite3.IntegrityError as exc:
        report.failed.append(IngestError(article.name, f"cannot store article ({exc})"))
    except sqlite3.Error:
        raise  # the store itself failed (full, damaged, locked): the batch cannot go on
    except Exception as exc:  # noqa: BLE001 - extraction failing on one article spoils nothing else
        report.failed.append(IngestError(article.name, f"cannot store article ({_reason(exc)})"))


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
            store_extraction(conn, source_id, extraction)
        if on_source:
            on_source(source_id)
    with transaction(conn):
        delete_orphan_actors(conn)
    return len(ids)
