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

from store.search.fold import fold, words
from store.search.vocabulary import Vocabulary

_STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "said", "says", "say", "has", "have", "had", "will", "would", "not", "but", "if", "than", "then", "so", "do", "does", "did"]
)
_MAX_QUERY_WORDS = 12
_MAX_QUERY_CHARS = 400
_CANDIDATES = 200
# Above this many estimated matches, FTS5's bm25 ordering costs more than it helps: the
# first candidates are taken as they come and the re-ranker orders them.
_RANKED_MATCHES = 20_000
_COMMON_PREFIX_DF = 5_000
_MIN_TYPING_CHARS = 3
_ENOUGH_PASSAGES = 5  # fewer distinct passages than this holding every word: relax
_CLOSENESS_POOL = 3  # rapidfuzz closeness is computed for this many times `limit` candidates
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
        if query.typing and len(text.strip().strip('"')) < _MIN_TYPING_CHARS:
            return []  # one or two letters typed: wait for more rather than flood
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
        rows = self._candidates(groups, phrases, query)
        if _distinct(rows) < min(query.limit, _ENOUGH_PASSAGES) and len(groups) > 1:
            # Too few passages hold every word: also take those missing any one of them.
            seen = {r["id"] for r in rows}
            rows += [r for r in self._candidates(groups, phrases, query, relaxed=True) if r["id"] not in seen]
        quotes = query.scope == "quotes" or bool(query.speaker or query.kind)
        folded_query = fold(" ".join([rest, *(" ".join(p) for p in phrases)]))
        ranked = self._rank(rows, groups, phrases, folded_query, limit=len(rows) if quotes else query.limit)
        if quotes:
            return self._quote_hits(ranked, groups, phrases, query)
        return [hit for hit, _row in ranked]

    # ----- query -------------------------------------------------------------------------
    def _groups(self, query_words: list[str], typing: bool) -> list[_Group]:
        content = [w for w in query_words if w not in _STOPWORDS] or query_words
        groups: list[_Group] = []
        for i, word in enumerate(content):
            last = i == len(content) - 1 and query_words and word == query_words[-1]
            if typing and last:
                # The word being typed: what it may become, and what it may be misspelt for.
                group = _Group(word, prefix=True)
                group.variants = {t: 1.0 for t in self.vocabulary.complete(word)}
                for term, weight in self.vocabulary.expand(word):
                    group.variants.setdefault(term, weight)
            else:
                group = _Group(word, variants=dict(self.vocabulary.expand(word)))
            if group.variants:
                groups.append(group)
        return groups  # a word the corpus never uses, even misspelt, cannot help: left out

    def _match_expression(self, groups: list[_Group], phrases: list[list[str]], relaxed: bool = False) -> str:
        """Every word (one of its spellings) and phrase; relaxed: all but any one of them."""
        common = self._common_prefix_groups(groups)
        parts = []
        for g in groups:
            if g in common:
                continue  # a common partial word: left to the re-ranker, too costly to retrieve by
            parts.append("(" + " OR ".join(f'"{t}"' for t in g.variants) + ")")
        parts += ['"' + " ".join(p) + '"' for p in phrases]
        if not relaxed or len(parts) < 2:
            return " AND ".join(parts)
        return " OR ".join("(" + " AND ".join(parts[:i] + parts[i + 1:]) + ")" for i in range(len(parts)))

    def _candidates(self, groups: list[_Group], phrases: list[list[str]], query: SearchQuery,
                    relaxed: bool = False) -> list[sqlite3.Row]:
        expression = self._match_expression(groups, phrases, relaxed)
        if not expression:
            return []
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
        estimate = self._estimate(groups, phrases, relaxed)
        order = "ORDER BY rank" if estimate <= _RANKED_MATCHES and not relaxed else ""
        sql = (
            "WITH hits AS (SELECT rowid AS id, rank FROM paragraphs_fts WHERE paragraphs_fts MATCH ?"
            f" {order} LIMIT ?)"
            " SELECT p.id, p.source_id, p.idx, p.start, p.\"end\", p.text, s.title, hits.rank"
            " FROM hits JOIN paragraphs p ON p.id = hits.id JOIN sources s ON s.id = p.source_id"
            f" WHERE {' AND '.join(where)} ORDER BY hits.rank"
        )
        try:
            return self.conn.execute(sql, [expression, limit, *args]).fetchall()
        except sqlite3.OperationalError:
            return []  # defensive: the expression is built from word characters only

    def _common_prefix_groups(self, groups: list[_Group]) -> list[_Group]:
        """The word being typed, when its completions are frequent and other words can
        carry the retrieval."""
        if len(groups) < 2:
            return []
        df = self.vocabulary.df
        return [g for g in groups if g.prefix and sum(df.get(t, 0) for t in g.variants) > _COMMON_PREFIX_DF]

    def _estimate(self, groups: list[_Group], phrases: list[list[str]], relaxed: bool = False) -> int:
        """An upper bound on the matching paragraphs: the rarest group's count (the second
        rarest when any one group may be missing)."""
        df = self.vocabulary.df
        counts = [10**9 if g.prefix else sum(df.get(t, 0) for t in g.variants) for g in groups]
        counts += [min((df.get(w, 0) for w in p), default=0) for p in phrases]
        counts.sort()
        if relaxed and len(counts) > 1:
            return counts[1] * len(counts)
        return counts[0] if counts else 0

    # ----- ranking -----------------------------------------------------------------------
    def _rank(self, rows: list[sqlite3.Row], groups: list[_Group], phrases: list[list[str]],
              folded_query: str, limit: int = 20) -> list[tuple[SearchHit, sqlite3.Row]]:
        """Coverage for every candidate (one C-level regex scan per query word), closeness
        only for the best of them, match offsets only for what is returned."""
        matchers = _matchers(groups, phrases)
        scored = []
        seen: set[str] = set()
        for order, row in enumerate(rows):
            folded = fold(row["text"])
            if folded in seen:
                continue  # the same passage again (a syndicated copy): one result is enough
            seen.add(folded)
            scored.append((_coverage(folded, matchers), -order, folded, row))
        scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
        ranked = []
        for coverage, _order, folded, row in scored[: max(limit * _CLOSENESS_POOL, 30)]:
            ranked.append((_blend(coverage, folded_query, folded), folded, row))
        ranked.sort(key=lambda item: -item[0])
        out = []
        for score, folded, row in ranked[:limit]:
            base = row["start"]
            out.append((SearchHit(
                kind="passage", score=score, text=row["text"], source_id=row["source_id"],
                source_title=row["title"], paragraph=row["idx"], start=row["start"], end=row["end"],
                matches=tuple((base + s, base + e) for s, e in _match_spans(folded, matchers)),
            ), row))
        return out

    def _quote_hits(self, ranked: list[tuple[SearchHit, sqlite3.Row]], groups: list[_Group],
                    phrases: list[list[str]], query: SearchQuery) -> list[SearchHit]:
        hits: list[SearchHit] = []
        folded_query = fold(query.text)
        matchers = _matchers(groups, phrases)
        by_paragraph = self._quotes_in({(p.source_id, p.paragraph) for p, _row in ranked}, query.kind)
        for passage, _row in ranked:
            for q in by_paragraph.get((passage.source_id, passage.paragraph), ()):
                if query.speaker and not _speaker_matches(q["speaker"], query.speaker):
                    continue
                score, matches = _score(q["text"], matchers, folded_query)
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

    def _quotes_in(self, paragraphs: set[tuple[int, int]], kind: str | None) -> dict[tuple[int, int], list]:
        """The quotes of the given (source, paragraph) pairs, in text order, by pair."""
        sources = sorted({s for s, _p in paragraphs})
        if not sources:
            return {}
        sql = ("SELECT q.id, q.text, q.start, q.\"end\", q.kind, q.source_id, q.paragraph_idx,"
               " a.name AS speaker FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id"
               f" WHERE q.source_id IN ({','.join('?' * len(sources))})")
        args: list[object] = list(sources)
        if kind:
            sql += " AND q.kind = ?"
            args.append(kind)
        out: dict[tuple[int, int], list] = {}
        for q in self.conn.execute(sql + " ORDER BY q.id", args):
            key = (q["source_id"], q["paragraph_idx"])
            if key in paragraphs:
                out.setdefault(key, []).append(q)
        return out

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


