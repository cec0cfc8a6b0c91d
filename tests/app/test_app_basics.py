"""The app driven through Pilot: views, filters, details, back, brief, help, theme, copy."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import ContentSwitcher, DataTable, Input

from store.db import connect
from store.ingest.pipeline import ingest_paths
from tests.app.conftest import settle
from tui.app import VIEWS, BriefApp
from tui.screens.details import ActorScreen, QuoteScreen
from tui.screens.modals import HelpScreen
from tui.screens.reader import ReaderScreen


async def test_number_keys_move_through_every_view(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for number, name in enumerate(VIEWS, start=1):
            await pilot.press(str(number))
            await settle(pilot)
            assert app.query_one("#views", ContentSwitcher).current == name
            if name == "search":
                await pilot.press("escape")  # out of the query box, where digits are typed
        assert app.query_one("#sources-table", DataTable).row_count == 2
        assert app.query_one("#actors-table", DataTable).row_count > 40


async def test_filter_narrows_the_actor_table_fuzzily(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        before = app.query_one("#actors-table", DataTable).row_count
        await pilot.press("slash", *"Yvete Coper")
        await pilot.pause(0.3)
        await settle(pilot)
        table = app.query_one("#actors-table", DataTable)
        assert 0 < table.row_count < before
        first = table.get_row_at(0)
        assert str(first[0]) == "Yvette Cooper"
        await pilot.press("escape")  # clears and hides the filter line
        await pilot.pause(0.3)
        await settle(pilot)
        assert not app.query_one("#actors-filter", Input).display
        assert app.query_one("#actors-table", DataTable).row_count == before
        assert app.query_one("#views", ContentSwitcher).current == "actors"


async def test_enter_opens_details_and_escape_goes_back(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("n")
        await pilot.press("escape")
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ActorScreen)
        await pilot.press("escape", "3")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, QuoteScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, QuoteScreen)
        await pilot.press("escape")  # back through the view history: quotes -> actors
        assert app.query_one("#views", ContentSwitcher).current == "actors"


async def test_a_adds_the_selected_quote_to_the_brief_and_says_which(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("j", "a")
        await settle(pilot)
        assert any("Untitled brief" in str(n.message) for n in app._notifications)
        await pilot.press("6")
        await settle(pilot)
        assert app.query_one("#brief-items", DataTable).row_count == 1
    conn = connect(sample_db)
    assert conn.execute("SELECT count(*) FROM brief_items").fetchone()[0] == 1


async def test_help_lists_keys_of_the_focused_widget_and_the_app(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.visual) for w in app.screen.query("Static"))
        assert "Add to brief" in text and "Quit" in text
        assert "speaker:NAME" in text and "kind:direct|partial|indirect" in text  # the Quotes filter's syntax
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_theme_choice_is_remembered(sample_db: Path, _private_settings: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "gruvbox"
        await settle(pilot)
    assert json.loads(_private_settings.read_text())["theme"] == "gruvbox"
    again = BriefApp(sample_db)
    async with again.run_test(size=(100, 30)):
        assert again.theme == "gruvbox"


async def test_copy_puts_the_quote_and_its_citation_on_the_clipboard(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("j", "c")
        await pilot.pause()
        assert app.clipboard.startswith("“") and "Labour is plotting" in app.clipboard


async def test_hostile_article_text_is_shown_literally(tmp_path: Path) -> None:
    db = tmp_path / "hostile.db"
    article = tmp_path / "hostile.txt"
    article.write_text(
        "[bold red]Not bold[/] and [link=file:///etc/passwd]no link[/link]\n"
        "Escape \x1b[31mred\x1b[0m, a bell \x07, an OSC 52 write \x1b]52;c;aGk=\x07 and a long line "
        + "x" * 5000 + "\n",
        encoding="utf-8",
    )
    conn = connect(db)
    ingest_paths(conn, [article])
    conn.close()
    app = BriefApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        title_cell = app.query_one("#sources-table", DataTable).get_row_at(0)[0]
        assert str(title_cell).startswith("[bold red]Not bold[/] and [link=file:///etc/passwd]")
        await pilot.press("enter")
        await settle(pilot)
        shown = "".join(str(p.visual) for p in app.screen.query(".paragraph"))
        assert "[bold red]" in shown and "\x1b" not in shown and "\x07" not in shown


async def test_every_binding_shown_resolves_to_an_action(sample_db: Path) -> None:
    """No dead keys: each binding in the footer or help names an action that exists."""
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screens_to_check = []
        for number in range(1, 7):
            await pilot.press(str(number))
            await settle(pilot)
            screens_to_check.append(dict(app.screen.active_bindings))
            if number == 5:
                await pilot.press("escape")
        await pilot.press("1", "enter")
        await settle(pilot)
        screens_to_check.append(dict(app.screen.active_bindings))
        for bindings in screens_to_check:
            for key, active in bindings.items():
                action = active.binding.action
                target = active.node
                if action.startswith("app."):
                    target, action = app, action[4:]
                elif action.startswith("screen."):
                    target, action = app.screen, action[7:]
                name = action.split("(")[0]
                assert hasattr(target, f"action_{name}"), f"{key}: {active.binding.action} on {target}"
