"""Dated articles in the app: Sources newest first, since:/until: in every list and search."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from store.db import connect
from store.ingest.pipeline import ingest_paths
from tests.app.conftest import settle
from tests.dated import write_story
from tui.app import BriefApp


@pytest.fixture
def story_db(tmp_path: Path) -> Path:
    path = tmp_path / "story.db"
    conn = connect(path)
    assert ingest_paths(conn, [write_story(tmp_path / "story")]).ok
    conn.close()
    return path


def _column(table: DataTable, key: str) -> list[str]:
    return [str(table.get_cell(row, key)) for row in table.rows]


async def _filter(pilot, text: str) -> None:
    await pilot.press("slash", *text, "enter")
    await pilot.pause(0.3)
    await settle(pilot)


async def test_sources_open_newest_first_and_keep_to_a_period(story_db: Path) -> None:
    app = BriefApp(story_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.query_one("#sources-table", DataTable)
        assert _column(table, "date") == ["2024-09-23", "2024-09-12", "2024-09-10", "2024-09-04", "2024-09-02"]
        await _filter(pilot, "since:2024-09-09 until:2024-09-12")
        assert _column(table, "title") == ["Union rejects Avalon pay offer", "Port operator makes new offer"]
        status = str(app.query_one("#sources .status", Static).render())
        assert "since 2024-09-09, until 2024-09-12" in status


async def test_quotes_and_actors_keep_to_a_period_and_a_bad_date_is_named(story_db: Path) -> None:
    app = BriefApp(story_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        quotes = app.query_one("#quotes-table", DataTable)
        everything = quotes.row_count
        await _filter(pilot, "until:2024-09-04")
        assert 0 < quotes.row_count < everything
        assert set(_column(quotes, "source")) <= {"Port strike begins over pay", "Avalon strike: ships wait offshore"}
        await pilot.press("slash", "ctrl+u", *"since:someday", "enter")
        await pilot.pause(0.3)
        await settle(pilot)
        assert quotes.row_count == everything  # the unreadable bound is left out, and said so
        assert "since: 'someday' is not a date" in str(app.query_one("#quotes .status", Static).render())
        await pilot.press("escape", "2")
        await settle(pilot)
        await _filter(pilot, "until:2024-09-05")
        names = _column(app.query_one("#actors-table", DataTable), "name")
        assert "Maria Chen" in names and "David Osei" not in names


async def test_search_takes_a_period_in_its_box(story_db: Path) -> None:
    app = BriefApp(story_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("5")
        await settle(pilot)
        await pilot.press(*"strike since:2024-09-20", "enter")
        await settle(pilot)
        table = app.query_one("#search-results", DataTable)
        sources = {str(table.get_cell_at((r, 1))) for r in range(table.row_count)} - {""}
        assert sources == {"Avalon strike ends with deal"}


async def test_actor_details_chart_their_mentions_and_name_who_is_beside_them(story_db: Path) -> None:
    from textual.widgets import Sparkline

    app = BriefApp(story_db)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        await _filter(pilot, "maria chen")
        await pilot.press("enter")
        await settle(pilot)
        chart = app.screen.query_one("#actor-mentions-chart", Sparkline)
        assert len(chart.data or []) == 22 and max(chart.data or []) == 1  # a day each, 2 to 23 September
        facts = str(app.screen.query_one("#actor-timeline-facts", Static).render())
        assert facts.startswith("per day, 2024-09-02 to 2024-09-23")
        together = app.screen.query_one("#actor-together", DataTable)
        assert "David Osei" in [str(together.get_cell_at((r, 0))) for r in range(together.row_count)]
        dates = [str(app.screen.query_one("#actor-quotes", DataTable).get_cell_at((r, 0)))
                 for r in range(app.screen.query_one("#actor-quotes", DataTable).row_count)]
        assert dates == sorted(dates)
        together.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert str(app.screen.query_one("#actor-title", Static).render()).startswith(
            str(together.get_cell_at((0, 0))))


async def test_quotes_say_who_else_reported_them_and_figures_flag_disagreement(story_db: Path) -> None:
    app = BriefApp(story_db)
    async with app.run_test(size=(130, 45)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await _filter(pilot, "speaker:chen patient")
        quotes = app.query_one("#quotes-table", DataTable)
        assert quotes.row_count == 2 and _column(quotes, "sources") == ["2", "2"]
        preview = str(app.query_one("#quotes-preview", Static).render())
        assert "reported by 2 sources, first by Harbour Gazette on 2024-09-02" in preview
        await pilot.press("enter")
        await settle(pilot)
        facts = str(app.screen.query_one("#quote-facts", Static).render())
        assert "Reported by: 2 sources, first by Harbour Gazette on 2024-09-02" in facts
        others = app.screen.query_one("#quote-elsewhere", DataTable)
        assert others.row_count == 1 and str(others.get_cell_at((0, 3))) == "same words"
        await pilot.press("escape", "4")
        await settle(pilot)
        figures = app.query_one("#figures-table", DataTable)
        flagged = [t for f, t in zip(_column(figures, "flag"), _column(figures, "figure"), strict=True) if f == "≠"]
        assert sorted(flagged) == ["About 1,200 workers", "Some 1,500 workers"]
        await _filter(pilot, "1,200")
        await pilot.press("enter")
        await settle(pilot)
        conflicts = app.screen.query_one("#figure-conflicts", DataTable)
        assert conflicts.row_count == 1 and str(conflicts.get_cell_at((0, 2))) == "Some 1,500 workers"
        series = app.screen.query_one("#figure-series", DataTable)
        assert [str(series.get_cell_at((r, 3))) for r in range(series.row_count)] == ["1,200", "1,500"]
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReaderScreen"
