"""The analyst's corrections of extraction, asked for and saved in a worker: the same from
a list (the highlighted row) as from a detail screen.

A class that mixes this in has `db` and is a Textual node; after a correction is saved,
`corrected` runs on the UI thread (by default: say what was done and tell the app the store
changed, so the lists re-read it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store import corrections, read
from tui.messages import StoreChanged
from tui.screens.modals import PromptScreen
from tui.workers import db_work

if TYPE_CHECKING:
    from textual.app import App

    from tui.db import Database


class Corrects:
    db: Database
    app: App

    def ask_speaker(self, quote_id: int, current: str | None) -> None:
        """Say who really said a quote (empty: no one known); kept through reindex."""
        def chosen(name: str | None) -> None:
            if name is not None:
                self._save_speaker(quote_id, name.strip() or None)

        self.app.push_screen(PromptScreen("Who said it? (empty: no one known)", current or ""), chosen)

    @db_work(group="correct", exclusive=True)
    def _save_speaker(self, quote_id: int, name: str | None) -> None:
        corrections.correct_speaker(self.db.conn(), quote_id, name)
        self.app.call_from_thread(self.corrected, f"Speaker: {name or 'no one known'} (kept through reindex)")

    def ask_merge(self, actor_id: int) -> None:
        """An actor is another one (the same person under two names): ask which."""
        def chosen(name: str | None) -> None:
            if name and name.strip():
                self._save_merge(actor_id, name.strip())

        self.app.push_screen(PromptScreen("Merge this actor into (the other actor's name)"), chosen)

    @db_work(group="correct", exclusive=True)
    def _save_merge(self, actor_id: int, name: str) -> None:
        conn = self.db.conn()
        into = read.actor_named(conn, name)
        if into is None:
            self.app.call_from_thread(self.app.notify, f"No single actor is called “{name}”", severity="warning")
            return
        made = corrections.merge_actors(conn, actor_id, into.id)
        self.app.call_from_thread(self.corrected, f"Merged: {made.describe()} (kept through reindex)")

    @db_work(group="correct", exclusive=True)
    def hide_junk(self, actor_id: int) -> None:
        """A junk actor leaves every list and count (brief correct remove brings it back)."""
        made = corrections.hide_actor(self.db.conn(), actor_id)
        self.app.call_from_thread(self.corrected, f"Hidden: {made.name} (brief correct list shows how to undo)")

    def corrected(self, note: str) -> None:
        self.app.notify(note, timeout=4)
        self.app.post_message(StoreChanged())
