"""The command palette: actions with their keys, and any actor or source by name."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import OptionList

from tests.app.conftest import settle
from tui.app import BriefApp
from tui.screens.details import ActorScreen
from tui.screens.reader import ReaderScreen


async def _palette(pilot, query: str) -> list[str]:
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*query)
    for _ in range(20):  # the palette gathers hits in the background
        await pilot.pause(0.1)
        options = pilot.app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        if any(query.split()[0][:3].lower() in s.lower() for s in shown):
            return shown
    return shown


async def test_the_palette_jumps_to_an_actor_by_a_misspelt_name(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = await _palette(pilot, "keir starmr")
        assert shown and "Actor: Keir Starmer" in shown[0], shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ActorScreen)


async def test_the_palette_opens_a_source_by_words_of_its_title(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = await _palette(pilot, "meloni talks")
        sources = [s for s in shown if s.startswith("Source:")]
        assert sources and "Keir Starmer is under pressure" in sources[0], shown
        await pilot.press(*["down"] * shown.index(sources[0]), "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)


async def test_palette_actions_show_their_keys(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = await _palette(pilot, "go to quotes")
        assert any("Go to Quotes" in s and "key 3" in s for s in shown), shown
