"""Briefing notes: a titled, ordered list of items cited to their sources."""

from __future__ import annotations

from dataclasses import dataclass

from store.kinds import ItemKind

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

    source_id: int | None
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    path: str | None
    source_hash: str | None = None

    @property
    def key(self) -> object:
        """One source, however often it was stored: its text hash when known."""
        return self.source_hash or self.source_id


@dataclass(frozen=True, slots=True)
class BriefItem:
    """One item. Quote, figure and passage items keep the record of what the analyst saw
    when adding them: the verbatim text and its offsets, a hash of the source text, the
    speaker's name and role, the source's details and, for a figure, its sentence. Export
    shows that record and checks it against the store; nothing else rewrites it."""

    id: int
    brief_id: int
    position: int
    kind: ItemKind
    text: str
    source_id: int | None = None
    ref_id: int | None = None  # the quote or figure id when added: a hint, ids are reused
    start: int | None = None
    end: int | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    paragraph: int | None = None
    source_hash: str | None = None
    source_title: str | None = None
    source_outlet: str | None = None
    source_published: str | None = None
    source_url: str | None = None
    source_path: str | None = None
    context: str | None = None
    context_start: int | None = None
    context_end: int | None = None

    @property
    def citation(self) -> Citation | None:
        """The source as recorded when the item was added (None for notes and headings)."""
        if self.source_title is None:
            return None
        return Citation(self.source_id, self.source_title, self.source_outlet, self.source_published,
                        self.source_url, self.source_path, self.source_hash)
