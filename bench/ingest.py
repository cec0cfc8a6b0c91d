"""Ingest benchmark: a corpus folder (replicated N times) into a fresh database.

    python bench/ingest.py ../shared/corpus/bbc_news [--copies N] [--json] [--db PATH]

Prints articles per second, database size and peak memory (`--json`: one object with
`articles_per_s`, `db_mb`, `peak_rss_mb`).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import load_corpus, replicate  # noqa: E402
from store.db import connect  # noqa: E402
from store.ingest.pipeline import IngestReport, ingest_article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--db", type=Path, default=None, help="Keep the database here (default: a temp dir).")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    articles = load_corpus(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "bench.db"
        if db_path.exists():
            raise SystemExit(f"{db_path}: exists; the benchmark needs a fresh database")
        conn = connect(db_path)
        report = IngestReport()
        started = time.perf_counter()
        for article in replicate(articles, args.copies):
            ingest_article(conn, article, force=False, report=report)
        elapsed = time.perf_counter() - started
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        size = db_path.stat().st_size
    result = {
        "articles": len(report.added),
        "duplicates": len(report.duplicates),
        "failed": len(report.failed),
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(report.added) / elapsed, 1),
        "db_mb": round(size / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:16} {value}")


if __name__ == "__main__":
    main()
