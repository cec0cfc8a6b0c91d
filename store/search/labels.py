"""Filtering a list of short labels (article titles) as an analyst types: words in any
order, each forgiven a typo or left unfinished, the best matches first.

A label matches when each of the query's words (function words aside) matches one of its
words: exactly, as the start of it, or within one edit (two for words of eight letters or
more; a swap of two letters is one edit). Labels are ranked by how well their words
match, then by how short they are (a title that is mostly the query is the better match).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from store.search.fold import fold, words
from store.search.query import OPTIONAL_WORDS

EXACT, PREFIX, TYPO = 1.0, 0.9, 0.75
_MIN_PREFIX = 2


class LabelIndex:
    """Labels by id, and an index from each word to the labels holding it."""

    def __init__(self, labels: Iterable[tuple[int, str]]) -> None:
        self.words_of: dict[int, list[str]] = {}
        self.holding: dict[str, set[int]] = {}
        for label_id, label in labels:
            found = words(fold(label))
            self.words_of[label_id] = found
            for word in found:
                self.holding.setdefault(word, set()).add(label_id)
        self._vocabulary = sorted(self.holding)

    def __len__(self) -> int:
        return len(self.words_of)

    def rank(self, query: str) -> list[tuple[int, float]]:
        """Ids of the labels matching `query`, best first, with their scores (0 to 1)."""
        wanted = words(fold(query))
        content = [w for w in wanted if w not in OPTIONAL_WORDS] or wanted
        if not content:
            return []
        scores: dict[int, float] | None = None
        for word in content:
            best: dict[int, float] = {}
            for variant, score in self._variants(word):
                for label_id in self.holding[variant]:
                    if score > best.get(label_id, 0.0):
                        best[label_id] = score
            if scores is None:
                scores = best
            else:
                scores = {i: s + best[i] for i, s in scores.items() if i in best}
            if not scores:
                return []
        assert scores is not None
        ranked = [(i, s / len(content)) for i, s in scores.items()]
        ranked.sort(key=lambda hit: (-hit[1], len(self.words_of[hit[0]]), hit[0]))
        return ranked

    def _variants(self, word: str) -> list[tuple[str, float]]:
        """Words of the labels that `word` may stand for, with how well they match."""
        out: dict[str, float] = {}
        if word in self.holding:
            out[word] = EXACT
        if len(word) >= _MIN_PREFIX:
            lo = bisect.bisect_left(self._vocabulary, word)
            for candidate in self._vocabulary[lo:]:
                if not candidate.startswith(word):
                    break
                out.setdefault(candidate, PREFIX)
        edits = 0 if len(word) < 4 else 1 if len(word) < 8 else 2
        if edits:
            for candidate, _distance, _i in process.extract(word, self._vocabulary, scorer=OSA.distance,
                                                            score_cutoff=edits, limit=None):
                out.setdefault(candidate, TYPO)
        return list(out.items())

