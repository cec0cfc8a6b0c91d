"""The same quotation across outlets, and figures of one quantity that disagree."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from store import read
from store.corroboration import (
    StoredFigure,
    conflict,
    figure_context,
    figure_series,
    quote_keys,
    same_quotation,
    states_a_change,
)
from store.ingest.pipeline import ingest_paths, reindex
from tests.dated import write_story


@pytest.fixture
def story(conn: sqlite3.Connection, tmp_path: Path) -> sqlite3.Connection:
    assert ingest_paths(conn, [write_story(tmp_path / "story")]).ok
    return conn


def test_near_copies_of_a_quotation_share_keys_and_match() -> None:
    a = "We have been patient for two years and the company has not moved,"
    b = "“We have been patient for two years, and the company has not moved.”"
    assert quote_keys(a) == quote_keys(b)  # punctuation and case aside, the same words
    assert same_quotation(a, b)
    assert not same_quotation(a, "We have been patient with the council for a decade and it has not listened")
    assert quote_keys("We are delighted") is None  # too short to tell one quotation from a stock phrase


def test_the_same_quotation_in_two_outlets_is_grouped_with_its_first_report(story: sqlite3.Connection) -> None:
    chen = [q for q in read.quotes(story, read.QuoteFilter(speaker="Chen")) if q.text.startswith("We have been patient")]
    assert len(chen) == 2 and all(q.sources == 2 for q in chen)
    detail = read.quote_detail(story, chen[1].id)
    assert detail is not None
    assert [v.source_title for v in detail.versions] == ["Port strike begins over pay"]
    assert (detail.first.outlet, detail.first.published) == ("Harbour Gazette", "2024-09-02T08:00:00Z")
    osei = read.quotes(story, read.QuoteFilter(speaker="Osei", corroborated=True))
    assert len(osei) == 2 and {q.outlet for q in osei} == {"Harbour Gazette", "The Daily Ledger"}
    lone = [q for q in read.quotes(story) if q.text.startswith("Our members held firm")]
    assert [q.sources for q in lone] == [1]


def test_groups_survive_reextraction_and_go_with_a_deleted_article(story: sqlite3.Connection) -> None:
    before = read.count_quotes(story, read.QuoteFilter(corroborated=True))
    reindex(story)
    assert read.count_quotes(story, read.QuoteFilter(corroborated=True)) == before
    with story:
        story.execute("DELETE FROM sources WHERE title = 'Union rejects Avalon pay offer'")
    assert all(q.sources == 1 for q in read.quotes(story, read.QuoteFilter(speaker="Osei")))


def _fig(id_: int, value: float, *, unit: str = "workers", context: str = "dock port avalon strike",
         qualifier: str | None = None, value_to: float | None = None, change: bool = False) -> StoredFigure:
    return StoredFigure(id_, id_, "2024-09-02", value, value_to, unit, qualifier, context, change)


def test_figures_conflict_when_the_same_quantity_differs_beyond_rounding() -> None:
    assert conflict(_fig(1, 1200), _fig(2, 1500, qualifier="some")) == "value"
    assert conflict(_fig(1, 310_000, unit="homes"), _fig(2, 300_000, unit="homes", qualifier="about")) is None
    assert conflict(_fig(1, 1200), _fig(2, 1200)) is None
    assert conflict(_fig(1, 1200), _fig(2, 1500, context="football fan stadium")) is None  # another quantity
    assert conflict(_fig(1, 41, unit="percent", context="reservoir capacity"),
                    _fig(2, 38, unit="percent", context="reservoir level capacity")) == "value"
    assert conflict(_fig(1, 41, unit="percent", context="reservoir capacity"),
                    _fig(2, 38, unit="percent", context="reservoir turnout")) is None  # one word: not enough
    assert conflict(_fig(1, 41, unit="percent"), _fig(2, 40, unit="percent", change=True)) is None  # level vs change


def test_a_change_conflicts_with_a_percentage_its_ends_contradict() -> None:
    fall = _fig(1, 140e6, unit="litres per day", value_to=95e6, context="water leakage merrow")
    assert conflict(fall, _fig(2, 40, unit="percent", change=True, context="water leakage fallen")) == "change"
    assert conflict(fall, _fig(2, 32, unit="percent", change=True, context="water leakage fallen")) is None


def test_a_figure_knows_its_sentence_and_whether_a_percentage_is_a_change() -> None:
    text = "Turnout was low. Rates fell by 4% in March, the bank said. Sales fell to 12%."
    four = text.index("4%")
    assert figure_context(text, four, four + 2) == "rate fell march bank"
    assert states_a_change(text, four)
    assert not states_a_change(text, text.index("12%"))


def test_the_story_flags_the_strikers_count_and_charts_the_quantity(story: sqlite3.Connection) -> None:
    flagged = read.figures(story, read.FigureFilter(conflicting=True))
    assert sorted(f.text for f in flagged) == ["About 1,200 workers", "Some 1,500 workers"]
    first = next(f for f in flagged if f.published == "2024-09-02T08:00:00Z")
    [other] = read.figure_conflicts(story, first.id)
    assert other.kind == "value" and other.figure.outlet == "Coastal Courier"
    pay = [f for f in read.figures(story, read.FigureFilter(unit="percent")) if "pay" in f.source_title.lower()
           or "offer" in f.source_title.lower()]
    assert pay and not any(f.conflicts for f in pay)  # 4% and 4%: the same figure
    series = read.figures_by_id(story, figure_series(story, first.id))
    assert [f.value for f in series] == [1200, 1500]


def test_cli_lists_corroborated_quotes_and_conflicting_figures(db_path: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tui.cli import cli

    def run(*args: str):
        return CliRunner().invoke(cli, [*args, "--db", str(db_path)], obj={}, catch_exceptions=False)

    assert run("ingest", str(write_story(tmp_path / "story"))).exit_code == 0
    quotes = json.loads(run("quotes", "--corroborated", "--json").output)
    assert quotes and all(q["sources"] >= 2 for q in quotes)
    assert all(q["versions"] and q["first_reported"]["outlet"] for q in quotes)
    figures = json.loads(run("figures", "--conflicting", "--json").output)
    assert len(figures) == 2 and all(f["also_reported_as"] for f in figures)
    series = json.loads(run("figures", "--series", str(figures[0]["id"]), "--json").output)
    assert [p["value"] for p in series] == [1200, 1500]


def test_an_exported_figure_carries_what_other_articles_reported(story: sqlite3.Connection) -> None:
    from briefs.export import export_brief
    from briefs.store import BriefStore

    briefs = BriefStore(story)
    brief = briefs.create("Avalon strike")
    first = next(f for f in read.figures(story, read.FigureFilter(conflicting=True)) if f.outlet == "Harbour Gazette")
    briefs.add_figure(brief.id, first.id)
    lone = next(f for f in read.figures(story) if f.text == "Twelve container ships")
    briefs.add_figure(brief.id, lone.id)
    result = export_brief(story, brief.id)
    assert ("  - *Note: also reported as* **Some 1,500 workers** (*Avalon strike: ships wait offshore*, "
            "Coastal Courier, 2024-09-04)") in result.markdown
    assert result.markdown.count("also reported as") == 1  # the ships are given once only
    [flagged, plain] = result.data["items"]
    assert [a["outlet"] for a in flagged["also_reported_as"]] == ["Coastal Courier"]
    assert plain["also_reported_as"] == [] and not result.warnings


def test_one_quotation_in_three_outlets_is_one_group_of_three(conn: sqlite3.Connection, tmp_path: Path) -> None:
    said = "“Nobody in this town will forget the night the river came over the wall,” said Ada Brook."
    for n, extra in enumerate(["", " It rained again.", " Roads stayed shut."]):
        (tmp_path / f"{n}.txt").write_text(f"Flood report {n}\n{said}{extra}\n", encoding="utf-8")
    assert ingest_paths(conn, [tmp_path]).ok
    rows = [q for q in read.quotes(conn) if q.text.startswith("Nobody in this town")]
    assert len(rows) == 3 and [q.sources for q in rows] == [3, 3, 3]
    detail = read.quote_detail(conn, rows[1].id)
    assert detail is not None and sorted(v.id for v in detail.versions) == [rows[0].id, rows[2].id]
