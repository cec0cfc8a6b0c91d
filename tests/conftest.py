"""Shared fixtures: every test gets its own temporary database and data folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.db import connect

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DATA = ROOT / "sample_data"
# The two sample articles at the top of sample_data/ (their dated story under story/ is
# for `make run`): most tests and every snapshot are written against these two.
SAMPLE_ARTICLES = sorted(SAMPLE_DATA.glob("*.txt"))


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
    dest.mkdir()
    for article in SAMPLE_ARTICLES:
        shutil.copy(article, dest / article.name)
    return dest
