"""Where the database lives when the user does not say."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "BRIEF_DB"
APP_NAME = "brief"


def default_db_path() -> Path:
    """`BRIEF_DB` when set, else `brief.db` in the platform's user data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "brief.db"


def sample_data_dir() -> Path | None:
    """The `sample_data/` folder of a source checkout, if this install has one."""
    candidate = Path(__file__).resolve().parent.parent / "sample_data"
    return candidate if candidate.is_dir() else None
