"""Saved RSS 2.0 and Atom feeds: each entry becomes a dated article of its outlet."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store.ingest.feeds import html_to_text
from store.ingest.pipeline import ingest_paths
from store.ingest.readers import read_articles

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Ferry fares to rise in spring</title>
    <link>https://gazette.example/ferry-fares</link>
    <pubDate>Tue, 03 Sep 2024 09:15:00 +0200</pubDate>
    <dc:creator>Ana Ruiz</dc:creator>
    <description>&lt;p&gt;Ferry fares will rise by 8% in March, the operator said.&lt;/p&gt;&lt;p&gt;"We have no choice," said its chief executive, Tom Hale.&lt;/p&gt;</description>
  </item>
  <item>
    <title>An entry with no body</title>
    <link>https://gazette.example/empty</link>
    <pubDate>Wed, 04 Sep 2024 10:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Harbour dredging delayed</title>
    <link>https://gazette.example/dredging</link>
    <pubDate>sometime last week</pubDate>
    <description>Dredging of the harbour is delayed until 2025, the port authority said.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Coastal Courier</title>
  <id>urn:example:courier</id>
  <updated>2024-09-05T12:00:00Z</updated>
  <entry>
    <title>Operator defends fare rise</title>
    <link href="https://courier.example/fares"/>
    <id>urn:example:courier:1</id>
    <published>2024-09-05T08:30:00-04:00</published>
    <updated>2024-09-05T09:00:00-04:00</updated>
    <author><name>Lee Park</name></author>
    <content type="html">&lt;p&gt;Tom Hale said the rise was needed to keep the winter service.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</content>
  </entry>
</feed>
"""


def test_rss_entries_are_articles_with_title_link_date_author_and_outlet(tmp_path: Path) -> None:
    feed = tmp_path / "gazette.rss"
    feed.write_text(RSS, encoding="utf-8")
    found = list(read_articles(feed))
    first = found[0]
    assert not isinstance(first, Exception)
    assert (first.title, first.url, first.outlet, first.author) == (
        "Ferry fares to rise in spring", "https://gazette.example/ferry-fares", "The Harbour Gazette", "Ana Ruiz")
    assert first.published == "2024-09-03T07:15:00Z"
    assert first.text == ('Ferry fares will rise by 8% in March, the operator said.\n\n'
                          '"We have no choice," said its chief executive, Tom Hale.')
    assert first.name.endswith("gazette.rss#1")
    # The entry without text is reported by number and title; the others are still read.
    assert isinstance(found[1], Exception) and "#2" in str(found[1]) and "An entry with no body" in str(found[1])
    third = found[2]
    assert not isinstance(third, Exception)
    assert third.published is None and third.published_given == "sometime last week" and third.date_problem


def test_atom_entries_take_their_published_time_in_utc_and_lose_scripts(tmp_path: Path) -> None:
    feed = tmp_path / "courier.atom"
    feed.write_text(ATOM, encoding="utf-8")
    [entry] = list(read_articles(feed))
    assert not isinstance(entry, Exception)
    assert (entry.title, entry.url, entry.outlet, entry.author) == (
        "Operator defends fare rise", "https://courier.example/fares", "Coastal Courier", "Lee Park")
    assert entry.published == "2024-09-05T12:30:00Z"
    assert entry.text == "Tom Hale said the rise was needed to keep the winter service."


def test_an_xml_file_that_is_not_a_feed_is_refused_by_name(tmp_path: Path) -> None:
    other = tmp_path / "settings.xml"
    other.write_text("<config><a>1</a></config>", encoding="utf-8")
    [problem] = list(read_articles(other))
    assert isinstance(problem, Exception)
    assert "settings.xml" in str(problem) and "not an RSS or Atom feed" in str(problem)


def test_feed_ingest_stores_dates_and_reports_an_unreadable_one_as_a_note(conn: sqlite3.Connection,
                                                                          tmp_path: Path) -> None:
    (tmp_path / "gazette.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "courier.atom").write_text(ATOM, encoding="utf-8")
    report = ingest_paths(conn, [tmp_path])
    assert len(report.added) == 3 and len(report.failed) == 1
    assert [str(n) for n in report.notes] == [
        f"{tmp_path / 'gazette.rss'}#3: 'sometime last week' is not a date this tool can read for certain;"
        " stored without a date"]
    rows = conn.execute("SELECT outlet, published, published_given FROM sources ORDER BY published").fetchall()
    assert [tuple(r) for r in rows] == [
        ("The Harbour Gazette", None, "sometime last week"),
        ("The Harbour Gazette", "2024-09-03T07:15:00Z", None),
        ("Coastal Courier", "2024-09-05T12:30:00Z", None),
    ]


def test_html_fragments_become_paragraphs_and_plain_text_passes() -> None:
    assert html_to_text("<p>One &amp; two.</p><ul><li>Three</li></ul>Four<br>five") == \
        "One & two.\n\nThree\n\nFour\n\nfive"
    assert html_to_text("First  paragraph.\n\nSecond\nline.") == "First paragraph.\n\nSecond line."
