"""The app opens on a store and lists its sources (driven through Pilot)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from store.ingest.pipeline import ingest_paths
from tui.app import BriefApp


async def test_app_lists_ingested_sources(conn, db_path: Path, samples: Path) -> None:
    ingest_paths(conn, [samples])
    app = BriefApp(db_path=db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.query_one("#sources-table", DataTable)
        assert table.row_count == 2
        await pilot.press("q")
    assert app.return_code == 0
