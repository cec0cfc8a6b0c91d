"""The command palette (ctrl+p): every view and brief action by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

_COMMANDS = [
    ("Go to Sources", "view('sources')", "The stored articles"),
    ("Go to Actors", "view('actors')", "People, organisations, places, groups"),
    ("Go to Quotes", "view('quotes')", "Who said what"),
    ("Go to Figures", "view('figures')", "The numbers"),
    ("Go to Search", "view('search')", "Fuzzy search over everything"),
    ("Go to Brief", "view('brief')", "The current briefing note"),
    ("Export brief", "export", "Write the current brief as Markdown"),
    ("New brief", "new_brief", "Start another briefing note"),
    ("Switch brief", "switch_brief", "Choose another briefing note"),
    ("Refresh", "refresh", "Re-read the store (after an ingest elsewhere)"),
    ("Help: keys", "help", "The keys here and everywhere"),
]


class BriefCommands(Provider):
    async def discover(self) -> Hits:
        for name, action, help_text in _COMMANDS:
            yield DiscoveryHit(name, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in _COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self.app.run_action, action), help=help_text)
