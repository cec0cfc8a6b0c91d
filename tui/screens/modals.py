"""Modal screens that return typed results: a text prompt, a brief picker, the help."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from briefs.model import Brief
from tui import actions
from tui.text import visible, visible_lines


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text; Enter returns it, Escape returns None."""

    BINDINGS = actions.bindings("prompt")

    def __init__(self, question: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question), classes="dialog-title")
            # Editing keeps the text and puts the cursor at its end, never selecting it all
            # (a key would otherwise replace it).
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input", select_on_focus=False)
            yield Static("Enter to confirm · Escape to cancel", classes="status")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteScreen(ModalScreen[str | None]):
    """Write or edit a note of several lines; ctrl+s saves it, Escape leaves it unchanged."""

    BINDINGS = actions.bindings("note")

    def __init__(self, title: str, text: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog note-dialog"):
            yield Static(Text(self.title_text), classes="dialog-title")
            yield TextArea(self.text, id="note-text", soft_wrap=True, tab_behavior="indent")
            yield Static("Markdown, any number of lines · ctrl+s saves · Escape cancels", classes="status")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)  # editing goes on from the end, nothing selected

    def action_save(self) -> None:
        text = self.query_one(TextArea).text
        self.dismiss(text if text.strip() else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes-or-no question, with details; Enter returns True, Escape False."""

    BINDINGS = actions.bindings("confirm")

    def __init__(self, question: str, hint: str = "Enter confirms · Escape cancels", details: str = "") -> None:
        super().__init__()
        self.question = question
        self.hint = hint
        self.details = details

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(visible(self.question)), classes="dialog-title")
            if self.details:
                with VerticalScroll(classes="confirm-details"):
                    yield Static(Text(visible_lines(self.details)))
            yield Static(Text(self.hint), classes="status")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class BriefPickerScreen(ModalScreen[int | None]):
    """Choose a brief; returns its id, or None."""

    BINDINGS = actions.bindings("picker")

    def __init__(self, briefs: list[Brief], current: int | None) -> None:
        super().__init__()
        self.briefs = briefs
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Switch to brief", classes="dialog-title")
            options = [Option(Text(f"{b.title}  ({b.items} items)"), id=str(b.id)) for b in self.briefs]
            yield OptionList(*options, id="brief-options")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        for i, b in enumerate(self.briefs):
            if b.id == self.current:
                options.highlighted = i

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """The keys of the focused widget first, then every key of the app."""

    BINDINGS = actions.bindings("help")

    def compose(self) -> ComposeResult:
        screen = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else self.app.screen
        focused = screen.focused
        here: list[tuple[str, str]] = []
        everywhere: list[tuple[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description:
                continue
            key = binding.key_display or self.app.get_key_display(binding)
            row = (f"{key}  ({binding.id})" if binding.id else key, binding.description)
            if row in seen:
                continue
            seen.add(row)
            node = active.node
            local = focused is not None and (node is focused or node in focused.ancestors)
            (here if local and node is not self.app and node is not screen else everywhere).append(row)
        with VerticalScroll(classes="dialog help"):
            yield Static("Keys", classes="dialog-title")
            name = type(focused).__name__ if focused else "nothing focused"
            yield Static(Text(f"Here ({name})", style="underline"))
            yield Static(_key_lines(here))
            notes = (getattr(n, "HELP_NOTE", None) for n in ([focused, *focused.ancestors] if focused else []))
            note = next((n for n in notes if isinstance(n, str)), None)
            if note:
                yield Static(Text(note), classes="help-note")
            yield Static(Text("Everywhere", style="underline"))
            yield Static(_key_lines(everywhere))
            yield Static("Escape closes · ctrl+p opens the command palette", classes="status")

    def action_close(self) -> None:
        self.dismiss(None)


def _key_lines(rows: list[tuple[str, str]]) -> Text:
    width = max((len(k) for k, _d in rows), default=0)
    out = Text()
    for key, description in rows:
        out.append(key.ljust(width + 2), style="bold")
        out.append(description + "\n")
    return out
