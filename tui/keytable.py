"""A data table that answers the same movement keys as the app's list views."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable


class KeyTable(DataTable):
    """`j`/`k` move down and up, `g`/`G` go to the first and last row: in detail screens,
    search results and the brief, as in every list view."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="table-down"),
        Binding("k", "cursor_up", "Up", show=False, id="table-up"),
        Binding("g", "first_row", "First row", show=False, id="table-first"),
        Binding("G", "last_row", "Last row", show=False, id="table-last"),
    ]

    def action_first_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_last_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)
