"""The command line never prints a traceback, never obeys what it prints, never writes
JSON a strict parser refuses."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

import tui.output
from briefs.store import BriefStore
from store.db import connect, transaction
from tests.reliability.conftest import run_cli


@pytest.fixture
def db(weekly_db: Path) -> Path:
    return weekly_db


@pytest.mark.parametrize("args", [
    ("briefs", "add", "1", "quote", "99999999999999999999"),
    ("briefs", "add", "1", "quote", "²"),
    ("briefs", "add", "²", "quote", "1"),
    ("briefs", "add", "99999999999999999999", "quote", "1"),
    ("quotes", "--source", "99999999999999999999"),
    ("quotes", "--source", "²"),
    ("figures", "--source", "٣"),
    ("sources", "--limit", "99999999999999999999"),
    ("sources", "--limit", "-3"),
    ("actors", "--limit", "²"),
    ("search", "rwanda", "--limit", "99999999999999999999"),
    ("export", "²"),
    ("export", "99999999999999999999"),
    ("ingest", "--max-mb", "nan", "x.txt"),
    ("ingest", "--max-mb", "inf", "x.txt"),
    ("ingest", "--max-mb", "-1", "x.txt"),
    ("ingest", "--max-mb", "²", "x.txt"),
    ("briefs", "heading", "1", "   "),
    ("briefs", "refresh", "no such brief"),
])
def test_bad_values_are_one_line_and_exit_2(db: Path, args: tuple[str, ...]) -> None:
    result = run_cli(db, *args)
    assert result.exit_code == 2, (result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


def test_file_names_with_control_characters_are_shown_escaped(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]52;c;aGk=\x07\x1b[2J.txt").write_bytes(b"\x00\x01binary")
    result = run_cli(db, "ingest", str(folder))
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil\\e]52;c;aGk=\\x07\\e[2J.txt" in result.output


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """What the CLI prints to a colour terminal (Rich's path, not the piped TSV)."""
    screen = io.StringIO()
    monkeypatch.setattr(tui.output, "console",
                        Console(file=screen, force_terminal=True, color_system="truecolor", width=200))
    return screen


def test_titles_and_queries_are_never_rich_markup(db: Path, terminal: io.StringIO) -> None:
    hostile = "[/draft] [link=file:///etc/passwd]click[/link] [bold red]x"
    conn = connect(db)
    BriefStore(conn).create(hostile)
    conn.close()
    shown = run_cli(db, "briefs", "show", "draft")
    assert shown.exit_code == 0, shown.output
    searched = run_cli(db, "search", "[link=file:///etc/passwd]rwanda")
    assert searched.exit_code == 0, searched.output
    screen = terminal.getvalue()
    assert "[/draft]" in screen and "[link=file:///etc/passwd]click[/link]" in screen
    assert "\x1b]8;" not in screen  # no live hyperlink escape
    assert "[link=file:///etc/passwd]rwanda" in screen


def test_json_has_no_infinity_or_nan_and_escapes_c1(db: Path) -> None:
    conn = connect(db)
    with transaction(conn):
        conn.execute("UPDATE figures SET value = 9e999, value_to = -9e999 WHERE id = 1")
        conn.execute("UPDATE sources SET title = 'Budget \u009b31m talks \u2028 end' WHERE id = 1")
    conn.close()

    def strict(text: str) -> object:
        def refuse(name: str) -> None:
            raise ValueError(f"non-standard JSON constant {name}")
        return json.loads(text, parse_constant=refuse)

    figures = run_cli(db, "figures", "--json")
    assert figures.exit_code == 0
    first = strict(figures.output)[0]
    assert first["value"] is None and first["value_to"] is None
    sources = run_cli(db, "sources", "--json")
    assert "\u009b" not in sources.output and "\\u009b" in sources.output
    assert strict(sources.output)[0]["title"] == "Budget \u009b31m talks \u2028 end"
