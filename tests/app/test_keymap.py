"""The analyst's own keys, from the settings file, override the app's by binding id."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import ContentSwitcher

from tests.app.conftest import settle
from tui.app import BriefApp
from tui.screens.modals import HelpScreen


async def test_a_keymap_in_the_settings_file_moves_a_key(sample_db: Path, _private_settings: Path) -> None:
    _private_settings.write_text(json.dumps({"keymap": {"view-quotes": "ctrl+o", "help": 7}}), encoding="utf-8")
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        switcher = app.query_one("#views", ContentSwitcher)
        await pilot.press("3")
        await settle(pilot)
        assert switcher.current == "sources"  # "3" no longer goes to Quotes
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert switcher.current == "quotes"
        messages = [str(n.message) for n in app._notifications]
        assert any("keymap entry 'help'" in m for m in messages), messages  # the bad entry is named
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.visual) for w in app.screen.query("Static"))
        assert "(view-quotes)" in text  # ids are shown, so a keymap can name them
