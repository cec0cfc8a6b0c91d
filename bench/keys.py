"""Keys benchmark: from a keypress to the screen updated, in the real app (headless).

    python bench/keys.py --db STORE [--runs N] [--json]

Measures, on an existing store (build one with `bench/search.py CORPUS --copies 20 --db
STORE`): moving down a table (`j`), switching views (`1` to `4`, each view's rows fetched
by its worker), and filtering the Actors table (a name typed, then the time from its last
key until the rows are shown; the filter's typing pause of 0.15 s is set to 1 ms here, so
the figure is the app's own work). Each action gets two figures:

- painted: from the key to the end of the first screen refresh that shows its result (the
  rows applied to the table, or the cursor moved), what an analyst waits for;
- settled: until every worker finished and Pilot saw the app idle. Pilot decides "idle"
  by sleeping in steps of 20 ms until the process stops using CPU, so this figure has a
  floor of its own, `unbound_key` (the same for a key bound to nothing).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textual.screen import Screen  # noqa: E402

import tui.views.table as table_module  # noqa: E402
from bench.report import print_result  # noqa: E402
from tui.app import BriefApp  # noqa: E402

# Names as an analyst would type them, some misspelt; any store with news will do.
ACTOR_FILTERS = ["blair", "gordon brown", "michael howrd", "kennedy", "mourinho", "thierry henry",
                 "federer", "yvete coper", "bush", "chancellor", "john", "united"]


class PaintClock:
    """When the screen was last painted, and when a table last took its rows: timing hooks
    on the app's internals, for this benchmark only."""

    def __init__(self) -> None:
        self.paints: list[float] = []
        self.applied = 0.0
        refresh, apply = Screen._compositor_refresh, table_module.TableView._apply

        def timed_refresh(screen, *args, **kwargs):
            result = refresh(screen, *args, **kwargs)
            self.paints.append(time.perf_counter())
            return result

        def timed_apply(view, *args, **kwargs):
            result = apply(view, *args, **kwargs)
            self.applied = time.perf_counter()
            return result

        Screen._compositor_refresh = timed_refresh  # type: ignore[method-assign, assignment]
        table_module.TableView._apply = timed_apply  # type: ignore[method-assign, assignment]

    def painted_after(self, since: float) -> float:
        """The end of the first paint after `since` (or after the rows came, if later)."""
        after = max(since, self.applied)
        return next((t for t in self.paints if t >= after), float("nan")) - since


async def _settle(pilot) -> None:
    """Until every worker the key started has finished and the screen has been refreshed."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


async def run(db: Path, runs: int) -> dict[str, object]:
    table_module._DEBOUNCE_S = 0.001  # (a timer of zero is refused)
    clock = PaintClock()
    idle: list[float] = []  # a refresh with nothing to do: the harness's own floor
    moves: list[float] = []
    switches: list[float] = []
    filters: list[float] = []
    painted: dict[str, list[float]] = {"move": [], "switch": [], "filter": [], "last_row": []}
    last_rows: list[float] = []
    app = BriefApp(db)
    async with app.run_test(size=(160, 45)) as pilot:
        await _settle(pilot)
        for _ in range(20):
            t = time.perf_counter()
            await pilot.press("f12")  # bound to nothing: Pilot's own cost of a key
            await pilot.pause()
            idle.append(time.perf_counter() - t)
        for _ in range(runs):
            for key in ("1", "2", "3", "4"):
                clock.applied = 0.0
                t = time.perf_counter()
                await pilot.press(key)
                await _settle(pilot)
                switches.append(time.perf_counter() - t)
                painted["switch"].append(clock.painted_after(t))
            await pilot.press("3", "g")  # Quotes: the longest list; G fetches its true last page
            await _settle(pilot)
            t = time.perf_counter()
            await pilot.press("G")
            await _settle(pilot)
            last_rows.append(time.perf_counter() - t)
            painted["last_row"].append(clock.painted_after(t))
            await pilot.press("1")
            await _settle(pilot)
            for _ in range(20):
                t = time.perf_counter()
                await pilot.press("j")
                await pilot.pause()
                moves.append(time.perf_counter() - t)
                painted["move"].append(clock.painted_after(t))
        await pilot.press("2")
        await _settle(pilot)
        for _ in range(runs):
            for name in ACTOR_FILTERS:
                await pilot.press("slash", *name[:-1])
                await _settle(pilot)
                t = time.perf_counter()
                await pilot.press(name[-1])
                await _settle(pilot)
                filters.append(time.perf_counter() - t)
                painted["filter"].append(clock.painted_after(t))
                await pilot.press("escape")
                await _settle(pilot)
    result: dict[str, object] = {"store": str(db)}
    for name, values in painted.items():
        result[f"painted_{name}_p50_ms"] = _ms(statistics.median(values))
        result[f"painted_{name}_p95_ms"] = _ms(_p95(values))
    result |= {
        "settled_unbound_key_p50_ms": _ms(statistics.median(idle)),
        "settled_move_p50_ms": _ms(statistics.median(moves)), "settled_move_p95_ms": _ms(_p95(moves)),
        "settled_switch_p50_ms": _ms(statistics.median(switches)), "settled_switch_p95_ms": _ms(_p95(switches)),
        "settled_last_row_p50_ms": _ms(statistics.median(last_rows)),
        "settled_filter_actors_p50_ms": _ms(statistics.median(filters)),
        "settled_filter_actors_p95_ms": _ms(_p95(filters)),
        "samples": {"move": len(moves), "switch": len(switches), "filter": len(filters), "last_row": len(last_rows)},
    }
    return result


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no such store")
    result = asyncio.run(run(args.db, args.runs))
    print_result(result, args.json)


if __name__ == "__main__":
    main()
