"""Preparing one article for the store: everything that needs no database.

Hashing, paragraphs, extraction and the search-vocabulary counts are pure CPU work. Kept
apart from writing so that a pool of processes can prepare articles while one writer
stores them (`store/ingest/pool.py`), and so that a failure of extraction on one article
becomes that article's error, never the batch's.
"""

from __future__ import annotations

import signal
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from store.corroboration import Derived, derive
from store.errors import IngestError
from store.extract import extract
from store.extract.model import Extraction
from store.hashing import content_hash
from store.ingest.readers import RawArticle
from store.paragraphs import Paragraph, split_paragraphs
from store.vocab import term_counts


@dataclass(slots=True)
class Prepared:
    """An article ready to be written: its hash, paragraphs, extraction and term counts."""

    article: RawArticle
    digest: str
    paragraphs: list[Paragraph]
    extraction: Extraction
    terms: Counter[str]
    derived: Derived  # quote keys and figure sentences for corroboration, made in the worker


@dataclass(frozen=True, slots=True)
class Known:
    """An article whose text the store already holds (found before extracting it)."""

    article: RawArticle


Outcome = Prepared | Known | IngestError
Extractor = Callable[[str, list[Paragraph]], Extraction]


def prepare(article: RawArticle, stored: Collection[str] = (), extractor: Extractor | None = None) -> Outcome:
    """Prepare `article`, or say it is already stored (its hash is in `stored`), or why it
    cannot be: any exception of extraction names the article and stops nothing else.
    `extractor` is `extract` unless a pool extracts a long text's sections in parallel."""
    try:
        digest = content_hash(article.text)
        if digest in stored:
            return Known(article)
        with time_limit(_seconds_allowed(article.text)):
            paragraphs = split_paragraphs(article.text)
            extraction = (extractor or extract)(article.text, paragraphs)
        terms = term_counts(article.text[p.start:p.end] for p in paragraphs)
        return Prepared(article, digest, paragraphs, extraction, terms, derive(article.text, extraction))
    except Exception as exc:  # noqa: BLE001 - one article's failure is reported, not raised
        return IngestError(article.name, f"cannot store article ({failure_reason(exc)})")


class ExtractionTimeout(Exception):
    """Extraction of one article ran past its time limit."""


def _seconds_allowed(text: str) -> float:
    """Far beyond what extraction needs (about 3 s per MB of distinct text): only a fault
    reaches it, and then one article fails instead of the ingest hanging."""
    return 60.0 + 20.0 * len(text) / 1_000_000


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `ExtractionTimeout` in this block after `seconds`, where a timer signal can be
    used (the main thread of a POSIX process: the CLI and every ingest worker)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise ExtractionTimeout(f"extraction took longer than {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def failure_reason(exc: BaseException) -> str:
    """A short reason for a failure, in words a user can act on."""
    if isinstance(exc, ExtractionTimeout):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, MemoryError):
        return "too large to hold in memory"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
