"""The extraction pipeline: paragraphs, then figures, actors and quotes."""

from __future__ import annotations

from store.extract.model import Extraction
from store.paragraphs import Paragraph, split_paragraphs


def extract(text: str, paragraphs: list[Paragraph] | None = None) -> Extraction:
    """Everything extraction finds in `text`; boilerplate paragraphs are skipped."""
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    return Extraction()
