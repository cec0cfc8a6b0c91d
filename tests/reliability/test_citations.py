"""A brief never lies: what the analyst added is what export shows, whatever the store does
after. Re-extraction, reused ids, renamed actors and edited sources are each caused here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefs.export import export_brief
from briefs.store import BriefStore
from store.db import connect, transaction
from store.ingest.pipeline import ingest_paths, reindex
from tui.cli import cli

ARTICLE = (
    "Port strike talks collapse\n"
    "Union leader Maria Costa said the dockers would walk out on Monday.\n"
    "“We have been patient for two years and we are done waiting,” Ms Costa said.\n"
    "The port handles 40% of the country's imports, according to the transport ministry.\n"
    "Harbour master Tom Reyes warned that ships were already queuing.\n"
    "“Every day of delay costs the region money,” Mr Reyes said.\n"
)


@pytest.fixture
def store_with_quote(tmp_path: Path) -> tuple[Path, int]:
    """A store with one article and a brief holding Costa's quote and the 40% figure."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "port.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.db"
    conn = connect(db)
    assert ingest_paths(conn, [folder]).ok
    quote_id = conn.execute(
        "SELECT q.id FROM quotes q JOIN actors a ON a.id = q.speaker_id WHERE a.name = 'Maria Costa'"
        " AND q.text LIKE 'We have been patient%'").fetchone()[0]
    figure_id = conn.execute("SELECT id FROM figures WHERE text LIKE '40%'").fetchone()[0]
    store = BriefStore(conn)
    brief = store.create("Port strike")
    store.add_quote(brief.id, quote_id)
    store.add_figure(brief.id, figure_id)
    conn.close()
    return db, brief.id


def _export(db: Path, *extra: str):
    return CliRunner().invoke(cli, ["export", "Port strike", "-o", "-", "--db", str(db), *extra], obj={})


def test_reindex_keeps_the_speaker_and_export_stays_verified(store_with_quote: tuple[Path, int]) -> None:
    db, _brief = store_with_quote
    conn = connect(db)
    reindex(conn)
    conn.close()
    result = _export(db)
    assert result.exit_code == 0, result.output
    assert "— Maria Costa" in result.output and "Warning" not in result.output


def test_reused_ids_after_re_extraction_never_change_the_exported_quote(store_with_quote: tuple[Path, int]) -> None:
    db, brief_id = store_with_quote
    conn = connect(db)
    # A future extractor: the same ids now hold other quotes, and Costa's quote is Reyes's.
    with transaction(conn):
        rows = conn.execute('SELECT id, text, start, "end", speaker_id FROM quotes ORDER BY id').fetchall()
        reyes = conn.execute("SELECT id FROM actors WHERE name = 'Tom Reyes'").fetchone()[0]
        shuffled = rows[1:] + rows[:1]
        for row, other in zip(rows, shuffled, strict=True):
            conn.execute('UPDATE quotes SET text = ?, start = ?, "end" = ?, speaker_id = ? WHERE id = ?',
                         (other["text"], other["start"], other["end"], reyes, row["id"]))
    item = BriefStore(conn).items(brief_id)[0]
    assert item.speaker == "Maria Costa" and item.text.startswith("We have been patient")
    result = export_brief(conn, brief_id)
    assert "We have been patient" in result.markdown and "— Maria Costa" in result.markdown
    assert any("now attributes it to Tom Reyes" in w and "added as Maria Costa" in w for w in result.warnings)
    conn.close()
    cli_result = _export(db)
    assert cli_result.exit_code == 1
    assert "now attributes it to Tom Reyes" in cli_result.output


def test_a_quote_the_store_no_longer_attributes_is_flagged(store_with_quote: tuple[Path, int]) -> None:
    db, brief_id = store_with_quote
    conn = connect(db)
    with transaction(conn):
        conn.execute("UPDATE quotes SET speaker_id = NULL")
    result = export_brief(conn, brief_id)
    assert "— Maria Costa" in result.markdown
    assert any("now finds no speaker" in w for w in result.warnings)


def test_renaming_an_actor_does_not_change_the_exported_speaker(store_with_quote: tuple[Path, int]) -> None:
    db, brief_id = store_with_quote
    conn = connect(db)
    with transaction(conn):
        conn.execute("UPDATE actors SET name = 'M. Costa-Ruiz' WHERE name = 'Maria Costa'")
    result = export_brief(conn, brief_id)
    assert "— Maria Costa" in result.markdown and "Costa-Ruiz" not in result.markdown.split("Warning")[0]
    assert any("now attributes it to M. Costa-Ruiz" in w for w in result.warnings)


