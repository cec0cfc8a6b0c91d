"""The one way in to the store's data for reading: typed rows, filters, order and paging.

The command line and the app both read through here, so a filter (a speaker by name or
alias) or an order means the same in both and exists once. Orders are named by keys from
a fixed list per kind of row, never by SQL from the caller. Briefs have their own reader,
`briefs.store.BriefStore`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from store.dates import Period, undated_last
from store.kinds import ActorType, QuoteKind


@dataclass(frozen=True, slots=True)
class SourceRow:
    id: int
    title: str
    outlet: str | None
    published: str | None
    path: str
    url: str | None
    ingested_at: str
    quotes: int
    figures: int
    chars: int


@dataclass(frozen=True, slots=True)
class ActorRow:
    id: int
    name: str
    type: ActorType
    roles: list[str]
    aliases: list[str]  # other names, the canonical one left out
    articles: int
    mentions: int
    quotes: int


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: int
    text: str
    kind: QuoteKind
    cue: str | None
    start: int
    end: int
    paragraph_idx: int
    source_id: int
    speaker_id: int | None
    speaker: str | None
    source_title: str
    outlet: str | None
    published: str | None
    sources: int  # articles reporting this quotation, this one included (store/corroboration.py)


@dataclass(frozen=True, slots=True)
class FigureRow:
    id: int
    text: str
    value: float
    value_to: float | None
    unit: str | None
    qualifier: str | None
    direction: str | None
    vague: bool
    start: int
    end: int
    paragraph_idx: int
    source_id: int
    source_title: str
    outlet: str | None
    published: str | None
    conflicts: int  # figures of the same quantity that other articles of the time give otherwise


@dataclass(frozen=True, slots=True)
class ActorArticle:
    """An article naming an actor, and how often."""

    id: int
    title: str
    outlet: str | None
    published: str | None
    mentions: int


@dataclass(frozen=True, slots=True)
class ActorDetail:
    actor: ActorRow
    quotes: list[QuoteRow]
    articles: list[ActorArticle]
    figures_near_quotes: list[FigureRow]


@dataclass(frozen=True, slots=True)
class QuoteDetail:
    quote: QuoteRow
    source_text: str
    paragraph: tuple[int, int] | None  # offsets of its paragraph in source_text
    versions: list[QuoteRow]  # the same quotation in other articles, perhaps worded apart, by date

    @property
    def first(self) -> QuoteRow:
        return first_report([self.quote, *self.versions])


def first_report(reports: Sequence[QuoteRow]) -> QuoteRow:
    """The earliest of several reports of one quotation (by date; undated reports count last)."""
    return min(reports, key=lambda q: (undated_last(q.published), q.id))


@dataclass(frozen=True, slots=True)
class ReaderParagraph:
    idx: int
    start: int
    end: int
    boilerplate: bool


@dataclass(frozen=True, slots=True)
class ReaderDocument:
    """A source as the reader shows it: its text, paragraphs and what extraction marked."""

    source: SourceRow
    text: str
    paragraphs: list[ReaderParagraph]
    quotes: list[tuple[int, int]]
    mentions: list[tuple[int, int]]
    figures: list[tuple[int, int]]


# ----- sources -----------------------------------------------------------------------------

_SOURCE_SELECT = (
    "SELECT s.id, s.title, s.outlet, s.published, s.path, s.url, s.ingested_at,"
    " (SELECT count(*) FROM quotes q WHERE q.source_id = s.id) AS quotes,"
    " (SELECT count(*) FROM figures f WHERE f.source_id = s.id) AS figures,"
    " length(s.text) AS chars FROM sources s"
)
SOURCE_ORDERS = {
    "id": "s.id", "title": "s.title COLLATE NOCASE", "outlet": "s.outlet COLLATE NOCASE",
    "date": "s.published", "quotes": "quotes", "figures": "figures",
}


def sources(conn: sqlite3.Connection, *, ids: Sequence[int] | None = None, order: str = "id",
            desc: bool = False, limit: int | None = None, offset: int = 0,
            period: Period = Period()) -> list[SourceRow]:
    """Stored articles; with `ids`, those in that order (a ranking made elsewhere)."""
    where, args = period.sql()
    if ids is not None:
        where.insert(0, f"s.id IN ({_marks(ids)})")
        args[:0] = list(ids)
        return _in_order(ids, _rows(conn, f"{_SOURCE_SELECT} WHERE {' AND '.join(where)}", args, SourceRow))
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    sql = f"{_SOURCE_SELECT}{clause} ORDER BY {_order(SOURCE_ORDERS, order, desc)}, s.id"
    return _rows(conn, sql + _page(limit, offset), args, SourceRow)


def source_ids_in(conn: sqlite3.Connection, period: Period) -> set[int]:
    """The ids of the sources published in `period`."""
    inner, args = period.sources_sql()
    return {int(r[0]) for r in conn.execute(inner, args)}


def count_sources(conn: sqlite3.Connection, period: Period = Period()) -> int:
    where, args = period.sql("published")
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return int(conn.execute(f"SELECT count(*) FROM sources{clause}", args).fetchone()[0])


def sources_version(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes whenever sources are added or removed (their count and highest id), so a
    cache built from them knows when to rebuild."""
    count, top = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM sources").fetchone()
    return int(count), int(top)


