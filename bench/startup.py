"""Startup benchmark: process start to the first interactive screen with its rows shown.

    python bench/startup.py [--db PATH] [--runs N] [--json]

Without --db it builds a store of the two sample articles in a temporary folder. Each run
is a fresh Python process that opens the real app headless and reports the moment the
Sources table holds its first rows; the time includes interpreter start and imports.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import sys, time
from tui.app import BriefApp
from textual.widgets import DataTable

class Timed(BriefApp):
    def on_mount(self):
        super().on_mount()
        self.set_interval(0.005, self._check)

    def _check(self):
        if self.query_one("#sources-table", DataTable).row_count:
            print(time.time(), flush=True)
            self.exit()

Timed(sys.argv[1]).run(headless=True)
"""


def one_run(db: Path) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", _CHILD, str(db)], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"startup run failed: {out.stderr[-500:]}")
    return float(lines[-1]) - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            sys.path.insert(0, str(ROOT))
            from store.db import connect
            from store.ingest.pipeline import ingest_paths

            db = Path(tmp) / "sample.db"
            conn = connect(db)
            ingest_paths(conn, [ROOT / "sample_data"])
            conn.close()
        one_run(db)  # warm the OS file cache, as a second launch would be
        times = [one_run(db) for _ in range(args.runs)]
    result = {"first_screen_s": round(statistics.median(times), 3), "min_s": round(min(times), 3),
              "max_s": round(max(times), 3), "runs": args.runs, "db": str(args.db or "sample store")}
    print(json.dumps(result) if args.json else "\n".join(f"{k:16} {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
