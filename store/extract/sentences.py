"""Sentence boundaries inside a paragraph, tolerant of abbreviations and quotation marks."""

from __future__ import annotations

import re

from store.extract.gazetteer import lookup_place

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "rev", "no", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "mt", "ft", "u.s", "u.k", "e.g",
    "i.e", "approx", "dept", "est", "fig", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "cllr", "supt", "insp", "det", "cpl", "const", "cst", "coun", "pte", "maj", "adm", "brig", "hon", "rt", "corp",
}
# A stop, then the next sentence's first capital, after a quote mark and a bracket if any
# ('... Foundation. "[It] will ...').
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«]?[(\[]?[A-Z0-9])")
# The word a sentence's last stop follows ("Mr." of "Mr. Smith"), with any stops after it.
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*$")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of `text[start:end]` as absolute (start, end) spans covering the segment."""
    spans: list[tuple[int, int]] = []
    seg = text[start:end]
    cursor = 0
    for m in _BOUNDARY.finditer(seg):
        word = _last_word(seg, cursor, m.start() + 1)
        if word:
            token = word.group(1).rstrip(".").lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        spans.append((start + cursor, start + m.end()))
        cursor = m.end()
    if cursor < len(seg):
        spans.append((start + cursor, end))
    return spans


def _last_word(seg: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_LAST_WORD` in `seg[lo:hi]`. A match holds no white space, so it is searched from
    the last space or line break on (before a final line break, where "$" matches too): a
    search of the whole sentence tries a match at every one of its words."""
    end = hi - 1 if hi > lo and seg[hi - 1] == "\n" else hi
    token = max(seg.rfind(" ", lo, end), seg.rfind("\n", lo, end)) + 1
    return _LAST_WORD.search(seg, max(lo, token), hi)


# A dateline opening a story's paragraph: "MUMBAI:", "NEW DELHI (Reuters) -", "Islamabad,
# Jan 5 (PTI):", "COLUMBUS, Ohio (AP) —", "BOSTON, Mass., March 3 (AP) —". It is no part
# of the sentence after it, and its place is where the story was filed, not its subject.
_DATELINE = re.compile(r"""
    \s* (?P<place> [A-Z][\w.’'-]* (?: \s[A-Z][\w.’'-]* ){0,3} )      # MUMBAI, New Delhi
    (?: ,\s* [A-Z][a-z]{1,9}\.? (?: \s[A-Z][a-z]{1,9}\.? )?         # , Ohio  , New Mexico
        (?: \s\d{1,2} )? ){0,2}                                     # , Jan 5  , March 3
    (?: \s* \( [^()]{2,40} \) )?                                     # (Reuters)
    \s* (?: : | [-—–] ) \s+""", re.VERBOSE)


def dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """The dateline opening `text[start:end]` (a paragraph), if any: a place, or a word in
    capitals, before a colon or dash."""
    m = _DATELINE.match(text, start, end)
    if m and (m.group("place").isupper() or lookup_place(m.group("place")) is not None):
        return m
    return None
