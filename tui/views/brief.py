"""The Brief view: the current brief's items in order, with a live Markdown preview."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from briefs.export import render
from briefs.model import BriefItem
from briefs.store import BriefError, BriefStore
from tui.db import Database
from tui.screens.modals import BriefPickerScreen, PromptScreen
from tui.text import cell


class BriefView(Vertical):
    BINDINGS = [
        Binding("K,shift+up", "move(-1)", "Move up", id="move-up"),
        Binding("J,shift+down", "move(1)", "Move down", id="move-down"),
        Binding("d,delete", "remove", "Remove", id="remove"),
        Binding("u", "undo", "Undo remove", id="undo"),
        Binding("n", "note", "Note", id="note"),
        Binding("h", "heading", "Section", id="heading"),
        Binding("e", "edit", "Edit", id="edit"),
        Binding("E", "edit_external", "Edit in $EDITOR", show=False, id="edit-external"),
        Binding("R", "rename", "Rename", id="rename"),
        Binding("b", "switch", "Switch brief", id="switch"),
        Binding("N", "new", "New brief", id="new"),
        Binding("x", "export", "Export", id="export"),
        Binding("p", "toggle_preview", "Preview", id="preview"),
        Binding("j", "down", "Down", show=False),
        Binding("k", "up", "Up", show=False),
    ]

    def __init__(self, db: Database, **kwargs) -> None:
        super().__init__(**kwargs)
        self.db = db
        self.brief_id: int | None = None
        self.items: list[BriefItem] = []

    def compose(self) -> ComposeResult:
        yield Static("Brief", classes="view-title", id="brief-title")
        with Horizontal(id="brief-panes"):
            yield DataTable(cursor_type="row", zebra_stripes=True, id="brief-items")
            yield VerticalScroll(id="brief-preview")
        yield Static("", classes="status", id="brief-status")

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns("#", "Kind", "Text", "Attribution")

    def focus_table(self) -> None:
        self.query_one(DataTable).focus()

    # ----- loading ----------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="brief", name="load_brief")
    def reload(self, select: int | None = None) -> None:
        conn = self.db.conn()
        store = BriefStore(conn)
        brief = store.get(self.brief_id) if self.brief_id else store.current()
        items = store.items(brief.id)
        result = render(conn, brief.id)
        self.app.call_from_thread(self._show, brief, items, result.markdown, result.warnings, select)

    def _show(self, brief, items, markdown: str, warnings: list[str], select: int | None) -> None:
        self.brief_id = brief.id
        self.items = items
        self.query_one("#brief-title", Static).update(cell(f"Brief: {brief.title}", 200))
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for n, item in enumerate(items, start=1):
            who = item.speaker or ""
            if item.citation:
                who = f"{who} · {item.citation.title}" if who else item.citation.title
            table.add_row(cell(n), cell(item.kind), cell(item.text, 90), cell(who, 60), key=str(item.id))
        if select is not None:
            row = next((i for i, it in enumerate(items) if it.id == select), row)
        if items:
            table.move_cursor(row=max(0, min(row, len(items) - 1)))
        self._preview().update(markdown)
        status = f"{len(items)} items · saved"
        if warnings:
            status += f" · {len(warnings)} not verified against their sources"
        self.query_one("#brief-status", Static).update(status)

    def _preview(self):
        """The Markdown preview, created on first use (its import is not needed at start-up)."""
        from textual.widgets import Markdown

        found = self.query(Markdown)
        if found:
            return found.first()
        widget = Markdown("", id="brief-markdown")
        self.query_one("#brief-preview", VerticalScroll).mount(widget)
        return widget

    def current(self) -> BriefItem | None:
        table = self.query_one(DataTable)
        if not self.items or table.row_count == 0:
            return None
        return self.items[min(table.cursor_row, len(self.items) - 1)]

    # ----- changes (each saved at once, in a worker) --------------------------------------
    @work(thread=True, group="brief-write")
    def _change(self, what: str, item_id: int | None = None, value: object = None) -> None:
        store = BriefStore(self.db.conn())
        select = item_id
        try:
            if what == "move":
                store.move(item_id, int(value))  # type: ignore[arg-type]
            elif what == "remove":
                store.remove(item_id)  # type: ignore[arg-type]
            elif what == "undo":
                back = store.undo_remove(self.brief_id)  # type: ignore[arg-type]
                select = back.id if back else None
                if back is None:
                    self.app.call_from_thread(self.notify, "Nothing to undo", timeout=2)
            elif what == "note":
                select = store.add_note(self.brief_id, str(value)).id  # type: ignore[arg-type]
            elif what == "heading":
                select = store.add_heading(self.brief_id, str(value)).id  # type: ignore[arg-type]
            elif what == "edit":
                store.edit_text(item_id, str(value))  # type: ignore[arg-type]
            elif what == "rename":
                store.rename(self.brief_id, str(value))  # type: ignore[arg-type]
            elif what == "new":
                self.brief_id = store.create(str(value)).id
            elif what == "switch":
                store.use(int(value))  # type: ignore[arg-type]
                self.brief_id = int(value)  # type: ignore[arg-type]
        except BriefError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
        self.app.call_from_thread(self.reload, select)

    def action_move(self, delta: int) -> None:
        item = self.current()
        if item:
            self._change("move", item.id, delta)

    def action_remove(self) -> None:
        item = self.current()
        if item:
            self._change("remove", item.id)
            self.notify(f"Removed the {item.kind}; u brings it back", timeout=3)

    def action_undo(self) -> None:
        if self.brief_id:
            self._change("undo")

    def action_note(self) -> None:
        self.app.push_screen(PromptScreen("New note (Markdown)"), lambda v: v and self._change("note", value=v))

    def action_heading(self) -> None:
        self.app.push_screen(PromptScreen("New section heading"), lambda v: v and self._change("heading", value=v))

    def action_edit(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.kind not in ("note", "heading"):
            self.notify("Cited text stays verbatim; only notes and headings can be edited", severity="warning")
            return
        self.app.push_screen(PromptScreen(f"Edit {item.kind}", item.text),
                             lambda v: v is not None and self._change("edit", item.id, v))

    def action_edit_external(self) -> None:
        """Edit a note in $EDITOR (the terminal is handed over while it runs)."""
        item = self.current()
        if item is None or item.kind != "note":
            self.notify("Choose a note to edit in $EDITOR", severity="warning")
            return
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        with tempfile.NamedTemporaryFile("w+", suffix=".md", delete=False, encoding="utf-8") as fh:
            fh.write(item.text)
            path = fh.name
        try:
            with self.app.suspend():
                subprocess.run([*shlex.split(editor), path], check=False)
            with open(path, encoding="utf-8") as fh:
                text = fh.read().rstrip("\n")
        finally:
            os.unlink(path)
        if text != item.text:
            self._change("edit", item.id, text)

    def action_rename(self) -> None:
        title = self.query_one("#brief-title", Static).renderable
        current = str(title).removeprefix("Brief: ")
        self.app.push_screen(PromptScreen("Rename brief", current), lambda v: v and self._change("rename", value=v))

    def action_new(self) -> None:
        self.app.push_screen(PromptScreen("Title of the new brief"), lambda v: v and self._change("new", value=v))

    def action_switch(self) -> None:
        self._pick()

    @work(thread=True, group="brief-pick")
    def _pick(self) -> None:
        briefs = BriefStore(self.db.conn()).list()
        self.app.call_from_thread(
            self.app.push_screen, BriefPickerScreen(briefs, self.brief_id),
            lambda v: v is not None and self._change("switch", value=v))

    def action_export(self) -> None:
        self.app.action_export()

    def action_toggle_preview(self) -> None:
        preview = self.query_one("#brief-preview")
        preview.display = not preview.display

    def action_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()
