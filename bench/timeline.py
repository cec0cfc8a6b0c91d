"""Timeline and corroboration reads on a large store: the slowest an analyst meets.

    python bench/timeline.py --db STORE [--spread-dates DAYS] [--runs N] [--json]

Times, in one process on a warm connection, `actor_timeline` of the most-mentioned actors,
a quote's details (its other reports), a figure's series (its chart) and conflicts.
The BBC corpus has no dates: `--spread-dates DAYS` first gives every undated article a
date, spread evenly over DAYS days from 2004-01-01 by id, so that timelines have points.
It writes to the store: give it a copy.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store import read  # noqa: E402
from store.corroboration import figure_series  # noqa: E402
from store.db import connect, transaction  # noqa: E402
from store.timeline import actor_timeline  # noqa: E402


def _ms(fn, runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--spread-dates", type=int, default=0, metavar="DAYS")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    conn = connect(args.db)
    if args.spread_dates:
        with transaction(conn):
            conn.execute("UPDATE sources SET published = date('2004-01-01', '+' || (id % ?) || ' days')"
                         " WHERE published IS NULL", (args.spread_dates,))
    top = [a.id for a in read.actors(conn, order="mentions", desc=True, limit=3)]
    names = [a.name for a in read.actors(conn, ids=top)]
    grouped = conn.execute("SELECT id FROM quotes WHERE group_id IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    figure = conn.execute("SELECT id FROM figures WHERE unit = 'percent' ORDER BY id LIMIT 1").fetchone()
    results: dict[str, object] = {
        "articles": read.count_sources(conn),
        "actors": names,
        "mentions": [read.actors(conn, ids=[i])[0].mentions for i in top],
    }
    for actor_id, name in zip(top, names, strict=True):
        results[f"timeline {name}"] = _ms(lambda a=actor_id: actor_timeline(conn, a), args.runs)
    if grouped:
        results["quote details (grouped quote)"] = _ms(lambda: read.quote_detail(conn, grouped[0]), args.runs)
        results["quotes page of 60, with 'reported by'"] = _ms(lambda: read.quotes(conn, limit=60), args.runs)
    if figure:
        results["figure series (percent)"] = _ms(lambda: figure_series(conn, figure[0]), args.runs)
        results["figure conflicts"] = _ms(lambda: read.figure_conflicts(conn, figure[0]), args.runs)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for key, value in results.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
