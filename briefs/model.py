"""Briefing notes: a titled, ordered list of items cited to their sources."""

from __future__ import annotations

from dataclasses import dataclass

ITEM_KINDS = ("heading", "quote", "figure", "passage", "note")


@dataclass(frozen=True, slots=True)
class Brief:
    id: int
    title: str
    created_at: str
    updated_at: str
    items: int = 0


@dataclass(frozen=True, slots=True)
class Citation:
    """Where an item comes from, for the reference list."""

    source_id: int
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    path: str


@dataclass(frozen=True, slots=True)
class BriefItem:
    """One item. Quote, figure and passage items keep the text as added (verbatim) and its
    offsets in the source, so export can check the source still says exactly that."""

    id: int
    brief_id: int
    position: int
    kind: str
    text: str
    source_id: int | None = None
    ref_id: int | None = None  # quote or figure id
    start: int | None = None
    end: int | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    paragraph: int | None = None
    citation: Citation | None = None
