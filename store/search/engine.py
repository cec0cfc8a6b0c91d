"""The search engine: fuzzy-expanded FTS5 retrieval, then re-ranking with rapidfuzz.

1. The query is split into words and "exact phrases"; each word is expanded to the
   corpus words within one or two edits (exact words weigh more), the last word of a
   query being typed to the words it starts.
2. FTS5 returns a bounded set of candidate paragraphs that contain every word (or, when
   that finds too little, any of them).
3. Candidates are re-ranked: how much of the query each covers (exact beats fuzzy),
   plus rapidfuzz's partial ratio of the whole query against the passage.

Any query string is safe: only folded word characters ever reach the FTS5 expression.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from store.search.fold import fold, word_spans, words
from store.search.vocabulary import Vocabulary

_STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "said", "says", "say", "has", "have", "had", "will", "would", "not", "but", "if", "than", "then", "so", "do", "does", "did"]
)
_MAX_QUERY_WORDS = 12
_MAX_QUERY_CHARS = 400
_CANDIDATES = 300
_PHRASE = re.compile(r'"([^"]+)"')


@dataclass(frozen=True, slots=True)
class SearchQuery:
    text: str
    limit: int = 20
    scope: str = "all"  # all | quotes | actors
    source_id: int | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    speaker: str | None = None
    kind: str | None = None
    typing: bool = False  # the last word is still being typed: match it as a prefix
    include_boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A passage (paragraph), quote or actor that matches, with offsets for highlighting."""

    kind: str  # passage | quote | actor
    score: float
    text: str
    source_id: int | None = None
    source_title: str | None = None
    paragraph: int | None = None
    start: int = 0  # offsets of `text` in the source's text
    end: int = 0
    matches: tuple[tuple[int, int], ...] = ()  # offsets in the source's text of matched words
    quote_id: int | None = None
    speaker: str | None = None
    actor_id: int | None = None
    actor_type: str | None = None


@dataclass(slots=True)
class _Group:
    """One query word and the corpus terms that stand for it, with their weights."""

    word: str
    variants: dict[str, float] = field(default_factory=dict)
    prefix: bool = False


