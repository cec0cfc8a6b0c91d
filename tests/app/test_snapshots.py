"""Snapshots of every view at 80x24 and 160x45, and the reader at 100x30, on the sample store
(SVGs in __snapshots__)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.conftest import settle
from tui.app import BriefApp


def _app(sample_db: Path) -> BriefApp:
    return BriefApp(sample_db)


async def _ready(pilot) -> None:
    await settle(pilot)
    pilot.app.sub_title = "sample.db"  # the temporary path differs on every run
    await settle(pilot)


SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 45), id="160x45")]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("keys", "name"), [((), "sources"), (("2",), "actors"), (("3",), "quotes"),
                                             (("4",), "figures"), (("6",), "brief")])
def test_views(snap_compare, sample_db: Path, keys: tuple[str, ...], name: str, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        await _ready(pilot)
        for key in keys:
            await pilot.press(key)
            await _ready(pilot)

    assert snap_compare(_app(sample_db), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_search_view_with_a_typo(snap_compare, sample_db: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        await _ready(pilot)
        await pilot.press("5", *"gimick rwanda", "enter")
        await pilot.pause(0.2)
        await _ready(pilot)

    assert snap_compare(_app(sample_db), terminal_size=size, run_before=run_before)


def test_reader(snap_compare, sample_db: Path) -> None:
    async def run_before(pilot) -> None:
        await _ready(pilot)
        await pilot.press("enter")
        await _ready(pilot)

    assert snap_compare(_app(sample_db), terminal_size=(100, 30), run_before=run_before)
