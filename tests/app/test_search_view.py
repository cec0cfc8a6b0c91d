"""The Search view through Pilot: results as you type, count, open at the passage, add."""

from __future__ import annotations

import random
from pathlib import Path

from textual.widgets import DataTable, Static

from store.db import connect
from store.ingest.pipeline import ingest_paths
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
        assert status.startswith(f"{results.row_count} results from ")
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


async def test_many_matches_say_how_many_and_each_row_shows_what_matched(tmp_path: Path) -> None:
    folder = tmp_path / "harbours"
    folder.mkdir()
    vocabulary = ["council", "budget", "year", "meeting", "members", "road", "school", "rates", "plan", "vote",
                  "report", "town", "money", "staff", "homes", "park", "bridge", "traffic", "market", "festival"]
    towns = ["Aberdeen", "Bangor", "Cardiff", "Dover", "Exeter", "Falmouth", "Girvan", "Hull", "Ipswich",
             "Jarrow", "Kendal", "Lerwick", "Margate", "Newquay", "Oban", "Penzance", "Quarff", "Ramsgate",
             "Swansea", "Tenby", "Ullapool", "Ventnor", "Whitby", "Yarmouth", "Zennor", "Arbroath", "Brixham",
             "Cromer", "Deal", "Eyemouth"]
    for i, town in enumerate(towns):
        # Every article its own text: near-identical ones would count as copies of one.
        filler = " ".join(random.Random(i).choice(vocabulary) for _ in range(80)) + "."
        (folder / f"h{i:02}.txt").write_text(
            f"{town} looks to the sea\n\n{filler}At the end of the meeting, the harbour wall of {town} was discussed.\n")
    db = tmp_path / "many.db"
    conn = connect(db)
    assert ingest_paths(conn, [folder]).ok
    conn.close()
    app = BriefApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("5", *"harbour wal")
        await pilot.pause(0.2)
        await settle(pilot)
        status = str(app.query_one("#search-status", Static).visual)
        assert "of 30 matching" in status  # more articles match than are shown while typing
        results = app.query_one("#search-results", DataTable)
        shown = str(results.get_row_at(0)[2])
        assert "harbour wall" in shown.lower()  # the matched words, not only the passage's opening
        await pilot.press("enter")  # submitted: more articles, and the count still true
        await settle(pilot)
        status = str(app.query_one("#search-status", Static).visual)
        assert status.endswith("from 30 articles")


async def test_a_search_that_finds_nothing_says_why(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("5", *"qzxwvj", "enter")
        await settle(pilot)
        status = str(app.query_one("#search-status", Static).visual)
        assert "No results" in status and "qzxwvj" in status
