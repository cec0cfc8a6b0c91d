"""Folding text for matching: lower case, accents off, curly quotes straight.

Folding maps every character to exactly one character, so offsets found in folded text
are offsets in the original (needed to highlight matched words in the source).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"'})


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in base if not unicodedata.combining(c))
    out = (kept or ch).lower()
    return out[0] if len(out) >= 1 else ch


_TABLE: dict[int, str] = {}
_KNOWN: set[str] = set()  # the characters `_TABLE` has an entry for


def fold(text: str) -> str:
    """`text` folded character by character (same length as `text`)."""
    if text.isascii():
        return text.lower()
    missing = set(text).difference(_KNOWN)
    for ch in missing:
        _TABLE[ord(ch)] = _fold_char(ch.translate(_QUOTES))
        _KNOWN.add(ch)
    return text.translate(_TABLE)


def words(text: str) -> list[str]:
    """The folded words of `text`, split as the FTS5 unicode61 tokenizer splits them."""
    return _WORD.findall(fold(text))
