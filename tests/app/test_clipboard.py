"""Copying says "copied" only when a clipboard tool confirmed it, and says plainly when the
terminal's clipboard (OSC 52) is all there is."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.app.conftest import settle
from tui.app import BriefApp


def _messages(app: BriefApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.real_clipboard_tools
async def test_a_clipboard_tool_receives_the_text_and_copying_is_confirmed(
        sample_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir, received = tmp_path / "bin", tmp_path / "clipboard.txt"
    bin_dir.mkdir()
    tool = bin_dir / "xclip"
    tool.write_text(f"#!/bin/sh\ncat > '{received}'\n")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert received.read_text(encoding="utf-8") == app.clipboard
        assert app.clipboard.startswith("“")
        assert "Copied the quote with its citation" in _messages(app)


async def test_without_a_tool_the_app_says_copying_could_not_be_confirmed(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith("“")  # sent through OSC 52 all the same
        assert any("cannot confirm" in m for m in _messages(app))
        assert "Copied the quote with its citation" not in _messages(app)


async def test_c_copies_from_every_list_and_the_brief(sample_db: Path) -> None:
    app = BriefApp(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        copied: dict[str, str] = {}
        for key, name in (("1", "sources"), ("2", "actors"), ("3", "quotes"), ("4", "figures")):
            await pilot.press(key)
            await settle(pilot)
            row = app.query_one(f"#{name}").current()
            await pilot.press("c")
            await settle(pilot)
            copied[name] = app.clipboard
            if name == "quotes":
                await pilot.press("a")  # for the brief
                await settle(pilot)
            assert row is not None
        sources = app.query_one("#sources").current().payload
        assert copied["sources"].startswith(sources.title) and Path(sources.path).name in copied["sources"]
        actor = app.query_one("#actors").current().payload
        assert copied["actors"].startswith(f"{actor.name} ({actor.type})")
        assert copied["quotes"].startswith("“")
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        item = app.query_one("#brief").current()
        assert app.clipboard.startswith(f"> “{item.text[:20]}") and item.citation.title in app.clipboard
