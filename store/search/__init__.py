"""Search over everything read: articles ranked as a whole, shown by the passages that
matched; typos, inflections and unfinished words forgiven (no Textual here)."""

from store.search.engine import SearchEngine, SearchHit, SearchQuery, SearchResults

__all__ = ["SearchEngine", "SearchHit", "SearchQuery", "SearchResults"]
