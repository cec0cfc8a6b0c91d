"""Extraction benchmark: articles per second on one core and what was found.

    python bench/extract.py ../shared/corpus/bbc_news [--limit N] [--json] [--compare]

`--compare` also runs quantulum3 (when installed: `pip install quantulum3`) on the same
articles' figures and on the labelled cases in `bench/figure_cases.py`, side by side.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import load_corpus  # noqa: E402
from bench.figure_cases import CASES  # noqa: E402
from bench.report import print_result  # noqa: E402
from store.extract import extract, warm_up  # noqa: E402
from store.extract.figures import find_figures  # noqa: E402


def _values_brief(sentence: str) -> set[float]:
    out: set[float] = set()
    for f in find_figures(sentence, 0, len(sentence), 0):
        out.add(round(f.value, 2))
        if f.value_to is not None:
            out.add(round(f.value_to, 2))
    return out


def _values_quantulum(parser, sentence: str) -> set[float]:
    out: set[float] = set()
    for q in parser.parse(sentence):
        value = q.value
        out.add(round(value, 2))
    return out


def _case_accuracy(values) -> float:
    right = sum(1 for sentence, expected in CASES if values(sentence) == {round(v, 2) for v in expected})
    return round(right / len(CASES), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--compare", action="store_true", help="also run quantulum3 when installed")
    args = parser.parse_args()

    texts = [a.text for a in load_corpus(args.corpus)][: args.limit]
    started = time.perf_counter()
    warm_up()  # gazetteer and name lists, loaded once
    load_s = time.perf_counter() - started
    totals = {"actors": 0, "quotes": 0, "figures": 0}
    started = time.perf_counter()
    for text in texts:
        found = extract(text)
        totals["actors"] += len(found.actors)
        totals["quotes"] += len(found.quotes)
        totals["figures"] += len(found.figures)
    elapsed = time.perf_counter() - started
    result: dict[str, object] = {
        "articles": len(texts),
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(texts) / elapsed, 1),
        "load_s": round(load_s, 2),
        **totals,
        "figure_case_accuracy": _case_accuracy(_values_brief),
    }
    if args.compare:
        try:
            from quantulum3 import parser as qparser
        except ImportError:
            result["quantulum3"] = "not installed"
        else:
            t = time.perf_counter()
            in_first_200 = sum(len(qparser.parse(text)) for text in texts[:200])
            q_elapsed = time.perf_counter() - t
            result["quantulum3"] = {
                "articles_per_s": round(min(200, len(texts)) / q_elapsed, 1),
                "figures_in_first_200": in_first_200,
                "figure_case_accuracy": _case_accuracy(lambda s: _values_quantulum(qparser, s)),
            }
    print_result(result, args.json)


if __name__ == "__main__":
    main()
