"""Search over everything read: typo-tolerant, ranked, fast (no Textual here)."""

from store.search.engine import SearchEngine, SearchHit, SearchQuery

__all__ = ["SearchEngine", "SearchHit", "SearchQuery"]
