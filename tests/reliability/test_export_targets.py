"""Export writes only where asked: no planted link followed, nothing replaced unasked, no
temporary file left, no link to anything but http(s)."""

from __future__ import annotations

import os
import select
import threading
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefs.export import export_brief, safe_link
from briefs.files import ExportTargetError, write_export
from briefs.store import BriefStore
from store.db import connect, transaction
from tests.reliability.conftest import run_cli


@pytest.fixture
def db(weekly_db: Path) -> Path:
    conn = connect(weekly_db)
    store = BriefStore(conn)
    store.add_quote(store.find("Weekly").id, 1)
    conn.close()
    return weekly_db


def _export(db: Path, *args: str):
    return run_cli(db, "export", "Weekly", *args)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_an_existing_file_is_kept_unless_forced(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "weekly.md"
    target.write_text("my own notes\n")
    kept = _export(db, "-o", str(target))
    assert kept.exit_code == 2 and "already exists; use --force" in kept.output
    assert target.read_text() == "my own notes\n"
    replaced = _export(db, "-o", str(target), "--force")
    assert replaced.exit_code == 0 and target.read_text().startswith("# Weekly")
    assert _leftovers(out) == []


def test_a_planted_symlink_at_the_old_temporary_name_is_never_followed(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    (out / ".weekly.md.tmp").symlink_to(victim)  # the name the old export wrote through
    result = _export(db, "-o", str(out / "weekly.md"))
    assert result.exit_code == 0
    assert victim.read_text() == "precious\n"
    assert (out / "weekly.md").read_text().startswith("# Weekly")


def test_a_symlink_at_the_target_is_not_written_through(db: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    link = tmp_path / "weekly.md"
    link.symlink_to(victim)
    refused = _export(db, "-o", str(link))
    assert refused.exit_code == 2 and "already exists" in refused.output
    assert victim.read_text() == "precious\n"


@pytest.mark.parametrize("target", [".", "..", "{tmp}"])
def test_a_directory_is_a_clear_error(db: Path, tmp_path: Path, target: str, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = _export(db, "-o", target.format(tmp=tmp_path))
    assert result.exit_code == 2 and "is a directory; give a file name" in result.output
    assert "Traceback" not in result.output


def test_the_store_itself_is_never_an_export_target(db: Path) -> None:
    for target in (db, Path(f"{db}-wal")):
        result = _export(db, "-o", str(target), "--force")
        assert result.exit_code == 2 and "is the brief database itself" in result.output
    conn = connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert BriefStore(conn).find("Weekly").items == 1


def test_a_character_device_is_written_directly_never_replaced(db: Path) -> None:
    result = _export(db, "-o", "/dev/null")
    assert result.exit_code == 0
    assert Path("/dev/null").is_char_device()


def test_a_fifo_is_written_when_read_and_refused_without_a_reader(db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    lonely = _export(db, "-o", str(fifo))
    assert lonely.exit_code == 2 and "pipe with no reader" in lonely.output
    received: list[bytes] = []
    ready = threading.Event()

    def read() -> None:
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        ready.set()
        select.select([fd], [], [], 10)  # until the export writes
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as fh:
            received.append(fh.read())

    reader = threading.Thread(target=read)
    reader.start()
    ready.wait(5)
    result = _export(db, "-o", str(fifo))
    reader.join(10)
    assert result.exit_code == 0 and received[0].startswith(b"# Weekly")
    assert fifo.is_fifo()


def test_a_failed_write_leaves_no_temporary_file_and_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "weekly.md"
    target.write_text("old\n")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(ExportTargetError, match="the disk is full"):
        write_export(target, "new\n", force=True)
    assert target.read_text() == "old\n"
    assert _leftovers(tmp_path) == []


def test_a_file_created_meanwhile_is_not_replaced(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "weekly.md"
    real_link = os.link

    def racing_link(src: str, dst: os.PathLike) -> None:
        Path(dst).write_text("someone else's\n")  # appears between the check and the move
        real_link(src, dst)

    monkeypatch.setattr(os, "link", racing_link)
    with pytest.raises(ExportTargetError, match="already exists"):
        write_export(target, "mine\n")
    assert target.read_text() == "someone else's\n"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(("url", "link"), [
    ("https://example.org/a b?q=<x>", "https://example.org/a%20b?q=%3Cx%3E"),
    ("http://example.org/ok", "http://example.org/ok"),
    ("javascript:alert(1)", None),
    ("file:///etc/passwd", None),
    ("data:text/html,<script>", None),
    ("https:/no-host", None),
    ("  ", None),
])
def test_only_http_urls_become_links(url: str, link: str | None) -> None:
    assert safe_link(url) == link


def test_source_urls_are_escaped_and_only_web_links_are_live(db: Path) -> None:
    conn = connect(db)
    with transaction(conn):
        conn.execute("UPDATE sources SET url = 'javascript:alert(document.cookie)' WHERE id = 1")
        conn.execute("UPDATE sources SET url = 'https://example.org/x> [y](z)' WHERE id = 2")
    store = BriefStore(conn)
    brief = store.find("Weekly")
    store.add_quote(brief.id, conn.execute("SELECT id FROM quotes WHERE source_id = 2").fetchone()[0])
    store.add_quote(brief.id, conn.execute("SELECT id FROM quotes WHERE source_id = 1").fetchone()[0])
    markdown = export_brief(conn, brief.id).markdown
    tokens = MarkdownIt("commonmark").parse(markdown)
    hrefs = [c.attrs.get("href") for t in tokens if t.type == "inline" for c in t.children or []
             if c.type == "link_open"]
    web = [h for h in hrefs if h and not h.startswith("#")]
    assert web == ["https://example.org/x%3E%20%5By%5D(z)"]
    assert "javascript" not in "".join(web)
