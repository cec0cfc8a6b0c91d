"""Ingest with a pool of extraction processes: the same store as one process, in the same
order, idempotent, with progress per file, and a dying worker costing only its article."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from store.db import connect
from store.errors import IngestError
from store.extract import warm_up
from store.ingest.pipeline import ingest_articles, ingest_paths
from store.ingest.pool import prepare_all
from store.ingest.prepare import Known, Prepared
from store.ingest.readers import RawArticle
from tests.unit.long_text import long_text

PEOPLE = ["Maria Lopez", "Tom Okafor", "Priya Raman", "Jonas Berg", "Aileen Walsh", "Omar Haddad"]
TOWNS = ["Dunmore", "Carrick", "Elmbridge", "Ashford"]


def _article(i: int) -> str:
    who, other, town = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 2) % len(PEOPLE)], TOWNS[i % len(TOWNS)]
    return (
        f"{town} council backs plan number {i}\n"
        f"Councillors in {town} approved a £{i + 2}m plan for {30 + i} new homes on Monday.\n"
        f'"This is the right decision for the town," said council leader {who}.\n'
        f"{other}, who chairs the residents' group, said the plan would raise traffic by {i + 5}%.\n"
    )


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i:02}.txt").write_text(_article(i))
    return folder


def _content(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Everything the store says about its articles, ids included."""
    queries = {
        "sources": "SELECT id, path, content_hash FROM sources ORDER BY id",
        "paragraphs": 'SELECT source_id, idx, start, "end", text FROM paragraphs ORDER BY id',
        "actors": "SELECT id, name, type, roles FROM actors ORDER BY id",
        "quotes": 'SELECT source_id, speaker_id, text, kind, start, "end" FROM quotes ORDER BY id',
        "figures": 'SELECT source_id, text, value, unit FROM figures ORDER BY id',
        "vocab": "SELECT term, df FROM vocab ORDER BY term",
    }
    out = {}
    for name, sql in queries.items():
        rows = [tuple(r) for r in conn.execute(sql)]
        out[name] = [tuple(os.path.basename(v) if isinstance(v, str) and "/in/" in v else v for v in r)
                     for r in rows]
    return out


def test_a_pool_stores_what_one_process_stores(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 24)
    one = connect(tmp_path / "one.db")
    two = connect(tmp_path / "two.db")
    first = ingest_paths(one, [folder], jobs=1)
    second = ingest_paths(two, [folder], jobs=2)
    assert first.ok and second.ok and len(first.added) == 24
    assert first.added == second.added  # the order files were read in
    assert _content(one) == _content(two)
    assert _content(one)["quotes"], "the articles have quotes to compare"


