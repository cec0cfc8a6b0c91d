"""Ingest benchmark: a corpus folder (replicated N times) into a fresh database.

    python bench/ingest.py ../shared/corpus/bbc_news [--copies N] [--jobs N] [--json] [--db PATH]
    python bench/ingest.py ../shared/corpus/bbc_news --article-mb 1 4 20 [--one-line]

Prints articles per second end to end (extraction in `--jobs` processes, default one per
CPU, and one writer, as `brief ingest` does on a large batch), database size and peak memory (`--json`: one object with
`articles_per_s`, `db_mb`, `peak_rss_mb`). With `--article-mb`, ingests single articles of
those sizes (the corpus's articles joined, as lines or as one line) and prints seconds and
seconds per MB for each: linear time shows as a flat seconds-per-MB column.
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
from bench.report import print_result  # noqa: E402
from store.db import connect  # noqa: E402
from store.ingest.pipeline import ingest_articles, ingest_paths  # noqa: E402
from store.ingest.pool import default_jobs  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None,
                        help="Processes extracting (default: CPUs; with --article-mb, as `brief ingest` decides).")
    parser.add_argument("--db", type=Path, default=None, help="Keep the database here (default: a temp dir).")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--article-mb", type=float, nargs="+", default=None,
                        help="Ingest one article of each of these sizes instead.")
    parser.add_argument("--one-line", action="store_true", help="With --article-mb: no line breaks at all.")
    args = parser.parse_args()
    args.jobs_given, args.jobs = args.jobs, args.jobs or default_jobs()
    if args.article_mb:
        big_articles(args.corpus, args.article_mb, one_line=args.one_line, as_json=args.json,
                     jobs=args.jobs_given)
        return

    articles = load_corpus(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "bench.db"
        if db_path.exists():
            raise SystemExit(f"{db_path}: exists; the benchmark needs a fresh database")
        conn = connect(db_path)
        started = time.perf_counter()
        report = ingest_articles(conn, replicate(articles, args.copies), jobs=args.jobs)
        elapsed = time.perf_counter() - started
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        size = db_path.stat().st_size
    result = {
        "jobs": args.jobs,
        "articles": len(report.added),
        "duplicates": len(report.duplicates),
        "failed": len(report.failed),
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(report.added) / elapsed, 1),
        "db_mb": round(size / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print_result(result, args.json)


def big_articles(corpus: Path, sizes: list[float], *, one_line: bool, as_json: bool,
                 jobs: int | None) -> None:
    """Seconds to ingest one article of each size, whole (read, paragraphs, extraction,
    store), each into a fresh database; `jobs=None` lets ingest decide, as the CLI does
    (a long text's sections are extracted in parallel)."""
    articles = load_corpus(corpus)
    results = []
    for mb in sizes:
        parts, total = [], 0
        while total < mb * 1e6:
            for art in articles:
                parts.append(art.text.strip())
                total += len(art.text)
                if total >= mb * 1e6:
                    break
        text = (" " if one_line else "\n").join(parts)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.txt"
            path.write_text(text, encoding="utf-8")
            conn = connect(Path(tmp) / "bench.db")
            started = time.perf_counter()
            report = ingest_paths(conn, [path], max_bytes=len(text.encode()) + 1, jobs=jobs)
            elapsed = time.perf_counter() - started
            conn.close()
        size = len(text.encode()) / 1e6
        results.append({"mb": round(size, 2), "seconds": round(elapsed, 2),
                        "s_per_mb": round(elapsed / size, 2), "ok": report.ok,
                        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})
        if not as_json:
            r = results[-1]
            print(f"{r['mb']:8.2f} MB  {r['seconds']:8.2f} s  {r['s_per_mb']:6.2f} s/MB  "
                  f"peak {r['peak_rss_mb']} MB  {'ok' if r['ok'] else 'FAILED'}", flush=True)
    if as_json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
