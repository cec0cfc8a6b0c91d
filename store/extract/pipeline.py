"""The extraction pipeline: paragraphs, then actors, quotes (which add unnamed groups) and
figures.

A text far longer than any article (a dump of many, a transcript, a pasted book) is
extracted in sections of about `SECTION_CHARS`, each on its own, and the sections joined:
no step can then cost more than linear time in the whole text, and the sections can be
extracted in parallel (`store/ingest/pool.py`). An article of ordinary length is one
section, extracted exactly as before.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from store.extract.actors import build_actors
from store.extract.figures import find_figures
from store.extract.model import Actor, Extraction, Span
from store.extract.quotes import extract_quotes
from store.paragraphs import Paragraph, split_paragraphs

# About a hundred long articles: cross-paragraph context (who "he" is, the speaker a quote
# runs on from) never reaches that far, so a cut between sections loses nothing real.
SECTION_CHARS = 250_000
# Where a single paragraph is longer than a section (a text with no line breaks), it is
# cut after a sentence's end: a full stop and space before a capital letter.
_SENTENCE_CUT = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z“‘\"])")

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
    parts = sections(text, paragraphs)
    return join_sections(parts, [extract_section(part) for part in parts])


@dataclass(frozen=True, slots=True)
class Section:
    """A run of whole paragraphs of a text, with offsets local to `text` (its own slice
    starting at `offset` of the whole), and the spans its names are looked for in."""

    offset: int
    text: str
    paragraphs: list[Paragraph]
    name_spans: list[tuple[int, int]]


def sections(text: str, paragraphs: list[Paragraph], size: int = SECTION_CHARS) -> list[Section]:
    """The text in sections of about `size` characters; one section (the text itself, no
    copy) when it is no longer than that. Exact repeats of a paragraph are left out of
    the name spans across the whole text, not only within a section."""
    names = _name_spans(text, paragraphs)
    if len(text) <= size or not paragraphs:
        return [Section(0, text, paragraphs, names)]
    runs: list[list[Paragraph]] = [[]]
    for p in _cut_long(text, paragraphs, size):
        if runs[-1] and p.end - runs[-1][0].start > size:
            runs.append([])
        runs[-1].append(p)
    result = []
    name_iter = iter(names)
    pending = next(name_iter, None)
    for run in runs:
        lo, hi = run[0].start, run[-1].end
        local = [Paragraph(p.idx, p.start - lo, p.end - lo, p.boilerplate) for p in run]
        spans = []
        # A name span is a paragraph's; a paragraph cut in pieces has its pieces' spans.
        while pending is not None and pending[0] < hi:
            s, e = max(pending[0], lo), min(pending[1], hi)
            if s < e:
                spans.append((s - lo, e - lo))
            if pending[1] > hi:
                break
            pending = next(name_iter, None)
        result.append(Section(lo, text[lo:hi], local, spans))
    return result


def _cut_long(text: str, paragraphs: list[Paragraph], size: int) -> list[Paragraph]:
    """The paragraphs, each longer than `size` cut after sentence ends into pieces of
    about `size` (the pieces keep the paragraph's number)."""
    result = []
    for p in paragraphs:
        start = p.start
        while p.end - start > size:
            m = _SENTENCE_CUT.search(text, start + size // 2, min(p.end, start + size))
            if m is None:
                m = _SENTENCE_CUT.search(text, start + size, p.end)
                if m is None:
                    break
            result.append(Paragraph(p.idx, start, m.start() + 1, p.boilerplate))
            start = m.end()
        result.append(Paragraph(p.idx, start, p.end, p.boilerplate))
    return result


def extract_section(section: Section) -> Extraction:
    """What extraction finds in one section, at offsets into the section's text."""
    text = section.text
    doc = build_actors(text, section.name_spans)
    quotes = extract_quotes(text, section.paragraphs, doc)
    figures = []
    for p in section.paragraphs:
        if not p.boilerplate:
            figures.extend(find_figures(text, p.start, p.end, p.idx))
    return Extraction(actors=doc.to_list(), quotes=quotes, figures=figures)


def join_sections(parts: list[Section], found: list[Extraction]) -> Extraction:
    """One extraction of the whole text from its sections': offsets made global, and an
    actor named alike in several sections (by name, or by a full name another section
    used as an alias) made one."""
    if len(parts) == 1 and parts[0].offset == 0:
        return found[0]
    actors: dict[str, Actor] = {}
    full_names: dict[str, str] = {}  # a name of two or more words -> the actor using it
    joined = Extraction()
    for part, extraction in zip(parts, found, strict=True):
        off = part.offset
        renamed: dict[str, str] = {}
        for actor in extraction.actors:
            target = actors.get(actor.name) or actors.get(full_names.get(actor.name, ""))
            mentions = [Span(m.start + off, m.end + off) for m in actor.mentions]
            if target is None:
                target = Actor(actor.name, actor.type, list(actor.aliases), list(actor.roles),
                               mentions, actor.gender)
                actors[actor.name] = target
            else:
                renamed[actor.name] = target.name
                target.aliases.extend(a for a in [actor.name, *actor.aliases]
                                      if a != target.name and a not in target.aliases)
                target.roles.extend(r for r in actor.roles if r not in target.roles)
                target.mentions.extend(mentions)
                target.gender = target.gender or actor.gender
            for name in [target.name, *target.aliases]:
                if " " in name:
                    full_names.setdefault(name, target.name)
        joined.quotes.extend(dataclasses.replace(q, start=q.start + off, end=q.end + off,
                                                 speaker=renamed.get(q.speaker, q.speaker) if q.speaker else None)
                             for q in extraction.quotes)
        joined.figures.extend(dataclasses.replace(f, start=f.start + off, end=f.end + off)
                              for f in extraction.figures)
    joined.actors = list(actors.values())
    return joined
