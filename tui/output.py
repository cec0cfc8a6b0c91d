"""Printing tables for people (Rich, in a terminal) and for scripts (TSV when piped, JSON)."""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tui.text import TERMINAL_CONTROLS, visible

console = Console()
err_console = Console(stderr=True)


def say(message: str) -> None:
    """A message on standard output: literal (no markup, control characters shown as
    escapes), never wrapped."""
    console.print(Text(visible(message)), markup=False, highlight=False, soft_wrap=True)


def warn(message: str) -> None:
    """A message on standard error: literal, never wrapped, so one problem is one line."""
    err_console.print(Text(visible(message)), markup=False, highlight=False, soft_wrap=True)


_JSON_UNSAFE = re.compile(f"[{TERMINAL_CONTROLS}]")  # JSON itself escapes C0


def json_text(data: Any, indent: int | None = 2) -> str:
    """Strict JSON for scripts: no `NaN` or `Infinity` (null instead), and the characters
    a terminal would obey or a JavaScript parser would split on written as escapes."""
    text = json.dumps(_finite(data), ensure_ascii=False, indent=indent, allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _finite(data: Any) -> Any:
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_finite(v) for v in data]
    return data


def print_json(data: Any) -> None:
    sys.stdout.write(json_text(data) + "\n")


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A Rich table in a terminal; tab-separated lines with a header when piped."""
    if not console.is_terminal:
        sys.stdout.write("\t".join(columns) + "\n")
        for row in rows:
            sys.stdout.write("\t".join(_plain(v.plain if isinstance(v, Text) else v) for v in row) + "\n")
        return
    table = Table(title=Text(visible(title)), header_style="bold", expand=False)
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
        if not math.isfinite(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    if isinstance(value, list):
        return visible(", ".join(str(v) for v in value))
    return visible(value)


_BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[int | float]) -> str:
    """Values as a line of bars, the largest full height; nothing is drawn as a space,
    so a gap in the news shows as one."""
    top = max(values, default=0)
    if top <= 0:
        return " " * len(values)
    return "".join(" " if v <= 0 else _BARS[min(len(_BARS) - 1, int(v / top * (len(_BARS) - 1) + 0.5))]
                   for v in values)
