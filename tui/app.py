"""The Textual app. Database work runs in thread workers, each with its own connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header

from store import queries
from store.db import connect


class BriefApp(App[None]):
    """Browse the articles in a brief store."""

    TITLE = "brief"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("r", "refresh", "Refresh", id="refresh"),
    ]

    def __init__(self, db_path: Path | str) -> None:
        super().__init__()
        self.db_path = Path(db_path)

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="sources", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = str(self.db_path)
        table = self.query_one("#sources", DataTable)
        table.add_columns("id", "title", "outlet", "date", "quotes", "figures")
        self.load_sources()

    def action_refresh(self) -> None:
        self.load_sources()

    @work(thread=True, exclusive=True, group="sources", name="load_sources")
    def load_sources(self) -> None:
        conn = connect(self.db_path)
        try:
            rows = queries.sources(conn)
        finally:
            conn.close()
        self.call_from_thread(self._show_sources, rows)

    def _show_sources(self, rows: list[dict[str, Any]]) -> None:
        table = self.query_one("#sources", DataTable)
        table.clear()
        for r in rows:
            table.add_row(
                r["id"], Text(r["title"]), Text(r["outlet"] or ""), Text(r["published"] or ""),
                r["quotes"], r["figures"], key=str(r["id"]),
            )