def source_titles(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """Every source's id and title, for filtering titles by similarity."""
    return [(int(r[0]), str(r[1])) for r in conn.execute("SELECT id, title FROM sources ORDER BY id")]


# ----- actors ------------------------------------------------------------------------------

_ACTOR_SELECT = (
    "SELECT a.id, a.name, a.type, a.roles,"
    " (SELECT group_concat(alias, '|') FROM actor_aliases x WHERE x.actor_id = a.id AND x.alias != a.name) AS aliases,"
    " (SELECT count(DISTINCT m.source_id) FROM mentions m WHERE m.actor_id = a.id{mentions}) AS articles,"
    " (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id{mentions}) AS mentions,"
    " (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.id{quotes}) AS quotes FROM actors a"
)


def _actor_select(period: Period) -> tuple[str, list[object], str, list[object]]:
    """The actor select with its counts kept to `period` and its arguments, and the
    condition that an actor is named in the period and its arguments."""
    if not period:
        return _ACTOR_SELECT.format(mentions="", quotes=""), [], "", []
    inner, args = period.sources_sql()
    select = _ACTOR_SELECT.format(mentions=f" AND m.source_id IN ({inner})", quotes=f" AND q.source_id IN ({inner})")
    named = f" AND EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id AND m.source_id IN ({inner}))"
    return select, args * 3, named, args


# Actors an analyst hid (store/corrections.py) are left out of every list and count.
_VISIBLE = ("NOT EXISTS (SELECT 1 FROM corrections c WHERE c.kind = 'hide' AND c.name = a.name"
            " AND c.actor_type = a.type)")
ACTOR_ORDERS = {
    "id": "a.id", "name": "a.name COLLATE NOCASE", "type": "a.type", "articles": "articles",
    "quotes": "quotes", "mentions": "mentions",
    "presence": "articles DESC, mentions DESC, a.name",  # the most present first
}


def actors(conn: sqlite3.Connection, *, ids: Sequence[int] | None = None, type_: str | None = None,
           order: str = "presence", desc: bool = False, limit: int | None = None,
           offset: int = 0, period: Period = Period()) -> list[ActorRow]:
    """Actors; with `ids`, those in that order. With a period: those named in its
    articles, counted there."""
    select, select_args, named, named_args = _actor_select(period)
    if ids is not None:
        sql = f"{select} WHERE a.id IN ({_marks(ids)}) AND {_VISIBLE}{named}"
        return _in_order(ids, _actor_rows(conn, sql, [*select_args, *ids, *named_args]))
    where, type_args = (f"WHERE a.type = ? AND {_VISIBLE}", [type_]) if type_ else (f"WHERE {_VISIBLE}", [])
    sql = f"{select} {where}{named} ORDER BY {_order(ACTOR_ORDERS, order, desc)}, a.id"
    return _actor_rows(conn, sql + _page(limit, offset), [*select_args, *type_args, *named_args])


def actor_labels(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """The name and type of each visible actor of `ids`, without their counts (which, for
    an actor named in 10,000 articles, take milliseconds each)."""
    return {int(r[0]): (str(r[1]), str(r[2])) for r in conn.execute(
        f"SELECT a.id, a.name, a.type FROM actors a WHERE a.id IN ({_marks(ids)}) AND {_VISIBLE}", list(ids))}


def actor_named(conn: sqlite3.Connection, name: str) -> ActorRow | None:
    """The actor with this name (any case), or the one actor with this alias; None if
    there is none or the alias is ambiguous."""
    name = " ".join(name.split())
    rows = conn.execute("SELECT id FROM actors WHERE name = ? COLLATE NOCASE ORDER BY type != 'person', id LIMIT 1",
                        (name,)).fetchall()
    if not rows:
        rows = conn.execute("SELECT DISTINCT actor_id FROM actor_aliases WHERE alias = ? COLLATE NOCASE LIMIT 2",
                            (name,)).fetchall()
    found = actors(conn, ids=[int(rows[0][0])]) if len(rows) == 1 else []
    return found[0] if found else None


def count_actors(conn: sqlite3.Connection, type_: str | None = None, period: Period = Period()) -> int:
    _select, _args, named, named_args = _actor_select(period)
    where, type_args = (f"a.type = ? AND {_VISIBLE}", [type_]) if type_ else (_VISIBLE, [])
    return int(conn.execute(f"SELECT count(*) FROM actors a WHERE {where}{named}",
                            [*type_args, *named_args]).fetchone()[0])


def _actor_rows(conn: sqlite3.Connection, sql: str, args: Sequence[object]) -> list[ActorRow]:
    out = []
    for r in conn.execute(sql, args):
        row = dict(r)
        row["roles"] = json.loads(row["roles"])
        row["aliases"] = row["aliases"].split("|") if row["aliases"] else []
        out.append(ActorRow(**row))
    return out


# ----- quotes ------------------------------------------------------------------------------

_QUOTE_SELECT = (
    "SELECT q.id, q.text, q.kind, q.cue, q.start, q.\"end\" AS end, q.paragraph_idx, q.source_id,"
    " q.speaker_id, a.name AS speaker, s.title AS source_title, s.outlet, s.published,"
    " CASE WHEN q.group_id IS NULL THEN 1 ELSE (SELECT count(DISTINCT o.source_id) FROM quotes o"
    " WHERE o.group_id = q.group_id) END AS sources"
    " FROM quotes q JOIN sources s ON s.id = q.source_id LEFT JOIN actors a ON a.id = q.speaker_id"
)
QUOTE_ORDERS = {
    "position": "q.source_id, q.start",
    "speaker": "a.name COLLATE NOCASE", "kind": "q.kind", "source": "s.title COLLATE NOCASE",
    "date": "s.published IS NULL, s.published, q.source_id, q.start",  # undated last
}


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotes: by speaker (part of a name or alias, or an actor id), source, kind and
    the period their articles were published in."""

    speaker: str | None = None
    speaker_id: int | None = None
    source_id: int | None = None
    kind: str | None = None
    period: Period = Period()
    corroborated: bool = False  # only quotations other articles report too

    def sql(self) -> tuple[str, list[object]]:
        where, args = self.period.sql()
        if self.corroborated:
            where.append("q.group_id IS NOT NULL")
        if self.speaker:
            where.append("(a.name LIKE ? OR q.speaker_id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ?))")
            args += [f"%{self.speaker}%"] * 2
        if self.speaker_id is not None:
            where.append("q.speaker_id = ?")
            args.append(self.speaker_id)
        if self.source_id is not None:
            where.append("q.source_id = ?")
            args.append(self.source_id)
        if self.kind:
            where.append("q.kind = ?")
            args.append(self.kind)
        return (" WHERE " + " AND ".join(where) if where else ""), args


def quotes(conn: sqlite3.Connection, which: QuoteFilter = QuoteFilter(), *, ids: Sequence[int] | None = None,
           order: str = "position", desc: bool = False, limit: int | None = None,
           offset: int = 0) -> list[QuoteRow]:
    """Quotes with their speakers and sources; with `ids`, those in that order."""
    if ids is not None:
        return _in_order(ids, _rows(conn, f"{_QUOTE_SELECT} WHERE q.id IN ({_marks(ids)})", list(ids), QuoteRow))
    where, args = which.sql()
    sql = f"{_QUOTE_SELECT}{where} ORDER BY {_order(QUOTE_ORDERS, order, desc)}, q.id"
    return _rows(conn, sql + _page(limit, offset), args, QuoteRow)


def count_quotes(conn: sqlite3.Connection, which: QuoteFilter = QuoteFilter()) -> int:
    where, args = which.sql()
    sources = " JOIN sources s ON s.id = q.source_id" if which.period else ""
    sql = f"SELECT count(*) FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id{sources}{where}"
    return int(conn.execute(sql, args).fetchone()[0])


# ----- figures -----------------------------------------------------------------------------

_FIGURE_COLUMNS = (
    "f.id, f.text, f.value, f.value_to, f.unit, f.qualifier, f.direction, f.vague,"
    " f.start, f.\"end\" AS end, f.paragraph_idx, f.source_id, s.title AS source_title, s.outlet, s.published,"
    " (SELECT count(*) FROM figure_conflicts c WHERE c.figure_id = f.id) AS conflicts"
)
_FIGURE_SELECT = f"SELECT {_FIGURE_COLUMNS} FROM figures f JOIN sources s ON s.id = f.source_id"
FIGURE_ORDERS = {
    "position": "f.source_id, f.start", "value": "f.value", "unit": "f.unit COLLATE NOCASE",
    "qualifier": "f.qualifier", "source": "s.title COLLATE NOCASE",
}


@dataclass(frozen=True, slots=True)
class FigureFilter:
    """Which figures: of a source, of a unit, or whose text, unit or source title hold
    each word of `containing` (in any order)."""

    source_id: int | None = None
    unit: str | None = None
    containing: str | None = None
    period: Period = Period()
    conflicting: bool = False  # only figures other articles of the time give otherwise

    def sql(self) -> tuple[str, list[object]]:
        where, args = self.period.sql()
        if self.conflicting:
            where.append("EXISTS (SELECT 1 FROM figure_conflicts c WHERE c.figure_id = f.id)")
        if self.source_id is not None:
            where.append("f.source_id = ?")
            args.append(self.source_id)
        if self.unit:
            where.append("lower(f.unit) = lower(?)")
            args.append(self.unit)
        for word in (self.containing or "").split():
            where.append("(f.text LIKE ? OR f.unit LIKE ? OR s.title LIKE ?)")
            args += [f"%{word}%"] * 3
        return (" WHERE " + " AND ".join(where) if where else ""), args


def figures(conn: sqlite3.Connection, which: FigureFilter = FigureFilter(), *, order: str = "position",
            desc: bool = False, limit: int | None = None, offset: int = 0) -> list[FigureRow]:
    where, args = which.sql()
    sql = f"{_FIGURE_SELECT}{where} ORDER BY {_order(FIGURE_ORDERS, order, desc)}, f.id"
    return [_figure(r) for r in conn.execute(sql + _page(limit, offset), args)]


def count_figures(conn: sqlite3.Connection, which: FigureFilter = FigureFilter()) -> int:
    where, args = which.sql()
    return int(conn.execute(f"SELECT count(*) FROM figures f JOIN sources s ON s.id = f.source_id{where}",
                            args).fetchone()[0])


# ----- details -----------------------------------------------------------------------------

def actor_detail(conn: sqlite3.Connection, actor_id: int, near: int = 400) -> ActorDetail | None:
    """An actor with their quotes (by date, undated last), the articles naming them (most
    mentions first) and the figures within `near` characters of one of their quotes."""
    found = actors(conn, ids=[actor_id])
    if not found:
        return None
    said = quotes(conn, QuoteFilter(speaker_id=actor_id), order="date")
    articles = [ActorArticle(*r) for r in conn.execute(
        "SELECT s.id, s.title, s.outlet, s.published, count(*) AS n FROM mentions m JOIN sources s"
        " ON s.id = m.source_id WHERE m.actor_id = ? GROUP BY s.id ORDER BY n DESC, s.id", (actor_id,))]
    near_quotes: dict[int, FigureRow] = {}
    for q in said:
        for r in conn.execute(f"{_FIGURE_SELECT} WHERE f.source_id = ? AND f.start BETWEEN ? AND ? ORDER BY f.start",
                              (q.source_id, q.start - near, q.end + near)):
            near_quotes.setdefault(r["id"], _figure(r))
    return ActorDetail(found[0], said, articles, list(near_quotes.values()))


def quote_detail(conn: sqlite3.Connection, quote_id: int) -> QuoteDetail | None:
    """A quote with its source's text, its paragraph, and the same words (ignoring case,
    accents and end punctuation) quoted in other articles."""
    found = quotes(conn, ids=[quote_id])
    if not found:
        return None
    quote = found[0]
    text = conn.execute("SELECT text FROM sources WHERE id = ?", (quote.source_id,)).fetchone()[0]
    para = conn.execute('SELECT start, "end" FROM paragraphs WHERE source_id = ? AND idx = ?',
                        (quote.source_id, quote.paragraph_idx)).fetchone()
    return QuoteDetail(quote, text, (int(para[0]), int(para[1])) if para else None, quote_versions(conn, quote_id))


def quote_versions(conn: sqlite3.Connection, quote_id: int) -> list[QuoteRow]:
    """The same quotation as reported by other articles, by date (undated last)."""
    return _rows(conn, f"{_QUOTE_SELECT} JOIN quotes me ON me.id = ? AND me.group_id = q.group_id"
                       f" WHERE q.source_id != me.source_id ORDER BY {QUOTE_ORDERS['date']}", [quote_id], QuoteRow)


@dataclass(frozen=True, slots=True)
class FigureConflict:
    """Another article's figure of the same quantity that disagrees: `kind` is "value"
    (another number) or "change" (a change whose ends imply another percentage)."""

    figure: FigureRow
    kind: str


def figure_conflicts(conn: sqlite3.Connection, figure_id: int) -> list[FigureConflict]:
    rows = conn.execute(f"SELECT c2.kind AS conflict_kind, {_FIGURE_COLUMNS} FROM figure_conflicts c2"
                        f" JOIN figures f ON f.id = c2.other_id JOIN sources s ON s.id = f.source_id"
                        " WHERE c2.figure_id = ? ORDER BY s.published IS NULL, s.published, f.id", (figure_id,))
    out = []
    for r in rows:
        row = dict(r)
        kind = row.pop("conflict_kind")
        out.append(FigureConflict(_figure(row), kind))
    return out


def figures_by_id(conn: sqlite3.Connection, ids: Sequence[int]) -> list[FigureRow]:
    """Figures in the order of `ids`."""
    return _in_order(ids, [_figure(r) for r in conn.execute(f"{_FIGURE_SELECT} WHERE f.id IN ({_marks(ids)})",
                                                             list(ids))])


def _figure(row: sqlite3.Row | dict[str, object]) -> FigureRow:
    return FigureRow(**{**dict(row), "vague": bool(row["vague"])})


@dataclass(frozen=True, slots=True)
class QuoteContext:
    """A quote in its paragraph, for a preview: the paragraph's text and where the quote
    lies in it."""

    quote: QuoteRow
    paragraph: str
    start: int
    end: int


def quote_context(conn: sqlite3.Connection, quote_id: int) -> QuoteContext | None:
    found = quotes(conn, ids=[quote_id])
    if not found:
        return None
    quote = found[0]
    row = conn.execute('SELECT text, start FROM paragraphs WHERE source_id = ? AND start <= ? AND ? <= "end"'
                       " ORDER BY idx LIMIT 1", (quote.source_id, quote.start, quote.end)).fetchone()
    if row is None:
        return QuoteContext(quote, quote.text, 0, len(quote.text))
    return QuoteContext(quote, row[0], quote.start - row[1], quote.end - row[1])


def reader_document(conn: sqlite3.Connection, source_id: int) -> ReaderDocument | None:
    """Everything the reader shows of one source, or None if it no longer exists."""
    found = sources(conn, ids=[source_id])
    if not found:
        return None
    text = conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()[0]
    spans = {table: [(int(r[0]), int(r[1])) for r in conn.execute(
        f'SELECT start, "end" FROM {table} WHERE source_id = ? ORDER BY start', (source_id,))]
        for table in ("quotes", "mentions", "figures")}
    paragraphs = [ReaderParagraph(int(r[0]), int(r[1]), int(r[2]), bool(r[3])) for r in conn.execute(
        'SELECT idx, start, "end", boilerplate FROM paragraphs WHERE source_id = ? ORDER BY idx', (source_id,))]
    return ReaderDocument(found[0], text, paragraphs, spans["quotes"], spans["mentions"], spans["figures"])


# ----- helpers -----------------------------------------------------------------------------

def _order(orders: dict[str, str], key: str, desc: bool) -> str:
    """The ORDER BY of a named order; DESC reverses each of its terms' default direction."""
    if key not in orders:
        raise ValueError(f"cannot order by {key!r} (one of: {', '.join(orders)})")
    if not desc:
        return orders[key]
    terms = []
    for term in orders[key].split(", "):
        if term.endswith(" DESC"):
            terms.append(term.removesuffix(" DESC"))
        else:
            terms.append(term.removesuffix(" ASC") + " DESC")
    return ", ".join(terms)


def _page(limit: int | None, offset: int) -> str:
    if limit is None:
        return f" LIMIT -1 OFFSET {int(offset)}" if offset else ""
    return f" LIMIT {int(limit)} OFFSET {int(offset)}"


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids)) or "NULL"


def _rows(conn: sqlite3.Connection, sql: str, args: Sequence[object], row_type: type) -> list:
    return [row_type(**dict(r)) for r in conn.execute(sql, args)]


def _in_order(ids: Sequence[int], rows: list) -> list:
    by_id = {row.id: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]
