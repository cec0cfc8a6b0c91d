"""The corpus vocabulary, for expanding typed words to the words the store really holds.

Read from the store's `vocab` table, which ingest keeps in step with the full-text index
(see `store.vocab`); this process keeps a copy and re-reads it only when the store has
changed since (one index lookup per search to check).

A query word stands for three kinds of stored word, each weighing less than the last:
the word itself, its inflections (`fined` for `fine`, `Oscars` for `Oscar`: the same
Snowball stem), and its likely misspellings (optimal string alignment, so a swap of two
letters is one edit).
"""

from __future__ import annotations

import bisect
import heapq
import math
import sqlite3
from collections import defaultdict

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

_MAX_VARIANTS = 6
_MAX_INFLECTIONS = 12
_KNOWN_WORD_DF = 5
EXACT, INFLECTED, ONE_EDIT, TWO_EDITS = 1.0, 0.9, 0.85, 0.7


class Vocabulary:
    """Terms with their document frequencies, indexed by length and sorted for prefixes."""

    def __init__(self) -> None:
        self.df: dict[str, int] = {}
        self.paragraphs = 0
        self._by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)  # (length, first letter)
        self._sorted: list[str] = []
        self._short_prefix: dict[str, list[str]] = {}
        self._expansions: dict[str, list[tuple[str, float]]] = {}
        self._stemmer = snowballstemmer.stemmer("english")
        self._stems: dict[str, str] = {}
        self.version: int | None = None

    def refresh(self, conn: sqlite3.Connection) -> None:
        """Re-read the vocabulary if the paragraphs changed since the last read."""
        # max(id) is an index lookup, and every insert (reindex re-inserts) raises it.
        version = conn.execute("SELECT coalesce(max(id), 0) FROM paragraphs").fetchone()[0]
        if version == self.version:
            return
        plain = conn.cursor()
        plain.row_factory = None  # tuples: hundreds of thousands of them
        df = dict(plain.execute("SELECT term, df FROM vocab"))
        by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)
        for term in df:
            by_shape[len(term), term[0]].append(term)
        self.df, self._by_shape, self._sorted = df, by_shape, sorted(df)
        self.paragraphs = conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        self._short_prefix = {}
        self._expansions = {}
        self.version = version

    def idf(self, df: int) -> float:
        """How much a word held by `df` paragraphs tells (BM25's idf, never negative)."""
        n = max(self.paragraphs, df, 1)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def expand(self, word: str) -> list[tuple[str, float]]:
        """The word itself, its inflections and close spellings the corpus holds, each with
        its weight (exact 1, then less), best first."""
        cached = self._expansions.get(word)
        if cached is None:
            cached = self._expansions[word] = self._expand(word)
        return cached

    def _expand(self, word: str) -> list[tuple[str, float]]:
        out: dict[str, float] = {}
        if word in self.df:
            out[word] = EXACT
        for term in self.inflections(word):
            out.setdefault(term, INFLECTED)
        if self.df.get(word, 0) >= _KNOWN_WORD_DF or any(self.df.get(t, 0) >= _KNOWN_WORD_DF for t in out):
            # A word the corpus uses (in some form) is not a typo; its neighbours are other words.
            return list(out.items())
        max_edits = 0 if len(word) <= 3 else 1 if len(word) <= 5 else 2
        if max_edits:
            # Misspellings keep their first letter, or swap it with the second: comparing
            # only those words keeps a vocabulary of hundreds of thousands fast.
            pool: list[str] = []
            for n in range(len(word) - max_edits, len(word) + max_edits + 1):
                for first in {word[0], word[1]}:
                    pool.extend(self._by_shape.get((n, first), ()))
            found = process.extract(word, pool, scorer=OSA.distance, score_cutoff=max_edits, limit=40)
            found.sort(key=lambda hit: (hit[1], -self.df.get(hit[0], 0)))
            typos = 0
            for term, distance, _i in found:
                if term not in out and typos < _MAX_VARIANTS:
                    out[term] = ONE_EDIT if distance == 1 else TWO_EDITS
                    typos += 1
        return list(out.items())

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = self._stemmer.stemWord(word)
        return stem

    def inflections(self, word: str) -> list[str]:
        """Stored words other than `word` with its stem (`fines`, `fined` for `fine`).

        Only words starting as the stem does are stemmed (a stem keeps all of its word but
        the end), so this costs a few dozen stems, not the whole vocabulary."""
        if len(word) < 3 or not word.isalpha():
            return []
        stem = self.stem(word)
        head = stem[: max(3, len(stem) - 1)]
        lo = bisect.bisect_left(self._sorted, head)
        hi = bisect.bisect_left(self._sorted, head + "\uffff")
        longest = len(word) + 5
        same = [t for t in self._sorted[lo:hi] if t != word and len(t) <= longest and t.isalpha()
                and self.stem(t) == stem]
        same.sort(key=lambda t: -self.df.get(t, 0))
        return same[:_MAX_INFLECTIONS]

    def complete(self, prefix: str, limit: int = 12) -> list[str]:
        """The most frequent terms starting with `prefix` (for the word being typed)."""
        if len(prefix) <= 2 and prefix in self._short_prefix:
            return self._short_prefix[prefix]
        lo = bisect.bisect_left(self._sorted, prefix)
        hi = bisect.bisect_left(self._sorted, prefix + "\uffff")
        terms = self._sorted[lo:hi]
        if len(terms) > limit:
            terms = heapq.nlargest(limit, terms, key=self.df.__getitem__)
        if len(prefix) <= 2:
            self._short_prefix[prefix] = terms
        return terms
