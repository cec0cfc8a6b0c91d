"""Saved RSS and Atom feeds: each entry is an article with its title, link, date and outlet.

A feed file is a batch, like a JSON Lines file: an entry without text is reported by its
number and title and the others are still read. Parsing is feedparser's (it knows the
many dialects of RSS 0.9x, 1.0, 2.0 and Atom, and their date formats); entry bodies are
HTML and become plain text here, one paragraph per block.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from store.article import RawArticle
from store.errors import IngestError

FEED_SUFFIXES = (".rss", ".atom", ".xml")


def read_feed(name: str, data: bytes,
              build: Any) -> Iterator[RawArticle | IngestError]:
    """The entries of a feed as articles; `build(where, text, meta)` makes each one (the
    readers' common builder, so feeds follow the same rules for metadata)."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f" ({str(problem).splitlines()[0][:120]})" if problem else ""
        yield IngestError(name, f"no feed entries found: not an RSS or Atom feed{reason}")
        return
    channel = parsed.get("feed") or {}
    outlet = channel.get("title")
    for number, entry in enumerate(entries, start=1):
        where = f"{name}#{number}"
        text = entry_text(entry)
        if not text.strip():
            title = entry.get("title") or "untitled"
            yield IngestError(where, f"feed entry {title[:80]!r} has no text (no content or summary)")
            continue
        source = entry.get("source") or {}
        meta = {
            "title": entry.get("title"),
            "outlet": source.get("title") or outlet,
            "author": entry.get("author"),
            # dict.get: feedparser's own get maps a missing `published` to `updated`, with a warning
            "date": dict.get(entry, "published") or dict.get(entry, "updated") or dict.get(entry, "created"),
            "url": entry.get("link"),
        }
        parsed_date = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        if parsed_date is not None:
            meta["date_parsed"] = parsed_date  # feedparser's reading (UTC), if ours fails
        try:
            yield build(where, text, meta)
        except IngestError as exc:
            yield exc


def entry_text(entry: Any) -> str:
    """The fullest body an entry has (its content, else its summary), as plain text."""
    bodies = [c.get("value") or "" for c in entry.get("content") or []]
    bodies.append(entry.get("summary") or "")
    body = max(bodies, key=len)
    return html_to_text(body)


class _TextOfHtml(HTMLParser):
    """Text of an HTML fragment with a blank line between blocks."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                         "blockquote", "tr", "table", "section", "article", "figure", "figcaption",
                         "pre", "hr"})
    _SKIPPED = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self._end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def _end_block(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []

    def text(self) -> str:
        self._end_block()
        return "\n\n".join(self.paragraphs)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (or of plain text, which passes unchanged but for
    whitespace), paragraphs separated by a blank line."""
    if "<" not in html:
        return "\n\n".join(" ".join(p.split()) for p in html.split("\n\n") if p.strip())
    reader = _TextOfHtml()
    reader.feed(html)
    reader.close()
    return reader.text()
