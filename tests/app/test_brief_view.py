"""Building a brief in the app with keys only: add, section, note, reorder, export."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from briefs.store import BriefStore
from store.db import connect
from tests.app.conftest import settle
from tui.app import BriefApp
from tui.screens.modals import NoteScreen, PromptScreen


async def _type_into_prompt(pilot, text: str) -> None:
    await settle(pilot)
    assert isinstance(pilot.app.screen, PromptScreen)
    await pilot.press("ctrl+u", *text, "enter")
    await settle(pilot)


async def _write_note(pilot, keys: list[str]) -> None:
    await settle(pilot)
    assert isinstance(pilot.app.screen, NoteScreen)
    await pilot.press(*keys, "ctrl+s")
    await settle(pilot)


async def test_build_reorder_and_export_a_brief_with_keys_only(sample_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "my-brief.md"
    target.parent.mkdir()
    app = BriefApp(sample_db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("j", "a", "j", "a")
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        items = app.query_one("#brief-items", DataTable)
        assert items.row_count == 3
        await pilot.press("h")
        await _type_into_prompt(pilot, "Ministers")
        assert items.row_count == 4
        for _ in range(3):  # the new section moves to the top
            await pilot.press("K")
            await settle(pilot)
        await pilot.press("n")  # after the selected item: the section just moved to the top
        await _write_note(pilot, list("Follow up on Monday"))
        await pilot.press("x")
        await _type_into_prompt(pilot, str(target))
    conn = connect(sample_db)
    brief = BriefStore(conn).current()
    kinds = [i.kind for i in BriefStore(conn).items(brief.id)]
    assert kinds == ["heading", "note", "quote", "quote", "figure"]
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Untitled brief") and "## Ministers" in text and "Follow up on Monday" in text
    assert text.index("## Ministers") < text.index("> “")


async def test_remove_and_undo_in_the_brief_view(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        items = app.query_one("#brief-items", DataTable)
        assert items.row_count == 1
        await pilot.press("d")
        await settle(pilot)
        assert items.row_count == 0
        await pilot.press("u")
        await settle(pilot)
        assert items.row_count == 1


async def test_undo_and_redo_every_kind_of_edit_with_keys(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("a", "j", "a", "6")
        await settle(pilot)
        view = app.query_one("#brief")

        def seen() -> list[tuple[str, str]]:
            return [(i.kind, i.text) for i in view.items]

        states = [seen()]
        await pilot.press("h")
        await _type_into_prompt(pilot, "Ministers")
        states.append(seen())
        await pilot.press("K")  # move the new section up
        await settle(pilot)
        states.append(seen())
        await pilot.press("n")
        await _write_note(pilot, list("Call back"))
        states.append(seen())
        await pilot.press("e")  # the new note is selected: edit it
        await _write_note(pilot, list(" on Monday"))
        states.append(seen())
        await pilot.press("g", "d")  # remove the first item
        await settle(pilot)
        states.append(seen())
        assert len({repr(s) for s in states}) == len(states)
        for before in reversed(states[:-1]):
            await pilot.press("u")
            await settle(pilot)
            assert seen() == before
        assert "Undone: add heading" in str(list(app._notifications)[-1].message)
        for after in states[1:]:
            await pilot.press("U")
            await settle(pilot)
            assert seen() == after
        await pilot.press("U")
        await settle(pilot)
        assert "Nothing to redo" in str(list(app._notifications)[-1].message)


async def test_export_to_an_unwritable_path_says_so_and_keeps_the_brief(sample_db: Path, tmp_path: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("a", "6")
        await settle(pilot)
        await pilot.press("x")
        await _type_into_prompt(pilot, str(tmp_path / "no" / "such" / "dir" / "x.md"))
        assert any("Cannot write" in str(n.message) for n in app._notifications)
        assert app.query_one("#brief-items", DataTable).row_count == 1
        assert not isinstance(app.screen, PromptScreen)


async def test_notes_go_after_the_selected_item_span_lines_and_edit_in_place(sample_db: Path) -> None:
    conn = connect(sample_db)
    store = BriefStore(conn)
    brief = store.current()
    for text in ("First", "Second", "Third"):
        store.add_heading(brief.id, text)
    conn.close()
    app = BriefApp(sample_db)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        items = app.query_one("#brief-items", DataTable)
        items.focus()
        await pilot.press("g", "j")  # on "Second"
        await pilot.press("n")
        await _write_note(pilot, [*"Call the ministry", "enter", *"- ask for the monthly figures"])
        assert items.cursor_row == 2  # the new note, selected, right after "Second"
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, NoteScreen)
        area = app.screen.query_one("#note-text")
        assert area.selected_text == ""  # nothing selected: a key adds, never replaces
        await pilot.press("enter", *"- and the weekly ones", "ctrl+s")
        await settle(pilot)
        await pilot.press("h")
        await _type_into_prompt(pilot, "Fourth")
    conn = connect(sample_db)
    store = BriefStore(conn)
    found = [(i.kind, i.text) for i in store.items(store.current().id)]
    assert found == [
        ("heading", "First"), ("heading", "Second"),
        ("note", "Call the ministry\n- ask for the monthly figures\n- and the weekly ones"),
        ("heading", "Fourth"), ("heading", "Third"),
    ]


async def test_the_preview_is_filled_on_the_first_visit(sample_db: Path) -> None:
    from textual.widgets import Markdown

    app = BriefApp(sample_db)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("a", "6")
        await settle(pilot)
        preview = app.query_one("#brief-preview").query_one(Markdown)
        assert preview.source.startswith("# Untitled brief") and "> “" in preview.source
