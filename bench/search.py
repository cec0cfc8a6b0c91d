"""Search benchmark: a store built from a corpus replicated N times, a fixed query set.

    python bench/search.py ../shared/corpus/bbc_news --copies N [--perturb] [--db PATH] [--json]

Prints, per query class (see `bench/search_queries.py`) and overall, hit@1 and hit@5 of the
intended article for brief and for two plain FTS5 baselines over whole articles (the
query's words ANDed, and ORed ranked by bm25; the intended story in any of its copies
counts); then brief's warm median and p95 latency, a
cold first query, and search-as-you-type p95 (every prefix of every query).
`--perturb` gives each copy its own spelling of the corpus's rare words, for a store whose
vocabulary grows as a real one does. `--db PATH` keeps the built store and reuses it.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import load_corpus, perturbed, replicate  # noqa: E402
from bench.search_queries import QUERIES  # noqa: E402
from store.db import connect  # noqa: E402
from store.ingest.pipeline import ingest_articles  # noqa: E402
from store.ingest.pool import default_jobs  # noqa: E402
from store.search import SearchEngine, SearchQuery  # noqa: E402
from store.search.fold import words  # noqa: E402
from store.search.query import MAX_QUERY_WORDS  # noqa: E402

_REPEATS = 5
_TOP = 5
_APP_LIMIT = 20  # articles the app's Search view asks for while typing


def build(db_path: Path, corpus: Path, copies: int, perturb: bool) -> float:
    conn = connect(db_path)
    if conn.execute("SELECT count(*) FROM sources").fetchone()[0]:
        conn.close()
        return 0.0
    started = time.perf_counter()
    articles = load_corpus(corpus)
    stream = perturbed(articles, copies) if perturb else replicate(articles, copies)
    ingest_articles(conn, stream, jobs=default_jobs())
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _relevant(conn: sqlite3.Connection, files: dict[str, set[int]], fname: str, needle: str) -> set[int]:
    """The articles that tell the intended story: the intended file, any other file of the
    corpus that holds the needle (the corpus has a few stories twice), and all their copies
    (paths ending `#N`; `--perturb` respells their rare words, so the needle may be gone)."""
    names = {fname}
    for (path,) in conn.execute("SELECT path FROM sources WHERE instr(text, ?) > 0", (needle,)):
        names.add(_file_name(path))
    return set().union(*(files.get(name, set()) for name in names))


def _file_name(path: str) -> str:
    return Path(path.split("#")[0]).name


def _brief(engine: SearchEngine, query: str, kind: str) -> list[int]:
    """brief's articles, best first."""
    hits = engine.search(SearchQuery(query, limit=_TOP, typing=kind == "prefix"))
    return list(dict.fromkeys(h.source_id for h in hits if h.source_id is not None))


def _baseline(conn: sqlite3.Connection, query: str, kind: str, operator: str) -> list[int]:
    """Plain FTS5 over whole articles, ranked by bm25: phrases as phrases, the other words
    ANDed or ORed (the last word as a prefix when the query is typed)."""
    parts = []
    rest = query
    for phrase in query.split('"')[1::2]:
        if words(phrase):
            parts.append('"' + " ".join(words(phrase)) + '"')
        rest = rest.replace(f'"{phrase}"', " ")
    terms = [f'"{w}"' for w in words(rest)[:MAX_QUERY_WORDS]]
    if terms and kind == "prefix":
        terms[-1] += "*"
    expression = f" {operator} ".join(parts + terms) if operator == "OR" else " ".join(parts + terms)
    if not expression:
        return []
    rows = conn.execute("SELECT rowid FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?",
                        (expression, _TOP)).fetchall()
    return [r[0] for r in rows]


