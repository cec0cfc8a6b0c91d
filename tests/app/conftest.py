"""App-test fixtures: a private sample store and settings file for every test."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import connect
from store.ingest.pipeline import ingest_paths
from tests.conftest import SAMPLE_ARTICLES


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.json"
    monkeypatch.setenv("BRIEF_CONFIG", str(path))
    return path


@pytest.fixture(autouse=True)
def _no_system_clipboard(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the machine's real clipboard; those about it bring their own tool."""
    if "real_clipboard_tools" not in request.keywords:
        monkeypatch.setattr("tui.clipboard.system_tools", lambda: [])


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    path = tmp_path / "sample.db"
    conn = connect(path)
    assert ingest_paths(conn, SAMPLE_ARTICLES).ok
    conn.close()
    return path


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up (no sleeping). Two rounds: a view's rows
    are fetched by a worker that its first display starts, one refresh after the key."""
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()
