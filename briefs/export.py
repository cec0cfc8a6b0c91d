"""Rendering a brief as Markdown (or JSON) with verified citations.

Every quote, figure and passage is compared with its stored source at export: an item whose
source changed or vanished is exported with a visible warning and reported, never silently.
Article text is escaped so that nothing in it (a leading #, *, |, <script>, backticks, a
line of ---) can change the document's structure: it renders as the same words.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from briefs.model import BriefItem, Citation
from briefs.store import BriefStore

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~^&=:\"'$%])")


def default_filename(title: str, suffix: str = ".md") -> str:
    """A file name for a brief: its title, lower case, words joined by hyphens."""
    slug = re.sub(r"[^\w-]+", "-", title.lower()).strip("-")
    return (slug[:60] or "brief") + suffix


def escape(text: str) -> str:
    """Markdown-inert text on one line: every punctuation mark Markdown reads is escaped,
    control characters and line breaks become spaces."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return _MD_SPECIAL.sub(r"\\\1", flat)


@dataclass
class ExportResult:
    markdown: str
    warnings: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def _verify(conn: sqlite3.Connection, item: BriefItem) -> str | None:
    """None when the source still holds the item's text at its offsets, else why not."""
    if item.kind not in ("quote", "figure", "passage"):
        return None
    if item.source_id is None or item.citation is None:
        return "its source is no longer in the store"
    row = conn.execute("SELECT text FROM sources WHERE id = ?", (item.source_id,)).fetchone()
    if row is None:
        return "its source is no longer in the store"
    if item.start is None or item.end is None or row[0][item.start:item.end] != item.text:
        return "the source no longer has this text at the cited place"
    return None


def render(conn: sqlite3.Connection, brief_id: int, now: datetime | None = None) -> ExportResult:
    store = BriefStore(conn)
    brief = store.get(brief_id)
    items = store.items(brief_id)
    now = now or datetime.now(UTC)
    sources: list[Citation] = []
    numbers: dict[int, int] = {}

    def cite(item: BriefItem) -> str:
        if item.citation is None:
            return ""
        if item.citation.source_id not in numbers:
            sources.append(item.citation)
            numbers[item.citation.source_id] = len(sources)
        n = numbers[item.citation.source_id]
        where = f", paragraph {item.paragraph + 1}" if item.paragraph is not None else ""
        return f"[\\[{n}\\]](#sources){where}"

    lines = [f"# {escape(brief.title)}", "", f"*Generated {now.strftime('%Y-%m-%d %H:%M UTC')} by brief.*", ""]
    warnings: list[str] = []
    data_items = []
    for item in items:
        problem = _verify(conn, item)
        if problem:
            warnings.append(f"item {item.id} ({item.kind}): {problem}")
        if item.kind == "heading":
            lines += [f"## {escape(item.text)}", ""]
        elif item.kind == "note":
            lines += [_note(item.text), ""]
        elif item.kind == "quote":
            who = escape(item.speaker) if item.speaker else "Unattributed"
            if item.speaker_role:
                who += f", {escape(item.speaker_role)}"
            lines += [f"> “{escape(item.text)}”", ">", f"> — {who} · {cite(item)}"]
            if problem:
                lines += [">", f"> **Warning: not verified, {escape(problem)}.**"]
            lines.append("")
        elif item.kind == "figure":
            context = _context(conn, item)
            line = f"- **{escape(item.text)}**"
            if context:
                line += f": “{escape(context)}”"
            line += f" · {cite(item)}"
            if problem:
                line += f" **Warning: not verified, {escape(problem)}.**"
            lines += [line, ""]
        elif item.kind == "passage":
            lines += [f"> {escape(item.text)}", ">", f"> — {cite(item)}"]
            if problem:
                lines += [">", f"> **Warning: not verified, {escape(problem)}.**"]
            lines.append("")
        data_items.append({
            "kind": item.kind, "text": item.text, "speaker": item.speaker, "speaker_role": item.speaker_role,
            "source": numbers.get(item.citation.source_id) if item.citation else None,
            "paragraph": item.paragraph + 1 if item.paragraph is not None else None,
            "start": item.start, "end": item.end, "verified": problem is None, "problem": problem,
        })
    if sources:
        lines += ["## Sources", ""]
        for n, c in enumerate(sources, start=1):
            parts = [f"*{escape(c.title)}*"]
            if c.outlet:
                parts.append(escape(c.outlet))
            if c.published:
                parts.append(escape(c.published))
            entry = f"{n}. " + ", ".join(parts)
            if c.url:
                entry += f". <{c.url.replace('>', '%3E').replace(' ', '%20')}>"
            lines.append(entry)
        lines.append("")
    data = {
        "title": brief.title, "generated_at": now.isoformat(timespec="seconds"), "items": data_items,
        "sources": [{"n": n, "title": c.title, "outlet": c.outlet, "published": c.published, "url": c.url,
                     "path": c.path} for n, c in enumerate(sources, start=1)],
        "warnings": warnings,
    }
    return ExportResult("\n".join(lines).rstrip() + "\n", warnings, data)


def _note(text: str) -> str:
    """The analyst's own Markdown, kept as written (control characters aside)."""
    return "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text).strip()


def _context(conn: sqlite3.Connection, item: BriefItem) -> str:
    """The sentence around a figure, so the number is read with what it counts."""
    if item.source_id is None or item.start is None:
        return ""
    row = conn.execute(
        'SELECT text FROM paragraphs WHERE source_id = ? AND start <= ? AND "end" >= ?',
        (item.source_id, item.start, item.end)).fetchone()
    if row is None:
        return ""
    para = row[0]
    return para if len(para) <= 300 else para[:297] + "…"
