"""What a cited item says, frozen when the analyst adds it, and checked against the store.

A brief item keeps its own record: the verbatim text, the speaker's name and role as shown,
the source's title, outlet, date, URL and path, the exact offsets and a hash of the source
text. Extraction can change under it (`reindex`, `ingest --force`, a new extractor, an actor
renamed): quote ids are reused or vanish, speakers move. The record does not. Export renders
the record and `check` says, item by item, where the store now disagrees; only an explicit
refresh (`plan_refresh`, shown to the analyst first) updates a record.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields, replace

from briefs.model import BriefItem
from store.extract.sentences import sentence_spans
from store.hashing import content_hash
from store.kinds import CITED_KINDS
from store.read import FigureConflict, figure_conflicts


@dataclass(frozen=True, slots=True)
class Record:
    """The frozen part of a cited item: everything export shows besides the analyst's order."""

    text: str
    source_id: int
    start: int
    end: int
    source_hash: str
    source_title: str
    source_outlet: str | None
    source_published: str | None
    source_url: str | None
    source_path: str | None
    paragraph: int | None
    ref_id: int | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    context: str | None = None
    context_start: int | None = None
    context_end: int | None = None


RECORD_COLUMNS = tuple(f.name for f in fields(Record))


@dataclass(frozen=True, slots=True)
class Refresh:
    """What refreshing one item would change (`changes`), or why it cannot (`blocker`)."""

    item: BriefItem
    changes: list[str]
    record: Record | None = None
    blocker: str | None = None

    def lines(self, label: str) -> list[str]:
        """What this refresh would do, one line each, for the analyst to read first."""
        blocked = [f"{label}: cannot refresh: {self.blocker}"] if self.blocker else []
        return blocked + [f"{label}: {change}" for change in self.changes]


class Sources:
    """The cited articles as stored, each read and hashed once per export or refresh (a
    brief cites a few articles many times)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._rows: dict[tuple[str, object], sqlite3.Row | None] = {}
        self._hashes: dict[int, str] = {}

    def find(self, item: BriefItem) -> sqlite3.Row | None:
        """The item's source: by id, or, if that row is gone or holds other text, the row
        whose text has the recorded hash (the same article stored again)."""
        row = self._row("id", item.source_id) if item.source_id is not None else None
        if item.source_hash and (row is None or row["content_hash"] != item.source_hash):
            again = self._row("content_hash", item.source_hash)
            if again is not None:
                return again
        return row

    def hash_of(self, row: sqlite3.Row) -> str:
        """The hash of the text the row holds now (its stored `content_hash` may be stale)."""
        if row["id"] not in self._hashes:
            self._hashes[row["id"]] = content_hash(row["text"])
        return self._hashes[row["id"]]

    def also_reported(self, item: BriefItem) -> list[FigureConflict]:
        """For a figure: the figures of the same quantity that other articles of the time
        give otherwise (store/corroboration.py), found by the figure's place in its source."""
        if item.kind != "figure" or item.start is None or item.end is None:
            return []
        row = self.find(item)
        if row is None:
            return []
        found = _extracted(self.conn, "figures", int(row["id"]), item.start, item.end, item.ref_id)
        return figure_conflicts(self.conn, int(found["id"])) if found is not None else []

    def _row(self, column: str, value: object) -> sqlite3.Row | None:
        if (column, value) not in self._rows:
            self._rows[(column, value)] = self.conn.execute(
                f"SELECT id, text, content_hash FROM sources WHERE {column} = ?", (value,)).fetchone()
        return self._rows[(column, value)]


def snapshot(conn: sqlite3.Connection, kind: str, source_id: int, start: int, end: int,
             ref_id: int | None = None) -> Record:
    """The record of `source[start:end]` as the store shows it now. For a quote, the speaker
    is that of the extracted quote at these offsets (`ref_id` first when it still fits)."""
    # A date the store could not read is cited as the article gave it.
    src = conn.execute("SELECT id, text, title, outlet, coalesce(published, published_given) AS published,"
                       " url, path FROM sources WHERE id = ?",
                       (source_id,)).fetchone()
    if src is None:
        raise LookupError(f"no source with id {source_id}")
    text = src["text"]
    if not (0 <= start < end <= len(text)):
        raise LookupError(f"offsets {start}-{end} are outside source {source_id}")
    paragraph = conn.execute(
        'SELECT idx, start, "end" FROM paragraphs WHERE source_id = ? AND start <= ? AND ? <= "end"'
        " ORDER BY idx DESC LIMIT 1", (source_id, start, start)).fetchone()
    record = Record(
        text=text[start:end], source_id=source_id, start=start, end=end, source_hash=content_hash(text),
        source_title=src["title"], source_outlet=src["outlet"], source_published=src["published"],
        source_url=src["url"], source_path=src["path"], paragraph=paragraph["idx"] if paragraph else None,
        ref_id=ref_id if kind == "passage" else None,
    )
    if kind == "quote":
        found = _extracted(conn, "quotes", source_id, start, end, ref_id)
        if found is not None:
            speaker, role = _speaker(conn, found["speaker_id"])
            record = replace(record, ref_id=found["id"], speaker=speaker, speaker_role=role)
    elif kind == "figure":
        found = _extracted(conn, "figures", source_id, start, end, ref_id)
        bounds = (paragraph["start"], paragraph["end"]) if paragraph else _line_around(text, start, end)
        c_start, c_end = _sentence_around(text, bounds, start, end)
        record = replace(record, ref_id=found["id"] if found is not None else None,
                         context=text[c_start:c_end], context_start=c_start, context_end=c_end)
    return record


