"""The Search view: results as you type, matched words highlighted."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

from store.search import SearchHit, SearchQuery, SearchResults
from store.search.excerpt import excerpt
from tui import actions
from tui.db import Database
from tui.keytable import KeyTable
from tui.messages import AddToBrief, CopyText, OpenSource
from tui.period import split_period
from tui.text import MATCH_STYLE, cell, citation, highlighted
from tui.workers import db_work

_DEBOUNCE_S = 0.08
_TYPING_ARTICLES = 20  # articles shown while typing (fast); more when the query is submitted
_SUBMITTED_ARTICLES = 50
_SOURCE_WIDTH = 28
_SCORE_WIDTH = 5


class SearchView(Vertical):
    BINDINGS = actions.bindings("search")

    def __init__(self, db: Database, **kwargs) -> None:
        super().__init__(**kwargs)
        self.db = db
        self.hits: list[SearchHit] = []
        self._timer: Timer | None = None
        self._shown: tuple[str, SearchResults, str | None] | None = None  # the last results, for redrawing

    def compose(self) -> ComposeResult:
        yield Static("Search", classes="view-title")
        yield Input(placeholder='search everything: any words, other forms and typos forgiven, "exact phrases"'
                    " in quotes, since:DATE until:DATE", id="search-query")
        yield KeyTable(cursor_type="row", zebra_stripes=True, id="search-results")
        yield Static("", classes="status", id="search-status")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Score", key="score", width=_SCORE_WIDTH)
        table.add_column("Source", key="source", width=_SOURCE_WIDTH)
        table.add_column("Passage", key="passage", width=self._passage_width())

    def focus_table(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#search-query")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        value = event.value
        self._timer = self.set_timer(_DEBOUNCE_S, lambda: self.run_search(value, True))

    @on(Input.Submitted, "#search-query")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.run_search(event.value, False)
        self.query_one(DataTable).focus()

    @db_work(group="search", exclusive=True, name="search")
    def run_search(self, text: str, typing: bool) -> None:
        worker = get_current_worker()
        limit = _TYPING_ARTICLES if typing else _SUBMITTED_ARTICLES
        within, words, problem = split_period(text)
        results = self.db.search().run(SearchQuery(words, limit=limit, typing=typing, period=within))
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, words, results, problem)

    def _passage_width(self) -> int:
        """The room left for the passage: the table's width less the other columns."""
        width = self.size.width or self.app.size.width
        return max(20, width - _SCORE_WIDTH - _SOURCE_WIDTH - 8)

    def on_resize(self) -> None:
        """The passage column takes the room there is; excerpts are cut again to fit it."""
        table = self.query_one(DataTable)
        column = table.columns.get("passage")  # type: ignore[call-overload]
        if column is None or column.width == self._passage_width():
            return
        column.width = self._passage_width()
        if self._shown is not None:
            self._show(*self._shown)
        else:
            table.refresh()

    def _show(self, text: str, results: SearchResults, problem: str | None = None) -> None:
        self._shown = (text, results, problem)
        self.hits = results.hits
        table = self.query_one(DataTable)
        table.clear()
        width = self._passage_width()
        for i, h in enumerate(self.hits):
            first = i == 0 or self.hits[i - 1].article_rank != h.article_rank
            # Show the part of the passage that matched, not only its opening.
            part, spans = excerpt(" ".join(h.text.split("\n")), h.spans, width)
            shown = highlighted(part, [(s, e, MATCH_STYLE) for s, e in spans])
            table.add_row(cell(f"{h.score:.2f}" if first else ""), cell(h.source_title if first else "", _SOURCE_WIDTH),
                          shown, key=str(i))
        status = self._status(text, results)
        self.query_one("#search-status", Static).update(f"{status} · {problem}" if problem else status)

    @staticmethod
    def _status(text: str, results: SearchResults) -> str:
        if not text.strip():
            return "type to search"
        if not results.hits:
            return results.explain_empty(text)
        articles = results.hits[-1].article_rank
        rows = f"{len(results.hits)} results from {articles} articles"
        if results.total > articles:
            return f"{rows} (of {results.total:,} matching; enter shows up to {_SUBMITTED_ARTICLES})"
        return rows

    def current(self) -> SearchHit | None:
        table = self.query_one(DataTable)
        if not self.hits or table.row_count == 0:
            return None
        return self.hits[min(table.cursor_row, len(self.hits) - 1)]

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        hit = self.current()
        if hit and hit.source_id is not None:
            self.post_message(OpenSource(hit.source_id, at=hit.start))

    def action_add(self) -> None:
        hit = self.current()
        if hit and hit.source_id is not None:
            self.post_message(AddToBrief("passage", source_id=hit.source_id, start=hit.start, end=hit.end))

    def action_copy(self) -> None:
        hit = self.current()
        if hit:
            self.post_message(CopyText(f"{hit.text} ({citation(hit.source_title)})", "passage"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave_query":
            # Only in the query box; otherwise Escape goes on to the app (back).
            return self.query_one(Input).has_focus
        return True

    def action_leave_query(self) -> None:
        """Escape in the query box steps out to the results (number keys then switch views)."""
        self.query_one(DataTable).focus()

    def action_focus_query(self) -> None:
        self.query_one(Input).focus()