def test_editing_the_figures_sentence_in_the_source_is_flagged(store_with_quote: tuple[Path, int]) -> None:
    db, brief_id = store_with_quote
    conn = connect(db)
    before = export_brief(conn, brief_id)
    assert before.warnings == []
    assert "according to the transport ministry" in before.markdown
    with transaction(conn):
        conn.execute("UPDATE sources SET text = replace(text, 'of the country', 'of the regions')")
    after = export_brief(conn, brief_id)
    # The figure is shown with the sentence the analyst saw, and the change is named.
    assert "of the country" in after.markdown
    figure_warnings = [w for w in after.warnings if "(figure)" in w]
    assert any("sentence around the figure changed" in w for w in figure_warnings)


def test_a_source_deleted_then_ingested_again_still_verifies(store_with_quote: tuple[Path, int],
                                                              tmp_path: Path) -> None:
    db, brief_id = store_with_quote
    conn = connect(db)
    with transaction(conn):
        conn.execute("DELETE FROM sources")
    gone = export_brief(conn, brief_id)
    assert gone.warnings and all("no longer in the store" in w for w in gone.warnings)
    assert "— Maria Costa" in gone.markdown  # the record is still what is shown
    assert ingest_paths(conn, [tmp_path / "in"]).ok  # the same text, under a new id
    assert export_brief(conn, brief_id).warnings == []


def test_refresh_shows_then_applies_the_stores_new_speaker(store_with_quote: tuple[Path, int]) -> None:
    db, brief_id = store_with_quote
    conn = connect(db)
    with transaction(conn):
        conn.execute("UPDATE actors SET name = 'Maria Costa Lopez' WHERE name = 'Maria Costa'")
    conn.close()
    runner = CliRunner()
    shown = runner.invoke(cli, ["briefs", "refresh", "Port strike", "--db", str(db)], obj={})
    assert "speaker: Maria Costa" in shown.output and "Maria Costa Lopez" in shown.output
    assert "--yes" in shown.output and shown.exit_code == 1
    unchanged = _export(db).output
    assert "— Maria Costa" in unchanged and "— Maria Costa Lopez" not in unchanged
    applied = runner.invoke(cli, ["briefs", "refresh", "Port strike", "--yes", "--db", str(db)], obj={})
    assert applied.exit_code == 0 and "updated 1 items" in applied.output
    after = _export(db)
    assert after.exit_code == 0 and "— Maria Costa Lopez" in after.output
    nothing = runner.invoke(cli, ["briefs", "refresh", "Port strike", "--db", str(db)], obj={})
    assert "nothing to refresh" in nothing.output


def test_re_ingest_with_force_never_orphans_an_item(store_with_quote: tuple[Path, int], tmp_path: Path) -> None:
    db, brief_id = store_with_quote
    conn = connect(db)
    report = ingest_paths(conn, [tmp_path / "in"], force=True)
    assert report.reextracted
    items = BriefStore(conn).items(brief_id)
    assert [i.kind for i in items] == ["quote", "figure"]
    assert items[0].speaker == "Maria Costa" and items[0].source_title == "Port strike talks collapse"
    assert export_brief(conn, brief_id).warnings == []


def test_upgrading_an_old_store_freezes_what_its_items_showed(tmp_path: Path) -> None:
    """A store from before items kept their record is filled in from what it showed."""
    from store.db import migrate_to

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "port.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "old.db"
    conn = connect(db)
    assert ingest_paths(conn, [folder]).ok
    quote_id = conn.execute("SELECT q.id FROM quotes q JOIN actors a ON a.id = q.speaker_id"
                            " WHERE a.name = 'Tom Reyes'").fetchone()[0]
    BriefStore(conn).add_quote(BriefStore(conn).create("Old").id, quote_id)
    conn.close()
    raw = sqlite3.connect(db)
    columns = [r[1] for r in raw.execute("PRAGMA table_info(brief_items)")]
    kept = columns[: columns.index("removed_at") + 1]
    raw.executescript(
        f"CREATE TABLE old AS SELECT {', '.join(kept)} FROM brief_items; DROP TABLE brief_items;"
        f" ALTER TABLE old RENAME TO brief_items; PRAGMA user_version = 6;")
    raw.close()
    conn = connect(db, migrate=False)
    migrate_to(conn, 7)
    item = BriefStore(conn).items(1)[0]
    assert item.speaker == "Tom Reyes" and item.source_title == "Port strike talks collapse"
    assert export_brief(conn, 1).warnings == []
