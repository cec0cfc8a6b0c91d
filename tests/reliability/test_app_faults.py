"""The app under faults: it never dies, it says what went wrong, and it loses nothing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

import store.db
from briefs.store import BriefStore
from store.db import connect
from tests.app.conftest import settle
from tui.app import BriefApp
from tui.screens.modals import ConfirmScreen, NoteScreen, PromptScreen
from tui.views.brief import BriefView


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_CONFIG", str(tmp_path / "settings.json"))


@pytest.fixture
def db(weekly_db: Path) -> Path:
    conn = connect(weekly_db)
    store = BriefStore(conn)
    store.add_note(store.find("Weekly").id, "first note")
    conn.close()
    return weekly_db


def _toasts(app: BriefApp) -> list[str]:
    return [n.message for n in app._notifications]


async def _type(pilot, text: str) -> None:
    await settle(pilot)
    assert isinstance(pilot.app.screen, PromptScreen)
    await pilot.press("ctrl+u", *text, "enter")
    await settle(pilot)


async def test_rename_works(db: Path) -> None:
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("R")
        await settle(pilot)
        assert app.screen.query_one("#prompt-input").value == "Weekly"
        await _type(pilot, "Weekly: ports")
        assert "Weekly: ports" in str(app.query_one("#brief-title", Static).render())
    assert BriefStore(connect(db)).find("ports").title == "Weekly: ports"


async def test_a_database_error_in_a_worker_is_a_notice_not_the_end(db: Path) -> None:
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        other = sqlite3.connect(db)
        other.execute("DROP TABLE brief_items")
        other.commit()
        other.close()
        await pilot.press("6")
        await settle(pilot)
        assert app.is_running
        assert any("database failed" in t and "brief_items" in t for t in _toasts(app))
        await pilot.press("1")
        await settle(pilot)
        assert app.query_one("#sources-table", DataTable).row_count == 2  # still usable


async def test_a_missing_editor_is_named_and_the_note_kept(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", "/nonexistent/editor --wait")
    monkeypatch.delenv("VISUAL", raising=False)
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert app.is_running
        assert any("No editor to run" in t and "/nonexistent/editor" in t for t in _toasts(app))
    assert [i.text for i in BriefStore(connect(db)).items(1)] == ["first note"]


@pytest.mark.parametrize("query", ["source:²", "source:99999999999999999999", "kind:² speaker:٣ source:٣ x"])
async def test_filters_with_odd_digits_do_not_crash(db: Path, query: str) -> None:
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("slash", *query)
        await pilot.pause(0.3)
        await settle(pilot)
        assert app.is_running
        assert app.query_one("#quotes-table", DataTable).row_count == 0


async def test_toasts_and_titles_are_literal(db: Path) -> None:
    hostile = "[b]x[/b] [link=file:///etc/passwd]y[/link] \x1b[2J"
    conn = connect(db)
    BriefStore(conn).create(hostile)
    conn.close()
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        added = [t for t in _toasts(app) if t.startswith("Added the quote")]
        assert added and "[link=file:///etc/passwd]y[/link]" in added[0]
        assert "\x1b" not in added[0] and "\\e[2J" in added[0]


async def test_a_read_only_store_is_browsable_and_says_why_it_cannot_change(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access

    def no_writes_to_the_store(path, mode, *args, **kwargs):  # a read-only file or file system
        if mode == os.W_OK and Path(path).resolve() in (db.resolve(), db.parent.resolve()):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(store.db.os, "access", no_writes_to_the_store)
    before = db.stat().st_mtime_ns
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        assert "read-only" in app.sub_title
        assert any(t.startswith("Read-only") for t in _toasts(app))
        assert app.query_one("#sources-table", DataTable).row_count == 2
        await pilot.press("6")
        await settle(pilot)
        assert [i.text for i in app.query_one(BriefView).items] == ["first note"]
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"a new note", "ctrl+s")
        await settle(pilot)
        assert app.is_running
        assert any("cannot write" in t.lower() and "read-only" in t for t in _toasts(app)), _toasts(app)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert app.is_running
    assert db.stat().st_mtime_ns == before


async def test_export_asks_before_replacing_a_file(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "weekly.md"
    target.write_text("my own notes\n")
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("x")
        await _type(pilot, str(target))
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert target.read_text() == "my own notes\n"
        await pilot.press("x")
        await _type(pilot, str(target))
        await pilot.press("enter")
        await settle(pilot)
    assert target.read_text().startswith("# Weekly")


async def test_check_citations_shows_changes_then_applies_them(db: Path) -> None:
    conn = connect(db)
    store = BriefStore(conn)
    quote = conn.execute("SELECT q.id, a.name FROM quotes q JOIN actors a ON a.id = q.speaker_id LIMIT 1").fetchone()
    store.add_quote(1, quote["id"])
    conn.execute("UPDATE actors SET name = 'Somebody Else' WHERE name = ?", (quote["name"],))
    conn.close()
    app = BriefApp(db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.query_one(BriefView).items[1].speaker == quote["name"]
        await pilot.press("C")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Somebody Else" in app.screen.details
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(BriefView).items[1].speaker == "Somebody Else"
