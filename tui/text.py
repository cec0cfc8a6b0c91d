"""Article text for display: always literal (never markup), control characters defused."""

from __future__ import annotations

import re

from rich.text import Text

from store.dates import day_of
from store.read import QuoteRow
from store.search.fold import fold

MAX_CELL = 160
# DEL and C1 controls, line and paragraph separators, and bidirectional overrides: what a
# terminal would obey (or a reader misread) rather than show; with C0, all of them.
TERMINAL_CONTROLS = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_INVISIBLE = re.compile(f"[\x00-\x1f{TERMINAL_CONTROLS}]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\x1b": "\\e"}


def visible(text: object) -> str:
    """Any string the program prints about files, titles or queries, with every control
    character shown as an escape (`\\e[31m`, `\\n`, `\\x9b`) instead of acting on the terminal."""
    return _INVISIBLE.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                               else f"\\u{ord(m.group()):04x}"), str(text))


def visible_lines(text: str) -> str:
    """`visible` for text of several lines: the line breaks are kept."""
    return "\n".join(visible(line) for line in text.split("\n"))


def safe(text: str | None) -> str:
    """One printable character for each character of `text` (offsets still hold)."""
    if not text:
        return ""
    return "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)


def cell(value: object, limit: int = MAX_CELL) -> Text:
    """A table cell: literal text, one line, trimmed."""
    if value is None:
        return Text("")
    if isinstance(value, float):
        return Text(f"{value:,.2f}".rstrip("0").rstrip("."))
    text = " ".join(safe(str(value)).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return Text(text)


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> Text:
    """Literal `text` with (start, end, style) spans applied."""
    out = Text(safe(text))
    for start, end, style in spans:
        if end > start:
            out.stylize(style, max(0, start), min(len(text), end))
    return out


def number(value: float | None) -> str:
    """A figure's value as people write it: 100,000,000 (never 1e+08), 2.5, 0.25."""
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return ""
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def citation(title: str | None, outlet: str | None = None, published: str | None = None) -> str:
    parts = [p for p in (title, outlet, published) if p]
    return " — ".join(parts)


def quote_with_citation(quote: QuoteRow) -> str:
    """A quote as copied: its words in quotation marks, its speaker and its source."""
    who = f" — {quote.speaker}" if quote.speaker else ""
    return f"“{quote.text}”{who} ({citation(quote.source_title, quote.outlet, quote.published)})"


MATCH_STYLE = "bold reverse"  # words that matched a search or a filter
_WORD = re.compile(r"[^\W_]+")


def word_marks(text: str, wanted: set[str]) -> list[tuple[int, int, str]]:
    """Spans of the words of `text` that, folded, are in `wanted` (folded words)."""
    return [(m.start(), m.end(), MATCH_STYLE) for m in _WORD.finditer(fold(text)) if m.group(0) in wanted]


def first_reported(quote: QuoteRow, first: QuoteRow) -> str:
    """"3 sources, first by Merrow Herald on 2025-08-11": how widely a quotation was
    reported and where it appeared first."""
    when = f" on {day_of(first.published)}" if first.published else ""
    return f"{quote.sources} sources, first by {first.outlet or first.source_title}{when}"


def wording(runs: list[tuple[str, str]]) -> Text:
    """Another report's wording of a quotation: words it lacks struck through in red, words
    it adds in green, and a plain "same words" when nothing but punctuation differs."""
    if all(change == "same" for change, _words in runs):
        return Text("same words", style="dim")
    out = Text()
    for change, words in runs:
        if out:
            out.append(" ")
        style = {"dropped": "strike red", "added": "bold green"}.get(change, "")
        out.append(words, style=style)
    return out
