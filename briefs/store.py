"""Reading and changing briefs in the store. Every change is one transaction, saved at once."""

from __future__ import annotations

import json
import sqlite3

from briefs.model import Brief, BriefItem, Citation
from store.clock import now_iso
from store.db import transaction

DEFAULT_TITLE = "Untitled brief"


class BriefError(Exception):
    """A brief or item that does not exist, or a request that cannot be met."""


class BriefStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # ----- briefs -------------------------------------------------------------------------
    def list(self) -> list[Brief]:
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
        briefs = self.list()
        if ref.isdigit():
            for b in briefs:
                if b.id == int(ref):
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
        return self.get(int(cur.lastrowid))

    def current(self) -> Brief:
        """The brief used last, created on first need."""
        briefs = self.list()
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
            self.conn.execute("UPDATE briefs SET title = ?, updated_at = ? WHERE id = ?", (title, now_iso(), brief_id))

    def delete(self, brief_id: int) -> None:
        with transaction(self.conn):
            self._require(brief_id)
            self.conn.execute("DELETE FROM briefs WHERE id = ?", (brief_id,))

    # ----- items --------------------------------------------------------------------------
    def items(self, brief_id: int) -> list[BriefItem]:
        rows = self.conn.execute(
            "SELECT i.*, s.title AS s_title, s.outlet, s.published, s.url, s.path,"
            " a.name AS speaker, a.roles AS speaker_roles,"
            " (SELECT p.idx FROM paragraphs p WHERE p.source_id = i.source_id AND p.start <= i.start"
            "  AND i.start < p.\"end\" + 1 ORDER BY p.idx DESC LIMIT 1) AS paragraph"
            " FROM brief_items i LEFT JOIN sources s ON s.id = i.source_id"
            " LEFT JOIN quotes q ON i.kind = 'quote' AND q.id = i.ref_id"
            " LEFT JOIN actors a ON a.id = q.speaker_id"
            " WHERE i.brief_id = ? AND i.removed_at IS NULL ORDER BY i.position, i.id",
            (brief_id,),
        ).fetchall()
        out = []
        for r in rows:
            citation = None
            if r["source_id"] is not None and r["s_title"] is not None:
                citation = Citation(r["source_id"], r["s_title"], r["outlet"], r["published"], r["url"], r["path"])
            roles = json.loads(r["speaker_roles"]) if r["speaker_roles"] else []
            out.append(BriefItem(
                id=r["id"], brief_id=r["brief_id"], position=r["position"], kind=r["kind"], text=r["text"],
                source_id=r["source_id"], ref_id=r["ref_id"], start=r["start"], end=r["end"],
                speaker=r["speaker"], speaker_role=roles[0] if roles else None,
                paragraph=r["paragraph"], citation=citation,
            ))
        return out

    def add_quote(self, brief_id: int, quote_id: int) -> BriefItem:
        row = self.conn.execute('SELECT source_id, text, start, "end" FROM quotes WHERE id = ?', (quote_id,)).fetchone()
        if row is None:
            raise BriefError(f"no quote with id {quote_id}")
        return self._add(brief_id, "quote", row["text"], row["source_id"], quote_id, row["start"], row["end"])

    def add_figure(self, brief_id: int, figure_id: int) -> BriefItem:
        row = self.conn.execute('SELECT source_id, text, start, "end" FROM figures WHERE id = ?', (figure_id,)).fetchone()
        if row is None:
            raise BriefError(f"no figure with id {figure_id}")
        return self._add(brief_id, "figure", row["text"], row["source_id"], figure_id, row["start"], row["end"])

    def add_passage(self, brief_id: int, source_id: int, start: int, end: int) -> BriefItem:
        row = self.conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            raise BriefError(f"no source with id {source_id}")
        text = row["text"]
        if not (0 <= start < end <= len(text)):
            raise BriefError(f"offsets {start}-{end} are outside source {source_id}")
        return self._add(brief_id, "passage", text[start:end], source_id, None, start, end)

    def add_note(self, brief_id: int, text: str) -> BriefItem:
        return self._add(brief_id, "note", text, None, None, None, None)

    def add_heading(self, brief_id: int, text: str) -> BriefItem:
        heading = " ".join(text.split())
        if not heading:
            raise BriefError("a heading needs text")
        return self._add(brief_id, "heading", heading, None, None, None, None)

    def edit_text(self, item_id: int, text: str) -> None:
        """Notes and headings are the analyst's words and can change; cited items cannot."""
        with transaction(self.conn):
            row = self._item(item_id)
            if row["kind"] not in ("note", "heading"):
                raise BriefError("only notes and headings can be edited; cited text stays verbatim")
            self.conn.execute("UPDATE brief_items SET text = ? WHERE id = ?", (text, item_id))
            self._touch(row["brief_id"])

    def move(self, item_id: int, delta: int) -> None:
        """Move an item up (negative) or down (positive) among the brief's items."""
        with transaction(self.conn):
            row = self._item(item_id)
            ids = [r[0] for r in self.conn.execute(
                "SELECT id FROM brief_items WHERE brief_id = ? AND removed_at IS NULL ORDER BY position, id",
                (row["brief_id"],))]
            i = ids.index(item_id)
            j = max(0, min(len(ids) - 1, i + delta))
            if i == j:
                return
            ids.insert(j, ids.pop(i))
            self.conn.executemany("UPDATE brief_items SET position = ? WHERE id = ?",
                                  [(pos, iid) for pos, iid in enumerate(ids)])
            self._touch(row["brief_id"])

    def remove(self, item_id: int) -> None:
        with transaction(self.conn):
            row = self._item(item_id)
            self.conn.execute("UPDATE brief_items SET removed_at = ? WHERE id = ?", (now_iso(), item_id))
            self._touch(row["brief_id"])

    def undo_remove(self, brief_id: int) -> BriefItem | None:
        """Bring back the item removed last from this brief, at its old place."""
        with transaction(self.conn):
            row = self.conn.execute(
                "SELECT id FROM brief_items WHERE brief_id = ? AND removed_at IS NOT NULL"
                " ORDER BY removed_at DESC, id DESC LIMIT 1", (brief_id,)).fetchone()
            if row is None:
                return None
            self.conn.execute("UPDATE brief_items SET removed_at = NULL WHERE id = ?", (row["id"],))
            self._touch(brief_id)
        return next(i for i in self.items(brief_id) if i.id == row["id"])

    # ----- internals ----------------------------------------------------------------------
    def _add(self, brief_id: int, kind: str, text: str, source_id: int | None, ref_id: int | None,
             start: int | None, end: int | None) -> BriefItem:
        with transaction(self.conn):
            self._require(brief_id)
            position = self.conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM brief_items WHERE brief_id = ?", (brief_id,)
            ).fetchone()[0]
            cur = self.conn.execute(
                'INSERT INTO brief_items (brief_id, position, kind, source_id, ref_id, start, "end", text)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (brief_id, position, kind, source_id, ref_id, start, end, text),
            )
            self._touch(brief_id)
        item_id = int(cur.lastrowid)
        return next(i for i in self.items(brief_id) if i.id == item_id)

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
