"""Bad and hostile input: taken safely or refused with a reason; never a crash or a loss."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefs.export import export_brief
from briefs.store import BriefStore
from store.db import connect
from store.ingest.pipeline import IngestReport, ingest_article, ingest_paths
from store.ingest.readers import RawArticle
from tests.app.conftest import settle
from tui.app import BriefApp

ROOT = Path(__file__).resolve().parents[2]


def test_lone_surrogates_rtl_overrides_nul_and_long_lines(conn: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": "Bad \ud800 surrogate said the minister.\n"}) + "\n"
        + json.dumps({"text": "Right-to-left \u202e override in a line said Jo Bloggs.\n"}) + "\n",
        encoding="utf-8")
    (tmp_path / "nul.txt").write_bytes(b"Text with a NUL \x00 byte in it.\n")
    (tmp_path / "long.txt").write_text("Long line\n" + "word " * 20_000 + "\n", encoding="utf-8")
    report = ingest_paths(conn, [tmp_path])
    reasons = {Path(f.name.split(":")[0]).name + (":" + f.name.split(":")[1] if ":" in f.name else ""): f.reason
               for f in report.failed}
    assert any(k.startswith("feed.jsonl:1") for k in reasons)  # a lone surrogate cannot be stored: refused
    assert "binary" in reasons["nul.txt"]
    stored = {Path(r[0].split(":")[0]).name for r in conn.execute("SELECT path FROM sources")}
    assert stored == {"feed.jsonl", "long.txt"}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_size_limit_refuses_a_50_mb_file_and_the_flag_raises_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        line = "A line of an enormous file that nobody should ingest by accident.\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    small = tmp_path / "small.txt"
    small.write_text("Small article\nNothing to see here at all.\n" * 20000)  # about 0.8 MB
    db = tmp_path / "s.db"
    brief = [sys.executable, "-c", "from tui.cli import main; main()", "ingest", "--db", str(db)]
    refused = subprocess.run([*brief, str(big), str(small), "--max-mb", "0.5"], cwd=ROOT, capture_output=True, text=True)
    assert refused.returncode == 1
    assert "big.txt: file is 52.4 MB, over the 0.5 MB limit (raise it with --max-mb)" in refused.stderr
    assert "small.txt: file is" in refused.stderr
    raised = subprocess.run([*brief, str(small), "--max-mb", "2"], cwd=ROOT, capture_output=True, text=True)
    assert raised.returncode == 0 and "1 added" in raised.stdout


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=400))
def test_any_text_ingests_with_valid_offsets_or_a_reason(text: str) -> None:
    conn = connect(":memory:")
    report = IngestReport()
    ingest_article(conn, RawArticle("x.txt", "x.txt", text, text[:20] or "t"), force=False, report=report)
    if report.failed:
        assert report.failed[0].reason
        assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
        return
    stored = conn.execute("SELECT text FROM sources").fetchone()
    if stored is None:
        return
    for table in ("paragraphs", "quotes", "figures", "mentions"):
        for s, e in conn.execute(f'SELECT start, "end" FROM {table}'):
            assert 0 <= s <= e <= len(stored[0])


_MD = MarkdownIt("commonmark")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80),
                min_size=1, max_size=4))
def test_export_always_parses_with_one_block_per_item(quotes: list[str]) -> None:
    conn = connect(":memory:")
    body = "\n".join(f"Speaker{i} said: “{q}”" for i, q in enumerate(quotes)) + "\n"
    ingest_article(conn, RawArticle("h.txt", "h.txt", "Title\n" + body, "Title"), force=False, report=IngestReport())
    store = BriefStore(conn)
    brief = store.create("Hostile")
    source_id = conn.execute("SELECT id FROM sources").fetchone()
    if source_id is None:
        return
    for p in conn.execute('SELECT start, "end" FROM paragraphs WHERE idx > 0'):
        store.add_passage(brief.id, source_id[0], p[0], p[1])
    tokens = _MD.parse(export_brief(conn, brief.id).markdown)
    items = store.items(brief.id)
    headings = [t.type for t in tokens if t.level == 0 and t.type.endswith("_open")].count("heading_open")
    assert headings == 1 + (1 if items else 0)  # the title, and the sources list when anything is cited
    assert sum(t.type == "blockquote_open" for t in tokens) == len(items)


async def test_app_shows_articles_another_process_ingested_after_refresh(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    conn = connect(db)
    ingest_paths(conn, sorted((ROOT / "sample_data").glob("*.txt")))
    conn.close()
    app = BriefApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        table = app.query_one("#sources-table")
        assert table.row_count == 2
        (tmp_path / "new.txt").write_text("A third article\nIt arrived while the app was open.\n")
        done = subprocess.run([sys.executable, "-c", "from tui.cli import main; main()", "ingest", "--db", str(db),
                               str(tmp_path / "new.txt")], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        await pilot.press("r")
        await settle(pilot)
        assert table.row_count == 3