class SearchEngine:
    """Search over one store. Not thread-safe: give each worker thread its own engine."""

    def __init__(self, conn: sqlite3.Connection, vocabulary: Vocabulary | None = None) -> None:
        self.conn = conn
        self.vocabulary = vocabulary or Vocabulary()

    def search(self, query: SearchQuery) -> list[SearchHit]:
        text = (query.text or "")[:_MAX_QUERY_CHARS]
        if query.scope == "actors":
            return self._actors(text, query.limit)
        self.vocabulary.refresh(self.conn)
        phrases = [words(p) for p in _PHRASE.findall(text)]
        phrases = [p for p in phrases if p]
        rest = _PHRASE.sub(" ", text)
        typing = query.typing and not text.endswith((" ", '"'))
        groups = self._groups(words(rest)[:_MAX_QUERY_WORDS], typing)
        if not groups and not phrases:
            if query.scope == "quotes" and query.speaker:
                return self._quotes_by_speaker(query)
            return []
        rows = self._candidates(groups, phrases, query, conjunctive=True)
        if len(rows) < query.limit and len(groups) > 1:
            seen = {r["id"] for r in rows}
            rows += [r for r in self._candidates(groups, phrases, query, conjunctive=False) if r["id"] not in seen]
        ranked = self._rank(rows, groups, phrases, fold(" ".join([rest, *(" ".join(p) for p in phrases)])))
        if query.scope == "quotes" or query.speaker or query.kind:
            return self._quote_hits(ranked, groups, phrases, query)
        return [hit for hit, _row in ranked[: query.limit]]

    # ----- query -------------------------------------------------------------------------
    def _groups(self, query_words: list[str], typing: bool) -> list[_Group]:
        content = [w for w in query_words if w not in _STOPWORDS] or query_words
        groups: list[_Group] = []
        for i, word in enumerate(content):
            last = i == len(content) - 1 and query_words and word == query_words[-1]
            if typing and last:
                group = _Group(word, prefix=True)
                group.variants = {t: 1.0 for t in self.vocabulary.complete(word)}
                if word in self.vocabulary.df:
                    group.variants[word] = 1.0
            else:
                group = _Group(word, variants=dict(self.vocabulary.expand(word)))
            if group.variants:
                groups.append(group)
            elif not typing or not last:
                return []  # a word the corpus never uses, even misspelt: nothing can match
        return groups

    def _match_expression(self, groups: list[_Group], phrases: list[list[str]], conjunctive: bool) -> str:
        parts = []
        for g in groups:
            terms = [f'"{t}"' for t in g.variants]
            if g.prefix and len(g.word) >= 3:
                terms.append(f'"{g.word}"*')
            parts.append("(" + " OR ".join(terms) + ")")
        parts += ['"' + " ".join(p) + '"' for p in phrases]
        return (" AND " if conjunctive else " OR ").join(parts)

    def _candidates(self, groups: list[_Group], phrases: list[list[str]], query: SearchQuery,
                    conjunctive: bool) -> list[sqlite3.Row]:
        expression = self._match_expression(groups, phrases, conjunctive)
        where, args = ["1"], []
        if not query.include_boilerplate:
            where.append("p.boilerplate = 0")
        if query.source_id is not None:
            where.append("p.source_id = ?")
            args.append(query.source_id)
        if query.outlet:
            where.append("s.outlet LIKE ?")
            args.append(f"%{query.outlet}%")
        if query.date_from:
            where.append("s.published >= ?")
            args.append(query.date_from)
        if query.date_to:
            where.append("s.published <= ?")
            args.append(query.date_to)
        filtered = len(where) > 2 or query.speaker or query.kind or query.scope == "quotes"
        limit = _CANDIDATES * (8 if filtered else 1)
        sql = (
            "WITH hits AS (SELECT rowid AS id, rank FROM paragraphs_fts WHERE paragraphs_fts MATCH ?"
            " ORDER BY rank LIMIT ?)"
            " SELECT p.id, p.source_id, p.idx, p.start, p.\"end\", p.text, s.title, hits.rank"
            " FROM hits JOIN paragraphs p ON p.id = hits.id JOIN sources s ON s.id = p.source_id"
            f" WHERE {' AND '.join(where)} ORDER BY hits.rank"
        )
        try:
            return self.conn.execute(sql, [expression, limit, *args]).fetchall()
        except sqlite3.OperationalError:
            return []  # defensive: the expression is built from word characters only

    # ----- ranking -----------------------------------------------------------------------
    def _rank(self, rows: list[sqlite3.Row], groups: list[_Group], phrases: list[list[str]],
              folded_query: str) -> list[tuple[SearchHit, sqlite3.Row]]:
        ranked = []
        for row in rows:
            score, matches = _score(row["text"], groups, phrases, folded_query)
            base = row["start"]
            ranked.append((SearchHit(
                kind="passage", score=score, text=row["text"], source_id=row["source_id"],
                source_title=row["title"], paragraph=row["idx"], start=row["start"], end=row["end"],
                matches=tuple((base + s, base + e) for s, e in matches),
            ), row))
        ranked.sort(key=lambda pair: -pair[0].score)
        return ranked

    def _quote_hits(self, ranked: list[tuple[SearchHit, sqlite3.Row]], groups: list[_Group],
                    phrases: list[list[str]], query: SearchQuery) -> list[SearchHit]:
        hits: list[SearchHit] = []
        folded_query = fold(query.text)
        for passage, _row in ranked:
            sql = ("SELECT q.id, q.text, q.start, q.\"end\", q.kind, a.name AS speaker FROM quotes q"
                   " LEFT JOIN actors a ON a.id = q.speaker_id WHERE q.source_id = ? AND q.paragraph_idx = ?")
            args: list[object] = [passage.source_id, passage.paragraph]
            if query.kind:
                sql += " AND q.kind = ?"
                args.append(query.kind)
            for q in self.conn.execute(sql, args):
                if query.speaker and not _speaker_matches(self.conn, q["speaker"], query.speaker):
                    continue
                score, matches = _score(q["text"], groups, phrases, folded_query)
                if score <= 0:
                    continue
                hits.append(SearchHit(
                    kind="quote", score=score, text=q["text"], source_id=passage.source_id,
                    source_title=passage.source_title, paragraph=passage.paragraph, start=q["start"],
                    end=q["end"], matches=tuple((q["start"] + s, q["start"] + e) for s, e in matches),
                    quote_id=q["id"], speaker=q["speaker"],
                ))
        hits.sort(key=lambda h: -h.score)
        return hits[: query.limit]

    def _quotes_by_speaker(self, query: SearchQuery) -> list[SearchHit]:
        rows = self.conn.execute(
            "SELECT q.id, q.text, q.start, q.\"end\", q.source_id, q.paragraph_idx, a.name AS speaker,"
            " s.title FROM quotes q JOIN actors a ON a.id = q.speaker_id JOIN sources s ON s.id = q.source_id"
            " WHERE a.name LIKE ? OR a.id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ?)"
            " ORDER BY q.source_id, q.start LIMIT ?",
            (f"%{query.speaker}%", f"%{query.speaker}%", query.limit),
        ).fetchall()
        return [SearchHit(kind="quote", score=1.0, text=r["text"], source_id=r["source_id"],
                          source_title=r["title"], paragraph=r["paragraph_idx"], start=r["start"],
                          end=r["end"], quote_id=r["id"], speaker=r["speaker"]) for r in rows]

    def _actors(self, text: str, limit: int) -> list[SearchHit]:
        rows = self.conn.execute(
            "SELECT a.id, a.name, a.type, x.alias FROM actors a JOIN actor_aliases x ON x.actor_id = a.id"
        ).fetchall()
        if not text.strip():
            return []
        names = [fold(r["alias"]) for r in rows]
        found = process.extract(fold(text), names, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70)
        hits: dict[int, SearchHit] = {}
        for _name, score, i in found:
            row = rows[i]
            if row["id"] not in hits or hits[row["id"]].score < score / 100:
                hits[row["id"]] = SearchHit(kind="actor", score=score / 100, text=row["name"],
                                            actor_id=row["id"], actor_type=row["type"])
        return sorted(hits.values(), key=lambda h: -h.score)[:limit]


