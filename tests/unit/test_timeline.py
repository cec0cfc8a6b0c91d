"""An actor's timeline: counts per day, week or month without gaps, undated kept apart,
who is named beside them, and their quotes in date order."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from store import read
from store.dates import Period
from store.ingest.pipeline import ingest_paths
from store.timeline import actor_timeline
from tests.dated import write_story
from tui.cli import cli


@pytest.fixture
def story(conn: sqlite3.Connection, tmp_path: Path) -> sqlite3.Connection:
    folder = tmp_path / "story"
    write_story(folder)
    (folder / "undated.txt").write_text("Port talks\nMaria Chen said talks would go on.\n", encoding="utf-8")
    assert ingest_paths(conn, [folder]).ok
    return conn


def _chen(conn: sqlite3.Connection) -> int:
    actor = read.actor_named(conn, "Maria Chen")
    assert actor is not None
    return actor.id


def test_days_run_without_gaps_and_undated_mentions_are_counted_apart(story: sqlite3.Connection) -> None:
    found = actor_timeline(story, _chen(story), bucket="day")
    assert found is not None and found.bucket == "day"
    days = [p.start for p in found.points]
    assert days[0] == "2024-09-02" and days[-1] == "2024-09-23" and len(days) == 22  # every day between
    by_day = {p.start: p for p in found.points}
    assert by_day["2024-09-02"].mentions == 1 and by_day["2024-09-02"].quotes >= 1
    assert (by_day["2024-09-23"].mentions, by_day["2024-09-23"].quotes) == (1, 1)
    assert by_day["2024-09-05"].mentions == 0
    assert by_day["2024-09-12"].quotes == 1  # "Four per cent ..." in the Ledger
    assert found.undated_mentions == 1 and found.undated_quotes == 1


def test_weeks_start_on_monday_and_auto_counts_by_day_for_a_short_story(story: sqlite3.Connection) -> None:
    weeks = actor_timeline(story, _chen(story), bucket="week")
    assert weeks is not None
    assert [p.start for p in weeks.points] == ["2024-09-02", "2024-09-09", "2024-09-16", "2024-09-23"]
    assert [p.articles for p in weeks.points] == [2, 2, 0, 1]
    auto = actor_timeline(story, _chen(story))
    assert auto is not None and auto.bucket == "day"


def test_named_beside_them_and_quotes_in_date_order(story: sqlite3.Connection) -> None:
    found = actor_timeline(story, _chen(story))
    assert found is not None
    osei = next(a for a in found.together if a.name == "David Osei")
    assert osei.articles == 3  # the three articles that name both
    dates = [q.published for q in found.quotes]
    assert dates == sorted(d for d in dates if d) + [None] * dates.count(None)
    assert dates[-1] is None  # the undated quote comes last


def test_a_period_keeps_the_timeline_to_it(story: sqlite3.Connection) -> None:
    found = actor_timeline(story, _chen(story), period=Period.parse("2024-09-10", None))
    assert found is not None
    assert found.points[0].start == "2024-09-10" and found.undated_mentions == 0
    assert all(q.published and q.published >= "2024-09-10" for q in found.quotes)


def test_cli_timeline_json_gives_the_same_data(db_path: Path, tmp_path: Path) -> None:
    def run(*args: str):
        return CliRunner().invoke(cli, [*args, "--db", str(db_path)], obj={}, catch_exceptions=False)

    assert run("ingest", str(write_story(tmp_path / "story"))).exit_code == 0
    result = run("actors", "maria chen", "--timeline", "--bucket", "week", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["actor"]["name"] == "Maria Chen" and data["bucket"] == "week"
    assert [p["mentions"] for p in data["points"]] == [2, 2, 0, 1]
    assert [q["published"][:10] for q in data["quotes"]] == sorted(q["published"][:10] for q in data["quotes"])
    assert run("actors", "Nobody Known", "--timeline").exit_code == 1
    assert run("actors", "--timeline").exit_code == 2
