"""Sources, Actors, Quotes and Figures: the store's lists, paged, filtered, sorted."""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

from rapidfuzz import fuzz, process
from textual.binding import Binding

from store.kinds import CitedKind
from store.queries import find_source
from store.search import SearchQuery
from store.search.fold import fold
from tui.messages import CopyText, OpenActor, OpenQuote, OpenSource
from tui.text import citation, number
from tui.views.table import Column, Row, TableView

_QUOTE_FILTER = re.compile(r"\b(speaker|kind|source):(\"[^\"]*\"|\S+)", re.IGNORECASE)


class SourcesView(TableView):
    TITLE = "Sources"
    COLUMNS = [
        Column("title", "Title", "s.title COLLATE NOCASE", 52),
        Column("outlet", "Outlet", "s.outlet COLLATE NOCASE", 16),
        Column("date", "Date", "s.published", 10),
        Column("quotes", "Quotes", "quotes", 6),
        Column("figures", "Figures", "figures", 7),
    ]
    DEFAULT_SORT = ("", False)

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:
        conn = self.db.conn()
        base = ("SELECT s.id, s.title, s.outlet, s.published,"
                " (SELECT count(*) FROM quotes q WHERE q.source_id = s.id) AS quotes,"
                " (SELECT count(*) FROM figures f WHERE f.source_id = s.id) AS figures FROM sources s")
        if text:
            titles = conn.execute("SELECT id, title FROM sources").fetchall()
            found = process.extract(fold(text), [fold(t["title"]) for t in titles], scorer=fuzz.WRatio,
                                    limit=offset + limit, score_cutoff=60)
            ids = [titles[i]["id"] for _n, _s, i in found][offset:]
            if not ids:
                return []
            rows = {r["id"]: r for r in conn.execute(f"{base} WHERE s.id IN ({','.join('?' * len(ids))})", ids)}
            ordered = [rows[i] for i in ids if i in rows]
        else:
            order = self.sort_sql() or "s.id"
            ordered = conn.execute(f"{base} ORDER BY {order} LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [Row(str(r["id"]), (r["title"], r["outlet"], r["published"], r["quotes"], r["figures"]),
                    dict(r)) for r in ordered]

    def open(self, row: Row) -> None:
        self.post_message(OpenSource(int(row.key)))


