"""Figures: each form of number news writes, and each thing that is not a figure."""

from __future__ import annotations

import pytest

from store.extract.figures import find_figures


def figs(text: str):
    return [(f.text, f.value, f.value_to, f.unit, f.qualifier) for f in find_figures(text, 0, len(text), 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4,500 jobs will go.", ("Some 4,500 jobs", 4500, None, "jobs", "some")),
        ("Nine firefighters were hurt.", ("Nine firefighters", 9, None, "firefighters", None)),
        ("The scheme cost £600m last year.", ("£600m", 6e8, None, "GBP", None)),
        ("It raised $2.5bn from investors.", ("$2.5bn", 2.5e9, None, "USD", None)),
        ("A grant of 40 million euros was agreed.", ("40 million euros", 4e7, None, "EUR", None)),
        ("Turnout was 62 per cent.", ("62 per cent", 62, None, "percent", None)),
        ("Unemployment hit 4.3%.", ("4.3%", 4.3, None, "percent", None)),
        ("Rates rose by 0.25 percentage points.", ("0.25 percentage points", 0.25, None, "percentage points", None)),
        ("Almost two-thirds of voters agreed.", ("Almost two-thirds", 66.67, None, "percent", "almost")),
        ("More than 300 people were evacuated.", ("More than 300 people", 300, None, "people", "more than")),
        ("Up to 80 flights were cancelled.", ("Up to 80 flights", 80, None, "flights", "up to")),
        ("They launched between 20 and 30 boats a week.", ("between 20 and 30 boats a week", 20, 30, "boats per week", None)),
        ("Costs were 10 to 20 million pounds.", ("10 to 20 million pounds", 1e7, 2e7, "GBP", None)),
        ("Two hundred people were hurt.", ("Two hundred people", 200, None, "people", None)),
        ("The ban will cover 310,000 homes.", ("310,000 homes", 310000, None, "homes", None)),
        ("Prices soared 12% this year.", ("12%", 12, None, "percent", None)),
        ("About three hundred homes lost power.", ("About three hundred homes", 300, None, "homes", "about")),
        ("Some twenty-five thousand fans came.", ("Some twenty-five thousand fans", 25000, None, "fans", "some")),
        ("The firm lost hundreds of millions of dollars.", ("hundreds of millions of dollars", 1e8, None, "USD", "vague")),
    ],
)
def test_figure_forms(text: str, expected: tuple) -> None:
    found = figs(text)
    assert found, text
    text_, value, value_to, unit, qualifier = found[0]
    assert (text_, unit, qualifier) == (expected[0], expected[3], expected[4])
    assert value == pytest.approx(expected[1])
    assert value_to == (pytest.approx(expected[2]) if expected[2] is not None else None)


def test_a_change_is_one_figure_with_both_ends_and_its_direction() -> None:
    text = "Arrivals fell from 118,000 to 44,500 in a year, and rose from 12 to 30 ships."
    found = find_figures(text, 0, len(text), 0)
    assert [(f.text, f.value, f.value_to, f.direction) for f in found] == [
        ("from 118,000 to 44,500", 118000, 44500, "down"), ("from 12 to 30 ships", 12, 30, "up")]


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2019.",
        "The meeting is on 3 September at the town hall.",
        "Talks resume on March 12.",
        "Doors open at 10:30 and close at 6pm.",
        "She finished third for the second time.",
        "A 44-year-old man was arrested.",
        "Cases of Covid-19 rose among the staff.",
        "He bought a PlayStation 2 for the children.",
        "Sales of 3G phones slowed.",
        "The talks lasted two weeks.",
        "One of the ministers resigned.",
        "The club won 3-1 on Saturday.",
    ],
)
def test_not_figures(text: str) -> None:
    assert figs(text) == []


def test_figure_offsets_are_absolute_within_the_document() -> None:
    text = "Headline\nProfits rose 12% to £3bn.\n"
    start = text.index("Profits")
    for f in find_figures(text, start, len(text) - 1, 1):
        assert text[f.start:f.end] == f.text and f.paragraph == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two hundred people were hurt in the crush.", [("Two hundred people", 200, None, "people", None)]),
        ("Labour won the 2001 election with ease.", []),
        ("The 2003 results disappointed investors.", []),
        ("In 1997 about 1,950 staff worked there.", [("about 1,950 staff", 1950, None, "staff", "about")]),
        ("Rescuers found 40 afterwards.", []),
    ],
)
def test_number_words_with_hundred_years_before_nouns_and_adverbs(text: str, expected) -> None:
    assert figs(text) == expected