def _speaker_matches(speaker: str | None, wanted: str) -> bool:
    if not speaker:
        return False
    return fuzz.partial_ratio(fold(wanted), fold(speaker)) >= 85


_WORDS = re.compile(r"[^\W_]+")


def _distinct(rows: list[sqlite3.Row]) -> int:
    """How many different passages `rows` hold (syndicated copies count once)."""
    return len({row["text"] for row in rows})


@dataclass(slots=True)
class _Matcher:
    """What one query word or phrase matches in folded text."""

    weights: dict[str, float]  # corpus term -> weight (exact 1, fuzzy less)
    prefix: str | None = None  # the word being typed
    phrase: re.Pattern[str] | None = None


def _matchers(groups: list[_Group], phrases: list[list[str]]) -> list[_Matcher]:
    out = [_Matcher(g.variants, prefix=g.word if g.prefix else None) for g in groups]
    for phrase in phrases:
        pattern = r"[\W_]+".join(re.escape(w) for w in phrase)
        out.append(_Matcher({}, phrase=re.compile(rf"(?<![^\W_]){pattern}(?![^\W_])")))
    return out


def _coverage(folded: str, matchers: list[_Matcher]) -> float:
    """The share of the query's words and phrases found in `folded`; fuzzy variants count
    less than the exact word (their weight)."""
    if not matchers:
        return 0.0
    present = set(_WORDS.findall(folded))
    total = 0.0
    for m in matchers:
        if m.phrase is not None:
            total += 1.0 if m.phrase.search(folded) else 0.0
            continue
        best = max((w for t, w in m.weights.items() if t in present), default=0.0)
        if best < 1.0 and m.prefix and any(word.startswith(m.prefix) for word in present):
            best = 1.0
        total += best
    return total / len(matchers)


def _match_spans(folded: str, matchers: list[_Matcher]) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for m in matchers:
        if m.phrase is not None:
            spans.update((x.start(), x.end()) for x in m.phrase.finditer(folded))
    for x in _WORDS.finditer(folded):
        word = x.group(0)
        if any(word in m.weights or (m.prefix and word.startswith(m.prefix)) for m in matchers):
            spans.add((x.start(), x.end()))
    return sorted(spans)


def _blend(coverage: float, folded_query: str, folded: str) -> float:
    """The score: mostly how much of the query is covered (exact above fuzzy), then how
    closely the passage follows the query as written (rapidfuzz partial ratio)."""
    closeness = fuzz.partial_ratio(folded_query, folded) / 100 if folded_query.strip() else 0.0
    return round(0.75 * coverage + 0.25 * closeness, 4)


def _score(text: str, matchers: list[_Matcher], folded_query: str) -> tuple[float, list[tuple[int, int]]]:
    """How well `text` answers the query (0..1), and the spans of the words that matched."""
    folded = fold(text)
    return _blend(_coverage(folded, matchers), folded_query, folded), _match_spans(folded, matchers)
