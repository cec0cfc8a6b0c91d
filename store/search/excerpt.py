"""Which part of a passage to show when it is longer than the room for it: the window
holding the most matched words, so a result always shows why it matched."""

from __future__ import annotations


def excerpt(text: str, spans: list[tuple[int, int]], width: int) -> tuple[str, list[tuple[int, int]]]:
    """The part of `text` to show in `width` characters, marked with an ellipsis where it is
    cut, and the `spans` that fall in it, as offsets in that part."""
    lo, hi = excerpt_window(text, spans, width - 2)
    lead = "…" if lo else ""
    shift = len(lead) - lo
    shown = lead + text[lo:hi] + ("…" if hi < len(text) else "")
    return shown, [(s + shift, e + shift) for s, e in spans if lo <= s and e <= hi]


def excerpt_window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """(start, end) in `text`, at most `width` characters, holding as many of the matched
    `spans` (offsets in `text`) as fit; it starts at the passage's start when that holds
    them, else a little before the first match it holds, at a word boundary."""
    if len(text) <= width or not spans:
        return 0, min(len(text), width)
    spans = sorted(spans)
    best_first, best_count, j = 0, 0, 0
    for i, (start, _end) in enumerate(spans):
        j = max(j, i)
        while j + 1 < len(spans) and spans[j + 1][1] - start <= width:
            j += 1
        if j - i + 1 > best_count:
            best_first, best_count = i, j - i + 1
    first_start = spans[best_first][0]
    last_end = spans[best_first + best_count - 1][1]
    if last_end <= width:
        return 0, width
    lead = min(width // 5, max(0, width - (last_end - first_start)))
    start = max(0, first_start - lead)
    space = text.find(" ", start, first_start)
    if start > 0 and space >= 0:
        start = space + 1  # a whole first word
    end = min(len(text), start + width)
    return start, end
