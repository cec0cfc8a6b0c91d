"""Messages the app's widgets post to each other."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from store.kinds import CitedKind


@dataclass
class AddToBrief(Message):
    """Add a quote, a figure or a passage to the current brief."""

    kind: CitedKind
    ref_id: int | None = None
    source_id: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class OpenSource(Message):
    """Open the reader on a source, scrolled to an offset."""

    source_id: int
    at: int | None = None


@dataclass
class OpenActor(Message):
    actor_id: int


@dataclass
class OpenQuote(Message):
    quote_id: int


@dataclass
class OpenFigure(Message):
    figure_id: int


@dataclass
class CopyText(Message):
    """Copy text (with its citation) to the clipboard."""

    text: str
    what: str = "quote"


class BriefChanged(Message):
    """The current brief changed: views that show it reload."""


class StoreChanged(Message):
    """A correction changed what the store holds: the lists are read again."""
