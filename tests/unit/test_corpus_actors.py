"""Store-level checks over real news: the BBC corpus beside the project, when it is there.

Skipped on a machine without `../shared/corpus/bbc_news` (a newcomer's checkout); CI has it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.extract.lexicon import FUNCTION_WORDS, NOT_ACTORS, TITLES
from store.ingest.pipeline import ingest_paths

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "bbc_news"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the BBC corpus is not beside the project")


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    from store.db import connect

    conn = connect(tmp_path_factory.mktemp("corpus") / "bbc.db")
    files = sorted(CORPUS.glob("*.txt"))[::4]  # every fourth article: all five sections
    assert ingest_paths(conn, files).ok
    return conn


def test_no_actor_is_a_letter_a_pronoun_or_a_common_word(corpus_store: sqlite3.Connection) -> None:
    names = [r[0] for r in corpus_store.execute("SELECT name FROM actors")]
    assert len(names) > 1000
    junk = [n for n in names if len(n) < 2 or n.lower() in FUNCTION_WORDS or n in NOT_ACTORS]
    assert junk == []


def test_people_merged_across_articles_keep_one_surname(corpus_store: sqlite3.Connection) -> None:
    rows = corpus_store.execute(
        "SELECT a.name, group_concat(x.alias, '|') FROM actors a JOIN actor_aliases x ON x.actor_id = a.id"
        " WHERE a.type = 'person' AND a.name LIKE '% %' GROUP BY a.id").fetchall()
    assert len(rows) > 300
    inconsistent = []
    for name, aliases in rows:
        surname = name.split()[-1]
        for alias in aliases.split("|"):
            words = [w for w in alias.split() if w.lower().rstrip(".") not in TITLES]
            if len(words) >= 2 and words[-1] != surname and surname not in words:
                inconsistent.append((name, alias))
    assert len(inconsistent) <= len(rows) // 100, inconsistent[:20]


def test_no_person_merges_two_first_names(corpus_store: sqlite3.Connection) -> None:
    """"Steve Brown" must not be an alias of "Gordon Brown": one surname, two people."""
    rows = corpus_store.execute(
        "SELECT a.name, group_concat(x.alias, '|') FROM actors a JOIN actor_aliases x ON x.actor_id = a.id"
        " WHERE a.type = 'person' AND a.name LIKE '% %' GROUP BY a.id").fetchall()
    merged = []
    for name, aliases in rows:
        first, surname = name.split()[0], name.split()[-1]
        for alias in aliases.split("|"):
            words = [w for w in alias.split() if w.lower().rstrip(".") not in TITLES]
            if len(words) >= 2 and words[-1] == surname and not first.startswith(words[0].rstrip(".")) \
                    and words[0] != first:
                merged.append((name, alias))
    assert len(merged) <= len(rows) // 200, merged[:20]