def _speaker_matches(conn: sqlite3.Connection, speaker: str | None, wanted: str) -> bool:
    if not speaker:
        return False
    return fuzz.partial_ratio(fold(wanted), fold(speaker)) >= 85


def _score(text: str, groups: list[_Group], phrases: list[list[str]],
           folded_query: str) -> tuple[float, list[tuple[int, int]]]:
    """How well `text` answers the query (0..1), and the spans of the words that matched."""
    spans = word_spans(text)
    present: dict[str, list[tuple[int, int]]] = {}
    for s, e, w in spans:
        present.setdefault(w, []).append((s, e))
    matches: list[tuple[int, int]] = []
    covered = 0.0
    for g in groups:
        best = 0.0
        for term, weight in g.variants.items():
            if term in present:
                best = max(best, weight)
                matches.extend(present[term])
        if g.prefix:
            for w, where in present.items():
                if w.startswith(g.word):
                    best = max(best, 1.0)
                    matches.extend(where)
        covered += best
    folded = fold(text)
    for phrase in phrases:
        needle = " ".join(phrase)
        at = folded.find(needle)
        if at >= 0:
            covered += 1.0
            matches.append((at, at + len(needle)))
    units = len(groups) + len(phrases)
    coverage = covered / units if units else 0.0
    closeness = fuzz.partial_ratio(folded_query, folded) / 100 if folded_query.strip() else 0.0
    return round(0.75 * coverage + 0.25 * closeness, 4), sorted(set(matches))
