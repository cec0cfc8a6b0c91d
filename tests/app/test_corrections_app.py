"""Correcting the machine from the app: a quote's speaker, merging and hiding actors."""

from __future__ import annotations

from pathlib import Path

from store import corrections, read
from store.db import connect
from store.ingest.pipeline import reindex
from tests.app.conftest import settle
from tui.app import BriefApp
from tui.messages import OpenActor, OpenQuote
from tui.screens.details import ActorScreen, QuoteScreen
from tui.screens.modals import PromptScreen


def _first_direct_quote(db: Path) -> read.QuoteRow:
    conn = connect(db)
    try:
        return next(q for q in read.quotes(conn) if q.kind == "direct" and q.speaker)
    finally:
        conn.close()


async def test_p_changes_a_quotes_speaker_and_it_survives_reindex(sample_db: Path) -> None:
    quote = _first_direct_quote(sample_db)
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.post_message(OpenQuote(quote.id))
        await settle(pilot)
        assert isinstance(app.screen, QuoteScreen)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("ctrl+u", *"Jane Analyst", "enter")
        await settle(pilot)
        assert isinstance(app.screen, QuoteScreen)
        assert app.screen.quote is not None and app.screen.quote.speaker == "Jane Analyst"
    conn = connect(sample_db)
    reindex(conn)
    again = [q for q in read.quotes(conn) if (q.source_id, q.start, q.end) == (quote.source_id, quote.start, quote.end)]
    assert [q.speaker for q in again] == ["Jane Analyst"]  # a new id after reindex, the analyst's speaker
    conn.close()


async def test_hiding_and_merging_actors_from_their_details(sample_db: Path) -> None:
    conn = connect(sample_db)
    people = read.actors(conn, type_="person", order="quotes", desc=True)
    keep, fold, junk = people[0], people[1], read.actors(conn, type_="place")[0]
    conn.close()
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.post_message(OpenActor(junk.id))
        await settle(pilot)
        assert isinstance(app.screen, ActorScreen)
        await pilot.press("H")
        await settle(pilot)
        assert not isinstance(app.screen, ActorScreen)  # back to the list, which no longer has it
        app.post_message(OpenActor(fold.id))
        await settle(pilot)
        await pilot.press("M")
        await settle(pilot)
        await pilot.press(*keep.name, "enter")
        await settle(pilot)
    conn = connect(sample_db)
    names = {a.name for a in read.actors(conn)}
    assert junk.name not in names and fold.name not in names
    merged = next(a for a in read.actors(conn) if a.name == keep.name)
    assert merged.quotes == keep.quotes + fold.quotes and fold.name in merged.aliases
    assert [c.kind for c in corrections.corrections(conn)] == ["hide", "merge"]
    conn.close()


async def test_corrections_from_the_lists_themselves(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        quotes = app.query_one("#quotes")
        quote = quotes.current().payload
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("ctrl+u", *"Jane Analyst", "enter")
        await settle(pilot)
        shown = next(r.payload for r in quotes.rows.values() if r.payload.start == quote.start
                     and r.payload.source_id == quote.source_id)
        assert shown.speaker == "Jane Analyst"  # the list re-read the store
        await pilot.press("2")
        await settle(pilot)
        actors = app.query_one("#actors")
        first = actors.current().payload
        await pilot.press("H")
        await settle(pilot)
        assert first.id not in {r.payload.id for r in actors.rows.values()}
        second, third = [r.payload for r in list(actors.rows.values())[:2]]
        await pilot.press("M")
        await settle(pilot)
        await pilot.press(*third.name, "enter")
        await settle(pilot)
    conn = connect(sample_db)
    names = {a.name for a in read.actors(conn)}
    assert first.name not in names and second.name not in names and third.name in names
    assert [c.kind for c in corrections.corrections(conn)] == ["speaker", "hide", "merge"]
    conn.close()
