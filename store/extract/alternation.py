"""Long lists of literal words as compact regex alternations.

Python's regex engine tries the branches of `a|b|c` one after another at every position it
reaches, so a list of 170 role nouns costs 170 failed tests wherever a role may stand. The
same words written as a trie ("s(?:ecretary|pokes(?:man|woman))") cost one test per letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]


def word_alternation(words: Iterable[str]) -> str:
    """A pattern matching any of `words` (literal text), the longest first where one is a
    prefix of another: the same matches as `"|".join(sorted(words, key=len, reverse=True))`,
    for the engine tries the same words in the same order at every position."""
    trie: _Trie = {}
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _pattern(trie)


def _pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    # A word ends here and longer ones go on: the longer are tried first (a greedy "?"),
    # on a group or a single letter.
    return f"{body}?" if len(branches) > 1 or len(body) == 1 else f"(?:{body})?"
