"""Shared fixtures: every test gets its own temporary database and data folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.db import connect

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DATA = ROOT / "sample_data"


@pytest.fixture(autouse=True)
def _isolated_default_db(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the user's real database."""
    monkeypatch.setenv("BRIEF_DB", str(tmp_path_factory.mktemp("default") / "brief.db"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "brief.db"


@pytest.fixture
def conn(db_path: Path):
    c = connect(db_path)
    yield c
    c.close()


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    """A private copy of the sample articles."""
    dest = tmp_path / "samples"
    shutil.copytree(SAMPLE_DATA, dest)
    return dest
