"""Pure extraction: article text in, actors, quotes and figures with offsets out.

No database and no Textual here: ingest, `brief extract --json`, tests and benchmarks all
call `extract()` the same way.
"""

from __future__ import annotations

from store.extract.model import Actor, Extraction, Figure, Quote, Span
from store.extract.pipeline import extract, warm_up

__all__ = ["Actor", "Extraction", "Figure", "Quote", "Span", "extract", "warm_up"]
