"""Small preferences kept between runs (the theme, the analyst's own keys), in the user's
config directory."""

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


def keymap() -> tuple[dict[str, str], list[str]]:
    """The analyst's own keys: `"keymap": {"binding-id": "keys"}` in the settings file, e.g.
    `{"view-quotes": "ctrl+q", "add": "b"}` (ids are shown in the help screen). Returns the
    usable entries and a description of each entry that is not usable."""
    raw = load().get("keymap", {})
    if not isinstance(raw, dict):
        return {}, [f"keymap in {settings_path()} is not a mapping of binding ids to keys"]
    good: dict[str, str] = {}
    bad: list[str] = []
    for binding_id, keys in raw.items():
        if isinstance(binding_id, str) and isinstance(keys, str) and keys.strip():
            good[binding_id] = keys.strip()
        else:
            bad.append(f"keymap entry {binding_id!r}: {keys!r} is not a key")
    return good, bad
