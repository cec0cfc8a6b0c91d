"""Sources, Actors, Quotes and Figures: the store's lists, paged, filtered, sorted."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from store import read
from store.dates import day_of
from store.kinds import QUOTE_KINDS, CitedKind
from store.queries import find_source
from store.search import SearchQuery
from store.search.fold import fold, words
from tui import actions, period
from tui.correcting import Corrects
from tui.messages import OpenActor, OpenFigure, OpenQuote, OpenSource
from tui.screens.reader import QUOTE_STYLE
from tui.text import citation, first_reported, highlighted, number, quote_with_citation, word_marks
from tui.views.table import Column, Row, TableView
from tui.workers import db_work

_QUOTE_FILTER = re.compile(r"\b(speaker|kind|source):(\"[^\"]*\"|\S+)", re.IGNORECASE)


def _quote_filter(text: str) -> tuple[dict[str, str], str]:
    """The Quotes filter's `speaker:`, `kind:`, `source:` values, and its free words."""
    fields = {k.lower(): v.strip('"') for k, v in _QUOTE_FILTER.findall(text)}
    return fields, _QUOTE_FILTER.sub(" ", text).strip()


class SourcesView(TableView):
    TITLE = "Sources"
    COLUMNS = [
        Column("title", "Title", "title", flex=True),
        Column("outlet", "Outlet", "outlet", 16),
        Column("date", "Date", "date", 10),
        Column("quotes", "Quotes", "quotes", 6),
        Column("figures", "Figures", "figures", 7),
    ]
    DEFAULT_SORT = ("date", True)  # the newest first, as news is read; undated articles last

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:
        conn = self.db.conn()
        if text:
            ids = [i for i, _score in self._ranked(text)[offset:offset + limit]]
            rows = read.sources(conn, ids=ids) if ids else []
        else:
            order, desc = self.chosen_order("id")
            rows = read.sources(conn, order=order, desc=desc, limit=limit, offset=offset, period=self.period)
        return [Row(str(r.id), (r.title, r.outlet, day_of(r.published), r.quotes, r.figures), r) for r in rows]

    def _ranked(self, text: str) -> list[tuple[int, float]]:
        """Titles most like `text`, best first, within the period if there is one."""
        ranked = self.db.title_index().rank(text)
        if not self.period:
            return ranked
        allowed = read.source_ids_in(self.db.conn(), self.period)
        return [(i, score) for i, score in ranked if i in allowed]

    def total(self, text: str) -> int | None:
        return len(self._ranked(text)) if text else read.count_sources(self.db.conn(), self.period)

    def open(self, row: Row) -> None:
        self.post_message(OpenSource(int(row.key)))

    def copy_text(self, row: Row) -> tuple[str, str]:
        s: read.SourceRow = row.payload
        where = s.url or PurePath(s.path).name
        return f"{citation(s.title, s.outlet, s.published)} — {where}", "source's citation"


class ActorsView(Corrects, TableView):
    TITLE = "Actors"
    BINDINGS = actions.bindings("actors list")
    COLUMNS = [
        Column("name", "Name", "name", 22),
        Column("type", "Type", "type", 12),
        Column("role", "Role", None, flex=True),
        Column("articles", "Articles", "articles", 8),
        Column("quotes", "Quotes", "quotes", 6),
        Column("mentions", "Mentions", "mentions", 8),
    ]
    # By name: instant at any size; the count columns sort on demand (in a worker).
    DEFAULT_SORT = ("name", False)

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:
        conn = self.db.conn()
        if text:
            hits = self.db.search().search(SearchQuery(text, scope="actors", limit=offset + limit))[offset:]
            ids = [h.actor_id for h in hits if h.actor_id is not None]
            rows = read.actors(conn, ids=ids, period=self.period) if ids else []
        else:
            order, desc = self.chosen_order("id")
            rows = read.actors(conn, order=order, desc=desc, limit=limit, offset=offset, period=self.period)
        return [Row(str(r.id), (r.name, r.type, r.roles[0] if r.roles else "", r.articles, r.quotes, r.mentions), r)
                for r in rows]

    def total(self, text: str) -> int | None:
        return None if text else read.count_actors(self.db.conn(), period=self.period)

    def open(self, row: Row) -> None:
        self.post_message(OpenActor(int(row.key)))

    def copy_text(self, row: Row) -> tuple[str, str]:
        a: read.ActorRow = row.payload
        text = f"{a.name} ({a.type})"
        if a.roles:
            text += f"; roles: {'; '.join(a.roles)}"
        if a.aliases:
            text += f"; also called: {', '.join(a.aliases)}"
        return text, "actor's names and roles"

    def action_merge_actor(self) -> None:
        row = self.current()
        if row is not None:
            self.ask_merge(int(row.key))

    def action_hide_actor(self) -> None:
        row = self.current()
        if row is not None:
            self.hide_junk(int(row.key))


