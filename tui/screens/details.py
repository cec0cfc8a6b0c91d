"""Detail screens: an actor (names, roles, quotes, articles, figures near their quotes) and
a quote (its paragraph highlighted, speaker, cue, source, the same words elsewhere)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Sparkline, Static

from store import read
from store.corroboration import figure_series, wording_changes
from store.dates import day_of
from store.timeline import ActorTimeline, actor_timeline
from tui import actions
from tui.correcting import Corrects
from tui.db import Database
from tui.keytable import KeyTable
from tui.messages import AddToBrief, CopyText, OpenActor, OpenFigure, OpenQuote, OpenSource
from tui.screens.reader import QUOTE_STYLE
from tui.text import (
    cell,
    citation,
    first_reported,
    highlighted,
    number,
    quote_with_citation,
    wording,
)
from tui.workers import db_work

_NEAR = 400  # characters around a quote in which figures are "near" it


class ActorScreen(Corrects, Screen[None]):
    BINDINGS = actions.bindings("actor")

    def __init__(self, db: Database, actor_id: int) -> None:
        super().__init__()
        self.db = db
        self.actor_id = actor_id
        self.figures: list[read.FigureRow] = []
        self.quotes: list[read.QuoteRow] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="actor-title", classes="view-title")
        yield Static("", id="actor-facts")
        yield Static("Over time", classes="section")
        yield Static("", id="actor-timeline-facts")
        with Horizontal(classes="chart-row"):
            yield Static("mentions", classes="chart-label")
            yield Sparkline([], id="actor-mentions-chart")
        with Horizontal(classes="chart-row"):
            yield Static("quotes", classes="chart-label")
            yield Sparkline([], id="actor-quotes-chart")
        yield Static("Quotes, by date", classes="section")
        yield KeyTable(cursor_type="row", id="actor-quotes")
        yield Static("Named beside them", classes="section")
        yield KeyTable(cursor_type="row", id="actor-together")
        yield Static("Articles", classes="section")
        yield KeyTable(cursor_type="row", id="actor-articles")
        yield Static("Figures near their quotes", classes="section")
        yield KeyTable(cursor_type="row", id="actor-figures")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#actor-quotes", DataTable).add_columns("Date", "Kind", "Quote", "Source")
        self.query_one("#actor-together", DataTable).add_columns("Name", "Type", "Articles together")
        self.query_one("#actor-articles", DataTable).add_columns("Title", "Outlet", "Date", "Mentions")
        self.query_one("#actor-figures", DataTable).add_columns("Figure", "Unit", "Source")
        self.load()

    @db_work(group="actor", exclusive=True)
    def load(self) -> None:
        detail = read.actor_detail(self.db.conn(), self.actor_id, near=_NEAR)
        over_time = actor_timeline(self.db.conn(), self.actor_id, quotes=False)
        if detail is not None and over_time is not None:
            self.app.call_from_thread(self._show, detail, over_time)

    def _show_timeline(self, over_time: ActorTimeline) -> None:
        points = over_time.points
        facts = Text()
        if points:
            facts.append(f"per {over_time.bucket}, {points[0].start} to {points[-1].start}: ")
            facts.append(f"most mentions {max(p.mentions for p in points)}, most quotes "
                         f"{max(p.quotes for p in points)} in one {over_time.bucket}")
        else:
            facts.append("no dated articles name them")
        if over_time.undated_mentions or over_time.undated_quotes:
            facts.append(f"; undated: {over_time.undated_mentions} mentions, {over_time.undated_quotes} quotes")
        self.query_one("#actor-timeline-facts", Static).update(facts)
        self.query_one("#actor-mentions-chart", Sparkline).data = [p.mentions for p in points]
        self.query_one("#actor-quotes-chart", Sparkline).data = [p.quotes for p in points]
        together = self.query_one("#actor-together", DataTable)
        for a in over_time.together:
            together.add_row(cell(a.name, 60), cell(a.type), cell(a.articles), key=str(a.id))

    def _show(self, detail: read.ActorDetail, over_time: ActorTimeline) -> None:
        self._show_timeline(over_time)
        actor = detail.actor
        self.figures = detail.figures_near_quotes
        self.quotes = detail.quotes
        self.query_one("#actor-title", Static).update(cell(f"{actor.name} ({actor.type})", 200))
        facts = Text()
        facts.append("Also called: ", style="bold")
        facts.append(", ".join(actor.aliases) or "—")
        facts.append("\nRoles: ", style="bold")
        facts.append("; ".join(actor.roles) or "—")
        self.query_one("#actor-facts", Static).update(facts)
        qt = self.query_one("#actor-quotes", DataTable)
        for q in detail.quotes:
            qt.add_row(cell(day_of(q.published) or "—"), cell(q.kind), cell(q.text, 120), cell(q.source_title, 40),
                       key=str(q.id))
        at = self.query_one("#actor-articles", DataTable)
        for a in detail.articles:
            at.add_row(cell(a.title, 80), cell(a.outlet), cell(day_of(a.published)), cell(a.mentions), key=str(a.id))
        ft = self.query_one("#actor-figures", DataTable)
        for f in self.figures:
            ft.add_row(cell(f.text), cell(f.unit), cell(f.source_title, 60), key=str(f.id))
        qt.focus()

    @on(DataTable.RowSelected, "#actor-quotes")
    def _open_quote(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.post_message(OpenQuote(int(event.row_key.value)))

    @on(DataTable.RowSelected, "#actor-together")
    def _open_together(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.post_message(OpenActor(int(event.row_key.value)))

    @on(DataTable.RowSelected, "#actor-articles")
    def _open_article(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.post_message(OpenSource(int(event.row_key.value)))

    @on(DataTable.RowSelected, "#actor-figures")
    def _open_figure(self, event: DataTable.RowSelected) -> None:
        fig = next(f for f in self.figures if str(f.id) == event.row_key.value)
        self.app.post_message(OpenSource(fig.source_id, at=fig.start))

    def action_merge_actor(self) -> None:
        self.ask_merge(self.actor_id)

    def action_hide_actor(self) -> None:
        self.hide_junk(self.actor_id)

    def corrected(self, note: str) -> None:
        """The actor shown is gone (merged or hidden): back to where the analyst came from."""
        super().corrected(note)
        self.app.pop_screen()

    def _selected_quote(self) -> read.QuoteRow | None:
        table = self.query_one("#actor-quotes", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((q for q in self.quotes if str(q.id) == key), None)

    def action_add(self) -> None:
        quote = self._selected_quote()
        if quote is not None:
            self.app.post_message(AddToBrief("quote", ref_id=quote.id))

    def action_copy(self) -> None:
        quote = self._selected_quote()
        if quote is not None:
            self.app.post_message(CopyText(quote_with_citation(quote)))


class QuoteScreen(Corrects, Screen[None]):
    BINDINGS = actions.bindings("quote")

    def __init__(self, db: Database, quote_id: int) -> None:
        super().__init__()
        self.db = db
        self.quote_id = quote_id
        self.quote: read.QuoteRow | None = None

    def compose(self) -> ComposeResult:
        yield Static("Quote", classes="view-title")
        with VerticalScroll(id="quote-body"):
            yield Static("", id="quote-paragraph")
            yield Static("", id="quote-facts")
            yield Static("Also reported by", classes="section")
            yield KeyTable(cursor_type="row", id="quote-elsewhere")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#quote-elsewhere", DataTable).add_columns("Date", "Outlet", "Speaker", "Their wording", "Source")
        self.load()

    @db_work(group="quote", exclusive=True)
    def load(self) -> None:
        detail = read.quote_detail(self.db.conn(), self.quote_id)
        if detail is not None:
            self.app.call_from_thread(self._show, detail)

    def _show(self, detail: read.QuoteDetail) -> None:
        q = self.quote = detail.quote
        same = detail.versions
        if detail.paragraph:
            start, end = detail.paragraph
            body = highlighted(detail.source_text[start:end], [(q.start - start, q.end - start, QUOTE_STYLE)])
        else:
            body = highlighted(q.text, [])
        self.query_one("#quote-paragraph", Static).update(body)
        facts = Text()
        reported = first_reported(q, detail.first) if same else "this article only"
        for label, value in (("Speaker", q.speaker or "unknown"), ("Kind", q.kind), ("Cue", q.cue or "—"),
                             ("Source", citation(q.source_title, q.outlet, q.published)),
                             ("Paragraph", str(q.paragraph_idx + 1)), ("Reported by", reported)):
            facts.append(f"\n{label}: ", style="bold")
            facts.append(" ".join(str(value).split()))
        self.query_one("#quote-facts", Static).update(facts)
        table = self.query_one("#quote-elsewhere", DataTable)
        table.clear()
        for r in same:
            table.add_row(cell(day_of(r.published) or "—"), cell(r.outlet or "—", 20), cell(r.speaker or "—", 20),
                          wording(wording_changes(q.text, r.text)), cell(r.source_title, 40), key=str(r.id))
        if not same:
            table.add_row(cell("—"), cell("—"), cell("—"), cell("no other article reports it"), cell(""))

    @on(DataTable.RowSelected, "#quote-elsewhere")
    def _open_other(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.post_message(OpenQuote(int(event.row_key.value)))

    def action_add(self) -> None:
        self.app.post_message(AddToBrief("quote", ref_id=self.quote_id))

    def action_copy(self) -> None:
        if self.quote:
            self.app.post_message(CopyText(quote_with_citation(self.quote)))

    def action_change_speaker(self) -> None:
        if self.quote is not None:
            self.ask_speaker(self.quote_id, self.quote.speaker)

    def corrected(self, note: str) -> None:
        super().corrected(note)
        self.load()

    def action_open_source(self) -> None:
        if self.quote:
            self.app.post_message(OpenSource(self.quote.source_id, at=self.quote.start))


class FigureScreen(Screen[None]):
    """A figure in its sentence, the figures other articles of the time give otherwise for
    the same quantity, and that quantity's values across articles and dates as a chart."""

    BINDINGS = actions.bindings("figure")

    def __init__(self, db: Database, figure_id: int) -> None:
        super().__init__()
        self.db = db
        self.figure_id = figure_id
        self.figure: read.FigureRow | None = None

    def compose(self) -> ComposeResult:
        yield Static("Figure", classes="view-title")
        with VerticalScroll(id="figure-body"):
            yield Static("", id="figure-facts")
            yield Static("Reported otherwise", classes="section")
            yield KeyTable(cursor_type="row", id="figure-conflicts")
            yield Static("The same quantity across articles", classes="section")
            yield Static("", id="figure-series-facts")
            with Horizontal(classes="chart-row"):
                yield Static("value", classes="chart-label")
                yield Sparkline([], id="figure-chart")
            yield KeyTable(cursor_type="row", id="figure-series")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#figure-conflicts", DataTable).add_columns("Date", "Outlet", "Figure", "Why", "Source")
        self.query_one("#figure-series", DataTable).add_columns("Date", "Outlet", "Figure", "Value", "Source")
        self.load()

    @db_work(group="figure", exclusive=True)
    def load(self) -> None:
        conn = self.db.conn()
        found = read.figures_by_id(conn, [self.figure_id])
        if not found:
            return
        conflicts = read.figure_conflicts(conn, self.figure_id)
        series = read.figures_by_id(conn, figure_series(conn, self.figure_id))
        self.app.call_from_thread(self._show, found[0], conflicts, series)

    def _show(self, f: read.FigureRow, conflicts: list[read.FigureConflict], series: list[read.FigureRow]) -> None:
        self.figure = f
        facts = Text()
        value = number(f.value) + (f" → {number(f.value_to)}" if f.value_to is not None else "")
        for label, text in (("Figure", f.text), ("Value", value), ("Unit / counts", f.unit or "—"),
                            ("Qualifier", f.qualifier or "—"), ("Source", citation(f.source_title, f.outlet, f.published)),
                            ("Agreement", f"{len(conflicts)} other report(s) differ" if conflicts else
                             "no article of the time gives it otherwise")):
            facts.append(f"\n{label}: ", style="bold")
            facts.append(" ".join(str(text).split()), style="bold red" if label == "Agreement" and conflicts else "")
        self.query_one("#figure-facts", Static).update(facts)
        table = self.query_one("#figure-conflicts", DataTable)
        for c in conflicts:
            why = "another value" if c.kind == "value" else "a change implying another percentage"
            table.add_row(cell(day_of(c.figure.published) or "—"), cell(c.figure.outlet or "—", 20),
                          cell(c.figure.text, 40), cell(why), cell(c.figure.source_title, 40), key=str(c.figure.id))
        dated = [p for p in series if p.published and p.value is not None]
        self.query_one("#figure-chart", Sparkline).data = [p.value for p in dated if p.value is not None]
        values = [p.value for p in dated if p.value is not None]
        span = (f"{day_of(dated[0].published)} to {day_of(dated[-1].published)}, values {number(min(values))} to "
                f"{number(max(values))}" if values else "no dated articles")
        self.query_one("#figure-series-facts", Static).update(
            f"{len(series)} figure(s) of {f.unit or 'this quantity'} in {len({p.source_id for p in series})} "
            f"article(s), {span}")
        points = self.query_one("#figure-series", DataTable)
        for p in series:
            points.add_row(cell(day_of(p.published) or "—"), cell(p.outlet or "—", 20), cell(p.text, 40),
                           cell(number(p.value) if p.value is not None else "—"), cell(p.source_title, 40),
                           key=str(p.id))

    @on(DataTable.RowSelected)
    def _open_other(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None and int(event.row_key.value) != self.figure_id:
            self.app.post_message(OpenFigure(int(event.row_key.value)))

    def action_add(self) -> None:
        self.app.post_message(AddToBrief("figure", ref_id=self.figure_id))

    def action_copy(self) -> None:
        if self.figure:
            f = self.figure
            self.app.post_message(CopyText(f"{f.text} ({citation(f.source_title, f.outlet, f.published)})", "figure"))

    def action_open_source(self) -> None:
        if self.figure:
            self.app.post_message(OpenSource(self.figure.source_id, at=self.figure.start))
