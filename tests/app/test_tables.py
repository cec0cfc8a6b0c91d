"""Tables say how many rows there are in all, not only how many are loaded so far, and
their filters take words in any order, forgive typos, and say when they rank."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from store import read
from store.db import connect
from store.ingest.pipeline import ingest_paths
from tests.app.conftest import settle
from tests.unit.long_text import story
from tui.app import BriefApp
from tui.views.table import PAGE


def _many_quotes(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(160):
        (folder / f"s{i:03}.txt").write_text(f"Story {i}\n" + "\n".join(story(i)) + "\n")
    db = tmp_path / "many.db"
    conn = connect(db)
    assert ingest_paths(conn, [folder]).ok
    conn.close()
    return db


async def test_status_gives_the_true_total_when_more_rows_exist_than_are_loaded(tmp_path: Path) -> None:
    db = _many_quotes(tmp_path)
    conn = connect(db)
    total = read.count_quotes(conn)
    speaker_total = read.count_quotes(conn, read.QuoteFilter(speaker="Maria"))
    conn.close()
    assert total > PAGE
    app = BriefApp(db)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        view = app.query_one("#quotes")
        assert app.query_one("#quotes-table", DataTable).row_count == PAGE
        assert str(view.query_one(".status", Static).render()).startswith(f"{PAGE} of {total:,} rows")
        await pilot.press("slash", *"speaker:Maria")
        await pilot.pause(0.3)
        await settle(pilot)
        status = str(view.query_one(".status", Static).render())
        shown = app.query_one("#quotes-table", DataTable).row_count
        assert 0 < speaker_total < total
        expected = f"{speaker_total:,} rows" if shown == speaker_total else f"{shown} of {speaker_total:,} rows"
        assert status.startswith(expected), status


async def test_the_sources_filter_takes_words_in_any_order_with_typos(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"meloni starmr")
        await pilot.pause(0.3)
        await settle(pilot)
        table = app.query_one("#sources-table", DataTable)
        assert table.row_count == 1
        assert str(table.get_row_at(0)[0]).startswith("Keir Starmer is under pressure")
        status = str(app.query_one("#sources").query_one(".status", Static).render())
        assert status == "1 row matching “meloni starmr” · best matches first"


async def test_every_list_views_columns_fit_an_80_column_terminal_and_grow_with_it(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        widths = {}
        for key, name in (("1", "sources"), ("2", "actors"), ("3", "quotes"), ("4", "figures")):
            await pilot.press(key)
            await settle(pilot)
            table = app.query_one(f"#{name}-table", DataTable)
            used = sum(c.width + 2 for c in table.columns.values())
            room = table.scrollable_content_region.width  # less the scroll bar
            assert used <= room, (name, used, room)
            widths[name] = used
        await pilot.resize_terminal(160, 45)
        await settle(pilot)
        for key, name in (("1", "sources"), ("2", "actors"), ("3", "quotes"), ("4", "figures")):
            await pilot.press(key)
            await settle(pilot)
            table = app.query_one(f"#{name}-table", DataTable)
            used = sum(c.width + 2 for c in table.columns.values())
            assert widths[name] + 70 <= used <= table.scrollable_content_region.width, (name, widths[name], used)


async def test_the_quotes_view_previews_the_highlighted_quote_in_its_paragraph(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("slash", *"gimmick")
        await pilot.pause(0.3)
        await settle(pilot)
        table = app.query_one("#quotes-table", DataTable)
        table.focus()
        await pilot.press("g")
        await settle(pilot)
        preview = app.query_one("#quotes-preview", Static)
        shown = preview.visual
        text = str(shown)
        first = table.get_row_at(0)
        assert str(first[1])[:20] in text.replace("\n", " ")
        speaker = str(first[0])
        assert text.startswith("Unattributed" if speaker == "—" else speaker)  # then kind and source
        marked = [span.style for span in shown._spans if text[span.start:span.end].lower() == "gimmick"]
        assert any(getattr(style, "reverse", False) for style in marked)  # the word searched for


async def test_G_goes_to_the_true_last_row_and_moving_up_pages_back(tmp_path: Path, monkeypatch) -> None:
    import tui.views.table as table_module

    monkeypatch.setattr(table_module, "PAGE", 30)
    monkeypatch.setattr(table_module, "_PREFETCH", 5)
    monkeypatch.setattr(table_module, "_MAX_ROWS", 60)
    db = _many_quotes(tmp_path)
    conn = connect(db)
    total = read.count_quotes(conn)
    conn.close()
    assert total > 4 * 30
    app = BriefApp(db)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        view = app.query_one("#quotes")
        table = view.query_one(DataTable)
        assert table.row_count == 30
        await pilot.press("G")  # one press: the true last row, not one more page
        await settle(pilot)
        last = view.fetch("", total - 1, 1)[0].key
        assert view.current().key == last and view.window_start == total - 30
        status = str(view.query_one(".status", Static).render())
        assert f"rows {total - 29:,}–{total:,} of {total:,}" in status, status
        for _ in range(26):  # up to near the window's top: the page before it comes in
            await pilot.press("k")
        await settle(pilot)
        here = view.fetch("", total - 27, 1)[0].key
        assert view.current().key == here and view.window_start == total - 60
        assert table.row_count == 60
        await pilot.press("g")
        await settle(pilot)
        assert view.window_start == 0 and view.current().key == view.fetch("", 0, 1)[0].key
        await pilot.press("G", "enter")  # the last row opens like any other
        await settle(pilot)
        assert app.screen.__class__.__name__ == "QuoteScreen"
