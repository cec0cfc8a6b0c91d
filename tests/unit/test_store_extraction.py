"""Extraction as stored: actors merged across articles, mentions per article, reindex, CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from store import read
from store.ingest.pipeline import ingest_paths, reindex
from tui.cli import cli

FIRST = (
    "Council backs new bridge\n"
    "Transport Secretary Ruth Adebayo said the bridge would open in 2027.\n"
    "“This is a good day for the city,” she said.\n"
    "The project will cost £45m and create 300 jobs.\n"
)
SECOND = (
    "Bridge costs questioned\n"
    "Critics say the £45m budget is unrealistic.\n"
    "Ruth Adebayo told the BBC: “The budget is fixed.”\n"
    "Ms Adebayo added that work would start in June.\n"
)


def _ingest(conn: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIRST)
    (tmp_path / "b.txt").write_text(SECOND)
    assert ingest_paths(conn, [tmp_path]).ok


def test_same_person_in_two_articles_is_one_actor_with_mentions_in_both(conn, tmp_path: Path) -> None:
    _ingest(conn, tmp_path)
    people = [a for a in read.actors(conn, type_="person") if a.name == "Ruth Adebayo"]
    assert len(people) == 1
    person = people[0]
    assert person.articles == 2 and person.quotes >= 3
    assert "Transport Secretary" in person.roles
    assert "Ms Adebayo" in person.aliases


def test_quotes_and_figures_are_stored_with_offsets_into_the_source(conn, tmp_path: Path) -> None:
    _ingest(conn, tmp_path)
    texts = {r["id"]: r["text"] for r in conn.execute("SELECT id, text FROM sources")}
    quotes = read.quotes(conn, read.QuoteFilter(speaker="Adebayo"))
    assert {q.kind for q in quotes} >= {"direct", "indirect"}
    for q in quotes:
        assert texts[q.source_id][q.start:q.end] == q.text
    figures = read.figures(conn, read.FigureFilter(unit="GBP"))
    assert [f.value for f in figures] == [45e6, 45e6]
    for f in figures:
        assert texts[f.source_id][f.start:f.end] == f.text


def test_reindex_rebuilds_extraction_without_duplicates(conn, tmp_path: Path) -> None:
    _ingest(conn, tmp_path)
    before = (conn.execute("SELECT count(*) FROM quotes").fetchone()[0],
              conn.execute("SELECT count(*) FROM actors").fetchone()[0])
    reindex(conn)
    after = (conn.execute("SELECT count(*) FROM quotes").fetchone()[0],
             conn.execute("SELECT count(*) FROM actors").fetchone()[0])
    assert before == after


def test_actors_quotes_figures_commands_list_and_filter(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST)
    (folder / "b.txt").write_text(SECOND)
    runner = CliRunner()

    def run(*args: str):
        result = runner.invoke(cli, [*args, "--db", str(db_path)], obj={}, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    run("ingest", str(folder))
    people = json.loads(run("actors", "--type", "person", "--json"))
    assert [p["name"] for p in people] == ["Ruth Adebayo"]
    direct = json.loads(run("quotes", "--speaker", "Adebayo", "--kind", "direct", "--json"))
    assert {q["text"] for q in direct} == {"This is a good day for the city,", "The budget is fixed."}
    only_b = json.loads(run("quotes", "--source", "b.txt", "--json"))
    assert {q["source_title"] for q in only_b} == {"Bridge costs questioned"}
    jobs = json.loads(run("figures", "--unit", "jobs", "--json"))
    assert [(f["text"], f["value"]) for f in jobs] == [("300 jobs", 300)]
    table = run("quotes")
    assert table.splitlines()[0].split("\t") == ["id", "speaker", "kind", "quote", "source", "sources"]


def test_a_title_and_surname_never_merge_two_people_across_articles(conn: sqlite3.Connection,
                                                                   tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tour opens\nPeter Crane opened the tour in Leeds.\n"
                                    "Mr Crane said the crowds were large.\n")
    (tmp_path / "b.txt").write_text("Gallery news\nTom Crane opened the gallery in York.\n"
                                    "Mr Crane said the paintings were on loan.\n")
    (tmp_path / "c.txt").write_text("Party season\nMichael Ardent spoke to members in Hull.\n"
                                    "Mrs Ardent, a teacher, stood beside him.\n")
    assert ingest_paths(conn, [tmp_path]).ok
    people = {r.name: r.aliases for r in read.actors(conn, type_="person")}
    assert "Peter Crane" in people and "Tom Crane" in people  # not merged through "Mr Crane"
    assert "Mrs Ardent" not in people["Michael Ardent"]  # his wife, not him
