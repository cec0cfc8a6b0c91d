"""Small preferences kept between runs (the theme), in the user's config directory."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs


def settings_path() -> Path:
    override = os.environ.get("BRIEF_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("brief", appauthor=False)) / "settings.json"


def load() -> dict:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save(**changes: object) -> None:
    data = load()
    data.update(changes)
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a preference that cannot be saved is not worth interrupting the analyst
