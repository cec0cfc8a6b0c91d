"""Rendering a brief as Markdown (or JSON) with verified citations.

Every quote, figure and passage is exported as recorded when the analyst added it, and that
record is checked against the store (`briefs.citations.check`): an item whose source changed
or vanished, or whose speaker the store now gives otherwise, is exported with a visible
warning and reported, never silently.
Article text is escaped so that nothing in it (a leading #, *, |, <script>, backticks, a
line of ---) can change the document's structure: it renders as the same words.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any
from urllib.parse import quote, urlsplit

from briefs.citations import Sources, check
from briefs.model import Brief, BriefItem, Citation
from briefs.store import BriefStore
from store.dates import day_of
from store.read import FigureConflict, FigureRow

# What CommonMark (and GitHub's extensions) would read as markup anywhere in a line: code,
# emphasis, links and images, raw HTML and autolinks, strikethrough, and backslash escapes.
_INLINE = re.compile(r"[\\`*\[\]<~]")
# Underscores make emphasis only at a word's edge ("snake_case" is plain text).
_EDGE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# At the start of a line: a heading, a quotation, a list item or a thematic break.
_LINE_START = re.compile(r"^(?:#|>|[-+](?=[\s-]|$)|[0-9]{1,9}(?=[.)](?:\s|$)))")
# A heading's closing sequence: #s at the end after a space are dropped by CommonMark.
_CLOSING_HASHES = re.compile(r"(?<=\s)(#+)$")


def default_filename(title: str, suffix: str = ".md") -> str:
    """A file name for a brief: its title, lower case, words joined by hyphens."""
    slug = re.sub(r"[^\w-]+", "-", title.lower()).strip("-")
    return (slug[:60] or "brief") + suffix


def escape(text: str) -> str:
    """Text that renders as exactly these words wherever a brief puts it (a paragraph, a
    heading, a quotation, a list item), on one line: control characters and line breaks
    become spaces, and only what CommonMark would read as markup in that place is escaped,
    so "It's 39% of a three-party deal: 2005" stays as it is."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    out = _INLINE.sub(lambda m: "\\" + m.group(0), flat)
    out = _EDGE_UNDERSCORE.sub(r"\\_", out)
    out = _ENTITY.sub(r"\\&", out)
    out = _CLOSING_HASHES.sub(lambda m: "\\#" * len(m.group(1)), out)
    start = _LINE_START.match(out)
    if start:
        marker = start.group(0)
        if marker.isdigit():  # "1. " and "1) " open an ordered list: escape the dot
            return marker + "\\" + out[len(marker):]
        return "\\" + out
    return out


@dataclass
class ExportResult:
    markdown: str
    warnings: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def export_brief(conn: sqlite3.Connection, brief_id: int, now: datetime | None = None) -> ExportResult:
    """Read a brief and its items and render them, checked against the store."""
    store = BriefStore(conn)
    return render(store.get(brief_id), store.items(brief_id), Sources(conn), now)


def render(brief: Brief, items: list[BriefItem], stored: Sources, now: datetime | None = None) -> ExportResult:
    """The brief as Markdown (and as data), each cited item checked against `stored`.
    The caller reads the brief and its items once and may show them too."""
    now = now or datetime.now(UTC)
    sources: list[Citation] = []
    numbers: dict[object, int] = {}

    def cite(item: BriefItem) -> str:
        if item.citation is None:
            return ""
        if item.citation.key not in numbers:
            sources.append(item.citation)
            numbers[item.citation.key] = len(sources)
        n = numbers[item.citation.key]
        where = f", paragraph {item.paragraph + 1}" if item.paragraph is not None else ""
        return f"[\\[{n}\\]](#sources){where}"

    lines = [f"# {escape(brief.title)}", "", f"*Generated {now.strftime('%Y-%m-%d %H:%M UTC')} by brief.*", ""]
    warnings: list[str] = []
    data_items = []
    for item in items:
        problems = check(stored, item)
        problem = "; ".join(problems) or None
        warnings += [f"item {item.id} ({item.kind}): {p}" for p in problems]
        also = stored.also_reported(item)
        lines += _item_lines(item, cite(item), problem, also)
        data_items.append({
            "kind": item.kind, "text": item.text, "speaker": item.speaker, "speaker_role": item.speaker_role,
            "source": numbers.get(item.citation.key) if item.citation else None,
            "paragraph": item.paragraph + 1 if item.paragraph is not None else None,
            "start": item.start, "end": item.end, "verified": not problems, "problem": problem,
            "problems": problems,
            "also_reported_as": [{"text": c.figure.text, "value": c.figure.value, "unit": c.figure.unit,
                                  "kind": c.kind, "source_title": c.figure.source_title, "outlet": c.figure.outlet,
                                  "published": c.figure.published} for c in also],
        })
    if sources:
        lines += ["## Sources", ""]
        lines += [f"{n}. {_source(c)}" for n, c in enumerate(sources, start=1)]
        lines.append("")
    data = {
        "title": brief.title, "generated_at": now.isoformat(timespec="seconds"), "items": data_items,
        "sources": [{"n": n, "title": c.title, "outlet": c.outlet, "published": c.published, "url": c.url,
                     "path": c.path} for n, c in enumerate(sources, start=1)],
        "warnings": warnings,
    }
    return ExportResult("\n".join(lines).rstrip() + "\n", warnings, data)


