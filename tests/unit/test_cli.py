"""The `brief` command line: exit codes, messages, JSON and plain output."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tui.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)


def test_ingest_then_sources_json(db_path: Path, samples: Path) -> None:
    result = run("ingest", "--db", str(db_path), str(samples))
    assert result.exit_code == 0
    assert "2 added, 0 skipped as duplicate, 0 failed" in result.output
    rows = json.loads(run("sources", "--db", str(db_path), "--json").output)
    assert sorted(Path(r["path"]).name for r in rows) == sorted(p.name for p in samples.glob("*.txt"))


def test_db_option_on_the_group_works_too(db_path: Path, samples: Path) -> None:
    assert run("--db", str(db_path), "ingest", str(samples)).exit_code == 0
    stats = json.loads(run("--db", str(db_path), "stats", "--json").output)
    assert stats["sources"] == 2 and stats["database"] == str(db_path)


def test_brief_db_environment_variable_is_the_default(tmp_path: Path, samples: Path, monkeypatch) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("BRIEF_DB", str(target))
    assert run("ingest", str(samples)).exit_code == 0
    assert target.exists()


def test_bad_file_fails_the_command_but_not_the_batch(db_path: Path, samples: Path) -> None:
    (samples / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("ingest", "--db", str(db_path), str(samples))
    assert result.exit_code == 1
    assert "broken.txt: binary file" in result.output
    assert "2 added" in result.output


def test_sources_piped_output_is_plain_tab_separated(db_path: Path, samples: Path) -> None:
    run("ingest", "--db", str(db_path), str(samples))
    lines = run("sources", "--db", str(db_path)).output.splitlines()
    assert lines[0].split("\t") == ["id", "title", "outlet", "date", "quotes", "figures"]
    assert len(lines) == 3 and "\x1b" not in "".join(lines)


def test_database_that_is_not_sqlite_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("hello " * 100)
    result = CliRunner().invoke(cli, ["stats", "--db", str(bad)], obj={})
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "not an SQLite database" in result.output and "Traceback" not in result.output


def test_extract_json_has_the_export_shape_and_valid_offsets(samples: Path) -> None:
    files = sorted(samples.glob("*.txt"))
    result = run("extract", "--json", *map(str, files))
    assert result.exit_code == 0
    docs = json.loads(result.output)["documents"]
    assert [Path(d["name"]).name for d in docs] == [f.name for f in files]
    for doc, path in zip(docs, files, strict=True):
        text = path.read_text(encoding="utf-8")
        assert set(doc) >= {"name", "actors", "quotes", "figures"}
        for item in doc["quotes"] + doc["figures"]:
            assert text[item["start"]:item["end"]] == item["text"]


def test_extract_names_a_bad_file_and_exits_nonzero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = run("extract", "--json", str(tmp_path / "empty.txt"))
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output


def test_version_and_help_with_examples() -> None:
    assert "brief, version" in run("--version").output
    assert "Examples:" in run("--help").output


def test_first_launch_on_a_new_default_database_ingests_the_samples(tmp_path: Path, monkeypatch) -> None:
    import tui.app

    target = tmp_path / "fresh" / "brief.db"
    monkeypatch.setenv("BRIEF_DB", str(target))
    opened: list[Path] = []
    monkeypatch.setattr(tui.app.BriefApp, "run", lambda self: opened.append(self.db_path))
    result = run()
    assert "ingested 12 sample articles" in result.output  # the two articles and the dated story's ten
    assert opened == [target]
    again = run()
    assert "ingested" not in again.output  # only a brand-new database gets the samples


def test_figure_values_are_displayed_in_full() -> None:
    from tui.text import number

    assert [number(v) for v in (1e8, 5.5e9, 2.5, 33.33, None)] == ["100,000,000", "5,500,000,000", "2.5", "33.33", ""]


def test_search_groups_passages_by_article_and_says_how_many_match(db_path: Path, samples: Path) -> None:
    run("ingest", "--db", str(db_path), str(samples))
    data = json.loads(run("search", "--db", str(db_path), "--json", "Rwanda", "Meloni").output)
    assert data["total"] == 2 and data["unknown_words"] == []
    ranks = [h["article_rank"] for h in data["hits"]]
    assert ranks == sorted(ranks) and set(ranks) == {1, 2}
    plain = run("search", "--db", str(db_path), "--limit", "1", "Rwanda", "Meloni").output
    assert "1 of 2 matching articles shown (--limit shows more)" in plain


def test_search_prefix_treats_the_last_word_as_unfinished(db_path: Path, samples: Path) -> None:
    run("ingest", "--db", str(db_path), str(samples))
    typed = json.loads(run("search", "--db", str(db_path), "--json", "--prefix", "Giorgia Melo").output)
    assert typed["hits"] and any("Meloni" in h["text"] for h in typed["hits"])
    matched = {h["text"][s - h["start"]:e - h["start"]] for h in typed["hits"] for s, e in h["matches"]}
    assert "Meloni" in matched


def test_search_that_finds_nothing_says_why_and_exits_1(db_path: Path, samples: Path) -> None:
    run("ingest", "--db", str(db_path), str(samples))
    result = CliRunner().invoke(cli, ["search", "--db", str(db_path), "qzxwvj"], obj={})
    assert result.exit_code == 1
    assert "No results" in result.output and "'qzxwvj'" in result.output
    assert "passage" not in result.output  # no bare table header
