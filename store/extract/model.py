"""What extraction produces: plain records with offsets into the text they came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.kinds import ActorType, QuoteKind


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """One actor of one document: canonical name, other names used, roles, mentions."""

    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None  # "m" | "f" | None, for pronoun resolution


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    cue: str | None
    paragraph: int


@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    start: int
    end: int
    value: float
    value_to: float | None
    unit: str | None
    qualifier: str | None
    paragraph: int
    direction: str | None = None  # "up" | "down" for changes
    vague: bool = False


@dataclass(slots=True)
class Extraction:
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
