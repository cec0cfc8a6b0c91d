"""The search vocabulary table: each term with the number of paragraphs that hold it.

Kept by the writer in the same transaction as the paragraphs it counts (added on insert,
taken away on delete), so it is always what the full-text index holds, and search loads it
with one small query instead of scanning the index.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable

from store.search.fold import words


def term_counts(texts: Iterable[str]) -> Counter[str]:
    """Paragraphs holding each term; a paragraph repeated many times is read once."""
    counts: Counter[str] = Counter()
    for text, times in Counter(texts).items():
        for term in set(words(text)):
            counts[term] += times
    return counts


def add_terms(conn: sqlite3.Connection, texts: Iterable[str]) -> None:
    add_counts(conn, term_counts(texts))


def add_counts(conn: sqlite3.Connection, counts: Counter[str]) -> None:
    """Add counts made by `term_counts` (in an ingest worker, off the writer's time)."""
    conn.executemany(
        "INSERT INTO vocab (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
        counts.items(),
    )


def remove_terms(conn: sqlite3.Connection, texts: Iterable[str]) -> None:
    conn.executemany("UPDATE vocab SET df = df - ? WHERE term = ?",
                     [(n, term) for term, n in term_counts(texts).items()])
    conn.execute("DELETE FROM vocab WHERE df <= 0")