class ActorsView(TableView):
    TITLE = "Actors"
    COLUMNS = [
        Column("name", "Name", "a.name COLLATE NOCASE", 28),
        Column("type", "Type", "a.type", 12),
        Column("role", "Role", None, 26),
        Column("articles", "Articles", "articles", 8),
        Column("quotes", "Quotes", "quotes", 6),
        Column("mentions", "Mentions", "mentions", 8),
    ]
    # By name: instant at any size; the count columns sort on demand (in a worker).
    DEFAULT_SORT = ("name", False)
    _SELECT = ("SELECT a.id, a.name, a.type, a.roles,"
               " (SELECT count(DISTINCT m.source_id) FROM mentions m WHERE m.actor_id = a.id) AS articles,"
               " (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.id) AS quotes,"
               " (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions FROM actors a")

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:
        conn = self.db.conn()
        if text:
            hits = self.db.search().search(SearchQuery(text, scope="actors", limit=offset + limit))[offset:]
            ids = [h.actor_id for h in hits]
            if not ids:
                return []
            rows = {r["id"]: r for r in conn.execute(
                f"{self._SELECT} WHERE a.id IN ({','.join('?' * len(ids))})", ids)}
            ordered = [rows[i] for i in ids if i in rows]
        else:
            order = self.sort_sql() or "a.id"
            ordered = conn.execute(f"{self._SELECT} ORDER BY {order}, a.id LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        out = []
        for r in ordered:
            roles = json.loads(r["roles"])
            out.append(Row(str(r["id"]), (r["name"], r["type"], roles[0] if roles else "", r["articles"],
                                          r["quotes"], r["mentions"]), dict(r)))
        return out

    def open(self, row: Row) -> None:
        self.post_message(OpenActor(int(row.key)))


class QuotesView(TableView):
    TITLE = "Quotes"
    ADD_KIND: ClassVar[CitedKind | None] = "quote"
    COLUMNS = [
        Column("speaker", "Speaker", "a.name COLLATE NOCASE", 20),
        Column("quote", "Quote", None, 50),
        Column("kind", "Kind", "q.kind", 8),
        Column("source", "Source", "s.title COLLATE NOCASE", 24),
    ]
    BINDINGS = [
        Binding("a", "add", "Add to brief", id="add"),
        Binding("c,y", "copy", "Copy", id="copy"),
    ]

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:
        conn = self.db.conn()
        filters = {k.lower(): v.strip('"') for k, v in _QUOTE_FILTER.findall(text)}
        free = _QUOTE_FILTER.sub(" ", text).strip()
        source = None
        if filters.get("source"):
            source = find_source(conn, filters["source"])
            if source is None:
                return []  # no single source matches: nothing, rather than every source
        if free:
            hits = self.db.search().search(SearchQuery(
                free, scope="quotes", limit=offset + limit, speaker=filters.get("speaker"),
                kind=filters.get("kind"), source_id=source))[offset:]
            ids = [h.quote_id for h in hits]
            if not ids:
                return []
            rows = {r["id"]: r for r in self._query(conn, f"q.id IN ({','.join('?' * len(ids))})", list(ids),
                                                     "q.id", len(ids), 0)}
            ordered = [rows[i] for i in ids if i in rows]
        else:
            where: list[str] = ["1"]
            args: list[object] = []
            if filters.get("speaker"):
                where.append("(a.name LIKE ? OR a.id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ?))")
                args += [f"%{filters['speaker']}%"] * 2
            if filters.get("kind"):
                where.append("q.kind = ?")
                args.append(filters["kind"])
            if source is not None:
                where.append("q.source_id = ?")
                args.append(source)
            ordered = self._query(conn, " AND ".join(where), args, self.sort_sql() or "q.source_id, q.start",
                                  limit, offset)
        return [Row(str(r["id"]), (r["speaker"] or "—", r["text"], r["kind"], r["title"]), dict(r)) for r in ordered]

    @staticmethod
    def _query(conn: Any, where: str, args: list[Any], order: str, limit: int, offset: int) -> list[Any]:
        return conn.execute(
            "SELECT q.id, q.text, q.kind, q.cue, q.source_id, q.start, q.\"end\", a.name AS speaker,"
            " s.title, s.outlet, s.published FROM quotes q JOIN sources s ON s.id = q.source_id"
            f" LEFT JOIN actors a ON a.id = q.speaker_id WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()

    def open(self, row: Row) -> None:
        self.post_message(OpenQuote(int(row.key)))

    def action_copy(self) -> None:
        row = self.current()
        if row:
            p = row.payload
            who = f" — {p['speaker']}" if p.get("speaker") else ""
            self.post_message(CopyText(f"“{p['text']}”{who} ({citation(p['title'], p['outlet'], p['published'])})"))


class FiguresView(TableView):
    TITLE = "Figures"
    ADD_KIND: ClassVar[CitedKind | None] = "figure"
    COLUMNS = [
        Column("figure", "Figure", None, 30),
        Column("value", "Value", "f.value", 14),
        Column("unit", "Unit / counts", "f.unit COLLATE NOCASE", 16),
        Column("qualifier", "Qualifier", "f.qualifier", 10),
        Column("source", "Source", "s.title COLLATE NOCASE", 24),
    ]
    BINDINGS = [
        Binding("a", "add", "Add to brief", id="add"),
        Binding("c,y", "copy", "Copy", id="copy"),
    ]

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:
        where, args = "1", []
        if text:
            where = "(f.text LIKE ? OR f.unit LIKE ? OR s.title LIKE ?)"
            args = [f"%{text}%"] * 3
        rows = self.db.conn().execute(
            "SELECT f.id, f.text, f.value, f.value_to, f.unit, f.qualifier, f.vague, f.source_id, f.start,"
            " f.\"end\", s.title, s.outlet, s.published FROM figures f JOIN sources s ON s.id = f.source_id"
            f" WHERE {where} ORDER BY {self.sort_sql() or 'f.source_id, f.start'} LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
        out = []
        for r in rows:
            value = number(r["value"]) + (f" – {number(r['value_to'])}" if r["value_to"] is not None else "")
            qualifier = "vague" if r["vague"] else r["qualifier"]
            out.append(Row(str(r["id"]), (r["text"], value, r["unit"], qualifier, r["title"]), dict(r)))
        return out

    def open(self, row: Row) -> None:
        self.post_message(OpenSource(row.payload["source_id"], at=row.payload["start"]))

    def action_copy(self) -> None:
        row = self.current()
        if row:
            p = row.payload
            self.post_message(CopyText(f"{p['text']} ({citation(p['title'], p['outlet'], p['published'])})", "figure"))


__all__ = ["ActorsView", "FiguresView", "QuotesView", "SourcesView"]
