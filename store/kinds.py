"""The kinds of things the store holds, as types, in one place.

The dataclasses, the app's messages, the command line's choices and the schema's CHECK
constraints all use these words; `tests/unit/test_kinds.py` holds the schema to them.
(The schema's migrations keep their own SQL: a migration must never change after it ran.)
"""

from __future__ import annotations

from typing import Literal, get_args

QuoteKind = Literal["direct", "partial", "indirect"]
ActorType = Literal["person", "organisation", "place", "group"]
ItemKind = Literal["heading", "quote", "figure", "passage", "note"]
CitedKind = Literal["quote", "figure", "passage"]  # the items that cite a source
SearchScope = Literal["all", "quotes", "actors"]
HitKind = Literal["passage", "quote", "actor"]
CorrectionKind = Literal["speaker", "merge", "hide"]

QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
ACTOR_TYPES: tuple[ActorType, ...] = get_args(ActorType)
ITEM_KINDS: tuple[ItemKind, ...] = get_args(ItemKind)
CITED_KINDS: tuple[CitedKind, ...] = get_args(CitedKind)
SEARCH_SCOPES: tuple[SearchScope, ...] = get_args(SearchScope)
CORRECTION_KINDS: tuple[CorrectionKind, ...] = get_args(CorrectionKind)
