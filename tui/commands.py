"""The command palette (ctrl+p): every view and brief action by name with its key, and
any actor or source by name."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from store import read
from store.search import SearchQuery
from tui.actions import PLACES, Action, commands
from tui.messages import OpenActor, OpenSource

if TYPE_CHECKING:
    from tui.app import BriefApp

_NAMED = 8  # actors and sources offered at most, each


class BriefCommands(Provider):
    """The app's actions, each with the key that runs it where the palette was opened."""

    def _help(self, action: Action) -> str:
        """Its explanation and its key: as bound where the palette was opened (a keymap may
        have moved it), else its default key and where that works."""
        keys = [b.binding.key_display or self.app.get_key_display(b.binding)
                for b in self.screen.active_bindings.values() if b.binding.id == action.id]
        text = action.explain[:1].upper() + action.explain[1:]
        if keys:
            return f"{text} · key {keys[0]}"
        return f"{text} · key {action.keys.split(',')[0]} in {PLACES[action.where]}"

    def _run(self, action: Action) -> partial[Coroutine[Any, Any, bool]]:
        return partial(self.app.run_action, action.command or action.action)

    async def discover(self) -> Hits:
        for action in commands():
            yield DiscoveryHit(action.palette, self._run(action), help=self._help(action))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for action in commands():
            score = matcher.match(action.palette)
            if score > 0:
                yield Hit(score, matcher.highlight(action.palette), self._run(action),
                          help=self._help(action))


class NamedCommands(Provider):
    """Jump to an actor or a source by name: typos forgiven, words in any order."""

    async def search(self, query: str) -> Hits:
        if len(query.strip()) < 2:
            return
        app: BriefApp = self.app  # type: ignore[assignment]
        actors, sources = await asyncio.to_thread(self._find, app, query)
        matcher = self.matcher(query)
        for rank, actor in enumerate(actors):
            yield Hit(1.0 - rank / 100, matcher.highlight(f"Actor: {actor.name}"),
                      partial(app.post_message, OpenActor(actor.id)),
                      help=f"{actor.type} · in {actor.articles:,} articles · {actor.quotes:,} quotes")
        for rank, source in enumerate(sources):
            yield Hit(0.9 - rank / 100, matcher.highlight(f"Source: {source.title}"),
                      partial(app.post_message, OpenSource(source.id)),
                      help=" · ".join(p for p in (source.outlet, source.published) if p) or "open in the reader")

    def _find(self, app: BriefApp, query: str) -> tuple[list[read.ActorRow], list[read.SourceRow]]:
        """In a thread of its own: the palette never waits on the store."""
        conn = app.db.conn()
        hits = app.db.search().search(SearchQuery(query, scope="actors", limit=_NAMED, typing=True))
        actors = read.actors(conn, ids=[h.actor_id for h in hits if h.actor_id is not None])
        ids = [i for i, _score in app.db.title_index().rank(query)[:_NAMED]]
        return actors, read.sources(conn, ids=ids) if ids else []
