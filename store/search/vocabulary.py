"""The corpus vocabulary, for expanding typed words to the words the store really holds.

Read from the store's `vocab` table, which ingest keeps in step with the full-text index
(see `store.vocab`); this process keeps a copy and re-reads it only when the store has
changed since (one index lookup per search to check).
"""

from __future__ import annotations

import bisect
import sqlite3
from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

_MAX_VARIANTS = 6
_KNOWN_WORD_DF = 5


class Vocabulary:
    """Terms with their document frequencies, indexed by length and sorted for prefixes."""

    def __init__(self) -> None:
        self.df: dict[str, int] = {}
        self._by_len: dict[int, list[str]] = defaultdict(list)
        self._sorted: list[str] = []
        self._short_prefix: dict[str, list[str]] = {}
        self._expansions: dict[str, list[tuple[str, float]]] = {}
        self.version: int | None = None

    def refresh(self, conn: sqlite3.Connection) -> None:
        """Re-read the vocabulary if the paragraphs changed since the last read."""
        # max(id) is an index lookup, and every insert (reindex re-inserts) raises it.
        version = conn.execute("SELECT coalesce(max(id), 0) FROM paragraphs").fetchone()[0]
        if version == self.version:
            return
        df = {row[0]: row[1] for row in conn.execute("SELECT term, df FROM vocab")}
        by_len: dict[int, list[str]] = defaultdict(list)
        for term in df:
            by_len[len(term)].append(term)
        self.df, self._by_len, self._sorted = df, by_len, sorted(df)
        self._short_prefix = {}
        self._expansions = {}
        self.version = version

    def expand(self, word: str) -> list[tuple[str, float]]:
        """The word itself (weight 1) and close spellings the corpus holds (less weight)."""
        cached = self._expansions.get(word)
        if cached is None:
            cached = self._expansions[word] = self._expand(word)
        return cached

    def _expand(self, word: str) -> list[tuple[str, float]]:
        out: list[tuple[str, float]] = []
        if word in self.df:
            out.append((word, 1.0))
        if self.df.get(word, 0) >= _KNOWN_WORD_DF:
            return out  # a word the corpus uses often is not a typo; its neighbours are other words
        max_edits = 0 if len(word) <= 2 else 1 if len(word) <= 5 else 2
        if max_edits:
            pool: list[str] = []
            for n in range(len(word) - max_edits, len(word) + max_edits + 1):
                pool.extend(self._by_len.get(n, ()))
            found = process.extract(word, pool, scorer=Levenshtein.distance, score_cutoff=max_edits,
                                    limit=40)
            found.sort(key=lambda hit: (hit[1], -self.df.get(hit[0], 0)))
            for term, distance, _i in found:
                if term != word and len(out) < _MAX_VARIANTS:
                    out.append((term, 0.85 if distance == 1 else 0.7))
        return out

    def complete(self, prefix: str, limit: int = 12) -> list[str]:
        """The most frequent terms starting with `prefix` (for the word being typed)."""
        if len(prefix) <= 2 and prefix in self._short_prefix:
            return self._short_prefix[prefix]
        lo = bisect.bisect_left(self._sorted, prefix)
        hi = bisect.bisect_left(self._sorted, prefix + "\uffff")
        terms = self._sorted[lo:hi]
        if len(terms) > limit:
            terms = sorted(terms, key=lambda t: -self.df[t])[:limit]
        if len(prefix) <= 2:
            self._short_prefix[prefix] = terms
        return terms
