"""Sentence boundaries inside a paragraph: after a stop and before a capital, not after an
abbreviation or an initial."""

from __future__ import annotations

from store.extract.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in sentence_spans(text, 0, len(text))]


def test_a_sentence_ends_after_a_word_of_any_length() -> None:
    token = "x" * 100
    text = f"The code was {token}. The next sentence starts here. Mr. Smith agreed."
    assert _sentences(text) == [f"The code was {token}.", "The next sentence starts here.", "Mr. Smith agreed."]


def test_no_sentence_ends_after_an_abbreviation_or_an_initial() -> None:
    text = "George W. Bush met Dr. Ann Lee at 10 a.m. on Monday. They talked."
    assert _sentences(text) == ["George W. Bush met Dr. Ann Lee at 10 a.m. on Monday.", "They talked."]


def test_a_sentence_may_open_with_a_quote_mark_and_an_editors_bracket() -> None:
    text = 'The grid is open, said Ann Lee, of the Harbour Trust. "[It] will help us all," she added.'
    assert _sentences(text) == ["The grid is open, said Ann Lee, of the Harbour Trust.",
                                '"[It] will help us all," she added.']
