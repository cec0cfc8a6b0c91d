"""Reading a benchmark corpus folder, replicated N times with distinct content per copy."""

from __future__ import annotations

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
