"""The read API the CLI and the app share: typed rows, filters, named orders, paging,
true counts, and the detail and reader documents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store import read
from store.ingest.pipeline import ingest_paths
from tests.unit.news import HARBOUR

FERRY = (
    "Ferry line warns of cuts\n"
    "Colm Doyle said the ferry line was already losing 40 passengers a day.\n"
    "“We have no other way to pay for the dredging,” Ines Varga told reporters.\n"
)
ARCHIVE = "Archive note\nA quiet week in the harbour, with nothing to report.\n"


@pytest.fixture
def store(conn: sqlite3.Connection, tmp_path: Path) -> sqlite3.Connection:
    for name, text in (("a-harbour.txt", HARBOUR), ("b-ferry.txt", FERRY), ("c-archive.txt", ARCHIVE)):
        (tmp_path / name).write_text(text)
    assert ingest_paths(conn, [tmp_path]).ok
    return conn


def test_sources_order_by_name_both_ways_and_page(store: sqlite3.Connection) -> None:
    titles = [s.title for s in read.sources(store, order="title")]
    assert titles == ["Archive note", "Ferry line warns of cuts", "Harbour tolls to rise"]
    assert [s.title for s in read.sources(store, order="title", desc=True)] == titles[::-1]
    assert [s.title for s in read.sources(store, order="title", limit=1, offset=1)] == titles[1:2]
    assert read.count_sources(store) == 3
    harbour = next(s for s in read.sources(store) if s.title.startswith("Harbour"))
    assert (harbour.quotes, harbour.figures) == (3, 2)
    doc = read.reader_document(store, harbour.id)
    assert doc is not None and harbour.chars == len(doc.text)


def test_rows_asked_for_by_id_come_in_that_order(store: sqlite3.Connection) -> None:
    ids = [s.id for s in read.sources(store)]
    assert [s.id for s in read.sources(store, ids=ids[::-1])] == ids[::-1]
    assert read.sources(store, ids=[]) == []
    assert read.sources(store, ids=[987654]) == []


def test_an_order_not_on_the_list_is_refused(store: sqlite3.Connection) -> None:
    with pytest.raises(ValueError, match="cannot order by"):
        read.sources(store, order="title; DROP TABLE sources")
    with pytest.raises(ValueError):
        read.quotes(store, order="q.text")


def test_quote_filters_and_their_counts_agree(store: sqlite3.Connection) -> None:
    everyone = read.quotes(store)
    assert read.count_quotes(store) == len(everyone) >= 4
    varga = read.QuoteFilter(speaker="Varga")
    by_varga = read.quotes(store, varga)
    assert by_varga and {q.speaker for q in by_varga} == {"Ines Varga"}
    assert read.count_quotes(store, varga) == len(by_varga)
    direct = read.quotes(store, read.QuoteFilter(kind="direct"))
    assert direct and all(q.kind == "direct" for q in direct)
    assert read.count_quotes(store, read.QuoteFilter(kind="direct")) == len(direct)
    by_speaker = [q.speaker or "" for q in read.quotes(store, order="speaker")]
    assert [s.lower() for s in by_speaker if s] == sorted(s.lower() for s in by_speaker if s)


def test_figure_filter_and_count(store: sqlite3.Connection) -> None:
    pounds = read.figures(store, read.FigureFilter(unit="GBP"))
    assert [f.value for f in pounds] == [900]
    assert read.count_figures(store, read.FigureFilter(containing="passengers")) == 1
    values = [f.value for f in read.figures(store, order="value", desc=True)]
    assert values == sorted(values, reverse=True)


def test_actor_detail_holds_quotes_articles_and_nearby_figures(store: sqlite3.Connection) -> None:
    varga = next(a for a in read.actors(store, type_="person") if a.name == "Ines Varga")
    assert (varga.articles, varga.mentions, varga.quotes) == (2, 3, 3)
    assert varga.aliases == ["Varga"] and varga.roles == ["Port director"]
    detail = read.actor_detail(store, varga.id)
    assert detail is not None and detail.actor == varga
    assert {q.source_title for q in detail.quotes} == {"Harbour tolls to rise", "Ferry line warns of cuts"}
    assert {a.title for a in detail.articles} == {"Harbour tolls to rise", "Ferry line warns of cuts"}
    assert "12%" in {f.text for f in detail.figures_near_quotes}
    assert read.actor_detail(store, 987654) is None


def test_quote_detail_finds_the_same_words_in_another_article(store: sqlite3.Connection) -> None:
    dredging = [q for q in read.quotes(store) if q.text.startswith("We have no other way")]
    assert len(dredging) == 2
    detail = read.quote_detail(store, dredging[0].id)
    assert detail is not None
    start, end = detail.paragraph  # type: ignore[misc]
    assert detail.source_text[start:end].startswith("“We have no other way")
    assert [q.id for q in detail.versions] == [dredging[1].id]
    assert dredging[0].sources == 2 and detail.first.id == dredging[0].id


def test_reader_document_marks_lie_inside_the_text(store: sqlite3.Connection) -> None:
    harbour = next(s for s in read.sources(store) if s.title.startswith("Harbour"))
    doc = read.reader_document(store, harbour.id)
    assert doc is not None and doc.text.startswith("Harbour tolls to rise")
    assert [p.idx for p in doc.paragraphs] == list(range(len(doc.paragraphs)))
    for spans in (doc.quotes, doc.mentions, doc.figures):
        assert spans and all(0 <= s < e <= len(doc.text) for s, e in spans)
    assert read.reader_document(store, 987654) is None


def test_the_figure_filter_wants_every_word_in_any_order(store: sqlite3.Connection) -> None:
    assert [f.text for f in read.figures(store, read.FigureFilter(containing="ferry passengers"))] == \
        [f.text for f in read.figures(store, read.FigureFilter(containing="passengers ferry"))] != []
    assert read.figures(store, read.FigureFilter(containing="passengers harbour")) == []
