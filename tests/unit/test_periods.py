"""--since and --until: every list and search keep to the articles of a period."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from store import read
from store.dates import Period
from store.ingest.pipeline import ingest_paths
from store.search import SearchEngine, SearchQuery
from tests.dated import write_story
from tui.cli import cli


@pytest.fixture
def story(conn: sqlite3.Connection, tmp_path: Path) -> sqlite3.Connection:
    assert ingest_paths(conn, [write_story(tmp_path / "story")]).ok
    return conn


def _titles(rows) -> list[str]:
    return [getattr(r, "title", None) or r.source_title for r in rows]


def test_sources_sort_by_date_whatever_the_style_it_was_given_in(story: sqlite3.Connection) -> None:
    rows = read.sources(story, order="date")
    assert [r.published for r in rows] == ["2024-09-02T08:00:00Z", "2024-09-04T09:00:00Z", "2024-09-10",
                                           "2024-09-12", "2024-09-23T20:30:00Z"]
    assert read.sources(story, order="date", desc=True)[0].title == "Avalon strike ends with deal"


def test_a_period_keeps_every_list_to_its_articles(story: sqlite3.Connection) -> None:
    week2 = Period.parse("2024-09-09", "12 Sep 2024")  # until a day takes in all of it
    assert _titles(read.sources(story, period=week2, order="date")) == [
        "Port operator makes new offer", "Union rejects Avalon pay offer"]
    assert read.count_sources(story, week2) == 2
    quotes = read.quotes(story, read.QuoteFilter(period=week2))
    assert quotes and {q.source_title for q in quotes} == {"Port operator makes new offer",
                                                           "Union rejects Avalon pay offer"}
    assert read.count_quotes(story, read.QuoteFilter(period=week2)) == len(quotes)
    figures = read.figures(story, read.FigureFilter(period=week2))
    assert figures and all(f.published in ("2024-09-10", "2024-09-12") for f in figures)
    assert read.count_figures(story, read.FigureFilter(period=week2)) == len(figures)


def test_actors_in_a_period_are_those_named_there_counted_there(story: sqlite3.Connection) -> None:
    first_week = Period.parse(None, "2024-09-08")
    names = {a.name: a for a in read.actors(story, period=first_week)}
    assert "Maria Chen" in names and "David Osei" not in names
    assert names["Maria Chen"].articles == 2
    everyone = {a.name: a for a in read.actors(story)}
    assert everyone["Maria Chen"].articles == 5
    assert read.count_actors(story, period=first_week) == len(names)
    chen = everyone["Maria Chen"].id
    assert [a.articles for a in read.actors(story, ids=[chen], period=first_week)] == [2]


def test_search_keeps_to_the_period(story: sqlite3.Connection) -> None:
    engine = SearchEngine(story)
    everywhere = {h.source_title for h in engine.search(SearchQuery("strike"))}
    later = {h.source_title for h in engine.search(SearchQuery("strike", period=Period.parse("2024-09-20", None)))}
    assert len(everywhere) > 1 and later == {"Avalon strike ends with deal"}
    by_speaker = engine.search(SearchQuery("", scope="quotes", speaker="Chen",
                                           period=Period.parse("2024-09-20", None)))
    assert [h.source_title for h in by_speaker] == ["Avalon strike ends with deal"]


def test_cli_lists_take_since_and_until_and_refuse_a_date_they_cannot_read(db_path: Path, tmp_path: Path) -> None:
    def run(*args: str):
        return CliRunner().invoke(cli, [*args, "--db", str(db_path)], obj={}, catch_exceptions=False)

    assert run("ingest", str(write_story(tmp_path / "story"))).exit_code == 0
    rows = json.loads(run("sources", "--since", "2024-09-10", "--sort", "date", "--desc", "--json").output)
    assert [r["title"] for r in rows] == ["Avalon strike ends with deal", "Union rejects Avalon pay offer",
                                          "Port operator makes new offer"]
    for command in (["quotes"], ["figures"], ["actors"], ["search", "strike"]):
        result = run(*command, "--until", "2024-09-03", "--json")
        assert result.exit_code == 0, command
        assert "Port strike begins over pay" in result.output or command == ["actors"]
        assert "Avalon strike ends with deal" not in result.output, command
    bad = run("quotes", "--since", "03/09/2024")
    assert bad.exit_code == 2 and "--since" in bad.output and "YYYY-MM-DD" in bad.output