class QuotesView(Corrects, TableView):
    TITLE = "Quotes"
    ADD_KIND: ClassVar[CitedKind | None] = "quote"
    HELP_NOTE = ("Filter (/ or f): words are searched for in the quotes (any order, typos and other "
                 "forms forgiven), best first. Narrow with speaker:NAME (part of a name or alias), "
                 "kind:direct|partial|indirect and source:ID-OR-TITLE, e.g. speaker:cooper kind:direct "
                 'asylum; quote a value with spaces: speaker:"Yvette Cooper". ' + period.HELP)
    COLUMNS = [
        Column("speaker", "Speaker", "speaker", 18),
        Column("quote", "Quote", None, flex=True),
        Column("kind", "Kind", "kind", 8),
        Column("sources", "By", None, 2),  # articles reporting the quotation, when more than this one
        Column("source", "Source", "source", 20),
    ]
    BINDINGS = [*actions.bindings("cited lists"), *actions.bindings("quotes list")]

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:
        conn = self.db.conn()
        filters, free = _quote_filter(text)
        source = None
        if filters.get("source"):
            source = find_source(conn, filters["source"])
            if source is None:
                return []  # no single source matches: nothing, rather than every source
        kind = filters.get("kind")
        if free:
            hits = self.db.search().search(SearchQuery(
                free, scope="quotes", limit=offset + limit, speaker=filters.get("speaker"),
                kind=kind if kind in QUOTE_KINDS else None, source_id=source, period=self.period))[offset:]
            ids = [h.quote_id for h in hits if h.quote_id is not None]
            rows = read.quotes(conn, ids=ids) if ids else []
        else:
            order, desc = self.chosen_order("position")
            rows = read.quotes(conn, self._filter(filters, source), order=order, desc=desc,
                               limit=limit, offset=offset)
        return [Row(str(r.id), (r.speaker or "—", r.text, r.kind, r.sources if r.sources > 1 else "", r.source_title), r)
                for r in rows]

    def ranks(self, text: str) -> bool:
        return bool(_quote_filter(text)[1])  # free words are searched for

    def total(self, text: str) -> int | None:
        filters, free = _quote_filter(text)
        if free:
            return None  # ranked by search: counted as pages come
        conn = self.db.conn()
        source = find_source(conn, filters["source"]) if filters.get("source") else None
        return read.count_quotes(conn, self._filter(filters, source))

    def _filter(self, filters: dict[str, str], source: int | None) -> read.QuoteFilter:
        return read.QuoteFilter(speaker=filters.get("speaker"), source_id=source, kind=filters.get("kind"),
                                period=self.period)

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield Static("", id="quotes-preview", classes="preview")

    @on(DataTable.RowHighlighted)
    def _preview_row(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.preview(int(event.row_key.value), self.filter_text)

    @db_work(group="quote-preview", exclusive=True)
    def preview(self, quote_id: int, filter_text: str) -> None:
        """The highlighted quote in its paragraph, the words searched for marked."""
        found = read.quote_context(self.db.conn(), quote_id)
        if found is None:
            return
        wanted = {w for w in words(fold(_quote_filter(filter_text)[1])) if len(w) > 2}
        marks = [(found.start, found.end, QUOTE_STYLE), *word_marks(found.paragraph, wanted)]
        q = found.quote
        source = citation(q.source_title, q.outlet, q.published)
        source = source if len(source) <= 60 else source[:59] + "…"
        reported = ""
        if q.sources > 1:
            first = read.first_report([q, *read.quote_versions(self.db.conn(), q.id)])
            reported = f" · reported by {first_reported(q, first)}"
        head = f"{q.speaker or 'Unattributed'} · {q.kind} · {source}{reported}\n"
        body = Text(head, style="bold") + highlighted(found.paragraph, sorted(marks))
        self.app.call_from_thread(self.query_one("#quotes-preview", Static).update, body)

    def open(self, row: Row) -> None:
        self.post_message(OpenQuote(int(row.key)))

    def action_change_speaker(self) -> None:
        row = self.current()
        if row is not None:
            self.ask_speaker(int(row.key), row.payload.speaker)

    def copy_text(self, row: Row) -> tuple[str, str]:
        return quote_with_citation(row.payload), "quote"


class FiguresView(TableView):
    TITLE = "Figures"
    HELP_NOTE = ("Filter (/ or f): keeps the figures whose text, unit or source title hold every word typed. "
                 + period.HELP + " ≠ marks a figure another article of the time gives otherwise; Enter shows them.")
    ADD_KIND: ClassVar[CitedKind | None] = "figure"
    COLUMNS = [
        Column("flag", "≠", None, 1),  # another article of the time gives the quantity otherwise
        Column("figure", "Figure", None, 22),
        Column("value", "Value", "value", 12),
        Column("unit", "Unit / counts", "unit", 14),
        Column("qualifier", "Qualifier", "qualifier", 9),
        Column("source", "Source", "source", flex=True),
    ]
    BINDINGS = actions.bindings("cited lists")

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:
        order, desc = self.chosen_order("position")
        rows = read.figures(self.db.conn(), read.FigureFilter(containing=text or None, period=self.period),
                            order=order, desc=desc, limit=limit, offset=offset)
        out = []
        for r in rows:
            value = number(r.value) + (f" – {number(r.value_to)}" if r.value_to is not None else "")
            qualifier = "vague" if r.vague else r.qualifier
            out.append(Row(str(r.id), ("≠" if r.conflicts else "", r.text, value, r.unit, qualifier, r.source_title), r))
        return out

    def ranks(self, text: str) -> bool:
        return False  # the filter keeps the figures holding every word typed, in their order

    def total(self, text: str) -> int | None:
        return read.count_figures(self.db.conn(), read.FigureFilter(containing=text or None, period=self.period))

    def open(self, row: Row) -> None:
        self.post_message(OpenFigure(int(row.key)))

    def copy_text(self, row: Row) -> tuple[str, str]:
        f: read.FigureRow = row.payload
        return f"{f.text} ({citation(f.source_title, f.outlet, f.published)})", "figure"
