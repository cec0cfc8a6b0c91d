"""Reading a benchmark corpus folder, replicated N times with distinct content per copy."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from store.ingest.readers import RawArticle, read_articles


def load_corpus(folder: Path) -> list[RawArticle]:
    """Every readable article under `folder` (unreadable ones are skipped and counted)."""
    articles = []
    for path in sorted(folder.rglob("*.txt")):
        for item in read_articles(path):
            if isinstance(item, RawArticle):
                articles.append(item)
    if not articles:
        raise SystemExit(f"{folder}: no .txt articles found")
    return articles


def replicate(articles: list[RawArticle], copies: int) -> Iterator[RawArticle]:
    """The corpus `copies` times; copies after the first get a distinct closing line."""
    for copy in range(copies):
        for art in articles:
            if copy == 0:
                yield art
            else:
                yield RawArticle(
                    name=f"{art.name}#{copy}", path=f"{art.path}#{copy}",
                    text=f"{art.text.rstrip()}\n\nReprinted, edition {copy}.\n",
                    title=art.title, outlet=art.outlet, published=art.published, url=art.url,
                )


_WORD = re.compile(r"[A-Za-z]{5,}")


def rare_words(articles: list[RawArticle], max_articles: int = 2) -> frozenset[str]:
    """Words (5+ letters) found in at most `max_articles` articles of the corpus."""
    seen: Counter[str] = Counter()
    for art in articles:
        seen.update(set(_WORD.findall(art.text)))
    return frozenset(w for w, n in seen.items() if n <= max_articles)


def perturbed(articles: list[RawArticle], copies: int) -> Iterator[RawArticle]:
    """Like `replicate`, but each copy after the first spells the corpus's rare words its own
    way, so the store's vocabulary grows as a real one does (copies of one corpus otherwise
    share one vocabulary, which flatters vocabulary-wide work such as typo expansion)."""
    rare = rare_words(articles)
    for copy, art in enumerate(replicate(articles, copies)):
        n = copy // len(articles)
        if n == 0:
            yield art
            continue
        def respell(m: re.Match[str], n: int = n) -> str:
            return _respell(m.group(0), n) if m.group(0) in rare else m.group(0)

        yield RawArticle(name=art.name, path=art.path, text=_WORD.sub(respell, art.text),
                         title=_WORD.sub(respell, art.title) if art.title else art.title, outlet=art.outlet,
                         published=art.published, url=art.url)


def _respell(word: str, copy: int) -> str:
    """`word` with its middle letters replaced by the copy number spelt in letters."""
    tag = ""
    while True:
        copy, digit = divmod(copy, 26)
        tag += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not copy:
            break
    middle = len(word) // 2
    return word[:middle] + tag + word[middle + len(tag):]
