"""Reading and changing briefs in the store. Every change is one transaction, saved at once."""

from __future__ import annotations

import sqlite3
from dataclasses import fields

from briefs import history
from briefs.citations import (
    CITED_KINDS,
    RECORD_COLUMNS,
    Record,
    Refresh,
    Sources,
    plan_refresh,
    snapshot,
)
from briefs.model import Brief, BriefItem
from store.clock import now_iso
from store.db import inserted_id, transaction
from store.queries import parse_id

DEFAULT_TITLE = "Untitled brief"
_ITEM_COLUMNS = ", ".join(f'"{f.name}"' for f in fields(BriefItem))


class BriefError(Exception):
    """A brief or item that does not exist, or a request that cannot be met."""


class BriefStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # ----- briefs -------------------------------------------------------------------------
    def all(self) -> list[Brief]:
        """Every brief, the one used last first."""
        return self._briefs("1", ())

    def get(self, brief_id: int) -> Brief:
        found = self._briefs("b.id = ?", (brief_id,))
        if not found:
            raise BriefError(f"no brief with id {brief_id}")
        return found[0]

    def _briefs(self, where: str, args: tuple) -> list[Brief]:
        rows = self.conn.execute(
            "SELECT b.id, b.title, b.created_at, b.updated_at,"
            " (SELECT count(*) FROM brief_items i WHERE i.brief_id = b.id AND i.removed_at IS NULL) AS items"
            f" FROM briefs b WHERE {where} ORDER BY coalesce(b.used_at, b.updated_at) DESC, b.id DESC", args
        ).fetchall()
        return [Brief(r["id"], r["title"], r["created_at"], r["updated_at"], r["items"]) for r in rows]

    def find(self, ref: str) -> Brief:
        """A brief by id or by (a unique part of) its title."""
        briefs = self.all()
        number = parse_id(ref)
        for b in briefs:
            if b.id == number:
                return b
        exact = [b for b in briefs if b.title.lower() == ref.lower()]
        if len(exact) == 1:
            return exact[0]
        partial = [b for b in briefs if ref.lower() in b.title.lower()]
        if len(partial) == 1:
            return partial[0]
        if not partial:
            raise BriefError(f"no brief matches {ref!r}")
        raise BriefError(f"{len(partial)} briefs match {ref!r}; use its id")

    def create(self, title: str = DEFAULT_TITLE) -> Brief:
        title = " ".join(title.split()) or DEFAULT_TITLE
        now = now_iso()
        with transaction(self.conn):
            cur = self.conn.execute(
                "INSERT INTO briefs (title, created_at, updated_at, used_at) VALUES (?, ?, ?, ?)",
                (title, now, now, now))
        return self.get(inserted_id(cur))

    def current(self) -> Brief:
        """The brief used last, created on first need."""
        briefs = self.all()
        return briefs[0] if briefs else self.create()

    def use(self, brief_id: int) -> None:
        with transaction(self.conn):
            self._require(brief_id)
            self.conn.execute("UPDATE briefs SET used_at = ? WHERE id = ?", (now_iso(), brief_id))

    def rename(self, brief_id: int, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            raise BriefError("a brief needs a title")
        with transaction(self.conn):
            self._require(brief_id)
            history.record(self.conn, brief_id, "rename brief")
            self.conn.execute("UPDATE briefs SET title = ?, updated_at = ? WHERE id = ?", (title, now_iso(), brief_id))

    def delete(self, brief_id: int) -> None:
        with transaction(self.conn):
            self._require(brief_id)
            self.conn.execute("DELETE FROM briefs WHERE id = ?", (brief_id,))

    # ----- items --------------------------------------------------------------------------
    def items(self, brief_id: int) -> list[BriefItem]:
        """The brief's items in order, each as recorded: no join with live extraction."""
        rows = self.conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM brief_items"
            " WHERE brief_id = ? AND removed_at IS NULL ORDER BY position, id", (brief_id,)).fetchall()
        return [BriefItem(**dict(r)) for r in rows]

    def add_quote(self, brief_id: int, quote_id: int) -> BriefItem:
        return self._add_cited(brief_id, "quote", "quotes", quote_id)

    def add_figure(self, brief_id: int, figure_id: int) -> BriefItem:
        return self._add_cited(brief_id, "figure", "figures", figure_id)

    def add_passage(self, brief_id: int, source_id: int, start: int, end: int) -> BriefItem:
        try:
            record = snapshot(self.conn, "passage", source_id, start, end)
        except LookupError as exc:
            raise BriefError(str(exc)) from exc
        return self._add(brief_id, "passage", record)

    def _add_cited(self, brief_id: int, kind: str, table: str, ref_id: int) -> BriefItem:
        row = self.conn.execute(f'SELECT source_id, start, "end" FROM {table} WHERE id = ?', (ref_id,)).fetchone()
        if row is None:
            raise BriefError(f"no {kind} with id {ref_id}")
        record = snapshot(self.conn, kind, row["source_id"], row["start"], row["end"], ref_id)
        return self._add(brief_id, kind, record)

    def refresh_plan(self, brief_id: int) -> list[Refresh]:
        """For each cited item whose record the store no longer bears out, what a refresh
        would change (or why it cannot). Nothing is written."""
        sources = Sources(self.conn)
        plans = [plan_refresh(sources, item) for item in self.items(brief_id) if item.kind in CITED_KINDS]
        return [p for p in plans if p.changes or p.blocker]

    def apply_refresh(self, brief_id: int, plans: list[Refresh]) -> int:
        """Write the new records of `plans` (as shown to the analyst), in one transaction."""
        applied = 0
        with transaction(self.conn):
            self._require(brief_id)
            history.record(self.conn, brief_id, "update citations")
            for plan in plans:
                if plan.record is None or plan.item.brief_id != brief_id:
                    continue
                values = {name: getattr(plan.record, name) for name in RECORD_COLUMNS}
                assigns = ", ".join(f'"{name}" = ?' for name in values)
                self.conn.execute(f"UPDATE brief_items SET {assigns} WHERE id = ?", (*values.values(), plan.item.id))
                applied += 1
            if applied:
                self._touch(brief_id)
        return applied

    def add_note(self, brief_id: int, text: str, after: int | None = None) -> BriefItem:
        """A note of the analyst's own (Markdown, any number of lines), at the end or right
        after the item `after`."""
        note = text.strip("\n")
        if not note.strip():
            raise BriefError("a note needs text")
        return self._add(brief_id, "note", note, after)

    def add_heading(self, brief_id: int, text: str, after: int | None = None) -> BriefItem:
        heading = " ".join(text.split())
        if not heading:
            raise BriefError("a heading needs text")
        return self._add(brief_id, "heading", heading, after)

    def edit_text(self, item_id: int, text: str) -> None:
        """Notes and headings are the analyst's words and can change; cited items cannot."""
        with transaction(self.conn):
            row = self._item(item_id)
            if row["kind"] not in ("note", "heading"):
                raise BriefError("only notes and headings can be edited; cited text stays verbatim")
            history.record(self.conn, row["brief_id"], f"edit {row['kind']}", item_id)
            self.conn.execute("UPDATE brief_items SET text = ? WHERE id = ?", (text, item_id))
            self._touch(row["brief_id"])

    def move(self, item_id: int, delta: int) -> None:
        """Move an item up (negative) or down (positive) among the brief's items."""
        with transaction(self.conn):
            row = self._item(item_id)
            ids = self._live_ids(row["brief_id"])
            i = ids.index(item_id)
            j = max(0, min(len(ids) - 1, i + delta))
            if i == j:
                return
            history.record(self.conn, row["brief_id"], f"move {row['kind']}", item_id)
            ids.insert(j, ids.pop(i))
            self._renumber(ids)
            self._touch(row["brief_id"])

    def remove(self, item_id: int) -> None:
        with transaction(self.conn):
            row = self._item(item_id)
            history.record(self.conn, row["brief_id"], f"remove {row['kind']}", item_id)
            self.conn.execute("UPDATE brief_items SET removed_at = ? WHERE id = ?", (now_iso(), item_id))
            self._touch(row["brief_id"])

    def undo(self, brief_id: int) -> history.Step | None:
        """Take back the brief's latest edit (any kind: add, remove, move, edit, rename,
        citation update); None when there is none left."""
        return self._step(brief_id, redo=False)

    def redo(self, brief_id: int) -> history.Step | None:
        """Make again the edit undone last, unless a new edit came since."""
        return self._step(brief_id, redo=True)

    def _step(self, brief_id: int, redo: bool) -> history.Step | None:
        with transaction(self.conn):
            self._require(brief_id)
            done = history.step(self.conn, brief_id, redo=redo)
            if done is not None:
                self._touch(brief_id)
        return done

    # ----- internals ----------------------------------------------------------------------
    def _add(self, brief_id: int, kind: str, content: str | Record, after: int | None = None) -> BriefItem:
        """Add an item (the analyst's own text, or the record of a cited one) at the end, or
        right after the item `after` of the same brief."""
        values: dict[str, object] = {"text": content} if isinstance(content, str) else \
            {name: getattr(content, name) for name in RECORD_COLUMNS}
        with transaction(self.conn):
            self._require(brief_id)
            entry = history.record(self.conn, brief_id, f"add {kind}")
            position = self.conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM brief_items WHERE brief_id = ?", (brief_id,)
            ).fetchone()[0]
            names = ["brief_id", "position", "kind", *values]
            cur = self.conn.execute(
                "INSERT INTO brief_items (" + ", ".join(f'"{n}"' for n in names) + ")"
                f" VALUES ({', '.join('?' * len(names))})",
                (brief_id, position, kind, *values.values()),
            )
            item_id = inserted_id(cur)
            history.name_item(self.conn, entry, item_id)
            if after is not None:
                ids = self._live_ids(brief_id)
                if after not in ids:
                    raise BriefError(f"no item with id {after} in this brief")
                ids.remove(item_id)
                ids.insert(ids.index(after) + 1, item_id)
                self._renumber(ids)
            self._touch(brief_id)
        return next(i for i in self.items(brief_id) if i.id == item_id)

    def _live_ids(self, brief_id: int) -> list[int]:
        """The ids of the brief's items (removed ones aside), in their order."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM brief_items WHERE brief_id = ? AND removed_at IS NULL ORDER BY position, id",
            (brief_id,))]

    def _renumber(self, ids: list[int]) -> None:
        self.conn.executemany("UPDATE brief_items SET position = ? WHERE id = ?",
                              [(pos, iid) for pos, iid in enumerate(ids)])

    def _require(self, brief_id: int) -> None:
        if self.conn.execute("SELECT 1 FROM briefs WHERE id = ?", (brief_id,)).fetchone() is None:
            raise BriefError(f"no brief with id {brief_id}")

    def _item(self, item_id: int) -> sqlite3.Row:
        row = self.conn.execute("SELECT * FROM brief_items WHERE id = ? AND removed_at IS NULL", (item_id,)).fetchone()
        if row is None:
            raise BriefError(f"no item with id {item_id}")
        return row

    def _touch(self, brief_id: int) -> None:
        now = now_iso()
        self.conn.execute("UPDATE briefs SET updated_at = ?, used_at = ? WHERE id = ?", (now, now, brief_id))
