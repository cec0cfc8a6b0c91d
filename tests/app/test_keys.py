"""The same movement keys in every table: j/k/g/G in detail screens and the brief too,
and c copies from a detail screen's quotes as from the Quotes view."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from store import read
from store.db import connect
from tests.app.conftest import settle
from tui.app import BriefApp
from tui.messages import AddToBrief, OpenActor
from tui.screens.details import ActorScreen


def _most_quoted(db: Path) -> read.ActorRow:
    conn = connect(db)
    try:
        return read.actors(conn, order="quotes", desc=True, limit=1)[0]
    finally:
        conn.close()


async def test_movement_keys_and_copy_in_an_actors_quotes(sample_db: Path) -> None:
    actor = _most_quoted(sample_db)
    assert actor.quotes >= 3
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.post_message(OpenActor(actor.id))
        await settle(pilot)
        assert isinstance(app.screen, ActorScreen)
        table = app.screen.query_one("#actor-quotes", DataTable)
        assert table.has_focus and table.row_count == actor.quotes
        await pilot.press("G")
        assert table.cursor_row == actor.quotes - 1
        await pilot.press("g", "j", "j", "k")
        assert table.cursor_row == 1
        await pilot.press("c")
        await pilot.pause()
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        conn = connect(sample_db)
        quote = read.quotes(conn, ids=[int(key)])[0]
        conn.close()
        assert app.clipboard.startswith(f"“{quote.text}” — {actor.name} (")


async def test_movement_keys_in_the_brief(sample_db: Path) -> None:
    conn = connect(sample_db)
    ids = [q.id for q in read.quotes(conn, limit=3)]
    conn.close()
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for quote_id in ids:
            app.post_message(AddToBrief("quote", ref_id=quote_id))
            await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        table = app.query_one("#brief-items", DataTable)
        table.focus()
        await pilot.pause()
        assert table.row_count == 3
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("G")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
