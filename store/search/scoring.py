"""Scoring an article against a query, and choosing the passages that show why it matched.

Pure functions over text (no database). An article's score combines, with BM25-style idf
weights so that rare words count for more than common ones:
- how much of the query the whole article covers (exact words above inflections above
  misspellings),
- how much of it its best passage covers (the words found together),
- how often the words occur, saturated and normalised for length (BM25's tf part),
- how much of it the title holds,
- how closely the best passage follows the query as written (rapidfuzz).
Every part is a share of the query's total weight, so scores lie in 0..1.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from store.search.fold import fold
from store.search.query import ParsedQuery

_WORD = re.compile(r"[^\W_]+")
_K1, _B = 1.2, 0.75
_CHARS_PER_WORD = 6.0
# The blend of the parts (they sum to 1).
_ARTICLE, _PASSAGE, _TF, _TITLE, _CLOSE = 0.40, 0.25, 0.15, 0.10, 0.10
_SECOND_PASSAGE = 0.6  # a further passage is shown when it covers this share of the best one's


@dataclass(slots=True)
class Passage:
    """One paragraph of an article as a result: offsets in the article's text."""

    idx: int
    start: int
    end: int
    coverage: float = 0.0
    matches: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class ArticleScore:
    score: float
    coverage: float  # the share of the query's weight found anywhere in the article
    passages: list[Passage]  # the ones to show, best first


class QueryMatcher:
    """Finds a parsed query's words and phrases in folded text, and scores articles."""

    def __init__(self, parsed: ParsedQuery) -> None:
        self.parsed = parsed
        self.weights = [t.weight for t in parsed.terms] + [p.weight for p in parsed.phrases]
        self.total = sum(self.weights) or 1.0
        self._lookup: dict[str, list[tuple[int, float]]] = {}
        self._titles: dict[str, list[tuple[int, int, int, float]]] = {}
        alternatives: list[str] = []
        for i, term in enumerate(parsed.terms):
            for variant, weight in term.variants.items():
                self._lookup.setdefault(variant, []).append((i, weight))
            alternatives += [re.escape(v) for v in term.variants]
            if term.prefix:
                alternatives.append(re.escape(term.word) + r"[^\W_]*")
        self._prefixes = [(i, t.word) for i, t in enumerate(parsed.terms) if t.prefix]
        alternatives.sort(key=len, reverse=True)
        self._words = None
        if alternatives:
            # Only positions where a word starts with one of the right letters are tried.
            first = "".join(sorted({t.word[0] for t in parsed.terms} | {v[0] for t in parsed.terms for v in t.variants}))
            self._words = re.compile(rf"\b(?=[{re.escape(first)}])(?:{'|'.join(alternatives)})(?![^\W_])")
        self._phrases = [re.compile(r"(?<![^\W_])" + r"[\W_]+".join(re.escape(w) for w in p.words) + r"(?![^\W_])")
                         for p in parsed.phrases]

    def find(self, folded: str) -> list[tuple[int, int, int, float]]:
        """(start, end, part, weight) for each word or phrase of the query found in `folded`;
        `part` indexes `self.weights` (terms, then phrases)."""
        out: list[tuple[int, int, int, float]] = []
        if self._words is not None:
            for m in self._words.finditer(folded):
                word = m.group(0)
                for part, weight in self._lookup.get(word, ()):
                    out.append((m.start(), m.end(), part, weight))
                for part, prefix in self._prefixes:
                    if word.startswith(prefix) and word not in self.parsed.terms[part].variants:
                        out.append((m.start(), m.end(), part, 1.0))
        first_phrase = len(self.parsed.terms)
        for j, pattern in enumerate(self._phrases):
            out += [(m.start(), m.end(), first_phrase + j, 1.0) for m in pattern.finditer(folded)]
        return out

    def in_title(self, title: str) -> list[tuple[int, int, int, float]]:
        """`find` in a title, kept: candidates are ranked by their titles before the best
        are read and scored, titles included."""
        found = self._titles.get(title)
        if found is None:
            found = self._titles[title] = self.find(fold(title))
        return found

    def title_weight(self, title: str) -> float:
        """The summed weight (idf) of the query's words in a title."""
        return sum(self.weights[p] for p in {part for _s, _e, part, _w in self.in_title(title)})

    def coverage(self, found: list[tuple[int, int, int, float]]) -> float:
        best: dict[int, float] = {}
        for _s, _e, part, weight in found:
            if weight > best.get(part, 0.0):
                best[part] = weight
        return sum(self.weights[p] * w for p, w in best.items()) / self.total

    def _closeness(self, folded: str) -> float:
        """How closely `folded` follows the query as written (rapidfuzz partial ratio, 0..1)."""
        return fuzz.partial_ratio(self.parsed.folded, folded) / 100 if self.parsed.folded else 0.0

    def score_text(self, text: str) -> tuple[float, list[tuple[int, int]]]:
        """How well a short text (a quote) answers the query, and where its words are."""
        folded = fold(text)
        found = self.find(folded)
        if not found:
            return 0.0, []
        score = 0.75 * self.coverage(found) + 0.25 * self._closeness(folded)
        return round(score, 4), _spans(found)

    def score_article(self, text: str, title: str, paragraphs: list[tuple[int, int, int]],
                      avg_length: float, per_article: int = 2) -> ArticleScore:
        """Score an article whose searchable paragraphs (at least one) are (idx, start, end)
        in `text`."""
        folded = fold(text)
        found = self.find(folded)
        starts = [start for _idx, start, _end in paragraphs]
        by_paragraph: dict[tuple[int, int, int], list[tuple[int, int, int, float]]] = {}
        kept: list[tuple[int, int, int, float]] = []
        for hit in found:
            k = bisect.bisect_right(starts, hit[0]) - 1
            if k >= 0 and hit[1] <= paragraphs[k][2]:
                by_paragraph.setdefault(paragraphs[k], []).append(hit)
                kept.append(hit)
        title_found = self.in_title(title)
        tf: dict[int, float] = {}
        for _s, _e, part, weight in kept + title_found:
            tf[part] = tf.get(part, 0.0) + weight
        length_norm = 1 - _B + _B * (len(text) / _CHARS_PER_WORD) / max(avg_length, 1.0)
        saturation = sum(self.weights[p] * (f * (_K1 + 1) / (f + _K1 * length_norm)) / (_K1 + 1)
                         for p, f in tf.items()) / self.total
        passages = [Passage(*para, self.coverage(hits)) for para, hits in by_paragraph.items()]
        if not passages:  # only the title matched: the article opens with what it is about
            idx, start, end = paragraphs[0]
            passages = [Passage(idx, start, end)]
        passages.sort(key=lambda p: (-p.coverage, p.idx))
        shown = passages[:1] + [p for p in passages[1:per_article]
                                if p.coverage >= _SECOND_PASSAGE * passages[0].coverage]
        for p in shown:
            p.matches = _spans(by_paragraph.get((p.idx, p.start, p.end), []))
        best = shown[0]
        closeness = self._closeness(folded[best.start:best.end])
        article = self.coverage(kept + title_found)
        score = (_ARTICLE * article + _PASSAGE * best.coverage + _TF * saturation
                 + _TITLE * self.coverage(title_found) + _CLOSE * closeness)
        return ArticleScore(round(min(score, 1.0), 4), article, shown)


def _spans(found: list[tuple[int, int, int, float]]) -> list[tuple[int, int]]:
    """The distinct (start, end) of what `find` found, in order."""
    return sorted({(s, e) for s, e, _p, _w in found})
