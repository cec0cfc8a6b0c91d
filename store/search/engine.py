"""The search engine: articles found by their words, ranked as a whole, shown by the
passages that matched.

1. The query is read into terms (each word with its inflections and likely misspellings,
   the word being typed with what it may become) and "exact phrases" (`store.search.query`).
2. Candidate articles come from a full-text index over whole articles. Any query word
   may find an article (never all of them required), so a query is never empty while one
   of its words is in the store. Rare words are looked up first and each article collects
   their idf; once the words left could no longer lift a new article into the
   candidates (the MaxScore bound), a word only re-ranks the candidates found (an AND
   with the rarer words), so common words cost little here.
3. The best candidates are read and scored in full (`store.search.scoring`): coverage of
   the query by weight over the article and over its best passage, term frequency, title
   and closeness. Copies (near-identical title and opening) count once.
4. Each article is shown by its best passages, with the offsets of the matched words.

Any query string is safe: only folded word characters ever reach an FTS5 expression.
"""

from __future__ import annotations

import heapq
import sqlite3
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from store.dates import Period
from store.kinds import ActorType, HitKind, QuoteKind, SearchScope
from store.search.fold import fold
from store.search.query import MAX_QUERY_CHARS, MIN_PREFIX, ParsedQuery, Term, parse
from store.search.scoring import ArticleScore, QueryMatcher
from store.search.vocabulary import EXACT, INFLECTED, Vocabulary

_CANDIDATES = 300  # articles kept from the index lookups, for reading in full
_SCORED = 15  # distinct articles read and scored in full (at least; more when more are shown)
_QUOTE_SOURCES = 300  # candidate articles whose quotes are searched
_BOUND_RANK = 100  # the candidate whose score sets the bound for looking words up in full
_MAX_POSTINGS = 1_000  # articles taken from one word's index entry (the newest)
_OPENING = 300  # characters of an article's text that, with its title, identify a copy
_NEAR_COPY = 90  # rapidfuzz ratio from which two titles or openings are one text


