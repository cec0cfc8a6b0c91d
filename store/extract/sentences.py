"""Sentence boundaries inside a paragraph, tolerant of abbreviations and quotation marks."""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "rev", "no", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "mt", "ft", "u.s", "u.k", "e.g",
    "i.e", "approx", "dept", "est", "fig", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "cllr", "supt", "insp", "det", "cpl", "pte", "maj", "adm", "brig", "hon", "rt", "corp",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z0-9])")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of `text[start:end]` as absolute (start, end) spans covering the segment."""
    spans: list[tuple[int, int]] = []
    seg = text[start:end]
    cursor = 0
    for m in _BOUNDARY.finditer(seg):
        word = re.search(r"([\w.]+)[.!?…]*$", seg[cursor:m.start() + 1])
        if word:
            token = word.group(1).rstrip(".").lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        spans.append((start + cursor, start + m.end()))
        cursor = m.end()
    if cursor < len(seg):
        spans.append((start + cursor, end))
    return spans
