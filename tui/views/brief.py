"""The Brief view: the current brief's items in order, with a live Markdown preview."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile

from textual import on
from textual.app import ComposeResult, SuspendNotSupported
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from briefs.citations import Refresh, Sources
from briefs.export import render, standalone
from briefs.model import BriefItem
from briefs.store import BriefStore
from tui import actions
from tui.db import Database
from tui.keytable import KeyTable
from tui.messages import CopyText
from tui.screens.modals import BriefPickerScreen, ConfirmScreen, NoteScreen, PromptScreen
from tui.text import cell
from tui.workers import db_work


class BriefView(Vertical):
    BINDINGS = actions.bindings("brief")

    def __init__(self, db: Database, **kwargs) -> None:
        super().__init__(**kwargs)
        self.db = db
        self.brief_id: int | None = None
        self.brief_title = ""
        self.items: list[BriefItem] = []

    def compose(self) -> ComposeResult:
        yield Static("Brief", classes="view-title", id="brief-title")
        with Horizontal(id="brief-panes"):
            yield KeyTable(cursor_type="row", zebra_stripes=True, id="brief-items")
            yield VerticalScroll(id="brief-preview")
        yield Static("", classes="status", id="brief-status")

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns("#", "Kind", "Text", "Attribution")

    def focus_table(self) -> None:
        self.query_one(DataTable).focus()

    # ----- loading ----------------------------------------------------------------------
    @db_work(group="brief", exclusive=True, name="load_brief")
    def reload(self, select: int | None = None) -> None:
        conn = self.db.conn()
        store = BriefStore(conn)
        if self.brief_id is None and conn.read_only_reason is not None and not store.all():
            return  # nothing to show, and no brief can be created in a read-only store
        brief = store.get(self.brief_id) if self.brief_id else store.current()
        items = store.items(brief.id)
        result = render(brief, items, Sources(conn))
        self.app.call_from_thread(self._show, brief, items, result.markdown, result.warnings, select)

    def _show(self, brief, items, markdown: str, warnings: list[str], select: int | None) -> None:
        self.brief_id = brief.id
        self.brief_title = brief.title
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
    @db_work(group="brief-write")
    def _change(self, what: str, item_id: int | None = None, value: object = None) -> None:
        """Save one change; the view is re-read afterwards whether it worked or not (a
        failure is reported by the worker, and the view shows what the store holds)."""
        store = BriefStore(self.db.conn())
        select = item_id
        try:
            select = self._save(store, what, item_id, value)
        finally:
            self.app.call_from_thread(self.reload, select)

    def _save(self, store: BriefStore, what: str, item_id: int | None, value: object) -> int | None:
        """Apply `what` to the store; returns the item to select after it."""
        brief_id = self.brief_id
        if what == "move":
            store.move(item_id, int(value))  # type: ignore[arg-type, call-overload]
        elif what == "remove":
            store.remove(item_id)  # type: ignore[arg-type]
        elif what in ("undo", "redo"):
            done = store.redo(brief_id) if what == "redo" else store.undo(brief_id)  # type: ignore[arg-type]
            if done is None:
                note = f"Nothing to {what}"
            elif what == "undo":
                note = f"Undone: {done.label} · U redoes it"
            else:
                note = f"Redone: {done.label}"
            self.app.call_from_thread(self.notify, note, timeout=3)
            return done.item_id if done else None
        elif what == "note":
            return store.add_note(brief_id, str(value), after=item_id).id  # type: ignore[arg-type]
        elif what == "heading":
            return store.add_heading(brief_id, str(value), after=item_id).id  # type: ignore[arg-type]
        elif what == "edit":
            store.edit_text(item_id, str(value))  # type: ignore[arg-type]
        elif what == "rename":
            store.rename(brief_id, str(value))  # type: ignore[arg-type]
        elif what == "new":
            self.brief_id = store.create(str(value)).id
        elif what == "switch":
            store.use(int(value))  # type: ignore[call-overload]
            self.brief_id = int(value)  # type: ignore[call-overload]
        return item_id

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
        """Take back the latest edit of this brief, whatever it was (and wherever: the CLI's
        edits are in the same history)."""
        if self.brief_id:
            self._change("undo")

    def action_redo(self) -> None:
        if self.brief_id:
            self._change("redo")

    def action_note(self) -> None:
        """A new note goes right after the selected item (at the end of an empty brief)."""
        after = self.current()

        def written(text: str | None) -> None:
            if text:
                self._change("note", after.id if after else None, text)

        self.app.push_screen(NoteScreen("New note"), written)

    def action_heading(self) -> None:
        """A new section heading goes right after the selected item."""
        after = self.current()

        def written(text: str | None) -> None:
            if text:
                self._change("heading", after.id if after else None, text)

        self.app.push_screen(PromptScreen("New section heading"), written)

    def action_edit(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.kind not in ("note", "heading"):
            self.notify("Cited text stays verbatim; only notes and headings can be edited", severity="warning")
            return
        def edited(text: str | None) -> None:
            if text is not None:
                self._change("edit", item.id, text)

        if item.kind == "note":
            self.app.push_screen(NoteScreen("Edit note", item.text), edited)
        else:
            self.app.push_screen(PromptScreen("Edit heading", item.text), edited)

    def action_edit_external(self) -> None:
        """Edit a note in $EDITOR (the terminal is handed over while it runs)."""
        item = self.current()
        if item is None or item.kind != "note":
            self.notify("Choose a note to edit in $EDITOR", severity="warning")
            return
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        try:
            command = shlex.split(editor)
        except ValueError:
            command = []
        if not command or shutil.which(command[0]) is None:
            self.notify(f"No editor to run ({editor!r} is not installed); set $EDITOR or $VISUAL, "
                        "or press e to edit the note here", severity="error", timeout=6)
            return
        with tempfile.NamedTemporaryFile("w+", suffix=".md", delete=False, encoding="utf-8") as fh:
            fh.write(item.text)
            path = fh.name
        try:
            with self.app.suspend():
                subprocess.run([*command, path], check=False)
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read().rstrip("\n")
        except (OSError, SuspendNotSupported) as exc:
            self.notify(f"Could not edit in {command[0]}: {exc}", severity="error")
            return
        finally:
            os.unlink(path)
        if text != item.text:
            self._change("edit", item.id, text)

    def action_rename(self) -> None:
        self.app.push_screen(PromptScreen("Rename brief", self.brief_title),
                             lambda v: v and self._change("rename", value=v))

    def action_new(self) -> None:
        self.app.push_screen(PromptScreen("Title of the new brief"), lambda v: v and self._change("new", value=v))

    def action_switch(self) -> None:
        self._pick()

    @db_work(group="brief-pick")
    def _pick(self) -> None:
        briefs = BriefStore(self.db.conn()).all()
        self.app.call_from_thread(
            self.app.push_screen, BriefPickerScreen(briefs, self.brief_id),
            lambda v: v is not None and self._change("switch", value=v))

    def action_export(self) -> None:
        self.app.action_export()  # type: ignore[attr-defined]

    def action_refresh_citations(self) -> None:
        if self.brief_id is not None:
            self._plan_refresh(self.brief_id)

    @db_work(group="brief-refresh")
    def _plan_refresh(self, brief_id: int) -> None:
        """Show how the store now differs from the brief's records; update them if asked."""
        store = BriefStore(self.db.conn())
        plans = store.refresh_plan(brief_id)
        if not plans:
            self.app.call_from_thread(self.notify, "Every cited item matches its source and the store", timeout=3)
            return
        numbers = {item.id: n for n, item in enumerate(self.items, start=1)}
        lines = [line for plan in plans for line in plan.lines(f"{numbers.get(plan.item.id, '?')}. {plan.item.kind}")]
        doable = [p for p in plans if p.record is not None]
        question = f"Update {len(doable)} items from the store?" if doable else "No item can be updated"
        self.app.call_from_thread(
            self.app.push_screen, ConfirmScreen(question, details="\n".join(lines)),
            lambda yes: yes and doable and self._apply_refresh(brief_id, doable))

    @db_work(group="brief-write")
    def _apply_refresh(self, brief_id: int, plans: list[Refresh]) -> None:
        try:
            applied = BriefStore(self.db.conn()).apply_refresh(brief_id, plans)
            self.app.call_from_thread(self.notify, f"Updated {applied} items from the store", timeout=3)
        finally:
            self.app.call_from_thread(self.reload)

    def action_copy(self) -> None:
        """The selected item as it is exported, its source given in full."""
        item = self.current()
        if item is not None:
            self.post_message(CopyText(standalone(item), item.kind))

    def action_toggle_preview(self) -> None:
        preview = self.query_one("#brief-preview")
        preview.display = not preview.display

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()
