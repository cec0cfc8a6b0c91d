"""Python's full garbage collection, moved off the analyst's keystrokes.

A full collection scans every object the app holds: Textual's caches of rendered lines
grow to 150,000 objects and more, and at 42,540 articles a collection took 75-200 ms. It
ran whenever enough allocations had piled up, which is while keys are pressed, so a
filter's rows were painted that much later. Here what exists once the first screen is up
is set aside (`gc.freeze`: it lives as long as the app), automatic full collections are
turned off, and a full collection runs only when no key has come for a while. The young
generations are still collected as usual, so most garbage goes at once.
"""

from __future__ import annotations

import gc
from time import monotonic

QUIET_S = 2.0  # no key for this long: a pause is not in anyone's way
CHECK_S = 3.0  # how often to look
_NEVER = 1_000_000  # a third threshold no count reaches


class IdleCollector:
    def __init__(self) -> None:
        self.last_input = monotonic()
        self._thresholds = gc.get_threshold()
        self.collections = 0

    def start(self) -> None:
        gc.freeze()
        young, middle, _old = self._thresholds
        gc.set_threshold(young, middle, _NEVER)

    def stop(self) -> None:
        """Back to Python's own policy (tests run many apps in one process)."""
        gc.set_threshold(*self._thresholds)
        gc.unfreeze()

    def input_seen(self) -> None:
        self.last_input = monotonic()

    def tick(self) -> None:
        """Collect everything if the analyst is idle and anything could have piled up since
        the last time (the count of middle-generation collections since a full one)."""
        if monotonic() - self.last_input >= QUIET_S and gc.get_count()[2] > 0:
            gc.collect()
            self.collections += 1
