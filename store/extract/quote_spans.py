"""Where quotations are: spans between quote marks, in every style news uses.

One linear pass per paragraph with a small stack, so nested quotes stay inside the outer
one and no input can make it slow. The hard case is the British single quote, whose closing
mark is also the apostrophe: ’ between letters is an apostrophe (wasn’t); after an "s" and
before a word ("the Tories’ Rwanda plan") it closes a quote only when no later mark in the
paragraph can close it unambiguously.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKS = re.compile("[“”«»„‘’\"']")
_OPEN_BEFORE = set(" \t\n([{—–-/:;,“‘\"'«")
_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation: `text[start:end]` is inside the marks (trimmed)."""

    open_at: int  # position of the opening mark
    start: int
    end: int
    close_at: int | None  # position of the closing mark; None when it runs to paragraph end
    paragraph: int
    continues: bool  # this paragraph opens a quotation the previous one left open


def find_quote_spans(text: str, paragraphs: list[tuple[int, int, int]]) -> list[QuoteSpan]:
    """Quote spans in the given (index, start, end) paragraphs, in text order."""
    spans: list[QuoteSpan] = []
    left_open = False
    for idx, p_start, p_end in paragraphs:
        found, ends_open = _scan(text, p_start, p_end)
        for k, (open_at, close_at) in enumerate(found):
            start = open_at + 1
            end = close_at if close_at is not None else p_end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end - start < 1:
                continue
            continues = left_open and k == 0 and open_at == p_start
            spans.append(QuoteSpan(open_at, start, end, close_at, idx, continues))
        left_open = ends_open
    return spans


def _scan(text: str, p_start: int, p_end: int) -> tuple[list[tuple[int, int | None]], bool]:
    """Outermost (open, close) mark positions in one paragraph; True if one is left open."""
    out: list[tuple[int, int | None]] = []
    stack: list[tuple[str, int]] = []  # (kind, position)
    for mark in _MARKS.finditer(text, p_start, p_end):
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i > p_start else " "
        nxt = text[i + 1] if i + 1 < p_end else " "
        kind = None
        if ch in _DOUBLE_OPEN:
            if _restarts(text, stack, "curly2", i, p_start):
                out.append((stack.pop()[1], i))
            stack.append(("curly2", i))
        elif ch in _DOUBLE_CLOSE:
            kind = "curly2"
        elif ch == "‘":
            if prev in _OPEN_BEFORE and not nxt.isspace():
                stack.append(("curly1", i))
        elif ch == "’":
            if _in_stack(stack, "curly1") and _closes_single(text, i, p_end, "’", "‘"):
                kind = "curly1"
        elif ch == '"':
            if _in_stack(stack, "straight2") and not prev.isspace():
                kind = "straight2"
            elif prev in _OPEN_BEFORE and not nxt.isspace():
                if _restarts(text, stack, "straight2", i, p_start):
                    out.append((stack.pop()[1], i))
                stack.append(("straight2", i))
            elif _in_stack(stack, "straight2"):
                kind = "straight2"
        elif ch == "'":
            if _in_stack(stack, "straight1") and _closes_single(text, i, p_end, "'", "'"):
                kind = "straight1"
            elif prev in _OPEN_BEFORE and (nxt.isalnum() or nxt in "“\""):
                stack.append(("straight1", i))
        if kind is not None:
            while stack and stack[-1][0] != kind:
                stack.pop()  # a mark left open inside: it never closed
            if stack:
                _k, opened = stack.pop()
                if not stack:
                    out.append((opened, i))
    if stack:
        out.append((stack[0][1], None))
        return out, True
    return out, False


def _restarts(text: str, stack: list[tuple[str, int]], kind: str, i: int, p_start: int) -> bool:
    """An opening double mark after a finished sentence, while a quotation of the same
    kind is open: the multi-paragraph convention (each paragraph of a long quotation opens
    with a mark and only the last closes) with its paragraph breaks lost. The open
    quotation ended with that sentence; a new one begins."""
    if len(stack) != 1 or stack[0][0] != kind:
        return False
    before = text[max(p_start, i - 3):i]
    return before[-1:].isspace() and before.rstrip()[-1:] in (".", "!", "?", "…")


def _in_stack(stack: list[tuple[str, int]], kind: str) -> bool:
    return any(k == kind for k, _ in stack)


_QUOTE_REACH = 3000  # characters: longer than any quotation in a news paragraph


def _closes_single(text: str, i: int, p_end: int, close: str, open_: str) -> bool:
    """Whether the single mark at `i` closes a quote rather than being an apostrophe."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < p_end else " "
    if prev.isspace():
        return False
    if prev.isalnum() and nxt.isalnum():
        return False  # wasn’t, Italy’s
    if prev in "sS" and nxt == " " and i + 2 < p_end and text[i + 2].isalnum():
        # "Tories’ Rwanda" or "‘dramatic reductions’ of": a later unambiguous closer wins
        # (looked for as far as a quotation reaches, so a one-line book stays linear).
        j = i + 1
        while j < min(p_end, i + _QUOTE_REACH):
            c = text[j]
            if c == open_ and open_ != close:
                break
            if c == close and _unambiguous_close(text, j, p_end):
                return False
            j += 1
    return True


def _unambiguous_close(text: str, j: int, p_end: int) -> bool:
    prev = text[j - 1]
    nxt = text[j + 1] if j + 1 < p_end else " "
    if prev.isspace() or (prev.isalnum() and nxt.isalnum()):
        return False
    return not nxt.isalnum() and (not prev.isalnum() or prev not in "sS" or nxt != " ")
