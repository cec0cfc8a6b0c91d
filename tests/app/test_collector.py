"""Full garbage collections wait for a pause in the analyst's typing."""

from __future__ import annotations

import gc

import pytest

from tui import collector as collector_module
from tui.collector import IdleCollector


def test_full_collections_wait_until_no_key_has_come_for_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    before = gc.get_threshold()
    clock = [100.0]
    monkeypatch.setattr(collector_module, "monotonic", lambda: clock[0])
    idle = IdleCollector()
    idle.start()
    try:
        assert gc.get_threshold()[2] > 10_000  # no automatic full collection
        assert gc.get_freeze_count() > 0  # what the app holds at start is set aside
        idle.input_seen()
        gc.collect(1)  # something to collect in full
        clock[0] += collector_module.QUIET_S / 2
        idle.tick()
        assert idle.collections == 0  # keys came a moment ago
        clock[0] += collector_module.QUIET_S
        idle.tick()
        assert idle.collections == 1 and gc.get_count()[2] == 0
        clock[0] += 10 * collector_module.QUIET_S
        idle.tick()
        assert idle.collections == 1  # nothing new since: no work while idle
    finally:
        idle.stop()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
