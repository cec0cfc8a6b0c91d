"""Only `tui/` may import Textual: the core must stay usable from scripts and the CLI."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _core_modules() -> list[str]:
    names = []
    for package in ("store", "briefs"):
        names.append(package)
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            names.append(info.name)
    return names


def test_store_and_briefs_never_load_textual() -> None:
    modules = _core_modules()
    assert "store.extract" in modules and "store.ingest.pipeline" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_command_line_commands_do_not_load_textual() -> None:
    code = "import sys, tui.cli; sys.exit(1 if 'textual' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


_SQL = re.compile(r"\.(execute|executemany|executescript)\(|\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\s+\S")


def test_no_tui_module_runs_sql() -> None:
    """The app and the CLI read through `store/read.py` (and write through `briefs`), so a
    filter or an order exists once; any SQL in `tui/` fails here, naming the line."""
    found = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _SQL.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_the_sql_detector_sees_sql() -> None:
    assert _SQL.search('rows = conn.execute("SELECT id FROM sources")')
    assert _SQL.search('" WHERE q.id IN (SELECT actor_id FROM actor_aliases)"')
    assert not _SQL.search('Binding("s", "sort", "Sort")')
