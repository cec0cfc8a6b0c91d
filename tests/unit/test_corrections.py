"""Analysts' corrections (a quote's speaker, two actors that are one, a junk actor) are
kept apart from extraction and survive reindex, ingest --force and new articles."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from store import corrections, read
from store.ingest.pipeline import ingest_paths, reindex
from tests.unit.news import HARBOUR
from tui.cli import cli

FERRY = (
    "Ferry line warns of cuts\n"
    "Thomas Doyle, who runs the ferry line, said it was losing 40 passengers a day.\n"
    "“We cannot go on like this,” Thomas Doyle said.\n"
)
LATER = "Ferry talks resume\nThomas Doyle said talks with the port would resume on Monday.\n"
ARCHIVE = "Archive note\nA quiet week in the harbour, with nothing to report.\n"


@pytest.fixture
def store(conn: sqlite3.Connection, tmp_path: Path) -> sqlite3.Connection:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", HARBOUR), ("b.txt", FERRY), ("c.txt", ARCHIVE)):
        (folder / name).write_text(text)
    assert ingest_paths(conn, [folder]).ok
    return conn


def _quote(conn: sqlite3.Connection, words: str) -> read.QuoteRow:
    return next(q for q in read.quotes(conn) if q.text.startswith(words))


def _actor(conn: sqlite3.Connection, name: str) -> read.ActorRow:
    return next(a for a in read.actors(conn) if a.name == name)


def test_a_corrected_speaker_survives_reindex_and_reingest(store: sqlite3.Connection, tmp_path: Path) -> None:
    assert _quote(store, "We have no other way").speaker == "Ines Varga"
    corrections.correct_speaker(store, _quote(store, "We have no other way").id, "Colm Doyle")
    assert _quote(store, "We have no other way").speaker == "Colm Doyle"
    reindex(store)
    assert _quote(store, "We have no other way").speaker == "Colm Doyle"
    assert ingest_paths(store, [tmp_path / "in"], force=True).ok
    assert _quote(store, "We have no other way").speaker == "Colm Doyle"
    corrections.correct_speaker(store, _quote(store, "We have no other way").id, None)  # replaces it
    assert _quote(store, "We have no other way").speaker is None
    assert [c.kind for c in corrections.corrections(store)] == ["speaker"]


def test_a_speaker_the_store_does_not_know_becomes_a_person(store: sqlite3.Connection) -> None:
    corrections.correct_speaker(store, _quote(store, "We cannot go on").id, "Ruth Ames")
    assert _quote(store, "We cannot go on").speaker == "Ruth Ames"
    assert _actor(store, "Ruth Ames").type == "person"


def test_merged_actors_stay_merged_and_new_articles_follow(store: sqlite3.Connection, tmp_path: Path) -> None:
    colm, thomas = _actor(store, "Colm Doyle"), _actor(store, "Thomas Doyle")
    corrections.merge_actors(store, thomas.id, colm.id)
    merged = _actor(store, "Colm Doyle")
    assert merged.articles == 2 and "Thomas Doyle" in merged.aliases
    assert "Thomas Doyle" not in {a.name for a in read.actors(store)}
    assert _quote(store, "We cannot go on").speaker == "Colm Doyle"
    reindex(store)
    assert "Thomas Doyle" not in {a.name for a in read.actors(store)}
    assert _actor(store, "Colm Doyle").articles == 2
    (tmp_path / "later.txt").write_text(LATER)
    assert ingest_paths(store, [tmp_path / "later.txt"]).ok
    assert "Thomas Doyle" not in {a.name for a in read.actors(store)}
    assert _actor(store, "Colm Doyle").articles == 3


def test_a_hidden_actor_leaves_the_lists_until_the_correction_is_removed(store: sqlite3.Connection) -> None:
    before = read.count_actors(store)
    junk = _actor(store, "Archive")
    hidden = corrections.hide_actor(store, junk.id)
    assert "Archive" not in {a.name for a in read.actors(store)}
    assert read.actors(store, ids=[junk.id]) == []
    assert read.count_actors(store) == before - 1
    reindex(store)
    assert "Archive" not in {a.name for a in read.actors(store)}
    corrections.remove(store, hidden.id)
    assert "Archive" in {a.name for a in read.actors(store)}


def test_impossible_corrections_are_refused(store: sqlite3.Connection) -> None:
    varga = _actor(store, "Ines Varga")
    with pytest.raises(corrections.CorrectionError, match="no quote"):
        corrections.correct_speaker(store, 987654, "Someone")
    with pytest.raises(corrections.CorrectionError, match="itself"):
        corrections.merge_actors(store, varga.id, varga.id)
    with pytest.raises(corrections.CorrectionError, match="no actor"):
        corrections.hide_actor(store, 987654)
    assert corrections.corrections(store) == []


def test_corrections_from_the_command_line(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "cli.db"
    folder.mkdir()
    (folder / "a.txt").write_text(HARBOUR)
    (folder / "b.txt").write_text(FERRY)
    runner = CliRunner()

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(cli, [*args, "--db", str(db)], obj={}, catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result.output

    run("ingest", str(folder))
    quotes = json.loads(run("quotes", "--json"))
    dredging = next(q for q in quotes if q["text"].startswith("We have no other way"))
    assert "Colm Doyle" in run("correct", "speaker", str(dredging["id"]), "Colm", "Doyle")
    actors = {a["name"]: a["id"] for a in json.loads(run("actors", "--json"))}
    run("correct", "merge", str(actors["Thomas Doyle"]), str(actors["Colm Doyle"]))
    listed = json.loads(run("correct", "list", "--json"))
    assert [c["kind"] for c in listed] == ["speaker", "merge"]
    run("reindex")
    quotes = json.loads(run("quotes", "--speaker", "Colm Doyle", "--json"))
    assert {q["text"][:12] for q in quotes} >= {"We have no o", "We cannot go"}
    assert "no quote with id 987654" in run("correct", "speaker", "987654", "X", code=2)
    run("correct", "remove", str(listed[1]["id"]))
    assert [c["kind"] for c in json.loads(run("correct", "list", "--json"))] == ["speaker"]
