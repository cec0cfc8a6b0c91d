"""Extraction never raises, offsets always index the input, and time stays linear."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract import extract

_NEWSY = st.sampled_from(list("‘’“”\"'«» \n.,:;-–—%£$€0123456789") + [
    " said ", " told ", "Mr ", "Ms ", " the ", "Sir Keith Lane", " she ", " he ", " per cent",
    " million", " between ", " and ", " from ", " to ", "Advertisement\n", "\x1b[31m", "\x00",
    "[bold]", "\u202e", "According to ",
])
_TEXT = st.lists(st.one_of(_NEWSY, st.text(max_size=8)), max_size=120).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extraction_never_raises_and_offsets_index_the_input(text: str) -> None:
    result = extract(text)
    for item in [*result.quotes, *result.figures]:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text
    for actor in result.actors:
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= len(text)


def test_unbalanced_quotes_and_long_paragraphs_stay_linear() -> None:
    """Doubling the input must not much more than double the time (no regex blow-up)."""
    unit = ("‘Open quote never closed and Mr Smith said “maybe so, said John Brown, "
            "the boss of Acme Holdings, adding that 5% of £3m was lost ' ' \" ")

    def timed(n: int) -> float:
        text = unit * n
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            extract(text)
            best = min(best, time.perf_counter() - t)
        return best

    extract(unit)  # warm caches (gazetteer)
    small, large = timed(100), timed(400)
    assert large < small * 4 * 2.5, (small, large)
