"""Printing a benchmark's figures: one JSON object, or one figure per line."""

from __future__ import annotations

import json
from collections.abc import Mapping


def print_result(result: Mapping[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:22} {value}")
