"""A data table that answers the same movement keys as the app's list views."""

from __future__ import annotations

from textual.widgets import DataTable

from tui import actions


class KeyTable(DataTable):
    """`j`/`k` move down and up, `g`/`G` go to the first and last row: in detail screens,
    search results and the brief, as in every list view."""

    BINDINGS = actions.bindings("tables")

    def action_first_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_last_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)
