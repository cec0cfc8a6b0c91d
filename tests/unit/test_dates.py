"""Publication dates: every common style becomes one ISO 8601 form that sorts as dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from store.dates import DateNotUnderstood, date_bound, normalise_date


@pytest.mark.parametrize(("given", "stored"), [
    ("2024-09-03", "2024-09-03"),
    ("20240903", "2024-09-03"),
    ("2024-09-03T09:15:00+02:00", "2024-09-03T07:15:00Z"),
    ("2024-09-03T09:15:00.250Z", "2024-09-03T09:15:00Z"),
    ("2024-09-03 09:15", "2024-09-03T09:15:00"),  # no zone: kept as written
    ("Tue, 03 Sep 2024 09:15:00 +0200", "2024-09-03T07:15:00Z"),  # RSS 2.0 (RFC 822)
    ("Tue, 3 Sep 2024 22:30:00 -0500", "2024-09-04T03:30:00Z"),  # the next day in UTC
    ("Tue, 03 Sep 2024 09:15:00 GMT", "2024-09-03T09:15:00Z"),
    ("3 September 2024", "2024-09-03"),
    ("September 3, 2024", "2024-09-03"),
    ("Tuesday 3 Sept 2024", "2024-09-03"),
    ("September 3, 2024 10:00 EST", "2024-09-03T15:00:00Z"),
    ("13/09/2024", "2024-09-13"),  # day first: 13 cannot be a month
    ("09/13/2024", "2024-09-13"),  # month first
    ("May 2024", "2024-05"),  # a month without its day stays a month
    ("2024-05", "2024-05"),
    (1725350400, "2024-09-03T08:00:00Z"),  # a Unix time in a JSON field
    (date(2024, 9, 3), "2024-09-03"),  # YAML front matter gives dates as objects
    (datetime(2024, 9, 3, 9, 15, tzinfo=timezone(timedelta(hours=2))), "2024-09-03T07:15:00Z"),
    (None, None),
    ("  ", None),
])
def test_common_date_styles_are_normalised(given: object, stored: str | None) -> None:
    assert normalise_date(given) == stored


@pytest.mark.parametrize("given", ["03/09/2024", "last Tuesday", "5", "Sep 3", "2024-13-01", "0024-01-01",
                                   True, 42])
def test_a_date_that_cannot_be_read_for_certain_is_refused_with_a_reason(given: object) -> None:
    with pytest.raises(DateNotUnderstood) as caught:
        normalise_date(given)
    assert str(caught.value)


def test_ambiguous_day_and_month_say_how_to_write_the_date() -> None:
    with pytest.raises(DateNotUnderstood, match="YYYY-MM-DD"):
        normalise_date("03/09/2024")


def test_normalised_dates_sort_as_dates_whatever_their_style() -> None:
    given = ["Tue, 03 Sep 2024 09:15:00 GMT", "2024-09-01", "1 October 2024", "August 30, 2024 23:00 PDT"]
    ordered = sorted(normalise_date(g) or "" for g in given)
    assert ordered == ["2024-08-31T06:00:00Z", "2024-09-01", "2024-09-03T09:15:00Z", "2024-10-01"]


def test_until_a_day_takes_in_the_whole_day_and_since_starts_it() -> None:
    stored = ["2024-09-02T23:59:59Z", "2024-09-03", "2024-09-03T18:00:00Z", "2024-09-04T00:00:00Z"]
    since, until = date_bound("3 Sep 2024", end=False), date_bound("2024-09-03", end=True)
    assert [s for s in stored if since <= s < until] == ["2024-09-03", "2024-09-03T18:00:00Z"]
    assert date_bound("2024-12", end=True) == "2025-01"
    assert date_bound("2024-09-03T10:00:00Z", end=True) == "2024-09-03T10:00:01Z"


def test_html_metadata_markdown_front_matter_and_json_lines_dates_are_stored_normalised(tmp_path) -> None:
    import json

    from store.ingest.readers import read_articles

    (tmp_path / "page.html").write_text(
        '<html><head><title>Harbour fees rise</title>'
        '<meta property="article:published_time" content="2024-09-03T09:15:00+02:00"></head>'
        "<body><article><h1>Harbour fees rise</h1><p>The harbour board raised mooring fees by 12% on Tuesday, "
        "citing repairs to the outer wall that have run over budget.</p><p>Boat owners said the rise was "
        "the third in two years and would drive small fishing crews away from the town.</p></article></body></html>",
        encoding="utf-8")
    (tmp_path / "note.md").write_text("---\ntitle: Fees\ndate: 3 September 2024\n---\nFees rose.\n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "Fees rose.", "pubDate": "Tue, 03 Sep 2024 09:15:00 GMT"})
                                         + "\n", encoding="utf-8")
    dates = {path.suffix: next(iter(read_articles(path))).published  # type: ignore[union-attr]
             for path in sorted(tmp_path.iterdir())}
    assert dates == {".html": "2024-09-03", ".md": "2024-09-03", ".jsonl": "2024-09-03T09:15:00Z"}
