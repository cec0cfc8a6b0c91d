"""Printing tables for people (Rich, in a terminal) and for scripts (TSV when piped, JSON)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

console = Console()
err_console = Console(stderr=True)


def say(message: str) -> None:
    """A message on standard output: literal (no markup), never wrapped."""
    console.print(message, markup=False, highlight=False, soft_wrap=True)


def warn(message: str) -> None:
    """A message on standard error: literal, never wrapped, so one problem is one line."""
    err_console.print(message, markup=False, highlight=False, soft_wrap=True)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A Rich table in a terminal; tab-separated lines with a header when piped."""
    if not console.is_terminal:
        sys.stdout.write("\t".join(columns) + "\n")
        for row in rows:
            sys.stdout.write("\t".join(_plain(v.plain if isinstance(v, Text) else v) for v in row) + "\n")
        return
    table = Table(title=title, header_style="bold", expand=False)
    for col in columns:
        table.add_column(col, overflow="fold", justify="right" if col in ("id", "quotes", "figures", "value") else "left")
    for row in rows:
        # Text(), never markup: article text is data and must print literally.
        table.add_row(*(v if isinstance(v, Text) else Text(_plain(v)) for v in row))
    console.print(table)


def highlighted(text: str, spans: list[tuple[int, int]]) -> Text:
    """`text` as literal Rich text with the given spans in bold reverse (matched words)."""
    out = Text(safe_text(text))
    for start, end in spans:
        out.stylize("bold reverse", max(0, start), min(len(text), end))
    return out


def safe_text(text: str) -> str:
    """Article text with control characters (escape sequences, bells) made visible as spaces;
    one character for one, so offsets still hold."""
    return "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = str(value)
    return "".join(ch if ch.isprintable() else " " for ch in text)