def test_a_text_of_many_sections_is_extracted_across_the_pool_as_one_process_would(
        tmp_path: Path, monkeypatch) -> None:
    """A file of over a megabyte between two ordinary articles: its sections go to the
    workers, the store is the same as with one process, and the order of articles holds."""
    import store.ingest.pool as pool

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(_article(0))
    text = long_text(pool.PARALLEL_MIN_CHARS // 300)
    assert len(text) >= pool.PARALLEL_MIN_CHARS
    (folder / "b.txt").write_text("A long dump\n" + text)
    (folder / "c.txt").write_text(_article(1))
    across = []
    real = pool._SectionsAcross.extract
    monkeypatch.setattr(pool._SectionsAcross, "extract",
                        lambda self, text, paragraphs: across.append(len(text)) or real(self, text, paragraphs))
    one, two = connect(tmp_path / "one.db"), connect(tmp_path / "two.db")
    first = ingest_paths(one, [folder], jobs=1, max_bytes=10_000_000)
    second = ingest_paths(two, [folder], jobs=2, max_bytes=10_000_000)
    assert across and across[0] > pool.PARALLEL_MIN_CHARS  # the pool took the long text
    assert first.ok and second.ok
    assert [Path(n).name for n in second.added] == ["a.txt", "b.txt", "c.txt"]
    assert _content(one) == _content(two)
    assert len(_content(two)["quotes"]) > 4000


def test_one_long_file_is_enough_for_a_pool() -> None:
    from store.ingest.pool import PARALLEL_MIN_CHARS, auto_jobs, default_jobs

    assert auto_jobs([]) == 1
    if default_jobs() > 1:
        import tempfile

        with tempfile.NamedTemporaryFile() as big:
            big.truncate(PARALLEL_MIN_CHARS)
            assert auto_jobs([Path(big.name)]) == default_jobs()
            big.truncate(PARALLEL_MIN_CHARS // 2)
            assert auto_jobs([Path(big.name)]) == 1


def test_a_pool_skips_stored_articles_before_extracting_them(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 6)
    conn = connect(tmp_path / "s.db")
    assert len(ingest_paths(conn, [folder], jobs=2).added) == 6
    again = ingest_paths(conn, [folder], jobs=2)
    assert again.added == [] and len(again.duplicates) == 6
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 6
    # And the articles known to the store never reach extraction:
    articles = [RawArticle(f"a{i}", f"a{i}", _article(i), "t") for i in range(3)]
    from store.hashing import content_hash

    stored = {content_hash(a.text) for a in articles[:2]}
    outcomes = list(prepare_all(articles, jobs=2, stored=stored))
    assert [type(o) for o in outcomes] == [Known, Known, Prepared]


def test_progress_is_told_per_file_once_its_articles_are_committed(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 10)
    (folder / "broken.html").write_bytes(b"\x00\x01binary")
    conn = connect(tmp_path / "p.db")
    done: list[str] = []

    def on_file(path: Path | str) -> None:
        done.append(Path(path).name)
        # Every article of a file reported done is already readable by others.
        count = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        assert count >= sum(1 for name in done if name.endswith(".txt"))

    report = ingest_paths(conn, [folder], jobs=2, on_file=on_file)
    assert sorted(done) == sorted(p.name for p in folder.iterdir())
    assert len(report.added) == 10 and [Path(f.name).name for f in report.failed] == ["broken.html"]


class _Killer:
    """An "article" whose arrival kills the worker process that receives it."""

    name = "killer.txt"
    text = "short"  # read by the pool to see whether it needs sections

    def __reduce__(self):
        return (os._exit, (3,))


def test_a_worker_that_dies_costs_only_its_own_article(tmp_path: Path) -> None:
    articles = [RawArticle(f"a{i}.txt", f"a{i}.txt", _article(i), "t") for i in range(12)]
    articles.insert(5, _Killer())  # type: ignore[arg-type]
    conn = connect(tmp_path / "k.db")
    report = ingest_articles(conn, articles, jobs=2)
    assert sorted(report.added) == sorted(a.name for a in articles if isinstance(a, RawArticle))
    assert [(f.name, "process died" in f.reason) for f in report.failed] == [("killer.txt", True)]
    assert isinstance(report.failed[0], IngestError)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_row_the_store_refuses_fails_only_its_article(tmp_path: Path, jobs: int) -> None:
    conn = connect(tmp_path / "f.db")
    articles = [RawArticle(f"a{i}.txt", f"a{i}.txt", _article(i), "t") for i in range(3)]
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON quotes WHEN new.source_id > 1"
                 " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    report = ingest_articles(conn, articles, jobs=jobs)
    # A refused row is that article's failure, not the batch's: the others go in.
    assert len(report.added) == 1 and len(report.failed) == 2
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_brief_ingest_jobs_runs_a_pool_from_the_installed_command(tmp_path: Path) -> None:
    """Through the real `brief` script: spawned workers must start from it."""
    import subprocess
    import sys

    folder = _folder(tmp_path, 8)
    brief = Path(sys.executable).with_name("brief")
    if not brief.exists():
        pytest.skip("the brief command is not installed beside this Python")
    db = tmp_path / "cli.db"
    done = subprocess.run([str(brief), "ingest", "--jobs", "2", "--db", str(db), str(folder)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "8 added, 0 skipped as duplicate, 0 failed" in done.stdout
    again = subprocess.run([str(brief), "ingest", "-j", "2", "--db", str(db), str(folder)],
                           capture_output=True, text=True, timeout=120)
    assert "0 added, 8 skipped as duplicate" in again.stdout


def test_an_article_whose_extraction_never_ends_fails_alone(tmp_path: Path, monkeypatch) -> None:
    """No hang: past its time limit an article is reported and the batch goes on."""
    import time

    import store.ingest.prepare as prepare

    real = prepare.extract
    warm_up()  # name lists load once, outside the limit

    def stuck(text, paragraphs=None):
        if "stuck" in text:
            time.sleep(30)
        return real(text, paragraphs)

    monkeypatch.setattr(prepare, "extract", stuck)
    monkeypatch.setattr(prepare, "_seconds_allowed", lambda text: 0.5)
    folder = _folder(tmp_path, 2)
    (folder / "stuck.txt").write_text("This article is stuck for ever.\n")
    conn = connect(tmp_path / "t.db")
    started = time.monotonic()
    report = ingest_paths(conn, [folder])
    assert time.monotonic() - started < 10
    assert len(report.added) == 2
    assert [(Path(f.name).name, "longer than" in f.reason) for f in report.failed] == [("stuck.txt", True)]
