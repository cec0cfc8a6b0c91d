"""Paragraphs with offsets into the original text, and page furniture flagged.

Two layouts occur in the wild: one paragraph per line (many scrapes, the sample articles)
and paragraphs separated by blank lines, possibly hard-wrapped inside (exports, corpora,
Markdown). The choice is made per block of consecutive non-blank lines: a block whose lines
mostly stop mid-sentence is one wrapped paragraph, otherwise each line is a paragraph.
Offsets always index the text given, so every item can be cited and shown in context.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from rapidfuzz import fuzz

_SENTENCE_END = tuple(".!?:;\"'”’»)…")
_FURNITURE = re.compile(
    r"^(advertisement|advert|sponsored( content)?|share( this)?( article| story| page)?|"
    r"read more|related( articles| stories| topics| content)?|continue reading|"
    r"(sign up|subscribe)\b.{0,80}|follow us\b.{0,60}|(image|media) (source|caption)\b.{0,120}|"
    r"getty images|skip advert(isement)?|story continues below( advertisement)?|"
    r"click here\b.{0,60}|most read|top stories|more on this story|listen to this article|"
    r"comments|print|email)$",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"(^(pictured|pic|photo|image)\s*[:\-–]|\b(is|are|was|were) pictured\b)", re.I)
_NEAR_DUPLICATE = 85
_WRAP_WIDTH = 100
_MIN_DUPLICATE_CHARS = 40
# Near-duplicates (a caption repeated with a changed word) are looked for among this many
# earlier paragraphs; exact repeats anywhere. Comparing with every earlier paragraph made a
# 4 MB text take minutes.
_NEAR_WINDOW = 60
_NEAR_MAX_CHARS = 2000  # longer paragraphs are compared exactly only (fuzzy is quadratic in length)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph: `text[start:end]` of the article, trimmed of surrounding space."""

    idx: int
    start: int
    end: int
    boilerplate: bool = False


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraph spans of `text` in order, furniture and repeated captions flagged."""
    spans: list[tuple[int, int]] = []
    for block in _blocks(text):
        if len(block) > 1 and _is_wrapped(text, block):
            spans.append((block[0][0], block[-1][1]))
        else:
            spans.extend(block)
    flags = _boilerplate_flags(text, spans)
    return [Paragraph(i, s, e, flag) for i, ((s, e), flag) in enumerate(zip(spans, flags, strict=True))]


def _lines(text: str) -> list[tuple[int, int] | None]:
    """Trimmed span of each line, None for a blank line."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e) if e > s else None)
        if nl < 0:
            break
        pos = nl + 1
    return out


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for span in _lines(text):
        if span is None:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(span)
    if current:
        blocks.append(current)
    return blocks


def _is_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """True when the block reads as one hard-wrapped paragraph.

    A wrap breaks a sentence: the line stops without final punctuation and the next one
    carries on in lower case (or with a digit or opening bracket). Lines longer than a
    typical wrap width are paragraphs of their own, whatever their punctuation.
    """
    if any(e - s > _WRAP_WIDTH for s, e in block[:-1]):
        return False
    wraps = 0
    for (s, e), (ns, _ne) in zip(block, block[1:], strict=False):
        nxt = text[ns]
        if not text[s:e].endswith(_SENTENCE_END) and (nxt.islower() or nxt.isdigit() or nxt in "(["):
            wraps += 1
    return wraps * 2 >= len(block) - 1


def _boilerplate_flags(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Furniture, captions, and paragraphs repeating an earlier one: linear in the text."""
    flags: list[bool] = []
    exact: set[str] = set()
    recent: deque[tuple[int, str]] = deque(maxlen=_NEAR_WINDOW)  # (length, text)
    for s, e in spans:
        para = text[s:e]
        norm = " ".join(para.lower().split())
        size = len(norm)
        flag = bool(_FURNITURE.match(norm))
        if not flag and not para.endswith(_SENTENCE_END) and _CAPTION.search(para):
            flag = True
        if not flag and size >= _MIN_DUPLICATE_CHARS:
            if norm in exact:
                flag = True
            elif size < _NEAR_MAX_CHARS:
                lo, hi = size - size // 4, size + size // 4
                flag = any(fuzz.ratio(norm, earlier, score_cutoff=_NEAR_DUPLICATE)
                           for length, earlier in recent if lo <= length <= hi)
        flags.append(flag)
        exact.add(norm)
        if size < _NEAR_MAX_CHARS:
            recent.append((size, norm))
    return flags
