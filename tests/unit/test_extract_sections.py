"""A text far longer than an article is extracted in sections and joined: the same quotes,
speakers and figures at the same offsets as extracting it whole, one actor per name."""

from __future__ import annotations

from store.extract import extract
from store.extract.pipeline import extract_section, join_sections, sections
from store.paragraphs import split_paragraphs
from tests.unit.long_text import long_text as _long_text


def _whole(text: str):
    paragraphs = split_paragraphs(text)
    parts = sections(text, paragraphs, size=len(text) + 1)
    assert len(parts) == 1
    return extract_section(parts[0])


def _in_sections(text: str, size: int):
    paragraphs = split_paragraphs(text)
    parts = sections(text, paragraphs, size=size)
    return parts, join_sections(parts, [extract_section(p) for p in parts])


def test_an_article_of_ordinary_length_is_one_section_of_the_text_itself() -> None:
    text = _long_text(3)
    paragraphs = split_paragraphs(text)
    [part] = sections(text, paragraphs)
    assert part.text is text and part.offset == 0 and part.paragraphs == paragraphs
    assert extract(text, paragraphs) == extract_section(part)


def test_a_long_text_in_sections_finds_what_the_whole_text_finds() -> None:
    text = _long_text(300)
    whole = _whole(text)
    parts, joined = _in_sections(text, size=15_000)
    assert len(parts) >= 5
    assert [(q.start, q.end, q.kind, q.speaker) for q in joined.quotes] == \
        [(q.start, q.end, q.kind, q.speaker) for q in whole.quotes]
    assert [(f.start, f.end, f.value, f.unit) for f in joined.figures] == \
        [(f.start, f.end, f.value, f.unit) for f in whole.figures]
    for q in joined.quotes:
        assert text[q.start:q.end] == q.text
    for f in joined.figures:
        assert text[f.start:f.end] == f.text


def test_an_actor_named_in_several_sections_is_one_actor_with_all_its_mentions() -> None:
    # Sections of about 60 stories each: a section, like a real one, holds many articles.
    text = _long_text(300)
    parts, joined = _in_sections(text, size=15_000)
    names = [a.name for a in joined.actors]
    assert len(names) == len(set(names))
    whole = {a.name: a for a in _whole(text).actors}

    def section_of(pos: int) -> int:
        return max(i for i, part in enumerate(parts) if part.offset <= pos)

    spread = [a for a in joined.actors if len({section_of(m.start) for m in a.mentions}) > 1]
    assert {a.name for a in spread} >= {"Maria Lopez", "Tom Okafor", "Dunmore"}
    for actor in spread:
        assert sorted((m.start, m.end) for m in actor.mentions) == \
            sorted((m.start, m.end) for m in whole[actor.name].mentions)
    for actor in joined.actors:
        for m in actor.mentions:
            assert text[m.start:m.end].strip()


def test_a_text_without_line_breaks_is_cut_after_sentence_ends() -> None:
    text = _long_text(40, sep=" ")
    assert len(split_paragraphs(text)) == 1
    parts, joined = _in_sections(text, size=2_000)
    assert len(parts) > 3
    for part in parts[:-1]:
        assert part.text.rstrip().endswith((".", '."', "%."))
    for q in joined.quotes:
        assert text[q.start:q.end] == q.text
    leaders = [q for q in joined.quotes if q.text.startswith("This is the right decision")]
    assert len(leaders) == 40 and all(q.speaker for q in leaders)