@dataclass(frozen=True, slots=True)
class SearchQuery:
    text: str
    limit: int = 20  # articles for passages; quotes or actors otherwise
    scope: SearchScope = "all"
    source_id: int | None = None
    outlet: str | None = None
    period: Period = Period()  # articles published in it (store/dates.py)
    speaker: str | None = None
    kind: QuoteKind | None = None
    typing: bool = False  # the last word is still being typed: match it as a prefix
    include_boilerplate: bool = False
    per_article: int = 2  # passages shown per article at most


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A passage (paragraph), quote or actor that matches, with offsets for highlighting."""

    kind: HitKind
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
    actor_type: ActorType | None = None
    article_rank: int = 0  # 1 for the best article; a passage shares its article's rank

    @property
    def spans(self) -> list[tuple[int, int]]:
        """`matches` as offsets in `text`, for highlighting it on its own."""
        return [(s - self.start, e - self.start) for s, e in self.matches]


@dataclass(slots=True)
class SearchResults:
    """Hits, and what a reader needs to trust them: how many articles match in all, and
    which query words the store holds nothing like."""

    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0  # articles holding at least one query word (all of them, not only shown)
    unknown: list[str] = field(default_factory=list)

    def explain_empty(self, text: str) -> str:
        """What to say when nothing was found, and what to try."""
        if not text.strip():
            return "Type words to search for."
        if self.unknown:
            words = ", ".join(f"'{w}'" for w in self.unknown)
            return (f"No results: nothing in the store is spelt like {words}. "
                    "Check the spelling, or try other words or fewer filters.")
        return "No results: no article holds these words with the filters given. Try other words or fewer filters."


@dataclass(slots=True)
class _Read:
    """A candidate article read from the store and scored."""

    source_id: int
    title: str
    text: str
    score: ArticleScore


class SearchEngine:
    """Search over one store. Not thread-safe: give each worker thread its own engine."""

    def __init__(self, conn: sqlite3.Connection, vocabulary: Vocabulary | None = None) -> None:
        self.conn = conn
        self.vocabulary = vocabulary or Vocabulary()
        # Tuples, not rows: id lookups return thousands of them.
        self._plain = conn.cursor()
        self._plain.row_factory = None
        self._names: tuple[tuple, list[sqlite3.Row], list[str]] | None = None  # see _actor_names

    def search(self, query: SearchQuery) -> list[SearchHit]:
        return self.run(query).hits

    def run(self, query: SearchQuery) -> SearchResults:
        text = (query.text or "")[:MAX_QUERY_CHARS]
        if query.scope == "actors":
            hits = self._actors(text, query.limit)
            return SearchResults(hits, len(hits))
        if query.typing and len(text.strip().strip('"')) < MIN_PREFIX:
            return SearchResults()  # one or two letters typed: wait for more rather than flood
        self.vocabulary.refresh(self.conn)
        parsed = parse(text, self.vocabulary, query.typing)
        quotes = query.scope == "quotes" or bool(query.speaker or query.kind)
        if parsed.empty:
            if quotes and query.speaker:
                hits = self._quotes_by_speaker(query)
                return SearchResults(hits, len(hits), parsed.unknown)
            return SearchResults(unknown=parsed.unknown)
        candidates, total = self._candidates(parsed, query)
        matcher = QueryMatcher(parsed)
        if quotes:
            hits = self._quote_hits([sid for sid, _score in candidates[:_QUOTE_SOURCES]], matcher, query)
            return SearchResults(hits, len(hits), parsed.unknown)
        read = self._read(candidates, matcher, query, max(_SCORED, query.limit + 5))
        return SearchResults(_passage_hits(read, query), total, parsed.unknown)

    # ----- candidates --------------------------------------------------------------------
    def _ids(self, expression: str, limit: int = -1) -> set[int]:
        """Articles matching `expression`; with a limit, the newest that many."""
        try:
            return {rowid for (rowid,) in self._plain.execute(
                "SELECT rowid FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                (expression, limit))}
        except sqlite3.OperationalError:
            return set()  # defensive: expressions are built from word characters only

    def _allowed(self, query: SearchQuery) -> set[int] | None:
        """The sources the filters allow (None: all of them)."""
        where: list[str] = []
        args: list[object] = []
        if query.source_id is not None:
            where.append("id = ?")
            args.append(query.source_id)
        if query.outlet:
            where.append("outlet LIKE ?")
            args.append(f"%{query.outlet}%")
        in_period, period_args = query.period.sql("published")
        where += in_period
        args += period_args
        if not where:
            return None
        return {sid for (sid,) in self._plain.execute(f"SELECT id FROM sources WHERE {' AND '.join(where)}", args)}

    def _candidates(self, parsed: ParsedQuery, query: SearchQuery) -> tuple[list[tuple[int, float]], int]:
        """The articles most likely to answer, best first, and how many match at all."""
        required = self._allowed(query)
        for phrase in parsed.phrases:
            ids = self._ids(phrase.expression())
            required = ids if required is None else required & ids
        terms = sorted(parsed.retrieval_terms, key=lambda t: t.df)
        scores: dict[int, float] = {}
        remaining = sum(t.weight for t in terms)
        found_by: list[str] = []  # the expressions whose every article was taken
        looked_up = 0
        for term in terms:
            expression = term.expression()
            if len(scores) >= _CANDIDATES and remaining < _kth_largest(scores, _BOUND_RANK):
                # The words left cannot lift an article not yet found into the candidates:
                # only which candidates hold them matters. The index answers that as an AND
                # with the rarer words' complete entries (cheap: it skips through them).
                within = f"({' OR '.join(found_by)}) AND " if found_by else ""
                held = self._holders(term, within, -1 if found_by else _MAX_POSTINGS)
                if not found_by:
                    held = {i: w for i, w in held.items() if i in scores}
            else:
                held = self._holders(term, "", _MAX_POSTINGS)
                looked_up += 1
                if len(held) < _MAX_POSTINGS:
                    found_by.append(expression)
            for i, weight in held.items():
                if required is None or i in required:
                    scores[i] = scores.get(i, 0.0) + term.weight * weight
            remaining -= term.weight
        if not terms and required is not None:
            scores = dict.fromkeys(required, 1.0)
        total = len(scores)
        if looked_up < len(terms) or len(found_by) < looked_up:
            total = self._count(parsed, required)
        cut = _kth_largest(scores, _CANDIDATES)
        best = sorted(((i, v) for i, v in scores.items() if v >= cut), key=lambda kv: (kv[1], kv[0]), reverse=True)
        return best[:_CANDIDATES], total

    def _holders(self, term: Term, within: str, limit: int) -> dict[int, float]:
        """The articles holding a term, each with the weight of the best form it holds: the
        word as typed counts more than a misspelling of it (an inflection counts as the word
        here; reading the article in full tells them apart)."""
        weaker = max((w for w in term.variants.values() if w < INFLECTED), default=0.0)
        held = dict.fromkeys(self._ids(within + term.expression(), limit), weaker or EXACT)
        if weaker and max(term.variants.values()) >= INFLECTED:
            held.update(dict.fromkeys(self._ids(within + term.expression(INFLECTED), limit), EXACT))
        return held

    def _count(self, parsed: ParsedQuery, required: set[int] | None) -> int:
        """Articles holding any of the query's words (and its phrases and filters)."""
        expression = " OR ".join(t.expression() for t in parsed.retrieval_terms)
        if required is None:
            row = self.conn.execute("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH ?", (expression,))
            return int(row.fetchone()[0])
        return len(self._ids(expression) & required)

    # ----- reading and scoring -----------------------------------------------------------
    def _read(self, candidates: list[tuple[int, float]], matcher: QueryMatcher, query: SearchQuery,
              wanted: int) -> list[_Read]:
        """Score candidates in full, best first, until `wanted` distinct articles are read.

        Copies of one article (republished, perhaps with a word changed) are read once:
        a candidate found by the same words as one before it, under a near-identical
        title, is read last (only when too few others are); one read whose title and
        opening are near-identical to an article's already read is dropped."""
        titles = self._titles([i for i, _score in candidates])
        # A query word in the headline says more about what the article is about.
        ranked = sorted(candidates, key=lambda c: (c[1] + 0.5 * matcher.title_weight(titles.get(c[0], "")), c[0]),
                        reverse=True)
        distinct: list[int] = []
        likely_copies: list[int] = []  # read only if too few others are
        heads: dict[float, list[str]] = {}  # titles seen, by the score that found them
        for sid, score in ranked:
            title = fold(titles.get(sid, ""))
            same_score = heads.setdefault(score, [])
            if not same_score or process.extractOne(title, same_score, scorer=fuzz.ratio,
                                                    score_cutoff=_NEAR_COPY) is None:
                same_score.append(title)
                distinct.append(sid)
                if len(distinct) >= 3 * wanted:
                    break  # more than can be read
            else:
                likely_copies.append(sid)
        out: list[_Read] = []
        openings: list[tuple[str, str]] = []  # (title, opening) of every article read
        self._read_into(out, openings, distinct, matcher, query, wanted)
        if len(openings) < wanted and likely_copies:
            # Too few others: the likely copies whose title and opening differ after all.
            self._read_into(out, openings, self._unlike(likely_copies, openings), matcher, query, wanted)
        out.sort(key=lambda r: -r.score.score)
        return out

    def _read_into(self, out: list[_Read], openings: list[tuple[str, str]], ids: list[int],
                   matcher: QueryMatcher, query: SearchQuery, wanted: int) -> None:
        """Read and score `ids` in order, skipping copies of articles already read, until
        `wanted` articles are read."""
        lo = 0
        while lo < len(ids) and len(openings) < wanted:
            chunk = ids[lo:lo + wanted - len(openings)]
            lo += len(chunk)
            marks = ",".join("?" * len(chunk))
            rows = self._sources(chunk, "title, text")
            boilerplate = "" if query.include_boilerplate else " AND boilerplate = 0"
            spans: dict[int, list[tuple[int, int, int]]] = {}
            for sid, idx, start, end in self.conn.execute(
                f'SELECT source_id, idx, start, "end" FROM paragraphs WHERE source_id IN ({marks}){boilerplate}'
                " ORDER BY source_id, idx", chunk):
                spans.setdefault(sid, []).append((idx, start, end))
            avg_length = sum(len(r[2]) for r in rows.values()) / max(1, len(rows)) / 6.0
            for sid in chunk:
                row = rows.get(sid)
                if row is None or sid not in spans:
                    continue
                head = (fold(row[1]), fold(row[2][:_OPENING]))
                if _copied(head, openings):
                    continue  # a copy of an article already read
                openings.append(head)
                score = matcher.score_article(row[2], row[1], spans[sid], avg_length, query.per_article)
                if score.coverage > 0:
                    out.append(_Read(sid, row[1], row[2], score))

    def _unlike(self, ids: list[int], openings: list[tuple[str, str]]) -> list[int]:
        """Those of `ids` that copy no article read and no other of them (title and opening
        only: the whole text is read later, for those that remain)."""
        heads = list(openings)
        kept: list[int] = []
        rows = self._sources(ids, f"title, substr(text, 1, {_OPENING})")
        for sid in ids:
            if sid in rows:
                head = (fold(rows[sid][1]), fold(rows[sid][2]))
                if not _copied(head, heads):
                    heads.append(head)
                    kept.append(sid)
        return kept

    def _titles(self, ids: list[int]) -> dict[int, str]:
        """Titles only (a title is read without the article's text)."""
        return {sid: row[1] for sid, row in self._sources(ids, "title").items()}

    def _sources(self, ids: list[int], columns: str) -> dict[int, tuple]:
        """(id, *columns) of the given sources, by id, in chunks SQLite's limits allow."""
        out: dict[int, tuple] = {}
        for lo in range(0, len(ids), 500):
            chunk = ids[lo:lo + 500]
            out.update((row[0], row) for row in self._plain.execute(
                f"SELECT id, {columns} FROM sources WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def _quote_hits(self, sources: list[int], matcher: QueryMatcher, query: SearchQuery) -> list[SearchHit]:
        """The quotes of the best candidate articles, each scored by its own words."""
        hits: list[SearchHit] = []
        titles = self._titles(sources)
        seen: set[str] = set()
        for q in self._quotes_of(sources, query.kind):
            if query.speaker and not _speaker_matches(q["speaker"], query.speaker):
                continue
            folded = fold(q["text"])
            if folded in seen:
                continue  # the same quote in a syndicated copy: once
            seen.add(folded)
            score, matches = matcher.score_text(q["text"])
            if not matches:
                continue
            hits.append(SearchHit(
                kind="quote", score=score, text=q["text"], source_id=q["source_id"],
                source_title=titles.get(q["source_id"]), paragraph=q["paragraph_idx"], start=q["start"],
                end=q["end"], matches=tuple((q["start"] + s, q["start"] + e) for s, e in matches),
                quote_id=q["id"], speaker=q["speaker"],
            ))
        hits.sort(key=lambda h: -h.score)
        return hits[: query.limit]

    def _quotes_of(self, sources: list[int], kind: str | None) -> list[sqlite3.Row]:
        if not sources:
            return []
        sql = ("SELECT q.id, q.text, q.start, q.\"end\", q.kind, q.source_id, q.paragraph_idx,"
               " a.name AS speaker FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id"
               f" WHERE q.source_id IN ({','.join('?' * len(sources))})")
        args: list[object] = list(sources)
        if kind:
            sql += " AND q.kind = ?"
            args.append(kind)
        return self.conn.execute(sql + " ORDER BY q.source_id, q.start", args).fetchall()

    def _quotes_by_speaker(self, query: SearchQuery) -> list[SearchHit]:
        where, args = query.period.sql()
        if query.source_id is not None:
            where.append("q.source_id = ?")
            args.append(query.source_id)
        rows = self.conn.execute(
            "SELECT q.id, q.text, q.start, q.\"end\", q.source_id, q.paragraph_idx, a.name AS speaker,"
            " s.title FROM quotes q JOIN actors a ON a.id = q.speaker_id JOIN sources s ON s.id = q.source_id"
            " WHERE (a.name LIKE ? OR a.id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ?))"
            f"{''.join(' AND ' + w for w in where)} ORDER BY q.source_id, q.start LIMIT ?",
            (f"%{query.speaker}%", f"%{query.speaker}%", *args, query.limit),
        ).fetchall()
        return [SearchHit(kind="quote", score=1.0, text=r["text"], source_id=r["source_id"],
                          source_title=r["title"], paragraph=r["paragraph_idx"], start=r["start"],
                          end=r["end"], quote_id=r["id"], speaker=r["speaker"]) for r in rows]

    def _actors(self, text: str, limit: int) -> list[SearchHit]:
        if not text.strip():
            return []
        rows, names = self._actor_names()
        found = process.extract(fold(text), names, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70)
        hits: dict[int, SearchHit] = {}
        for _name, score, i in found:
            row = rows[i]
            if row["id"] not in hits or hits[row["id"]].score < score / 100:
                hits[row["id"]] = SearchHit(kind="actor", score=score / 100, text=row["name"],
                                            actor_id=row["id"], actor_type=row["type"])
        return sorted(hits.values(), key=lambda h: -h.score)[:limit]

    def _actor_names(self) -> tuple[list[sqlite3.Row], list[str]]:
        """Every actor's names, folded, read once per state of the names: filtering the
        Actors list searches them at each keystroke, and reading and folding them all
        cost more than the fuzzy match itself."""
        version = tuple(self.conn.execute("SELECT count(*), max(rowid), total(actor_id) FROM actor_aliases").fetchone())
        if self._names is None or self._names[0] != version:
            rows = self.conn.execute(
                "SELECT a.id, a.name, a.type, x.alias FROM actors a JOIN actor_aliases x ON x.actor_id = a.id"
            ).fetchall()
            self._names = (version, rows, [fold(r["alias"]) for r in rows])
        return self._names[1], self._names[2]


def _copied(head: tuple[str, str], heads: list[tuple[str, str]]) -> bool:
    """Whether an article's (title, opening) is near-identical to one of `heads`."""
    return any(_near(head[0], t) and _near(head[1], o) for t, o in heads)


def _near(a: str, b: str) -> bool:
    """Whether two titles (or openings) are the same text but for a word or so."""
    return a == b or fuzz.ratio(a, b, score_cutoff=_NEAR_COPY) > 0


def _kth_largest(scores: dict[int, float], k: int) -> float:
    """The k-th largest score (0 when there are fewer)."""
    if len(scores) < k:
        return 0.0
    return heapq.nlargest(k, scores.values())[-1]


def _passage_hits(read: list[_Read], query: SearchQuery) -> list[SearchHit]:
    """Each article's best passages, articles in order; a passage already shown (the same
    paragraph in another article) is not shown again."""
    hits: list[SearchHit] = []
    shown: set[str] = set()
    rank = 0
    for article in read:
        passages = []
        for p in article.score.passages:
            text = article.text[p.start:p.end]
            folded = fold(text)
            if folded in shown:
                continue
            shown.add(folded)
            passages.append((p, text))
        if not passages:
            continue
        rank += 1
        for p, text in passages:
            hits.append(SearchHit(
                kind="passage", score=article.score.score, text=text, source_id=article.source_id,
                source_title=article.title, paragraph=p.idx, start=p.start, end=p.end,
                matches=tuple(p.matches), article_rank=rank,
            ))
        if rank >= query.limit:
            break
    return hits


def _speaker_matches(speaker: str | None, wanted: str) -> bool:
    if not speaker:
        return False
    return fuzz.partial_ratio(fold(wanted), fold(speaker)) >= 85
