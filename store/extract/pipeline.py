"""The extraction pipeline: paragraphs, then actors, quotes (which add unnamed groups) and
figures."""

from __future__ import annotations

from store.extract.actors import build_actors
from store.extract.figures import find_figures
from store.extract.model import Extraction
from store.extract.quotes import extract_quotes
from store.paragraphs import Paragraph, split_paragraphs

# Captions are flagged as boilerplate but still name people with their roles; a furniture
# line is shorter than this.
_MIN_CAPTION_CHARS = 40


def _name_spans(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """The paragraphs names are looked for in: all but furniture and exact repeats (a
    paragraph seen before names nobody new; a text pasted fifty times stays cheap)."""
    seen: set[str] = set()
    spans = []
    for p in paragraphs:
        body = text[p.start:p.end]
        if p.boilerplate and (p.end - p.start < _MIN_CAPTION_CHARS or body in seen):
            continue
        seen.add(body)
        spans.append((p.start, p.end))
    return spans


def warm_up() -> None:
    """Load the gazetteer and name lists now (about 1.5 s) rather than inside the first
    article: benchmarks and ingest workers start their clocks and time limits after it."""
    extract("Warm-up: Jane Doe said 5% of £3m.")


def extract(text: str, paragraphs: list[Paragraph] | None = None) -> Extraction:
    """Everything extraction finds in `text`; quotes and figures skip boilerplate."""
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    doc = build_actors(text, _name_spans(text, paragraphs))
    quotes = extract_quotes(text, paragraphs, doc)
    figures = []
    for p in paragraphs:
        if not p.boilerplate:
            figures.extend(find_figures(text, p.start, p.end, p.idx))
    return Extraction(actors=doc.to_list(), quotes=quotes, figures=figures)
