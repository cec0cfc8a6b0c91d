"""Search benchmark: a store built from a corpus replicated N times, a fixed query set.

    python bench/search.py ../shared/corpus/bbc_news --copies N [--db PATH] [--json]

Prints per query and overall: warm median and p95 latency, a cold first query, hit@5 of
each query's intended passage (all queries, and the typo ones), search-as-you-type p95
(every prefix of every query), and `fzf --filter` on the same paragraphs when installed.
`--db PATH` keeps the built store there and reuses it on the next run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import load_corpus, replicate  # noqa: E402
from bench.search_queries import QUERIES  # noqa: E402
from store.db import connect  # noqa: E402
from store.ingest.pipeline import ingest_articles  # noqa: E402
from store.ingest.pool import default_jobs  # noqa: E402
from store.search import SearchEngine, SearchQuery  # noqa: E402

_REPEATS = 5


def build(db_path: Path, corpus: Path, copies: int) -> float:
    conn = connect(db_path)
    if conn.execute("SELECT count(*) FROM sources").fetchone()[0]:
        conn.close()
        return 0.0
    started = time.perf_counter()
    ingest_articles(conn, replicate(load_corpus(corpus), copies), jobs=default_jobs())
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def run(db_path: Path) -> dict:
    # Cold: a fresh connection and engine, the first query after start.
    conn = connect(db_path)
    engine = SearchEngine(conn)
    t = time.perf_counter()
    engine.search(SearchQuery(QUERIES[0][0], limit=5))
    cold = time.perf_counter() - t

    per_query, all_times, hits, typo_hits, typo_total, typing_times = [], [], 0, 0, 0, []
    paths = {r[0]: r[1] for r in conn.execute("SELECT id, path FROM sources")}
    for query, kind, fname, needle in QUERIES:
        times = []
        results = []
        for _ in range(_REPEATS):
            t = time.perf_counter()
            results = engine.search(SearchQuery(query, limit=5))
            times.append(time.perf_counter() - t)
        found = any(Path(paths[h.source_id].split("#")[0]).name == fname and needle in h.text for h in results)
        hits += found
        if kind == "typo":
            typo_total += 1
            typo_hits += found
        all_times += times
        per_query.append({"query": query, "kind": kind, "p50_ms": _ms(statistics.median(times)),
                          "hit5": found})
        for i in range(1, len(query) + 1):
            t = time.perf_counter()
            engine.search(SearchQuery(query[:i], limit=20, typing=True))
            typing_times.append(time.perf_counter() - t)
    paragraphs = conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    articles = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    summary = {
        "articles": articles, "paragraphs": paragraphs, "queries": len(QUERIES),
        "p50_ms": _ms(statistics.median(all_times)), "p95_ms": _ms(_p95(all_times)), "cold_ms": _ms(cold),
        "hit5": round(hits / len(QUERIES), 3), "typo_hit5": round(typo_hits / max(1, typo_total), 3),
        "typing_p95_ms": _ms(_p95(typing_times)), "typing_queries": len(typing_times),
    }
    summary["fzf"] = _fzf(conn)
    conn.close()
    return {"summary": summary, "per_query": per_query}


def _fzf(conn) -> dict | str:
    """The same queries through `fzf --filter` over the same paragraphs, one per line."""
    fzf = shutil.which("fzf")
    if fzf is None:
        return "not installed"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        for (text,) in conn.execute("SELECT text FROM paragraphs WHERE boilerplate = 0"):
            fh.write(text.replace("\n", " ") + "\n")
        lines = fh.name
    times = []
    for query, _kind, _f, _n in QUERIES:
        t = time.perf_counter()
        with open(lines, "rb") as src:
            subprocess.run([fzf, "--filter", query.replace('"', "")], stdin=src, capture_output=True)
        times.append(time.perf_counter() - t)
    Path(lines).unlink()
    return {"p50_ms": _ms(statistics.median(times)), "p95_ms": _ms(_p95(times))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "search.db"
        built = build(db_path, args.corpus, args.copies)
        result = run(db_path)
    result["summary"]["build_s"] = round(built, 1)
    if args.json:
        print(json.dumps(result["summary"]))
        return
    for row in result["per_query"]:
        print(f"{row['p50_ms']:8.2f} ms  hit5={'yes' if row['hit5'] else 'NO ':3}  {row['kind']:6}  {row['query']}")
    print()
    for key, value in result["summary"].items():
        print(f"{key:16} {value}")
    fzf = result["summary"]["fzf"]
    if isinstance(fzf, dict) and result["summary"]["p50_ms"]:
        print(f"{'fzf/brief p50':16} {fzf['p50_ms'] / result['summary']['p50_ms']:.1f}x")


if __name__ == "__main__":
    main()
