"""Every key of the app in one table: the bindings, the command palette, the help screen
and the README's key table are all made from it, so they cannot disagree.

Each entry has an id (the name a keymap in the settings file uses to move its key), its
default keys, the Textual action it runs and where it works. Entries with a `command`
are also offered in the command palette, which runs that app-level action from anywhere.
`python -m tui.actions` prints the README's key table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding, BindingType

Place = Literal["everywhere", "lists", "cited lists", "quotes list", "actors list", "tables", "search", "reader", "actor", "quote",
                "figure", "brief", "note", "prompt", "confirm", "picker", "help"]

# Where each place is, as the README and help say it.
PLACES: dict[Place, str] = {
    "everywhere": "everywhere",
    "lists": "Sources, Actors, Quotes, Figures",
    "cited lists": "Quotes, Figures",
    "quotes list": "Quotes",
    "actors list": "Actors",
    "tables": "every table (details, search results, the brief)",
    "search": "Search",
    "reader": "the reader",
    "actor": "an actor's details",
    "quote": "a quote's details",
    "figure": "a figure's details",
    "brief": "the Brief",
    "note": "writing a note",
    "prompt": "a one-line question",
    "confirm": "a yes-or-no question",
    "picker": "choosing a brief",
    "help": "this help",
}


@dataclass(frozen=True, slots=True)
class Action:
    id: str  # the binding's id: what a keymap names; ids repeat where one idea works in many places
    keys: str  # Textual key names, comma-separated: the first is shown
    action: str  # the Textual action the binding runs where it is
    description: str  # the footer's and help's label
    where: Place
    show: bool = True  # in the footer
    priority: bool = False  # before the focused widget's own keys (the palette works while typing)
    command: str | None = None  # the app-level action the palette runs (None: not in the palette)
    palette: str = ""  # its name in the palette
    explain: str = ""  # one line more, for the palette and the README


ACTIONS: tuple[Action, ...] = (
    # ----- everywhere ---------------------------------------------------------------------
    Action("view-sources", "1", "view('sources')", "Sources", "everywhere",
           command="view('sources')", palette="Go to Sources", explain="the stored articles"),
    Action("view-actors", "2", "view('actors')", "Actors", "everywhere",
           command="view('actors')", palette="Go to Actors", explain="people, organisations, places, groups"),
    Action("view-quotes", "3", "view('quotes')", "Quotes", "everywhere",
           command="view('quotes')", palette="Go to Quotes", explain="who said what"),
    Action("view-figures", "4", "view('figures')", "Figures", "everywhere",
           command="view('figures')", palette="Go to Figures", explain="the numbers"),
    Action("view-search", "5", "view('search')", "Search", "everywhere",
           command="view('search')", palette="Go to Search", explain="fuzzy search over everything"),
    Action("view-brief", "6", "view('brief')", "Brief", "everywhere",
           command="view('brief')", palette="Go to Brief", explain="the current briefing note"),
    Action("back", "escape", "back", "Back", "everywhere", show=False, explain="close a screen or go back a view"),
    Action("help", "question_mark,f1", "help", "Help", "everywhere",
           command="help", palette="Help: keys", explain="the keys of what has focus, then every key"),
    Action("refresh", "r", "refresh", "Refresh", "everywhere", show=False,
           command="refresh", palette="Refresh", explain="re-read the store (after an ingest elsewhere)"),
    Action("quit", "q", "quit", "Quit", "everywhere"),
    Action("palette", "ctrl+p", "command_palette", "palette", "everywhere", show=False, priority=True,
           explain="every action by name with its key, and any actor or source by name, typos forgiven"),
    # ----- the list views -----------------------------------------------------------------
    Action("open", "enter", "open", "Open", "lists", explain="a row's details, or its article in the reader"),
    Action("filter", "slash,f", "filter", "Filter", "lists",
           explain="words in any order, typos forgiven; best matches first"),
    Action("sort", "s", "sort", "Sort", "lists", explain="sort by the next column"),
    Action("reverse", "S", "reverse", "Reverse", "lists", show=False, explain="reverse the sort"),
    Action("leave-filter", "escape", "leave_filter", "Close filter", "lists", show=False),
    Action("down", "j", "down", "Down", "lists", show=False),
    Action("up", "k", "up", "Up", "lists", show=False),
    Action("first-row", "g", "top", "First row", "lists", show=False),
    Action("last-row", "G", "bottom", "Last row", "lists", show=False,
           explain="the true last row, however many there are"),
    Action("copy", "c,y", "copy", "Copy", "lists",
           explain="with its citation (a source: its citation; an actor: its names and roles; "
                   "a brief's item: as exported)"),
    Action("add", "a", "add", "Add to brief", "cited lists", explain="put it in the current brief, cited"),
    Action("change-speaker", "p", "change_speaker", "Change speaker", "quotes list", show=False,
           explain="correct who said it; kept through reindex"),
    Action("merge-actor", "M", "merge_actor", "Merge into…", "actors list", show=False,
           explain="one person under two names becomes one actor"),
    Action("hide-actor", "H", "hide_actor", "Hide actor", "actors list", show=False,
           explain="a junk actor leaves every list"),
    # ----- every other table ----------------------------------------------------------------
    Action("down", "j", "cursor_down", "Down", "tables", show=False),
    Action("up", "k", "cursor_up", "Up", "tables", show=False),
    Action("first-row", "g", "first_row", "First row", "tables", show=False),
    Action("last-row", "G", "last_row", "Last row", "tables", show=False),
    # ----- search ---------------------------------------------------------------------------
    Action("open", "enter", "open", "Open", "search"),
    Action("add", "a", "add", "Add to brief", "search"),
    Action("copy", "c,y", "copy", "Copy", "search"),
    Action("query", "slash,f", "focus_query", "Query", "search", explain="back to the query box"),
    Action("leave-query", "escape", "leave_query", "Results", "search", show=False),
    # ----- the reader -----------------------------------------------------------------------
    Action("back", "escape", "app.back", "Back", "reader"),
    Action("next", "n", "next_mark", "Next highlight", "reader"),
    Action("previous", "N", "previous_mark", "Previous highlight", "reader"),
    Action("down", "j,down", "next_paragraph", "Down", "reader", show=False),
    Action("up", "k,up", "previous_paragraph", "Up", "reader", show=False),
    Action("add", "a", "add", "Add passage", "reader", explain="the paragraph"),
    Action("copy", "c,y", "copy", "Copy passage", "reader"),
    # ----- an actor's details ----------------------------------------------------------------
    Action("back", "escape", "app.back", "Back", "actor"),
    Action("add", "a", "add", "Add quote", "actor"),
    Action("copy", "c,y", "copy", "Copy quote", "actor"),
    Action("merge-actor", "M", "merge_actor", "Merge into…", "actor",
           explain="one person under two names becomes one actor"),
    Action("hide-actor", "H", "hide_actor", "Hide actor", "actor", explain="a junk actor leaves every list"),
    Action("next-pane", "tab", "app.focus_next", "Next pane", "actor", show=False),
    # ----- a quote's details ------------------------------------------------------------------
    Action("back", "escape", "app.back", "Back", "quote"),
    Action("add", "a", "add", "Add to brief", "quote"),
    Action("copy", "c,y", "copy", "Copy", "quote"),
    Action("open-source", "o", "open_source", "Open source", "quote"),
    Action("change-speaker", "p", "change_speaker", "Change speaker", "quote",
           explain="correct who said it; kept through reindex"),
    # ----- a figure's details -----------------------------------------------------------------
    Action("back", "escape", "app.back", "Back", "figure"),
    Action("add", "a", "add", "Add to brief", "figure"),
    Action("copy", "c,y", "copy", "Copy", "figure"),
    Action("open-source", "o", "open_source", "Open source", "figure"),
    # ----- the brief --------------------------------------------------------------------------
    Action("move-up", "K,shift+up", "move(-1)", "Move up", "brief"),
    Action("move-down", "J,shift+down", "move(1)", "Move down", "brief"),
    Action("remove", "d,delete", "remove", "Remove", "brief"),
    Action("undo", "u", "undo", "Undo", "brief", explain="takes back any edit (add, remove, move, edit, rename, citations)"),
    Action("redo", "U,ctrl+r", "redo", "Redo", "brief"),
    Action("note", "n", "note", "Note", "brief", explain="after the selected item; several lines"),
    Action("heading", "h", "heading", "Section", "brief", explain="after the selected item"),
    Action("edit", "e", "edit", "Edit", "brief", explain="notes and headings; cited text stays verbatim"),
    Action("edit-external", "E", "edit_external", "Edit in $EDITOR", "brief", show=False),
    Action("rename", "R", "rename", "Rename", "brief"),
    Action("switch", "b", "switch", "Switch brief", "brief",
           command="switch_brief", palette="Switch brief", explain="choose another briefing note"),
    Action("new", "N", "new", "New brief", "brief",
           command="new_brief", palette="New brief", explain="start another briefing note"),
    Action("export", "x", "export", "Export", "brief",
           command="export", palette="Export brief", explain="write the current brief as Markdown"),
    Action("preview", "p", "toggle_preview", "Preview", "brief", explain="show or hide the Markdown preview"),
    Action("copy", "c,y", "copy", "Copy", "brief"),
    Action("refresh-citations", "C", "refresh_citations", "Check citations", "brief",
           explain="compare each cited item with the store; update it if you say so"),
    # ----- dialogs ------------------------------------------------------------------------------
    Action("save-note", "ctrl+s", "save", "Save", "note"),
    Action("cancel", "escape", "cancel", "Cancel", "note"),
    Action("cancel", "escape", "cancel", "Cancel", "prompt"),
    Action("no", "escape,n", "answer(False)", "No", "confirm"),
    Action("yes", "enter,y", "answer(True)", "Yes", "confirm"),
    Action("cancel", "escape", "cancel", "Cancel", "picker"),
    Action("close", "escape,q,question_mark,f1", "close", "Close", "help"),
)


def bindings(where: Place) -> list[BindingType]:
    """The bindings of one place, for a widget's or screen's `BINDINGS`."""
    return [Binding(a.keys, a.action, a.description, show=a.show, priority=a.priority, id=a.id)
            for a in ACTIONS if a.where == where]


def commands() -> list[Action]:
    """The actions the command palette offers, in the table's order."""
    return [a for a in ACTIONS if a.command]


def _keys(keys: str) -> str:
    shown = {"slash": "/", "question_mark": "?", "escape": "escape", "delete": "delete"}
    return " ".join(f"`{shown.get(k, k)}`" for k in keys.split(","))


def markdown_table() -> str:
    """The README's key table: one row per id and keys, with the places it works."""
    rows: dict[tuple[str, str], list[Action]] = {}
    for a in ACTIONS:
        rows.setdefault((a.id, a.keys), []).append(a)
    lines = ["| keys | what they do | where | id |", "| --- | --- | --- | --- |"]
    for (action_id, keys), group in rows.items():
        what = " / ".join(dict.fromkeys(a.description for a in group))
        explain = next((a.explain for a in group if a.explain), "")
        if explain:
            what += f": {explain}"
        where = "; ".join(dict.fromkeys(PLACES[a.where] for a in group))
        lines.append(f"| {_keys(keys)} | {what} | {where} | `{action_id}` |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
