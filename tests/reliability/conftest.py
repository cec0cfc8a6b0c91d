"""Fixtures for the fault tests: a private store of the sample articles with one brief."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefs.store import BriefStore
from store.db import connect
from store.ingest.pipeline import ingest_paths
from tests.conftest import SAMPLE_ARTICLES
from tui.cli import cli


@pytest.fixture
def weekly_db(tmp_path: Path) -> Path:
    """The sample articles and an empty brief titled "Weekly"."""
    path = tmp_path / "store.db"
    conn = connect(path)
    assert ingest_paths(conn, SAMPLE_ARTICLES).ok
    BriefStore(conn).create("Weekly")
    conn.close()
    return path


def run_cli(db: Path, *args: str) -> Result:
    """`brief ARGS --db DB` in this process."""
    return CliRunner().invoke(cli, [*args, "--db", str(db)], obj={})
