"""A lazily paged, filterable, sortable table over the store.

Only the first page of rows is fetched when the view opens; the next page is fetched in a
worker when the cursor nears the end, so a store of 50,000 articles opens as fast as one of
two. The table is a window on all the rows: `G` shows the true last page at once (not one
more page per press), and moving up from a window that starts further down fetches the
page before it. Filtering and sorting re-query the store in an exclusive worker: a newer
keystroke cancels older work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

from store.dates import Period
from store.kinds import CitedKind
from tui import actions, period
from tui.db import Database
from tui.messages import AddToBrief, CopyText
from tui.period import describe, split_period
from tui.text import cell
from tui.workers import db_work

PAGE = 200
FILTERED_PAGE = 60  # a filtered list's pages: a screenful and more, so its first rows show sooner
_PREFETCH = 40
_MAX_ROWS = 5 * PAGE  # rows held in the table at once; moving up drops the window's tail
_DEBOUNCE_S = 0.15
_MIN_FLEX = 10


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    order: str | None = None  # the store's name of the order this column sorts by; None: not sortable
    width: int = 12  # fixed: stable layout, and no measuring of every cell
    flex: bool = False  # takes the width the other columns leave (one per table)


@dataclass
class Row:
    key: str
    cells: tuple[Any, ...]
    payload: Any  # the store's row it shows (store.read)


class TableView(Vertical):
    """Base class: subclasses give columns, `fetch` and what Enter/a/c do."""

    COLUMNS: ClassVar[list[Column]] = []
    DEFAULT_SORT: ClassVar[tuple[str, bool]] = ("", False)  # (column key, descending)
    TITLE: ClassVar[str] = ""
    ADD_KIND: ClassVar[CitedKind | None] = None  # what `a` adds to the brief
    HELP_NOTE: ClassVar[str] = ("Filter (/ or f): type words in any order; typos and unfinished words "
                                f"are forgiven, and the best matches come first. {period.HELP}")
    BINDINGS = actions.bindings("lists")

    def __init__(self, db: Database, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.db = db
        self.rows: dict[str, Row] = {}
        self.filter_text = ""  # the filter's words, without since: and until:
        self.period = Period()  # what since: and until: in the filter name
        self.period_text = ""  # ... as typed, for the status line
        self.period_problem: str | None = None
        self.sort_key, self.sort_desc = self.DEFAULT_SORT
        self.exhausted = False
        self.loading = False
        self._filter_timer: Timer | None = None
        self.known_total: int | None = None  # all the rows there are, when more than a page
        self.page = PAGE  # rows fetched at a time
        self.window_start = 0  # the offset, among all the rows, of the table's first row

    def compose(self) -> ComposeResult:
        yield Static(self.TITLE, classes="view-title")
        yield Input(placeholder="filter (fuzzy)…", classes="filter", id=f"{self.id}-filter")
        yield DataTable(cursor_type="row", zebra_stripes=True, id=f"{self.id}-table")
        yield Static("", classes="status")

    @property
    def table(self) -> DataTable:
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        for col in self.COLUMNS:
            self.table.add_column(col.label, key=col.key, width=self._flex_width() if col.flex else col.width)
        self.query_one(Input).display = False
        self.loaded = False

    def _flex_width(self) -> int:
        """The room the fixed columns leave (each cell has a space either side, and the
        scroll bar takes two), never less than `_MIN_FLEX`."""
        width = self.size.width or self.app.size.width
        fixed = sum(c.width for c in self.COLUMNS if not c.flex) + 2 * len(self.COLUMNS) + 2
        return max(_MIN_FLEX, width - fixed)

    def on_resize(self) -> None:
        """The flexible column (a title, a quote) takes what the terminal's width leaves."""
        flex = next((c for c in self.COLUMNS if c.flex), None)
        column = self.table.columns.get(flex.key) if flex else None  # type: ignore[call-overload]
        if column is not None and column.width != self._flex_width():
            column.width = self._flex_width()
            self.table.refresh()

    def on_show(self) -> None:
        """Rows are fetched the first time the view is shown, not at start-up."""
        if not self.loaded:
            self.loaded = True
            self.reload()

    def focus_table(self) -> None:
        self.table.focus()

    # ----- loading --------------------------------------------------------------------
    def reload(self) -> None:
        self.exhausted = False
        self.window_start = 0
        self.page = FILTERED_PAGE if self.filter_text else PAGE
        self.load(reset=True)

    def chosen_order(self, default: str) -> tuple[str, bool]:
        """The store's order for the sorted column and whether it is reversed, or `default`."""
        col = next((c for c in self.COLUMNS if c.key == self.sort_key and c.order), None)
        if col is None or col.order is None:
            return default, False
        return col.order, self.sort_desc

    def fetch(self, text: str, offset: int, limit: int) -> list[Row]:  # pragma: no cover - abstract
        raise NotImplementedError

    def ranks(self, text: str) -> bool:
        """Whether `fetch` orders the rows for `text` by how well they match it."""
        return bool(text)

    def total(self, text: str) -> int | None:
        """How many rows `fetch` can give for `text` in all, or None when only paging on
        tells (a ranked, similarity-filtered list)."""
        return None

    @db_work(group="table", exclusive=True)
    def load(self, reset: bool) -> None:
        worker = get_current_worker()
        offset = 0 if reset else self.window_start + len(self.rows)
        self.app.call_from_thread(setattr, self, "loading", True)
        rows = self.fetch(self.filter_text, offset, self.page)
        if reset:
            self.known_total = self.total(self.filter_text) if len(rows) == self.page else None
        if not worker.is_cancelled:
            self.app.call_from_thread(self._apply, rows, reset)

    @db_work(group="table", exclusive=True)
    def load_end(self) -> None:
        """`G`: the last page of all the rows, fetched at once, with the cursor on the last.
        A ranked list whose length only paging tells is paged on to its end (such lists are
        bounded by the search that ranks them)."""
        worker = get_current_worker()
        self.app.call_from_thread(setattr, self, "loading", True)
        loaded_end = self.window_start + len(self.rows)
        total = self.known_total
        if total is None:
            rows: list[Row] = []
            while not worker.is_cancelled:
                page = self.fetch(self.filter_text, loaded_end + len(rows), self.page)
                rows += page
                if len(page) < self.page:
                    break
            start, complete = self.window_start, True
        elif total - PAGE <= loaded_end:  # the end is near: fetch what is missing
            wanted = max(0, total - loaded_end)
            rows = self.fetch(self.filter_text, loaded_end, wanted + 1)  # one more: the store may have grown
            start, complete = self.window_start, len(rows) <= wanted
        else:
            start = total - PAGE
            rows = self.fetch(self.filter_text, start, PAGE + 1)
            complete = len(rows) <= PAGE
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_end, start, rows, complete)

    def _show_end(self, start: int, rows: list[Row], complete: bool) -> None:
        if start == self.window_start:
            self._apply(rows, reset=False, exhausted=complete)
        else:
            self.window_start = start
            self._apply(rows, reset=True, keep_start=True, exhausted=complete)
        self.table.move_cursor(row=max(0, self.table.row_count - 1))

    @db_work(group="table", exclusive=True)
    def load_before(self) -> None:
        """Moving up from a window that starts further down: the page before it."""
        worker = get_current_worker()
        self.app.call_from_thread(setattr, self, "loading", True)
        start = max(0, self.window_start - PAGE)
        rows = self.fetch(self.filter_text, start, self.window_start - start)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._prepend, start, rows)

    def _prepend(self, start: int, rows: list[Row]) -> None:
        """Put `rows` above the window, keeping the cursor on the row it was on; the
        window's tail goes when the table would hold more than `_MAX_ROWS`."""
        new = {r.key for r in rows}
        held = [r for r in self.rows.values() if r.key not in new]
        cursor = self.table.cursor_row + len(rows)
        keep = held[:max(0, _MAX_ROWS - len(rows))]
        self.window_start = start
        self._apply(rows + keep, reset=True, keep_start=True, exhausted=self.exhausted and len(keep) == len(held))
        self.table.move_cursor(row=min(cursor, self.table.row_count - 1), animate=False)

    def _apply(self, rows: list[Row], reset: bool, keep_start: bool = False,
               exhausted: bool | None = None) -> None:
        """Show `rows` (after the held ones, or instead of them); `exhausted` says whether the
        last of all the rows is now held (default: a short page means so)."""
        table = self.table
        if reset:
            table.clear()
            self.rows = {}
            if not keep_start:
                self.window_start = 0
        for row in rows:
            if row.key in self.rows:
                continue
            self.rows[row.key] = row
            table.add_row(*(c if isinstance(c, Text) else cell(c) for c in row.cells), key=row.key)
        self.exhausted = len(rows) < self.page if exhausted is None else exhausted
        self.loading = False
        self._status()

    def _status(self) -> None:
        """How many rows there are and which are shown, the filter, and the order."""
        held = len(self.rows)
        end = self.window_start + held
        if self.window_start:
            total = self.known_total if self.known_total is not None else end
            shown = f"rows {self.window_start + 1:,}–{end:,} of {max(total, end):,}"
        elif self.exhausted:
            shown = f"{held:,} row{'' if held == 1 else 's'}"
        elif self.known_total is not None:
            shown = f"{held:,} of {self.known_total:,} rows"
        else:
            shown = f"{held:,}+ rows"
        sort = next((c.label for c in self.COLUMNS if c.key == self.sort_key), None)
        if self.filter_text:
            shown += f" matching “{self.filter_text}”"
        if self.period_text:
            shown += f" · {self.period_text}"
        if self.period_problem:
            shown += f" · {self.period_problem}"
        if self.ranks(self.filter_text):
            shown += " · best matches first"
        elif sort:
            shown += f" · sorted by {sort} {'↓' if self.sort_desc else '↑'}"
        self.query_one(".status", Static).update(Text(shown))

    @on(DataTable.RowHighlighted)
    def _maybe_more(self, event: DataTable.RowHighlighted) -> None:
        if self.loading:
            return
        row = self.table.cursor_row  # where the cursor is now: the event may be older than a jump
        if not self.exhausted and row >= self.table.row_count - _PREFETCH:
            self.loading = True
            self.load(reset=False)
        elif self.window_start > 0 and row < _PREFETCH:
            self.loading = True
            self.load_before()

    def current(self) -> Row | None:
        table = self.table
        if table.row_count == 0:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except Exception:  # noqa: BLE001 - an empty or refreshing table has no current row
            return None
        return self.rows.get(key) if key is not None else None

    # ----- filter and sort --------------------------------------------------------------
    def action_filter(self) -> None:
        box = self.query_one(Input)
        box.display = True
        box.focus()

    @on(Input.Changed)
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._filter_timer is not None:
            self._filter_timer.stop()
        value = event.value
        self._filter_timer = self.set_timer(_DEBOUNCE_S, lambda: self._set_filter(value))

    def _set_filter(self, value: str) -> None:
        self.period, self.filter_text, self.period_problem = split_period(value.strip())
        self.period_text = describe(value)
        self.reload()

    @on(Input.Submitted)
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.table.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave_filter":
            # Only while typing a filter; otherwise Escape goes on to the app (back).
            return self.query_one(Input).has_focus
        return True

    def action_leave_filter(self) -> None:
        box = self.query_one(Input)
        box.value = ""  # the change clears the filter and reloads
        box.display = False
        self.table.focus()

    def action_sort(self) -> None:
        keys = [c.key for c in self.COLUMNS if c.order]
        if not keys:
            return
        i = keys.index(self.sort_key) if self.sort_key in keys else -1
        self.sort_key = keys[(i + 1) % len(keys)]
        self.reload()

    def action_reverse(self) -> None:
        self.sort_desc = not self.sort_desc
        self.reload()

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        key = event.column_key.value
        if key is None or not any(c.key == key and c.order for c in self.COLUMNS):
            return
        if key == self.sort_key:
            self.sort_desc = not self.sort_desc
        else:
            self.sort_key, self.sort_desc = key, False
        self.reload()

    # ----- movement -------------------------------------------------------------------
    def action_down(self) -> None:
        self.table.action_cursor_down()

    def action_up(self) -> None:
        self.table.action_cursor_up()

    def action_top(self) -> None:
        if self.window_start > 0:
            self.reload()  # the first page again; the cursor starts on its first row
        else:
            self.table.move_cursor(row=0)

    def action_bottom(self) -> None:
        """The true last row: when more rows exist than are loaded, the last page is fetched."""
        if self.exhausted:
            self.table.move_cursor(row=max(0, self.table.row_count - 1))
        else:
            self.loading = True
            self.load_end()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self.current()
        if row is not None:
            self.open(row)

    def open(self, row: Row) -> None:
        """Enter on a row; subclasses open a detail."""

    def action_open(self) -> None:
        row = self.current()
        if row is not None:
            self.open(row)

    def copy_text(self, row: Row) -> tuple[str, str] | None:
        """What `c` copies of a row (with its citation), and what to call it; None: nothing."""
        return None

    def action_copy(self) -> None:
        row = self.current()
        made = self.copy_text(row) if row is not None else None
        if made is not None:
            self.post_message(CopyText(*made))

    def action_add(self) -> None:
        row = self.current()
        if row is not None and self.ADD_KIND:
            self.post_message(AddToBrief(self.ADD_KIND, ref_id=int(row.key)))
