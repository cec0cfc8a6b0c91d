"""The source reader: the article with quotes, actor names and figures highlighted in
distinct styles, boilerplate dimmed; n/N move between highlighted paragraphs."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from store import read
from tui import actions
from tui.db import Database
from tui.messages import AddToBrief, CopyText
from tui.text import citation, highlighted, safe
from tui.workers import db_work

QUOTE_STYLE = "italic underline"
ACTOR_STYLE = "bold"
FIGURE_STYLE = "reverse"


@dataclass
class _Para:
    idx: int
    start: int
    end: int
    boilerplate: bool
    marks: list[tuple[int, int, str]]


class ParagraphView(Static, can_focus=True):
    """One paragraph; focusable so the cursor can stand on it."""

    def __init__(self, para: _Para, text: str, **kwargs) -> None:
        self.para = para
        body = highlighted(text, [(s - para.start, e - para.start, st) for s, e, st in para.marks])
        if para.boilerplate:
            body.stylize("dim")
        super().__init__(body, classes="paragraph boilerplate" if para.boilerplate else "paragraph", **kwargs)


class ReaderScreen(Screen[None]):
    BINDINGS = actions.bindings("reader")

    def __init__(self, db: Database, source_id: int, at: int | None = None) -> None:
        super().__init__()
        self.db = db
        self.source_id = source_id
        self.at = at
        self.paras: list[ParagraphView] = []
        self.doc: read.ReaderDocument | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="reader-title", classes="view-title")
        yield VerticalScroll(id="reader-body")
        yield Static(
            "legend: [quotes underlined] [actors bold] [figures reversed] [page furniture dimmed]",
            id="reader-legend", classes="status", markup=False,
        )
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @db_work(group="reader", exclusive=True)
    def load(self) -> None:
        doc = read.reader_document(self.db.conn(), self.source_id)
        if doc is None:
            self.app.call_from_thread(self.notify, f"Source {self.source_id} no longer exists", severity="error")
            return
        marks = sorted([(s, e, QUOTE_STYLE) for s, e in doc.quotes] + [(s, e, ACTOR_STYLE) for s, e in doc.mentions]
                       + [(s, e, FIGURE_STYLE) for s, e in doc.figures])
        starts = [m[0] for m in marks]
        paras = []
        for p in doc.paragraphs:  # each paragraph's marks by bisection: linear in a long text
            inside = marks[bisect.bisect_left(starts, p.start):bisect.bisect_left(starts, p.end)]
            paras.append(_Para(p.idx, p.start, p.end, p.boilerplate, inside))
        self.app.call_from_thread(self._show, doc, paras)

    def _show(self, doc: read.ReaderDocument, paras: list[_Para]) -> None:
        self.doc = doc
        src = doc.source
        title = citation(src.title, src.outlet, src.published)
        self.query_one("#reader-title", Static).update(highlighted(title, []))
        body = self.query_one("#reader-body", VerticalScroll)
        text = doc.text
        self.paras = [ParagraphView(p, text[p.start:p.end]) for p in paras]
        body.mount_all(self.paras)
        target = self.paras[0] if self.paras else None
        if self.at is not None:
            target = next((pv for pv in self.paras if pv.para.start <= self.at <= pv.para.end), target)
        if target is not None:
            self.call_after_refresh(self._go, target)

    def _go(self, view: ParagraphView) -> None:
        view.focus()
        view.scroll_visible(top=True, animate=False)

    def _current_index(self) -> int:
        focused = self.focused
        return self.paras.index(focused) if isinstance(focused, ParagraphView) and focused in self.paras else 0

    def action_next_paragraph(self) -> None:
        if self.paras:
            self._go(self.paras[min(len(self.paras) - 1, self._current_index() + 1)])

    def action_previous_paragraph(self) -> None:
        if self.paras:
            self._go(self.paras[max(0, self._current_index() - 1)])

    def _jump(self, step: int) -> None:
        i = self._current_index() + step
        while 0 <= i < len(self.paras):
            if self.paras[i].para.marks and not self.paras[i].para.boilerplate:
                self._go(self.paras[i])
                return
            i += step
        self.notify("No more highlights", timeout=2)

    def action_next_mark(self) -> None:
        self._jump(1)

    def action_previous_mark(self) -> None:
        self._jump(-1)

    def action_add(self) -> None:
        if self.paras:
            p = self.paras[self._current_index()].para
            self.app.post_message(AddToBrief("passage", source_id=self.source_id, start=p.start, end=p.end))

    def action_copy(self) -> None:
        if self.paras and self.doc is not None:
            p = self.paras[self._current_index()].para
            text = safe(self.doc.text[p.start:p.end])
            src = self.doc.source
            cite = citation(src.title, src.outlet, src.published)
            self.app.post_message(CopyText(f"{text} ({cite}, paragraph {p.idx + 1})", "passage"))
