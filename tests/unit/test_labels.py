"""Table filters over titles: words in any order, typos and unfinished words forgiven,
the best matches first."""

from __future__ import annotations

from store.search.labels import LabelIndex

TITLES = [
    (1, "Minister 'damaged' by housing row"),
    (2, "Storm damage costs insurers £2bn"),
    (3, "Housing minister sorry over row"),
    (4, "Profile: the housing minister"),
    (5, "Rail fares rise by 3%"),
    (6, "Ferry operator profits lifted by tourism"),
]


def _ranked(query: str) -> list[int]:
    return [i for i, _score in LabelIndex(TITLES).rank(query)]


def test_words_match_in_any_order() -> None:
    assert _ranked("damaged by housing")[0] == 1
    assert _ranked("housing damaged")[0] == 1
    assert set(_ranked("row minister")) == {1, 3}


def test_function_words_alone_do_not_decide() -> None:
    # "by" is in three titles; only one also holds both other words.
    assert _ranked("damaged by housing") == [1]


def test_typos_and_unfinished_words_are_forgiven() -> None:
    assert _ranked("damagd housng") == [1]
    assert _ranked("profts ferry") == [6]
    assert _ranked("hous")[:3] and set(_ranked("hous")) == {1, 3, 4}
    assert _ranked("ministre") and set(_ranked("ministre")) == {1, 3, 4}  # two letters swapped


def test_exact_words_rank_above_typos_and_shorter_titles_first() -> None:
    ranked = LabelIndex(TITLES).rank("damage")
    assert [i for i, _s in ranked][:2] == [2, 1]  # "damage" exactly, then "damaged" as its start
    assert ranked[0][1] > ranked[1][1]
    assert _ranked("housing minister")[0] == 4  # all words exact; the shortest such title


def test_a_word_nothing_resembles_finds_nothing() -> None:
    assert _ranked("zebra") == []
    assert _ranked("housing zebra") == []
    assert _ranked("") == []
