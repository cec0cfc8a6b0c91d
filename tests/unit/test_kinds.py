"""One set of words for each kind of thing, held to the schema that stores them."""

from __future__ import annotations

import re
from pathlib import Path

from store.db import connect
from store.extract import extract
from store.kinds import ACTOR_TYPES, CORRECTION_KINDS, ITEM_KINDS, QUOTE_KINDS


def _check_values(conn, table: str, column: str) -> tuple[str, ...]:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    found = re.search(rf"\b{column}\b[^,]*CHECK \({column} IN \(([^)]*)\)\)", sql)
    assert found, f"{table}.{column} has no CHECK of its values"
    return tuple(v.strip().strip("'") for v in found.group(1).split(","))


def test_the_schema_allows_exactly_the_kinds_the_code_uses(tmp_path: Path) -> None:
    conn = connect(tmp_path / "kinds.db")
    assert _check_values(conn, "quotes", "kind") == QUOTE_KINDS
    assert _check_values(conn, "brief_items", "kind") == ITEM_KINDS
    assert _check_values(conn, "corrections", "kind") == CORRECTION_KINDS


def test_extraction_produces_only_those_kinds(samples: Path) -> None:
    for path in sorted(samples.glob("*.txt")):
        found = extract(path.read_text(encoding="utf-8"))
        assert {q.kind for q in found.quotes} <= set(QUOTE_KINDS)
        assert {a.type for a in found.actors} <= set(ACTOR_TYPES)
        assert found.quotes and found.actors
