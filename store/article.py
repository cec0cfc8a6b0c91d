"""An article as it enters the store: its text and metadata, whatever file it came from.

Kept apart from the readers so that the writer (and anything else that stores articles)
need not import the ingest machinery.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article's text as it will be stored (offsets index it) and its metadata."""

    name: str
    path: str
    text: str
    title: str
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 (store/dates.py), or None
    url: str | None = None
    published_given: str | None = None  # a date as given that could not be read for certain
    date_problem: str | None = None  # why not, for the ingest report
