"""Article text for display: always literal (never markup), control characters defused."""

from __future__ import annotations

from rich.text import Text

MAX_CELL = 160


def safe(text: str | None) -> str:
    """One printable character for each character of `text` (offsets still hold)."""
    if not text:
        return ""
    return "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)


def cell(value: object, limit: int = MAX_CELL) -> Text:
    """A table cell: literal text, one line, trimmed."""
    if value is None:
        return Text("")
    if isinstance(value, float):
        return Text(f"{value:,.2f}".rstrip("0").rstrip("."))
    text = " ".join(safe(str(value)).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return Text(text)


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> Text:
    """Literal `text` with (start, end, style) spans applied."""
    out = Text(safe(text))
    for start, end, style in spans:
        if end > start:
            out.stylize(style, max(0, start), min(len(text), end))
    return out


def citation(title: str | None, outlet: str | None = None, published: str | None = None) -> str:
    parts = [p for p in (title, outlet, published) if p]
    return " — ".join(parts)
