"""The Search view: results as you type, matched words highlighted."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

from store.search import SearchHit, SearchQuery
from tui.db import Database
from tui.messages import AddToBrief, CopyText, OpenSource
from tui.text import cell, citation, highlighted
from tui.workers import db_work

_DEBOUNCE_S = 0.08
_MATCH_STYLE = "bold reverse"


class SearchView(Vertical):
    BINDINGS = [
        Binding("enter", "open", "Open", id="open"),
        Binding("a", "add", "Add to brief", id="add"),
        Binding("c,y", "copy", "Copy", id="copy"),
        Binding("slash,f", "focus_query", "Query", id="query"),
        Binding("j", "down", "Down", show=False),
        Binding("k", "up", "Up", show=False),
        Binding("escape", "leave_query", "Results", show=False, id="leave-query"),
    ]

    def __init__(self, db: Database, **kwargs) -> None:
        super().__init__(**kwargs)
        self.db = db
        self.hits: list[SearchHit] = []
        self._timer = None

    def compose(self) -> ComposeResult:
        yield Static("Search", classes="view-title")
        yield Input(placeholder='search everything: typos forgiven, "exact phrases" in quotes', id="search-query")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="search-results")
        yield Static("", classes="status", id="search-status")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Score", key="score", width=5)
        table.add_column("Source", key="source", width=28)
        table.add_column("Passage", key="passage", width=120)

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
        hits = self.db.search().search(SearchQuery(text, limit=50, typing=typing))
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, text, hits)

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        table = self.query_one(DataTable)
        table.clear()
        for i, h in enumerate(hits):
            spans = [(s - h.start, e - h.start, _MATCH_STYLE) for s, e in h.matches]
            passage = highlighted(" ".join(h.text.split("\n")), spans)
            passage.truncate(400)
            table.add_row(cell(f"{h.score:.2f}"), cell(h.source_title, 28), passage, key=str(i))
        status = f"{len(hits)} results" if text.strip() else "type to search"
        self.query_one("#search-status", Static).update(status)

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

    def action_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()
