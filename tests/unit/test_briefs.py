"""Briefs: the model in the store, the Markdown export (golden file), escaping, verification."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefs.export import escape, export_brief
from briefs.store import BriefError, BriefStore
from store.db import transaction
from store.ingest.pipeline import ingest_paths
from tui.cli import cli

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "sample_brief.md"
FIXED_NOW = datetime(2026, 1, 2, 9, 30, tzinfo=UTC)


def _quote_id(conn: sqlite3.Connection, speaker: str, startswith: str) -> int:
    return conn.execute(
        "SELECT q.id FROM quotes q JOIN actors a ON a.id = q.speaker_id WHERE a.name = ? AND q.text LIKE ?",
        (speaker, startswith + "%")).fetchone()[0]


def _figure_id(conn: sqlite3.Connection, text: str) -> int:
    return conn.execute("SELECT id FROM figures WHERE text = ?", (text,)).fetchone()[0]


@pytest.fixture
def sample_brief(conn: sqlite3.Connection, samples: Path) -> int:
    """A brief from the sample articles: two sections, quotes, figures, a passage, a note."""
    assert ingest_paths(conn, [samples]).ok
    store = BriefStore(conn)
    brief = store.create("Channel crossings: what was said")
    store.add_heading(brief.id, "The government")
    store.add_quote(brief.id, _quote_id(conn, "Louise Haigh", "Rwanda was a failed gimmick"))
    store.add_quote(brief.id, _quote_id(conn, "Keir Starmer", "Criminal gangs"))
    store.add_figure(brief.id, _figure_id(conn, "more than 32,000 people"))
    store.add_heading(brief.id, "Critics")
    store.add_quote(brief.id, _quote_id(conn, "Jon Featonby", "The government should think"))
    store.add_figure(brief.id, _figure_id(conn, "61%"))
    source = conn.execute("SELECT id, text FROM sources WHERE title LIKE 'Keir Starmer is under pressure%'").fetchone()
    start = source["text"].index("Eight men died")
    store.add_passage(brief.id, source["id"], start, source["text"].index("\n", start))
    store.add_note(brief.id, "Ask the Home Office for the **monthly** figures.")
    return brief.id


def test_markdown_matches_the_golden_file(conn: sqlite3.Connection, sample_brief: int) -> None:
    markdown = export_brief(conn, sample_brief, now=FIXED_NOW).markdown
    assert markdown == GOLDEN.read_text(encoding="utf-8")


def test_markdown_parses_into_the_expected_structure(conn: sqlite3.Connection, sample_brief: int) -> None:
    tokens = MarkdownIt("commonmark").parse(export_brief(conn, sample_brief, now=FIXED_NOW).markdown)
    headings = ["".join(c.content for c in tokens[i + 1].children if c.type == "text")
                for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == ["Channel crossings: what was said", "The government", "Critics", "Sources"]
    assert sum(t.type == "blockquote_open" for t in tokens) == 4  # three quotes and a passage
    assert sum(t.type == "bullet_list_open" for t in tokens) == 2  # the figures
    assert sum(t.type == "list_item_open" for t in tokens) == 4  # two figures, two sources
    inline = [c for t in tokens if t.type == "inline" for c in t.children]
    assert any(c.type == "strong_open" for c in inline)  # the note's own Markdown survives


def test_every_cited_item_is_verified_and_numbered(conn: sqlite3.Connection, sample_brief: int) -> None:
    result = export_brief(conn, sample_brief, now=FIXED_NOW)
    assert result.warnings == []
    assert [s["n"] for s in result.data["sources"]] == [1, 2]
    assert all(i["verified"] for i in result.data["items"])


@pytest.mark.parametrize("hostile", [
    "# not a heading", "*not emphasis* and **not strong**", "a | table | row", "<script>alert(1)</script>",
    "`code` and ```fence```", "---", "> not a quote", "1. not a list", "[link](http://x)", "![img](x.png)",
    "\x1b[31mred\x1b[0m and a bell\x07",
])
def test_article_text_cannot_change_the_document_structure(hostile: str) -> None:
    tokens = MarkdownIt("commonmark").parse(escape(hostile))
    kinds = [t.type for t in tokens]
    assert kinds == ["paragraph_open", "inline", "paragraph_close"]
    inline = tokens[1]
    assert [c.type for c in inline.children] == ["text"]
    expected = " ".join("".join(ch if ch.isprintable() else " " for ch in hostile).split())
    assert inline.children[0].content == expected


def test_a_changed_source_is_exported_with_a_visible_warning(conn: sqlite3.Connection, sample_brief: int) -> None:
    with transaction(conn):
        conn.execute("UPDATE sources SET text = replace(text, 'Criminal gangs', 'Criminal groups')")
    result = export_brief(conn, sample_brief, now=FIXED_NOW)
    moved = [w for w in result.warnings if "no longer has this text" in w]
    assert len(moved) == 1 and "(quote)" in moved[0]
    # The other items of that article still read the same words, but its text changed.
    others = [w for w in result.warnings if w not in moved]
    assert others and all("source text changed since the item was added" in w for w in others)
    assert "Warning: not verified" in result.markdown


def test_a_vanished_source_is_reported(conn: sqlite3.Connection, sample_brief: int) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM sources WHERE title LIKE 'Keir Starmer is under pressure%'")
    result = export_brief(conn, sample_brief, now=FIXED_NOW)
    assert result.warnings and all("no longer in the store" in w for w in result.warnings)


def test_reorder_remove_undo_and_edit(conn: sqlite3.Connection, sample_brief: int) -> None:
    store = BriefStore(conn)
    items = store.items(sample_brief)
    store.move(items[1].id, -1)
    assert [i.id for i in store.items(sample_brief)][:2] == [items[1].id, items[0].id]
    store.remove(items[2].id)
    assert items[2].id not in [i.id for i in store.items(sample_brief)]
    assert store.undo(sample_brief).item_id == items[2].id
    note = store.items(sample_brief)[-1]
    store.edit_text(note.id, "Changed note")
    assert store.items(sample_brief)[-1].text == "Changed note"
    with pytest.raises(BriefError, match="verbatim"):
        store.edit_text(items[1].id, "putting words in a mouth")


def _state(store: BriefStore, brief_id: int) -> tuple[str, list[tuple[int, str, str]]]:
    """What the analyst sees of a brief: its title and its items in order."""
    return store.get(brief_id).title, [(i.id, i.kind, i.text) for i in store.items(brief_id)]


def test_undo_and_redo_cover_every_edit(conn: sqlite3.Connection, sample_brief: int) -> None:
    store = BriefStore(conn)
    items = store.items(sample_brief)
    states = [_state(store, sample_brief)]
    edits = [
        lambda: store.move(items[3].id, -2),
        lambda: store.remove(items[1].id),
        lambda: store.add_note(sample_brief, "Check the\nsecond paragraph", after=items[0].id),
        lambda: store.add_heading(sample_brief, "Numbers"),
        lambda: store.edit_text(items[-1].id, "Ask again on Friday"),
        lambda: store.rename(sample_brief, "Crossings, revised"),
        lambda: store.add_figure(sample_brief, _figure_id(conn, "61%")),
    ]
    for edit in edits:
        edit()
        states.append(_state(store, sample_brief))
    assert len(set(map(repr, states))) == len(states)  # every edit changed what is seen
    for before in reversed(states[:-1]):  # undo walks back through every state...
        assert store.undo(sample_brief) is not None
        assert _state(store, sample_brief) == before
    for _ in items:  # ...and on through the adds that built the brief, to an empty one
        assert store.undo(sample_brief) is not None
    assert store.items(sample_brief) == [] and store.undo(sample_brief) is None
    for _ in items:
        assert store.redo(sample_brief) is not None
    assert _state(store, sample_brief) == states[0]
    for after in states[1:]:  # redo walks forward again
        assert store.redo(sample_brief) is not None
        assert _state(store, sample_brief) == after
    assert store.redo(sample_brief) is None


def test_a_new_edit_after_undo_drops_the_redo(conn: sqlite3.Connection, sample_brief: int) -> None:
    store = BriefStore(conn)
    items = store.items(sample_brief)
    store.remove(items[0].id)
    undone = store.undo(sample_brief)
    assert undone is not None and undone.label == "remove heading" and undone.item_id == items[0].id
    store.add_note(sample_brief, "a new direction")
    assert store.redo(sample_brief) is None
    assert items[0].id in [i.id for i in store.items(sample_brief)]


def test_history_is_kept_in_the_store_per_brief(db_path: Path, samples: Path) -> None:
    """Undo works after the app or CLI that made the edit has gone, and only on its brief."""
    from store.db import connect

    first = connect(db_path)
    ingest_paths(first, [samples])
    store = BriefStore(first)
    one, two = store.create("One"), store.create("Two")
    store.add_note(one.id, "in one")
    store.add_note(two.id, "in two")
    first.close()
    again = BriefStore(connect(db_path))
    assert again.undo(one.id) is not None
    assert [i.text for i in again.items(one.id)] == []
    assert [i.text for i in again.items(two.id)] == ["in two"]


def test_every_change_is_saved_at_once(db_path: Path, samples: Path) -> None:
    from store.db import connect

    conn = connect(db_path)
    ingest_paths(conn, [samples])
    store = BriefStore(conn)
    brief = store.create("Durable")
    store.add_note(brief.id, "first")
    other = connect(db_path)  # another process would see the same
    assert [i.text for i in BriefStore(other).items(brief.id)] == ["first"]


def test_export_command_writes_and_reports(db_path: Path, samples: Path, tmp_path: Path) -> None:
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli, [*args, "--db", str(db_path)], obj={})

    assert run("ingest", str(samples)).exit_code == 0
    assert run("briefs", "new", "Weekly", "note").exit_code == 0
    assert run("briefs", "add", "Weekly", "quote", "1").exit_code == 0
    assert run("briefs", "note", "1", "Check", "this").exit_code == 0
    out = tmp_path / "weekly.md"
    result = run("export", "Weekly", "-o", str(out))
    assert result.exit_code == 0 and out.read_text().startswith("# Weekly note")
    to_stdout = run("export", "1", "-o", "-", "--format", "json")
    assert '"title": "Weekly note"' in to_stdout.output
    blocked = run("export", "1", "-o", str(tmp_path / "missing" / "x.md"))
    assert blocked.exit_code == 2 and "cannot write" in blocked.output
    assert run("briefs", "add", "1", "quote", "99999").exit_code == 2
    assert run("export", "no such brief").exit_code == 2


def test_plain_prose_is_exported_without_needless_escapes() -> None:
    for prose in ("It's 39% of a three-party deal: 2005 (final).", "Rates rose 0.5 points - the most since 2001!",
                  "snake_case_names and 3+4=7", "£3m, $4m and €5m; \"quoted\" words", "Vote #1 for No. 10"):
        assert escape(prose) == prose


def _inline_text(tokens) -> str:
    """The words a parsed document shows: its inline text, markup tokens left out."""
    return "".join(child.content for t in tokens if t.type == "inline" for child in t.children
                   if child.type in ("text", "code_inline"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab1 #>-+*_=`[]()<>!&;:|~\\.x\"'$%^{}") + ["&amp;", "&#42;", "1.", "---"]),
                max_size=30).map("".join))
def test_escaped_text_renders_as_the_same_words_in_every_place_a_brief_puts_it(text: str) -> None:
    expected = " ".join(text.split())
    md = MarkdownIt("commonmark")
    for before, after, block in (("", "", "paragraph_open"), ("## ", "", "heading_open"),
                                 ("> “", "”", "blockquote_open"), ("- **", "**", "bullet_list_open")):
        tokens = md.parse(before + escape(text) + after)
        if not expected and not before:
            continue
        assert tokens[0].type == block, (before, escape(text))
        shown = _inline_text(tokens)
        assert shown == before.lstrip("#>-* ").strip() + expected + after.strip("*"), (before, escape(text), shown)


def test_notes_and_headings_go_after_a_chosen_item(conn: sqlite3.Connection) -> None:
    store = BriefStore(conn)
    brief = store.create("Order")
    first = store.add_heading(brief.id, "First")
    last = store.add_heading(brief.id, "Last")
    note = store.add_note(brief.id, "Between\nthe two", after=first.id)
    store.add_heading(brief.id, "End")  # no place given: the end
    assert [i.text for i in store.items(brief.id)] == ["First", "Between\nthe two", "Last", "End"]
    assert store.add_heading(brief.id, "After the note", after=note.id).position == 2
    other = store.create("Other")
    with pytest.raises(BriefError, match="no item"):
        store.add_note(other.id, "Misplaced", after=last.id)
    with pytest.raises(BriefError, match="needs text"):
        store.add_note(brief.id, " \n ")
    assert [i.text for i in store.items(other.id)] == []  # nothing half-added


def test_the_cli_undoes_and_redoes_an_edit(db_path: Path, samples: Path) -> None:
    runner = CliRunner()
    db = ["--db", str(db_path)]
    assert runner.invoke(cli, ["ingest", str(samples), "--quiet", *db], obj={}).exit_code == 0
    assert runner.invoke(cli, ["briefs", "new", "Ports", *db], obj={}).exit_code == 0
    assert runner.invoke(cli, ["briefs", "note", "Ports", "Ask", "the", "union", *db], obj={}).exit_code == 0
    undone = runner.invoke(cli, ["briefs", "undo", "Ports", *db], obj={})
    assert undone.exit_code == 0 and "undone: add note" in undone.output
    shown = runner.invoke(cli, ["briefs", "show", "Ports", "--json", *db], obj={})
    assert '"items": []' in shown.output
    redone = runner.invoke(cli, ["briefs", "redo", "Ports", *db], obj={})
    assert redone.exit_code == 0 and "redone: add note" in redone.output
    again = runner.invoke(cli, ["briefs", "redo", "Ports", *db], obj={})
    assert again.exit_code == 1 and "nothing to redo" in again.output
