"""One table of actions feeds the bindings, the palette, the help and the README."""

from __future__ import annotations

import re
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import OptionList

from tests.app.conftest import settle
from tui import actions
from tui.app import BriefApp
from tui.keytable import KeyTable
from tui.screens.details import ActorScreen, FigureScreen, QuoteScreen
from tui.screens.modals import (
    BriefPickerScreen,
    ConfirmScreen,
    HelpScreen,
    NoteScreen,
    PromptScreen,
)
from tui.screens.reader import ReaderScreen
from tui.views.brief import BriefView
from tui.views.lists import ActorsView, FiguresView, QuotesView
from tui.views.search import SearchView
from tui.views.table import TableView

ROOT = Path(__file__).resolve().parents[2]
# The classes that run each place's actions.
HOLDERS: dict[str, list[type]] = {
    "everywhere": [BriefApp], "lists": [TableView], "cited lists": [QuotesView, FiguresView], "quotes list": [QuotesView], "actors list": [ActorsView],
    "tables": [KeyTable],
    "search": [SearchView], "reader": [ReaderScreen], "actor": [ActorScreen], "quote": [QuoteScreen], "figure": [FigureScreen],
    "brief": [BriefView], "note": [NoteScreen], "prompt": [PromptScreen], "confirm": [ConfirmScreen],
    "picker": [BriefPickerScreen], "help": [HelpScreen],
}


def test_the_readme_key_table_is_the_action_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme[readme.index("| keys | what they do |"):readme.index("<!-- /keys -->")]
    assert shown == actions.markdown_table(), "run `python -m tui.actions` and paste its table into the README"


def test_no_binding_is_made_outside_the_action_table() -> None:
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "tui").rglob("*.py")) if path.name != "actions.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if "Binding(" in line]
    assert not found, found


def test_every_action_in_the_table_is_bound_and_runs_something() -> None:
    assert set(HOLDERS) == set(actions.PLACES)
    for action in actions.ACTIONS:
        for holder in HOLDERS[action.where]:
            bound = [b for b in holder.BINDINGS if getattr(b, "id", None) == action.id]
            assert bound and bound[0].key == action.keys, (holder, action.id)
            name = re.sub(r"\(.*\)$", "", action.action)
            target = BriefApp if name.startswith("app.") else holder
            assert callable(getattr(target, "action_" + name.removeprefix("app."), None)), (holder, action.action)


async def test_the_palette_offers_every_command_of_the_table(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")  # in the Brief, the brief actions show their keys as bound there
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        for _ in range(20):
            await pilot.pause(0.05)
            options = app.screen.query_one(OptionList)
            if options.option_count >= len(actions.commands()):
                break
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        for command in actions.commands():
            assert any(command.palette in s for s in shown), (command.palette, shown)
        assert any("Export brief" in s and "key x" in s for s in shown), shown


async def test_help_lists_every_key_of_the_focused_view_from_the_table(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        for action in actions.ACTIONS:
            if action.where == "brief":
                assert f"({action.id})" in text and action.description in text, action.id