def run(db_path: Path) -> dict:
    conn = connect(db_path)
    engine = SearchEngine(conn)
    t = time.perf_counter()
    engine.search(SearchQuery(QUERIES[0][0], limit=_TOP))
    cold = time.perf_counter() - t

    systems = ("brief", "fts5_and", "fts5_or_bm25")
    per_query, all_times, typing_times, baseline_times = [], [], [], []
    by_class: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    files: dict[str, set[int]] = defaultdict(set)
    for sid, path in conn.execute("SELECT id, path FROM sources"):
        files[_file_name(path)].add(sid)
    for query, kind, fname, needle in QUERIES:
        relevant = _relevant(conn, files, fname, needle)
        times = []
        ranked = {}
        for _ in range(_REPEATS):
            t = time.perf_counter()
            ranked["brief"] = _brief(engine, query, kind)
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        ranked["fts5_or_bm25"] = _baseline(conn, query, kind, "OR")
        baseline_times.append(time.perf_counter() - t)
        ranked["fts5_and"] = _baseline(conn, query, kind, "AND")
        row = {"query": query, "kind": kind, "p50_ms": _ms(statistics.median(times))}
        for system in systems:
            top = ranked[system]
            rank = next((i + 1 for i, sid in enumerate(top) if sid in relevant), None)
            row[system] = rank
            by_class[kind][system].append(rank or 0)
            by_class["all"][system].append(rank or 0)
        per_query.append(row)
        all_times += times
        for i in range(1, len(query) + 1):
            t = time.perf_counter()
            engine.search(SearchQuery(query[:i], limit=_APP_LIMIT, typing=True))
            typing_times.append(time.perf_counter() - t)
    classes: dict[str, dict[str, Any]] = {}
    for kind, ranks in by_class.items():
        classes[kind] = {"queries": len(ranks["brief"])}
        for system in systems:
            found = ranks[system]
            classes[kind][system] = {"hit1": round(sum(r == 1 for r in found) / len(found), 3),
                                     "hit5": round(sum(1 <= r <= _TOP for r in found) / len(found), 3)}
    summary = {
        "articles": conn.execute("SELECT count(*) FROM sources").fetchone()[0],
        "paragraphs": conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0],
        "distinct_words": conn.execute("SELECT count(*) FROM vocab").fetchone()[0],
        "queries": len(QUERIES),
        "p50_ms": _ms(statistics.median(all_times)), "p95_ms": _ms(_p95(all_times)), "cold_ms": _ms(cold),
        "typing_p95_ms": _ms(_p95(typing_times)), "typing_queries": len(typing_times),
        "fts5_or_bm25_p50_ms": _ms(statistics.median(baseline_times)),
        "hit1": classes["all"]["brief"]["hit1"], "hit5": classes["all"]["brief"]["hit5"],
    }
    conn.close()
    return {"summary": summary, "classes": classes, "per_query": per_query}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--perturb", action="store_true", help="Respell rare words in each copy.")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "search.db"
        built = build(db_path, args.corpus, args.copies, args.perturb)
        result = run(db_path)
    result["summary"]["build_s"] = round(built, 1)
    if args.json:
        print(json.dumps({"summary": result["summary"], "classes": result["classes"]}))
        return
    rank = lambda r: f"{r}" if r else "-"  # noqa: E731
    print(f"{'p50 ms':>8}  {'brief':>5} {'AND':>4} {'OR':>4}  class       query")
    for row in result["per_query"]:
        print(f"{row['p50_ms']:8.2f}  {rank(row['brief']):>5} {rank(row['fts5_and']):>4} "
              f"{rank(row['fts5_or_bm25']):>4}  {row['kind']:10}  {row['query']}")
    print(f"\n{'class':12} {'n':>3}  {'brief h@1':>9} {'h@5':>5}  {'AND h@1':>7} {'h@5':>5}  {'OR h@1':>6} {'h@5':>5}")
    for kind, c in sorted(result["classes"].items(), key=lambda kv: (kv[0] == "all", kv[0])):
        b, a, o = c["brief"], c["fts5_and"], c["fts5_or_bm25"]
        print(f"{kind:12} {c['queries']:3}  {b['hit1']:9.3f} {b['hit5']:5.3f}  {a['hit1']:7.3f} {a['hit5']:5.3f}  "
              f"{o['hit1']:6.3f} {o['hit5']:5.3f}")
    print()
    for key, value in result["summary"].items():
        print(f"{key:20} {value}")


if __name__ == "__main__":
    main()