def standalone(item: BriefItem) -> str:
    """One item as Markdown that stands on its own, its source given in full instead of a
    number in the list of sources: what copying an item of a brief gives."""
    cite = _source(item.citation) if item.citation else ""
    if item.citation and item.paragraph is not None:
        cite += f", paragraph {item.paragraph + 1}"
    return "\n".join(_item_lines(item, cite, None)).rstrip() + "\n"


def _item_lines(item: BriefItem, cite: str, problem: str | None,
                also: list[FigureConflict] | None = None) -> list[str]:
    """An item's Markdown lines (ending with a blank one), cited by `cite`; a figure that
    other articles of the time give otherwise carries a note saying what they give."""
    warning = f"**Warning: not verified, {escape(problem)}.**" if problem else ""
    if item.kind == "heading":
        return [f"## {escape(item.text)}", ""]
    if item.kind == "note":
        return [_note(item.text), ""]
    if item.kind == "figure":
        context = _context(item)
        line = f"- **{escape(item.text)}**"
        if context:
            line += f": “{escape(context)}”"
        line += f" · {cite}"
        lines = [line + (f" {warning}" if warning else "")]
        if also:
            others = "; ".join(f"**{escape(c.figure.text)}** ({_elsewhere(c.figure)})" for c in also)
            lines.append(f"  - *Note: also reported as* {others}")
        return [*lines, ""]
    if item.kind == "quote":
        who = escape(item.speaker) if item.speaker else "Unattributed"
        if item.speaker_role:
            who += f", {escape(item.speaker_role)}"
        lines = [f"> “{escape(item.text)}”", ">", f"> — {who} · {cite}"]
    else:  # a passage
        lines = [f"> {escape(item.text)}", ">", f"> — {cite}"]
    if warning:
        lines += [">", f"> {warning}"]
    return [*lines, ""]


def _source(c: Citation) -> str:
    """A source as listed: title, outlet, date, and its link, or its URL or file name."""
    parts = [f"*{escape(c.title)}*"]
    if c.outlet:
        parts.append(escape(c.outlet))
    if c.published:
        parts.append(escape(c.published))
    entry = ", ".join(parts)
    # A title ending its own sentence ("... crisis.") takes no second full stop.
    stop = " " if len(parts) == 1 and c.title.rstrip().endswith((".", "!", "?", "…")) else ". "
    link = safe_link(c.url)
    if link:
        entry += f"{stop}<{link}>"
    elif c.url:
        entry += f"{stop}{escape(c.url)}"
    elif c.path:
        entry += f"{stop}{escape(PurePath(c.path).name)}"
    return entry


def _elsewhere(figure: FigureRow) -> str:
    """Where another article gave a figure: its title, outlet and day."""
    parts = [f"*{escape(figure.source_title)}*"]
    parts += [escape(p) for p in (figure.outlet, day_of(figure.published)) if p]
    return ", ".join(parts)


def _note(text: str) -> str:
    """The analyst's own Markdown, kept as written (control characters aside)."""
    return "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text).strip()


def _context(item: BriefItem) -> str:
    """The sentence around a figure, as recorded when it was added."""
    context = " ".join((item.context or "").split())
    return context if len(context) <= 300 else context[:297] + "…"


def safe_link(url: str | None) -> str | None:
    """An http(s) URL fit for a Markdown autolink (percent-encoded where CommonMark or a
    terminal would misread it), or None: any other scheme is shown as text, never a link."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return "".join(ch if 0x21 <= ord(ch) < 0x7F and ch not in '<>"`\\' else quote(ch, safe="") for ch in url)
