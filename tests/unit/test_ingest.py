"""Ingest: formats, idempotence, bad files, encodings, offsets, boilerplate."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from store.ingest.pipeline import ingest_paths, reindex
from store.paragraphs import split_paragraphs

ARTICLE = (
    "Council votes to close library\n"
    "The council voted on Tuesday to close the central library.\n"
    "Advertisement\n"
    "Campaigners said the decision was short-sighted.\n"
)


def _count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _assert_consistent(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for row in conn.execute('SELECT p.text, p.start, p."end", s.text AS full FROM paragraphs p JOIN sources s ON s.id = p.source_id'):
        assert row["full"][row["start"]:row["end"]] == row["text"]


def test_reingesting_the_same_content_stores_it_once(conn: sqlite3.Connection, samples: Path) -> None:
    first = ingest_paths(conn, [samples])
    second = ingest_paths(conn, [samples])
    assert len(first.added) == 2 and first.ok
    assert second.added == [] and len(second.duplicates) == 2
    assert _count(conn, "sources") == 2


def test_same_text_under_another_name_is_a_duplicate(conn: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "copy.txt").write_text(ARTICLE)
    report = ingest_paths(conn, [tmp_path])
    assert len(report.added) == 1 and len(report.duplicates) == 1


def test_force_reextracts_without_duplicating(conn: sqlite3.Connection, samples: Path) -> None:
    ingest_paths(conn, [samples])
    report = ingest_paths(conn, [samples], force=True)
    assert len(report.reextracted) == 2
    assert _count(conn, "sources") == 2
    _assert_consistent(conn)


def test_txt_title_is_first_line_and_text_is_verbatim(conn: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    ingest_paths(conn, [path])
    row = conn.execute("SELECT title, text FROM sources").fetchone()
    assert row["title"] == "Council votes to close library"
    assert row["text"] == path.read_text(encoding="utf-8")


def test_markdown_front_matter_gives_metadata(conn: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Library to close\noutlet: The Courier\ndate: 2024-03-05\n"
        "url: https://example.org/library\nauthor: Jo Bloggs\n---\n" + ARTICLE
    )
    report = ingest_paths(conn, [tmp_path])
    assert report.ok
    row = conn.execute("SELECT title, outlet, published, url, author, text FROM sources").fetchone()
    assert (row["title"], row["outlet"], row["published"]) == ("Library to close", "The Courier", "2024-03-05")
    assert row["url"] == "https://example.org/library" and row["author"] == "Jo Bloggs"
    assert row["text"] == ARTICLE


def test_html_main_text_and_metadata(conn: sqlite3.Connection, tmp_path: Path) -> None:
    body = "".join(
        f"<p>The council voted on Tuesday to close the central library, paragraph {i} of the report "
        f"explained in some detail for the readers of the paper.</p>"
        for i in range(6)
    )
    (tmp_path / "page.html").write_text(
        "<html><head><title>Library to close | The Courier</title>"
        '<meta property="og:title" content="Library to close">'
        '<meta name="author" content="Jo Bloggs"></head>'
        f"<body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><article>{body}</article>"
        "<footer>Copyright The Courier</footer></body></html>"
    )
    report = ingest_paths(conn, [tmp_path])
    assert report.ok, report.failed
    row = conn.execute("SELECT title, author, text FROM sources").fetchone()
    assert row["title"] == "Library to close"
    assert row["author"] == "Jo Bloggs"
    assert "paragraph 5 of the report" in row["text"]
    assert "Copyright" not in row["text"] and "Home" not in row["text"]


def test_jsonl_one_article_per_line_and_bad_lines_reported(conn: sqlite3.Connection, tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ARTICLE, "title": "One", "outlet": "Courier", "date": "2024-01-02"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": ARTICLE.replace("library", "museum"), "url": "https://example.org/2"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    report = ingest_paths(conn, [tmp_path])
    assert len(report.added) == 2
    reasons = {f.name: f.reason for f in report.failed}
    assert any(name.endswith("feed.jsonl:2") and "malformed JSON" in r for name, r in reasons.items())
    assert any(name.endswith("feed.jsonl:3") and "text" in r for name, r in reasons.items())
    titles = [r[0] for r in conn.execute("SELECT title FROM sources ORDER BY id")]
    assert titles == ["One", "Council votes to close museum"]


def test_each_bad_file_is_named_with_its_reason_and_the_batch_goes_in(conn: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.md").write_text("   \n\n  \n")
    (tmp_path / "bad-front.md").write_text("---\ntitle: [unclosed\n---\nBody text here.\n")
    (tmp_path / "open-front.md").write_text("---\ntitle: never closed\nBody text here.\n")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    (tmp_path / "bad.jsonl").write_text("[1, 2]\n")
    report = ingest_paths(conn, [tmp_path, tmp_path / "missing-folder"])

    reasons = {Path(f.name.split(":")[0]).name: f.reason for f in report.failed}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "empty" in reasons["blank.md"]
    assert "front matter" in reasons["bad-front.md"]
    assert "never closed" in reasons["open-front.md"]
    assert "cannot read" in reasons["gone.txt"]
    assert "object" in reasons["bad.jsonl"]
    assert "no such file" in reasons["missing-folder"]
    assert [Path(p).name for p in report.added] == ["good.txt"]
    assert _count(conn, "sources") == 1
    _assert_consistent(conn)


def test_size_limit_rejects_large_files_with_a_reason(conn: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 2000)
    report = ingest_paths(conn, [tmp_path], max_bytes=10_000)
    assert "limit" in report.failed[0].reason
    assert ingest_paths(conn, [tmp_path], max_bytes=10_000_000).added


def test_legacy_encodings_and_bom_are_decoded(conn: sqlite3.Connection, tmp_path: Path) -> None:
    text = "Prices rose to £5 in the café, “analysts” said.\nThe rise was 3%.\n"
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes(text.replace("“", '"').replace("”", '"').replace("café", "café!").encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("café", "cafe").encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(text.replace("rose", "fell").encode("utf-16"))
    (tmp_path / "crlf.txt").write_bytes(text.replace("3%", "4%").replace("\n", "\r\n").encode("utf-8"))
    report = ingest_paths(conn, [tmp_path])
    assert report.ok, report.failed
    stored = {Path(r["path"]).name: r["text"] for r in conn.execute("SELECT path, text FROM sources")}
    assert stored["cp1252.txt"] == text
    assert stored["latin1.txt"].startswith("Prices rose to £5 in the café!")
    assert stored["bom.txt"].startswith("Prices") and "\ufeff" not in stored["bom.txt"]
    assert stored["utf16.txt"].startswith("Prices fell")
    assert "\r" not in stored["crlf.txt"]


def test_paragraph_offsets_index_the_original_text(conn: sqlite3.Connection, samples: Path) -> None:
    ingest_paths(conn, [samples])
    _assert_consistent(conn)
    for path in samples.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        paras = split_paragraphs(text)
        assert len(paras) == len([line for line in text.splitlines() if line.strip()])


def test_blank_line_separated_and_wrapped_paragraphs() -> None:
    text = (
        "Headline here\n\n"
        "The minister said the plan would\nwork, and that it would cost\nless than feared.\n\n"
        "  A second paragraph stands alone.  \n"
    )
    paras = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paras] == [
        "Headline here",
        "The minister said the plan would\nwork, and that it would cost\nless than feared.",
        "A second paragraph stands alone.",
    ]


def test_furniture_and_repeated_captions_are_flagged_not_removed() -> None:
    text = (
        "Ministers met in Rome on Monday to discuss the new migration agreement with Italy.\n"
        "Advertisement\n"
        "The talks lasted four hours and ended without a joint statement from either side.\n"
        "Ministers met in Rome on Monday to discuss the new migration agreement with Italy\n"
        "Migrants are pictured on a boat in the Channel in May\n"
        "Officials said more talks would follow.\n"
    )
    paras = split_paragraphs(text)
    assert [p.boilerplate for p in paras] == [False, True, False, True, True, False]
    assert paras[1].end - paras[1].start == len("Advertisement")


def test_reindex_keeps_sources_and_rebuilds_extraction(conn: sqlite3.Connection, samples: Path) -> None:
    ingest_paths(conn, [samples])
    before = _count(conn, "paragraphs")
    assert reindex(conn) == 2
    assert _count(conn, "sources") == 2 and _count(conn, "paragraphs") == before
    _assert_consistent(conn)
