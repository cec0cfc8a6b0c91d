"""The Textual app: six views on number keys, details on Enter, a back stack on Escape.

Every database query and search runs in a thread worker with its own connection (see
`tui.db`); the UI thread only renders. Article text is shown as literal Rich Text, never
as markup, with control characters defused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from textual import events, on
from textual.app import App, ComposeResult
from textual.notifications import SeverityLevel
from textual.widgets import ContentSwitcher, Footer, Header

from briefs import export as brief_export
from briefs.files import ExportTargetError, write_export
from briefs.store import BriefError, BriefStore
from store.db import describe_sqlite_error
from store.errors import StoreError, StoreReadOnly
from tui import actions, settings
from tui.clipboard import copy_with_system_tool
from tui.collector import CHECK_S, IdleCollector
from tui.commands import BriefCommands, NamedCommands
from tui.db import Database
from tui.messages import (
    AddToBrief,
    CopyText,
    OpenActor,
    OpenFigure,
    OpenQuote,
    OpenSource,
    StoreChanged,
)
from tui.screens.details import ActorScreen, FigureScreen, QuoteScreen
from tui.screens.modals import ConfirmScreen, HelpScreen, PromptScreen
from tui.screens.reader import ReaderScreen
from tui.text import visible
from tui.views.brief import BriefView
from tui.views.lists import ActorsView, FiguresView, QuotesView, SourcesView
from tui.views.search import SearchView
from tui.workers import db_work

VIEWS = ("sources", "actors", "quotes", "figures", "search", "brief")


class BriefApp(App[None]):
    """Browse sources, actors, quotes and figures; search; assemble and export briefs."""

    TITLE = "brief"
    CSS_PATH = Path(__file__).parent / "app.tcss"
    COMMANDS = App.COMMANDS | {BriefCommands, NamedCommands}
    BINDINGS = actions.bindings("everywhere")

    def __init__(self, db_path: Path | str) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.db = Database(self.db_path)
        self.history: list[str] = []
        self.collector = IdleCollector()
        saved = settings.load().get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        self.keymap_problems: list[str] = []
        keys, self.keymap_problems = settings.keymap()
        if keys:
            self.set_keymap(keys)

    def compose(self) -> ComposeResult:
        yield Header()
        with ContentSwitcher(initial="sources", id="views"):
            yield SourcesView(self.db, id="sources")
            yield ActorsView(self.db, id="actors")
            yield QuotesView(self.db, id="quotes")
            yield FiguresView(self.db, id="figures")
            yield SearchView(self.db, id="search")
            yield BriefView(self.db, id="brief")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = visible(str(self.db_path))
        self.theme_changed_signal.subscribe(self, lambda theme: settings.save(theme=theme.name))
        self.query_one(SourcesView).focus_table()
        for problem in self.keymap_problems:
            self.notify(visible(problem), title="Settings", severity="warning", timeout=8)
        self._check_store()
        self.call_after_refresh(self.collector.start)
        self.set_interval(CHECK_S, self.collector.tick)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self.collector.input_seen()
        await super().on_event(event)

    @db_work(group="store-check")
    def _check_store(self) -> None:
        """Say at once when the store can only be read, and why."""
        reason = self.db.conn().read_only_reason
        if reason is not None:
            self.call_from_thread(self._show_read_only, reason)

    def _show_read_only(self, reason: str) -> None:
        self.sub_title = visible(f"{self.db_path} (read-only)")
        self.notify(f"Read-only: {reason}. You can browse, search and export; changes cannot be saved.",
                    severity="warning", timeout=10)

    # ----- messages to the analyst ------------------------------------------------------
    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every toast is literal text: a file name, title or query is never markup, and
        its control characters are shown, not obeyed."""
        super().notify(visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False)

    def report_failure(self, exc: BaseException, what: str = "") -> None:
        """The one place a worker's failure is told to the analyst; the app keeps running."""
        if isinstance(exc, sqlite3.Error):
            reason = f"the database failed: {describe_sqlite_error(exc)}"
        elif isinstance(exc, StoreReadOnly):
            reason = f"cannot write: {exc.reason}"
        elif isinstance(exc, StoreError | BriefError | ExportTargetError):
            reason = str(exc)
        elif isinstance(exc, OSError):
            reason = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        else:
            reason = f"{type(exc).__name__}: {exc}"
        self.log.error(f"worker {what} failed: {exc!r}")
        self.notify(reason[:1].upper() + reason[1:], severity="error", timeout=8)

    def on_unmount(self) -> None:
        self.collector.stop()
        self.db.close()

    # ----- navigation -------------------------------------------------------------------
    def action_view(self, name: str, remember: bool = True) -> None:
        if name not in VIEWS:
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()
        switcher = self.query_one("#views", ContentSwitcher)
        if remember and switcher.current != name:
            self.history.append(switcher.current or "sources")
        switcher.current = name
        view = self.query_one(f"#{name}")
        view.focus_table()  # type: ignore[attr-defined]
        if name == "brief":
            self.query_one(BriefView).reload()

    async def action_back(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()
        elif self.history:
            self.action_view(self.history.pop(), remember=False)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_refresh(self) -> None:
        """Re-read the store: shows articles another process has ingested meanwhile."""
        for view in (SourcesView, ActorsView, QuotesView, FiguresView):
            table_view = self.query_one(view)
            if table_view.loaded:
                table_view.reload()
        self.query_one(BriefView).reload()
        self.notify("Refreshed from the store", timeout=2)

    @on(StoreChanged)
    def _store_changed(self) -> None:
        for view in (ActorsView, QuotesView):
            table_view = self.query_one(view)
            if table_view.loaded:
                table_view.reload()

    @on(OpenSource)
    def _open_source(self, message: OpenSource) -> None:
        self.push_screen(ReaderScreen(self.db, message.source_id, message.at))

    @on(OpenActor)
    def _open_actor(self, message: OpenActor) -> None:
        self.push_screen(ActorScreen(self.db, message.actor_id))

    @on(OpenQuote)
    def _open_quote(self, message: OpenQuote) -> None:
        self.push_screen(QuoteScreen(self.db, message.quote_id))

    @on(OpenFigure)
    def _open_figure(self, message: OpenFigure) -> None:
        self.push_screen(FigureScreen(self.db, message.figure_id))

    # ----- brief ------------------------------------------------------------------------
    @on(AddToBrief)
    def _add(self, message: AddToBrief) -> None:
        self.add_to_brief(message, self.query_one(BriefView).brief_id)

    @db_work(group="add-to-brief")
    def add_to_brief(self, message: AddToBrief, brief_id: int | None) -> None:
        store = BriefStore(self.db.conn())
        brief = store.get(brief_id) if brief_id else store.current()
        if message.kind == "quote":
            store.add_quote(brief.id, message.ref_id)  # type: ignore[arg-type]
        elif message.kind == "figure":
            store.add_figure(brief.id, message.ref_id)  # type: ignore[arg-type]
        else:
            store.add_passage(brief.id, message.source_id, message.start, message.end)  # type: ignore[arg-type]
        self.call_from_thread(self.notify, f"Added the {message.kind} to “{brief.title}”", timeout=3)
        self.call_from_thread(lambda: self.query_one(BriefView).reload())

    def action_new_brief(self) -> None:
        self.action_view("brief")
        self.query_one(BriefView).action_new()

    def action_switch_brief(self) -> None:
        self.action_view("brief")
        self.query_one(BriefView).action_switch()

    def action_export(self) -> None:
        view = self.query_one(BriefView)
        self._ask_export(view.brief_id)

    @db_work(group="export-ask")
    def _ask_export(self, brief_id: int | None) -> None:
        store = BriefStore(self.db.conn())
        brief = store.get(brief_id) if brief_id else store.current()
        default = str(Path.cwd() / brief_export.default_filename(brief.title))
        self.call_from_thread(self.push_screen, PromptScreen("Export brief as Markdown to", default),
                              lambda path: self._confirm_export(brief.id, path))

    def _confirm_export(self, brief_id: int, path: str | None) -> None:
        """An existing file is replaced only when the analyst says so."""
        if not path:
            return
        target = Path(path).expanduser()
        if target.is_file() or target.is_symlink():
            self.push_screen(ConfirmScreen(f"{target} exists. Replace it?", "Enter replaces · Escape keeps it"),
                             lambda yes: yes and self.export_brief(brief_id, str(target), True))
        else:
            self.export_brief(brief_id, str(target), False)

    @db_work(group="export")
    def export_brief(self, brief_id: int, path: str, force: bool = False) -> None:
        result = brief_export.export_brief(self.db.conn(), brief_id)
        target = write_export(Path(path), result.markdown, force=force, keep=[self.db_path])
        note = f"Wrote {target}"
        if result.warnings:
            note += f" ({len(result.warnings)} items not verified: see the warnings in the file)"
        self.call_from_thread(self.notify, note, severity="warning" if result.warnings else "information")

    # ----- clipboard --------------------------------------------------------------------
    @on(CopyText)
    def _copy(self, message: CopyText) -> None:
        self.copy_to_clipboard(message.text)  # OSC 52: the terminal's clipboard, unconfirmed
        self.copy_with_tool(message.text, message.what)

    @db_work(group="clipboard", exclusive=True)
    def copy_with_tool(self, text: str, what: str) -> None:
        tool = copy_with_system_tool(text)
        if tool is not None:
            note = f"Copied the {what} with its citation"
        else:
            note = (f"Sent the {what} with its citation to the terminal's clipboard; this terminal "
                    "cannot confirm it arrived (no clipboard tool such as xclip, wl-copy or pbcopy found)")
        self.call_from_thread(self.notify, note, timeout=2 if tool else 6)


