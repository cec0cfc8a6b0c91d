"""Ingest reads only regular files, never more than the limit, and one bad file (or one
that breaks a parser) never stops the batch or touches the store."""

from __future__ import annotations

import codecs
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.db import connect
from store.ingest import readers
from store.ingest.pipeline import ingest_paths

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Mayor Ann Lee said the port would hire 40 staff.\n“We are ready,” she said.\n"


def _ingest_in_child(db: Path, *paths: Path, memory_mb: int = 1500) -> subprocess.CompletedProcess:
    """`brief ingest` in a child with bounded memory and time: a hang or a blow-up fails."""
    limit = memory_mb * 1024 * 1024
    code = ("import resource, sys\n"
            f"resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))\n"
            "from tui.cli import main\n"
            "sys.argv = ['brief', *sys.argv[1:]]\n"
            "main()\n")
    return subprocess.run([sys.executable, "-c", code, "ingest", "--db", str(db), *map(str, paths)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_a_fifo_and_a_link_to_dev_zero_are_refused_without_blocking(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    db = tmp_path / "store.db"
    result = _ingest_in_child(db, folder, folder / "zero.txt")
    assert result.returncode == 1, result.stderr
    assert "pipe.txt: not a regular file (a named pipe)" in result.stderr
    assert "zero.txt: not a regular file (a character device)" in result.stderr
    assert "1 added" in result.stdout
    assert "Traceback" not in result.stderr


def test_no_more_than_the_limit_is_read_from_a_file_that_grows(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "growing.txt"
    path.write_text("x" * 5000)
    real_fstat = os.fstat

    class Small:
        def __init__(self, st: os.stat_result) -> None:
            self.st_mode, self.st_size = st.st_mode, 10  # stat said 10 bytes; it grew since

    monkeypatch.setattr(readers.os, "fstat", lambda fd: Small(real_fstat(fd)))
    with pytest.raises(readers.IngestError, match="grew while being read"):
        readers.read_limited(path, 1000)


ALIAS_BOMB = "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n" \
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n" \
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n" \
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n" \
    "title: [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\nBody text of the article.\n"


@pytest.mark.parametrize(("front", "reason"), [
    (ALIAS_BOMB, "YAML aliases (*name) are not allowed"),
    ("---\ntitle: T\ndate: 2024-13-45\n---\nBody text.\n", "out of range"),
    ("---\ntitle: T\ndate: 2024-02-30\n---\nBody text.\n", "out of range"),
    ("---\ntitle: .inf\n---\nBody text.\n", "out of range"),
    ("---\ntitle: T\nauthor: " + "9" * 5000 + "\n---\nBody text.\n", "out of range"),
])
def test_hostile_front_matter_is_a_per_file_error(tmp_path: Path, front: str, reason: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.md").write_text(front, encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    result = _ingest_in_child(tmp_path / "store.db", folder)
    assert result.returncode == 1, result.stderr
    assert "bad.md" in result.stderr and reason in result.stderr
    assert "1 added" in result.stdout and "Traceback" not in result.stderr


def test_long_metadata_values_are_bounded(tmp_path: Path, conn: sqlite3.Connection) -> None:
    (tmp_path / "long.md").write_text("---\ntitle: " + "word " * 10000 + "\n---\nBody text.\n")
    assert ingest_paths(conn, [tmp_path / "long.md"]).ok
    assert len(conn.execute("SELECT title FROM sources").fetchone()[0]) <= 2000


@pytest.mark.parametrize(("line", "reason"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"text": "Body text here.", "date": 1' + "0" * 5000 + "}", "out of range"),
    ('{"text": "Body \\u0000 text with a NUL."}', "NUL"),
    ('{"text": "Body text.", "title": NaN}', "out of range"),
])
def test_hostile_json_lines_are_per_record_errors(tmp_path: Path, conn: sqlite3.Connection,
                                                  line: str, reason: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": GOOD}) + "\n" + line + "\n", encoding="utf-8")
    report = ingest_paths(conn, [path])
    assert len(report.added) == 1
    assert len(report.failed) == 1 and report.failed[0].name == f"{path}:2"
    assert reason in report.failed[0].reason


@pytest.mark.parametrize("bom", [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])
def test_utf32_with_a_bom_decodes(tmp_path: Path, conn: sqlite3.Connection, bom: bytes) -> None:
    codec = "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    (tmp_path / "wide.txt").write_bytes(bom + GOOD.encode(codec))
    assert ingest_paths(conn, [tmp_path / "wide.txt"]).ok
    assert conn.execute("SELECT text FROM sources").fetchone()[0] == GOOD


def test_an_extractor_failure_names_the_file_and_the_batch_goes_on(tmp_path: Path, conn, monkeypatch) -> None:
    import store.ingest.prepare as prepare

    real = prepare.extract

    def fragile(text, paragraphs=None):
        if "explode" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, paragraphs)

    monkeypatch.setattr(prepare, "extract", fragile)
    (tmp_path / "a.txt").write_text("This will explode the parser.\n")
    (tmp_path / "b.txt").write_text(GOOD)
    report = ingest_paths(conn, [tmp_path])
    assert [Path(n).name for n in report.added] == ["b.txt"]
    assert report.failed[0].name.endswith("a.txt") and "nested too deeply" in report.failed[0].reason


# A folder of good files and hostile ones in any mix: the good ones all go in, each hostile
# one is named with a reason, and the store stays whole.
HOSTILE = {
    "binary.txt": b"\x00\x01\x02binary",
    "empty.txt": b"",
    "alias.md": ALIAS_BOMB.encode(),
    "baddate.md": b"---\ndate: 2024-02-31\n---\nText.\n",
    "deep.jsonl": b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "nul.jsonl": b'{"text": "a\\u0000b"}\n',
    "unclosed.md": b"---\ntitle: x\nText without an end.\n",
    "latin1.txt": "Caf\u00e9 owner Jos\u00e9 said sales fell 5%.\n".encode("latin-1"),
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(st.sampled_from(sorted(HOSTILE)), max_size=6, unique=True),
       goods=st.integers(min_value=1, max_value=3))
def test_any_mix_of_good_and_hostile_files(tmp_path_factory, kinds: list[str], goods: int) -> None:
    folder = tmp_path_factory.mktemp("mix")
    for kind in kinds:
        (folder / kind).write_bytes(HOSTILE[kind])
    for i in range(goods):
        (folder / f"good{i}.txt").write_text(f"Story {i}\n" + GOOD.replace("40", str(40 + i)))
    conn = connect(folder / "store.db")
    report = ingest_paths(conn, [folder])
    expected_good = goods + ("latin1.txt" in kinds)
    assert len(report.added) == expected_good
    failed = {Path(f.name.split(":")[0]).name for f in report.failed}
    assert failed == set(kinds) - {"latin1.txt"}
    assert all(f.reason for f in report.failed)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