def check(sources: Sources, item: BriefItem) -> list[str]:
    """Why the store no longer bears out this item's record (empty when it does)."""
    if item.kind not in CITED_KINDS:
        return []
    source = sources.find(item)
    if source is None:
        return ["its source is no longer in the store"]
    text = source["text"]
    problems: list[str] = []
    if item.start is None or item.end is None or text[item.start:item.end] != item.text:
        problems.append("the source no longer has this text at the cited place")
    elif item.source_hash and sources.hash_of(source) != item.source_hash:
        problems.append("the source text changed since the item was added")
    if item.kind == "figure" and item.context and item.context_start is not None and \
            text[item.context_start:item.context_end] != item.context:
        problems.append("the sentence around the figure changed in the source")
    if item.kind == "quote" and not problems:
        problems += _speaker_disagreement(sources.conn, item, int(source["id"]))
    return problems


def plan_refresh(sources: Sources, item: BriefItem) -> Refresh:
    """What the store says of this item now, and how that differs from its record."""
    source = sources.find(item)
    if source is None:
        return Refresh(item, [], blocker="its source is no longer in the store")
    text = source["text"]
    start, end = item.start, item.end
    if start is None or end is None or text[start:end] != item.text:
        found = _nearest(text, item.text, start or 0)
        if found is None:
            return Refresh(item, [], blocker="the cited text is no longer in its source")
        start, end = found, found + len(item.text)
    new = snapshot(sources.conn, item.kind, int(source["id"]), start, end, item.ref_id)
    old = item_record(item)
    changes = describe_changes(old, new) if old is not None else ["record the source as it is now"]
    return Refresh(item, changes, new)


def item_record(item: BriefItem) -> Record | None:
    """The record an item holds (None for notes and headings)."""
    if item.kind not in CITED_KINDS or item.source_id is None or item.start is None or item.end is None:
        return None
    return Record(**{name: getattr(item, name) for name in RECORD_COLUMNS})


def describe_changes(old: Record, new: Record) -> list[str]:
    """Plain lines saying what differs between two records of one item."""
    out: list[str] = []
    if (old.speaker, old.speaker_role) != (new.speaker, new.speaker_role):
        out.append(f"speaker: {_who(old)} → {_who(new)}")
    if (old.start, old.end) != (new.start, new.end):
        out.append(f"place in the source: {old.start}-{old.end} → {new.start}-{new.end}")
    if old.source_id != new.source_id:
        out.append(f"source: stored again as source {new.source_id}")
    if old.source_hash != new.source_hash:
        out.append("source text: changed elsewhere in the article")
    if old.context != new.context:
        out.append("the sentence around the figure: now as in the source")
    for name, label in (("source_title", "title"), ("source_outlet", "outlet"),
                        ("source_published", "date"), ("source_url", "URL"), ("source_path", "file")):
        if getattr(old, name) != getattr(new, name):
            out.append(f"{label}: {getattr(old, name) or '(none)'} → {getattr(new, name) or '(none)'}")
    return out


# ----- internals ----------------------------------------------------------------------------
def _who(record: Record) -> str:
    if not record.speaker:
        return "unattributed"
    return f"{record.speaker}, {record.speaker_role}" if record.speaker_role else record.speaker


def _extracted(conn: sqlite3.Connection, table: str, source_id: int, start: int, end: int,
               ref_id: int | None) -> sqlite3.Row | None:
    """The extracted quote or figure at these offsets: the exact span first, else the one
    overlapping it most. Ids are a hint only: re-extraction reuses them."""
    extra = ", speaker_id" if table == "quotes" else ""
    rows = conn.execute(
        f'SELECT id, start, "end"{extra} FROM {table} WHERE source_id = ? AND start < ? AND "end" > ?',
        (source_id, end, start)).fetchall()
    if not rows:
        return None

    def fit(r: sqlite3.Row) -> tuple[int, int, int]:
        overlap = min(end, r["end"]) - max(start, r["start"])
        return (-overlap, abs(r["start"] - start) + abs(r["end"] - end), 0 if r["id"] == ref_id else 1)

    return min(rows, key=fit)


def _speaker(conn: sqlite3.Connection, actor_id: int | None) -> tuple[str | None, str | None]:
    if actor_id is None:
        return None, None
    row = conn.execute("SELECT name, roles FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is None:
        return None, None
    roles = json.loads(row["roles"]) if row["roles"] else []
    return row["name"], roles[0] if roles else None


def _speaker_disagreement(conn: sqlite3.Connection, item: BriefItem, source_id: int) -> list[str]:
    assert item.start is not None and item.end is not None
    found = _extracted(conn, "quotes", source_id, item.start, item.end, item.ref_id)
    if found is None:
        return ["extraction no longer finds this quote in its source"]
    speaker, _role = _speaker(conn, found["speaker_id"])
    if speaker == item.speaker:
        return []
    added = f"added as {item.speaker}" if item.speaker else "added unattributed"
    if speaker is None:
        return [f"the store now finds no speaker for it ({added})"]
    return [f"the store now attributes it to {speaker} ({added})"]


def _sentence_around(text: str, bounds: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) of the paragraph `bounds` holding `start:end`."""
    p_start, p_end = bounds
    spans = sentence_spans(text, p_start, p_end) or [(p_start, p_end)]
    first = next((s for s, e in spans if s <= start < e), p_start)
    last = next((e for s, e in spans if s < end <= e), p_end)
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The line holding `start:end`, for a source whose paragraphs are not stored."""
    nl = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if nl < 0 else nl


def _nearest(text: str, needle: str, near: int) -> int | None:
    """The occurrence of `needle` in `text` closest to offset `near`."""
    best, pos = None, text.find(needle)
    while pos >= 0:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        pos = text.find(needle, pos + 1)
    return best
