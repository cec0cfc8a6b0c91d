"""The Search view through Pilot: results as you type, count, open at the passage, add."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from store.db import connect
from tests.app.conftest import settle
from tui.app import BriefApp
from tui.screens.reader import ParagraphView, ReaderScreen


async def test_typing_a_typo_finds_the_passage_opens_it_and_adds_it(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("5", *"failed gimick")
        await pilot.pause(0.2)
        await settle(pilot)
        results = app.query_one("#search-results", DataTable)
        assert results.row_count > 0
        status = str(app.query_one("#search-status", Static).visual)
        assert status == f"{results.row_count} results"
        first = app.query_one("#search").hits[0]
        assert "failed gimmick" in first.text
        spans = [first.text[s - first.start:e - first.start].lower() for s, e in first.matches]
        assert "gimmick" in spans and "failed" in spans
        await pilot.press("escape", "a")  # out of the query box, then add the passage
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        focused = app.screen.focused
        assert isinstance(focused, ParagraphView)
        assert focused.para.start == first.start
    conn = connect(sample_db)
    row = conn.execute("SELECT kind, text FROM brief_items").fetchone()
    assert row["kind"] == "passage" and "failed gimmick" in row["text"]
